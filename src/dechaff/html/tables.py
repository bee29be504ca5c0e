"""Tables of data and code listings, read from their markup.

A ``<table>`` holds data when its cells hold text, not page parts: a table that nests
another table, has a cell with several paragraphs, a list or a heading, or has a single
row or a single column lays out the page, and its cells are read as the text they hold.
"""

from __future__ import annotations

import re

from ..core.blocks import clean_line
from ..document import Cell
from .parse import Element

CELL_TAGS = frozenset({"td", "th"})
# Block-level content that says a cell is a box of the page's layout, not a datum.
LAYOUT_CONTENT = ("table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre")
# Paragraph elements a data cell holds at most.
MAX_CELL_PARAGRAPHS = 1
# Elements whose text is never shown.
HIDDEN_TAGS = frozenset({"script", "style", "template", "noscript"})

# Where markup names a listing's language: class="language-python", "lang-js",
# "highlight-source-go", "brush: ruby"; data-lang / data-language attributes.
_LANGUAGE_CLASS = re.compile(
    r"(?:^|\s)(?:language|lang|highlight(?:-source)?)-([A-Za-z0-9_+#.-]+)|brush:\s*([A-Za-z0-9_+#.-]+)"
)
LANGUAGE_ATTRIBUTES = ("data-lang", "data-language")
# Class words that look like a language name but say nothing of one.
NOT_LANGUAGES = frozenset({"none", "plaintext", "text", "plain", "nohighlight", "auto"})


def plain_text(element: Element) -> str:
    """The element's shown text, whitespace collapsed (scripts and styles left out)."""
    parts: list[str] = []
    if element.text:
        parts.append(element.text)
    for child in element:
        if isinstance(child.tag, str) and child.tag not in HIDDEN_TAGS:
            parts.append(" ")
            parts.append(plain_text(child))
            parts.append(" " if child.tag in CELL_TAGS else "")
        if child.tail:
            parts.append(child.tail)
    return clean_line("".join(parts))


def _rows(table: Element) -> list[Element]:
    """The table's own rows (those of its thead, tbody, tfoot or itself)."""
    rows = []
    for child in table:
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in ("thead", "tbody", "tfoot"):
            rows.extend(row for row in child if row.tag == "tr")
    return rows


def data_rows(table: Element) -> tuple[tuple[Cell, ...], ...] | None:
    """The table's rows of cells when it holds data; None for a table of the page's layout."""
    for _nested in table.iterdescendants("table"):
        return None
    rows = _rows(table)
    if len(rows) < 2:
        return None
    out: list[tuple[Cell, ...]] = []
    for row in rows:
        parent = row.getparent()
        in_head = parent is not None and parent.tag == "thead"
        cells: list[Cell] = []
        for cell in row:
            if cell.tag not in CELL_TAGS:
                continue
            if _is_layout_cell(cell):
                return None
            cells.append(Cell(plain_text(cell), header=in_head or cell.tag == "th"))
        if cells:
            out.append(tuple(cells))
    if len(out) < 2 or max(len(cells) for cells in out) < 2:
        return None
    return tuple(out)


def _is_layout_cell(cell: Element) -> bool:
    for _found in cell.iter(*LAYOUT_CONTENT):
        return True
    return any(count >= MAX_CELL_PARAGRAPHS for count, _ in enumerate(cell.iter("p", "div")))


def table_text(rows: tuple[tuple[Cell, ...], ...]) -> str:
    """A table's plain text: a row a line, its cells joined by ``" | "``."""
    return "\n".join(" | ".join(cell.text for cell in row) for row in rows)


def code_text(pre: Element) -> str:
    """A listing's text exactly as the page shows it: line breaks and indentation kept,
    the line break right after ``<pre>`` (which browsers drop) and trailing ones trimmed."""
    text = "".join(t for t in pre.itertext() if isinstance(t, str))
    if text.startswith("\r\n"):
        text = text[2:]
    elif text.startswith("\n"):
        text = text[1:]
    return text.rstrip("\r\n")


def code_language(pre: Element) -> str | None:
    """The language the markup names for a listing: on the ``<pre>``, its ``<code>``
    child, or the box right around it."""
    candidates = [pre, *(child for child in pre if child.tag == "code")]
    parent = pre.getparent()
    if parent is not None:
        candidates.append(parent)
    for element in candidates:
        for name in LANGUAGE_ATTRIBUTES:
            value = element.get(name)
            if value and value.strip().lower() not in NOT_LANGUAGES:
                return value.strip().lower()
        match = _LANGUAGE_CLASS.search(element.get("class") or "")
        if match:
            language = (match.group(1) or match.group(2)).lower()
            if language not in NOT_LANGUAGES:
                return language
    return None
