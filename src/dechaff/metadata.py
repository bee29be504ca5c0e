"""Read the article's fields (title, site, trail, time, author, ...) off labelled blocks.

Each field is one small function over the blocks and their labels; the patterns
they use are the ``field.*`` sections of the lexicons.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from datetime import datetime
from typing import Any

from lxml.html import HtmlElement

from .article import Boilerplate, Link
from .blocks import Block
from .dates import find_dates
from .label import Labels
from .lexicon import Lexicon

# Separators of a breadcrumb trail, strongest first.
_TRAIL_SEPARATORS = (re.compile(r"\s*[>»›＞→]+\s*"), re.compile(r"\s+[/|]\s+"))
# Separators between a headline and the site name in a page title ("... _网易财经", "... | BBC").
_TITLE_SUFFIX = re.compile(r"\s*(?:\s[|–—-]\s|_|\s?｜\s?|\s::\s)\s*(?P<site>[^|–—_｜]{1,40})$")
_LABEL_PREFIX = re.compile(r"^[^:：]{1,8}[:：]\s*")
MAX_TITLE_UNITS = 80
MIN_TITLE_UNITS = 3
MAX_SITE_UNITS = 12
_SCALES = {"万": 10_000, "k": 1_000}
# The body of a page older than this many lines from its head holds no title.
TITLE_SEARCH_BLOCKS = 400


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


def _first_group(patterns: Sequence[re.Pattern[str]], text: str, name: str) -> str | None:
    for pattern in patterns:
        match = pattern.search(text)
        if match and match.group(name):
            return match.group(name).strip()
    return None


def _blocks_of(blocks: Sequence[Block], labels: Labels, *kinds: Boilerplate) -> list[Block]:
    return [b for b in blocks if labels.kinds[b.index] in kinds]


def split_trail(trail: str) -> tuple[str, ...]:
    """The items of a breadcrumb trail ("首页 > 科技 > 正文")."""
    for separator in _TRAIL_SEPARATORS:
        items = [item.strip() for item in separator.split(trail)]
        items = [item for item in items if item]
        if len(items) >= 2:
            return tuple(items)
    return (trail.strip(),) if trail.strip() else ()


def breadcrumbs(blocks: Sequence[Block], labels: Labels, lexicon: Lexicon) -> tuple[str, ...]:
    """The items of the first breadcrumb trail on the page."""
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


def _head_candidates(blocks: Sequence[Block], labels: Labels) -> list[Block]:
    limit = min(labels.start, TITLE_SEARCH_BLOCKS)
    return [
        b
        for b in blocks[:limit]
        if labels.kinds[b.index] in (Boilerplate.HEADER, Boilerplate.NAVIGATION, None)
        and 0 < b.units <= MAX_TITLE_UNITS
    ]


def find_title(
    blocks: Sequence[Block], labels: Labels, trail: tuple[str, ...]
) -> tuple[str | None, int | None, str | None]:
    """The headline, the block it stands in (if any), and a site name seen beside it."""
    candidates = _head_candidates(blocks, labels)
    by_text: dict[str, Block] = {}
    for block in candidates:
        by_text.setdefault(block.text, block)
    site: str | None = None
    wanted: list[str] = []
    if trail:
        wanted.append(trail[-1])
    if blocks:
        headline, site = split_site_suffix(blocks[0].text)
        wanted.append(headline)
    # the headline as the page shows it, nearest the article
    for text in wanted:
        for block in reversed(candidates):
            if block.text == text and block.index > 0:
                return block.text, block.index, site
    for text in wanted:
        for block in reversed(candidates):
            if block.index > 0 and len(block.text) >= 4 and text.startswith(block.text):
                return block.text, block.index, site
    above = _above_first_metadata(blocks, labels, candidates)
    if above is not None:
        return above.text, above.index, site
    if blocks and site is not None:
        return wanted[-1], None, site
    return None, None, site


def _above_first_metadata(
    blocks: Sequence[Block], labels: Labels, candidates: Sequence[Block]
) -> Block | None:
    """The line just above the article's first metadata line (date, byline), if it is a heading."""
    first_meta = next(
        (b.index for b in blocks[: labels.start] if labels.kinds[b.index] is Boilerplate.METADATA),
        None,
    )
    if first_meta is None:
        return None
    allowed = {b.index for b in candidates}
    for index in range(first_meta - 1, 0, -1):
        kind = labels.kinds[index]
        if kind is Boilerplate.METADATA:
            continue
        if index in allowed and blocks[index].units >= MIN_TITLE_UNITS:
            return blocks[index]
        return None
    return None


