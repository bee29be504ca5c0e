"""The article's own container: its short lines above the region, code and paragraphs below."""

from __future__ import annotations

from collections.abc import Sequence

from ..article import Boilerplate
from ..core.blocks import Block
from ..core.features import reads_as_sentences
from ..core.tree import Tree
from .cards import card_finder
from .headline import heads_article
from .lexicon import NO_KINDS, ZoneKinds
from .settings import (
    ENTRY_TAGS,
    FIGURE_KINDS,
    HEADING_CONTROL_MAX_UNITS,
    HEADINGS,
    LINK_DENSITY_MAX,
    LIST_INTRO_MAX_UNITS,
    LIST_MIN_ENTRIES,
    MAIN_SHARE,
    PANEL_REACH,
    PANEL_ROLE,
    SHOP_TABLE_REACH,
    TABLE_LINE_TAGS,
    TABLE_MAX_TITLES,
    TABLE_MIN_CELLS,
    TABLE_TITLE_MAX_UNITS,
)


def main_container(
    blocks: Sequence[Block], tree: Tree, scores: Sequence[float], start: int, end: int
) -> int:
    """The smallest element holding MAIN_SHARE of the region's prose score."""
    parents = tree.parent
    size = len(parents)
    mass = [0.0] * size
    for i in range(start, end):
        node = blocks[i].node
        if scores[i] > 0 and 0 <= node < size:
            mass[node] += scores[i]
    for node in range(size - 1, 0, -1):
        if mass[node]:  # adding nothing changes nothing
            parent = parents[node]
            if parent >= 0:
                mass[parent] += mass[node]
    total = sum(mass[node] for node in tree.roots())
    if total <= 0:
        return -1
    least = MAIN_SHARE * total
    for node in range(size - 1, -1, -1):  # parents come first: the last one is the deepest
        if mass[node] >= least:
            return node
    return -1


def take_code(blocks: Sequence[Block], tree: Tree, start: int, end: int) -> int:
    """Take in the code blocks (<pre>) right below the region, in its last block's container.

    A listing has no sentences to score, and a tutorial often ends with one; no menu or
    footer is set in <pre>.
    """
    if start >= end:
        return end
    box = tree.parent_of(blocks[end - 1].node)
    if box < 0:
        return end
    last = tree.last_descendant(box)
    while end < len(blocks) and blocks[end].tag == "pre" and box < blocks[end].node <= last:
        end += 1
    return end


def take_table(
    blocks: Sequence[Block],
    tree: Tree,
    where: tuple[int, frozenset[str]],
    zone_kinds: Sequence[ZoneKinds],
    start: int,
    end: int,
) -> int:
    """Take in a table, a list of terms or a list right below the region, in the article's
    container.

    Its cells are short lines that score as a menu, but a product's specifications or its
    features under its description, or a poll's results under a report, are the article's
    own. At least TABLE_MIN_CELLS unlinked cells or items that no rule or hint names, under
    at most one short title line ("Specifications", "Features"), or two when the first is a
    heading element ("Product information" over "Technical Details"), join. ``where`` is the
    article's container and the tags of the lines that may join (list items only on a
    shop's product page: below an article, a list is a box of links or handles).
    """
    main, lines = where
    if start >= end or main < 0:
        return end
    last = tree.last_descendant(main)

    def free(i: int) -> bool:
        block = blocks[i]
        return (
            main <= block.node <= last
            and block.link_density <= LINK_DENSITY_MAX
            and zone_kinds[i] is NO_KINDS
        )

    first = end
    for _ in range(TABLE_MAX_TITLES):
        if not (
            first < len(blocks)
            and blocks[first].tag not in lines
            and blocks[first].units <= TABLE_TITLE_MAX_UNITS
            and free(first)
        ):
            break
        first += 1
        if blocks[first - 1].tag not in HEADINGS:
            break  # a second title only under a heading: a section's, over its table's own
        first = _past_controls(blocks, zone_kinds, first)
    stop = first
    while stop < len(blocks) and blocks[stop].tag in lines and free(stop):
        stop += 1
    return stop if stop - first >= TABLE_MIN_CELLS else end


