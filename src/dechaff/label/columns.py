"""A column list: a page that is one list of linked titles and nothing else.

A news portal's column page (PHPCMS's and DedeCMS's ``list`` templates, most Chinese
portals' 列表 pages) prints only a list of linked titles, each with its date, over a pager:
no paragraph, so the region search finds no article and the page came back empty. When a
page's labels leave no article, the largest list of at least COLUMN_MIN_ITEMS linked items
that read as titles (COLUMN_MIN_UNITS on average: no menu of one-word entries) is its body.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..article import Boilerplate
from ..core.blocks import Block
from ..core.tree import Tree
from .settings import COLUMN_MIN_ITEMS, COLUMN_MIN_UNITS

# A list in a comments section or an author's box is no column of titles.
_NOT_ITEMS = frozenset({Boilerplate.COMMENTS, Boilerplate.AUTHOR_BIO})


def column_list(
    blocks: Sequence[Block], tree: Tree, kinds: Sequence[Boilerplate | None]
) -> list[int]:
    """The blocks of a page's column of linked titles, when the page has no article."""
    if any(kind is None and block.units for block, kind in zip(blocks, kinds, strict=True)):
        return []
    lists: dict[int, list[int]] = {}
    for i, block in enumerate(blocks):
        if block.tag == "li" and block.link_density >= 0.5 and kinds[i] not in _NOT_ITEMS:
            lists.setdefault(tree.parent_of(block.node), []).append(i)
    best: list[int] = []
    best_units = 0
    for items in lists.values():
        units = sum(blocks[i].units for i in items)
        titles = len(items) >= COLUMN_MIN_ITEMS and units >= COLUMN_MIN_UNITS * len(items)
        if titles and units > best_units:
            best, best_units = items, units
    return best
