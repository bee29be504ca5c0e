"""Split a plain-text page dump into blocks: one block a non-empty line."""

from __future__ import annotations

from ..core.blocks import Block, clean_line


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
