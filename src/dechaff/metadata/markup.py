"""Read an article's metadata from HTML markup, without looking at the visible lines.

The sources, most trusted first: JSON-LD (schema.org ``Article`` and its kin, ``@graph``
and lists included), OpenGraph and other ``<meta>`` tags, microdata (``itemprop``),
``<time datetime>``, date variables in inline scripts, ``rel=prev/next`` links and
breadcrumb markup. Every function here takes a parsed tree and never raises on
malformed markup; no network is touched. The names each source reads are data, in
its module.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..article import Link
from ..html.parse import Element
from ..html.select import select
from .jsonld import json_ld, read_json_ld
from .markup_dates import script_dates, times
from .markup_elements import author_elements, button_words, headings, page_title
from .markup_links import href_of, rel_hrefs, rel_links, tag_links
from .markup_text import MAX_LONG_TEXT, clean_text, is_url, signs_site, unique
from .markup_trail import breadcrumbs
from .markup_types import NO_TYPES, MarkupTypes, markup_types
from .meta_tags import (
    AUTHOR_META,
    CANONICAL_META,
    DESCRIPTION_META,
    IMAGE_META,
    KEYWORDS_META,
    LICENSE_META,
    MODIFIED_META,
    PUBLISHED_META,
    SECTION_META,
    SITE_META,
    SOURCE_META,
    TITLE_META,
    citation_authors,
    from_tags,
    meta_tags,
    written_by,
)
from .microdata import microdata

__all__ = ["Markup", "href_of", "read"]


@dataclass(frozen=True, slots=True)
class Markup:
    """What the markup says about the article; each tuple is ordered most trusted first."""

    page_title: str | None = None
    headlines: tuple[str, ...] = ()
    h1: tuple[str, ...] = ()
    site_names: tuple[str, ...] = ()
    published: tuple[str, ...] = ()
    modified: tuple[str, ...] = ()
    times: tuple[str, ...] = ()
    script_dates: tuple[str, ...] = ()
    authors: tuple[str, ...] = ()
    linked_authors: tuple[str, ...] = ()  # JSON-LD persons an author's @id points to
    meta_authors: tuple[str, ...] = ()
    # (name, the text printed before it) of each microdata author item: "Researched by:"
    author_roles: tuple[tuple[str, str], ...] = ()
    author_elements: tuple[str, ...] = ()
    listed_authors: tuple[str, ...] = ()  # the first name of each list of people (posters)
    organisations: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    section: str | None = None
    breadcrumbs: tuple[str, ...] = ()
    prev: Link | None = None
    next: Link | None = None
    types: MarkupTypes = NO_TYPES
    buttons: tuple[str, ...] = ()  # the words of its buttons and inputs
    descriptions: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    images: tuple[str, ...] = ()
    canonicals: tuple[str, ...] = ()
    licenses: tuple[str, ...] = ()
    products: tuple[str, ...] = ()  # what a declared product's own description says


def read(root: Element) -> Markup:
    """Every metadata candidate the markup of the page gives."""
    selected = select(root)
    by_tag = selected.by_tag
    documents = json_ld(by_tag["script"])
    ld = read_json_ld(documents)
    tags = meta_tags(by_tag["meta"])
    items = microdata(root, selected)
    persons = ld.authors or written_by(tags) or items["author"] or citation_authors(tags)
    sites = [*from_tags(tags, SITE_META[:1]), *ld.site_names, *from_tags(tags, SITE_META[1:])]
    prev, nxt = rel_links(selected.rels)
    sections = [ld.section, *from_tags(tags, SECTION_META)]
    hrefs = rel_hrefs(selected.rels)
    named, listed = author_elements(root, selected)
    published = [*ld.published, *from_tags(tags, PUBLISHED_META)]
    meta_authors = [p for p in from_tags(tags, AUTHOR_META) if not is_url(clean_text(p))]
    return Markup(
        page_title=page_title(by_tag["title"]),
        headlines=unique([*ld.headlines, *from_tags(tags, TITLE_META), *items["headline"]]),
        h1=headings(by_tag["h1"]),
        site_names=unique(sites),
        published=unique([*published, *items["datePublished"], *items["dateCreated"]]),
        modified=unique([*ld.modified, *from_tags(tags, MODIFIED_META), *items["dateModified"]]),
        times=times(by_tag["time"]),
        script_dates=script_dates(by_tag["script"]),
        authors=unique(p for p in persons if not is_url(clean_text(p))),
        linked_authors=unique(ld.linked_authors),
        author_roles=tuple(zip(items["author"], items["author_role"], strict=True)),
        meta_authors=unique(p for p in meta_authors if not signs_site(p)),
        organisations=unique([*ld.organisations, *items["publisher"]]),
        sources=unique(from_tags(tags, SOURCE_META)),
        author_elements=named,
        listed_authors=listed,
        section=next((s for s in sections if s), None),
        breadcrumbs=ld.breadcrumbs or breadcrumbs(root, selected),
        prev=prev,
        next=nxt,
        types=markup_types(documents, selected.typed, tags),
        buttons=button_words(by_tag["button"], by_tag["input"]),
        descriptions=_long(
            ld.descriptions, from_tags(tags, DESCRIPTION_META), items["description"]
        ),
        keywords=_first(
            ld.keywords,
            *(from_tags(tags, [name]) for name in KEYWORDS_META),
            items["keywords"],
            tag_links(selected.rels),
        ),
        images=_long(ld.images, from_tags(tags, IMAGE_META), hrefs["image_src"], items["image"]),
        canonicals=_long(hrefs["canonical"], from_tags(tags, CANONICAL_META)),
        products=_long(ld.products),
        licenses=_long(
            ld.licenses, hrefs["license"], from_tags(tags, LICENSE_META), items["license"]
        ),
    )


def _first(*sources: list[str]) -> tuple[str, ...]:
    """The values of the first source that gives any: keyword lists of several sources
    (site-wide SEO words, tracking codes, the article's tags) do not mix well."""
    return next((found for found in map(_long, sources) if found), ())


def _long(*sources: list[str]) -> tuple[str, ...]:
    """The values of the sources in order, each once, long values kept whole."""
    return unique((value for source in sources for value in source), MAX_LONG_TEXT)
