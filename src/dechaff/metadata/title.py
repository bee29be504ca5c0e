"""The headline: the forms a page title may take, and the line of the page that shows one."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence

from ..article import Boilerplate
from ..core.blocks import Block
from ..core.features import shape_of
from ..label.headline import site_first
from . import title_check
from .page import NOT_MID_SPACES, Page, norm
from .trail import MAX_SITE_UNITS, split_site_suffix

# Every place a page title may be cut into headline and site name, weak ones included; the
# pieces are only believed when a visible line agrees with them.
# (?=[\s_｜—-]): the characters a piece separator opens with, so the search skips ahead fast.
_TITLE_PIECES = re.compile(
    r"((?=[\s_｜—-])(?:"
    rf"{NOT_MID_SPACES}(?:\s+(?:[|–—»«-]|//)\s+|\s*[_｜]\s*|\s+::\s+|\s*——+\s*|\s+·\s+)|-(?=[^\s\d])"
    r"))"
)
MAX_TITLE_UNITS = 80
# With no heading to confirm a page title, its last piece is the headline when it is at least
# this many times as long as a first piece short enough to be a site's name.
SITE_FIRST_SHARE = 3
# ... or this many times when a line of the page's head shows the last piece alone.
SHOWN_LAST_SHARE = 2
# Runs of hyphens that chain a page title's pieces: 标题--时政--人民网
_CHAINED = re.compile(r"\s*(?:--+|——+|丨)\s*")
# Spaced right guillemets that lead to a page title's last piece: Site » Blog Archive » Headline
_TRAILED = re.compile(r"\s+[»›]\s+")
MIN_TITLE_UNITS = 3
# Typographic quotes as plain ones: a heading may type the quotes its <title> curls.
_PLAIN_QUOTES = str.maketrans("‘’‚“”„", "'''\"\"\"")
# A line with at least this share of its text in links, not a heading element, is a menu's.
LINKED_LINE = 0.5
MIN_KICKED_CHARS = 8
# One word of a spaced script: a title's last piece that reads so is no headline.
_ONE_WORD = re.compile(r"[^\W\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+")
# A word of a title that only parts its pieces ("Info - Guide", "A | B").
_SEPARATOR_WORD = re.compile(r"[-|–—:·•»«/]+")
# The body of a page older than this many lines from its head holds no title.
TITLE_SEARCH_BLOCKS = 400
# How far into the article region a headline or a byline may sit (some pages open the
# region with the headline, or print the date line under the first paragraph).
INTO_REGION = 6

_NOT_TITLE_KINDS = (Boilerplate.BREADCRUMB, Boilerplate.COPYRIGHT, Boilerplate.SPAM)


def title_forms(text: str, is_site: Callable[[str], bool] | None = None) -> list[str]:
    """The ways a page title may read once a site name is cut off, longest first; a last
    piece of one word is none unless the first piece is the site's name (``is_site``), and
    a first piece of one word none unless the rest is the site's name."""
    parts = _TITLE_PIECES.split(norm(text))
    pieces = parts[::2]
    seps = parts[1::2]
    after_site = is_site is not None and is_site(pieces[0].strip())
    forms: dict[str, None] = {norm(text): None}
    for size in range(len(pieces) - 1, 0, -1):
        for start in (0, len(pieces) - size):
            joined = norm(
                "".join(
                    pieces[i] + (seps[i] if i < start + size - 1 else "")
                    for i in range(start, start + size)
                )
            )
            if start > 0 and not after_site and _ONE_WORD.fullmatch(joined):
                continue  # "T-Shirt - Black": a variant's or a site's word, not a headline
            if start == 0 and is_site is not None and _ONE_WORD.fullmatch(joined):
                after = zip(pieces[size:], [*seps[size:], ""], strict=True)
                rest = norm("".join(piece + sep for piece, sep in after))
                if not is_site(rest):
                    continue  # "Opinion | Headline": a section's word, not a headline
            forms.setdefault(joined, None)
    return [f for f in forms if f]


