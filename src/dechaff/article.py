"""The result types: :class:`Article`, :class:`Link`, :class:`Removed` and :class:`Boilerplate`."""

from __future__ import annotations

import enum
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

PageKind = Literal["html", "text"]


class Boilerplate(enum.Enum):
    """The kinds of non-article text that dechaff strips from a page."""

    HEADER = "header"
    FOOTER = "footer"
    BREADCRUMB = "breadcrumb"
    NAVIGATION = "navigation"
    METADATA = "metadata"
    SHARE = "share"
    RELATED = "related"
    COMMENTS = "comments"
    COPYRIGHT = "copyright"
    CREDIT = "credit"
    CAPTION = "caption"
    AUTHOR_BIO = "author_bio"
    SPAM = "spam"
    AD = "ad"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Link:
    """A link the page shows, such as the previous or next article."""

    text: str
    url: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        """Return the link as JSON-ready values."""
        return {"text": self.text, "url": self.url}


@dataclass(frozen=True, slots=True)
class Removed:
    """One block of the page that is not article text, and why it was dropped.

    ``at`` places it among the body: the number of body paragraphs that come before it on
    the page (0: before the first paragraph; ``len(paragraphs)``: after the last).
    """

    kind: Boilerplate
    text: str
    at: int = 0

    def __reduce__(self) -> tuple[type[Removed], tuple[Boilerplate, str, int]]:
        # Pickled as a call: a batch's workers send a page's hundreds of removed blocks
        # to the parent, and restoring a frozen dataclass's state is several times slower.
        return (Removed, (self.kind, self.text, self.at))

    def to_dict(self) -> dict[str, str | int]:
        """Return the block as JSON-ready values, the kind as its lowercase name."""
        return {"kind": self.kind.value, "text": self.text, "at": self.at}


@dataclass(frozen=True, slots=True)
class Article:
    """One cleaned page: the article's fields, its body paragraphs and what was removed."""

    kind: PageKind
    title: str | None = None
    site_name: str | None = None
    breadcrumbs: tuple[str, ...] = ()
    category: str | None = None
    published: datetime | None = None
    views: int | None = None
    author: str | None = None
    source: str | None = None
    prev: Link | None = None
    next: Link | None = None
    language: str | None = None
    url: str | None = None
    encoding: str | None = None
    paragraphs: tuple[str, ...] = ()
    removed: tuple[Removed, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    description: str | None = None
    tags: tuple[str, ...] = ()
    image: str | None = None
    canonical_url: str | None = None
    modified: datetime | None = None
    license: str | None = None
    authors: tuple[str, ...] = ()

    @property
    def body(self) -> str:
        """The article text, one paragraph a line."""
        return "\n".join(self.paragraphs)

    def removed_of(self, kind: Boilerplate) -> tuple[str, ...]:
        """Texts of the removed blocks of one kind, in page order."""
        return tuple(r.text for r in self.removed if r.kind is kind)

    def to_dict(self) -> dict[str, Any]:
        """Return every field as JSON-ready values, in a stable key order."""
        return {
            "kind": self.kind,
            "title": self.title,
            "site_name": self.site_name,
            "breadcrumbs": list(self.breadcrumbs),
            "category": self.category,
            "published": self.published.isoformat() if self.published else None,
            "modified": self.modified.isoformat() if self.modified else None,
            "views": self.views,
            "author": self.author,
            "authors": list(self.authors),
            "source": self.source,
            "prev": self.prev.to_dict() if self.prev else None,
            "next": self.next.to_dict() if self.next else None,
            "description": self.description,
            "tags": list(self.tags),
            "image": self.image,
            "license": self.license,
            "language": self.language,
            "url": self.url,
            "canonical_url": self.canonical_url,
            "encoding": self.encoding,
            "paragraphs": list(self.paragraphs),
            "removed": [r.to_dict() for r in self.removed],
            "warnings": list(self.warnings),
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """Return :meth:`to_dict` as a JSON string, non-ASCII characters kept as they are."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
