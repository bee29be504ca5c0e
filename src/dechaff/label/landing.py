"""A landing page's sections: the whole of its main element is the content.

A company's or a product's page (a service, a feature tour, a home page) is a run of
sections, each a heading over a sentence or two, between a hero and a closing call to
action. Their text is short and broken by buttons, logos walls and pictures, so the region
search keeps the first section or two and the rest falls to the footer. When the page marks
its main content (``<main>``, ``role="main"``) and the region lies in it reading as no
article, every later section of the main element that holds prose joins: its sentences, and
up to LANDING_TITLE_LINES short lines right above them that title them (a heading, a
card's title, an eyebrow over it).

The region reads as no article when it holds a section's heading (not one run of prose),
no paragraph longer than LANDING_PARAGRAPH_MAX_UNITS, no ``<article>`` around it and no
byline or date: no ``<time>`` in the main element, no line a rule or a hint names metadata
in it down to the region's end (and the labeller asks only when the markup gives no
published time). A sentence's credit joins too: up to LANDING_CREDIT_LINES short lines
right below it (a testimonial's name and role). A line joins only when its place or its
shape alone named it (header, footer, a menu's line: no lexicon rule, no container hint, no
related or comments heading above it) and it is not mostly links: buttons, logos, menus,
forms and the sections without a sentence stay out. A byline or a date below the region
ends the sections: dated entries (posts, teasers, comments) follow.

A page that marks no main element but a footer (``<footer>``, ``role="contentinfo"``) has
its lines from below its header (``<header>``, ``<nav>``) down to the footer stand for one.
Two kinds of line join beyond those its place named. A section's cards that a container
hint alone named a menu's or a promotion's (a ``nav`` or ``promo`` class around a services
grid): a run of such lines of one kind holding at least LANDING_CARD_SENTENCES sentences
outside a form (a closing call to action or a sign-up has fewer, or is a form). And a card
that is one link: its heading, and its text that reads as sentences of at least
LANDING_LINKED_MIN_UNITS (its "Learn more" button stays out).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..article import Boilerplate
from ..core.blocks import Block
from ..core.features import reads_as_sentences
from ..core.tree import Tree
from .hints import hint_only
from .lexicon import NO_KINDS, ZoneKinds
from .settings import (
    LANDING_CARD_SENTENCES,
    LANDING_CREDIT_LINES,
    LANDING_DATE_TAGS,
    LANDING_FOOTER_ROLES,
    LANDING_FOOTER_TAGS,
    LANDING_FORM_TAGS,
    LANDING_HEADER_ROLES,
    LANDING_HEADER_TAGS,
    LANDING_HINT_KINDS,
    LANDING_LINKED_MIN_UNITS,
    LANDING_MAIN_ROLE,
    LANDING_MAIN_TAGS,
    LANDING_PARAGRAPH_MAX_UNITS,
    LANDING_PLACE_KINDS,
    LANDING_TAGLINE_MIN_UNITS,
    LANDING_TITLE_LINES,
    LANDING_TITLE_MAX_UNITS,
    LINK_DENSITY_MAX,
    SECTION_HEADINGS,
)

METADATA = Boilerplate.METADATA


def _main_of(tree: Tree, node: int) -> int:
    """The page's main element around a node (``<main>``, ``role="main"``), else -1."""
    element = tree.element
    assert element is not None
    while node >= 0:
        el = element(node)
        if el is not None and (
            getattr(el, "tag", None) in LANDING_MAIN_TAGS or el.get("role") == LANDING_MAIN_ROLE
        ):
            return node
        node = tree.parent_of(node)
    return -1


def _in_article(tree: Tree, node: int, main: int) -> bool:
    """Whether an ``<article>`` element lies between a node and the main element."""
    element = tree.element
    assert element is not None
    while node > main:
        if getattr(element(node), "tag", None) == "article":
            return True
        node = tree.parent_of(node)
    return False


def _dated(tree: Tree, mains: Sequence[int], zone_kinds: Sequence[ZoneKinds]) -> bool:
    """Whether the main element shows a byline or a date: a ``<time>`` element, or a line
    (of ``zone_kinds``, the main element's down to the region's end) a rule or a hint names
    metadata."""
    if any(METADATA in (z.head, z.body, z.tail) for z in zone_kinds):
        return True
    element = tree.element
    assert element is not None
    for main in mains:
        el = element(main)
        if el is not None and next(el.iter(LANDING_DATE_TAGS), None) is not None:
            return True
    return False


def _within(
    tree: Tree, node: int, tags: frozenset[str], roles: frozenset[str] = frozenset()
) -> bool:
    """Whether a node lies in an element of ``tags`` or ``roles`` (itself included)."""
    element = tree.element
    assert element is not None
    while node >= 0:
        el = element(node)
        if el is not None and (getattr(el, "tag", None) in tags or el.get("role") in roles):
            return True
        node = tree.parent_of(node)
    return False


def _unmarked_span(blocks: Sequence[Block], tree: Tree, start: int) -> tuple[int, int]:
    """Without a main element, the lines that stand for it: from the first line below the
    page's header (its ``<header>``, ``<nav>``) above the region down to the page's footer
    element (``<footer>``, ``role="contentinfo"``), or none when the page marks no footer."""
    stop = start
    while stop < len(blocks) and not _within(
        tree, blocks[stop].node, LANDING_FOOTER_TAGS, LANDING_FOOTER_ROLES
    ):
        stop += 1
    if stop >= len(blocks):
        return start, start
    first = start
    while first > 0 and not _within(
        tree, blocks[first - 1].node, LANDING_HEADER_TAGS, LANDING_HEADER_ROLES
    ):
        first -= 1
    return first, stop


