"""Who wrote the article: person names, the author (the source is :mod:`.outlet`'s)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from ..article import Boilerplate
from ..core.blocks import Block
from ..label.lexicon import Lexicon
from . import checks
from .page import Page
from .page_type import product_page
from .posts import box_poster, first_poster, title_credit
from .zone import EDGE_BLOCKS, MAX_BYLINE_UNITS, OPENING_BLOCKS

# The paragraphs where a dateline credit may open the article (a gallery line may come first).
OPENING_PARAGRAPHS = 2
_LIST_SEPARATORS = re.compile(r"\s*(?:[、,，&/;；|]|\s(?:and|und|et)\s)\s*")
# CJK names parted by spaces, and nothing else
MIN_CJK_NAME = 2
# A menu's or a trail's item is never a byline ("记者江湖", a forum's board).
NOT_BYLINE_KINDS = frozenset({Boilerplate.NAVIGATION, Boilerplate.BREADCRUMB})
# A byline's label alone in its cell, and the names in the next cell, at most this long.
MAX_LABEL = 8
MAX_NAMES = 12
# A headline printed twice: a line this long found again within this many lines above it.
MIN_HEADLINE = 6
HEADLINE_ABOVE = 4
_OPENING = ("（", "(")
# The heading of an author's box that names the writer whole: a name of this many words.
MAX_BIO_NAME_WORDS = 4
_CJK_NAMES = re.compile(r"[\u3400-\u9fff·•]+(?:\s+[\u3400-\u9fff·•]+)+")


def person_names(span: str, lexicon: Lexicon, others: Sequence[str] = ()) -> str | None:
    """The names of a byline span as printed, if they pass :func:`.checks.author`.

    "陈智 整合" gives "陈智"; "网络整理" and outlet names (新华社, 人民日报) give None.
    """
    return checks.author(span, lexicon, others)


def _byline(
    blocks: Iterable[Block],
    patterns: Sequence[re.Pattern[str]],
    page: Page,
    others: Sequence[str],
    shaped: bool = False,
) -> str | None:
    """The first names a pattern finds on a line that is no menu's, passing the checks (and
    reading as personal names when ``shaped``: no role label vouches for them, and a short
    line the labeller took for a menu's may be read then, as a menu's words are no names)."""
    for block in blocks:
        menu = page.kind(block) in NOT_BYLINE_KINDS
        if menu and not shaped and not _closing_credit(page, block):
            continue
        for pattern in patterns:
            for match in pattern.finditer(block.text):
                names = person_names(match.group("author"), page.lexicon, others)
                if names and (not shaped or checks.person_shaped(names, page.lexicon)):
                    return names
    return None


def _closing_credit(page: Page, block: Block) -> bool:
    """Whether a line is a bracketed credit right after the article ("（文/王五）"), which a
    container of the article's lines marks as a menu's short line."""
    end = page.labels.end
    return end <= block.index < end + EDGE_BLOCKS and block.text.lstrip().startswith(_OPENING)


def _edge_blocks(page: Page) -> tuple[list[Block], list[Block], list[Block]]:
    """Short lines at the article's start and end, its first paragraphs and its last ones
    with the bracketed lines right after it (a closing credit)."""
    start, end = page.labels.start, page.labels.end
    opening = list(page.blocks[start : start + OPENING_BLOCKS])
    closing = list(page.blocks[max(start, end - EDGE_BLOCKS) : end + EDGE_BLOCKS])
    short = [b for b in [*opening, *closing] if b.units <= MAX_BYLINE_UNITS]
    body = [b for b in page.blocks[start:end] if page.kind(b) is None]
    after = [b for b in page.blocks[end : end + EDGE_BLOCKS] if _closing_credit(page, b)]
    return short, body[:OPENING_PARAGRAPHS], [*body[-2:], *after]


def _edge_lines(page: Page) -> set[int]:
    """The positions of the lines at the article's start and end, long ones too: a blog's
    post foot names its writer among its date and counts (posted @ 2006-07-02 22:13 蓝心
    阅读(57) 评论(3) 编辑 收藏 所属分类: 教书手记)."""
    start, end = page.labels.start, page.labels.end
    opening = range(start, min(start + OPENING_BLOCKS, len(page.blocks)))
    closing = range(max(start, end - EDGE_BLOCKS), min(end + EDGE_BLOCKS, len(page.blocks)))
    return {page.blocks[i].index for i in (*opening, *closing)}


def _author_searches(
    page: Page, zone: Sequence[Block]
) -> Iterator[tuple[Iterable[Block], str, bool]]:
    """Where bylines are looked for, in order, with the field that reads them and whether
    the names must read as personal names (made lazily: the first byline found ends the
    search)."""
    yield zone, "author", False
    if product_page(page.markup):
        return  # a shop's product has no byline: names further down are its reviewers'
    yield page.metadata_lines, "author", False
    short, first, last = _edge_blocks(page)
    yield short, "author", False
    yield first, "dateline_author", False
    yield first, "dateline_plain", True
    yield last, "closing_author", False
    # a sign-off (——王五) on the last lines only: an epigraph's opens the text
    last_lines = max(page.labels.end - EDGE_BLOCKS, page.labels.start + 2)
    yield [b for b in short if b.index >= last_lines], "closing_signed", True
    # no role label: a line of names alone (□王五, 王五/文)
    yield [*zone, *short], "signed_author", True
    # a Han name opening a bio must read as a person's: a forum's signature is labelled a
    # bio too, and its motto opens so (骑车的人，不怕风。)
    yield page.lines_of(Boilerplate.AUTHOR_BIO), "bio_author", True


def writers(
    page: Page, zone: Sequence[Block], others: Sequence[str]
) -> tuple[str | None, tuple[str, ...]]:
    """The writer(s) as one string, as the page prints them, and their names one by one.

    In the page's order: a structured byline in the markup (several persons joined with
    ", "), a byline line, a dateline credit, a closing credit, a line of names without a
    label, the name opening an author bio, the names after a label alone in its cell, a
    line of names under a headline printed twice, the first post's head, the ``<title>``'s
    credit or blogger (:mod:`.posts`), an element the markup names "author", the meta
    author tag.
    """
    lexicon = page.lexicon
    editors = _printed_as_editor(page)
    authors = (a for a in page.markup.authors if a not in editors)
    persons = [n for n in (person_names(a, lexicon, others) for a in authors) if n]
    if not persons:  # a person the graph links to, when the page shows the whole name too
        linked = (person_names(a, lexicon, others) for a in page.markup.linked_authors)
        persons = [n for n in linked if n and _shown(page, n)]
    if persons:
        names = tuple(dict.fromkeys(name for p in persons for name in split_names(p)))
        return _co_authors(page, zone, names, others) or (", ".join(persons), names)
    span = _printed_byline(page, zone, others)
    return span, split_names(span) if span else ()


def _printed_as_editor(page: Page) -> set[str]:
    """The markup's author items printed under an editor's or a reviewer's role ("Researched
    by:", "Reviewed by:" over the name): not the writers, though the markup says author."""
    editor = page.lexicon.field("author_editor")
    return {
        name
        for name, label in page.markup.author_roles
        if label and any(p.match(label) for p in editor)
    }


