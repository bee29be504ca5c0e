"""Label every block as article body or as one kind of boilerplate (shared by both front ends).

The labeller works in four steps, each in a module of its own:

1. *score* (``score``, ``hints``): each block gets a content score from its shape
   (length in units, sentence punctuation, link density), from the lexicons and
   from its container's hints;
2. *region* (``headline``, ``region``, ``sections``, ``containers``): the article
   is the run of blocks with the largest total score (a maximum-sum segment), so
   short menu lines and lexicon hits between runs of prose cut it, while a short
   subheading inside the prose does not;
3. *edges* (``edges``): the region's head and tail are trimmed of metadata,
   credits, author bios, copyright and other lines that sit against the article;
4. *kinds* (``kinds``): every block outside the body gets a boilerplate kind, from
   the lexicons, from the section heading above it (related, comments), or from
   its position (header before the article, footer after it); a layout's second copy
   of body lines is a duplicate (``clones``).

This module runs the steps in order and holds their result, :class:`Labels`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..article import Boilerplate
from ..core.blocks import Block
from ..core.tree import Tree
from .bio import author_box
from .cards import take_cards
from .cells import number_cells
from .chrome import chrome_lines, is_thread
from .clones import clone_lines
from .containers import (
    fill_container,
    main_container,
    past_figures,
    take_code,
    take_entries,
    take_panels,
    take_table,
    widened,
)
from .contents import contents_lines
from .declarations import declaration_lines
from .described import described_runs, on_description
from .document_close import past_document_close
from .edges import trim_edges
from .entries import take_articles
from .grid import price_copies, take_grid
from .headline import find_dek, find_headline, outside_post
from .hints import apply_hints
from .kinds import outside_kind
from .landing import take_sections
from .lexicon import NO_KINDS, Lexicon, ZoneKinds
from .photo_row import past_caption_lines, past_photo_captions
from .product import product_head
from .recipe import recipe_facts, without_metadata
from .region import absorb_neutral, best_region, body_floor, extend, region_near
from .score import content_score, neutral_tables
from .sections import cut_at_section, menu_entries, wrapped_links
from .settings import (
    BELOW_LINE_TAGS,
    CAPTION_TAGS,
    SECTION_KINDS,
    SHORT_LINE_COST,
    TABLE_LINE_TAGS,
    TITLE_TAGS,
)
from .thread import take_posts

__all__ = ["Labels", "best_region", "label"]


@dataclass(frozen=True, slots=True)
class Labels:
    """The labeller's result: a kind per block (None for body) and the body's bounds."""

    kinds: tuple[Boilerplate | None, ...]
    start: int  # first block of the article region (== end when there is none)
    end: int  # one past the last block of the region
    grid: bool = False  # a shop's grid of priced cards joined the article (label/grid.py)
    # lines a thread's other posts made body (label/thread.py):
    # no sign that the article is long enough to need no second opinion
    joined: tuple[int, ...] = ()
    # lines a landing page's later sections made body (label/landing.py): the second opinion
    # is asked as if they were not
    sections: tuple[int, ...] = ()


def label(
    blocks: Sequence[Block],
    lexicon: Lexicon,
    tree: Tree | None = None,
    *,
    one_product: bool = False,
    products: Sequence[str] = (),
    shop: bool = False,
    thread: bool = False,
    dated: bool = False,
) -> Labels:
    """Label every block: None for article body, else its boilerplate kind.

    ``tree`` is the HTML page's container structure; its hints name the kind of blocks in
    comment sections, menus, sidebars and footers. Only lexicon hits (a "Related articles"
    heading) open sections: a hint already covers its container. A grid of priced cards
    joins the article (grid.py) unless ``one_product``: the grid lists other products. Lines
    repeating a declared ``products`` description take no hint, and are the region when it
    holds none (described.py); on a ``shop`` page the lines from its name join (product.py).
    A thread's posts join it (thread.py), a declared ``thread``'s answers too; else a
    landing page's later sections (landing.py), unless the markup ``dated`` the page.
    """
    facts = recipe_facts(blocks, lexicon) | declaration_lines(blocks, lexicon)
    zone_kinds = without_metadata(_zone_kinds(blocks, lexicon, tree), facts)
    headings, lexicon_tail = [z.body for z in zone_kinds], [z.tail for z in zone_kinds]
    scores = _scores(blocks, headings)
    described = described_runs(blocks, products)  # none but on a product's page
    headline = find_headline(blocks)
    if tree is not None:
        zone_kinds = apply_hints(blocks, tree, zone_kinds, scores, described, headline, shop, facts)
    floor = body_floor(headline, scores)
    start, end = region_near(scores, floor, headline, outside_post(tree, blocks, headline))
    start, end = on_description(blocks, described, (start, end))
    start, end = extend(scores, headings, start, end, floor)
    start, end = absorb_neutral(blocks, scores, start, end, floor)
    end, boxes = cut_at_section(blocks, headings, start, end, tree, (zone_kinds, lexicon))
    if tree is not None:
        main = main_container(blocks, tree, scores, start, end) if start < end else -1
        start = fill_container(blocks, tree, main, zone_kinds, (start, end), floor)
        below = (start, end, floor, shop)
        start, end = _below(blocks, tree, main, zone_kinds, scores, headings, below)
    start, name = product_head(blocks, zone_kinds, headline, start, end) if shop else (start, None)
    end = _past_pictures(blocks, (tree, lexicon), zone_kinds, start, end)
    boxed = {i for box in boxes for i in box}  # a related section's boxes
    kinds = [Boilerplate.RELATED if i in boxed else z.body for i, z in enumerate(zone_kinds)]
    (start, end), bio = author_box(blocks, lexicon, headline, kinds, (start, end))
    start, end = trim_edges(zone_kinds, kinds, start, end)
    _name_inside(blocks, lexicon, tree, kinds, (start, end))
    _name_outside(blocks, zone_kinds, lexicon_tail, kinds, headline, (start, end))
    kinds[bio.start : bio.stop] = [Boilerplate.AUTHOR_BIO] * len(bio)  # its title, buttons too
    start, end = _with_name(kinds, name, start, end)
    found = (scores, zone_kinds, lexicon_tail)
    (start, end), grid, joined = _join_more(
        blocks, lexicon, tree, found, kinds, (start, end), (one_product, thread)
    )
    skip = grid or bool(joined) or one_product or shop or thread or dated  # a shop's: reviews
    (start, end), sections = take_sections(blocks, tree, zone_kinds, kinds, (start, end), skip)
    _name_copies(blocks, lexicon, tree, kinds)
    return Labels(tuple(kinds), start, end, grid, tuple(joined), tuple(sections))


def _past_pictures(
    blocks: Sequence[Block],
    markup: tuple[Tree | None, Lexicon],
    zone_kinds: list[ZoneKinds],
    start: int,
    end: int,
) -> int:
    """The region's end past the paragraphs a figure parts from it (containers.past_figures),
    then past the captions of the photos closing the article (photo_row.py), then past an
    official document's formula, signature and date (document_close.py). A text dump whose
    paragraphs each stand between blank lines has a run of blocks a paragraph (``spaced``)."""
    tree, lexicon = markup
    end = past_figures(blocks, zone_kinds, start, end)
    if tree is not None:
        end = past_photo_captions(blocks, tree, zone_kinds, start, end)
        return past_document_close(blocks, lexicon, zone_kinds, start, end)
    end = past_caption_lines(blocks, zone_kinds, start, end)
    spaced = end - start >= 3 and len({b.group for b in blocks[start:end]}) == end - start
    return past_document_close(blocks, lexicon, zone_kinds, start, end, spaced)


def _name_copies(
    blocks: Sequence[Block], lexicon: Lexicon, tree: Tree | None, kinds: list[Boilerplate | None]
) -> None:
    """A layout's second copy of body lines (clones.py), and a price box printed twice
    (grid.price_copies), are duplicates."""
    for i in clone_lines(blocks, kinds, tree):
        kinds[i] = Boilerplate.DUPLICATE
    for i in price_copies(blocks, lexicon, kinds):
        kinds[i] = Boilerplate.DUPLICATE


def _with_name(
    kinds: list[Boilerplate | None], name: int | None, start: int, end: int
) -> tuple[int, int]:
    """The region once a product's name (product.py) is article text."""
    if name is None or not start < end or start <= name < end:
        return start, end
    kinds[name] = None
    return min(start, name), max(end, name + 1)