def _page_title(page: Page) -> str | None:
    if page.markup.page_title:
        return page.markup.page_title
    if page.blocks and page.blocks[0].tag in ("", "title"):
        return page.blocks[0].text
    return None


def _title_window(page: Page) -> list[Block]:
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


def _nearest(blocks: Iterable[Block], start: int) -> Block | None:
    """The block nearest the article's start, those above it first."""
    found = list(blocks)
    above = [b for b in found if b.index <= start]
    if above:
        return above[-1]
    return found[0] if found else None


def _shown_title(page: Page, forms: Sequence[str], headlines: set[str]) -> tuple[str, Block] | None:
    """The first form (in order of trust) that a heading line of the page shows."""
    lines = _Lines(page, forms)
    heads: list[Block] | None = None  # the heading lines, found once when needed
    markup_titles = [t for t in (*page.markup.headlines, page.markup.page_title) if t]
    tags = page.lexicon.field("title_kicker")
    for form in forms:
        found = _nearest(lines.by_text.get(form, ()), page.labels.start)
        if found is None:
            plain = lines.by_quotes.get(form.translate(_PLAIN_QUOTES), ())
            found = _nearest(plain, page.labels.start)
            form = norm(found.text) if found is not None else form
        told = form in headlines
        if found is None and (told or tags) and len(form) >= MIN_KICKED_CHARS:
            if heads is None:
                heads = [b for b in _title_window(page) if b.tag[:1] == "h"]
            # a heading that adds a kicker or a subtitle to the markup's headline, or a tag
            # glued to any title's headline (<h1><span>原创</span>标题</h1>)
            added = [
                b
                for b in heads
                if (told and _adds_to(page.text(b), form, markup_titles))
                or any(t.sub("", page.text(b), count=1).strip() == form for t in tags)
            ]
            found = _nearest(added, page.labels.start)
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
        found = _nearest(cut, page.labels.start)
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
        found = _nearest(shown, page.labels.start)
        if found is not None:
            return form, found
    return None


def _suffix_piece(form: str, titles: Sequence[str]) -> bool:
    """Whether a form is the last piece of a markup title whose rest is SITE_FIRST_SHARE times
    as long: the slot of a site's or a product's name ("Headline | Marketing Hub")."""
    for title in map(norm, titles):
        pieces = _TITLE_PIECES.split(title)[::2]
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
            return text, _nearest(shown, page.labels.start) or shown[0]
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


def _without_site(text: str, sites: Sequence[str], host: str) -> str:
    headline, site = split_site_suffix(text)
    if title_check.is_site_name(headline, sites, host):
        return text  # "Site - Tagline": checks.title cuts the site off the front
    if site is not None and (not sites or any(site in s or s in site for s in sites)):
        return headline
    return text