def _main_span(blocks: Sequence[Block], tree: Tree, start: int) -> tuple[int, int, int]:
    """The page's main element around the region's first line (-1 when the page marks
    none), and the lines that lie in it (or stand for it, see ``_unmarked_span``)."""
    main = _main_of(tree, blocks[start].node)
    if main < 0:
        first, stop = _unmarked_span(blocks, tree, start)
        return main, first, stop
    last = tree.last_descendant(main)
    first = start
    while first > 0 and main <= blocks[first - 1].node <= last:
        first -= 1
    stop = start
    while stop < len(blocks) and main <= blocks[stop].node <= last:
        stop += 1
    return main, first, stop


def _sections_span(
    blocks: Sequence[Block], tree: Tree, zone_kinds: Sequence[ZoneKinds], region: tuple[int, int]
) -> int:
    """One past the last line of the main element that may join below the region (a byline
    or a date ends the sections), or -1 when the region is no landing page's (see the
    module)."""
    start, end = region
    main, first, last = _main_span(blocks, tree, start)
    if last < end or _in_article(tree, blocks[start].node, main):
        return -1
    if max(b.units for b in blocks[start:end]) > LANDING_PARAGRAPH_MAX_UNITS or not any(
        b.tag in SECTION_HEADINGS for b in blocks[start:end]
    ):
        return -1
    if _dated(
        tree,
        [main] if main >= 0 else [b.node for b in blocks[first:last] if b.node >= 0],
        zone_kinds[first:end],
    ):
        return -1
    stop = end
    while stop < last and METADATA not in (
        zone_kinds[stop].head,
        zone_kinds[stop].body,
        zone_kinds[stop].tail,
    ):
        stop += 1
    return stop


def _linked_ok(block: Block) -> bool:
    """Whether a line that is mostly links may join all the same: a card's heading, or its
    text when the whole card is one link and the text reads as sentences of at least
    LANDING_LINKED_MIN_UNITS."""
    return block.tag in SECTION_HEADINGS or (
        block.units >= LANDING_LINKED_MIN_UNITS and reads_as_sentences(block.shape)
    )


def _cards(
    blocks: Sequence[Block],
    tree: Tree,
    zone_kinds: Sequence[ZoneKinds],
    kinds: Sequence[Boilerplate | None],
    span: tuple[int, int],
) -> set[int]:
    """The lines of ``span`` a container hint alone named a menu's or a promotion's that
    may join all the same: each run of them of one kind holding at least
    LANDING_CARD_SENTENCES sentences outside a form (a section's cards, not a closing call to
    action or a sign-up)."""
    carded: set[int] = set()
    i, stop = span
    while i < stop:
        kind = kinds[i]
        if kind not in LANDING_HINT_KINDS or hint_only(zone_kinds[i]) is not kind:
            i += 1
            continue
        run = i
        while run < stop and kinds[run] is kind and hint_only(zone_kinds[run]) is kind:
            run += 1
        lines = [j for j in range(i, run) if not _within(tree, blocks[j].node, LANDING_FORM_TAGS)]
        if sum(reads_as_sentences(blocks[j].shape) for j in lines) >= LANDING_CARD_SENTENCES:
            carded.update(lines)
        i = run
    return carded


def take_sections(
    blocks: Sequence[Block],
    tree: Tree | None,
    zone_kinds: Sequence[ZoneKinds],
    kinds: list[Boilerplate | None],
    region: tuple[int, int],
    skip: bool = False,
) -> tuple[tuple[int, int], list[int]]:
    """The region widened to the later prose sections of a landing page's main element, and
    the lines that joined (see the module); none when ``skip`` (a shop's page, a thread, a
    list's entries or a grid joined, a page the markup dates)."""
    start, end = region
    if skip or tree is None or tree.element is None or start >= end:
        return region, []
    stop = _sections_span(blocks, tree, zone_kinds, region)
    carded = _cards(blocks, tree, zone_kinds, kinds, (end, stop))

    def free(i: int) -> bool:
        block = blocks[i]
        return (
            ((kinds[i] in LANDING_PLACE_KINDS and zone_kinds[i] is NO_KINDS) or i in carded)
            and (block.link_density <= LINK_DENSITY_MAX or _linked_ok(block))
            and block.units > 0
        )

    def short(i: int) -> bool:
        return (
            free(i)
            and blocks[i].units <= LANDING_TITLE_MAX_UNITS
            and not reads_as_sentences(blocks[i].shape)
        )

    def tagline(i: int) -> bool:  # a heading's one line of text under it, unpunctuated
        return (
            blocks[i].units >= LANDING_TAGLINE_MIN_UNITS
            and i - 1 >= end
            and blocks[i - 1].tag in SECTION_HEADINGS
            and short(i - 1)
        )

    added: set[int] = set()
    for i in range(end, stop):
        block = blocks[i]
        if not free(i) or not (reads_as_sentences(block.shape) or tagline(i)):
            continue
        if block.units > LANDING_PARAGRAPH_MAX_UNITS:
            continue
        title = i - 1  # the short lines right above the prose title it
        while title >= max(end, i - LANDING_TITLE_LINES) and title not in added and short(title):
            title -= 1
        credit = i + 1  # and those right below it credit it (a testimonial's name and role)
        while credit < min(stop, i + 1 + LANDING_CREDIT_LINES) and short(credit):
            credit += 1
        added.update(range(title + 1, credit))
    if not added:
        return region, []
    for i in added:
        kinds[i] = None
    return (start, max(end, max(added) + 1)), sorted(added)
