"""A data row's lone number cells beside a cell of words: data, not page numbers."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from ..article import Boilerplate
from ..core.blocks import Block
from ..core.tree import Tree
from .lexicon import ZoneKinds
from .settings import LINK_DENSITY_MAX, TABLE_CELLS

_NUMBER = re.compile(r"\d+")


def number_cells(blocks: Sequence[Block], tree: Tree, zone_kinds: Sequence[ZoneKinds]) -> list[int]:
    """The unlinked lines holding one number ("1986", "30") that a rule names navigation as a
    page number, in a row (their element's parent) with a line of words beside them: a table
    cell in a row with a cell of words ("Automated | 1986", "autosave.seconds | 30 |
    Seconds between saves"), or the value of a row of two lines under its label (an
    infobox's "Crew" over "380"). A pager's or a calendar's numbers fill their rows alone,
    or are links."""
    words: set[int] = set()
    lines: Counter[int] = Counter()
    numbers: dict[int, list[int]] = defaultdict(list)
    for block, kinds in zip(blocks, zone_kinds, strict=True):
        row = tree.parent_of(block.node)
        lines[row] += 1
        if _NUMBER.fullmatch(block.text) is None:
            words.add(row)
        elif block.link_density <= LINK_DENSITY_MAX and Boilerplate.NAVIGATION in (
            kinds.head,
            kinds.body,
            kinds.tail,
        ):
            numbers[row].append(block.index)
    return [
        i
        for row, found in numbers.items()
        if row >= 0 and row in words
        for i in found
        if blocks[i].tag in TABLE_CELLS or (lines[row] == 2 and found == [i] and i > 0)
    ]