def find_title(
    page: Page, trail: tuple[str, ...], host: str = ""
) -> tuple[str | None, int | None, str | None]:
    """The headline, the block it stands in (if any), and a site name seen beside it; the
    first candidate, in order of trust, that passes :func:`.checks.title`. ``host``: the
    site's label of the page's host (:func:`.addresses.host_name`)."""
    markup = page.markup
    full_title = _page_title(page)
    headline, site = split_site_suffix(full_title) if full_title else (None, None)
    if headline and site and _shows_last_piece(page, headline, site):
        site = None  # "百度贴吧_某某吧_标题": the site first, the headline last
    sites = [s for s in (*markup.site_names, site) if s]
    # "Blog: Post": the logo shows the first part, a heading below the post's title
    logo = site_first(page.blocks) if markup.page_title else None
    posted = [norm(page.blocks[logo[1]].text)] if logo else []
    if logo:
        site = site or norm(page.blocks[logo[0]].text)
        sites.append(norm(page.blocks[logo[0]].text))

    # the forms of each text, worked out once: most texts are both kinds below
    def is_site(piece: str) -> bool:
        return title_check.is_site_name(piece, sites, host)

    forms_of = {
        t: title_forms(t, is_site)
        for t in (*markup.headlines, full_title, markup.page_title, *markup.h1)
        if t
    }
    # an h1 that shares no word with the page title's headline is a section's or a logo's
    # the page title's headline, that a heading is held against (a text dump has none)
    echoed = _echoed(headline, site, full_title) if markup.page_title else None
    told_h1 = title_check.best_echoes(markup.h1, echoed)
    forms = [f for t in (*markup.headlines, full_title) if t for f in forms_of[t]]
    forms = posted + forms + _after_colon(full_title)
    forms += [f for t in told_h1 for f in forms_of[t]]
    # what the markup gives as the headline (a text dump's first line is no such word)
    told = [f for t in (*markup.headlines, markup.page_title, *markup.h1) if t for f in forms_of[t]]
    forms = [f for f in forms if f not in sites and not title_check.is_site_name(f, (), host)]
    if trail:
        forms.append(norm(trail[-1]))
    forms = list(dict.fromkeys(f for f in forms if f))
    # without the markup's word (a text dump), a menu line repeating the trail's end is no title
    section = norm(trail[-1]) if trail and not told else None
    # the <title> names the site alone and no other title is given: a column page's trail
    # ends in its section, which its <h1> may show above the headline
    bare = _names_site_alone(page, forms_of, sites, is_site)
    column = norm(trail[-1]) if trail and bare else None
    named = [t for t in (full_title, *markup.headlines) if t]
    split = (headline, site)
    sections = (section, column)
    for text, index in _candidates(page, forms, sites, split, sections, host, echoed):
        kept = title_check.title(
            text, page.lexicon, markup.site_names, trail, told, host=host, named=named
        )
        if kept:
            return kept, index, site
    return None, None, site


def _after_colon(full_title: str | None) -> list[str]:
    """The page title after a colon that follows a site's name ("Blog Name: Post title", the
    Blogger template's), when the rest is SITE_FIRST_SHARE times as long: a form a heading
    line must show, tried before the h1s (a blog's banner h1 may share a word with it)."""
    first, colon, rest = norm(full_title).partition(": ")
    return [rest] if colon and rest and _site_first(first, rest) else []


def _echoed(headline: str | None, site: str | None, full_title: str | None) -> str | None:
    """The text a heading is held against: the page title's headline, or the whole title when
    the headline has too few subject words to tell ("Latest News" under "Issues - Site")."""
    words = title_check.subject_words(headline or "")
    if site and len(words) >= title_check.MIN_TITLE_SUBJECT_WORDS:
        return headline
    return full_title


def _names_site_alone(
    page: Page,
    forms_of: dict[str, list[str]],
    sites: Sequence[str],
    is_site: Callable[[str], bool],
) -> bool:
    """Whether the ``<title>`` names the site alone (every form a site's or an outlet's
    name) and the markup gives no other headline."""
    markup = page.markup
    if not markup.page_title or markup.headlines:
        return False
    outlets = page.lexicon.field("not_person")
    return all(
        f in sites or is_site(f) or any(o.fullmatch(f) for o in outlets)
        for f in forms_of[markup.page_title]
    )


