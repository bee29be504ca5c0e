"""Read the article's fields (title, site, trail, time, author, ...) off the page.

Two kinds of source feed each field: the markup of an HTML page (:mod:`dechaff.html.meta`:
JSON-LD, meta tags, microdata, ``<time>``) and the visible lines, labelled by the labeller
and read with the ``field.*`` patterns of the lexicons. Each field is a small function that
tries its sources in a fixed order of trust (see docs/metadata.md).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import urljoin

from ..article import Boilerplate, Link
from ..core.blocks import Block
from ..core.dates import DateMatch, find_dates, may_hold_dates, opening_date, parse_machine
from ..html.parse import Element
from ..label.labeller import Labels
from ..label.lexicon import Lexicon
from . import markup as markup_meta
from .markup import Markup

# Separators of a breadcrumb trail, strongest first.
# (?:(?<!\s)|(?!\s)): never start inside a run of spaces, only where it starts (a search
# from every space of a long run is quadratic); the matches are the same.
_NOT_MID_SPACES = r"(?:(?<!\s)|(?!\s))"
_TRAIL_SEPARATORS = (
    re.compile(_NOT_MID_SPACES + r"\s*[>»›＞→]+\s*"),
    re.compile(_NOT_MID_SPACES + r"\s+[/|]\s+"),
)
# Separators between a headline and the site name in a page title ("... _网易财经", "... | BBC").
_TITLE_SUFFIX = re.compile(
    _NOT_MID_SPACES
    + r"\s*(?:\s[|–—-]\s|_|\s?｜\s?|\s::\s|(?<=[\u4e00-\u9fff])[-–—](?=[\u4e00-\u9fff]))"
    + r"\s*(?P<site>(?:(?!\s[-–—|]\s)[^|–—_｜]){1,40})$"
)
# Every place a page title may be cut into headline and site name, weak ones included; the
# pieces are only believed when a visible line agrees with them.
# (?=[\s_｜—-]): the characters a piece separator opens with, so the search skips ahead fast.
_TITLE_PIECES = re.compile(
    r"((?=[\s_｜—-])(?:"
    rf"{_NOT_MID_SPACES}(?:\s+[|–—-]\s+|\s*[_｜]\s*|\s+::\s+|\s*——+\s*|\s+·\s+)|-(?=[^\s\d])"
    r"))"
)
MAX_TITLE_UNITS = 80
MIN_TITLE_UNITS = 3
MIN_KICKED_CHARS = 8
MAX_SITE_UNITS = 12
# The banner line that names the site opens the page (after the page title, in a text dump).
BANNER_BLOCKS = 2
_SCALES = {"万": 10_000, "k": 1_000, "m": 1_000_000}
# The body of a page older than this many lines from its head holds no title.
TITLE_SEARCH_BLOCKS = 400
# How far into the article region a headline or a byline may sit (some pages open the
# region with the headline, or print the date line under the first paragraph).
INTO_REGION = 6
# A byline zone that starts this far above the article when the headline was not found.
BYLINE_ABOVE = 8
# Bylines printed as their own short line, at the article's start or end.
MAX_BYLINE_UNITS = 24
EDGE_BLOCKS = 3
# A date header may sit this many lines above the headline (blogs).
ABOVE_TITLE = 2
# Lines longer than this are prose: a "published" label in them is not a date line.
MAX_LABELLED_UNITS = 40
# The article's first lines, where a dateline may open a paragraph.
OPENING_BLOCKS = 5
# The paragraphs where a dateline credit may open the article (a gallery line may come first).
OPENING_PARAGRAPHS = 2
# A line that is a date and nothing else has at most this many units.
MAX_DATE_LINE_UNITS = 8
# Dates in a page's url: /2014/05/18/, /2019-03-02-, /29-10-2021.
_URL_DATES = (
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?:/|$)"),
    re.compile(r"[/_-](?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)"),
    re.compile(r"[/_-](?P<d>[0-3]\d)-(?P<m>[01]\d)-(?P<y>(?:19|20)\d\d)(?!\d)"),
)
_NOT_TITLE_KINDS = (Boilerplate.BREADCRUMB, Boilerplate.COPYRIGHT, Boilerplate.SPAM)
_LABELLED_SKIP = frozenset(
    {Boilerplate.COMMENTS, Boilerplate.RELATED, Boilerplate.SPAM, Boilerplate.AD, Boilerplate.SHARE}
)
_NOT_DATE_KINDS = frozenset(
    {
        Boilerplate.COMMENTS, Boilerplate.RELATED, Boilerplate.COPYRIGHT, Boilerplate.SPAM,
        Boilerplate.AD, Boilerplate.FOOTER, Boilerplate.SHARE,
    }
)  # fmt: skip


@dataclass(slots=True)
class Fields:
    """The metadata fields, with the block that gave the title (kept out of removed)."""

    title: str | None = None
    title_block: int | None = None
    site_name: str | None = None
    breadcrumbs: tuple[str, ...] = ()
    category: str | None = None
    published: datetime | None = None
    views: int | None = None
    author: str | None = None
    source: str | None = None
    prev: Link | None = None
    next: Link | None = None
    warnings: list[str] = field(default_factory=list)

    def article_values(self) -> dict[str, Any]:
        """The values that are Article fields under the same names (not the bookkeeping)."""
        return {
            f.name: getattr(self, f.name)
            for f in dataclass_fields(self)
            if f.name not in ("title_block", "warnings")
        }


@dataclass(frozen=True, slots=True)
class Page:
    """What every field function reads: the blocks, their labels, the lexicon and the markup."""

    blocks: Sequence[Block]
    labels: Labels
    lexicon: Lexicon
    markup: Markup
    reference: datetime | None = None
    _dates: dict[tuple[int, int | None], list[tuple[DateMatch, str | None]]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _texts: dict[int, str] = field(default_factory=dict, compare=False, repr=False)
    _dated: dict[int | None, list[Block]] = field(default_factory=dict, compare=False, repr=False)
    # every metadata line, before, inside and after the article (read by several fields)
    metadata_lines: list[Block] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        lines = _blocks_of(self.blocks, self.labels, Boilerplate.METADATA)
        object.__setattr__(self, "metadata_lines", lines)

    def kind(self, block: Block) -> Boilerplate | None:
        """The label of a block."""
        return self.labels.kinds[block.index]

    def dated(self, year: int | None) -> list[Block]:
        """The blocks in which find_dates may find a date (with this default year), in order."""
        found = self._dated.get(year)
        if found is None:
            texts = [b.text for b in self.blocks]
            positions = may_hold_dates(texts, reference=self.reference, default_year=year)
            found = self._dated[year] = [self.blocks[p] for p in positions]
        return found

    def text(self, block: Block) -> str:
        """The block's text with its whitespace collapsed."""
        text = self._texts.get(block.index)
        if text is None:
            text = self._texts[block.index] = _norm(block.text)
        return text


