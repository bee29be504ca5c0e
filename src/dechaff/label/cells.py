"""A data row's lone number cells beside a cell of words: data, not page numbers."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from ..article import Boilerplate
from ..core.blocks import Block
from ..core.tree import Tree
from .lexicon import ZoneKinds
from .settings import LINK_DENSITY_MAX, TABLE_CELLS

NAVIGATION = Boilerplate.NAVIGATION


def number_cells(blocks: Sequence[Block], tree: Tree, zone_kinds: Sequence[ZoneKinds]) -> list[int]:
    """The unlinked lines holding one number ("1986", "30") that a rule names navigation as a
    page number, in a row (their element's parent) with a line of words beside them: a table
    cell in a row with a cell of words ("Automated | 1986", "autosave.seconds | 30 |
    Seconds between saves"), or the value of a row of two lines under its label (an
    infobox's "Crew" over "380"). A pager's or a calendar's numbers fill their rows alone,
    or are links."""
    numbers: dict[int, list[int]] = defaultdict(list)
    for block, kinds in zip(blocks, zone_kinds, strict=True):
        if (
            block.text.isdecimal()
            and block.link_density <= LINK_DENSITY_MAX
            and NAVIGATION in (kinds.head, kinds.body, kinds.tail)
        ):
            numbers[tree.parent_of(block.node)].append(block.index)
    numbers.pop(-1, None)
    if not numbers:  # most pages: no lone number a rule names navigation
        return []
    words: set[int] = set()
    lines: Counter[int] = Counter()
    for block in blocks:
        row = tree.parent_of(block.node)
        if row in numbers:
            lines[row] += 1
            if not block.text.isdecimal():
                words.add(row)
    return [
        i
        for row, found in numbers.items()
        if row in words
        for i in found
        if blocks[i].tag in TABLE_CELLS or (lines[row] == 2 and found == [i] and i > 0)
    ]
