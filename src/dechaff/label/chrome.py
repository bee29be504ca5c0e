"""A forum post's chrome inside the article: the member box, post numbers, vote controls.

A thread is the page's content, post after post, and beside each post sit the same few
lines about its writer and its controls ("Posts: 138", "Joined: 4. Jul 2012", "#2",
"Upvote 0 Downvote"). They are named after the region is found (``field.post_chrome``):
as rule hits they would cost every post's box the score of a menu, and a thread of short
posts would fall apart into pieces. A member's counts sit in a box of short lines (the
name, a rank, counts whose labels are icons, custom fields): the largest container around
a chrome line that holds only short lines that end no sentence, at most CHROME_BOX_LINES of
them, is chrome too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..core.blocks import Block
from ..core.features import reads_as_prose
from ..core.tree import Tree
from .lexicon import Lexicon
from .settings import CHROME_BOX_LINES, CHROME_LINE_MAX_UNITS, CHROME_MAX_UNITS, THREAD_MIN_CHROME


def chrome_lines(
    blocks: Sequence[Block],
    lexicon: Lexicon,
    tree: Tree | None,
    body: Sequence[bool],
    region: tuple[int, int],
) -> set[int]:
    """The body lines of the region (``body[i]`` true) that are a post's chrome."""
    start, end = region
    is_chrome = _chrome_test(lexicon)
    found: set[int] = set()
    for i in range(start, end):
        if i not in found and body[i] and is_chrome(blocks[i]):
            found.add(i)
            if tree is not None:
                found.update(k for k in _box(blocks, tree, i, region) if body[k])
    return found


def is_thread(blocks: Sequence[Block], lexicon: Lexicon) -> bool:
    """True when the page shows a forum's post chrome (``field.post_chrome``) at least
    THREAD_MIN_CHROME times: a thread, whose posts are its content."""
    is_chrome = _chrome_test(lexicon)
    seen = 0
    for block in blocks:
        if is_chrome(block):
            seen += 1
            if seen >= THREAD_MIN_CHROME:
                return True
    return False


def _chrome_test(lexicon: Lexicon) -> Callable[[Block], bool]:
    """Whether a line is a post's chrome: short, no finished sentence (its punctuation
    aside: "Joined: Sat Jan 12, 2019 3:02 pm"), and matching ``field.post_chrome``."""
    may_be = lexicon.any_field("post_chrome")
    patterns = lexicon.field("post_chrome")

    def is_chrome(block: Block) -> bool:
        text = block.text
        return (
            block.units <= CHROME_LINE_MAX_UNITS
            and not block.shape.ends_sentence
            and bool(may_be(text))
            and any(p.search(text) for p in patterns)
        )

    return is_chrome


def short(block: Block) -> bool:
    """A line a member box may hold: short, and no sentence (a post may say "Same here.")."""
    shape = block.shape
    return block.units <= CHROME_MAX_UNITS and not shape.ends_sentence and not reads_as_prose(shape)


def _box(blocks: Sequence[Block], tree: Tree, index: int, region: tuple[int, int]) -> range:
    """The lines of the largest container around a chrome line that holds only short
    lines of the region, at most CHROME_BOX_LINES of them (the line alone when none)."""
    start, end = region
    best = range(index, index + 1)
    # the line's own element first: a cell whose lines <br> parts (dvbbs's, phpwind's box)
    node = blocks[index].node
    while node >= 0:
        last = tree.last_descendant(node)
        lo, hi = best.start, best.stop
        while lo > start and node <= blocks[lo - 1].node <= last:
            lo -= 1
        while hi < end and node <= blocks[hi].node <= last:
            hi += 1
        if (lo > start and node <= blocks[lo - 1].node <= last) or (
            hi >= end and hi < len(blocks) and node <= blocks[hi].node <= last
        ):
            return best  # the container reaches out of the region
        if hi - lo > CHROME_BOX_LINES or not all(map(short, blocks[lo:hi])):
            return best
        best = range(lo, hi)
        node = tree.parent_of(node)
    return best
