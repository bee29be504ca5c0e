"""The result types: :class:`Article`, :class:`Link`, :class:`Removed`, :class:`Comment`,
:class:`Boilerplate` and :class:`PageType`."""

from __future__ import annotations

import enum
import json
import types
from collections.abc import Mapping
from dataclasses import MISSING, dataclass, field, fields, is_dataclass
from datetime import datetime
from typing import Any, Literal, TypeVar, Union, get_args, get_origin, get_type_hints

from .document import BodyBlock, Cell, Span, to_html, to_markdown
from .errors import RecordError

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
    DUPLICATE = "duplicate"  # a quotation of words the body already holds

    def __str__(self) -> str:
        return self.value


class PageType(enum.Enum):
    """What kind of page it is, as a whole."""

    ARTICLE = "article"
    FORUM = "forum"
    LISTING = "listing"
    PRODUCT = "product"
    DOCUMENTATION = "documentation"
    OTHER = "other"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Comment:
    """One user comment of the page: who wrote it, when, and what it says."""

    author: str | None
    published: datetime | None
    text: str

    def to_dict(self) -> dict[str, str | None]:
        """Return the comment as JSON-ready values, the time as ISO 8601."""
        return {
            "author": self.author,
            "published": self.published.isoformat() if self.published else None,
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Link:
    """A link the page shows, such as the previous or next article."""

    text: str
    url: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        """Return the link as JSON-ready values."""
        return {"text": self.text, "url": self.url}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Link:
        """The Link that :meth:`to_dict` gave data for; see :meth:`Article.from_dict`."""
        return _from_record(cls, data, "")


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

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Removed:
        """The block that :meth:`to_dict` gave data for; see :meth:`Article.from_dict`."""
        return _from_record(cls, data, "")


# Removed's slots, set directly: the frozen __init__ goes through object.__setattr__ per field.
_SET_KIND, _SET_TEXT, _SET_AT = (vars(Removed)[name].__set__ for name in ("kind", "text", "at"))


def removed_block(kind: Boilerplate, text: str, at: int) -> Removed:
    """``Removed(kind, text, at)``, made in about half the time: a page removes hundreds."""
    block: Removed = object.__new__(Removed)
    _SET_KIND(block, kind)
    _SET_TEXT(block, text)
    _SET_AT(block, at)
    return block


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
    page_type: PageType | None = None
    comments: tuple[Comment, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    description: str | None = None
    tags: tuple[str, ...] = ()
    image: str | None = None
    canonical_url: str | None = None
    modified: datetime | None = None
    license: str | None = None
    authors: tuple[str, ...] = ()
    # The body as a document (headings, lists, code, tables, quotes, figures), in reading
    # order; ``paragraphs`` lists each block's ``lines``.
    blocks: tuple[BodyBlock, ...] = ()
    # How much to trust the body, 0-1 (docs/fields.md: how it is computed); 0.0 for an
    # empty or near-empty article.
    confidence: float = 0.0

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
            "page_type": self.page_type.value if self.page_type else None,
            "comments": [c.to_dict() for c in self.comments],
            "warnings": list(self.warnings),
            "confidence": self.confidence,
            "blocks": [b.to_dict() for b in self.blocks],
        }

    def to_markdown(self, *, links: bool = True, images: bool = True) -> str:
        """The article as Markdown (CommonMark, GitHub tables, fenced code): the title as the
        only level-1 heading, a line of author, time and url, then the body blocks (or the
        paragraphs); links as text without ``links``, figures as captions without ``images``.
        See docs/renderers.md."""
        return to_markdown(
            self.title,
            self.blocks,
            paragraphs=self.paragraphs,
            author=self.author,
            published=self.published,
            url=self.url,
            links=links,
            images=images,
        )

    def to_html(self) -> str:
        """The article as a safe HTML fragment: semantic elements only, no attribute but
        href, src, alt and lang, no url but http, https, mailto or relative ones, built as a
        tree. See docs/renderers.md."""
        return to_html(
            self.title,
            self.blocks,
            paragraphs=self.paragraphs,
            author=self.author,
            published=self.published,
            url=self.url,
            language=self.language,
        )

    def to_json(self, *, indent: int | None = None) -> str:
        """Return :meth:`to_dict` as a JSON string, non-ASCII characters kept as they are."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """The Article that :meth:`to_dict` gave data for, equal to the one written.

        Each field is read by its declared type: times from ISO 8601 (offsets kept), kinds
        by value, lists as tuples, links and removed blocks as records. A missing field
        takes its default (a record from an older version), and keys that are not fields
        are ignored: a record from a newer version, or a batch record with its ``input``
        and ``status``, reads all the same. A field of the wrong type raises a
        :class:`~dechaff.errors.RecordError` naming it.
        """
        return _from_record(cls, data, "")

    @classmethod
    def from_json(cls, text: str | bytes) -> Article:
        """The Article that :meth:`to_json` wrote; see :meth:`from_dict`."""
        try:
            data = json.loads(text)
        except (TypeError, ValueError) as exc:
            raise RecordError(f"not a JSON record of an Article: {exc}") from None
        return cls.from_dict(data)


_Record = TypeVar("_Record", Article, Link, Removed, Comment, BodyBlock, Cell, Span)


_HINTS: dict[type[Any], dict[str, Any]] = {}


def _hints(cls: type[Any]) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = get_type_hints(cls)
    return _HINTS[cls]


def _from_record(cls: type[_Record], data: object, where: str) -> _Record:
    """An instance of a result type from its to_dict() values, field by declared type."""
    if not isinstance(data, Mapping):
        raise RecordError(f"{where or cls.__name__} must be a JSON object, not {_shown(data)}")
    values = {}
    for item in fields(cls):
        name = f"{where}.{item.name}" if where else item.name
        if item.name in data:
            values[item.name] = _read(name, _hints(cls)[item.name], data[item.name])
        elif item.default is MISSING and item.default_factory is MISSING:
            raise RecordError(f"{name} is missing")
    return cls(**values)


def _read(name: str, hint: Any, value: object) -> Any:
    """One value read as the type hint says, or a RecordError naming the field."""
    origin, args = get_origin(hint), get_args(hint)
    if origin in (Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        return _read_union(name, [a for a in args if a is not type(None)], value)
    if origin is Literal:
        if value in args and isinstance(value, str):
            return value
        raise RecordError(f"{name} must be one of {', '.join(map(repr, args))}, not {value!r}")
    if origin is tuple:
        if not isinstance(value, (list, tuple)):
            raise RecordError(f"{name} must be a list, not {_shown(value)}")
        return tuple(_read(f"{name}[{i}]", args[0], v) for i, v in enumerate(value))
    if hint is datetime:
        return _read_time(name, value)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        try:
            return hint(value)
        except ValueError:
            raise RecordError(f"{name} must be a {hint.__name__} value, not {value!r}") from None
    if isinstance(hint, type) and is_dataclass(hint):  # Link, Removed, Comment, BodyBlock...
        record_type: type[Any] = hint
        return _from_record(record_type, value, name)
    return _read_plain(name, hint, value)


def _read_union(name: str, options: list[Any], value: object) -> Any:
    for option in options[:-1]:
        try:
            return _read(name, option, value)
        except RecordError:
            continue
    return _read(name, options[-1], value)


def _read_time(name: str, value: object) -> datetime:
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    raise RecordError(f"{name} must be an ISO 8601 time, not {_shown(value)}")


def _read_plain(name: str, hint: Any, value: object) -> Any:
    """str, int, float and bool, each as JSON writes it (an int for a float too)."""
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if hint in (str, int, float, bool) and type(value) is hint:
        return value
    if hint is Any:
        return value
    wanted = getattr(hint, "__name__", str(hint))
    raise RecordError(f"{name} must be {wanted}, not {_shown(value)}")


def _shown(value: object) -> str:
    text = repr(value)
    return f"{text if len(text) <= 60 else text[:57] + '...'} ({type(value).__name__})"
