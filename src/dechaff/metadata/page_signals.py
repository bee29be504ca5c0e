"""The general signals a page's type is read from: markup types, the url path, the share
of article text, and the structures the page repeats (teasers, posts, prices, code)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from ..article import Boilerplate
from ..core.blocks import Block
from ..core.dates import find_dates, may_hold_dates
from ..core.tree import Tree
from ..html.parse import Element
from .markup_types import MarkupTypes
from .page_cues import BUY, CONTENTS, PRICE

# A line this short (in units) may be a teaser's title, a date line or a price.
SHORT_LINE = 16
# A teaser's text, or a post's, has at least this many units.
TEASER_TEXT = 8
POST_TEXT = 15
# A repeated item longer than this is a section of the page, not a teaser.
TEASER_MAX = 150
# Lines read for buttons' words; pages with more buttons are not read further.
MAX_BUTTONS = 400
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


class _Item:
    """What a container's blocks add up to, for telling a teaser or a post."""

    __slots__ = ("count", "dated", "in_body", "linked", "post_units", "text", "units")

    def __init__(self) -> None:
        self.count = self.units = self.post_units = 0
        self.linked = self.text = self.dated = False
        self.in_body = True

    def add(self, block: Block, dated: set[int], body: set[int]) -> None:
        """Count one block of the container."""
        self.count += 1
        self.units += block.units
        if block.link_density >= 0.5:
            self.linked = self.linked or 2 <= block.units <= SHORT_LINE
        else:
            self.text = self.text or block.units >= TEASER_TEXT
            if block.units > SHORT_LINE:
                self.post_units += block.units
        self.dated = self.dated or block.index in dated
        self.in_body = self.in_body and block.index in body

    def merge(self, other: _Item) -> None:
        """Count the blocks of a container inside this one."""
        self.count += other.count
        self.units += other.units
        self.post_units += other.post_units
        self.linked = self.linked or other.linked
        self.text = self.text or other.text
        self.dated = self.dated or other.dated
        self.in_body = self.in_body and other.in_body

    def is_teaser(self) -> bool:
        """A linked short title and a text, and short: one entry of a list of teasers."""
        if self.units > TEASER_MAX or self.count > 8:
            return False
        return self.linked and self.text

    def is_post(self) -> bool:
        """A dated line and a text of its own: one post of a thread."""
        return self.dated and self.post_units >= POST_TEXT


def _children(
    blocks: Sequence[Block], tree: Tree, dated: set[int], body: set[int]
) -> dict[int, list[_Item]]:
    """Per container: its children that hold blocks, each summed over every block under it
    (added up from the deepest containers, once per container)."""
    parents = tree.parent
    size = len(parents)
    items: list[_Item | None] = [None] * size
    for block in blocks:
        if 0 <= block.node < size:
            item = items[block.node]
            if item is None:
                item = items[block.node] = _Item()
            item.add(block, dated, body)
    children: dict[int, list[_Item]] = {}
    for node in range(size - 1, -1, -1):  # children are numbered after their parents
        item, parent = items[node], parents[node]
        if item is None or parent < 0:
            continue
        children.setdefault(parent, []).append(item)
        above = items[parent]
        if above is None:
            above = items[parent] = _Item()
        above.merge(item)
    return children


def repeated(
    blocks: Sequence[Block], tree: Tree | None, dated: set[int], body: set[int]
) -> tuple[int, int, int]:
    """The most teaser items, of them in the article text, and post items, one container holds."""
    if tree is None:
        return 0, 0, 0
    teasers = in_body = posts = 0
    for children in _children(blocks, tree, dated, body).values():
        if len(children) < 3:
            continue
        found = [item for item in children if item.is_teaser()]
        teasers = max(teasers, len(found))
        in_body = max(in_body, sum(item.in_body for item in found))
        posts = max(posts, sum(item.is_post() for item in children))
    return teasers, in_body, posts


def _lines_with(pattern: re.Pattern[str], blocks: Sequence[Block]) -> int:
    """How many blocks the pattern (one without anchors) finds something in. Most pages hold
    no price and no buy words: one search over all their lines, joined by a character no cue
    matches, tells so, and only a page that has some is read line by line."""
    if pattern.search("\x00".join(b.text for b in blocks)) is None:
        return 0
    return sum(pattern.search(b.text) is not None for b in blocks)


def _buttons(root: Element | None) -> int:
    """Buttons (and submit inputs) whose words say buy."""
    if root is None:
        return 0
    found = 0
    for number, element in enumerate(root.iter("button", "input")):
        if number >= MAX_BUTTONS:
            break
        words = element.get("value") or element.get("aria-label") or ""
        if element.tag == "button":
            words += " " + " ".join(map(str, element.itertext()))
        found += BUY.search(words) is not None
    return found


def signals(
    blocks: Sequence[Block],
    kinds: Sequence[Boilerplate | None],
    tree: Tree | None,
    root: Element | None,
    *,
    types: MarkupTypes,
    url: str | None,
    reference: datetime | None = None,
) -> PageSignals:
    """Every signal of the page, measured once."""
    units = sum(b.units for b in blocks) or 1
    body = sum(b.units for b, k in zip(blocks, kinds, strict=True) if k is None)
    comments = sum(b.units for b, k in zip(blocks, kinds, strict=True) if k is Boilerplate.COMMENTS)
    short = [b for b in blocks if b.units <= SHORT_LINE]
    # one cheap scan finds the few lines that may hold a date; only those are read
    maybe = may_hold_dates([b.text for b in short], reference=reference)
    dated = {short[i].index for i in maybe if find_dates(short[i].text, reference=reference)}
    kept = {b.index for b, k in zip(blocks, kinds, strict=True) if k is None}
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
        prices=_lines_with(PRICE, short),
        buys=_lines_with(BUY, short) + _buttons(root),
        code=sum(b.tag == "pre" for b in blocks),
        contents=any(CONTENTS.match(b.text) for b in short),
        dated=len(dated),
    )
