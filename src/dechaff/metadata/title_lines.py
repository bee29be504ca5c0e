"""The lines of a page's head that show a form of its title: the headline's line."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from ..article import Boilerplate
from ..core.blocks import Block
from .page import Page, norm
from .title_pieces import SITE_FIRST_SHARE, TITLE_PIECES, title_forms

MAX_TITLE_UNITS = 80
MIN_TITLE_UNITS = 3
# Typographic quotes as plain ones: a heading may type the quotes its <title> curls.
_PLAIN_QUOTES = str.maketrans("‘’‚“”„", "'''\"\"\"")
MIN_KICKED_CHARS = 8
# A word of a title that only parts its pieces ("Info - Guide", "A | B").
_SEPARATOR_WORD = re.compile(r"[-|–—:·•»«/]+")
# The body of a page older than this many lines from its head holds no title.
TITLE_SEARCH_BLOCKS = 400
# How far into the article region a headline or a byline may sit (some pages open the
# region with the headline, or print the date line under the first paragraph).
INTO_REGION = 6

_NOT_TITLE_KINDS = (Boilerplate.BREADCRUMB, Boilerplate.COPYRIGHT, Boilerplate.SPAM)


def title_window(page: Page) -> list[Block]:
    return [b for b in _title_search(page) if _may_be_title(page, b)]


def _title_search(page: Page) -> Sequence[Block]:
    """The lines a headline may be found among (those that may be one: _may_be_title)."""
    limit = min(max(page.labels.start, 30) + INTO_REGION, TITLE_SEARCH_BLOCKS, len(page.blocks))
    return page.blocks[1:limit]


def _may_be_title(page: Page, block: Block) -> bool:
    # an h1 read as the trail's last item is the page's headline all the same
    kind = page.kind(block)
    return (
        kind not in _NOT_TITLE_KINDS or (kind is Boilerplate.BREADCRUMB and block.tag == "h1")
    ) and 0 < block.units <= MAX_TITLE_UNITS


def nearest(blocks: Iterable[Block], start: int) -> Block | None:
    """The block nearest the article's start, those above it first."""
    found = list(blocks)
    above = [b for b in found if b.index <= start]
    if above:
        return above[-1]
    return found[0] if found else None


def shown_title(page: Page, forms: Sequence[str], headlines: set[str]) -> tuple[str, Block] | None:
    """The first form (in order of trust) that a heading line of the page shows."""
    lines = _Lines(page, forms)
    heads: list[Block] | None = None  # the heading lines, found once when needed
    markup_titles = [t for t in (*page.markup.headlines, page.markup.page_title) if t]
    tags = page.lexicon.field("title_kicker")
    for form in forms:
        found = nearest(lines.by_text.get(form, ()), page.labels.start)
        if found is None:
            plain = lines.by_quotes.get(form.translate(_PLAIN_QUOTES), ())
            found = nearest(plain, page.labels.start)
            form = norm(found.text) if found is not None else form
        told = form in headlines
        if found is None and (told or tags) and len(form) >= MIN_KICKED_CHARS:
            if heads is None:
                heads = [b for b in title_window(page) if b.tag[:1] == "h"]
            # a heading that adds a kicker or a subtitle to the markup's headline, or a tag
            # glued to any title's headline (<h1><span>原创</span>标题</h1>)
            added = [
                b
                for b in heads
                if (told and _adds_to(page.text(b), form, markup_titles))
                or any(t.sub("", page.text(b), count=1).strip() == form for t in tags)
            ]
            found = nearest(added, page.labels.start)
        if found is not None:
            better = _better_line(page, form, found, forms, lines.by_text)
            if better is not None or not _menu_item(page, found):
                return better or (form, found)
            if not _suffix_piece(form, markup_titles):
                return form, found
            # "Headline | Product": the menu names the product, no headline
    return _cut_short(page, forms, lines.by_first)


class _Lines:
    """The lines of the page's head that open a form, by their text, by their text with
    plain quotes ("Today's" shows the <title>'s "Today’s"), and (those long enough to be
    a headline cut short) by their first character."""

    def __init__(self, page: Page, forms: Sequence[str]) -> None:
        self.by_text: dict[str, list[Block]] = {}
        self.by_quotes: dict[str, list[Block]] = {}
        self.by_first: dict[str, list[tuple[Block, str]]] = {}
        firsts = {form[:1] for form in forms}
        for block in _title_search(page):
            if block.text.lstrip()[:1] not in firsts or not _may_be_title(page, block):
                continue  # the first test is the cheap one: a line that opens no form is none
            text = norm(block.text)
            self.by_text.setdefault(text, []).append(block)
            self.by_quotes.setdefault(text.translate(_PLAIN_QUOTES), []).append(block)
            if block.units >= MIN_TITLE_UNITS:
                self.by_first.setdefault(text[:1], []).append((block, text))