def _co_authors(
    page: Page, zone: Sequence[Block], names: tuple[str, ...], others: Sequence[str]
) -> tuple[str, tuple[str, ...]] | None:
    """A byline under the headline or an element the markup names author that lists the
    markup's persons and more: a CMS that gives its structured data the first author only
    (Ghost's "Lena Park, Tomas Rey" over one JSON-LD ``Person``)."""
    wanted = {n.casefold() for n in names}
    may_name = page.lexicon.any_field("author")
    printed = [
        _byline([b], page.lexicon.field("author"), page, others) for b in zone if may_name(b.text)
    ]
    elements = [person_names(e, page.lexicon, others) for e in page.markup.author_elements]
    for span in [*printed, *elements]:
        if not span or not checks.person_shaped(span, page.lexicon):
            continue
        found = split_names(span)
        if any(c.isdigit() for c in span) or not all(_one_name(n, page) for n in found):
            continue
        if wanted < {n.casefold() for n in found}:
            return span, found
    return None


def _bio_heading(page: Page, first: str, others: Sequence[str]) -> str | None:
    """The whole name on a short line of the author's box just above the paragraph that
    calls the writer by the first name ("Shannon Grilli" over "Shannon is a writer ...")."""
    bios = page.lines_of(Boilerplate.AUTHOR_BIO)
    for at, block in enumerate(bios):
        if not block.text.startswith(first + " ") or not at:
            continue
        above = bios[at - 1]
        text = page.text(above)
        if (
            above.index == block.index - 1
            and text.startswith(first + " ")
            and len(text.split()) <= MAX_BIO_NAME_WORDS
            and person_names(text, page.lexicon, others) == text
        ):
            return text
    return None


def _shown(page: Page, name: str) -> bool:
    """Whether the name is a whole one (two words or more: "AS", an account's initials, is
    none) and a line of the page shows it as words of its own."""
    if " " not in name.strip():
        return False
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    return any(name in block.text and pattern.search(block.text) for block in page.blocks)


