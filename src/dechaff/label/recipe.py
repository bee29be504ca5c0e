"""A recipe card's detail lines ("Prep Time 10 minutes", "Cuisine: French"): card text.

Recipe plugins name their time boxes ``mv-create-time``, ``prep-time``: the metadata hint of
a timestamp's box; and a card lists its "Category: Dessert" among its details, the line of a
post's closing data. A line that reads as a card's detail (``field.recipe_fact``), or a
post's closing line (``field.post_end``) beside one, is no metadata; wcxb's gold keeps a
card's times and details.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..article import Boilerplate
from ..core.blocks import Block
from .lexicon import NO_KINDS, Lexicon, ZoneKinds
from .settings import RECIPE_FACT_MAX_UNITS


def recipe_facts(blocks: Sequence[Block], lexicon: Lexicon) -> frozenset[int]:
    """The indices of the short lines that read as a recipe card's details."""
    facts = lexicon.field("recipe_fact")
    if not facts:
        return frozenset()
    may_be_fact = lexicon.any_field("recipe_fact")  # most lines fail this cheap test
    found = {
        i
        for i, block in enumerate(blocks)
        if block.units <= RECIPE_FACT_MAX_UNITS
        and may_be_fact(block.text)
        and _matches(block, facts)
    }
    if not found:
        return frozenset()
    closing = lexicon.field("post_end")
    beside = {
        i
        for i, block in enumerate(blocks)
        if (i - 1 in found or i + 1 in found) and _matches(block, closing)
    }
    return frozenset(found | beside)


def without_metadata(zone_kinds: Sequence[ZoneKinds], facts: frozenset[int]) -> list[ZoneKinds]:
    """The zone kinds with the facts' metadata lexicon hits taken back."""
    return [
        NO_KINDS if i in facts and zones.body is Boilerplate.METADATA else zones
        for i, zones in enumerate(zone_kinds)
    ]


def beside_fact(blocks: Sequence[Block], i: int, lexicon: Lexicon, span: tuple[int, int]) -> bool:
    """Whether the line above or below line ``i``, within ``span``, reads as a card's detail
    (a post's closing line there, "Category: Dessert", is the card's: sections.py)."""
    facts = lexicon.field("recipe_fact")
    start, end = span
    return any(start <= j < end and _matches(blocks[j], facts) for j in (i - 1, i + 1))


def _matches(block: Block, patterns: Sequence[re.Pattern[str]]) -> bool:
    return block.units <= RECIPE_FACT_MAX_UNITS and any(p.match(block.text) for p in patterns)