def _norm(text: str | None) -> str:
    # str.split() splits at the characters a regex \s matches: runs collapse, ends go
    return " ".join((text or "").split())


def _first_group(patterns: Sequence[re.Pattern[str]], text: str, name: str) -> str | None:
    for pattern in patterns:
        match = pattern.search(text)
        if match and match.group(name):
            return match.group(name).strip()
    return None


def _matches_any(patterns: Sequence[re.Pattern[str]], text: str) -> bool:
    return any(p.search(text) for p in patterns)


def _blocks_of(blocks: Sequence[Block], labels: Labels, *kinds: Boilerplate) -> list[Block]:
    return [b for b in blocks if labels.kinds[b.index] in kinds]


# --- breadcrumbs, site, category -----------------------------------------------------------------


def split_trail(trail: str) -> tuple[str, ...]:
    """The items of a breadcrumb trail ("首页 > 科技 > 正文")."""
    for separator in _TRAIL_SEPARATORS:
        items = [_norm(item) for item in separator.split(trail)]
        items = [item for item in items if item]
        if len(items) >= 2:
            return tuple(items)
    return (_norm(trail),) if trail.strip() else ()


def breadcrumbs(blocks: Sequence[Block], labels: Labels, lexicon: Lexicon) -> tuple[str, ...]:
    """The items of the first breadcrumb trail the page shows."""
    for block in _blocks_of(blocks, labels, Boilerplate.BREADCRUMB):
        trail = _first_group(lexicon.field("breadcrumb"), block.text, "trail") or block.text
        items = split_trail(trail)
        if items:
            return items
    return ()


