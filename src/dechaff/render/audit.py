"""The audit report: one self-contained HTML file that shows what cleaning kept and cut.

For each page: its title and fields, a legend with the count of each kind, then every block
in page order: the body as the article reads (``Article.blocks`` built by the document
renderer as :meth:`Article.to_html` builds them: headings, lists, code, tables, quotes; its
paragraphs when it has no blocks), and removed blocks dimmed, each with its kind's colour
and name. Consecutive removed blocks form a run in a ``<details>``, collapsed when long.

The document is built as an lxml tree, so every text from a page is escaped when it is
serialized; the only style is this module's own CSS, there is no script, and no address
from a page becomes a link or a source (urls are shown as text: links are their text, a
figure its alt text, caption and url). A Content-Security-Policy forbids loading anything,
so the file opens offline and fetches nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from lxml import etree, html

from ..article import Article, Boilerplate, Link, Removed
from ..document import BodyBlock
from ..document.html import body_elements
from .audit_style import css, kind_class

__all__ = ["LONG_RUN", "Entry", "audit", "block_places", "page_order"]

Status = Literal["ok", "skipped", "failed"]
LONG_RUN = 12  # runs of more removed blocks than this start collapsed
CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:;"
    " base-uri 'none'; form-action 'none'"
)
# Characters XML (and so lxml) cannot hold: C0 controls but tab and newlines, lone
# surrogates, U+FFFE and U+FFFF.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_LANGUAGE = re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")


@dataclass(frozen=True, slots=True)
class Entry:
    """One page of a report: its name and its Article, or why it has none.

    ``status`` is ``ok`` with an ``article``, or ``skipped`` / ``failed`` with a
    ``message`` saying why (a batch's reason or error).
    """

    name: str
    article: Article | None = None
    status: Status = "ok"
    message: str | None = None


Run = list[Removed]


def audit(articles: Iterable[Article | Entry], *, title: str = "dechaff audit") -> str:
    """Return the audit report of some cleaned pages as one self-contained HTML document.

    ``articles`` are Articles, or :class:`Entry` objects that also name each page and can
    stand for a page that was skipped or failed. No pages give a valid report that says so.
    """
    entries = [_entry(item, index) for index, item in enumerate(articles, 1)]
    root = etree.Element("html", lang="en")
    _head(root, title)
    body = _sub(etree.SubElement(root, "body"), "div", cls="wrap", id="top")
    _sub(body, "h1", _text(title))
    _sub(body, "p", _tally(entries), cls="lead")
    if len(entries) > 1:
        _contents(body, entries)
    if not entries:
        _sub(body, "p", "No pages: nothing was given to the report.", cls="empty")
    for index, entry in enumerate(entries, 1):
        _page(body, entry, index, several=len(entries) > 1)
    document: str = html.tostring(
        root, encoding="unicode", method="html", doctype="<!DOCTYPE html>"
    )
    return document


def page_order(article: Article) -> Iterator[str | Run]:
    """The page's blocks in page order: each body paragraph, and each run of removed ones.

    A removed block goes before the paragraph whose index is its ``at`` (after the last
    paragraph when ``at`` is past the end).
    """
    removed = article.removed
    position = 0
    for index, paragraph in enumerate((*article.paragraphs, None)):
        run: Run = []
        while position < len(removed) and (paragraph is None or removed[position].at <= index):
            run.append(removed[position])
            position += 1
        if run:
            yield run
        if paragraph is not None:
            yield paragraph


def block_places(article: Article) -> dict[int, Run]:
    """The runs of removed blocks by the index of the body block each goes before
    (``len(article.blocks)`` for after the last), from ``Removed.at`` and the blocks' lines.

    A removed block goes before the first block with lines whose first line is at or after
    its ``at``: so one that falls inside a block of several lines (between two rows of a
    table) goes right after that block, and a block without lines (a figure) stays before
    the removed blocks at its place (its caption follows it).
    """
    starts: list[int] = []  # the first line of each block that has lines
    indexes: list[int] = []  # and its index in blocks
    line = 0
    for index, block in enumerate(article.blocks):
        if block.lines:
            starts.append(line)
            indexes.append(index)
            line += len(block.lines)
    places: dict[int, Run] = {}
    for removed in article.removed:
        at = bisect_left(starts, removed.at)
        index = indexes[at] if at < len(indexes) else len(article.blocks)
        places.setdefault(index, []).append(removed)
    return places


def _entry(item: Article | Entry, index: int) -> Entry:
    if isinstance(item, Entry):
        return item
    return Entry(item.url or f"page {index}", item)


def _head(root: etree._Element, title: str) -> None:
    head = etree.SubElement(root, "head")
    _sub(head, "meta", charset="utf-8")
    _sub(head, "meta", **{"http-equiv": "Content-Security-Policy", "content": CSP})
    _sub(head, "meta", name="viewport", content="width=device-width, initial-scale=1")
    _sub(head, "meta", name="referrer", content="no-referrer")
    _sub(head, "meta", name="generator", content="dechaff audit")
    _sub(head, "title", _text(title))
    _sub(head, "style", css())


def _tally(entries: Sequence[Entry]) -> str:
    counts = Counter(entry.status for entry in entries)
    pages = f"{len(entries)} page" + ("" if len(entries) == 1 else "s")
    return (
        f"{pages}: {counts['ok']} cleaned, {counts['skipped']} skipped, {counts['failed']} failed."
    )


def _contents(parent: etree._Element, entries: Sequence[Entry]) -> None:
    nav = _sub(parent, "nav", cls="toc")
    _sub(nav, "h2", "Pages")
    ol = _sub(nav, "ol")
    for index, entry in enumerate(entries, 1):
        li = _sub(ol, "li")
        _sub(li, "a", _heading(entry), href=f"#page-{index}")
        meta = _sub(li, "span", cls="meta")
        meta.text = " — " + _text(entry.name) + " · " + _summary(entry)


def _summary(entry: Entry) -> str:
    article = entry.article
    if entry.status != "ok" or article is None:
        return entry.status
    return f"{len(article.paragraphs)} body, {len(article.removed)} removed"


def _heading(entry: Entry) -> str:
    if entry.article is not None and entry.article.title:
        return _text(entry.article.title)
    return "(no title)" if entry.status == "ok" else f"({entry.status})"


def _page(parent: etree._Element, entry: Entry, index: int, *, several: bool) -> None:
    section = _sub(parent, "section", cls="page", id=f"page-{index}")
    article = entry.article
    if article is not None and article.language and _LANGUAGE.fullmatch(article.language):
        section.set("lang", article.language)  # picks the right CJK glyphs
    h2 = _sub(section, "h2", _heading(entry))
    if several:
        h2.text = f"{index}. {h2.text}"
    _sub(section, "p", _text(entry.name), cls="name")
    if entry.status != "ok" or article is None:
        _sub(section, "p", f"{entry.status}: {_text(entry.message or 'no article')}", cls="status")
    else:
        _fields(section, article)
        _legend(section, article)
        _blocks(section, article)
    if several:
        _sub(_sub(section, "p", cls="up"), "a", "↑ pages", href="#top")


def _fields(parent: etree._Element, article: Article) -> None:
    published = article.published.isoformat(sep=" ") if article.published else None
    rows: list[tuple[str, str | None]] = [
        ("site", article.site_name),
        ("published", published),
        ("author", article.author),
        ("source", article.source),
        ("views", None if article.views is None else f"{article.views:,}"),
        ("category", article.category),
        ("breadcrumbs", " › ".join(article.breadcrumbs) or None),
        ("previous", _link(article.prev)),
        ("next", _link(article.next)),
        ("language", article.language),
        ("encoding", article.encoding),
        ("url", article.url),
        ("read as", article.kind),
        ("confidence", f"{article.confidence:.2f}"),
    ]
    dl = _sub(parent, "dl", cls="fields")
    for label, value in rows:
        _sub(dl, "dt", label)
        if value is None:
            _sub(dl, "dd", "—", cls="none")
        else:
            _sub(dl, "dd", _text(value))
    _sub(dl, "dt", "warnings")
    if not article.warnings:
        _sub(dl, "dd", "none", cls="none")
    for warning in article.warnings:
        _sub(dl, "dd", _text(warning), cls="warn")


def _link(link: Link | None) -> str | None:
    if link is None:
        return None
    return link.text if link.url is None else f"{link.text} <{link.url}>"


def _legend(parent: etree._Element, article: Article) -> None:
    counts = Counter(block.kind for block in article.removed)
    ul = _sub(parent, "ul", cls="legend")
    entries = [("k-body", "body", len(article.paragraphs))]
    entries += [(kind_class(k), k.value, counts[k]) for k in sorted(counts, key=_kind_order)]
    for cls, name, count in entries:
        li = _sub(ul, "li", cls=cls)
        _sub(li, "span", name, cls="tag").tail = " "
        _sub(li, "span", str(count), cls="n")


def _kind_order(kind: Boilerplate) -> int:
    return list(Boilerplate).index(kind)


def _blocks(parent: etree._Element, article: Article) -> None:
    blocks = _sub(parent, "div", cls="blocks")
    if not article.paragraphs and not article.removed and not article.blocks:
        _sub(blocks, "p", "The page gave no blocks.", cls="empty")
    if article.blocks:
        _document(blocks, article)
        return
    for part in page_order(article):
        if isinstance(part, str):
            _sub(blocks, "p", _text(part), cls="blk body")
        else:
            blocks.append(_run(part))


def _document(parent: etree._Element, article: Article) -> None:
    """The body as :func:`body_elements` builds it, links as text and figures as
    :func:`_figure`, with each run of removed blocks in its place."""
    before = {index: [_run(run)] for index, run in block_places(article).items()}
    for element in body_elements(article.blocks, links=False, figure=_figure, before=before):
        if element.tag == "table":  # in a box that scrolls when the table is too wide
            _sub(parent, "div", cls="blk body tbl").append(element)
            continue
        if element.get("class") is None:
            element.set("class", "blk body")
        parent.append(element)


def _figure(block: BodyBlock) -> etree._Element:
    """A figure without its image: an "image" label, the alt text, caption and url as text."""
    figure = etree.Element("figure", {"class": "blk body fig"})
    line = _sub(figure, "p", cls="alt")
    _sub(line, "span", "image", cls="tag")
    alt = " ".join((block.alt or "").split())
    if alt:
        line[-1].tail = _text(alt)
    else:
        _sub(line, "span", "no alt text", cls="none")
    caption = block.caption or block.text
    if caption.strip():
        _sub(figure, "figcaption", _text(caption.strip()))
    if block.src:
        _sub(figure, "p", _text(block.src), cls="url")
    return figure


def _run(run: Run) -> etree._Element:
    details = etree.Element("details", {"class": "run"})
    if len(run) <= LONG_RUN:
        details.set("open", "open")
    counts = Counter(block.kind for block in run)
    kinds = ", ".join(f"{n} {kind.value}" for kind, n in counts.items())
    noun = "block" if len(run) == 1 else "blocks"
    _sub(details, "summary", f"{len(run)} removed {noun}: {kinds}")
    for block in run:
        div = _sub(details, "div", cls=f"blk rm {kind_class(block.kind)}")
        _sub(div, "span", block.kind.value, cls="tag").tail = _text(block.text)
    return details


def _sub(
    parent: etree._Element,
    tag: str,
    text: str | None = None,
    *,
    cls: str | None = None,
    **attributes: str,
) -> etree._Element:
    """A child element; its text is set as text, so serializing escapes it."""
    element = etree.SubElement(parent, tag, attributes)
    if cls is not None:
        element.set("class", cls)
    if text is not None:
        element.text = text
    return element


def _text(text: str) -> str:
    """A page's text with the characters an XML tree cannot hold made U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)
