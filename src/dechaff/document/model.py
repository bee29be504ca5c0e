"""The article's body as a document: :class:`BodyBlock` records in reading order.

One record type with a :class:`BlockRole`, not a family of classes: a caller walks
``article.blocks`` and switches on ``block.role`` (a closed enum, so a type checker sees
every case), and every record has the same fields, of which a role uses a few (a
heading its ``level``, a list item ``ordered``/``depth``/``list_id``, code its
``language``, a table its ``rows``, a figure ``src``/``alt``/``caption``); the others
keep their empty defaults and are left out of :meth:`BodyBlock.to_dict`.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


class BlockRole(enum.Enum):
    """What a body block is on the page."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    CODE = "code"
    TABLE = "table"
    QUOTE = "quote"
    FIGURE = "figure"

    def __str__(self) -> str:
        return self.value


class SpanKind(enum.Enum):
    """What an inline span of a block's text is."""

    LINK = "link"
    EMPHASIS = "emphasis"
    STRONG = "strong"
    CODE = "code"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True, slots=True)
class Span:
    """Inline markup over ``text[start:end]`` of a block: a link (with its url), emphasis,
    strong emphasis or inline code. The block's ``text`` itself stays plain."""

    kind: SpanKind
    start: int
    end: int
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """Return the span as JSON-ready values (``url`` only for links)."""
        out: dict[str, Any] = {"kind": self.kind.value, "start": self.start, "end": self.end}
        if self.url is not None:
            out["url"] = self.url
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Span:
        """The span :meth:`to_dict` gave data for (ValueError or TypeError if malformed)."""
        return cls(
            SpanKind(data["kind"]),
            _typed(data, "start", int),
            _typed(data, "end", int),
            _typed(data, "url", str, None),
        )


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell of a table row; ``header`` for a heading cell (``<th>``, a ``<thead>`` row)."""

    text: str
    header: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Return the cell as JSON-ready values."""
        return {"text": self.text, "header": self.header}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Cell:
        """The cell :meth:`to_dict` gave data for (ValueError or TypeError if malformed)."""
        return cls(_typed(data, "text", str), _typed(data, "header", bool, False))


@dataclass(frozen=True, slots=True)
class BodyBlock:
    """One block of the article's body, in reading order.

    ``text`` is the block's plain text: for code, its lines and indentation exactly as
    the page shows them; for a table, its rows a line each with the cells joined by
    ``" | "``; for a figure, its caption. ``lines`` are the body lines the block stands
    for in :attr:`Article.paragraphs <dechaff.article.Article.paragraphs>`, which lists
    every block's lines in order (a figure without a body caption has none).
    """

    role: BlockRole
    text: str = ""
    lines: tuple[str, ...] = ()
    level: int = 0  # heading: 1-6, from the page's h1-h6 (or a text dump's "#" marks)
    ordered: bool = False  # list item: in a numbered list
    depth: int = 0  # list item: 0 in a top-level list, 1 in a list inside an item, ...
    list_id: int = -1  # list item: the same number for the items of one list
    language: str | None = None  # code: the language the markup names, if any
    rows: tuple[tuple[Cell, ...], ...] = ()  # table
    src: str | None = None  # figure: the image url, resolved against the page's url
    alt: str | None = None  # figure: the image's alt text
    caption: str | None = None  # figure: its caption
    spans: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return the block as JSON-ready values: role, text and lines, then only the
        fields its role uses that differ from their defaults."""
        out: dict[str, Any] = {"role": self.role.value, "text": self.text}
        out["lines"] = list(self.lines)
        if self.level:
            out["level"] = self.level
        if self.role is BlockRole.LIST_ITEM or self.ordered or self.depth or self.list_id != -1:
            out.update(ordered=self.ordered, depth=self.depth, list_id=self.list_id)
        if self.language is not None:
            out["language"] = self.language
        if self.rows:
            out["rows"] = [[cell.to_dict() for cell in row] for row in self.rows]
        for name in ("src", "alt", "caption"):
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        if self.spans:
            out["spans"] = [span.to_dict() for span in self.spans]
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> BodyBlock:
        """The block :meth:`to_dict` gave data for, fields it leaves out at their defaults
        (ValueError or TypeError if malformed). :meth:`Article.from_dict
        <dechaff.article.Article.from_dict>` reads blocks with errors naming the field."""
        return cls(
            BlockRole(data["role"]),
            _typed(data, "text", str, ""),
            tuple(_typed({"line": line}, "line", str) for line in data.get("lines", ())),
            level=_typed(data, "level", int, 0),
            ordered=_typed(data, "ordered", bool, False),
            depth=_typed(data, "depth", int, 0),
            list_id=_typed(data, "list_id", int, -1),
            language=_typed(data, "language", str, None),
            rows=tuple(tuple(Cell.from_dict(c) for c in row) for row in data.get("rows", ())),
            src=_typed(data, "src", str, None),
            alt=_typed(data, "alt", str, None),
            caption=_typed(data, "caption", str, None),
            spans=tuple(Span.from_dict(span) for span in data.get("spans", ())),
        )


_REQUIRED: Any = object()


def _typed(data: Mapping[str, Any], name: str, kind: type[Any], default: Any = _REQUIRED) -> Any:
    """``data[name]``, which must be a ``kind`` (bool is not an int), or ``default``."""
    if name not in data or (data[name] is None and default is None):
        if default is _REQUIRED:
            raise ValueError(f"{name} is missing")
        return default
    value = data[name]
    if type(value) is not kind:
        raise TypeError(f"{name} must be {kind.__name__}, not {type(value).__name__}")
    return value