def _is_home(text: str, lexicon: Lexicon) -> bool:
    return any(p.match(text) for p in lexicon.field("home"))


def split_site_suffix(page_title: str) -> tuple[str, str | None]:
    """Split "Headline _ Site" into the headline and the site name."""
    match = _TITLE_SUFFIX.search(page_title)
    if not match or match.start() == 0:
        return page_title.strip(), None
    return page_title[: match.start()].strip(), match.group("site").strip()


def site_name(
    page: Page, trail: tuple[str, ...], beside_title: str | None, title: str | None
) -> str | None:
    """The site: og:site_name or JSON-LD publisher, the page title's suffix, the trail's root,
    else the banner line."""
    blocks, labels = page.blocks, page.labels
    if page.markup.site_names:
        return page.markup.site_names[0]
    if beside_title:
        return beside_title
    if trail and not _is_home(trail[0], page.lexicon) and len(trail[0]) <= 30:
        return trail[0]
    for block in blocks[:BANNER_BLOCKS]:
        if block.text == title or block.tag == "title":
            continue
        if labels.kinds[block.index] is Boilerplate.HEADER and block.units <= MAX_SITE_UNITS:
            return block.text
        break
    return None


def category(trail: tuple[str, ...], title: str | None, lexicon: Lexicon) -> str | None:
    """The section the article sits in: the trail's last item above the article itself."""
    placeholders = lexicon.field("placeholder")
    items = [
        item
        for item in trail[1:]
        if item != title
        and not _is_home(item, lexicon)
        and not any(p.match(item) for p in placeholders)
        and not (title and len(item) >= 8 and title.startswith(item.rstrip(".…")))
    ]
    if title is None and len(items) >= 2 and len(items) == len(trail) - 1:
        items = items[:-1]  # the last item may be the headline itself, cut short
    return items[-1] if items else None


# --- title ---------------------------------------------------------------------------------------


def title_forms(text: str) -> list[str]:
    """The ways a page title may read once a site name is cut off, longest first."""
    parts = _TITLE_PIECES.split(_norm(text))
    pieces = parts[::2]
    seps = parts[1::2]
    forms: dict[str, None] = {_norm(text): None}
    for size in range(len(pieces) - 1, 0, -1):
        for start in (0, len(pieces) - size):
            joined = "".join(
                pieces[i] + (seps[i] if i < start + size - 1 else "")
                for i in range(start, start + size)
            )
            forms.setdefault(_norm(joined), None)
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
    return page.kind(block) not in _NOT_TITLE_KINDS and 0 < block.units <= MAX_TITLE_UNITS


def _nearest(blocks: Iterable[Block], start: int) -> Block | None:
    """The block nearest the article's start, those above it first."""
    found = list(blocks)
    above = [b for b in found if b.index <= start]
    if above:
        return above[-1]
    return found[0] if found else None


