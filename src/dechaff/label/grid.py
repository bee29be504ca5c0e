"""A shop's grid of product cards: the content of a collection page, though no line is prose.

A collection (a shop's category page) lists its products as cards, each a linked name, a
price and a few short lines, in one container. Every line scores as a menu, so the region
search finds at most the few sentences around the grid (a closing text, a guide's teaser).
The grid is the container whose children hold the most price lines, at least
GRID_MIN_CARDS of them; it joins the article when its text outweighs what the region kept.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from ..article import Boilerplate
from ..core.blocks import Block
from ..core.tree import Tree
from .lexicon import NO_KINDS, Lexicon, ZoneKinds
from .settings import CONTROL_CARD_SHARE, GRID_MIN_CARDS, PRICE_LINE_MAX_UNITS

_DIGIT = re.compile(r"\d")
_AMOUNT = re.compile(r"\d[\d,.]*\d|\d")


def _price_lines(blocks: Sequence[Block], lexicon: Lexicon) -> list[int]:
    """The short lines that hold a price (the lexicon's ``field.price``)."""
    may_hold = lexicon.any_field("price")
    patterns = lexicon.field("price")
    return [
        b.index
        for b in blocks
        if b.units <= PRICE_LINE_MAX_UNITS
        and _DIGIT.search(b.text)  # every price shows a digit: the cheap test first
        and may_hold(b.text)
        and any(p.search(b.text) for p in patterns)
    ]


def _amounts(text: str) -> list[str]:
    """The numbers a price line shows, in order."""
    return _AMOUNT.findall(text)


def _grid_node(blocks: Sequence[Block], tree: Tree, prices: Sequence[int]) -> tuple[int, int]:
    """The container whose children hold the most price lines (each child a card) and how
    many do, (-1, 0) when none holds GRID_MIN_CARDS: every price line counts once for each
    of its ancestors, in the child of that ancestor it sits in."""
    cards: dict[int, set[int]] = {}
    for index in prices:
        child = blocks[index].node
        parent = tree.parent_of(child)
        while parent >= 0:
            cards.setdefault(parent, set()).add(child)
            child, parent = parent, tree.parent_of(parent)
    best, best_cards = -1, GRID_MIN_CARDS - 1
    for node, children in cards.items():
        # the deepest of nested containers with as many cards: the grid, not its wrapper
        if len(children) > best_cards or (len(children) == best_cards and node > best >= 0):
            best, best_cards = node, len(children)
    return (best, best_cards) if best >= 0 else (-1, 0)


def _card_controls(
    blocks: Sequence[Block], free: Sequence[int], cards: int, prices: set[int]
) -> dict[int, Boilerplate]:
    """The grid lines that say nothing of their product: a line that repeats the one or
    two above it (a card links its name twice), a price line that repeats the amounts of a
    price line one or two above it (a template prints the regular and the sale price boxes,
    "Regular price $19.99" over "Regular price Sale price $19.99", and shows one), and a
    line that nearly every card repeats
    word for word ("Quick Shop", "Unit price / per"), unless it holds a price, labels the
    value after it ("Cap Type:") or is such a value."""
    counts = Counter(blocks[i].text for i in free)
    least = max(GRID_MIN_CARDS, CONTROL_CARD_SHARE * cards)
    found: dict[int, Boilerplate] = {}
    for k, i in enumerate(free):
        text = blocks[i].text
        above = [j for j in free[max(0, k - 2) : k] if i - j <= 2]
        if any(blocks[j].text == text for j in above) or (
            i in prices
            and any(j in prices and _amounts(blocks[j].text) == _amounts(text) for j in above)
        ):
            found[i] = Boilerplate.DUPLICATE
        elif (
            counts[text] >= least
            and i not in prices
            and not text.endswith(":")
            and not blocks[i - 1].text.endswith(":")
        ):
            found[i] = Boilerplate.NAVIGATION
    return found


def _grid_range(blocks: Sequence[Block], tree: Tree, grid: int, prices: Sequence[int]) -> range:
    """The blocks of the grid's container, from its first price line's ancestors on."""
    last = tree.last_descendant(grid)
    first = next(i for i in prices if grid <= blocks[i].node <= last)
    while first > 0 and grid <= blocks[first - 1].node <= last:
        first -= 1
    stop = first
    while stop < len(blocks) and grid <= blocks[stop].node <= last:
        stop += 1
    return range(first, stop)


def price_copies(
    blocks: Sequence[Block], lexicon: Lexicon, kinds: Sequence[Boilerplate | None]
) -> list[int]:
    """The body's price lines that repeat the amounts of the body line right above, a price
    line too: a template prints a regular and a sale price box and shows one ("Regular
    price $19.99" over "Regular price Sale price $19.99")."""
    body = [b for b, kind in zip(blocks, kinds, strict=True) if kind is None]
    prices = set(_price_lines(body, lexicon))
    return [
        b.index
        for above, b in pairwise(body)
        if b.index in prices
        and above.index in prices
        and b.text != above.text
        and _amounts(b.text) == _amounts(above.text)
    ]


def take_grid(
    blocks: Sequence[Block],
    tree: Tree,
    lexicon: Lexicon,
    zone_kinds: Sequence[ZoneKinds],
    kinds: list[Boilerplate | None],
    region: tuple[int, int],
) -> tuple[int, int] | None:
    """Make the lines of a product grid article text; the region's bounds widened to it, or
    None when the page has no such grid.

    Only lines that no rule or hint names join (a card's "Sale" badge named an ad stays
    one), and only when they outweigh the article the region kept and most of the grid's
    lines are unnamed (a grid of related products under a hint is not the page's own).
    A grid already in the article (a review's cards of the products it compares) is left
    as it is.
    """
    prices = _price_lines(blocks, lexicon)
    if len(prices) < GRID_MIN_CARDS:
        return None
    grid, cards = _grid_node(blocks, tree, prices)
    if grid < 0:
        return None
    lines = _grid_range(blocks, tree, grid, prices)
    named = sum(1 for i in lines if zone_kinds[i] is not NO_KINDS)
    if 2 * named >= len(lines):
        return None
    # the lines the article already holds stay as they are: the grid is in it
    free = [i for i in lines if zone_kinds[i] is NO_KINDS and kinds[i] is not None]
    kept = sum(b.units for b, kind in zip(blocks, kinds, strict=True) if kind is None)
    if sum(blocks[i].units for i in free) <= kept:
        return None
    controls = _card_controls(blocks, free, cards, set(prices))
    for i in free:
        kinds[i] = controls.get(i)
    start, end = region
    if start >= end:
        return lines.start, lines.stop
    return min(start, lines.start), max(end, lines.stop)
