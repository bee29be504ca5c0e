"""What the ``<meta>`` tags say: OpenGraph, Twitter, Dublin Core and the rest, by name."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..html.parse import Element
from .markup_text import MAX_LONG_TEXT, MAX_TEXT, clean_text

# ArticleTitle, PubDate, ContentSource: the names China's guidelines for government sites give
TITLE_META = (
    "og:title", "twitter:title", "twitter:text:title", "dc.title", "dcterms.title",
    "sailthru.title", "parsely-title", "headline", "title", "articletitle",
)  # fmt: skip
SITE_META = (
    "og:site_name", "application-name", "apple-mobile-web-app-title", "publisher", "sitename",
)  # fmt: skip
PUBLISHED_META = (
    "article:published_time", "og:article:published_time", "article.published",
    "datepublished", "published_time", "publishdate", "publish-date", "publish_date",
    "pubdate", "pubtime", "publishtime", "publication_date", "parsely-pub-date",
    "sailthru.date", "citation_publication_date", "citation_date", "citation_online_date",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created",
    "dcterms.created", "datecreated", "og:release_date", "release_date", "date",
    "original-publish-date", "article:post_date", "bt:pubdate", "og:pubdate",
)  # fmt: skip
MODIFIED_META = (
    "article:modified_time", "og:updated_time", "datemodified", "dateupdate",
    "dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "revised",
)  # fmt: skip
AUTHOR_META = (
    "author", "article:author", "dc.creator", "dcterms.creator", "sailthru.author",
    "parsely-author", "citation_author", "byl", "byline",
)  # fmt: skip
SOURCE_META = ("source", "original-source", "og:source", "mediaid", "contentsource")
SECTION_META = ("article:section", "og:section", "section", "parsely-section")
DESCRIPTION_META = (
    "og:description", "twitter:description", "description", "dc.description",
    "dcterms.description", "dcterms.abstract", "sailthru.description",
)  # fmt: skip
# each a source of its own: the first that gives any is the page's (see markup.read)
KEYWORDS_META = ("article:tag", "og:article:tag", "news_keywords", "keywords")
IMAGE_META = (
    "og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src",
    "image",
)  # fmt: skip
CANONICAL_META = ("og:url",)
LICENSE_META = ("license", "dcterms.license", "dc.rights", "dcterms.rights")
# Values long by nature (a summary, a keyword list, a url): kept up to MAX_LONG_TEXT.
LONG_META = frozenset(
    (*DESCRIPTION_META, *KEYWORDS_META, *IMAGE_META, *CANONICAL_META, *LICENSE_META)
)
# twitter:labelN / twitter:dataN pairs (WordPress SEO plugins): a label saying "written by"
WRITTEN_BY_LABEL = re.compile(
    r"^(?:written by|author|verfasst von|geschrieben von|auteur|autor)", re.I
)


def meta_tags(metas: Iterable[Element]) -> dict[str, list[str]]:
    """``<meta>`` contents by lower-cased name, property or itemprop, in page order."""
    tags: dict[str, list[str]] = {}
    for meta in metas:
        long = clean_text(meta.get("content"), MAX_LONG_TEXT)
        if not long:
            continue
        content = long[:MAX_TEXT]
        for attr in ("property", "name", "itemprop"):
            key = (meta.get(attr) or "").strip().lower()
            if key:
                tags.setdefault(key, []).append(long if key in LONG_META else content)
    return tags


def from_tags(tags: dict[str, list[str]], names: Iterable[str]) -> list[str]:
    """The values of the named tags, in the order of the names."""
    return [value for name in names for value in tags.get(name, ())]


def written_by(tags: dict[str, list[str]]) -> list[str]:
    """The names that twitter:dataN gives where twitter:labelN says "written by"."""
    found: list[str] = []
    for number in range(1, 5):
        labels = tags.get(f"twitter:label{number}", [])
        data = tags.get(f"twitter:data{number}", [])
        if labels and data and WRITTEN_BY_LABEL.match(labels[0]):
            found.append(data[0])
    return found


# A scholarly page's authors, one tag each (Google Scholar's Highwire Press tags): the
# standard of journal and preprint platforms, so every one is an author of the article; read
# only beside the tags that say the page is a paper's own (its title and where it appeared).
CITATION_AUTHOR_META = "citation_author"
CITATION_PAPER_META = ("citation_title",)
CITATION_VENUE_META = (
    "citation_journal_title", "citation_conference_title", "citation_doi",
    "citation_arxiv_id", "citation_pdf_url", "citation_dissertation_institution",
    "citation_technical_report_institution",
)  # fmt: skip
# "Okafor, Chidinma", "Mehta, Ravi S.": a surname, a comma, the given names (arXiv, MDPI)
_SURNAME_FIRST = re.compile(r"^([^,\d]+),\s*([^,\d]+)$")


def citation_authors(tags: dict[str, list[str]]) -> list[str]:
    """The ``citation_author`` names in page order, each as "Given Surname" when the tag
    writes it "Surname, Given"."""
    if not from_tags(tags, CITATION_PAPER_META) or not from_tags(tags, CITATION_VENUE_META):
        return []
    names = []
    for value in tags.get(CITATION_AUTHOR_META, ()):
        found = _SURNAME_FIRST.match(value.strip())
        names.append(f"{found[2].strip()} {found[1].strip()}" if found else value.strip())
    return names