def _shown_title(page: Page, forms: Sequence[str], headlines: set[str]) -> tuple[str, Block] | None:
    """The first form (in order of trust) that a heading line of the page shows."""
    by_text: dict[str, list[Block]] = {}
    # the lines long enough to be a headline cut short, by their first character
    by_first: dict[str, list[tuple[Block, str]]] = {}
    firsts = {form[:1] for form in forms}
    for block in _title_search(page):
        if block.text.lstrip()[:1] not in firsts or not _may_be_title(page, block):
            continue  # the first test is the cheap one: a line that opens no form is no form
        text = _norm(block.text)
        by_text.setdefault(text, []).append(block)
        if block.units >= MIN_TITLE_UNITS:
            by_first.setdefault(text[:1], []).append((block, text))
    for form in forms:
        found = _nearest(by_text.get(form, ()), page.labels.start)
        if found is None and form in headlines and len(form) >= MIN_KICKED_CHARS:
            # a heading that adds a kicker before the markup's headline
            kicked = [
                b for b in _title_window(page) if b.tag[:1] == "h" and page.text(b).endswith(form)
            ]
            found = _nearest(kicked, page.labels.start)
        if found is not None:
            return form, found
    for form in forms:  # the page shows the headline cut short
        cut = [
            b
            for b, text in by_first.get(form[:1], ())
            if len(b.text) >= 0.6 * len(form) and form.startswith(text)
        ]
        found = _nearest(cut, page.labels.start)
        if found is not None:
            return page.text(found), found
    return None


def _without_site(text: str, sites: Sequence[str]) -> str:
    headline, site = split_site_suffix(text)
    if site is not None and (not sites or any(site in s or s in site for s in sites)):
        return headline
    return text


def find_title(page: Page, trail: tuple[str, ...]) -> tuple[str | None, int | None, str | None]:
    """The headline, the block it stands in (if any), and a site name seen beside it."""
    markup = page.markup
    full_title = _page_title(page)
    headline, site = split_site_suffix(full_title) if full_title else (None, None)
    sites = [s for s in (*markup.site_names, site) if s]
    forms: list[str] = []
    for text in (*markup.headlines, full_title, *markup.h1):
        if text:
            forms.extend(f for f in title_forms(text) if f not in sites)
    if trail:
        forms.append(_norm(trail[-1]))
    forms = list(dict.fromkeys(f for f in forms if f))
    shown = _shown_title(page, forms, set(markup.headlines))
    if shown is not None:
        return shown[0], shown[1].index, site
    if markup.headlines:
        return _without_site(markup.headlines[0], sites), None, site
    if len(markup.h1) == 1:
        return markup.h1[0], None, site
    above = _above_first_metadata(page)
    if above is not None:
        return above.text, above.index, site
    if headline and (site is not None or markup.page_title):
        return headline, None, site
    return None, None, site


def _above_first_metadata(page: Page) -> Block | None:
    """The line just above the article's first metadata line (date, byline), if it is a heading."""
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
        if index in allowed and blocks[index].units >= MIN_TITLE_UNITS:
            return blocks[index]
        return None
    return None


# --- where the byline sits -----------------------------------------------------------------------


def byline_zone(page: Page, title_block: int | None) -> list[Block]:
    """The lines where date and byline sit: under the headline down to the article's first
    lines, then the two lines above the headline (a blog's date header)."""
    start = page.labels.start
    first = title_block + 1 if title_block is not None else max(0, start - BYLINE_ABOVE)
    last = max(first, start) + EDGE_BLOCKS
    above = page.blocks[max(0, first - 1 - ABOVE_TITLE) : max(0, first - 1)]
    return [
        b
        for b in [*page.blocks[first:last], *above]
        if page.kind(b) not in _NOT_DATE_KINDS
        and (b.index < start or page.kind(b) is not None or b.units <= MAX_BYLINE_UNITS)
    ]


# --- published -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class When:
    """One candidate publication time and how much it is trusted (lower rank wins)."""

    value: datetime
    has_time: bool
    rank: int


