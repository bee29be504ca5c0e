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


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell of a table row; ``header`` for a heading cell (``<th>``, a ``<thead>`` row)."""

    text: str
    header: bool = False

    def to_dict(self) -> dict[str, Any]:
        """Return the cell as JSON-ready values."""
        return {"text": self.text, "header": self.header}


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
        if self.role is BlockRole.LIST_ITEM:
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
