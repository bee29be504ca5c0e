"""Label every block as article body or as one kind of boilerplate (shared by both front ends).

The labeller works in four steps:

1. *score*: each block gets a content score from its shape (length in units,
   sentence punctuation, link density) and from the lexicons;
2. *region*: the article is the run of blocks with the largest total score
   (a maximum-sum segment), so short menu lines and lexicon hits between runs
   of prose cut it, while a short subheading inside the prose does not;
3. *edges*: the region's head and tail are trimmed of metadata, credits,
   author bios, copyright and other lines that sit against the article;
4. *kinds*: every block outside the body gets a boilerplate kind, from the
   lexicons, from the section heading above it (related, comments), or from
   its position (header before the article, footer after it).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..article import Boilerplate
from ..core.blocks import Block
from ..core.dates import find_dates
from ..core.features import reads_as_prose, reads_as_sentences, shape_of
from ..core.tree import Tree, block_hints
from .lexicon import NO_KINDS, Lexicon, ZoneKinds

# Scores of the region search, on TextShape.weight (a CJK character weighs 1, a
# word of other scripts 2). A prose block adds its weight; a short line costs a
# little, so a subheading between paragraphs is bridged but a menu is not.
GOOD_MIN_WEIGHT = 25
MEDIUM_MIN_WEIGHT = 8
SCORE_CAP = 120
SHORT_LINE_COST = 4.0
LEXICON_HIT_COST = 10.0
LINKED_COST = 8.0
LINK_DENSITY_MAX = 0.5
MEDIUM_WEIGHT = 0.5
UNFINISHED_WEIGHT = 0.3
# A short line inside a container marked as the article (a list item, a table
# cell) neither extends nor breaks the region.
ARTICLE_LINE_SCORE = 0.0
TABLE_CELLS = frozenset({"td", "th", "caption"})

# Kinds whose heading opens a section: the blocks below it share its kind.
SECTION_KINDS = frozenset({Boilerplate.RELATED, Boilerplate.COMMENTS})
# Kinds that sit against the article's edges and are trimmed off it.
EDGE_KINDS = frozenset(Boilerplate) - {Boilerplate.HEADER, Boilerplate.FOOTER}
# A gap of at most this many non-prose blocks between two prose runs is bridged
# when the run beyond it scores at least MIN_JOIN_SCORE.
MAX_GAP_BLOCKS = 6
MIN_JOIN_SCORE = 20.0
# Comments follow the article: a comments heading ends it once this much prose came before.
COMMENTS_MIN_BEFORE = 40
# The article starts below a heading that repeats the page title when at least
# this share of the page's prose follows that heading.
HEADLINE_PROSE_SHARE = 0.25
HEADLINE_MIN_UNITS = 1
HEADLINE_MIN_CHARS = 8
TITLE_STEM_MIN_UNITS = 3
# A heading that is a part of the title must be this share of it: the rest is
# the site's name, and a heading that is only the site's name is its logo.
TITLE_PART_MIN_SHARE = 0.4
HEADLINE_REACH = 12
NEAR_SHARE = 0.3
TITLE_TAGS = frozenset({"title", "h1"})
# A line above the article this short that holds a date is its byline.
BYLINE_MAX_UNITS = 20
# A standfirst below the headline has at least this many units.
DEK_MIN_UNITS = 8
# Elements that are a box of their own when they hold a related heading.
BOX_TAGS = frozenset({"aside", "div", "section", "nav", "figure", "table", "form"})
# Figure captions describe a picture, not the text: they go with the picture.
# (Both development golds of other projects, aeb and trafilatura's, leave them
# out of the body.)
CAPTION_TAGS = frozenset({"figcaption"})
# A related line this long carries a headline of its own ("SEE MORE: ..."), where a
# shorter one is a bare label ("Read more") that may close a teaser card.
LINKED_LINE_MIN_UNITS = 5
LINE_LABEL_MAX_CHARS = 30  # "Lea también", "SEE MORE", "Czytaj też", "相关阅读"
# What a figure puts between two paragraphs of an article.
FIGURE_KINDS = frozenset({Boilerplate.CAPTION, Boilerplate.CREDIT})
# The article's container holds at least this share of the region's prose score.
MAIN_SHARE = 0.8
# A run with at least this many linked lines, and as many as prose blocks, is a teaser list.
TEASER_MIN_LINKS = 3
# A group of at least this many short lines is a menu.
MENU_MIN_LINES = 3


@dataclass(frozen=True, slots=True)
class Labels:
    """The labeller's result: a kind per block (None for body) and the body's bounds."""

    kinds: tuple[Boilerplate | None, ...]
    start: int  # first block of the article region (== end when there is none)
    end: int  # one past the last block of the region


def content_score(block: Block, hit: Boilerplate | None) -> float:
    """How much a block looks like article text (positive) or not (negative)."""
    if hit is not None:
        return -LEXICON_HIT_COST
    if block.link_density > LINK_DENSITY_MAX:
        return -LINKED_COST
    shape = block.shape
    weight = min(shape.weight, SCORE_CAP)
    if weight >= GOOD_MIN_WEIGHT and reads_as_prose(shape):
        # a paragraph cut off mid-sentence is a teaser of another page
        return float(weight) if shape.ends_sentence else UNFINISHED_WEIGHT * weight
    if shape.punct >= 1 and weight > MEDIUM_MIN_WEIGHT:
        return MEDIUM_WEIGHT * (weight - MEDIUM_MIN_WEIGHT)
    return -SHORT_LINE_COST


def best_region(scores: Sequence[float]) -> tuple[int, int]:
    """The maximum-sum run of scores, as [start, end); (0, 0) when all are negative."""
    best, best_start, best_end = 0.0, 0, 0
    running, start = 0.0, 0
    for i, score in enumerate(scores):
        if running <= 0:
            running, start = 0.0, i
        running += score
        if running > best:
            best, best_start, best_end = running, start, i + 1
    return best_start, best_end


def _run_sum(scores: Sequence[float], begin: int, step: int, limit: int) -> tuple[float, int]:
    """The best running sum of scores from begin going step-wise, and where it ends."""
    best, best_at, running = 0.0, begin, 0.0
    i = begin
    while 0 <= i < limit:
        running += scores[i]
        if running > best:
            best, best_at = running, i
        i += step
    return best, best_at


def _extend(
    scores: Sequence[float],
    hits: Sequence[Boilerplate | None],
    start: int,
    end: int,
    floor: int = 0,
) -> tuple[int, int]:
    """Join prose runs that a short gap (a picture credit, an embed) cuts off the region."""
    n = len(scores)
    while True:
        gap_end = end
        while gap_end < n and scores[gap_end] <= 0 and hits[gap_end] not in SECTION_KINDS:
            gap_end += 1
        if gap_end - end > MAX_GAP_BLOCKS or gap_end >= n or hits[gap_end] in SECTION_KINDS:
            break
        gain, last = _run_sum(scores, gap_end, 1, n)
        if gain < MIN_JOIN_SCORE:
            break
        end = last + 1
    while True:
        gap_start = start - 1
        while (
            gap_start >= floor and scores[gap_start] <= 0 and hits[gap_start] not in SECTION_KINDS
        ):
            gap_start -= 1
        if start - 1 - gap_start > MAX_GAP_BLOCKS or gap_start < floor or hits[gap_start]:
            break
        gain, first = _run_sum(scores[floor:], gap_start - floor, -1, n - floor)
        first += floor
        if gain < MIN_JOIN_SCORE or max(scores[first : gap_start + 1]) < GOOD_MIN_WEIGHT:
            break
        start = first
    return start, end


def _reads_as_teasers(blocks: Sequence[Block]) -> bool:
    """True when a run of blocks is a list of linked headlines with summaries, not an article."""
    linked = sum(1 for b in blocks if b.link_density > LINK_DENSITY_MAX)
    prose = sum(1 for b in blocks if reads_as_prose(b.shape) and b.link_density <= LINK_DENSITY_MAX)
    return linked >= TEASER_MIN_LINKS and linked >= prose


# Never starting inside a run of spaces (a search from each space of a run is quadratic).
_TITLE_SEPARATOR = re.compile(r"(?:(?<!\s)|(?!\s))\s*(?:[|_｜·•:：–—»›-]|\s-\s)\s*")
_TITLE_SEPARATOR_BEFORE = re.compile(r"(?:[|_｜·•:：–—»›(（-]|\s-)\s*$")
_WORD_GOES_ON = re.compile(r"\w")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _repeats_title(text: str, title: str) -> bool:
    """True when a heading is the page title, or the title without a site prefix or suffix.

    The title's first part before a separator ("Headline | Site") may also
    open a longer heading ("Headline in Tennessee"), when it is more than a word
    or two.
    """
    if text == title:
        return True
    at = title.find(text)
    if at >= 0 and len(text) >= TITLE_PART_MIN_SHARE * len(title):
        before_ok = at == 0 or _TITLE_SEPARATOR_BEFORE.search(title, 0, at) is not None
        after = at + len(text)
        after_ok = after == len(title) or _TITLE_SEPARATOR.match(title, after) is not None
        return before_ok and after_ok
    stem = _title_stem(title)
    return (
        stem is not None and text.startswith(stem) and _WORD_GOES_ON.match(text, len(stem)) is None
    )


@functools.lru_cache(maxsize=64)
def _title_stem(title: str) -> str | None:
    """The title's first part before a separator, when it is more than a word or two
    (cached: every heading of a page is held against the same title)."""
    separator = _TITLE_SEPARATOR.search(title)
    if separator is None:
        return None
    stem = title[: separator.start()]
    return stem if shape_of(stem).units >= TITLE_STEM_MIN_UNITS else None


def _heads_article(block: Block) -> bool:
    """True for a line that belongs above an article, not in it: a title or a dated byline."""
    return block.tag == "h1" or (block.units <= BYLINE_MAX_UNITS and bool(find_dates(block.text)))


def _absorb_neutral(
    blocks: Sequence[Block], scores: Sequence[float], start: int, end: int, floor: int
) -> tuple[int, int]:
    """Take in the article's own short lines (score 0) just above the region.

    Below it they are as often the tags, notes and widgets that follow articles.
    """
    if start == end:
        return start, end
    while (
        start > floor
        and scores[start - 1] == ARTICLE_LINE_SCORE
        and not _heads_article(blocks[start - 1])
    ):
        start -= 1
    return start, end


def _headline(blocks: Sequence[Block]) -> int | None:
    """The heading that repeats the page <title>: an <h1> first, a linked one (a teaser) last."""
    if not blocks or blocks[0].tag != "title":
        return None
    title = blocks[0].text.casefold()
    found: list[tuple[int, int]] = []  # (rank, index): plain <h1>, plain heading, linked ones
    for block in blocks[1:]:
        if (
            block.tag not in _HEADINGS
            or block.units < HEADLINE_MIN_UNITS
            or len(block.text) < HEADLINE_MIN_CHARS
            or not _repeats_title(block.text.casefold(), title)
        ):
            continue
        linked = block.link_density > LINK_DENSITY_MAX
        found.append((2 * linked + (block.tag != "h1"), block.index))
    return min(found)[1] if found else None


def _region_near(scores: Sequence[float], floor: int, headline: int | None) -> tuple[int, int]:
    """The best region from floor on; with a headline, one that starts close below it.

    An article starts right below its headline: a run that starts within
    HEADLINE_REACH blocks of it wins over a bigger run elsewhere (a cookie
    notice, a feed, a sidebar) while it scores at least NEAR_SHARE of that run.
    """
    start, end = best_region(scores[floor:])
    start, end = start + floor, end + floor
    if headline is None or start == end or 0 <= start - headline - 1 <= HEADLINE_REACH:
        return start, end
    best = sum(scores[start:end])
    near_gain, near_start, near_end = 0.0, start, end
    for begin in range(headline + 1, min(headline + 2 + HEADLINE_REACH, len(scores))):
        if scores[begin] <= 0:
            continue
        gain, last = _run_sum(scores, begin, 1, len(scores))
        if gain > near_gain:
            near_gain, near_start, near_end = gain, begin, last + 1
    if near_gain >= NEAR_SHARE * best:
        return near_start, near_end
    return start, end


def _body_floor(headline: int | None, scores: Sequence[float]) -> int:
    """Where the article may start: after its headline, when most prose follows it.

    Prose above an article's headline belongs to other stories (a news ticker, teasers).
    """
    if headline is None:
        return 0
    total = sum(score for score in scores if score > 0)
    after = sum(score for score in scores[headline + 1 :] if score > 0)
    return headline + 1 if total and after >= HEADLINE_PROSE_SHARE * total else 0


def _box_of(blocks: Sequence[Block], tree: Tree | None, index: int) -> range | None:
    """The blocks of the box that holds a heading or a "Read more" line (its parent element).

    The box starts before the line when the line closes it: a teaser card's headline and
    summary come before the card's own "Read more".
    """
    if tree is None:
        return None
    node = blocks[index].node
    # a heading or a line opens its parent's box; a box element (aside, div) is its own
    parent = node if blocks[index].tag in BOX_TAGS else tree.parent_of(node)
    if parent < 0:
        return None
    last = tree.last_descendant(parent)
    first = index
    while first > 0 and parent <= blocks[first - 1].node <= last:
        first -= 1
    end = index + 1
    while end < len(blocks) and parent <= blocks[end].node <= last:
        end += 1
    return range(first, end)


def _article_goes_on(
    blocks: Sequence[Block], tree: Tree, start: int, box: int, box_end: int, end: int
) -> bool:
    """True when the article's prose goes on below a box: in the same container as the
    prose above it (see _continues_in), or in a sibling container that is no teaser list
    (with COMMENTS_MIN_BEFORE words of prose)."""
    before = next((b for b in reversed(blocks[start:box]) if reads_as_prose(b.shape)), None)
    if before is None:
        return False
    if _continues_in(blocks[box_end:end], before.group):
        return True
    after = [b for b in blocks[box_end:end] if reads_as_prose(b.shape)]
    if not after or sum(b.units for b in after) < COMMENTS_MIN_BEFORE:
        return False
    above = tree.parent_of(tree.parent_of(before.node))
    below = tree.parent_of(tree.parent_of(after[0].node))
    return above >= 0 and above == below and not _reads_as_teasers(blocks[box_end:end])


def _links_one_story(line: Block) -> bool:
    """True for a related line that names its story after a label and a colon ("SEE MORE:
    Hong Kong protests ..."), not a bare label ("Read more"), a heading or a section title."""
    label, colon, story = line.text.partition(":")
    if not colon:
        label, colon, story = line.text.partition("：")
    return (
        bool(colon)
        and line.tag not in _HEADINGS
        and line.units >= LINKED_LINE_MIN_UNITS
        and len(label) <= LINE_LABEL_MAX_CHARS
        and bool(story.strip())
    )


def _line_goes_on(blocks: Sequence[Block], start: int, index: int, end: int) -> bool:
    """True when a related line ("Related: ...", "READ MORE: ...") sits between paragraphs
    of its own container: the prose just above it and the prose below it are its siblings."""
    line = blocks[index]
    before = next((b for b in reversed(blocks[start:index]) if reads_as_prose(b.shape)), None)
    return (
        before is not None
        and before.group == line.group
        and _continues_in(blocks[index + 1 : end], line.group)
        and not _reads_as_teasers(blocks[index + 1 : end])
    )


def _continues_in(below: Sequence[Block], group: int) -> bool:
    """True when the first paragraph below a box or line is in ``group`` and either finishes
    a sentence (a last one may be sparsely punctuated: "... while the crew -- padded with
    extra fat -- sleeps.") or opens COMMENTS_MIN_BEFORE words of prose."""
    first = next((b for b in below if reads_as_prose(b.shape) or reads_as_sentences(b.shape)), None)
    if first is None or first.group != group:
        return False
    if reads_as_sentences(first.shape):
        return True
    return sum(b.units for b in below if reads_as_prose(b.shape)) >= COMMENTS_MIN_BEFORE


def _cut_at_section(
    blocks: Sequence[Block],
    hits: Sequence[Boilerplate | None],
    start: int,
    end: int,
    tree: Tree | None = None,
) -> tuple[int, list[range]]:
    """End the region at a comments heading after some prose, or at a related heading.

    A related heading ends the article when most of the prose came before it, or
    when what follows is a teaser list (a headline link above each summary). A
    related heading whose own box (its parent element) closes before article
    prose goes on is an inline box: the box is cut out, the article goes on. So is
    a related line between two paragraphs of its own container, alone.
    Returns the new end and the inline boxes.
    """
    before = 0
    total = sum(b.units for b in blocks[start:end])
    boxes: list[range] = []
    i = start
    while i < end:
        if hits[i] is Boilerplate.COMMENTS and before >= COMMENTS_MIN_BEFORE:
            return i, boxes
        if hits[i] is Boilerplate.RELATED:
            box = _box_of(blocks, tree, i)
            if (
                box is not None
                and tree is not None
                and box.start >= start
                and _article_goes_on(blocks, tree, start, box.start, box.stop, end)
            ):
                if _links_one_story(blocks[i]) and box.stop == i + 1:
                    # it closes no teaser card: the paragraphs above it stay
                    box = range(i, i + 1)
                boxes.append(box)
                before += sum(b.units for b in blocks[i : box.stop])
                i = box.stop
                continue
            if _line_goes_on(blocks, start, i, end):
                boxes.append(range(i, i + 1))
                before += blocks[i].units
                i += 1
                continue
            if before >= total - before or (
                before >= COMMENTS_MIN_BEFORE and _reads_as_teasers(blocks[i + 1 : end])
            ):
                return i, boxes
        before += blocks[i].units
        i += 1
    return end, boxes


def _main_container(
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


def _take_code(blocks: Sequence[Block], tree: Tree, start: int, end: int) -> int:
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


def _past_figures(
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


def _fill_container(
    blocks: Sequence[Block],
    tree: Tree,
    scores: Sequence[float],
    zone_kinds: Sequence[ZoneKinds],
    start: int,
    end: int,
    floor: int,
) -> int:
    """Take in the short lines of the article's own container just above the region.

    A first subheading, a lead list item or a dek sits in the same element as
    the paragraphs; it joins them unless a lexicon rule or a hint names it, or it
    is mostly links. (Below the region, the same test lets in more tag lines and
    widgets than article lines, so the tail is left alone.)
    """
    if start >= end:
        return start
    main = _main_container(blocks, tree, scores, start, end)
    if main < 0:
        return start
    last = tree.last_descendant(main)

    def fits(i: int) -> bool:
        block = blocks[i]
        return (
            main <= block.node <= last
            and zone_kinds[i].head is None
            and block.link_density <= LINK_DENSITY_MAX
            and not _heads_article(block)
        )

    while start > floor and fits(start - 1):
        start -= 1
    return start


def _dek(
    blocks: Sequence[Block], zone_kinds: Sequence[ZoneKinds], headline: int | None, start: int
) -> int | None:
    """The standfirst right below the headline, when byline lines part it from the text.

    A dek often ends without a full stop, so it scores as a teaser and the region
    starts below the byline; it is article text all the same.
    """
    if headline is None:
        return None
    index = headline + 1
    if index >= start - 1 or index >= len(blocks):
        return None
    block = blocks[index]
    if (
        zone_kinds[index].head is not None
        or block.link_density > LINK_DENSITY_MAX
        or block.units < DEK_MIN_UNITS
        or block.tag == "h1"
    ):
        return None
    return index if block.shape.punct or block.units >= 2 * DEK_MIN_UNITS else None


def _trim_edges(
    zone_kinds: Sequence[ZoneKinds],
    kinds: list[Boilerplate | None],
    start: int,
    end: int,
) -> tuple[int, int]:
    """Peel edge kinds (bio, copyright, credit, metadata...) off both ends of the region."""
    while end > start:
        kind = zone_kinds[end - 1].tail
        if kind not in EDGE_KINDS:
            break
        kinds[end - 1] = kind
        end -= 1
    while start < end:
        kind = zone_kinds[start].head
        if kind not in EDGE_KINDS:
            break
        kinds[start] = kind
        start += 1
    return start, end


def _is_menu_line(blocks: Sequence[Block], index: int, group_sizes: dict[int, int]) -> bool:
    block = blocks[index]
    return not reads_as_prose(block.shape) and group_sizes[block.group] >= MENU_MIN_LINES


def _outside_kind(
    blocks: Sequence[Block],
    index: int,
    zone: str,
    zone_kinds: Sequence[ZoneKinds],
    section: Boilerplate | None,
    group_sizes: dict[int, int],
) -> Boilerplate:
    kind = zone_kinds[index].get(zone)
    if kind is not None:
        return kind
    if blocks[index].tag in CAPTION_TAGS:
        return Boilerplate.CAPTION
    if section is not None:
        return section
    if index > 0 and _is_menu_line(blocks, index, group_sizes):
        return Boilerplate.NAVIGATION
    return Boilerplate.HEADER if zone == "head" else Boilerplate.FOOTER


def _is_article_line(block: Block, score: float) -> bool:
    """A short line or a table cell (linked product names, say) that an article may hold."""
    if score >= ARTICLE_LINE_SCORE:
        return False
    if block.tag in TABLE_CELLS:
        return True
    return score == -SHORT_LINE_COST and block.link_density <= LINK_DENSITY_MAX


def _apply_hints(
    blocks: Sequence[Block],
    tree: Tree,
    zone_kinds: list[ZoneKinds],
    scores: list[float],
) -> list[ZoneKinds]:
    """Zone kinds with container hints naming the blocks no lexicon rule named; rescores them."""
    hints = block_hints(tree, blocks, scores)
    zone_kinds = list(zone_kinds)
    last_kind, hinted = None, NO_KINDS  # the blocks of one container share its kind
    for i, (block, kind, in_article, zones) in enumerate(
        zip(blocks, hints.kinds, hints.in_article, zone_kinds, strict=True)
    ):
        if kind is not None:
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


# A block that only a hint names: that kind in every zone.
_HINTED = {kind: ZoneKinds(kind, kind, kind) for kind in Boilerplate}


def label(blocks: Sequence[Block], lexicon: Lexicon, tree: Tree | None = None) -> Labels:
    """Label every block: None for article body, else its boilerplate kind.

    ``tree`` is the HTML page's container structure; its hints name the kind of
    blocks in comment sections, menus, sidebars and footers. Only lexicon hits
    (a "Related articles" heading) open sections: a hint already covers its container.
    """
    zone_kinds_of = lexicon.zone_kinds_of
    zone_kinds = [zone_kinds_of(block.text, block.shape) for block in blocks]
    headings = [z.body for z in zone_kinds]
    lexicon_tail = [z.tail for z in zone_kinds]
    scores = [content_score(b, hit) for b, hit in zip(blocks, headings, strict=True)]
    for i, block in enumerate(blocks):
        if block.tag in TITLE_TAGS:  # a page's title and headline sit above its text
            scores[i] = min(scores[i], -SHORT_LINE_COST)
    if tree is not None:
        zone_kinds = _apply_hints(blocks, tree, zone_kinds, scores)
    headline = _headline(blocks)
    floor = _body_floor(headline, scores)
    start, end = _region_near(scores, floor, headline)
    start, end = _extend(scores, headings, start, end, floor)
    start, end = _absorb_neutral(blocks, scores, start, end, floor)
    end, boxes = _cut_at_section(blocks, headings, start, end, tree)
    if tree is not None:
        start = _fill_container(blocks, tree, scores, zone_kinds, start, end, floor)
        end = _take_code(blocks, tree, start, end)
    end = _past_figures(blocks, zone_kinds, start, end)
    kinds: list[Boilerplate | None] = [z.body for z in zone_kinds]
    for box in boxes:
        for i in box:
            kinds[i] = Boilerplate.RELATED
    start, end = _trim_edges(zone_kinds, kinds, start, end)
    for i in range(start, end):
        if kinds[i] is None and blocks[i].tag in CAPTION_TAGS:
            kinds[i] = Boilerplate.CAPTION

    group_sizes: dict[int, int] = {}
    for block in blocks:
        group_sizes[block.group] = group_sizes.get(block.group, 0) + 1

    for i in range(start):  # most are named, by a rule or a hint
        kinds[i] = zone_kinds[i].head or _outside_kind(
            blocks, i, "head", zone_kinds, None, group_sizes
        )
    dek = _dek(blocks, zone_kinds, headline, start)
    if dek is not None:
        kinds[dek] = None
    section: Boilerplate | None = None
    for i in range(end, len(blocks)):
        kinds[i] = zone_kinds[i].tail or _outside_kind(
            blocks, i, "tail", zone_kinds, section, group_sizes
        )
        if lexicon_tail[i] is not None and lexicon_tail[i] in SECTION_KINDS:
            section = lexicon_tail[i]
    return Labels(tuple(kinds), start, end)