def _better_line(
    page: Page, form: str, found: Block, forms: Sequence[str], by_text: dict[str, list[Block]]
) -> tuple[str, Block] | None:
    """A line to take before the one found showing ``form``: an h1 showing a piece of the
    <title> when the line is no heading, a longer piece of the same title when it is a
    menu's item."""
    agreed = _agreed_h1(page, by_text) if found.tag[:1] != "h" else None
    if agreed is None and _menu_item(page, found):
        titles = [t for t in (*page.markup.headlines, page.markup.page_title) if t]
        return _other_piece(page, form, forms, by_text, titles)
    return agreed


def _cut_short(
    page: Page, forms: Sequence[str], by_first: dict[str, list[tuple[Block, str]]]
) -> tuple[str, Block] | None:
    """A line that shows a form cut short, the nearest the article of the first form's."""
    outlets = page.lexicon.field("not_person")
    for form in forms:
        if any(o.fullmatch(form) for o in outlets):
            continue  # a <title> that is the site's name (…门户网站): its logo is no headline
        cut = [
            b
            for b, text in by_first.get(form[:1], ())
            if len(b.text) >= 0.6 * len(form) and form.startswith(text)
        ]
        found = nearest(cut, page.labels.start)
        if found is not None:
            return page.text(found), found
    return None


def _menu_item(page: Page, block: Block) -> bool:
    """Whether a line is a menu's item: read as navigation, not a heading element."""
    return page.kind(block) is Boilerplate.NAVIGATION and block.tag[:1] != "h"


def _other_piece(
    page: Page,
    piece: str,
    forms: Sequence[str],
    by_text: dict[str, list[Block]],
    titles: Sequence[str],
) -> tuple[str, Block] | None:
    """A longer piece of the title whose ``piece`` a menu's item shows, shown outside any
    menu: "Section - Headline" where the menu shows the section."""
    pieces = {f for t in titles if piece in norm(t) for f in title_forms(t)}
    for form in forms:
        if len(form) <= len(piece) or piece in form or form not in pieces:
            continue
        shown = [b for b in by_text.get(form, ()) if not _menu_item(page, b)]
        found = nearest(shown, page.labels.start)
        if found is not None:
            return form, found
    return None


def _suffix_piece(form: str, titles: Sequence[str]) -> bool:
    """Whether a form is the last piece of a markup title whose rest is SITE_FIRST_SHARE times
    as long: the slot of a site's or a product's name ("Headline | Marketing Hub")."""
    for title in map(norm, titles):
        pieces = TITLE_PIECES.split(title)[::2]
        long_rest = len(title) - len(form) >= SITE_FIRST_SHARE * len(form)
        if len(pieces) > 1 and norm(pieces[-1]) == form and long_rest:
            return True
    return False


def _agreed_h1(page: Page, by_text: dict[str, list[Block]]) -> tuple[str, Block] | None:
    """An h1 that shows a piece of the ``<title>``: the page's headline where two sources
    agree, before a markup headline only a line outside any heading shows (a share box)."""
    pieces = set(title_forms(page.markup.page_title or ""))
    for text in (norm(t) for t in page.markup.h1):
        shown = [b for b in by_text.get(text, ()) if b.tag == "h1"]
        if text in pieces and shown:
            return text, nearest(shown, page.labels.start) or shown[0]
    return None


def _adds_to(text: str, headline: str, markup_titles: Sequence[str]) -> bool:
    """Whether a heading shows the markup's headline with a kicker before it, a subtitle
    after it (a capitalised phrase no title of the markup holds, a site suffix), or without
    its separators ("Info Guide" for "Info - Guide": spans that lost their separator)."""
    if text.endswith(headline):
        return True
    if text.startswith(headline) and text[len(headline) : len(headline) + 1].isspace():
        rest = text[len(headline) :].lstrip(" |–—-:·")
        if not rest[:1].islower() and not any(rest in t for t in markup_titles):
            return True
    return text.split() == [w for w in headline.split() if not _SEPARATOR_WORD.fullmatch(w)]