def _one_name(name: str, page: Page) -> bool:
    """Whether a piece of a byline passes the author checks whole, as a person's name."""
    return person_names(name, page.lexicon) == name and checks.person_shaped(name, page.lexicon)


def _printed_byline(page: Page, zone: Sequence[Block], others: Sequence[str]) -> str | None:
    for blocks, name, shaped in _author_searches(page, zone):
        may_name = page.lexicon.any_field(name)
        lines = [b for b in blocks if may_name(b.text)]
        found = _byline(lines, page.lexicon.field(name), page, others, shaped)
        # a bio that calls the writer by a first name ("Matt is a ...") takes the whole name
        # from the box's heading above it, else leaves it to the markup
        if found and name == "bio_author" and _first_name_only(found):
            found = _bio_heading(page, found, others)
        if found:
            return found
    if product_page(page.markup):
        return None
    under = (
        _name_after_label(page, zone, others)
        or _name_under_headline(page, zone, others)
        or first_poster(page, {b.index for b in zone} | _edge_lines(page), others)
        or box_poster(page, others)
        or title_credit(page, others)
    )
    if under:
        return under
    # a thread's posts each name their poster in one class: its first is the thread's writer
    posters = page.markup.listed_authors[:1] if page.thread else ()
    for name in (*page.markup.author_elements, *posters, *page.markup.meta_authors):
        names = person_names(name, page.lexicon, others)
        if names and (_labelled(name, page) or checks.person_shaped(names, page.lexicon)):
            return names
    return None


def _name_under_headline(page: Page, zone: Sequence[Block], others: Sequence[str]) -> str | None:
    """A line of names alone (``field.name_line``) right under a line that repeats a line
    above it (the headline printed twice), with the article's text under it."""
    patterns = page.lexicon.field("name_line")
    may_name = page.lexicon.any_field("name_line")
    for block in zone:
        if page.kind(block) is not None or not may_name(block.text):
            continue
        at = block.index
        if at < 1 or at + 1 >= len(page.blocks) or page.blocks[at].index != at:
            continue
        above, below = page.text(page.blocks[at - 1]), page.blocks[at + 1]
        if below.units <= MAX_BYLINE_UNITS or not _repeats(page, at - 1, above):
            continue
        found = _byline([block], patterns, page, others)
        if found:
            return found
    return None


def _name_after_label(page: Page, zone: Sequence[Block], others: Sequence[str]) -> str | None:
    """The names on the short line right after a byline's label printed alone in its cell
    (``field.author_label_alone``: 作者：, then 王建宏), under the headline or on a metadata
    line."""
    labels = page.lexicon.field("author_label_alone")
    for block in [*zone, *page.metadata_lines]:
        if len(block.text) > MAX_LABEL or not any(p.match(block.text.strip()) for p in labels):
            continue
        at = block.index + 1
        following = page.blocks[at] if at < len(page.blocks) else None
        if following is not None and following.index == at and following.units <= MAX_NAMES:
            names = person_names(following.text, page.lexicon, others)
            if names:
                return names
    return None


def _repeats(page: Page, at: int, text: str) -> bool:
    """Whether a line of some length is printed in one of the few lines above it too."""
    if len(text) < MIN_HEADLINE:
        return False
    return any(text in page.text(b) for b in page.blocks[max(0, at - HEADLINE_ABOVE) : at])


def _first_name_only(name: str) -> bool:
    """Whether a name is one word of a spaced script ("Matt"), not a CJK name."""
    return " " not in name and not checks.has_han(name)


def _labelled(text: str, page: Page) -> bool:
    """Whether a role label opens the text (作者：, By): a byline, whatever the name's shape."""
    return any(p.match(text.strip()) for p in page.lexicon.field("author_label"))


def author(page: Page, zone: Sequence[Block], others: Sequence[str]) -> str | None:
    """The writer(s) as one string (see :func:`writers`)."""
    return writers(page, zone, others)[0]


def split_names(span: str) -> tuple[str, ...]:
    """A byline span's names, one a string: split at 、 , & / ; "and" "und", and at the
    spaces between CJK names ("刘玺东 易赛楠"); a Latin name keeps its spaces, and so does
    a CJK name spaced out letter by letter ("赵 培")."""
    names: list[str] = []
    for part in _LIST_SEPARATORS.split(span):
        part = part.strip()
        if not part:
            continue
        pieces = part.split()
        spaced_names = _CJK_NAMES.fullmatch(part) and min(map(len, pieces)) >= MIN_CJK_NAME
        names.extend(pieces if spaced_names else [part])
    return tuple(dict.fromkeys(names))
