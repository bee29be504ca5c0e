"""The headline: its candidates in order of trust, each checked by :mod:`.title_check`
(the forms a page title may take: :mod:`.title_pieces`; the lines that show one:
:mod:`.title_lines`)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from ..article import Boilerplate
from ..core.blocks import Block
from ..core.features import shape_of
from ..label.headline import site_first
from . import title_check
from .page import Page, norm
from .title_lines import MIN_TITLE_UNITS, shown_title, title_window
from .title_pieces import SITE_FIRST_SHARE, TITLE_PIECES, title_forms
from .trail import MAX_SITE_UNITS, split_site_suffix

# A page title's last piece after a site's name and a section is its headline when it is at
# least this many times as long as the first and a line of the page's head shows it alone.
SHOWN_LAST_SHARE = 2
# Runs of hyphens that chain a page title's pieces: 标题--时政--人民网
_CHAINED = re.compile(r"\s*(?:--+|——+|丨)\s*")
# Spaced right guillemets that lead to a page title's last piece: Site » Blog Archive » Headline
_TRAILED = re.compile(r"\s+[»›]\s+")
# A subtitle under a headline opens with a dash: ——记青川大学青年教师张某
_SUBTITLE = re.compile(r"^\s*(?:——|—|--|－－)")
# The banner that names the site is among the page's first lines, above its menu.
BANNER_LINES = 8
# A line with at least this share of its text in links, not a heading element, is a menu's.
LINKED_LINE = 0.5


def _page_title(page: Page) -> str | None:
    if page.markup.page_title:
        return page.markup.page_title
    if page.blocks and page.blocks[0].tag in ("", "title"):
        return page.blocks[0].text
    return None


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
    sites, site = _sites(page, site, full_title)
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
    if bare:  # a site's name tells no headline: none to echo, none the markup gives
        echoed, told = None, [f for t in (*markup.headlines, *markup.h1) for f in forms_of[t]]
    column = norm(trail[-1]) if trail and bare else None
    named = [t for t in (full_title, *markup.headlines) if t]
    split = (headline, site)
    sections = (section, column)
    for text, index in _candidates(page, forms, sites, split, sections, host, echoed):
        kept = title_check.title(
            text, page.lexicon, markup.site_names, trail, told, host=host, named=named
        )
        if kept:
            site = site or _chained_site(page, full_title) or _spaced_site(page, full_title, kept)
            return kept, index, site
    return None, None, site or _chained_site(page, full_title)


def _sites(page: Page, site: str | None, full_title: str | None) -> tuple[list[str], str | None]:
    """The site's names (the markup's, the page title's suffix, the banner's) and the one seen
    beside the title: the suffix, else the <title> itself when the banner shows it alone."""
    banner = _banner_names(page)
    sites = [s for s in (*page.markup.site_names, site) if s] + banner
    if site is None and full_title and norm(full_title) in banner:
        site = norm(full_title)
    return sites, site


def _chained_site(page: Page, full_title: str | None) -> str | None:
    """The site's name a page title chains last with hyphens when it is named like an
    outlet or an institution (标题--安和市第一人民医院: ``field.not_person``)."""
    pieces = [p.strip() for p in _CHAINED.split(full_title or "") if p.strip()]
    outlets = page.lexicon.field("not_person")
    last = pieces[-1] if len(pieces) > 1 else ""
    return last if last and any(o.fullmatch(last) for o in outlets) else None


def _spaced_site(page: Page, full_title: str | None, headline: str) -> str | None:
    """The site's name a page title puts first, parted by spaces from a column's name and the
    headline (清河市生态环境局 工作动态 标题, as a text dump's first line gives a TRS page's
    title), when it is named like an outlet or an institution (``field.not_person``) and
    named again on the page's footer or copyright lines."""
    full = norm(full_title or "")
    if not full.endswith(" " + headline):
        return None
    first = full[: -len(headline)].split()[0]
    outlets = page.lexicon.field("not_person")
    if first == headline or not any(o.fullmatch(first) for o in outlets):
        return None
    lines = page.lines_of(Boilerplate.FOOTER, Boilerplate.COPYRIGHT)
    return first if any(first in line.text for line in lines) else None


def _banner_names(page: Page) -> list[str]:
    """The site's name in the banner: a heading or header line above the site's menu (the
    first navigation line) that is named like an outlet or an institution (青川大学新闻网,
    临溪市人民政府: ``field.not_person``), a logo set as the page's h1. It is no headline, even
    when the ``<title>`` holds nothing else."""
    blocks, labels = page.blocks, page.labels
    outlets = page.lexicon.field("not_person")
    names = []
    for block in blocks[: min(labels.start, BANNER_LINES)]:
        kind = labels.kinds[block.index]
        if kind is Boilerplate.NAVIGATION and block.link_density >= LINKED_LINE:
            break  # the menu (a greeting above it, 欢迎访问..., is no menu)
        text = norm(block.text)
        if block.tag == "title" or (not block.index and not block.tag):
            continue  # the page title itself (a text dump's first line)
        if (block.tag[:1] == "h" or kind is Boilerplate.HEADER) and any(
            o.fullmatch(text) for o in outlets
        ):
            names.append(text)
    return names


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
    shown = shown_title(page, forms, set(markup.headlines))
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
    pieces = TITLE_PIECES.split(rest)[::2]
    first = pieces[0].strip()
    units = shape_of(first).units
    if len(pieces) < 2 or not first or units > MAX_SITE_UNITS:
        return False  # a site and its section before the headline, no more
    if shape_of(last).units < SHOWN_LAST_SHARE * units:
        return False
    menus = (Boilerplate.NAVIGATION, Boilerplate.BREADCRUMB)
    shown = [page.text(b) for b in title_window(page) if page.kind(b) not in menus]
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
    allowed = {b.index for b in title_window(page) if b.index < labels.start}
    for index in range(first_meta - 1, 0, -1):
        kind = labels.kinds[index]
        if kind is Boilerplate.METADATA or _SUBTITLE.match(blocks[index].text):
            continue  # a subtitle under the headline (——记某某) leads up to it
        block = blocks[index]
        linked = block.link_density >= LINKED_LINE and block.tag[:1] != "h"
        if index in allowed and block.units >= MIN_TITLE_UNITS and not linked:
            return block
        return None  # "« Older post | Main | Newer post »": a line of links is a menu
    return None