def _past_controls(blocks: Sequence[Block], zone_kinds: Sequence[ZoneKinds], at: int) -> int:
    """Past the short lines a rule names navigation right below a heading: its controls (a
    wiki section's "[edit]" beside the heading, its own line on Vector 2022)."""
    while (
        at < len(blocks)
        and blocks[at].units <= HEADING_CONTROL_MAX_UNITS
        and zone_kinds[at].body is Boilerplate.NAVIGATION
    ):
        at += 1
    return at


def widened(tree: Tree, main: int) -> int:
    """The element SHOP_TABLE_REACH levels above the article's container (or the topmost
    below it), -1 for none: a product's specifications often sit in a box beside its
    description's rather than in it (nopCommerce's ``product-collateral`` beside
    ``product-essential``)."""
    node = main
    for _ in range(SHOP_TABLE_REACH):
        parent = tree.parent_of(node)
        if parent < 0:
            break
        node = parent
    return node


def _panel_of(tree: Tree, main: int) -> int:
    """The tab panel holding the article's container (itself or up to PANEL_REACH levels
    above it), -1 for none."""
    element = tree.element
    node = main
    for _ in range(PANEL_REACH + 1):
        if node < 0 or element is None:
            return -1
        el = element(node)
        if el is not None and el.get("role") == PANEL_ROLE:
            return node
        node = tree.parent_of(node)
    return -1


def _child_of(tree: Tree, box: int, node: int) -> int:
    """The child of ``box`` that holds ``node`` (node inside box's subtree)."""
    while node >= 0 and tree.parent_of(node) != box:
        node = tree.parent_of(node)
    return node


def take_panels(
    blocks: Sequence[Block],
    tree: Tree,
    main: int,
    zone_kinds: Sequence[ZoneKinds],
    start: int,
    end: int,
) -> int:
    """Take in the panels after the region's own in its tab set (``role="tabpanel"``) that
    hold a table or a list of terms.

    A shop's tabs show one panel at a time, the description first; the specifications in a
    next panel are as much the product's text, though their short cells score as a menu.
    Each panel joins when it holds TABLE_MIN_CELLS unlinked cells that no rule or hint
    names; the first that holds none ends the run. Lines a rule or a hint names in a panel
    keep their kind.
    """
    if start >= end or main < 0:
        return end
    panel = _panel_of(tree, main)
    box = tree.parent_of(panel) if panel >= 0 else -1
    if box < 0:
        return end
    last = tree.last_descendant(box)
    while end < len(blocks) and box < blocks[end].node <= last:
        child = _child_of(tree, box, blocks[end].node)
        stop = end
        while stop < len(blocks) and child <= blocks[stop].node <= tree.last_descendant(child):
            stop += 1
        cells = sum(
            1
            for b, kinds in zip(blocks[end:stop], zone_kinds[end:stop], strict=True)
            if b.tag in TABLE_LINE_TAGS and b.link_density <= LINK_DENSITY_MAX and kinds is NO_KINDS
        )
        if cells < TABLE_MIN_CELLS:
            break
        end = stop
    return end


def past_figures(
    blocks: Sequence[Block], zone_kinds: Sequence[ZoneKinds], start: int, end: int
) -> int:
    """Take in the paragraphs of the region's own container that a figure's caption or
    credit parts from it: a picture sits between paragraphs, and the article goes on below.

    Only a finished sentence with no rule or hint on it counts as the article going on;
    the caption itself keeps its kind.
    """
    if start >= end:
        return end
    group = blocks[end - 1].group
    while True:
        below = end
        while below < len(blocks) and zone_kinds[below].body in FIGURE_KINDS:
            below += 1
        if below == end or below >= len(blocks):
            return end
        block = blocks[below]
        if (
            block.group != group
            or zone_kinds[below].body is not None
            or block.link_density > LINK_DENSITY_MAX
            or not reads_as_sentences(block.shape)
        ):
            return end
        end = below + 1


