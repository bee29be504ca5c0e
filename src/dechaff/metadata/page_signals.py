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
from ..core.dates import find_dates
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


def _items(blocks: Sequence[Block], tree: Tree) -> dict[int, dict[int, list[Block]]]:
    """Per container: its children that hold blocks, each with the blocks under it."""
    by_parent: dict[int, dict[int, list[Block]]] = {}
    parent_of = tree.parent_of
    for block in blocks:
        child = block.node
        parent = parent_of(child)
        while parent >= 0:
            by_parent.setdefault(parent, {}).setdefault(child, []).append(block)
            child, parent = parent, parent_of(parent)
    return by_parent


def _is_teaser(item: list[Block]) -> bool:
    units = sum(b.units for b in item)
    if units > TEASER_MAX or len(item) > 8:
        return False
    linked = any(b.link_density >= 0.5 and 2 <= b.units <= SHORT_LINE for b in item)
    return linked and any(b.link_density < 0.5 and b.units >= TEASER_TEXT for b in item)


def _is_post(item: list[Block], dated: set[int]) -> bool:
    if not any(b.index in dated for b in item):
        return False
    return sum(b.units for b in item if b.link_density < 0.5 and b.units > SHORT_LINE) >= POST_TEXT


def repeated(
    blocks: Sequence[Block], tree: Tree | None, dated: set[int], body: set[int]
) -> tuple[int, int, int]:
    """The most teaser items, of them in the article text, and post items, one container holds."""
    if tree is None:
        return 0, 0, 0
    teasers = in_body = posts = 0
    for children in _items(blocks, tree).values():
        if len(children) < 3:
            continue
        found = [item for item in children.values() if _is_teaser(item)]
        teasers = max(teasers, len(found))
        in_body = max(in_body, sum(all(b.index in body for b in item) for item in found))
        posts = max(posts, sum(_is_post(item, dated) for item in children.values()))
    return teasers, in_body, posts


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
    dated = {b.index for b in short if find_dates(b.text, reference=reference)}
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
        prices=sum(PRICE.search(b.text) is not None for b in short),
        buys=sum(BUY.search(b.text) is not None for b in short) + _buttons(root),
        code=sum(b.tag == "pre" for b in blocks),
        contents=any(CONTENTS.match(b.text) for b in short),
        dated=len(dated),
    )
