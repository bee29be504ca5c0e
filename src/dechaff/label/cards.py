"""Card links: one ``<a>`` around a list entry's heading and the lines under it.

Job boards, event and listing templates wrap a whole entry (its title, the company or
venue, the place, a summary) in one link so that the card is clickable. Its lines are the
entry, not a menu: a list page's entries (containers.take_entries) count them, and a list
of them below a short introduction outside their container (a tag page's description
above its feed) joins it (take_cards).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..core.blocks import Block
from ..core.features import reads_as_sentences
from ..core.tree import Tree
from .lexicon import ZoneKinds
from .settings import (
    CARD_CLIMB,
    CARD_MIN_ENTRIES,
    CARD_REACH,
    CARD_TEXT_MIN,
    LIST_INTRO_MAX_UNITS,
)

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _is_card(link: object) -> bool:
    """True when a link holds a heading and at least CARD_TEXT_MIN characters besides."""
    heading = next(link.iter(*_HEADINGS), None)  # type: ignore[attr-defined]
    if heading is None:
        return False
    own = len("".join(heading.itertext()).strip())
    return len("".join(link.itertext()).strip()) - own >= CARD_TEXT_MIN  # type: ignore[attr-defined]


def card_finder(tree: Tree) -> Callable[[Block], bool]:
    """Whether a block lies in a card link, its element or one of CARD_REACH parents."""
    element_of = tree.element
    known: dict[object, bool] = {}

    def in_card(block: Block) -> bool:
        if element_of is None or block.node < 0 or block.link_density < 1.0:
            return False
        element = element_of(block.node)
        for _ in range(CARD_REACH):
            if element is None:
                return False
            if element.tag == "a":
                found = known.get(element)
                if found is None:
                    found = known[element] = _is_card(element)
                return found
            element = element.getparent()
        return False

    return in_card


def _in_article(tree: Tree, node: int) -> bool:
    """True when a node lies in an ``<article>`` element, CARD_CLIMB containers up."""
    element_of = tree.element
    assert element_of is not None
    for _ in range(CARD_CLIMB):
        if node < 0:
            return False
        if getattr(element_of(node), "tag", None) == "article":
            return True
        node = tree.parent_of(node)
    return False


def take_cards(
    blocks: Sequence[Block],
    tree: Tree,
    zone_kinds: Sequence[ZoneKinds],
    start: int,
    end: int,
) -> int:
    """The region's new end once a list of card links below its short introduction joins.

    A tag or index page of cards (Ghost's post feed) opens with a line or two outside the
    cards (the tag's description): the region. The nearest of its containers, CARD_CLIMB
    up, that holds at least CARD_MIN_ENTRIES card headings below the region, each in an
    ``<article>`` (one per entry, as label/entries.py reads them), whose lines
    outweigh it, with a summary (a line that reads as sentences) for at least every other
    card (not a maker's name under each title, as in a box of other products), holds the
    page's entries: the region goes on to its last card line.
    """
    if start >= end or tree.element is None:
        return end
    intro = sum(b.units for b in blocks[start:end])
    if intro > LIST_INTRO_MAX_UNITS:
        return end
    in_card = card_finder(tree)
    node = blocks[start].node
    for _ in range(CARD_CLIMB):
        node = tree.parent_of(node)
        if node < 0:
            return end
        last = tree.last_descendant(node)
        stop, heads, summaries, units, i = end, 0, 0, 0, end
        while i < len(blocks) and node <= blocks[i].node <= last:
            block = blocks[i]
            if in_card(block) and zone_kinds[i].body is None:
                heads += block.tag in _HEADINGS and _in_article(tree, block.node)
                summaries += reads_as_sentences(block.shape)
                units += block.units
                stop = i + 1
            i += 1
        if heads >= CARD_MIN_ENTRIES and units > intro and summaries * 2 >= heads:
            return stop
    return end
