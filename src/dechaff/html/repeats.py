"""Quotations of text the body already holds: a reply's quote of an earlier post, a pull quote.

A forum reply that quotes an earlier post repeats that post in a ``blockquote``; a pull
quote repeats a sentence of the article set large. Either way the words are in the body
already, once, where they were written: the copy is a duplicate. A quotation is one when
a stretch of MIN_REPEAT_CHARS characters (MIN_REPEAT_CJK in CJK text) from the middle of
its longest line is found in the body's text outside quotations (the middle, because a
reply's quote often starts with "… said:" and ends with "…" where the original goes on).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..core.blocks import Block
from ..core.features import CJK_CLASS
from ..core.tree import Tree
from .parse import Element

# The quotation climb stops at the containers of page parts, as the structure's does.
STOP_TAGS = frozenset({"article", "main", "section", "body", "html"})
# A stretch this long found elsewhere is a repeat, not a shared phrase: about eight words,
# or twenty CJK characters (a Chinese word averages under two characters).
MIN_REPEAT_CHARS = 40
MIN_REPEAT_CJK = 20
_SPACE = re.compile(r"\s+")
_CJK = re.compile(f"[{CJK_CLASS}]")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def _quotation(element: Element | None) -> Element | None:
    """The blockquote the line sits in, below the page's part containers; else None."""
    node = element
    while node is not None:
        tag = node.tag
        if tag in STOP_TAGS:
            return None
        if tag == "blockquote":
            return node
        node = node.getparent()
    return None


def repeated_quotes(blocks: Sequence[Block], body: Sequence[bool], tree: Tree) -> list[int]:
    """The indexes of body blocks in quotations whose words the rest of the body holds."""
    element_of = tree.element
    if element_of is None:
        return []
    groups: dict[Element, list[int]] = {}
    plain: list[str] = []
    for block in blocks:
        if not body[block.index]:
            continue
        quote = _quotation(element_of(block.node)) if block.node >= 0 else None
        if quote is None:
            plain.append(block.text)
        else:
            groups.setdefault(quote, []).append(block.index)
    if not groups or not plain:
        return []
    elsewhere = _norm("\n".join(plain))
    found: list[int] = []
    for indexes in groups.values():
        longest = _norm(max((blocks[i].text for i in indexes), key=len))
        need = MIN_REPEAT_CJK if _CJK.search(longest) else MIN_REPEAT_CHARS
        if len(longest) < need:
            continue
        middle = (len(longest) - need) // 2
        if longest[middle : middle + need] in elsewhere:
            found.extend(indexes)
    return found
