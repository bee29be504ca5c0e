"""The body's structure from the markup: the labelled body lines grouped into BodyBlocks.

Runs after labelling, on the body lines only (a few dozen a page). Each line's role comes
from its own element and the nearest of its ancestors that says more, nearest first: a
heading (``h1``-``h6``), a listing (``pre``), a cell of a table of data (``td``/``th``; a
layout table's cells pass through), a list item (``li``), a quotation (``blockquote``),
a figure's caption (``figcaption``); else a paragraph. The climb stops at the
containers of page parts (``article``, ``main``, ``section``, ``body``): an article set
in a list item of the page's list of posts is not a list item.

One ``pre`` is one code block and one data table one table block, however many lines the
walk cut them into; the lines of one ``li`` are one item, consecutive lines of one
``blockquote`` one quote. Every body line is in exactly one block's ``lines``, in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ..core.blocks import Block
from ..core.tree import Tree
from ..document import BlockRole, BodyBlock, Cell, Span
from .figures import Figure, figures
from .inline import resolve, spans_of
from .parse import Element
from .segment import BLOCK_TAGS, hint_of_element
from .tables import code_language, code_text, data_rows, table_text

HEADINGS = {f"h{level}": level for level in range(1, 7)}
LIST_TAGS = frozenset({"ol", "ul", "menu", "dir"})
# The climb for a line's role ends at these: they wrap parts of the page, not a quotation
# or a list item's text.
STOP_TAGS = frozenset({"article", "main", "section", "body", "html"})
# A list item of more lines than this is a box of the page set in a list, not an item.
MAX_ITEM_LINES = 8
# Roles whose lines take spans, and those whose consecutive lines of one element join.
_SPANNED = frozenset({"paragraph", "heading", "item", "quote"})
_JOINED = frozenset({"code", "table", "item", "quote"})

Rows = tuple[tuple[Cell, ...], ...]


@dataclass(slots=True)
class _Line:
    text: str
    role: str  # paragraph, heading, code, table, item, quote, caption
    owner: Element | None  # the element a joined role groups by (pre, table, li, ...)
    level: int = 0
    spans: tuple[Span, ...] = ()


def body_blocks(
    lines: Sequence[Block], tree: Tree, root: Element | None, url: str | None
) -> tuple[BodyBlock, ...]:
    """The body lines (labelled article text, in page order) as BodyBlocks."""
    if tree.element is None or not lines:
        return tuple(BodyBlock(BlockRole.PARAGRAPH, b.text, (b.text,)) for b in lines)
    element_of = tree.element
    elements: list[Element | None] = [element_of(b.node) if b.node >= 0 else None for b in lines]
    tables: dict[Element, Rows | None] = {}
    line = _Roles(tables).line
    marked = [line(b, element) for b, element in zip(lines, elements, strict=True)]
    _demote_long_items(marked)
    base = _base(root, url)
    _add_spans(marked, elements, base)
    found: list[Figure] = []
    container = _container(tree, [b.node for b in lines])
    if container >= 0:
        line_elements = [e for e in elements if e is not None]
        if len(line_elements) == len(elements):
            found = figures(element_of(container), line_elements, base, _Hints().of)
    return _assemble(marked, found, tables)


class _Hints(dict[Element, object]):
    """hint_of_element, read once per element: the images of a page share their boxes."""

    def of(self, element: Element) -> object:
        return self[element]

    def __missing__(self, element: Element) -> object:
        hint = self[element] = hint_of_element(element)
        return hint


# A line's role, the element it groups by, and its heading level.
_Role = tuple[str, Element | None, int]
_PARAGRAPH: _Role = ("paragraph", None, 0)


class _Roles(dict[Element, _Role]):
    """The role of each element a climb passed, read once a page: lines share ancestors."""

    def __init__(self, tables: dict[Element, Rows | None]) -> None:
        super().__init__()
        self.tables = tables

    def line(self, block: Block, element: Element | None) -> _Line:
        """A line's role from its element and the nearest ancestor that has one."""
        role, owner, level = self.of(element) if element is not None else _PARAGRAPH
        return _Line(block.text, role, owner, level)

    def of(self, element: Element) -> _Role:
        """The role of an element's lines; the climb's elements all take it."""
        passed: list[Element] = []
        found = _PARAGRAPH
        node: Element | None = element
        while node is not None:
            if node in self:
                found = self[node]
                break
            passed.append(node)
            own = self._own(node)
            if own is not None:
                if isinstance(own, tuple):
                    found = own
                    break
                node = own  # a layout table's cell: the climb goes on from the table
            elif node.tag in STOP_TAGS:
                break
            node = node.getparent()
        for node in passed:
            self[node] = found
        return found

    def _own(self, node: Element) -> _Role | Element | None:
        """The role an element's tag gives; a layout table for a cell of one; else None."""
        tag = node.tag
        if tag in HEADINGS:
            return "heading", node, HEADINGS[str(tag)]
        if tag == "pre":
            return "code", node, 0
        if tag in ("td", "th"):
            table = _table_of(node)
            if table is None:
                return None
            tables = self.tables
            if table not in tables:
                tables[table] = data_rows(table)
            return ("table", table, 0) if tables[table] is not None else table
        if tag == "li":
            return "item", node, 0
        if tag == "blockquote":
            return "quote", node, 0
        if tag == "figcaption":
            return "caption", node.getparent(), 0
        return None


def _table_of(cell: Element) -> Element | None:
    node = cell.getparent()
    while node is not None and node.tag != "table":
        node = node.getparent()
    return node


