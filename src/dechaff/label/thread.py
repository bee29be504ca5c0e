"""A thread's other posts: the containers below (or above) the region built like its own.

A forum thread is its posts, all of them, but between two posts sit the writer's box, the
post's date and number and its controls, a dozen short lines that the region search does
not cross: it keeps the longest post, or the first. Every post's text sits in a container
of the same make (the same tags and classes on it and its parents), so the containers of
that make beside the region's are the thread's other posts and join the article; the
lines between them keep their kinds.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..article import Boilerplate
from ..core.blocks import Block
from ..core.tree import Tree
from .chrome import short
from .settings import (
    GOOD_MIN_WEIGHT,
    POST_MAKE_DEPTH,
    POST_MIN_OTHERS,
    POST_MIN_REPEATS,
    POST_REACH,
)

Make = tuple[str, ...]


def _make_of(tree: Tree, depth: int) -> Callable[[int], Make]:
    """A node's make: its tag and classes and its parents', ``depth`` of them."""
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
        while node >= 0 and len(parts) < depth:
            parts.append(name(node))
            node = tree.parent_of(node)
        return tuple(parts)

    return make


def take_posts(
    blocks: Sequence[Block],
    tree: Tree | None,
    found: tuple[Sequence[float], Sequence[Boilerplate | None]],
    kinds: list[Boilerplate | None],
    region: tuple[int, int],
    declared: bool = False,
) -> tuple[tuple[int, int], list[int]]:
    """Make body the lines of the containers of the make of the region's paragraphs'
    own (the other posts of a thread), when at least POST_MIN_OTHERS of them sit outside
    the region; lines a lexicon rule names (``found``: the scores, and the lexicon rules'
    kinds) keep their kind. On a page its markup ``declared`` a thread, the make one level
    shorter is tried too. The short lines of the region outside the posts are their chrome.
    Returns the region widened to them, and the lines that were not body before."""
    scores, ruled = found
    start, end = region
    if tree is None or tree.element is None or start >= end:
        return region, []
    inside = {blocks[i].node for i in range(start, end)}
    # A Q&A page's answers differ from its question one level up ("answercell" against
    # "postcell" around the same post body): the make one level shorter finds them.
    first = _posts_of(blocks, tree, scores, kinds, region, POST_MAKE_DEPTH)
    if first is None:
        return region, []
    post_of, taken = first, _taken(first, len(blocks), region, inside)
    if declared and len(taken) < POST_MIN_REPEATS:
        shorter = _posts_of(blocks, tree, scores, kinds, region, POST_MAKE_DEPTH - 1)
        more = _taken(shorter, len(blocks), region, inside) if shorter is not None else []
        if shorter is not None and len(more) >= POST_MIN_REPEATS:
            post_of, taken = shorter, more
    added: list[int] = []
    if len(taken) >= POST_MIN_OTHERS:
        added = [i for lines in taken for i in lines if ruled[i] is None and kinds[i] is not None]
        for i in added:
            kinds[i] = None
        every = [i for lines in taken for i in lines]
        start, end = min(start, *every), max(end, max(every) + 1)
    _name_chrome(blocks, kinds, (start, end), post_of)
    return (start, end), added


def _taken(
    post_of: Callable[[int], int], size: int, region: tuple[int, int], inside: set[int]
) -> list[list[int]]:
    """The lines of each post container outside the region (and not a node of it)."""
    found: dict[int, list[int]] = {}
    for i in _around(size, *region):
        node = post_of(i)
        if node >= 0:
            found.setdefault(node, []).append(i)
    return [lines for node, lines in found.items() if node not in inside]


def _posts_of(
    blocks: Sequence[Block],
    tree: Tree,
    scores: Sequence[float],
    kinds: Sequence[Boilerplate | None],
    region: tuple[int, int],
    depth: int,
) -> Callable[[int], int] | None:
    """The post finder for the makes (``depth`` levels) of the region's paragraphs, or None
    when the region holds no paragraph."""
    make = _make_of(tree, depth)
    posts = {
        make(blocks[i].node)
        for i in range(*region)
        if scores[i] >= GOOD_MIN_WEIGHT and kinds[i] is None and blocks[i].node >= 0
    }
    return _post_finder(blocks, tree, make, posts) if posts else None


def _post_finder(
    blocks: Sequence[Block], tree: Tree, make: Callable[[int], Make], posts: set[Make]
) -> Callable[[int], int]:
    """A line's post container (the nearest of the posts' make, POST_REACH up), else -1."""

    def post_of(i: int) -> int:
        node = blocks[i].node
        for _ in range(POST_REACH):
            if node < 0:
                return -1
            if make(node) in posts:
                return node
            node = tree.parent_of(node)
        return -1

    return post_of


def _name_chrome(
    blocks: Sequence[Block],
    kinds: list[Boilerplate | None],
    region: tuple[int, int],
    post_of: Callable[[int], int],
) -> None:
    """The short body lines of a thread's region outside its posts are the posts' chrome
    (metadata), when the region holds more than POST_MIN_REPEATS posts."""
    start, end = region
    where = [post_of(i) for i in range(start, end)]
    if len({node for node in where if node >= 0}) <= POST_MIN_REPEATS:
        return
    for i, node in zip(range(start, end), where, strict=True):
        if node < 0 and kinds[i] is None and short(blocks[i]):
            kinds[i] = Boilerplate.METADATA


def _around(size: int, start: int, end: int) -> list[int]:
    return [*range(start), *range(end, size)]