# Ranks, most trusted first: a date labelled "published" under the headline; a date the page
# shows that the markup confirms; the markup's publication date; a date under the headline;
# a date labelled "published" elsewhere; <time>, script and url dates; other metadata lines
# above the article; a line that is a date alone; the markup's modification date; dates
# labelled "updated"; metadata lines below the article.
(
    R_LABELLED,
    R_CONFIRMED,
    R_MARKUP,
    R_BYLINE,
    R_LABELLED_ELSEWHERE,
    R_TIME,
    R_HEAD,
    R_DATE_LINE,
    R_MODIFIED,
    R_UPDATED,
    R_ELSEWHERE,
) = range(11)


def _label_ends(patterns: Sequence[re.Pattern[str]], text: str) -> list[int]:
    return [m.end() for p in patterns for m in p.finditer(text)]


def _role(found: DateMatch, published_at: list[int], updated_at: list[int]) -> str | None:
    """ "published" or "updated" when the nearest label before the date says so."""
    before = [(end, "published") for end in published_at if end <= found.start]
    before += [(end, "updated") for end in updated_at if end <= found.start]
    return max(before)[1] if before else None


def _visible_dates(
    page: Page, block: Block, year: int | None
) -> list[tuple[DateMatch, str | None]]:
    """The dates a line shows, each with its label's role; worked out once per line and year."""
    key = (block.index, year)
    found = page._dates.get(key)
    if found is None:
        found = page._dates[key] = _read_dates(page, block, year)
    return found


def _read_dates(page: Page, block: Block, year: int | None) -> list[tuple[DateMatch, str | None]]:
    text = page.text(block)
    found = find_dates(text, reference=page.reference, default_year=year)
    if not found:
        return []
    published_at = _label_ends(page.lexicon.field("published"), text)
    updated_at = _label_ends(page.lexicon.field("updated"), text)
    return [(d, _role(d, published_at, updated_at)) for d in found]


def _page_year(page: Page) -> int | None:
    """The year for dates printed without one (11-25 11:14): the markup's, else the page's."""
    markup = page.markup
    for raw in (*markup.published, *markup.modified, *markup.script_dates, *markup.times):
        value = parse_machine(raw)
        if value is not None:
            return value.year
    years = Counter(
        d.value.year
        for b in page.dated(None)
        if b.index < page.labels.end
        and page.kind(b) in (Boilerplate.METADATA, Boilerplate.HEADER, None)
        for d in find_dates(_norm(b.text))
    )
    if years:
        return years.most_common(1)[0][0]
    return page.reference.year if page.reference else None


def _zone_candidates(page: Page, zone: Sequence[Block], year: int | None) -> list[When]:
    found: list[When] = []
    for block in zone:
        for date, role in _visible_dates(page, block, year):
            rank = {"published": R_LABELLED, "updated": R_UPDATED}.get(role or "", R_BYLINE)
            found.append(When(date.value, date.has_time, rank))
    start = page.labels.start
    for block in page.blocks[start : start + OPENING_BLOCKS]:  # "27.1.2022 - ..." opening it
        opening = opening_date(
            page.text(block), within=2, reference=page.reference, default_year=year
        )
        if opening is not None:
            found.append(When(opening.value, opening.has_time, R_BYLINE))
    return found


def _other_candidates(page: Page, skip: set[int], year: int | None) -> list[When]:
    """Dates on metadata lines outside the zone, and labelled dates on any short line."""
    found: list[When] = []
    metadata_lines = {b.index for b in page.metadata_lines}
    labels = (*page.lexicon.field("published"), *page.lexicon.field("updated"))
    for block in page.dated(year):
        kind = page.kind(block)
        if block.index in skip or kind in _LABELLED_SKIP or block.units > MAX_LABELLED_UNITS:
            continue
        is_meta = block.index in metadata_lines
        if (
            not is_meta
            and (kind in _NOT_DATE_KINDS or block.units > MAX_DATE_LINE_UNITS)
            and not _matches_any(labels, page.text(block))
        ):
            continue  # only a date that a published/updated label names would count
        for date, role in _visible_dates(page, block, year):
            rank = _other_rank(page, block, date, role, is_meta)
            if rank is not None:
                found.append(When(date.value, date.has_time, rank))
    return found


