"""The page's containers as a tree, and the hint each block inherits from them.

The HTML front end records every block-level element as a node of a
:class:`Tree`, with the hint its own markup gives (``class="comments"``,
``<nav>``, ``role="contentinfo"``, ``itemprop="articleBody"``). The labeller
asks :func:`block_hints` which hint each block inherits from its containers.

A hint on a container that holds most of the page's prose is ignored: a
``<body class="has-sidebar">`` or ``<div id="main-with-comments">`` wraps the
article too, and its words describe the page, not the block.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..article import Boilerplate
from . import features
from .blocks import Block

ARTICLE = "article"  # the hint of containers that hold article text
# A negative hint is void on a container holding more than this share of the
# page's prose: a wrapper of the page.
WRAPPER_SHARE = 0.5
# An article container holding at least this share of the prose is article text,
# whatever hints its wrappers carry ("content-sidebar-wrap").
ARTICLE_SHARE = 0.25
# An article hint on a container of more than this share of the page's blocks
# names the page (<body class="single-post">), not the article in it.
ARTICLE_MAX_BLOCKS = 0.6
# A navigation hint inside an article container is void on a box of this much prose
# (the positive scores of its blocks, about words of sentence text): a menu holds
# links and labels, not paragraphs; a product box or a page builder's "widget" in an
# article does.
NAV_PROSE_MASS = 150.0
# ... when the article's prose goes on after the box (a paragraph scoring this much):
# a box at the article's end (a call to support the site, a disclosure) stays what it says.
PROSE_AFTER_SCORE = 25.0
# A metadata hint is void on a box of this much prose: a byline, a date or a list of tags
# is short lines, and a box named "meta" that holds paragraphs is a product's summary
# column (Shopify's ``product-single__meta`` around the description).
META_PROSE_MASS = 150.0

Hint = Boilerplate | str | None
# Kinds that only say where a block sits: a menu or breadcrumb inside the site
# header is a menu or a breadcrumb.
ZONE_KINDS = frozenset({Boilerplate.HEADER, Boilerplate.FOOTER})
_NAVIGATION = Boilerplate.NAVIGATION
_METADATA = Boilerplate.METADATA


@dataclass(slots=True)
class Tree:
    """Block-level elements of a page in document order (parents before children).

    Node n is the n-th element: ``parent[n]`` is its parent's node (-1 for a root) and
    ``hint[n]`` what its markup says it holds; the HTML walk reads the markup only of the
    elements that hold a block, and gives the others None, which no block inherits.
    ``element(n)`` gives node n's element.
    """

    parent: list[int] = field(default_factory=list)
    hint: list[Hint] = field(default_factory=list)
    # The front end's element of node n (HTML: the lxml element), for the passes that read
    # the markup around the body once it is labelled; None when the tree was built bare.
    element: Callable[[int], Any] | None = field(default=None, repr=False, compare=False)

    _last: list[int] = field(default_factory=list, repr=False)

    def parent_of(self, node: int) -> int:
        """The parent node, -1 for the root or a node outside the tree."""
        return self.parent[node] if 0 <= node < len(self.parent) else -1

    def last_descendant(self, node: int) -> int:
        """The highest node number in node's subtree (descendants are numbered after it)."""
        parents = self.parent
        if len(self._last) != len(parents):
            last = list(range(len(parents)))
            for child in range(len(parents) - 1, 0, -1):
                parent = parents[child]
                if parent >= 0 and last[child] > last[parent]:
                    last[parent] = last[child]
            self._last = last
        return self._last[node]

    def roots(self) -> list[int]:
        """The nodes without a parent, in document order."""
        return [node for node, parent in enumerate(self.parent) if parent < 0]


@dataclass(frozen=True, slots=True)
class BlockHints:
    """Per block: the boilerplate kind its containers name, and whether one is an article."""

    kinds: tuple[Boilerplate | None, ...]
    in_article: tuple[bool, ...]


def block_hints(tree: Tree, blocks: Sequence[Block], scores: Sequence[float]) -> BlockHints:
    """The hint each block inherits, from its outermost container with a (non-void) hint
    (inside a header or footer, the innermost that names more than the place)."""
    if features.cshape is not None:  # the same passes in C (core/_shape.pyx)
        kinds, in_article = features.cshape.block_hints(
            blocks if isinstance(blocks, list) else list(blocks),
            tree.parent,
            tree.hint,
            scores if isinstance(scores, list) else list(scores),
            ARTICLE_MAX_BLOCKS * len(blocks),
            WRAPPER_SHARE,
            ARTICLE_SHARE,
            NAV_PROSE_MASS,
            PROSE_AFTER_SCORE,
            META_PROSE_MASS,
            _NAVIGATION,
            _METADATA,
            Boilerplate.HEADER,
            Boilerplate.FOOTER,
            Boilerplate,
            ARTICLE,
        )
        return BlockHints(kinds, in_article)
    return block_hints_python(tree, blocks, scores)


