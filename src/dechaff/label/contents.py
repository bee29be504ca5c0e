"""A table of contents inside the article: linked lines that repeat its headings below."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..core.blocks import Block
from .settings import HEADINGS, LINK_DENSITY_MAX, TOC_MIN_ENTRIES

# A contents entry's number ("2.1", "3.", "IV.") before the heading it links to.
_NUMBER = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[ivxlc]+\.)\s*", re.IGNORECASE)


def _key(text: str) -> str:
    return _NUMBER.sub("", text).strip().rstrip(":").casefold()


def contents_lines(blocks: Sequence[Block], start: int, end: int) -> list[int]:
    """The region's linked lines that each name a heading further down the region (a table
    of contents: "2.1 Step 1: Name your LLC" over the section "Step 1: Name your LLC"),
    when there are at least TOC_MIN_ENTRIES of them; else none."""
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
    return found if len(found) >= TOC_MIN_ENTRIES else []
