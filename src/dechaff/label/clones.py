"""A layout's second copy of a block: carousel slides cloned, a block printed twice.

A responsive page prints some blocks twice (once for small screens, once for large), a
carousel clones its slides, a teaser repeats the lines above it. The copy follows the
original: a run of CLONE_MIN_LINES to CLONE_MAX_LINES body lines that the next lines repeat
word for word. A single line said twice is not one (an article may repeat a paragraph),
nor a run of short labels: the run holds a line of at least CLONE_ANCHOR_UNITS units.
Code lines and table cells repeat by nature and are never part of a run.

Two paragraphs said twice in a row are a template's slip wherever they sit. A run that holds
a heading or a list item is a copy on an HTML page only when it sits apart from the
original, the smallest container of either holding no line of the other (a slide's twin,
the mobile block beside the desktop one): a reference page repeats its "Parameters"
heading and entries, a step said again, inside one flowing text, and those stay.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..article import Boilerplate
from ..core.blocks import Block
from ..core.tree import Tree
from .settings import (
    CLONE_ANCHOR_UNITS,
    CLONE_MAX_LINES,
    CLONE_MIN_LINES,
    CLONE_SKIP_TAGS,
    CLONE_STRUCTURE_TAGS,
)


def clone_lines(
    blocks: Sequence[Block], kinds: Sequence[Boilerplate | None], tree: Tree | None
) -> list[int]:
    """The indexes of body lines that are a layout's second copy of the body lines above."""
    body = [i for i, kind in enumerate(kinds) if kind is None and blocks[i].units]
    ids: dict[str, int] = {}
    # a line's text as a number; code lines and cells get none (-1), so no run holds them
    keys = [
        -1 if blocks[i].tag in CLONE_SKIP_TAGS else ids.setdefault(blocks[i].text, len(ids))
        for i in body
    ]
    if len(ids) == len(keys):  # most pages: no line said twice
        return []
    twice = {key for key, count in Counter(keys).items() if count > 1 and key >= 0}
    found: list[int] = []
    at = 0
    while at < len(keys):
        size = _copied_run(blocks, tree, body, keys, at) if keys[at] in twice else 0
        if size:
            found.extend(body[at + size : at + 2 * size])
            at += size
        else:
            at += 1
    return found


def _copied_run(
    blocks: Sequence[Block], tree: Tree | None, body: list[int], keys: list[int], at: int
) -> int:
    """The length of the run at ``at`` that the next lines repeat, or 0."""
    for size in range(CLONE_MIN_LINES, CLONE_MAX_LINES + 1):
        if at + 2 * size > len(keys):
            return 0
        if keys[at + size] != keys[at]:
            continue
        run = keys[at : at + size]
        if (
            -1 not in run
            and run == keys[at + size : at + 2 * size]
            and len(set(run)) > 1
            and any(blocks[body[at + j]].units >= CLONE_ANCHOR_UNITS for j in range(size))
            and (
                _prose(blocks, body[at : at + size])
                or (tree is not None and _apart(blocks, tree, body, at, size))
            )
        ):
            return size
    return 0


def _prose(blocks: Sequence[Block], run: list[int]) -> bool:
    """Whether the run is plain paragraphs: no heading, no list item (a reference page's
    "Parameters" and its entries repeat by nature, paragraphs said twice do not). A text
    dump's lines have no tags: all are paragraphs."""
    return not any(blocks[i].tag in CLONE_STRUCTURE_TAGS for i in run)


def _apart(blocks: Sequence[Block], tree: Tree, body: list[int], at: int, size: int) -> bool:
    """Whether the original run and its copy sit in containers apart: the smallest container
    of either holds no line of the other."""
    original, copy = body[at : at + size], body[at + size : at + 2 * size]
    for run, other in ((original, copy), (copy, original)):
        box = _container(tree, [blocks[i].node for i in run])
        if box < 0:
            return False
        last = tree.last_descendant(box)
        if any(box <= blocks[i].node <= last for i in other):
            return False
    return True


def _container(tree: Tree, nodes: list[int]) -> int:
    """The smallest container holding every node (nodes are numbered in document order,
    a container's descendants after it), or -1 when there is none below the page."""
    if min(nodes) < 0:
        return -1
    box, deepest = min(nodes), max(nodes)
    while box >= 0 and tree.last_descendant(box) < deepest:
        box = tree.parent_of(box)
    return box
