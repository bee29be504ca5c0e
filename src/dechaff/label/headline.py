"""The headline (the heading that repeats the <title>), the lines above it, and the dek."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from ..core.blocks import Block
from ..core.dates import find_dates
from ..core.features import reads_as_prose, shape_of
from ..core.tree import ARTICLE, Tree
from .lexicon import ZoneKinds
from .settings import (
    BYLINE_MAX_UNITS,
    DEK_MIN_UNITS,
    HEADINGS,
    HEADLINE_MIN_CHARS,
    HEADLINE_MIN_UNITS,
    HEADLINE_REACH,
    LINK_DENSITY_MAX,
    TITLE_PART_MIN_SHARE,
    TITLE_STEM_MIN_UNITS,
)

# Never starting inside a run of spaces (a search from each space of a run is quadratic).
_TITLE_SEPARATOR = re.compile(r"(?:(?<!\s)|(?!\s))\s*(?:[|_｜·•:：–—»›-]|\s-\s)\s*")
_TITLE_SEPARATOR_BEFORE = re.compile(r"(?:[|_｜·•:：–—»›(（-]|\s-)\s*$")
# A separator and a space right before a title's last piece ("Blog: ", "Blog » ", "Blog | ").
_SPACED_SEPARATOR_BEFORE = re.compile(r"(?:[|:：–—»›]|\s-)\s+$")
_WORD_GOES_ON = re.compile(r"\w")


def _repeats_title(text: str, title: str) -> bool:
    """True when a heading is the page title, or the title without a site prefix or suffix.

    The title's first part before a separator ("Headline | Site") may also
    open a longer heading ("Headline in Tennessee"), when it is more than a word
    or two.
    """
    if text == title:
        return True
    at = title.rfind(text)
    if at > 0 and at + len(text) == len(title) and _last_piece(title, text, at):
        return True
    at = title.find(text)
    if at >= 0 and len(text) >= TITLE_PART_MIN_SHARE * len(title):
        before_ok = at == 0 or _TITLE_SEPARATOR_BEFORE.search(title, 0, at) is not None
        after = at + len(text)
        after_ok = after == len(title) or _TITLE_SEPARATOR.match(title, after) is not None
        return before_ok and after_ok
    stem = _title_stem(title)
    return (
        stem is not None and text.startswith(stem) and _WORD_GOES_ON.match(text, len(stem)) is None
    )


def _last_piece(title: str, text: str, at: int) -> bool:
    """Whether ``text``, ending the title at ``at``, is its whole last piece after a spaced
    separator and a few words long: a post's title after its blog's name ("Blog » Blog
    Archive » Post", "Blog: Post"), however short beside the name."""
    return (
        _SPACED_SEPARATOR_BEFORE.search(title, 0, at) is not None
        and shape_of(text).units >= TITLE_STEM_MIN_UNITS
    )


@functools.lru_cache(maxsize=64)
def _title_stem(title: str) -> str | None:
    """The title's first part before a separator, when it is more than a word or two
    (cached: every heading of a page is held against the same title)."""
    separator = _TITLE_SEPARATOR.search(title)
    if separator is None:
        return None
    stem = title[: separator.start()]
    return stem if shape_of(stem).units >= TITLE_STEM_MIN_UNITS else None


def heads_article(block: Block) -> bool:
    """True for a line that belongs above an article, not in it: a title or a dated byline."""
    return block.tag == "h1" or (block.units <= BYLINE_MAX_UNITS and bool(find_dates(block.text)))


def find_headline(blocks: Sequence[Block]) -> int | None:
    """The heading that repeats the page <title>: an <h1> first, a linked one (a teaser) last.

    When only a subheading repeats it, the page's one <h1> just above (HEADLINE_REACH
    blocks) heads the article: the <title> named its first section."""
    if not blocks or blocks[0].tag != "title":
        return None
    title = blocks[0].text.casefold()
    found: list[tuple[int, int]] = []  # (rank, index): plain <h1>, plain heading, linked ones
    for block in blocks[1:]:
        if (
            block.tag not in HEADINGS
            or block.units < HEADLINE_MIN_UNITS
            or len(block.text) < HEADLINE_MIN_CHARS
            or not _repeats_title(block.text.casefold(), title)
        ):
            continue
        linked = block.link_density > LINK_DENSITY_MAX
        found.append((2 * linked + (block.tag != "h1"), block.index))
    found = _without_banner(blocks, title, found)
    if not found:
        return None
    rank, index = min(found)
    if rank == 1:  # a subheading repeats the <title>: the page's one <h1> above it heads it
        h1s = [b for b in blocks[1:] if b.tag == "h1"]
        inside = _inside_text(blocks, index)
        reach = index if inside else HEADLINE_REACH
        if len(h1s) == 1 and 0 < index - h1s[0].index <= reach and _may_head(h1s[0]):
            return h1s[0].index
        if inside:
            return None
    return index


def _without_banner(
    blocks: Sequence[Block], title: str, found: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The candidates but the site's logo: a linked <h1> that shows only the <title>'s last
    part ("Headline - Site") above a heading that repeats another part of it (a blog's
    post title, itself a link), or only its first part ("Blog: Post", "Blog » Post") above
    a heading that repeats its last part."""
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2 or len(found) < 2:
        return found
    site = parts[-1].strip()

    def logo(index: int) -> bool:
        block = blocks[index]
        if block.tag != "h1" or block.link_density <= LINK_DENSITY_MAX:
            return False
        text = block.text.casefold()
        below = [blocks[i].text.casefold() for _, i in found if i > index]
        if text == site:
            return any(t != site for t in below)
        # "Blog: Post": the logo shows the first piece, a heading below the last one
        return _opens_title(block, text, title) and any(
            title.endswith(t) and _last_piece(title, t, len(title) - len(t)) for t in below
        )

    return [(rank, index) for rank, index in found if not logo(index)]


def site_first(blocks: Sequence[Block]) -> tuple[int, int] | None:
    """The site's logo and the post's title of a "Blog: Post" or "Blog » Post" page: a linked
    <h1> that shows the <title> up to a separator, above a heading that shows its whole last
    piece (a few words at least); None on other pages."""
    if not blocks or blocks[0].tag != "title":
        return None
    title = blocks[0].text.casefold()
    logo = None
    for block in blocks[1:]:
        if block.tag not in HEADINGS:
            continue
        text = block.text.casefold()
        if logo is None:
            if _opens_title(block, text, title):
                logo = block.index
        elif title.endswith(text) and _last_piece(title, text, len(title) - len(text)):
            return logo, block.index
    return None


def _opens_title(block: Block, text: str, title: str) -> bool:
    """Whether a linked <h1> shows the title's first piece, before a separator (a logo)."""
    return (
        block.tag == "h1"
        and block.link_density > LINK_DENSITY_MAX
        and bool(text)
        and title.startswith(text)
        and _TITLE_SEPARATOR.match(title, len(text)) is not None
    )


def outside_post(
    tree: Tree | None, blocks: Sequence[Block], headline: int | None
) -> Callable[[int, int, int], bool] | None:
    """A test of whether the run from ``start`` to ``end`` lies outside the post that holds
    the headline and the block ``near``: the innermost article container around both; None
    without a headline or a tree."""
    if tree is None or headline is None:
        return None
    own = blocks[headline].node

    def apart(start: int, end: int, near: int) -> bool:
        node, inside = tree.parent_of(own), blocks[near].node
        while node >= 0:
            last = tree.last_descendant(node)
            if tree.hint[node] == ARTICLE and node <= inside <= last:
                return all(not node <= b.node <= last for b in blocks[start:end])
            node = tree.parent_of(node)
        return False

    return apart


def _inside_text(blocks: Sequence[Block], index: int) -> bool:
    """True for a heading below a paragraph of its own container: a section of the
    article's text (whose name echoes the <title>), not the headline above it."""
    group = blocks[index].group
    return any(
        b.group == group and reads_as_prose(b.shape) and b.link_density <= LINK_DENSITY_MAX
        for b in blocks[1:index]
    )


def _may_head(block: Block) -> bool:
    """A headline's shape: long enough and not a link (a logo's h1 is one)."""
    return (
        block.units >= HEADLINE_MIN_UNITS
        and len(block.text) >= HEADLINE_MIN_CHARS
        and block.link_density <= LINK_DENSITY_MAX
    )


def find_dek(
    blocks: Sequence[Block], zone_kinds: Sequence[ZoneKinds], headline: int | None, start: int
) -> int | None:
    """The standfirst right below the headline, when byline lines part it from the text
    or it sits in a box of its own right above the region.

    A dek often ends without a full stop, so it scores as a teaser and the region
    starts below the byline; it is article text all the same.
    """
    if headline is None:
        return None
    index = headline + 1
    if index >= start or index >= len(blocks):
        return None
    block = blocks[index]
    if (
        zone_kinds[index].head is not None
        or block.link_density > LINK_DENSITY_MAX
        or block.units < DEK_MIN_UNITS
        or block.tag == "h1"
    ):
        return None
    return index if block.shape.punct or block.units >= 2 * DEK_MIN_UNITS else None