def _other_rank(
    page: Page, block: Block, date: DateMatch, role: str | None, is_meta: bool
) -> int | None:
    """The rank of a date found outside the byline zone, None when it is not believed."""
    if role == "updated":
        return R_UPDATED
    if role == "published":
        return R_LABELLED_ELSEWHERE
    if page.kind(block) in _NOT_DATE_KINDS:
        return None
    if is_meta:
        return R_HEAD if block.index < page.labels.start else R_ELSEWHERE
    if block.units <= MAX_DATE_LINE_UNITS and date.end - date.start >= 0.6 * len(_norm(block.text)):
        return R_DATE_LINE
    return None


def url_dates(url: str | None) -> list[When]:
    """A full date written in the page's url path (/2014/05/18/)."""
    if not url:
        return []
    for pattern in _URL_DATES:
        match = pattern.search(url)
        if match:
            try:
                value = datetime(int(match["y"]), int(match["m"]), int(match["d"]))
            except ValueError:
                continue
            return [When(value, False, R_TIME)]
    return []


def _markup_candidates(markup: Markup) -> list[When]:
    found: list[When] = []
    sources = (
        (markup.published, R_MARKUP),
        (markup.times, R_TIME),
        (markup.script_dates, R_TIME),
        (markup.modified, R_MODIFIED),
    )
    for values, rank in sources:
        for raw in values:
            value = parse_machine(raw)
            if value is not None:
                has_time = bool(value.hour or value.minute or value.second)
                found.append(When(value, has_time, rank))
    return found


def _confirmed(visible: Sequence[When], marked: Sequence[When]) -> list[When]:
    """Visible dates that some markup date agrees with (same day) rise above the markup."""
    days = {m.value.date() for m in marked}
    return [
        When(v.value, v.has_time, R_CONFIRMED)
        if v.rank in (R_BYLINE, R_LABELLED_ELSEWHERE, R_HEAD) and v.value.date() in days
        else v
        for v in visible
    ]


def choose_published(candidates: Sequence[When]) -> datetime | None:
    """The most trusted candidate; on its day, the most trusted one that gives a time.

    A markup time with an offset yields to a date shown under the headline when the two are
    less than a day apart: the page shows its local day, the markup may say UTC.
    """
    if not candidates:
        return None
    best = min(candidates, key=lambda c: c.rank)
    if best.rank == R_MARKUP and best.value.tzinfo is not None:
        shown = [c for c in candidates if c.rank == R_BYLINE]
        near = [
            c
            for c in shown
            if abs(c.value.replace(tzinfo=None) - best.value.replace(tzinfo=None))
            < timedelta(days=1)
        ]
        if near and near[0].value.date() != best.value.date():
            best = near[0]
    if not best.has_time:
        same_day = [c for c in candidates if c.has_time and c.value.date() == best.value.date()]
        if same_day:
            best = min(same_day, key=lambda c: c.rank)
    return best.value


def published(
    page: Page, zone: Sequence[Block], url: str | None, warnings: list[str]
) -> datetime | None:
    """The publication time; see :func:`choose_published` and docs/metadata.md for the order."""
    year = _page_year(page)
    visible = _zone_candidates(page, zone, year)
    visible += _other_candidates(page, {b.index for b in zone}, year)
    marked = _markup_candidates(page.markup) + url_dates(url)
    candidates = _confirmed(visible, marked) + marked
    if candidates:
        return choose_published(candidates)
    if page.reference is None and _has_relative([*zone, *page.metadata_lines], page.lexicon):
        warnings.append("relative publication time needs a reference time; published left empty")
    return None