def block_hints_python(tree: Tree, blocks: Sequence[Block], scores: Sequence[float]) -> BlockHints:
    """:func:`block_hints` in Python, the reference of the C twin."""
    size = len(tree.parent)
    nodes = [block.node for block in blocks]
    mass, count = _masses(tree.parent, nodes, scores)
    prose = sorted(n for n, s in zip(nodes, scores, strict=True) if s >= PROSE_AFTER_SCORE)
    kind, article = _inherited(tree, mass, count, ARTICLE_MAX_BLOCKS * len(blocks), prose)
    if nodes and min(nodes) >= -1 and max(nodes) < size:  # every block in the tree or at -1
        kind.append(None)  # what node -1 (no element) reads
        article.append(False)
        return BlockHints(
            tuple(map(kind.__getitem__, nodes)), tuple(map(article.__getitem__, nodes))
        )
    return BlockHints(
        tuple(kind[node] if 0 <= node < size else None for node in nodes),
        tuple(article[node] if 0 <= node < size else False for node in nodes),
    )


def _masses(
    parents: list[int], nodes: list[int], scores: Sequence[float]
) -> tuple[list[float], list[int]]:
    """Per container: the positive score of the blocks it holds, and how many it holds."""
    size = len(parents)
    mass = [0.0] * size
    count = [0] * size
    for node, score in zip(nodes, scores, strict=True):
        if 0 <= node < size:
            count[node] += 1
            if score > 0:
                mass[node] += score
    for node in range(size - 1, 0, -1):
        if count[node]:  # a container without blocks has no mass either: it adds nothing
            parent = parents[node]
            if parent >= 0:
                mass[parent] += mass[node]
                count[parent] += count[node]
    return mass, count


def _inherited(
    tree: Tree, mass: list[float], count: list[int], most_blocks: float, prose: list[int]
) -> tuple[list[Boilerplate | None], list[bool]]:
    """Per container: the kind its blocks inherit, and whether they are in an article.

    ``prose`` is the nodes of the paragraphs of prose, in order."""
    parents = tree.parent
    total = max((mass[node] for node in tree.roots()), default=0)
    wrapper_mass = WRAPPER_SHARE * total
    article_mass = ARTICLE_SHARE * total
    kind: list[Boilerplate | None] = [None] * len(parents)
    article = [False] * len(parents)
    prose_box = [False] * len(parents)  # in a navigation box voided by its prose
    article_at = [-1] * len(parents)  # the innermost article container around a node
    for node, (parent, own) in enumerate(zip(parents, tree.hint, strict=True)):
        if not count[node]:  # no block inherits from it, nor from what it holds
            continue
        if own is None:  # most containers: what the parent has
            if parent >= 0:
                kind[node] = kind[parent]
                article[node] = article[parent]
                prose_box[node] = prose_box[parent]
                article_at[node] = article_at[parent]
            continue
        if parent >= 0:
            inherited = kind[parent]
            in_article = article[parent]
            in_prose = prose_box[parent]
            around = article_at[parent]
        else:
            inherited = None
            in_article = in_prose = False
            around = -1
        if (
            own is _NAVIGATION
            and not in_prose
            and in_article
            and mass[node] >= NAV_PROSE_MASS
            and _prose_after(tree, node, around, prose)
        ):
            in_prose = True
        if own == ARTICLE and count[node] <= most_blocks:
            in_article = True
            around = node
            if mass[node] >= article_mass:
                inherited = None
        elif (
            isinstance(own, Boilerplate)
            and not (in_prose and own is _NAVIGATION)
            and not (own is _METADATA and mass[node] >= META_PROSE_MASS)
            and _overrides(own, inherited)
            and mass[node] <= wrapper_mass
        ):
            inherited = own
        kind[node] = inherited
        article[node] = in_article
        prose_box[node] = in_prose
        article_at[node] = around
    return kind, article


def _overrides(own: Boilerplate, inherited: Boilerplate | None) -> bool:
    """Whether a container's own kind replaces the kind it inherits: nothing inherited, or
    only a place (header, footer) that a kind of its own is more precise than."""
    # ZONE_KINDS membership spelled out: hashing an Enum is a Python call
    header, footer = Boilerplate.HEADER, Boilerplate.FOOTER
    return inherited is None or (
        (inherited is header or inherited is footer) and own is not header and own is not footer
    )


def _prose_after(tree: Tree, box: int, article: int, prose: list[int]) -> bool:
    """Whether a paragraph of prose follows the box inside the article container."""
    if article < 0:
        return False
    at = bisect_right(prose, tree.last_descendant(box))
    return at < len(prose) and prose[at] <= tree.last_descendant(article)