def _candidates(
    page: Page,
    forms: list[str],
    sites: list[str],
    split: tuple[str | None, str | None],
    sections: tuple[str | None, str | None],
    host: str,
    echoed: str | None,
) -> Iterator[tuple[str, int | None]]:
    """The headline's candidates with their block, in order of trust: a heading line showing
    a form of the markup's titles (not a menu line repeating the trail's last item, the
    ``section``), the markup's headline, a lone h1, the line above the first metadata line,
    the page title without its site suffix. An h1 that is the site's name is a logo; a
    heading that shows the trail's end no title names (``column``) yields to another line
    right above the byline (政务动态 in the <h1>, the headline under it)."""
    markup = page.markup
    section, column = sections
    shown = _shown_title(page, forms, set(markup.headlines))
    above = _above_first_metadata(page)
    under = above if above is not None and column and page.text(above) != column else None
    # a menu line that repeats the trail's last item is the section's name
    menu = shown is not None and page.kind(shown[1]) is Boilerplate.NAVIGATION
    if shown is not None and not (menu and shown[0] == section):
        if under is not None and shown[0] == column:
            yield under.text, under.index
        yield shown[0], shown[1].index
    if markup.headlines:
        yield _without_site(markup.headlines[0], sites, host), None
    headline, site = split
    # a heading the markup does not name the headline shares a word with the page title
    lone = markup.h1[0] if len(markup.h1) == 1 else None
    if lone and lone not in sites and title_check.echoes(lone, echoed):
        if under is not None and norm(lone) == column:
            yield under.text, under.index
        yield lone, None
    if above is not None and title_check.echoes(above.text, echoed):
        yield _without_count(page.text(above), forms), above.index
    if headline and site is None:
        # "标题--时政--人民网": pieces no suffix pattern takes (a headline may hold a dash)
        pieces = [p.strip() for p in _CHAINED.split(headline) if p.strip()]
        headline, site = (pieces[0], pieces[-1]) if len(pieces) > 1 else (headline, None)
        trail = [p.strip() for p in _TRAILED.split(headline) if p.strip()]
        if len(trail) > 1 and shape_of(trail[-1]).units > max(
            shape_of(p).units for p in trail[:-1]
        ):
            headline = trail[-1]  # "Site » Blog Archive » Headline": a trail to the headline
    if headline and site is not None and _site_first(headline, site):
        yield site, None  # "新华网 - 十月CPI同比上涨2.1%": the short piece names the site
    elif headline and (site is not None or markup.page_title):
        yield headline, None


def _without_count(text: str, forms: Sequence[str]) -> str:
    """The line without a count after a form of the page's titles: a heading row that shows
    the story's comment count ("Headline 545")."""
    head, _, count = text.rpartition(" ")
    return head if count.isdigit() and head in forms else text


def _shows_last_piece(page: Page, rest: str, last: str) -> bool:
    """Whether a page title's last piece is its headline, after the site's name and a
    section (百度贴吧_某某吧_标题): a line of the page's head that is no menu's shows the last
    piece alone and none the rest, and the first piece is short enough to be a name and
    SHOWN_LAST_SHARE times shorter than the last."""
    pieces = _TITLE_PIECES.split(rest)[::2]
    first = pieces[0].strip()
    units = shape_of(first).units
    if len(pieces) < 2 or not first or units > MAX_SITE_UNITS:
        return False  # a site and its section before the headline, no more
    if shape_of(last).units < SHOWN_LAST_SHARE * units:
        return False
    menus = (Boilerplate.NAVIGATION, Boilerplate.BREADCRUMB)
    shown = [page.text(b) for b in _title_window(page) if page.kind(b) not in menus]
    return last in shown and norm(rest) not in shown


def _site_first(first: str, last: str) -> bool:
    """Whether a page title's first piece is the site's name and its last the headline: the
    first no longer than a name, the last at least SITE_FIRST_SHARE times as long."""
    first_units = shape_of(first).units
    return first_units <= MAX_SITE_UNITS and shape_of(last).units >= SITE_FIRST_SHARE * first_units


def _above_first_metadata(page: Page) -> Block | None:
    """The line just above the article's first metadata line (date, byline), if it may be a
    headline: not a line mostly of links outside a heading element (a menu)."""
    blocks, labels = page.blocks, page.labels
    first_meta = next(
        (b.index for b in blocks[: labels.start] if labels.kinds[b.index] is Boilerplate.METADATA),
        None,
    )
    if first_meta is None:
        return None
    allowed = {b.index for b in _title_window(page) if b.index < labels.start}
    for index in range(first_meta - 1, 0, -1):
        kind = labels.kinds[index]
        if kind is Boilerplate.METADATA:
            continue
        block = blocks[index]
        linked = block.link_density >= LINKED_LINE and block.tag[:1] != "h"
        if index in allowed and block.units >= MIN_TITLE_UNITS and not linked:
            return block
        return None  # "« Older post | Main | Newer post »": a line of links is a menu
    return None
