"""An article as a safe, standalone HTML fragment: semantic elements only, built as a tree.

The fragment is a sequence of top-level elements (no wrapper: the allowed elements have
none that fits), each serialized by lxml, so every text and attribute value is escaped
by the serializer and never pasted into markup. The title is the only ``h1``; a ``p`` of
facts (author, time, url) follows; then the body blocks:

- paragraph ``p``; heading ``h2``-``h6`` (see ``heading_levels``); list items ``li`` in
  nested ``ul``/``ol``, one list per ``list_id``; code ``pre`` > ``code`` with the text
  exactly; table ``table`` > ``thead`` (the first row, when it has header cells) and
  ``tbody``, a cell ``th`` or ``td`` as its ``header`` says; quote ``blockquote``; figure
  ``figure`` > ``img`` and ``figcaption``;
- spans: ``a``, ``em``, ``strong``, ``code``; a line break ``br`` (a line break in a
  heading or a table cell is a space).

Only the elements :data:`ELEMENTS` and the attributes :data:`ATTRIBUTES` appear; a url
(``href``, ``src``) is http, https, mailto or relative, else its link is left as text
and its image out. The page's ``language``, when it is a language tag, is the ``lang``
of every top-level element. A code block's language is not kept: no attribute may hold it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime

import lxml.html
from lxml import etree

from .body import body_blocks, heading_levels, list_entries, safe_url
from .inline import Run, prose, runs, xml_safe
from .model import BlockRole, BodyBlock, Cell, Span, SpanKind

__all__ = ["ATTRIBUTES", "ELEMENTS", "body_elements", "to_html"]

ELEMENTS = frozenset(
    {"h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "pre", "code", "br"}
    | {"table", "thead", "tbody", "tr", "th", "td", "blockquote", "figure", "img"}
    | {"figcaption", "a", "em", "strong"}
)
ATTRIBUTES = frozenset({"href", "src", "alt", "lang"})
_LANGUAGE = re.compile(r"[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*")
_TAGS = {SpanKind.EMPHASIS: "em", SpanKind.STRONG: "strong", SpanKind.CODE: "code"}
_BREAK = re.compile(r"[ \t]*\n\s*")

_Element = etree._Element


def to_html(
    title: str | None,
    blocks: Sequence[BodyBlock],
    *,
    paragraphs: Sequence[str] = (),
    author: str | None = None,
    published: datetime | None = None,
    url: str | None = None,
    language: str | None = None,
) -> str:
    """The article as an HTML fragment, each top-level element starting a line, ending in
    a line break; "" when it has nothing to show. ``paragraphs`` stand in for ``blocks`` when
    there are none."""
    top: list[_Element] = []
    if title and title.strip():
        top.append(_with_text("h1", title, ()))
    facts = [f for f in (author, published and published.isoformat()) if f and f.strip()]
    if facts or safe_url(url):
        top.append(_facts(facts, url))
    top += body_elements(body_blocks(blocks, paragraphs, title))
    lang = language if language and _LANGUAGE.fullmatch(language) else None
    out = []
    for element in top:
        if lang:
            element.set("lang", lang)
        out.append(lxml.html.tostring(element, encoding="unicode") + "\n")
    return "".join(out)


def body_elements(
    blocks: Sequence[BodyBlock],
    *,
    links: bool = True,
    figure: Callable[[BodyBlock], _Element | None] | None = None,
    before: Mapping[int, Sequence[_Element]] | None = None,
) -> list[_Element]:
    """The body's blocks as the top-level elements :func:`to_html` writes for them (each
    block one, a run of list items its nested lists; a block that shows nothing none).

    ``links=False`` writes each link as its text; ``figure`` builds a figure's element in
    place of ``figure`` > ``img``. ``before[i]`` are other elements, placed before block
    ``i`` (``before[len(blocks)]`` after the last): at the top level, or when block ``i``
    goes on a list, at the end of the list item before it, so the lists stay whole. The
    elements are new and unattached; nothing sets their ``lang``.
    """
    before = before or {}
    levels = heading_levels(blocks)
    top: list[_Element] = []
    at = 0
    while at < len(blocks):
        top += before.get(at, ())
        if blocks[at].role is BlockRole.LIST_ITEM:
            end = at + 1
            while end < len(blocks) and blocks[end].role is BlockRole.LIST_ITEM:
                end += 1
            inner = [before.get(i, ()) for i in range(at + 1, end)]
            top += _lists(blocks[at:end], inner, links=links)
            at = end
            continue
        block = blocks[at]
        if block.role is BlockRole.FIGURE and figure is not None:
            element = figure(block)
        else:
            element = _block(block, levels.get(at, 2), links=links)
        if element is not None:
            top.append(element)
        at += 1
    top += before.get(len(blocks), ())
    return top


def _facts(facts: Sequence[str], url: str | None) -> _Element:
    """``<p><em>author</em> · <em>time</em> · <em><a href>url</a></em></p>``."""
    line = etree.Element("p")
    for n, fact in enumerate(facts):
        _text(line, " · " if n else "")
        etree.SubElement(line, "em").text = prose(fact).strip()
    href = safe_url(url)
    if href and url:
        _text(line, " · " if facts else "")
        link = etree.SubElement(etree.SubElement(line, "em"), "a", href=href)
        link.text = prose(url).strip()
    return line


def _block(block: BodyBlock, level: int, *, links: bool) -> _Element | None:
    """One block that is not a list item as an element; None when it shows nothing."""
    role = block.role
    if role is BlockRole.CODE:
        pre = etree.Element("pre")
        etree.SubElement(pre, "code").text = xml_safe(block.text)
        return pre
    if role is BlockRole.TABLE and block.rows:
        return _table(block.rows)
    if role is BlockRole.FIGURE:
        return _figure(block)
    if not block.text.strip():
        return None
    if role is BlockRole.HEADING:
        return _with_text(f"h{level}", block.text, block.spans, links=links)
    tag = "blockquote" if role is BlockRole.QUOTE else "p"
    return _with_text(tag, block.text, block.spans, breaks=True, links=links)


def _with_text(
    tag: str, text: str, spans: Sequence[Span], *, breaks: bool = False, links: bool = True
) -> _Element:
    element = etree.Element(tag)
    _inline(element, text, spans, breaks=breaks, links=links)
    return element


def _inline(
    parent: _Element, text: str, spans: Sequence[Span], *, breaks: bool, links: bool = True
) -> None:
    """Fill an element with a block's text and spans; a line break ``br`` or a space."""
    text = prose(text)
    if not breaks:
        text = text.replace("\n", " ")
    _fill(parent, runs(text, spans), text, links)


