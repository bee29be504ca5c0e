"""The publication time: every candidate date, ranked by trust, and the choice among them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..article import Boilerplate
from ..core.blocks import Block
from ..core.dates import DateMatch, find_dates, opening_date, parse_machine
from ..label.lexicon import Lexicon
from .markup import Markup
from .page import Page, norm
from .page_type import product_page
from .zone import NOT_DATE_KINDS, OPENING_BLOCKS

# Lines longer than this are prose: a "published" label in them is not a date line.
MAX_LABELLED_UNITS = 40
# This many different metadata lines from the article's start on that show a date are a
# list's (reviews, comments, other posts): none of them dates the article but one among its
# first lines (a thread's first post head).
LISTED_DATES = 3
# A line that is a date and nothing else has at most this many units.
MAX_DATE_LINE_UNITS = 8
# Dates in a page's url: /2014/05/18/, /2019-03-02-, /29-10-2021, /2019/0302/.
_URL_DATES = (
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?:/|$)"),
    re.compile(r"[/_-](?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)"),
    re.compile(r"[/_-](?P<d>[0-3]\d)-(?P<m>[01]\d)-(?P<y>(?:19|20)\d\d)(?!\d)"),
    # Chinese CMS paths: /2024-11/09/, /2024/1109/, /20241109/, a government page's t20241109_123
    re.compile(r"/(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)/(?P<d>[0-3]\d)/"),
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)(?P<d>[0-3]\d)/"),
    re.compile(r"/(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)/"),
    re.compile(r"/t(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)_\d+"),
)
# The fields whose labels give a date its role; a date labelled "other" (Joined:, 出生日期)
# is a member's or a person's date, never the page's.
# A date labelled "revised" is a wiki's last edit ("This page was last edited on", "Jane
# edited this page"): the page's update time, never its publication.
_ROLES = (
    ("published", "published"),
    ("updated", "updated"),
    ("revised", "revised"),
    ("not_published", "other"),
)
_ROLE_ORDER = ("published", "updated", "revised", "other")
# A date written for machines (2021-03-09T10:00:00) beside a date written for readers on
# the same line is a hidden span's (a theme's "updated rich-snippet-hidden"): not read.
_MACHINE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")
_LABELLED_SKIP = frozenset(
    {Boilerplate.COMMENTS, Boilerplate.RELATED, Boilerplate.SPAM, Boilerplate.AD, Boilerplate.SHARE}
)


def _labelled(page: Page, text: str) -> bool:
    """Whether a published or updated label is in the text."""
    if not page.lexicon.any_field("published", "updated")(text):
        return False
    labels = (*page.lexicon.field("published"), *page.lexicon.field("updated"))
    return any(p.search(text) for p in labels)


@dataclass(frozen=True, slots=True)
class When:
    """One candidate publication time and how much it is trusted (lower rank wins)."""

    value: datetime
    has_time: bool
    rank: int
    near: bool = False  # shown in the byline zone (an "updated" date there is the page's)
    line: bool = False  # shown on a metadata line under the headline


# Ranks, most trusted first: a date labelled "published" under the headline; a date the page
# shows that the markup confirms; the markup's publication date; a date under the headline;
# a date labelled "published" elsewhere; <time>, script and url dates; other metadata lines
# above the article; a line that is a date alone; the markup's modification date; dates
# labelled "updated"; metadata lines below the article; a wiki's last edit (never published).
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
    R_REVISED,
) = range(12)


def _label_ends(page: Page, field: str, text: str) -> list[int]:
    if not page.lexicon.any_field(field)(text):
        return []
    return [m.end() for p in page.lexicon.field(field) for m in p.finditer(text)]


def _role(found: DateMatch, labels: list[tuple[int, str]]) -> str | None:
    """The role the nearest label before the date gives it ("published", "updated" or
    "other"), None without a label."""
    before = [(end, role) for end, role in labels if end <= found.start]
    # "更新时间：" and "注册时间：" also end a "时间：" label: of two labels that end
    # together, "other" wins, then "updated"
    return max(before, key=lambda b: (b[0], _ROLE_ORDER.index(b[1])))[1] if before else None


def _visible_dates(
    page: Page, block: Block, year: int | None
) -> list[tuple[DateMatch, str | None]]:
    """The dates a line shows, each with its label's role; worked out once per line and year."""
    key = (block.index, year)
    found = page.line_dates.get(key)
    if found is None:
        found = page.line_dates[key] = _read_dates(page, block, year)
    return found


