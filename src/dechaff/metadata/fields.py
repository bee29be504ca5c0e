"""Read the article's fields (title, site, trail, time, author, ...) off the page.

Two kinds of source feed each field: the markup of an HTML page (:mod:`.markup`: JSON-LD,
meta tags, microdata, ``<time>``) and the visible lines, labelled by the labeller and read
with the ``field.*`` patterns of the lexicons. Each field is a small function of its own
module that tries its sources in a fixed order of trust (see docs/metadata.md); this one
gathers them into :class:`Fields`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from dataclasses import fields as dataclass_fields
from datetime import datetime
from typing import Any

from ..article import Comment, Link, PageType
from ..core.blocks import Block
from ..html.parse import Element
from ..label.labeller import Labels
from ..label.lexicon import Lexicon
from . import site_check
from .addresses import canonical_url, host_name, image
from .links import prev_next
from .markup import Markup
from .markup import read as read_markup
from .modified import modified
from .outlet import account, source
from .page import Page
from .people import writers
from .published import candidates, published
from .summary import description, license, tags
from .title import find_title
from .trail import breadcrumbs, category, site_name
from .views import views
from .zone import byline_zone

__all__ = ["Fields", "extract"]


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
    page_type: PageType | None = None
    comments: tuple[Comment, ...] = ()
    description: str | None = None
    tags: tuple[str, ...] = ()
    image: str | None = None
    canonical_url: str | None = None
    modified: datetime | None = None
    license: str | None = None
    authors: tuple[str, ...] = ()
    warnings: list[str] = field(default_factory=list)

    def article_values(self) -> dict[str, Any]:
        """The values that are Article fields under the same names (not the bookkeeping)."""
        return {
            f.name: getattr(self, f.name)
            for f in dataclass_fields(self)
            if f.name not in ("title_block", "warnings")
        }


def extract(
    blocks: Sequence[Block],
    labels: Labels,
    lexicon: Lexicon,
    *,
    reference: datetime | None = None,
    root: Element | None = None,
    url: str | None = None,
    markup: Markup | None = None,
    thread: bool = False,
) -> Fields:
    """Every metadata field of the page; ``root`` is the parsed tree of an HTML page, and
    ``markup`` what it says when already read (:func:`.markup.read`); ``thread``: the page
    is a forum's thread (its first poster writes it)."""
    if markup is None:
        markup = read_markup(root) if root is not None else Markup()
    page = Page(blocks, labels, lexicon, markup, reference, thread=thread)
    fields = Fields()
    trail = markup.breadcrumbs or breadcrumbs(blocks, labels, lexicon)
    fields.breadcrumbs = trail
    # a text dump's title is its first line: no host name is cut off it
    host = host_name(url or next(iter(markup.canonicals), None)) if root is not None else ""
    fields.title, fields.title_block, beside = find_title(page, trail, host)
    found_site = site_name(page, trail, beside, fields.title, url)
    fields.site_name = site_check.site_name(found_site, markup.page_title, lexicon)
    fields.category = category(trail, fields.title, lexicon) or markup.section
    zone = byline_zone(page, fields.title_block)
    dated = candidates(page, zone, url)
    fields.published = published(page, zone, dated, fields.warnings)
    fields.modified = modified(dated, fields.published, reference)
    fields.views = views([*zone, *page.metadata_lines], lexicon)
    fields.source = source(page, zone)
    # the site, the outlet and the trail's root (the site again) are never the author; a
    # trail's later items may be (Blogs > Steven Baxter)
    others = [s for s in (fields.site_name, fields.source, *markup.site_names, *trail[:1]) if s]
    fields.author, fields.authors = writers(page, zone, others)
    if fields.source is None:
        fields.source = account(page, [*others, *filter(None, [fields.author])])
    fields.prev, fields.next = prev_next(page, root, url)
    _describe(fields, page, url)
    return fields


def _describe(fields: Fields, page: Page, url: str | None) -> None:
    """The fields that say what the page is and where it lives: summary, tags, addresses,
    licence."""
    fields.description = description(page, fields.title, fields.title_block, fields.site_name)
    fields.tags = tags(page, fields.site_name, page.markup.page_title or fields.title)
    fields.canonical_url = canonical_url(page, url)
    fields.image = image(page, url or fields.canonical_url)
    fields.license = license(page, url or fields.canonical_url)
