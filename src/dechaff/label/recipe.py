"""A recipe card's detail lines ("Prep Time 10 minutes", "Cuisine: French"): card text.

Recipe plugins name their time boxes ``mv-create-time``, ``prep-time``: the metadata hint of
a timestamp's box. A line that reads as a card's detail (``field.recipe_fact``) takes no
metadata hint; wcxb's gold keeps a card's times and details.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..core.blocks import Block
from .lexicon import Lexicon
from .settings import RECIPE_FACT_MAX_UNITS


def recipe_facts(blocks: Sequence[Block], lexicon: Lexicon) -> frozenset[int]:
    """The indices of the short lines that read as a recipe card's details."""
    facts = lexicon.field("recipe_fact")
    if not facts:
        return frozenset()
    return frozenset(
        i
        for i, block in enumerate(blocks)
        if block.units <= RECIPE_FACT_MAX_UNITS and any(p.match(block.text) for p in facts)
    )