def site_name(
    blocks: Sequence[Block],
    labels: Labels,
    trail: tuple[str, ...],
    beside_title: str | None,
    lexicon: Lexicon,
) -> str | None:
    """The site's name: the page title's suffix, the trail's root, or the banner line."""
    if beside_title:
        return beside_title
    if trail and not _is_home(trail[0], lexicon) and len(trail[0]) <= 30:
        return trail[0]
    if blocks and labels.kinds[0] is Boilerplate.HEADER and blocks[0].units <= MAX_SITE_UNITS:
        return blocks[0].text
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
    ]
    if title is None and len(items) >= 2 and len(items) == len(trail) - 1:
        items = items[:-1]  # the last item may be the headline itself, cut short
    return items[-1] if items else None


def _meta_blocks(blocks: Sequence[Block], labels: Labels) -> list[Block]:
    head = [b for b in blocks[: labels.start] if labels.kinds[b.index] is Boilerplate.METADATA]
    tail = [b for b in blocks[labels.end :] if labels.kinds[b.index] is Boilerplate.METADATA]
    inner = [
        b
        for b in blocks[labels.start : labels.end]
        if labels.kinds[b.index] is Boilerplate.METADATA
    ]
    return head + inner + tail


def published(
    meta: Sequence[Block], lexicon: Lexicon, reference: datetime | None, warnings: list[str]
) -> datetime | None:
    """The publication time: a date after a "published" label first, else the first date."""
    first: datetime | None = None
    for block in meta:
        label_end = _label_end(lexicon.field("published"), block.text)
        for found in find_dates(block.text, reference=reference):
            if label_end is not None and found.start >= label_end:
                return found.value
            if first is None:
                first = found.value
    if first is None and reference is None and _has_relative(meta, lexicon):
        warnings.append("relative publication time needs a reference time; published left empty")
    return first


def _label_end(patterns: Sequence[re.Pattern[str]], text: str) -> int | None:
    for pattern in patterns:
        match = pattern.search(text)
        if match:
            return match.end()
    return None


def _has_relative(meta: Sequence[Block], lexicon: Lexicon) -> bool:
    return any(p.search(b.text) for b in meta for p in lexicon.field("relative_time"))


def views(meta: Sequence[Block], lexicon: Lexicon) -> int | None:
    """The view counter (人气, 阅读, "1,234 views")."""
    for block in meta:
        for pattern in lexicon.field("views"):
            match = pattern.search(block.text)
            if match:
                number = int(match.group("views").replace(",", ""))
                scale = (match.groupdict().get("scale") or "").lower()
                return number * _SCALES.get(scale, 1)
    return None


def author(meta: Sequence[Block], bios: Sequence[Block], lexicon: Lexicon) -> str | None:
    """The writer: a byline on a metadata line, else the name that opens an author bio."""
    for block in meta:
        found = _first_group(lexicon.field("author"), block.text, "author")
        if found:
            return found
    for block in bios:
        found = _first_group(lexicon.field("bio_author"), block.text, "author")
        if found:
            return found
    return None


def source(meta: Sequence[Block], lexicon: Lexicon) -> str | None:
    """The outlet the article comes from (来源: 新华社)."""
    for block in meta:
        found = _first_group(lexicon.field("source"), block.text, "source")
        if found:
            return found
    return None


def prev_next(
    blocks: Sequence[Block], labels: Labels, lexicon: Lexicon
) -> tuple[Link | None, Link | None]:
    """The previous and next article links (上一篇 / 下一篇)."""
    prev: Link | None = None
    nxt: Link | None = None
    for block in _blocks_of(blocks, labels, Boilerplate.NAVIGATION):
        if prev is None:
            text = _first_group(lexicon.field("prev"), block.text, "text")
            if text:
                prev = Link(text, None)
                continue
        if nxt is None:
            text = _first_group(lexicon.field("next"), block.text, "text")
            if text:
                nxt = Link(text, None)
    return prev, nxt


def extract(
    blocks: Sequence[Block],
    labels: Labels,
    lexicon: Lexicon,
    *,
    reference: datetime | None = None,
    root: HtmlElement | None = None,
    url: str | None = None,
) -> Fields:
    """Every metadata field of the page; ``root`` is the parsed tree of an HTML page."""
    fields = Fields()
    trail = breadcrumbs(blocks, labels, lexicon)
    fields.breadcrumbs = trail
    fields.title, fields.title_block, beside = find_title(blocks, labels, trail)
    fields.site_name = site_name(blocks, labels, trail, beside, lexicon)
    fields.category = category(trail, fields.title, lexicon)
    meta = _meta_blocks(blocks, labels)
    fields.published = published(meta, lexicon, reference, fields.warnings)
    fields.views = views(meta, lexicon)
    fields.author = author(meta, _blocks_of(blocks, labels, Boilerplate.AUTHOR_BIO), lexicon)
    fields.source = source(meta, lexicon)
    fields.prev, fields.next = prev_next(blocks, labels, lexicon)
    return fields