def _has_relative(blocks: Sequence[Block], lexicon: Lexicon) -> bool:
    return any(p.search(b.text) for b in blocks for p in lexicon.field("relative_time"))


# --- views, author, source -----------------------------------------------------------------------


def views(meta: Sequence[Block], lexicon: Lexicon) -> int | None:
    """The view counter (人气, 阅读, "1,234 views")."""
    for block in meta:
        for pattern in lexicon.field("views"):
            match = pattern.search(block.text)
            if match:
                number = float(match.group("views").replace(",", ""))
                scale = (match.groupdict().get("scale") or "").lower()
                return round(number * _SCALES.get(scale, 1))
    return None


_NAME_SEPARATORS = re.compile(_NOT_MID_SPACES + r"(\s*[、,，&/;；]\s*|\s+(?:and|und)\s+|\s+)")


def person_names(span: str, lexicon: Lexicon, others: Sequence[str] = ()) -> str | None:
    """The names of a byline span as printed, cut before the first word that is not a name.

    "陈智 整合" gives "陈智"; "网络整理" and outlet names (新华社, 人民日报) give None.
    """
    parts = _NAME_SEPARATORS.split(span.strip())
    kept: list[str] = []
    not_person = lexicon.field("not_person")
    for number, part in enumerate(parts):
        if number % 2:  # a separator
            kept.append(part)
            continue
        if not part or any(p.fullmatch(part) for p in not_person) or part in others:
            break
        kept.append(part)
    text = "".join(kept).strip(" 、,，&/;；")
    if not text or any(p.fullmatch(text) for p in not_person) or text in others:
        return None
    return text


def _byline(
    blocks: Iterable[Block], patterns: Sequence[re.Pattern[str]], page: Page, others: Sequence[str]
) -> str | None:
    for block in blocks:
        for pattern in patterns:
            for match in pattern.finditer(block.text):
                names = person_names(match.group("author"), page.lexicon, others)
                if names:
                    return names
    return None


def _edge_blocks(page: Page) -> tuple[list[Block], list[Block], list[Block]]:
    """Short lines at the article's start and end, its first paragraphs and its last ones."""
    start, end = page.labels.start, page.labels.end
    opening = list(page.blocks[start : start + OPENING_BLOCKS])
    closing = list(page.blocks[max(start, end - EDGE_BLOCKS) : end + EDGE_BLOCKS])
    short = [b for b in [*opening, *closing] if b.units <= MAX_BYLINE_UNITS]
    body = [b for b in page.blocks[start:end] if page.kind(b) is None]
    return short, body[:OPENING_PARAGRAPHS], body[-2:]


def _author_searches(page: Page, zone: Sequence[Block]) -> Iterator[tuple[Iterable[Block], str]]:
    """Where bylines are looked for, in order, with the field that reads them (made lazily:
    the first byline found ends the search)."""
    yield zone, "author"
    yield page.metadata_lines, "author"
    short, first, last = _edge_blocks(page)
    yield short, "author"
    yield first, "dateline_author"
    yield last, "closing_author"
    yield _blocks_of(page.blocks, page.labels, Boilerplate.AUTHOR_BIO), "bio_author"


def author(page: Page, zone: Sequence[Block], others: Sequence[str]) -> str | None:
    """The writer(s), in the page's order: a structured byline in the markup, a byline line,
    a dateline credit, a closing credit, the name opening an author bio, an element the
    markup names "author", the meta author tag."""
    lexicon = page.lexicon
    persons = [n for n in (person_names(a, lexicon, others) for a in page.markup.authors) if n]
    if persons:
        return ", ".join(persons)
    for blocks, name in _author_searches(page, zone):
        found = _byline(blocks, lexicon.field(name), page, others)
        if found:
            return found
    for name in (*page.markup.author_elements, *page.markup.meta_authors):
        names = person_names(name, lexicon, others)
        if names:
            return names
    return None


