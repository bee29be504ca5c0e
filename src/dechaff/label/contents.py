"""A table of contents inside the article: linked lines that repeat its headings below."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..core.blocks import Block
from .settings import (
    CAPTION_TAGS,
    ENTRY_TAGS,
    HEADINGS,
    LINK_DENSITY_MAX,
    TOC_MIN_ENTRIES,
    TOC_TITLE_MAX_UNITS,
)

# A contents entry's number ("2.1", "3.", "IV.") before the heading it links to.
_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[ivxlc]+\.)\s*", re.IGNORECASE)


def _key(text: str) -> str:
    return _NUMBER.sub("", text).strip().rstrip(":").casefold()


def contents_lines(blocks: Sequence[Block], start: int, end: int) -> list[int]:
    """The region's linked lines that each name a heading further down the region (a table
    of contents: "2.1 Step 1: Name your LLC" over the section "Step 1: Name your LLC"),
    when there are at least TOC_MIN_ENTRIES of them, and the contents' title above them
    ("Table of Contents", "Inhalt"); else none."""
    below: dict[str, int] = {}  # a heading's text: its last index in the region
    for i in range(start, end):
        if blocks[i].tag in HEADINGS:
            below[_key(blocks[i].text)] = i
    if len(below) < TOC_MIN_ENTRIES:
        return []
    found = [
        i
        for i in range(start, end)
        if blocks[i].link_density > LINK_DENSITY_MAX
        and blocks[i].tag not in HEADINGS
        and below.get(_key(blocks[i].text), -1) > i
    ]
    if len(found) < TOC_MIN_ENTRIES:
        return []
    title = found[0] - 1
    if title >= start and _titles_contents(blocks[title]):
        found.insert(0, title)
    return found


def _titles_contents(block: Block) -> bool:
    """Whether the line above the first entry is the contents' title: short, unlinked, and no
    entry or caption itself."""
    return (
        block.units <= TOC_TITLE_MAX_UNITS
        and block.link_density <= LINK_DENSITY_MAX
        and block.tag not in ENTRY_TAGS
        and block.tag not in CAPTION_TAGS
    )
