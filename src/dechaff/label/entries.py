"""A list page's entries declared as articles: one ``<article>`` per entry, side by side.

Blog, tag, search and section pages of most CMS templates print each entry (its linked
title, its summary, its date and writer) as an ``<article>`` element, siblings in one
container, as HTML's own definition of the element has it for the posts of a blog's
index. The region search keeps one entry's summary: the linked titles and the entries'
footers between the summaries score as menus. When the region lies in one or more of at
least ENTRY_ARTICLES_MIN sibling articles that each hold a heading, with at most
LIST_INTRO_MAX_UNITS per article it spans (no full posts one after another), the siblings
are the page's entries and join the article; the lines a lexicon rule names among them
(a "Read more" link, "Filed under"), their writers and dates (metadata), their linked
chips and the lines already named inside the region keep their kind.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..article import Boilerplate
from ..core.blocks import Block
from ..core.tree import Tree
from .settings import ENTRY_ARTICLE_REACH, ENTRY_ARTICLES_MIN, LIST_INTRO_MAX_UNITS

# An entry's writer and date stay out, as a list page's gold has it ("Jane Doe | 3 days ago").
_KEPT = (None, Boilerplate.METADATA)
# A line all link but a heading is an entry's chip or control ("North America", "Read more").
_CHIP_LINKS = 0.99
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _article_of(tree: Tree, node: int) -> int:
    """The nearest ``<article>`` node around a node, ENTRY_ARTICLE_REACH up, else -1."""
    element = tree.element
    assert element is not None
    for _ in range(ENTRY_ARTICLE_REACH):
        if node < 0:
            return -1
        if getattr(element(node), "tag", None) == "article":
            return node
        node = tree.parent_of(node)
    return -1


def take_articles(
    blocks: Sequence[Block],
    tree: Tree,
    ruled: Sequence[Boilerplate | None],
    kinds: list[Boilerplate | None],
    region: tuple[int, int],
) -> tuple[tuple[int, int], list[int]]:
    """The region widened to the sibling articles of a list page's entries, and the lines
    that were not body before (see the module)."""
    start, end = region
    if tree.element is None or start >= end:
        return region, []
    own = _article_of(tree, blocks[start].node)
    last = _article_of(tree, blocks[end - 1].node)
    if own < 0 or last < 0 or tree.parent_of(last) != tree.parent_of(own):
        return region, []
    parent = tree.parent_of(own)
    element = tree.element
    siblings = [
        node
        for node, up in enumerate(tree.parent)
        if up == parent and node >= 0 and getattr(element(node), "tag", None) == "article"
    ]
    held = sum(1 for node in siblings if own <= node <= last)
    if len(siblings) < ENTRY_ARTICLES_MIN or (
        sum(b.units for b in blocks[start:end]) > LIST_INTRO_MAX_UNITS * held
    ):
        return region, []
    lines: dict[int, list[int]] = {node: [] for node in siblings}
    spans = [(node, tree.last_descendant(node)) for node in siblings]
    k = 0  # blocks and siblings both run in document order: one pass
    for i, block in enumerate(blocks):
        while k < len(spans) and block.node > spans[k][1]:
            k += 1
        if k == len(spans):
            break
        if spans[k][0] <= block.node:
            lines[spans[k][0]].append(i)
    if sum(1 for found in lines.values() if any(blocks[i].tag in _HEADING_TAGS for i in found)) < (
        ENTRY_ARTICLES_MIN
    ):
        return region, []
    every = [i for found in lines.values() for i in found]
    added = [
        i
        for i in every
        if not start <= i < end
        and ruled[i] is None
        and kinds[i] not in _KEPT
        and (blocks[i].tag in _HEADING_TAGS or blocks[i].link_density < _CHIP_LINKS)
    ]
    for i in added:
        kinds[i] = None
    return (min(start, *every), max(end, max(every) + 1)), added
