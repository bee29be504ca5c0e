"""A thread's other posts: the containers below (or above) the region built like its own.

A forum thread is its posts, all of them, but between two posts sit the writer's box, the
post's date and number and its controls, a dozen short lines that the region search does
not cross: it keeps the longest post, or the first. Every post's text sits in a container
of the same make (the same tags and classes on it and its parents), so the containers of
that make beside the region's are the thread's other posts and join the article; the
lines between them keep their kinds. A list page's entries repeat their make the same way
(the labeller asks for more of them, with a summary each: ``Join``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ..article import Boilerplate
from ..core.blocks import Block
from ..core.tree import Tree
from .settings import (
    GOOD_MIN_WEIGHT,
    LINK_DENSITY_MAX,
    POST_MAKE_DEPTH,
    POST_MIN_REPEATS,
    POST_REACH,
    TITLE_MAX_UNITS,
)

Make = tuple[str, ...]


def _make_of(tree: Tree) -> Callable[[int], Make]:
    """A node's make: its tag and classes and its parents', POST_MAKE_DEPTH of them."""
    element = tree.element
    assert element is not None
    own: dict[int, str] = {}

    def name(node: int) -> str:
        found = own.get(node)
        if found is None:
            el = element(node)
            found = own[node] = f"{el.tag}.{el.get('class') or ''}" if el is not None else "?"
        return found

    def make(node: int) -> Make:
        parts: list[str] = []
        while node >= 0 and len(parts) < POST_MAKE_DEPTH:
            parts.append(name(node))
            node = tree.parent_of(node)
        return tuple(parts)

    return make


@dataclass(frozen=True, slots=True)
class Join:
    """Which containers of the region's make join it: holding at least ``least`` units and
    no line of a ``spared`` kind, below the region only or on both sides, and, when
    ``titled``, those right below a linked line (an entry's title), which joins with them."""

    least: int = 0
    spared: frozenset[Boilerplate] = frozenset()
    below_only: bool = False
    titled: bool = False
    repeats: int = POST_MIN_REPEATS
    outweigh: bool = False  # their text must outweigh the region's


THREAD = Join()


def take_posts(
    blocks: Sequence[Block],
    tree: Tree | None,
    scores: Sequence[float],
    ruled: Sequence[Boilerplate | None],
    kinds: list[Boilerplate | None],
    region: tuple[int, int],
    join: Join = THREAD,
) -> tuple[tuple[int, int], list[int]]:
    """Make body the lines of the containers of the make of the region's paragraphs'
    own (the other posts of a thread), when at least POST_MIN_REPEATS of them (as ``join``
    says) sit outside the region; lines a lexicon rule names (``ruled``) keep their kind.
    Returns the region widened to them, and the lines that were not body before."""
    start, end = region
    if tree is None or tree.element is None or start >= end:
        return region, []
    make = _make_of(tree)
    posts = {
        make(blocks[i].node)
        for i in range(start, end)
        if scores[i] >= GOOD_MIN_WEIGHT and kinds[i] is None and blocks[i].node >= 0
    }
    if not posts:
        return region, []
    found: dict[int, list[int]] = {}  # a post container outside the region: its lines
    for i in _around(len(blocks), 0 if join.below_only else start, end):
        node = blocks[i].node
        for _ in range(POST_REACH):
            if node < 0:
                break
            if make(node) in posts:
                found.setdefault(node, []).append(i)
                break
            node = tree.parent_of(node)
    inside = {blocks[i].node for i in range(start, end)}
    taken = [
        _with_title(blocks, ruled, lines, join.titled)
        for node, lines in found.items()
        if node not in inside
        and sum(blocks[i].units for i in lines) >= join.least
        and not any(kinds[i] in join.spared for i in lines)
    ]
    taken = [lines for lines in taken if lines]
    if len(taken) < join.repeats:
        return region, []
    if join.outweigh and sum(blocks[i].units for lines in taken for i in lines) < sum(
        b.units for b in blocks[start:end]
    ):
        return region, []
    added = [i for lines in taken for i in lines if ruled[i] is None and kinds[i] is not None]
    for i in added:
        kinds[i] = None
    every = [i for lines in taken for i in lines]
    return (min(start, *every), max(end, max(every) + 1)), added


def _with_title(
    blocks: Sequence[Block], ruled: Sequence[Boilerplate | None], lines: list[int], titled: bool
) -> list[int]:
    """An entry's lines with its title, the linked line right above them (none when
    ``titled`` and there is no such line); a post's lines as they are."""
    if not titled:
        return lines
    above = lines[0] - 1
    if above < 0 or ruled[above] is not None:
        return []
    title = blocks[above]
    if title.link_density <= LINK_DENSITY_MAX or title.units > TITLE_MAX_UNITS:
        return []
    return [above, *lines]


def _around(size: int, start: int, end: int) -> list[int]:
    return [*range(start), *range(end, size)]