def _join_more(
    blocks: Sequence[Block],
    lexicon: Lexicon,
    tree: Tree | None,
    found: tuple[Sequence[float], Sequence[ZoneKinds], Sequence[Boilerplate | None]],
    kinds: list[Boilerplate | None],
    region: tuple[int, int],
    declared: tuple[bool, bool],
) -> tuple[tuple[int, int], bool, list[int]]:
    """The region with a shop's grid of priced cards (label/grid.py) unless the page declares
    one product, else with a thread's other posts (label/thread.py) or a list page's
    sibling entries (label/entries.py). ``found`` is the
    scores, the zone kinds and the lexicon rules' tail kinds, ``declared`` whether the
    markup declares one product and whether a thread; returns the region, whether a grid
    joined, and the lines the posts made body."""
    scores, zone_kinds, ruled = found
    one_product, thread = declared
    if tree is None:
        return region, False, []
    grid = None if one_product else take_grid(blocks, tree, lexicon, zone_kinds, kinds, region)
    if grid is not None:
        return grid, True, []
    if not is_thread(blocks, lexicon):
        joined = take_articles(blocks, tree, ruled, kinds, region)
        return joined[0], False, joined[1]
    joined = take_posts(blocks, tree, (scores, ruled), kinds, region, thread)
    if joined[1]:  # the posts that joined hold their own heads and boxes
        _name_inside(blocks, lexicon, tree, kinds, joined[0])
    return joined[0], False, joined[1]