def fill_container(
    blocks: Sequence[Block],
    tree: Tree,
    main: int,
    zone_kinds: Sequence[ZoneKinds],
    region: tuple[int, int],
    floor: int,
) -> int:
    """Take in the short lines of the article's own container just above the region.

    A first subheading, a lead list item or a dek sits in the same element as
    the paragraphs; it joins them unless a lexicon rule or a hint names it, or it
    is mostly links. A linked heading is let in when the region holds linked headings
    of its level: the page's sections are headed by links (a documentation index, its
    entries a linked title over a description). (Below the region, the same test lets
    in more tag lines and widgets than article lines, so the tail is left alone.)
    """
    start, end = region
    if main < 0:
        return start
    last = tree.last_descendant(main)
    linked_levels = {
        b.tag for b in blocks[start:end] if b.tag in HEADINGS and b.link_density > LINK_DENSITY_MAX
    }

    def fits(i: int) -> bool:
        block = blocks[i]
        return (
            main <= block.node <= last
            and zone_kinds[i].head is None
            and (
                block.link_density <= LINK_DENSITY_MAX
                or block.tag in linked_levels
                or _labelled_value(blocks, i)
            )
            and not heads_article(block)
        )

    while start > floor and fits(start - 1):
        start -= 1
    return start


def _labelled_value(blocks: Sequence[Block], i: int) -> bool:
    """Whether line i is the linked value of a data row: the last of the two lines of its
    element, under a short unlinked label ("Ship" over "Tessaly" in an infobox's row)."""
    if i == 0:
        return False
    label, value = blocks[i - 1], blocks[i]
    return (
        label.group == value.group
        and label.link_density <= LINK_DENSITY_MAX
        and label.units <= TABLE_TITLE_MAX_UNITS
        and (i + 1 >= len(blocks) or blocks[i + 1].group != value.group)
        and (i < 2 or blocks[i - 2].group != value.group)
    )


def take_entries(
    blocks: Sequence[Block],
    tree: Tree,
    main: int,
    zone_kinds: Sequence[ZoneKinds],
    start: int,
    end: int,
) -> int:
    """Take in the entries of a list page below its short introduction.

    On a list page (an index, a catalogue, a thread) the article's own container goes
    on below the few sentences that open it with many entries: list items, terms and
    table cells, mostly linked, so they score as a menu. They are the page's content
    when the region is an introduction (at most LIST_INTRO_MAX_UNITS) and the container
    holds at least LIST_MIN_ENTRIES of them whose text outweighs it; the lines of a card
    link (a job's whole entry in one link, label/cards.py) are entries too. An article's
    own container may close with a box of related links, but below a whole article.
    Blocks that a rule or a hint names among the entries keep their kind.
    """
    if start >= end or main < 0:
        return end
    intro = sum(b.units for b in blocks[start:end])
    if intro > LIST_INTRO_MAX_UNITS:
        return end
    if blocks[start].node == main == blocks[end - 1].node:  # one paragraph: its container
        main = tree.parent_of(main)
        if main < 0:
            return end
    last = tree.last_descendant(main)
    stop, entries, units = end, 0, 0
    in_card = card_finder(tree)
    while stop < len(blocks) and main <= blocks[stop].node <= last:
        block = blocks[stop]
        if (block.tag in ENTRY_TAGS or in_card(block)) and zone_kinds[stop].body is None:
            entries += 1
            units += block.units
        stop += 1
    if entries < LIST_MIN_ENTRIES or units < intro:
        return end
    while stop > end and (
        (blocks[stop - 1].tag not in ENTRY_TAGS and not in_card(blocks[stop - 1]))
        or zone_kinds[stop - 1].body
    ):
        stop -= 1
    return stop
