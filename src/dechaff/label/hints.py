"""Container hints (``<nav>``, ``class="comments"``, ...) applied to kinds and scores."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..article import Boilerplate
from ..core.blocks import Block
from ..core.tree import ARTICLE, Tree, block_hints
from .lexicon import NO_KINDS, ZoneKinds
from .product import one_h1
from .score import content_score
from .settings import ARTICLE_LINE_SCORE, LINK_DENSITY_MAX, SHORT_LINE_COST, TABLE_CELLS


def _is_article_line(block: Block, score: float) -> bool:
    """A short line or a table cell (linked product names, say) that an article may hold."""
    if score >= ARTICLE_LINE_SCORE:
        return False
    if block.tag in TABLE_CELLS:
        return True
    return score == -SHORT_LINE_COST and block.link_density <= LINK_DENSITY_MAX


def apply_hints(
    blocks: Sequence[Block],
    tree: Tree,
    zone_kinds: list[ZoneKinds],
    scores: list[float],
    described: Sequence[range] = (),
    headline: int | None = None,
    shop: bool = False,
    facts: frozenset[int] = frozenset(),
) -> list[ZoneKinds]:
    """Zone kinds with container hints naming the blocks no lexicon rule named; rescores them.

    The ``described`` blocks, a declared product's description, take no hint, the ``facts``
    (a recipe card's details, recipe.py) no metadata hint; nor does a
    menu's around the ``headline``'s article container (_menu_around), or on a ``shop``'s
    product page around the headline itself, failing one the page's one <h1> (the product's
    name in a sticky "sidebar")."""
    hints = block_hints(tree, blocks, scores)
    if headline is None and shop:
        headline = one_h1(blocks)
    voided = _menu_around(tree, blocks, hints.kinds, headline, shop)
    if voided is not None:
        hints = block_hints(voided, blocks, scores)
    zone_kinds = list(zone_kinds)
    bare = {i for run in described for i in run}
    last_kind, hinted = None, NO_KINDS  # the blocks of one container share its kind
    for i, (block, kind, in_article, zones) in enumerate(
        zip(blocks, hints.kinds, hints.in_article, zone_kinds, strict=True)
    ):
        if kind is Boilerplate.METADATA and i in facts:
            kind = None
        if kind is not None and i not in bare:
            if zones is NO_KINDS:  # most blocks: no rule named them
                if kind is not last_kind:
                    last_kind, hinted = kind, _HINTED[kind]
                zone_kinds[i] = hinted
            else:
                zone_kinds[i] = ZoneKinds(
                    zones.head or kind, zones.body or kind, zones.tail or kind
                )
            if zones.body is None:
                scores[i] = content_score(block, kind)
        elif in_article and zones.body is None and _is_article_line(block, scores[i]):
            scores[i] = ARTICLE_LINE_SCORE
    return zone_kinds


def _menu_around(
    tree: Tree,
    blocks: Sequence[Block],
    kinds: Sequence[Boilerplate | None],
    headline: int | None,
    shop: bool = False,
) -> Tree | None:
    """The tree without the navigation hints of the containers around the article container
    that holds the headline, when the headline inherits one: a menu holds no post's title
    and text (Blogger's ``widget Blog``, a ``content-sidebar-wrap`` around a short post
    whose prose weighs too little to void its wrapper's hint); None when there are none.
    On a ``shop``'s product page every navigation hint around the headline is void: a
    theme's product summary is often a sticky column named "sidebar" around the product's
    name, price and summary."""
    if headline is None or kinds[headline] is not Boilerplate.NAVIGATION:
        return None
    node, article = blocks[headline].node, shop
    hints = list(tree.hint)
    while node >= 0:
        if hints[node] == ARTICLE:
            article = True
        elif article and hints[node] is Boilerplate.NAVIGATION:
            hints[node] = None
        node = tree.parent_of(node)
    if hints == tree.hint:
        return None
    return replace(tree, hint=hints)


# A block that only a hint names: that kind in every zone.
_HINTED = {kind: ZoneKinds(kind, kind, kind) for kind in Boilerplate}


def hint_only(zones: ZoneKinds) -> Boilerplate | None:
    """The kind a container hint alone gave a line (no lexicon rule named it), else None."""
    kind = zones.body
    return kind if kind is not None and zones is _HINTED[kind] else None