def _zone_kinds(blocks: Sequence[Block], lexicon: Lexicon, tree: Tree | None) -> list[ZoneKinds]:
    """Every block's lexicon kinds per zone; a related line that is an entry of a list of
    links (sections.menu_entries), and a lone number cell in a row of words
    (cells.number_cells), have none."""
    zone_kinds_of = lexicon.zone_kinds_of
    zone_kinds = [zone_kinds_of(block.text, block.shape) for block in blocks]
    if tree is not None:
        for i in menu_entries(blocks, tree, zone_kinds):
            zone_kinds[i] = NO_KINDS
        for i in number_cells(blocks, tree, zone_kinds):
            zone_kinds[i] = NO_KINDS
    return zone_kinds


def _below(
    blocks: Sequence[Block],
    tree: Tree,
    main: int,
    zone_kinds: Sequence[ZoneKinds],
    scores: Sequence[float],
    headings: Sequence[Boilerplate | None],
    region: tuple[int, int, int, bool],
) -> tuple[int, int]:
    """What joins the region (start, end, its floor, whether the page is a shop's product
    page) from below in the article's container: code listings, a list page's entries, the
    next panels of its tab set, a table (on a product page, a list too, and in the box a few
    levels around the description's: containers.widened), and the prose that goes on below
    them."""
    start, end, floor, shop = region
    end = take_code(blocks, tree, start, end)
    end = take_entries(blocks, tree, main, zone_kinds, start, end)
    end = take_cards(blocks, tree, zone_kinds, start, end)
    below = take_panels(blocks, tree, main, zone_kinds, start, end)
    lines, box = (BELOW_LINE_TAGS, widened(tree, main)) if shop else (TABLE_LINE_TAGS, main)
    below = take_table(blocks, tree, (box, lines), zone_kinds, start, below)
    return extend(scores, headings, start, below, floor) if below > end else (start, end)


def _scores(blocks: Sequence[Block], headings: Sequence[Boilerplate | None]) -> list[float]:
    """Every block's content score; a page's title and headline sit above its text."""
    scores = [content_score(b, hit) for b, hit in zip(blocks, headings, strict=True)]
    neutral_tables(blocks, scores)
    for i, block in enumerate(blocks):
        if block.tag in TITLE_TAGS:
            scores[i] = min(scores[i], -SHORT_LINE_COST)
    return scores


def _name_inside(
    blocks: Sequence[Block],
    lexicon: Lexicon,
    tree: Tree | None,
    kinds: list[Boilerplate | None],
    region: tuple[int, int],
) -> None:
    """Name the region's lines that are no article text by what they are among it: a table
    of contents, a forum post's chrome (label/chrome.py), a figure's caption, the links of a
    related label's box (sections.wrapped_links)."""
    start, end = region
    if tree is not None:
        for i in wrapped_links(blocks, tree, kinds, range(start, end)):
            kinds[i] = Boilerplate.RELATED
    for i in contents_lines(blocks, start, end):
        kinds[i] = Boilerplate.NAVIGATION
    for i in chrome_lines(blocks, lexicon, tree, [k is None for k in kinds], region):
        kinds[i] = Boilerplate.METADATA
    for i in range(start, end):
        if kinds[i] is None and blocks[i].tag in CAPTION_TAGS:
            kinds[i] = Boilerplate.CAPTION


def _name_outside(
    blocks: Sequence[Block],
    zone_kinds: Sequence[ZoneKinds],
    lexicon_tail: Sequence[Boilerplate | None],
    kinds: list[Boilerplate | None],
    headline: int | None,
    region: tuple[int, int],
) -> None:
    """Give every block outside the region its kind (keeping the dek below the headline):
    its lexicon kind for the zone, else the related or comments heading above it, else its
    place (kinds.outside_kind). ``lexicon_tail`` is the lexicon's tail kinds, before hints:
    only a rule's heading opens a section."""
    start, end = region
    group_sizes = Counter(block.group for block in blocks)
    for i in range(start):  # most are named, by a rule or a hint
        kinds[i] = zone_kinds[i].head or outside_kind(
            blocks, i, "head", zone_kinds, None, group_sizes
        )
    dek = find_dek(blocks, zone_kinds, headline, start)
    if dek is not None:
        kinds[dek] = None
    section: Boilerplate | None = None
    for i in range(end, len(blocks)):
        kinds[i] = zone_kinds[i].tail or outside_kind(
            blocks, i, "tail", zone_kinds, section, group_sizes
        )
        if lexicon_tail[i] is not None and lexicon_tail[i] in SECTION_KINDS:
            section = lexicon_tail[i]
