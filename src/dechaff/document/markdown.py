"""An article as Markdown: CommonMark, with GitHub's tables and fenced code.

The title is the only level-1 heading (``# ``), then a line of facts (author, time, url,
each in italics), then the body blocks, a blank line between two blocks and none between
the items of a list:

- paragraph: its text; a heading: ``##`` to ``######`` (see ``heading_levels``);
- list item: ``- `` or ``1. `` (numbered per list), nested under its parent item's text;
  a list right after another at the same depth takes the other marker (``*``, ``1)``),
  since CommonMark would join the two;
- code: a fence of backticks longer than any run in the code, the language after it, the
  code as it is;
- table: a GitHub table whose header row is the first row (GitHub has no table without
  one), short rows padded with empty cells, line breaks in a cell as spaces;
- quote: ``> `` before every line; figure: ``![alt](src)`` and the caption in italics.

Links are ``[text](url)``. With ``links=False`` a link is its text; with ``images=False``
a figure is its caption. A url other than http, https, mailto or a relative one is never
written: its link becomes text, its image is left out. Text is escaped as
:mod:`dechaff.document.md_inline` says.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from datetime import datetime

from .body import body_blocks, heading_levels, list_entries
from .inline import prose, xml_safe
from .md_inline import escape, image, inline
from .model import BlockRole, BodyBlock, Cell, Span, SpanKind

__all__ = ["to_markdown"]


def to_markdown(
    title: str | None,
    blocks: Sequence[BodyBlock],
    *,
    paragraphs: Sequence[str] = (),
    author: str | None = None,
    published: datetime | None = None,
    url: str | None = None,
    links: bool = True,
    images: bool = True,
) -> str:
    """The article as Markdown ending in a line break, or "" when it has nothing to show.

    ``paragraphs`` stand in for ``blocks`` when there are none, a paragraph block each.
    """
    parts: list[str] = []
    if title and title.strip():
        parts.append("# " + inline(title, heading=True))
    facts = [f for f in (author, published and published.isoformat(), url) if f and f.strip()]
    if facts:
        parts.append(" · ".join(_italic(fact) for fact in facts))
    body = body_blocks(blocks, paragraphs, title)
    levels = heading_levels(body)
    numbered = list(enumerate(body))
    for is_list, group in itertools.groupby(numbered, lambda n: n[1].role is BlockRole.LIST_ITEM):
        if is_list:
            parts.append(_list([block for _, block in group], links))
            continue
        for index, block in group:
            text = _block(block, levels.get(index, 2), links, images)
            if text:
                parts.append(text)
    return "\n\n".join(parts) + "\n" if parts else ""


def _italic(text: str) -> str:
    return inline(text, [Span(SpanKind.EMPHASIS, 0, len(text))])


def _block(block: BodyBlock, level: int, links: bool, images: bool) -> str:
    """One block that is not a list item, as Markdown ("" when it shows nothing)."""
    role = block.role
    if role is BlockRole.CODE:
        return _code(block.text, block.language)
    if role is BlockRole.TABLE and block.rows:
        return _table(block.rows)
    if role is BlockRole.FIGURE:
        return _figure(block, images)
    text = inline(block.text, block.spans, links=links, heading=role is BlockRole.HEADING)
    if not text:
        return ""
    if role is BlockRole.HEADING:
        return f"{'#' * level} {text}"
    if role is BlockRole.QUOTE:
        return "\n".join(f"> {line}" for line in text.split("\n"))
    return text


def _code(text: str, language: str | None) -> str:
    """A fenced code block holding the text exactly."""
    longest = max((len(r) for r in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    info = "".join(xml_safe(language or "").split()[:1]).replace("`", "")
    body = text if not text or text.endswith("\n") else text + "\n"
    return f"{fence}{info}\n{body}{fence}"


def _table(rows: Sequence[Sequence[Cell]]) -> str:
    """A GitHub table: the first row as its header, every row as wide as the widest."""
    width = max(len(row) for row in rows)
    if not width:
        return ""

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join([*cells, *[""] * (width - len(cells))]) + " |"

    lines = [line([_cell(c.text) for c in row]) for row in rows if row]
    lines.insert(1, line(["---"] * width))
    return "\n".join(lines)


def _cell(text: str) -> str:
    return escape(" ".join(prose(text).split()))


def _figure(block: BodyBlock, images: bool) -> str:
    """``![alt](src)`` (when images are shown and the url may be) over the caption in
    italics, a hard break between them."""
    shown = image(block.src, block.alt) if images else None
    caption = block.caption or block.text
    lines = [shown] if shown else []
    if caption and caption.strip():
        lines.append(_italic(caption))
    return "\\\n".join(lines)


def _list(items: Sequence[BodyBlock], links: bool) -> str:
    """A run of list items: each nested lists indented to its parent item's text."""
    lines: list[str] = []
    chars: dict[int, str] = {}  # the marker of the list open at each depth
    counts: dict[int, int] = {}
    indents = [0]  # the column of the items at each depth
    for entry in list_entries(items):
        depth, ordered = entry.depth, entry.item.ordered
        del indents[depth + 1 :]
        if entry.new:
            counts[depth] = 0
            usual, other = (".", ")") if ordered else ("-", "*")
            chars[depth] = other if entry.follows and chars.get(depth) == usual else usual
        counts[depth] += 1
        marker = f"{counts[depth]}{chars[depth]}" if ordered else chars[depth]
        indents.append(indents[depth] + len(marker) + 1)
        text = inline(entry.item.text, entry.item.spans, links=links).split("\n")
        first = " " * indents[depth] + marker + (f" {text[0]}" if text[0] else "")
        lines += [first, *(" " * indents[depth + 1] + line for line in text[1:])]
    return "\n".join(lines)
