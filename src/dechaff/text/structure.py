"""The body's structure in a text dump: what the text itself shows, nothing guessed.

A dump has no markup, so only marks a reader sees are read, and precision comes first (a
paragraph made a heading is worse than a heading left a paragraph):

- list items: a line opening with a bullet (``- ``, ``* ``, ``• ``, ``· ``) or a number
  (``1. ``, ``1) ``, ``(1)``, ``①``, ``（一）``, ``一、``), when the next or the previous
  item of the same kind goes on from it (the bullet repeats on the next line, the number
  counts up): a lone "12. Juni" is a date, not an item;
- headings: a Markdown heading (``#`` to ``######`` and a space), and a short line that
  opens a section the way the language writes one: in Chinese, an ``一、`` line with no
  closing punctuation followed by a longer paragraph.

The marker is left out of the block's ``text``; its ``lines`` hold the line as the page
shows it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..core.blocks import Block
from ..document import BlockRole, BodyBlock

_CN_DIGITS = "零一二三四五六七八九十百"
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# (style, pattern): the marker, then the item's text. Styles with a number count up.
MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("bullet-", re.compile(r"^-\s+(\S.*)$")),
    ("bullet*", re.compile(r"^\*\s+(\S.*)$")),
    ("bullet•", re.compile(r"^[•●▪‣◦]\s*(\S.*)$")),
    ("bullet·", re.compile(r"^·\s*(\S.*)$")),
    ("number.", re.compile(r"^(\d{1,3})\.\s+(\S.*)$")),
    ("number)", re.compile(r"^(\d{1,3})\)\s+(\S.*)$")),
    ("(number)", re.compile(r"^[(（](\d{1,3})[)）]\s*(\S.*)$")),
    ("circled", re.compile(rf"^([{_CIRCLED}])\s*(\S.*)$")),
    ("(cn)", re.compile(rf"^[(（]([{_CN_DIGITS}]{{1,3}})[)）]\s*(\S.*)$")),
    ("cn、", re.compile(rf"^([{_CN_DIGITS}]{{1,3}})、\s*(\S.*)$")),
)
_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(\S.*?)(?:\s+#+)?$")
# Chinese section titles: "一、" items this short with no closing punctuation, above a
# longer paragraph.
SECTION_STYLES = frozenset({"cn、"})
MAX_SECTION_UNITS = 25
_CLOSING = re.compile(r"[。！？；：，、.!?;:,…]$")


@dataclass(slots=True)
class _Mark:
    style: str = ""  # the marker's style; "" for no marker
    number: int = 0  # the marker's number (bullets: 0)
    text: str = ""  # the line without its marker
    heading: int = 0  # a heading's level


def body_blocks(lines: Sequence[Block]) -> tuple[BodyBlock, ...]:
    """The body lines of a text dump (in order) as BodyBlocks."""
    marks = [_mark(line.text) for line in lines]
    _confirm_items(marks)
    _find_sections(lines, marks)
    out: list[BodyBlock] = []
    lists: dict[str, tuple[int, int]] = {}  # style -> (its last line, its list's id)
    for index, (line, mark) in enumerate(zip(lines, marks, strict=True)):
        if mark.heading:
            block = BodyBlock(BlockRole.HEADING, mark.text, (line.text,), level=mark.heading)
        elif mark.style:
            list_id = _list_id(lists, marks, index)
            block = BodyBlock(
                BlockRole.LIST_ITEM,
                mark.text,
                (line.text,),
                ordered=not mark.style.startswith("bullet"),
                list_id=list_id,
            )
        else:
            block = BodyBlock(BlockRole.PARAGRAPH, line.text, (line.text,))
        out.append(block)
    return tuple(out)


def _list_id(lists: dict[str, tuple[int, int]], marks: list[_Mark], index: int) -> int:
    """The item's list: its style's last list when the item goes on from that list's last
    item (a bullet on the very next line, the next number), else a new one."""
    mark = marks[index]
    last = lists.get(mark.style)
    if last is not None:
        before = marks[last[0]]
        bullet = mark.style.startswith("bullet")
        if (bullet and last[0] == index - 1) or (not bullet and mark.number == before.number + 1):
            lists[mark.style] = (index, last[1])
            return last[1]
    list_id = max((i for _, i in lists.values()), default=-1) + 1
    lists[mark.style] = (index, list_id)
    return list_id


def _mark(text: str) -> _Mark:
    heading = _MARKDOWN_HEADING.match(text)
    if heading and " #" not in heading.group(2):  # "# tag # tag": hashtags, not a heading
        return _Mark(text=heading.group(2), heading=len(heading.group(1)))
    for style, pattern in MARKERS:
        found = pattern.match(text)
        if found:
            if style.startswith("bullet"):
                return _Mark(style, 0, found.group(1))
            return _Mark(style, _number(found.group(1)), found.group(2))
    return _Mark()


def _number(marker: str) -> int:
    if marker.isdigit():
        return int(marker)
    if marker in _CIRCLED:
        return _CIRCLED.index(marker) + 1
    value = 0
    for char in marker:
        digit = _CN_DIGITS.index(char)
        if digit == 10:  # 十: 十 is 10, 二十 is 20, 十二 is 12
            value = (value or 1) * 10
        elif digit == 11:  # 百
            value = (value or 1) * 100
        else:
            value += digit
    return value


def _confirm_items(marks: list[_Mark]) -> None:
    """Keep a marker only where its list goes on: a bullet repeated on the line before or
    after, a number that the previous or next numbered line of its style counts on from."""
    last: dict[str, int] = {}  # style -> index of its last marked line
    confirmed = [False] * len(marks)
    for index, mark in enumerate(marks):
        if not mark.style:
            continue
        before = last.get(mark.style)
        if before is not None:
            other = marks[before]
            if mark.style.startswith("bullet"):
                linked = before == index - 1
            else:
                linked = mark.number == other.number + 1
            if linked:
                confirmed[index] = confirmed[before] = True
        last[mark.style] = index
    for index, mark in enumerate(marks):
        if mark.style and not confirmed[index]:
            marks[index] = _Mark()


def _find_sections(lines: Sequence[Block], marks: list[_Mark]) -> None:
    """Chinese section titles: a short ``一、`` item with no closing punctuation, above a
    longer line written in sentences that is no item itself."""
    for index, mark in enumerate(marks):
        if mark.style not in SECTION_STYLES or index + 1 >= len(marks):
            continue
        line, below = lines[index], lines[index + 1]
        if (
            line.units <= MAX_SECTION_UNITS
            and not _CLOSING.search(line.text)
            and not marks[index + 1].style
            and not marks[index + 1].heading
            and below.units > line.units
            and below.shape.punct > 0
        ):
            mark.heading = 2
            mark.text = line.text
