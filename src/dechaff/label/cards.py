"""Card links: one ``<a>`` around a list entry's heading and the lines under it.

Job boards, event and listing templates wrap a whole entry (its title, the company or
venue, the place, a summary) in one link so that the card is clickable. Its lines are the
entry, not a menu: a list page's entries (containers.take_entries) count them.
"""

from __future__ import annotations

from collections.abc import Callable

from ..core.blocks import Block
from ..core.tree import Tree
from .settings import CARD_REACH, CARD_TEXT_MIN

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