def _read_dates(page: Page, block: Block, year: int | None) -> list[tuple[DateMatch, str | None]]:
    text = page.text(block)
    found = find_dates(text, reference=page.reference, default_year=year)
    if not found:
        return []
    machine = [d for d in found if _MACHINE.match(text, d.start)]
    if machine and len(machine) < len(found):
        found = [d for d in found if d not in machine]
    labels = [(end, role) for field, role in _ROLES for end in _label_ends(page, field, text)]
    return [(d, role) for d in found if (role := _role(d, labels)) != "other"]


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
        for d in find_dates(norm(b.text))
    )
    if years:
        return years.most_common(1)[0][0]
    return page.reference.year if page.reference else None


def _zone_candidates(page: Page, zone: Sequence[Block], year: int | None) -> list[When]:
    found: list[When] = []
    for block in zone:
        kind = page.kind(block)
        if kind == Boilerplate.CREDIT:
            continue  # a photo's caption and credit date the picture or the events it shows
        line = kind == Boilerplate.METADATA
        for date, role in _visible_dates(page, block, year):
            rank = {"published": R_LABELLED, "updated": R_UPDATED, "revised": R_REVISED}.get(
                role or "", R_BYLINE
            )
            found.append(When(date.value, date.has_time, rank, near=True, line=line))
    start = page.labels.start
    for block in page.blocks[start : start + OPENING_BLOCKS]:  # "27.1.2022 - ..." opening it
        opening = opening_date(
            page.text(block), within=2, reference=page.reference, default_year=year
        )
        if opening is not None:
            line = page.kind(block) == Boilerplate.METADATA
            # a day without its year opening the text (5月30日下午，...) is the event's: it
            # yields to any dated line of the page, an update's too
            dated = opening_date(page.text(block), within=2) is not None
            rank = R_BYLINE if dated or line else R_ELSEWHERE
            found.append(When(opening.value, opening.has_time, rank, line=line))
    return found


def _other_candidates(page: Page, skip: set[int], year: int | None) -> list[When]:
    """Dates on metadata lines outside the zone, and labelled dates on any short line."""
    found: list[When] = []
    opening: list[bool] = []  # each candidate's line is among the article's first lines
    metadata_lines = {b.index for b in page.metadata_lines}
    listed: set[str] = set()  # metadata lines from the article's start on that show a date
    for block in page.dated(year):  # a scan of every line (in C) finds the few with a date
        kind = page.kind(block)
        if block.index in metadata_lines and block.index >= page.labels.start:
            listed.add(block.text)
        if block.index in skip or kind in _LABELLED_SKIP or block.units > MAX_LABELLED_UNITS:
            continue
        is_meta = block.index in metadata_lines
        if (
            not is_meta
            and (kind in NOT_DATE_KINDS or block.units > MAX_DATE_LINE_UNITS)
            and not _labelled(page, page.text(block))
        ):
            continue  # only a date that a published/updated label names would count
        heads = block.index < page.labels.start + OPENING_BLOCKS  # a thread's first post head
        for date, role in _visible_dates(page, block, year):
            rank = _other_rank(page, block, date, role, is_meta)
            if rank is not None:
                found.append(When(date.value, date.has_time, rank))
                opening.append(heads)
    if len(listed) >= LISTED_DATES:  # a list's dates (reviews, comments, other posts)
        return [w for w, head in zip(found, opening, strict=True) if w.rank != R_ELSEWHERE or head]
    return found


