"""A second opinion from readability-lxml when dechaff's own labeller finds too little.

dechaff's labeller reads blocks; readability-lxml scores containers. On most
pages the labeller is better and much faster, so readability only runs when
the labeller's article is short (under FALLBACK_MAX_UNITS) while the page has
more text: a page built of short paragraphs, a body split into many boxes. The
blocks whose text readability keeps become article text; the labeller's own
body is kept too, and every other block keeps the kind the labeller gave it.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from ..core.blocks import Block
from .parse import parse
from .segment import segment_tree

# The labeller's article is checked by readability when it is shorter than this
# (in units: words, or CJK characters) ...
FALLBACK_MAX_UNITS = 300
# ... and readability's answer is taken when it is at least this many times longer.
FALLBACK_MIN_GAIN = 2.0
# Shorter than that but this many times longer, it is not taken, but it is a doubt: on the
# look half such pages score as low as those where it is taken. (Taking it from this gap
# cost zh-news's check half; replacing dechaff's article with readability's, dragnet-train's.)
DOUBT_GAIN = 1.5
# Text readability may add is at most half links. To double the article it needs at least
# the article's length of such text outside it, and the one container it picks holds only
# part of the page's other text (comments, teasers and notices are unlinked text too): the
# page must hold twice the article's length. Pages with less seldom gain, and readability
# on one page in seven would cost every page's median time.
MAX_LINK_DENSITY = 0.5
OTHER_TEXT_SHARE = FALLBACK_MIN_GAIN
# Readability's article that shares no block with the labeller's is taken when it is at
# least as long: two disjoint answers of like size, on a page whose article is short, are
# mostly the labeller taking a sidebar's "about" box for a short post.
DISJOINT_MIN_GAIN = 1.0
# Pages with more blocks than this never get the second opinion.
FALLBACK_MAX_BLOCKS = 5_000
_SPACE = re.compile(r"\s+")


def _key(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def readability_texts(markup: str) -> set[str]:
    """The block texts of the content readability-lxml picks (empty when it fails)."""
    try:
        from readability import Document

        # readability logs a traceback for pages it cannot score; the caller gets
        # dechaff's own article then, so the log is noise
        logging.getLogger("readability.readability").disabled = True
        summary = Document(markup).summary(html_partial=True)
    except Exception:  # readability raises bare Exceptions on odd pages
        return set()
    root = parse(f"<html><body>{summary}</body></html>")
    if root is None:
        return set()
    blocks, _ = segment_tree(root)
    return {_key(b.text) for b in blocks if b.tag != "title"}


def needs_second_opinion(blocks: Sequence[Block], body: Sequence[bool]) -> bool:
    """True when the labeller's article is short and the page holds more text than it.

    Huge pages are left alone: readability's container scoring grows much faster
    than dechaff's walk, and a page of thousands of blocks is no short article.
    """
    if len(blocks) > FALLBACK_MAX_BLOCKS:
        return False
    kept = sum(b.units for b, is_body in zip(blocks, body, strict=True) if is_body)
    if kept >= FALLBACK_MAX_UNITS:
        return False
    # readability can only double the article with text the labeller left out, and the
    # text it adds is not links: without that much unlinked text outside, it is not asked
    unlinked = sum(
        b.units
        for b, is_body in zip(blocks, body, strict=True)
        if not is_body and b.link_density <= MAX_LINK_DENSITY
    )
    return unlinked >= OTHER_TEXT_SHARE * max(kept, 1)


def second_opinion(markup: str, blocks: Sequence[Block], body: Sequence[bool]) -> list[int]:
    """The blocks readability adds to the article, when its article is much longer."""
    return opinion(markup, blocks, body)[0]


def opinion(markup: str, blocks: Sequence[Block], body: Sequence[bool]) -> tuple[list[int], float]:
    """The blocks readability adds to the article (none unless its article is
    FALLBACK_MIN_GAIN times longer), and how many times longer its article is (0 when it
    gives none)."""
    texts = readability_texts(markup)
    if not texts:
        return [], 0.0
    picked = [b.index for b in blocks if b.tag != "title" and _key(b.text) in texts]
    kept = sum(b.units for b, is_body in zip(blocks, body, strict=True) if is_body)
    gain = sum(blocks[i].units for i in picked) / max(kept, 1)
    disjoint = kept > 0 and not any(body[i] for i in picked)
    if gain < (DISJOINT_MIN_GAIN if disjoint else FALLBACK_MIN_GAIN):
        return [], gain
    return [i for i in picked if not body[i]], gain
