"""The block: one visual paragraph or line of a page, as both front ends produce it, and
the line cleaning both apply to its text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .features import TextShape, shape_of


@dataclass(slots=True)
class Block:
    """One paragraph or line of a page, with the features the labeller reads.

    ``group`` numbers runs of blocks that belong together on the page: the lines
    between two blank lines of a text dump, or the blocks of one HTML container.
    """

    text: str
    index: int
    group: int = 0
    tag: str = ""  # the HTML element ("p", "h1", "li"); empty for text dumps
    link_density: float = 0.0  # share of the text inside links (HTML only)
    node: int = -1  # the element that holds it in the page's structure.Tree (HTML only)
    shape: TextShape = field(init=False)
    units: int = field(init=False)  # length in words, each CJK character counting as one

    def __post_init__(self) -> None:
        self.shape = shape_of(self.text)
        # read for every block by every stage: kept as a plain attribute
        self.units = self.shape.units


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