def _fill(parent: _Element, run: Run, text: str, links: bool) -> None:
    for piece in run.pieces(text):
        if isinstance(piece, str):
            for n, line in enumerate(_BREAK.split(piece) if "\n" in piece else (piece,)):
                if n:  # a line break in the source too, so the text keeps its lines
                    etree.SubElement(parent, "br").tail = "\n"
                _text(parent, line)
            continue
        if piece.kind is SpanKind.LINK or piece.kind is None:
            href = safe_url(piece.url) if links else None
            if href is None:
                _fill(parent, piece, text, links)
                continue
            child = etree.SubElement(parent, "a", href=href)
        else:
            child = etree.SubElement(parent, _TAGS[piece.kind])
        if piece.kind is SpanKind.CODE:
            child.text = text[piece.start : piece.end]
        else:
            _fill(child, piece, text, links)


def _text(parent: _Element, text: str) -> None:
    """Add text at the end of an element's content: its text, or its last child's tail."""
    if not text:
        return
    if len(parent):
        last = parent[-1]
        last.tail = (last.tail or "") + text
    else:
        parent.text = (parent.text or "") + text


def _table(rows: Sequence[Sequence[Cell]]) -> _Element | None:
    rows = [row for row in rows if row]
    if not rows:
        return None
    table = etree.Element("table")
    if any(cell.header for cell in rows[0]):
        _row(etree.SubElement(table, "thead"), rows.pop(0))
    if rows:
        body = etree.SubElement(table, "tbody")
        for row in rows:
            _row(body, row)
    return table


def _row(parent: _Element, cells: Sequence[Cell]) -> None:
    row = etree.SubElement(parent, "tr")
    for cell in cells:
        tag = "th" if cell.header else "td"
        etree.SubElement(row, tag).text = " ".join(prose(cell.text).split())


def _figure(block: BodyBlock) -> _Element | None:
    """``figure`` > ``img`` (when its url may be shown) and ``figcaption``."""
    figure = etree.Element("figure")
    src = safe_url(block.src)
    if src:
        alt = " ".join(prose(block.alt or "").split())
        etree.SubElement(figure, "img", src=src, alt=alt)
    caption = block.caption or block.text
    if caption and caption.strip():
        _inline(etree.SubElement(figure, "figcaption"), caption, (), breaks=True)
    return figure if len(figure) else None


def _lists(
    items: Sequence[BodyBlock], inner: Sequence[Sequence[_Element]] = (), *, links: bool = True
) -> list[_Element]:
    """A run of list items as nested ``ul``/``ol``: the top-level lists. ``inner[i]`` go at
    the end of the ``li`` before item ``i + 1``."""
    top: list[_Element] = []
    open_lists: list[_Element] = []  # the list open at each depth
    item: _Element | None = None
    for n, entry in enumerate(list_entries(items)):
        if item is not None and n and n <= len(inner):
            item.extend(inner[n - 1])
        depth = entry.depth
        if entry.new:
            element = etree.Element("ol" if entry.item.ordered else "ul")
            if depth:
                open_lists[depth - 1][-1].append(element)  # in the parent's last item
            else:
                top.append(element)
            open_lists[depth:] = [element]
        del open_lists[depth + 1 :]
        item = etree.SubElement(open_lists[depth], "li")
        _inline(item, entry.item.text, entry.item.spans, breaks=True, links=links)
    return top
