"""The general signals a page's type is read from: markup types, the url path, the share
of article text, and the structures the page repeats (teasers, posts, prices, code)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from ..article import Boilerplate
from ..core import features
from ..core.blocks import Block
from ..core.dates import find_dates_each
from ..core.screen import fold
from ..core.tree import Tree
from .markup_types import MarkupTypes
from .page_cues import BUY, BUY_WORDS, CONTENTS, CONTENTS_WORDS, PRICE, PRICE_MARKS

# A line this short (in units) may be a teaser's title, a date line or a price.
SHORT_LINE = 16
# A teaser's text, or a post's, has at least this many units.
TEASER_TEXT = 8
POST_TEXT = 15
# A repeated item longer than this, or of more blocks, is a section of the page, not a teaser.
TEASER_MAX = 150
TEASER_BLOCKS = 8
# A path segment's file extension ("viewtopic.php", "services.html") is not a word of it.
_EXTENSION = re.compile(r"\.[a-z0-9]{1,5}$")


@dataclass(frozen=True, slots=True)
class PageSignals:
    """What the page shows of its type; counts are of blocks or of repeated containers."""

    types: MarkupTypes
    path_words: frozenset[str]
    units: int  # the page's text, in units
    body_share: float  # the share of it the labeller kept as article text
    comment_share: float  # the share it labelled comments
    teasers: int  # the most sibling containers each with a linked title and a text
    body_teasers: int  # the same, counting only teasers the labeller kept as article text
    posts: int  # the most sibling containers each with a dated short line and a text
    prices: int  # short lines holding a price
    buys: int  # lines and buttons saying add to cart, buy now, in stock
    code: int  # <pre> blocks
    contents: bool  # a "table of contents" / "on this page" line
    dated: int  # short lines holding a date
    grid: bool = False  # the labeller took a shop's grid of priced cards as the content


def path_words(url: str | None) -> frozenset[str]:
    """The lowercased segments of a url's path (extensions dropped) and its host labels
    before the site's name; "/" when the path is the site's root. Segments are read
    whole: a slug that says "guide" names an article, not a manual."""
    if not url:
        return frozenset()
    try:
        parts = urlsplit(url)
    except ValueError:
        return frozenset()
    labels = (parts.hostname or "").split(".")[:-2]
    words = {_EXTENSION.sub("", w) for w in parts.path.lower().split("/") if w}
    words.update(label for label in labels if label != "www")
    if parts.path.strip("/") == "" and not parts.query:
        words.add("/")
    return frozenset(words)


def repeated(
    blocks: Sequence[Block], tree: Tree | None, dated: set[int], body: set[int]
) -> tuple[int, int, int]:
    """The most teaser items, of them in the article text, and post items, one container holds.

    An item is a child container (with all it holds) of a container with three or more
    children that hold blocks; the sums are added up once per container, from the deepest
    up, in flat lists: this runs on every page.
    """
    if tree is None:
        return 0, 0, 0
    if features.cshape is not None:  # the same sums in C (core/_shape.pyx)
        listed = blocks if isinstance(blocks, list) else list(blocks)
        limits = (SHORT_LINE, TEASER_TEXT, POST_TEXT, TEASER_MAX, TEASER_BLOCKS)
        sums: tuple[int, int, int] = features.cshape.repeated(
            listed, tree.parent, dated, body, *limits
        )
        return sums
    return repeated_python(blocks, tree.parent, dated, body)


def repeated_python(
    blocks: Sequence[Block], parents: list[int], dated: set[int], body: set[int]
) -> tuple[int, int, int]:
    """:func:`repeated` in Python, the reference of the C twin."""
    size = len(parents)
    count, units, post = [0] * size, [0] * size, [0] * size
    linked, text, has_date, all_body = [False] * size, [False] * size, [False] * size, [True] * size
    for block in blocks:
        node = block.node
        if not 0 <= node < size:
            continue
        count[node] += 1
        units[node] += block.units
        if block.link_density >= 0.5:
            linked[node] = linked[node] or 2 <= block.units <= SHORT_LINE
        else:
            text[node] = text[node] or block.units >= TEASER_TEXT
            if block.units > SHORT_LINE:
                post[node] += block.units
        has_date[node] = has_date[node] or block.index in dated
        all_body[node] = all_body[node] and block.index in body
    children: dict[int, list[int]] = {}
    for node in range(size - 1, -1, -1):  # children are numbered after their parents
        parent = parents[node]
        if not count[node] or parent < 0:
            continue
        children.setdefault(parent, []).append(node)
        count[parent] += count[node]
        units[parent] += units[node]
        post[parent] += post[node]
        linked[parent] = linked[parent] or linked[node]
        text[parent] = text[parent] or text[node]
        has_date[parent] = has_date[parent] or has_date[node]
        all_body[parent] = all_body[parent] and all_body[node]
    teasers = in_body = posts = 0
    for items in children.values():
        if len(items) < 3:
            continue
        found = [
            n
            for n in items
            if units[n] <= TEASER_MAX and count[n] <= TEASER_BLOCKS and linked[n] and text[n]
        ]
        teasers = max(teasers, len(found))
        in_body = max(in_body, sum(all_body[n] for n in found))
        posts = max(posts, sum(has_date[n] and post[n] >= POST_TEXT for n in items))
    return teasers, in_body, posts


def _lines_with(
    pattern: re.Pattern[str], blocks: Sequence[Block], marks: tuple[str, ...], joined: str
) -> int:
    """How many blocks the pattern finds something in. Every match holds one of ``marks``,
    as found in ``joined`` (the blocks' texts joined, lowercased or folded as the marks are):
    most pages hold none, and their lines are not searched."""
    if not any(mark in joined for mark in marks):
        return 0
    return sum(pattern.search(b.text) is not None for b in blocks)


def _buttons(words: Sequence[str]) -> int:
    """Buttons (and submit inputs) whose words say buy."""
    return sum(BUY.search(said) is not None for said in words)


def signals(
    blocks: Sequence[Block],
    kinds: Sequence[Boilerplate | None],
    tree: Tree | None,
    *,
    types: MarkupTypes,
    buttons: Sequence[str] = (),
    url: str | None,
    reference: datetime | None = None,
) -> PageSignals:
    """Every signal of the page, measured once."""
    units = body = comments = code = 0
    kept: set[int] = set()
    short: list[Block] = []
    for block, kind in zip(blocks, kinds, strict=True):  # one pass for every sum
        size = block.units
        units += size
        if kind is None:
            kept.add(block.index)
            body += size
        elif kind is Boilerplate.COMMENTS:
            comments += size
        if size <= SHORT_LINE:
            short.append(block)
        code += block.tag == "pre"
    units = units or 1
    texts = [b.text for b in short]
    joined = "\x00".join(texts)
    lowered = joined.lower()
    folded = lowered if joined.isascii() else fold(joined)  # fold() of ASCII is lower()
    # one scan per date form over the few short lines that may hold a date
    found = find_dates_each(texts, reference=reference)
    dated = {b.index for b, dates in zip(short, found, strict=True) if dates}
    teasers, body_teasers, posts = repeated(blocks, tree, dated, kept)
    return PageSignals(
        types=types,
        path_words=path_words(url),
        units=units,
        body_share=body / units,
        comment_share=comments / units,
        teasers=teasers,
        body_teasers=body_teasers,
        posts=posts,
        prices=_lines_with(PRICE, short, PRICE_MARKS, joined),
        buys=_lines_with(BUY, short, BUY_WORDS, lowered) + _buttons(buttons),
        code=code,
        contents=_lines_with(CONTENTS, short, CONTENTS_WORDS, folded) > 0,
        dated=len(dated),
    )
