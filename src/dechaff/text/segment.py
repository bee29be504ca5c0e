"""Split a plain-text page dump into blocks: one block a non-empty line."""

from __future__ import annotations

import re

from ..core.blocks import Block

_SPACES = re.compile(r"[ \t\u00a0\u3000\u200b\ufeff]+")
# Control characters, and soft hyphens: a browser shows one only where it breaks a line,
# and inside a word it would cut the word in two for every reader of the text.
_DROPPED = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u00ad]")


def clean_line(line: str) -> str:
    """Collapse runs of spaces and drop control characters, as a reader sees the line."""
    text = " ".join(line.split())  # str.split knows every Unicode space
    if text.isprintable():
        return text
    return _SPACES.sub(" ", _DROPPED.sub("", text)).strip()


def segment(text: str) -> list[Block]:
    """Cut text into blocks; blank lines separate groups."""
    blocks: list[Block] = []
    group = 0
    blank = False
    for raw in text.splitlines():
        line = clean_line(raw)
        if not line:
            blank = True
            continue
        if blank and blocks:
            group += 1
        blank = False
        blocks.append(Block(text=line, index=len(blocks), group=group))
    return blocks
