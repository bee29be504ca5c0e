"""Quotations of text the body already holds: a reply's quote of an earlier post, a pull quote.

A forum reply that quotes an earlier post repeats that post in a ``blockquote``; a pull
quote repeats a sentence of the article set large. Either way the words are in the body
already, once, where they were written: the copy is a duplicate. A quotation is one when
its lines holding most of its words are found in the body's text outside quotations, a line
by a stretch of MIN_REPEAT_CHARS characters (MIN_REPEAT_CJK in CJK text) from its middle
(the middle, because a reply's quote often ends with "…" where the original goes on).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..core.blocks import Block
from ..core.features import CJK_CLASS
from ..core.tree import Tree
from .parse import Element
from .structure import STOP_TAGS

# A stretch this long found elsewhere is a repeat, not a shared phrase: about eight words,
# or twenty CJK characters (a Chinese word averages under two characters).
MIN_REPEAT_CHARS = 40
MIN_REPEAT_CJK = 20
# The share of a quotation's characters in the lines found elsewhere that makes it a repeat:
# the rest is the reply's attribution ("… said:") and an "expand" link.
REPEAT_SHARE = 0.6
_SPACE = re.compile(r"\s+")
_CJK = re.compile(f"[{CJK_CLASS}]")
# One pass over the markup, not two searches
_BLOCKQUOTE_TAG = re.compile("<(?:blockquote|BLOCKQUOTE)")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def may_quote(markup: str) -> bool:
    """False when the page holds no ``blockquote`` tag (in lower or upper case): most pages,
    which then skip the climb."""
    return _BLOCKQUOTE_TAG.search(markup) is not None


def _quotation(element: Element | None) -> Element | None:
    """The blockquote the line sits in, below the page's part containers (the structure's
    STOP_TAGS); else None."""
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
        if _repeats(elsewhere, [_norm(blocks[i].text) for i in indexes]):
            found.extend(indexes)
    return found


def _repeats(elsewhere: str, lines: list[str]) -> bool:
    """Whether the body outside quotations holds most of a quotation's words.

    A line long enough to tell is found when the stretch from its middle is; the lines
    found must hold at least REPEAT_SHARE of the quotation's characters, so a quotation
    that shares one sentence (a signature, a stock phrase) with the body stays.
    """
    total = found = 0
    for line in lines:
        total += len(line)
        need = MIN_REPEAT_CJK if _CJK.search(line) else MIN_REPEAT_CHARS
        if len(line) < need:
            continue
        middle = (len(line) - need) // 2
        if line[middle : middle + need] in elsewhere:
            found += len(line)
    return found > 0 and found >= REPEAT_SHARE * total
