"""The lines that repeat a product's declared description: the product page's content.

A product page declares its product in schema.org markup, with the description the shop
wrote. Where the page shows that text (in a drawer or an accordion that its markup names
an ``<aside>``, say) its lines are content whatever the container's hint says.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from ..core.blocks import Block
from .settings import DESCRIBED_ANCHOR_WORDS

_WORD = re.compile(r"\w+")
_TAG = re.compile(r"<[^>]*>")


def _words(text: str) -> str:
    """The text's lowercased words, one space around each (so a search matches whole words)."""
    return " " + " ".join(_WORD.findall(text.lower())) + " "


def described_runs(blocks: Sequence[Block], descriptions: Sequence[str]) -> list[range]:
    """The runs of consecutive blocks found word for word in one of the descriptions, each
    holding a block of at least DESCRIBED_ANCHOR_WORDS units (words, a CJK character
    counting as one: a Chinese description's words are not parted by spaces)."""
    if not descriptions:
        return []
    said = [_words(html.unescape(_TAG.sub(" ", d))) for d in descriptions]
    longest = max(map(len, said))
    runs: list[range] = []
    first, anchored = -1, False
    for i, block in enumerate(blocks):
        words = _words(block.text) if len(block.text) <= longest else ""
        if words.strip() and any(words in d for d in said):
            first = i if first < 0 else first
            anchored = anchored or block.units >= DESCRIBED_ANCHOR_WORDS
            continue
        if anchored:
            runs.append(range(first, i))
        first, anchored = -1, False
    if anchored:
        runs.append(range(first, len(blocks)))
    return runs


def on_description(
    blocks: Sequence[Block], runs: Sequence[range], region: tuple[int, int]
) -> tuple[int, int]:
    """The region, or the description's longest run when the region holds none of it (a
    customer review, a delivery note outscored a description shown apart)."""
    start, end = region
    if not runs or any(start < run.stop and run.start < end for run in runs):
        return region
    run = max(runs, key=lambda r: sum(blocks[i].units for i in r))
    return run.start, run.stop