def _demote_long_items(marked: list[_Line]) -> None:
    counts: dict[Element, int] = {}
    for line in marked:
        if line.role == "item" and line.owner is not None:
            counts[line.owner] = counts.get(line.owner, 0) + 1
    for line in marked:
        if line.role == "item" and line.owner is not None and counts[line.owner] > MAX_ITEM_LINES:
            line.role, line.owner = "paragraph", None


def _base(root: Element | None, url: str | None) -> str | None:
    """The url relative urls resolve against: the page's, else its ``<base href>``."""
    if url:
        return url
    if root is not None:
        for base in root.iter("base"):
            href = resolve(None, base.get("href"), frozenset({"http", "https"}))
            if href and "://" in href:
                return href
            break
    return None


def _add_spans(marked: list[_Line], elements: Sequence[Element | None], base: str | None) -> None:
    """Each spanned line's links, emphasis and inline code, read element by element."""
    by_element: dict[Element, list[int]] = {}
    for index, (line, element) in enumerate(zip(marked, elements, strict=True)):
        if element is not None and line.role in _SPANNED:
            by_element.setdefault(element, []).append(index)
    for element, indexes in by_element.items():
        found = spans_of(element, [marked[i].text for i in indexes], BLOCK_TAGS, base)
        for index, spans in zip(indexes, found, strict=True):
            marked[index].spans = tuple(spans)


def _container(tree: Tree, nodes: Sequence[int]) -> int:
    """The nearest container that holds every node (-1: none)."""
    if not nodes or min(nodes) < 0:
        return -1
    parent = tree.parent
    if max(nodes) >= len(parent):  # as tree.parent_of: a node outside the tree is a root
        parent = parent + [-1] * (max(nodes) + 1 - len(parent))
    path: list[int] = []
    node = nodes[0]
    while node >= 0:
        path.append(node)
        node = parent[node]
    on_path = {node: depth for depth, node in enumerate(path)}
    deepest = 0
    for node in nodes[1:]:
        while node >= 0 and node not in on_path:
            node = parent[node]
        if node < 0:
            return -1
        deepest = max(deepest, on_path[node])
    return path[deepest]


def _assemble(
    marked: list[_Line], found: list[Figure], tables: dict[Element, Rows | None]
) -> tuple[BodyBlock, ...]:
    """The lines grouped into blocks, the figures at their places."""
    out: list[BodyBlock] = []
    boxes: list[Element | None] = []  # each block's <figure> when it is a figure
    lists: dict[Element, int] = {}
    figure_at = 0
    index = 0
    while index < len(marked) or figure_at < len(found):
        if figure_at < len(found) and found[figure_at].at <= index:
            out.append(found[figure_at].block)
            boxes.append(found[figure_at].box)
            figure_at += 1
            continue
        line = marked[index]
        end = index + 1
        if line.role in _JOINED:
            limit = found[figure_at].at if figure_at < len(found) else len(marked)
            while end < limit and marked[end].role == line.role and marked[end].owner is line.owner:
                end += 1
        run = marked[index:end]
        if line.role == "caption" and out and boxes[-1] is not None and boxes[-1] is line.owner:
            out[-1] = replace(out[-1], lines=(*out[-1].lines, line.text))
        else:
            out.append(_block(run, tables, lists))
            boxes.append(None)
        index = end
    return tuple(out)


def _block(
    run: list[_Line], tables: dict[Element, Rows | None], lists: dict[Element, int]
) -> BodyBlock:
    """One block of a run of lines of the same role and owner."""
    line = run[0]
    texts = tuple(item.text for item in run)
    owner = line.owner
    if line.role == "heading":
        return BodyBlock(BlockRole.HEADING, line.text, texts, level=line.level, spans=line.spans)
    if line.role == "code" and owner is not None:
        text = code_text(owner) or "\n".join(texts)
        return BodyBlock(BlockRole.CODE, text, texts, language=code_language(owner))
    if line.role == "table" and owner is not None:
        rows = tables[owner] or ()
        return BodyBlock(BlockRole.TABLE, table_text(rows), texts, rows=rows)
    text, spans = _joined(run)
    if line.role == "item" and owner is not None:
        listing, ordered, depth = _list_of(owner)
        list_id = lists.setdefault(listing, len(lists))
        return BodyBlock(
            BlockRole.LIST_ITEM,
            text,
            texts,
            ordered=ordered,
            depth=depth,
            list_id=list_id,
            spans=spans,
        )
    role = BlockRole.QUOTE if line.role == "quote" else BlockRole.PARAGRAPH
    return BodyBlock(role, text, texts, spans=spans)


def _joined(run: list[_Line]) -> tuple[str, tuple[Span, ...]]:
    """The lines' texts a line each, their spans moved to where each line starts."""
    if len(run) == 1:
        return run[0].text, run[0].spans
    spans: list[Span] = []
    offset = 0
    for line in run:
        spans.extend(replace(s, start=s.start + offset, end=s.end + offset) for s in line.spans)
        offset += len(line.text) + 1
    return "\n".join(line.text for line in run), tuple(spans)


def _list_of(item: Element) -> tuple[Element, bool, int]:
    """The list an item belongs to, whether it is numbered, and how deep it is nested."""
    listing: Element | None = None
    ordered = False
    depth = -1
    node = item.getparent()
    while node is not None and node.tag not in STOP_TAGS:
        if node.tag in LIST_TAGS:
            if listing is None:
                listing, ordered = node, node.tag == "ol"
            depth += 1
        node = node.getparent()
    if listing is None:
        parent = item.getparent()
        return (parent if parent is not None else item), False, 0
    return listing, ordered, depth