def source(page: Page, zone: Sequence[Block]) -> str | None:
    """The outlet the article comes from: 来源: 新华社, else an organisation credited as author."""
    for block in [*zone, *page.metadata_lines]:
        found = _first_group(page.lexicon.field("source"), block.text, "source")
        if found:
            return found
    if page.markup.organisations:
        return page.markup.organisations[0]
    return page.markup.sources[0] if page.markup.sources else None


# --- previous and next ---------------------------------------------------------------------------


# A link's scheme, as browsers read it (leading controls and spaces stripped, tabs and
# newlines removed). Only web addresses and relative ones may become prev/next urls: never
# javascript:, data: or vbscript:.
_SCHEME = re.compile(r"(?<![a-z0-9+.-])([a-z][a-z0-9+.-]*):", re.I)
_TAB_NEWLINE = re.compile(r"[\t\n\r]")
_C0_AND_SPACE = "".join(chr(c) for c in range(0x21))
_WEB_SCHEMES = frozenset({"http", "https"})


def _resolve(href: str | None, url: str | None) -> str | None:
    """href made absolute against the page url; None unless it is a web address."""
    if href is None:
        return None
    try:
        resolved = urljoin(url, href) if url else href
    except ValueError:  # "http://[bad" is not a url (an IPv6 host never closed)
        return None
    scheme = _SCHEME.match(_TAB_NEWLINE.sub("", resolved).lstrip(_C0_AND_SPACE))
    return resolved if scheme is None or scheme.group(1).lower() in _WEB_SCHEMES else None


def prev_next(page: Page, root: Element | None, url: str | None) -> tuple[Link | None, Link | None]:
    """The previous and next article links (上一篇 / 下一篇, rel=prev/next), urls resolved."""
    found: dict[str, Link] = {}
    patterns = [(key, page.lexicon.field(key)) for key in ("prev", "next")]
    for block in _blocks_of(page.blocks, page.labels, Boilerplate.NAVIGATION, Boilerplate.RELATED):
        if len(found) == 2:
            break
        for key, key_patterns in patterns:
            if key in found:  # a key found already takes no second link
                continue
            text = _first_group(key_patterns, block.text, "text")
            if text:
                href = markup_meta.href_of(root, text) if root is not None else None
                found[key] = Link(text, _resolve(href, url))
                break
    for key, link in (("prev", page.markup.prev), ("next", page.markup.next)):
        if key not in found and link is not None and link.text:
            found[key] = Link(link.text, _resolve(link.url, url))
    return found.get("prev"), found.get("next")


# --- all fields ----------------------------------------------------------------------------------


def extract(
    blocks: Sequence[Block],
    labels: Labels,
    lexicon: Lexicon,
    *,
    reference: datetime | None = None,
    root: Element | None = None,
    url: str | None = None,
    markup: Markup | None = None,
) -> Fields:
    """Every metadata field of the page; ``root`` is the parsed tree of an HTML page, and
    ``markup`` what it says when already read (html.meta.read)."""
    if markup is None:
        markup = markup_meta.read(root) if root is not None else Markup()
    page = Page(blocks, labels, lexicon, markup, reference)
    fields = Fields()
    trail = markup.breadcrumbs or breadcrumbs(blocks, labels, lexicon)
    fields.breadcrumbs = trail
    fields.title, fields.title_block, beside = find_title(page, trail)
    fields.site_name = site_name(page, trail, beside, fields.title)
    fields.category = category(trail, fields.title, lexicon) or markup.section
    zone = byline_zone(page, fields.title_block)
    fields.published = published(page, zone, url, fields.warnings)
    fields.views = views([*zone, *page.metadata_lines], lexicon)
    fields.source = source(page, zone)
    others = [s for s in (fields.site_name, fields.source, *markup.site_names) if s]
    fields.author = author(page, zone, others)
    fields.prev, fields.next = prev_next(page, root, url)
    return fields