def _other_rank(
    page: Page, block: Block, date: DateMatch, role: str | None, is_meta: bool
) -> int | None:
    """The rank of a date found outside the byline zone, None when it is not believed."""
    if role == "updated":
        return R_UPDATED
    if role == "revised":
        return R_REVISED
    if role == "published":
        return R_LABELLED_ELSEWHERE
    if page.kind(block) in NOT_DATE_KINDS:
        return None
    if is_meta:
        return R_HEAD if block.index < page.labels.start else R_ELSEWHERE
    if block.units <= MAX_DATE_LINE_UNITS and date.end - date.start >= 0.6 * len(norm(block.text)):
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
    """Visible dates that some markup date agrees with (same day) rise above the markup.

    A shown date that only the markup's modification date confirms, more than a day after
    the publication date the markup states, is the update the page shows: it stays as it is.
    """
    days = {m.value.date() for m in marked if m.rank != R_MODIFIED}
    updates = {m.value.date() for m in marked if m.rank == R_MODIFIED}
    first = min(
        (m.value for m in marked if m.rank == R_MARKUP), key=lambda m: m.date(), default=None
    )
    return [
        When(v.value, v.has_time, R_CONFIRMED)
        if v.rank in (R_BYLINE, R_LABELLED_ELSEWHERE, R_HEAD)
        and (
            v.value.date() in days
            or (v.value.date() in updates and not _long_after(v.value, first))
        )
        else v
        for v in visible
    ]


def _long_after(value: datetime, first: datetime | None) -> bool:
    """Whether value's day is more than a day after first's."""
    return first is not None and value.date() - first.date() > timedelta(days=1)


def choose_published(candidates: Sequence[When]) -> datetime | None:
    """The most trusted candidate; on its day, the most trusted one that gives a time.

    A markup time with an offset yields to a date shown under the headline when the two are
    less than a day apart: the page shows its local day, the markup may say UTC.
    """
    candidates = [c for c in candidates if c.rank != R_REVISED]
    if not candidates:
        return None
    best = min(candidates, key=lambda c: c.rank)
    if best.rank == R_MARKUP:
        best = _shown_before(best, candidates)
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


def _shown_before(best: When, candidates: Sequence[When]) -> When:
    """A date a metadata line under the headline shows, days before the markup's
    publication date: the markup's is a re-publication (an import, a moved page)."""
    shown = [c for c in candidates if c.rank == R_BYLINE and c.line]
    if shown and all(_long_after(best.value, c.value) for c in shown):
        return shown[0]
    return best


def candidates(page: Page, zone: Sequence[Block], url: str | None) -> list[When]:
    """Every dated candidate of the page, with its rank (publication and update times)."""
    year = _page_year(page)
    visible = _zone_candidates(page, zone, year)
    marked = _markup_candidates(page.markup) + url_dates(url)
    if product_page(page.markup):  # a shop's dates further down and its <time>s are reviews'
        marked = [m for m in marked if m.rank != R_TIME]
    else:
        visible += _other_candidates(page, {b.index for b in zone}, year)
    return _confirmed(visible, marked) + marked


def published(
    page: Page, zone: Sequence[Block], found: Sequence[When], warnings: list[str]
) -> datetime | None:
    """The publication time among the :func:`candidates`; see :func:`choose_published` and
    docs/metadata.md for the order."""
    if found:
        return choose_published(found)
    if page.reference is None and _has_relative([*zone, *page.metadata_lines], page.lexicon):
        warnings.append("relative publication time needs a reference time; published left empty")
    return None


def _has_relative(blocks: Sequence[Block], lexicon: Lexicon) -> bool:
    return any(p.search(b.text) for b in blocks for p in lexicon.field("relative_time"))
