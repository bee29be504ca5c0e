"""The captions of the photos that close an article.

A school's, a hospital's or a company's news item often ends with its photos, each a
paragraph holding only the picture and the next one its caption ("手术团队在导管室进行术前
讨论"), or the caption under the picture in one paragraph. Past the last paragraph of prose
these short lines look like the menu links and labels that follow an article; they are the
article's own, in its container, each with a picture just above it.

Only a short line with no lexicon rule or hint on it and no link, in the region's own run of
blocks, counts; the first line that is not one ends the row (a sign-off, 上一篇). A caption here
is Chinese: the rows of pictures closing English posts end with a rating, a "See more:".

A text dump shows no picture (past_caption_lines): there a caption is at least
MIN_TEXT_CAPTION_UNITS long (a menu's labels are shorter), written once on the page, after a
paragraph of prose, and the row of at most MAX_TEXT_ROW of them must be closed by a line the
lexicon names (上一篇, a sign-off, 分享到); a menu goes on with more labels.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..core.blocks import Block
from ..core.tree import Tree
from .lexicon import ZoneKinds

# A caption is a label, not a paragraph: at most this many units (CJK characters, words).
MAX_CAPTION_UNITS = 40
# A caption names what the photo shows in Chinese, and ends with no colon (a heading over
# what follows: 相关图片：) and no mark of a sign-off's brackets (（审稿：...）).
_CAPTION = re.compile(r"^(?=.*[\u4e00-\u9fff])[^:：（(【\[]*[^:：）)】\]\s]$")
_NOT_CAPTION_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "th"})
# A text dump's caption: at least this many units; a row of at most this many.
MIN_TEXT_CAPTION_UNITS = 8
MAX_TEXT_ROW = 4
# Prose ends a sentence: the region's last paragraph before a row of captions does.
_SENTENCE_END = re.compile(r"[。！？!?][”’」』）)]?$")
# Words of an image's path that say it is page furniture, not a photo.
_FURNITURE = re.compile(
    r"(?:^|[/_.=-])(?:logo|icon|sprite|avatar|pixel|spacer|emoji|badge|qr|ewm|share)"
    r"(?:s|[/_.=-]|\d|$)",
    re.I,
)


def past_photo_captions(
    blocks: Sequence[Block],
    tree: Tree,
    zone_kinds: Sequence[ZoneKinds],
    start: int,
    end: int,
) -> int:
    """The region's end once the captions of the photos closing the article are in it."""
    if start >= end or tree.element is None:
        return end
    group = blocks[end - 1].group
    box = tree.element(blocks[end - 1].node).getparent() if blocks[end - 1].node >= 0 else None
    while end < len(blocks):
        block = blocks[end]
        if (
            (block.group != group and not _inside(tree, block, box))
            or zone_kinds[end].body is not None
            or block.link_density > 0
            or block.units > MAX_CAPTION_UNITS
            or not _CAPTION.match(block.text)
            or block.tag in _NOT_CAPTION_TAGS
            or block.node < 0
            or not _under_photo(tree.element(block.node))
        ):
            return end
        end += 1
    return end


def past_caption_lines(
    blocks: Sequence[Block], zone_kinds: Sequence[ZoneKinds], start: int, end: int
) -> int:
    """A text dump's region end once the captions of the photos closing the article are in
    it: the row must follow prose and be closed by a line the lexicon names."""
    if start >= end or not _SENTENCE_END.search(blocks[end - 1].text):
        return end
    at = end
    while at < len(blocks) and at - end < MAX_TEXT_ROW and _caption_line(blocks, zone_kinds, at):
        at += 1
    if at == end or at >= len(blocks) or zone_kinds[at].body is None:
        return end
    return at


def _caption_line(blocks: Sequence[Block], zone_kinds: Sequence[ZoneKinds], at: int) -> bool:
    block = blocks[at]
    return (
        zone_kinds[at].body is None
        and MIN_TEXT_CAPTION_UNITS <= block.units <= MAX_CAPTION_UNITS
        and _CAPTION.match(block.text) is not None
        and sum(1 for b in blocks if b.text == block.text) == 1
    )


def _inside(tree: Tree, block: Block, box: Any) -> bool:
    """Whether the block's element sits in the box (a table of photos in the article's
    container, whose cells are a run of blocks of their own)."""
    if box is None or block.node < 0 or tree.element is None:
        return False
    return any(parent is box for parent in tree.element(block.node).iterancestors())


def _under_photo(element: Any) -> bool:
    """Whether a photo sits just above the line: in the element before it, which holds no
    text, or in its own element before its text."""
    if element is None:
        return False
    if element.text is None or not element.text.strip():
        for img in element.iterchildren("img"):
            return _photo(img)
    before = element.getprevious()
    if before is None or "".join(before.itertext()).strip():
        return False
    return any(_photo(img) for img in before.iter("img"))


def _photo(img: Any) -> bool:
    src = str(img.get("src") or img.get("data-src") or "")
    return bool(src) and not _FURNITURE.search(src.split("?", 1)[0])
