"""The page's user comments as records: author, time and text.

Read from the blocks the labeller marked as comments (they stay in ``removed`` and never
reach the body), with the metadata lines among them (a comment's "name, date" line is
often labelled metadata). On an HTML page the blocks are grouped by their container: the
comments are the sibling containers under one comments container that hold the most
dated comments (then the most comments); a heading or a reply form beside the list is
not one. Inside a container, and in a text dump's comments zone, a comment's head is a
short line holding a date ("Maria July 7, 2012 at 2:31 pm", "October 24, 2012 | Chris"),
the name beside the date or on the line above it; the text is the rest. A text dump gives
comments only when at least two head lines make the structure clear.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from datetime import datetime

from ..article import Boilerplate, Comment
from ..core.blocks import Block
from ..core.dates import find_dates
from ..core.tree import Tree
from .comment_cues import AUTHOR_MAX_UNITS, HEAD_MAX_UNITS, is_control, is_form, name_of

# Comments read per page; a page with more gives the first ones.
MAX_COMMENTS = 500
# The kinds of the blocks a comments section is read from.
ZONE_KINDS = frozenset({Boilerplate.COMMENTS, Boilerplate.METADATA})
_ZONE_KINDS = tuple(ZONE_KINDS)  # compared by identity: a set lookup hashes them in Python
Head = tuple[str | None, datetime]


class _Heads(dict[int, "Head | None"]):
    """Each line's head (see _head) by block index, read once: the container search and
    the split of each container ask again for the same lines."""

    def __init__(self, reference: datetime | None) -> None:
        super().__init__()
        self.reference = reference

    def of(self, block: Block) -> Head | None:
        if block.index in self:
            return self[block.index]
        head = self[block.index] = _head(block, self.reference)
        return head


def _head(block: Block, reference: datetime | None) -> Head | None:
    """The author (or None) and the time of a short line holding a date, else None."""
    if block.units > HEAD_MAX_UNITS:
        return None
    dates = find_dates(block.text, reference=reference)
    if not dates:
        return None
    text = block.text
    name = name_of(text[: dates[0].start]) or name_of(text[dates[-1].end :])
    return name, dates[0].value


def _split(lines: Sequence[Block], heads: _Heads) -> list[Comment]:
    """Comments of a run of lines, each opening at a dated head line."""
    found: list[Comment] = []
    author: str | None = None
    published: datetime | None = None
    text: list[str] = []
    for number, block in enumerate(lines):
        head = heads.of(block)
        if head is None:
            text.append(block.text)
            continue
        name, when = head
        if name is None and text and lines[number - 1].units <= AUTHOR_MAX_UNITS:
            name = name_of(text[-1])  # the name on the line above the date
            if name is not None:
                text.pop()
        if text or author or published:
            found.append(Comment(author, published, "\n".join(text)))
        author, published, text = name, when, []
    found.append(Comment(author, published, "\n".join(text)))
    return [c for c in found if c.text]


def _one(lines: Sequence[Block], heads: _Heads) -> list[Comment]:
    """The comments of one comment container: one, or more when replies nest in it."""
    dated = [(n, h) for n, b in enumerate(lines) if (h := heads.of(b)) is not None]
    if len(dated) == 1 and dated[0][0] == len(lines) - 1 and len(lines) > 1:
        # a signature under the text: "October 24, 2012 | Chris"
        (name, when) = dated[0][1]
        return [Comment(name, when, "\n".join(b.text for b in lines[:-1]))]
    split = _split(lines, heads)
    if dated or len(lines) < 2:
        return split
    first = name_of(lines[0].text) if lines[0].units <= AUTHOR_MAX_UNITS else None
    if first is not None:  # no dated head: a short name-like first line is the author
        return [Comment(first, None, "\n".join(b.text for b in lines[1:]))]
    return split


def _node(block: Block) -> int:
    return block.node


def _holds_comment(item: list[Block], forms: set[int], texts: set[int]) -> bool:
    """Whether a container's blocks may be a comment: some text, and no reply form
    (``forms`` and ``texts``: the blocks that are a form line, and that are not a control)."""
    return not any(b.index in forms for b in item) and any(b.index in texts for b in item)


def _containers(zone: Sequence[Block], tree: Tree, dated: set[int]) -> list[int]:
    """The sibling containers the comments sit in, one a comment, in page order."""
    counts: dict[int, dict[int, list[Block]]] = {}
    # each line read once, not once for every container around it
    forms = {b.index for b in zone if is_form(b.text)}
    texts = {b.index for b in zone if not is_control(b.text)}
    parent_of, parents = tree.parent_of, tree.parent
    size = len(parents)
    for block in zone:
        child, parent = block.node, parent_of(block.node)
        while parent >= 0:
            counts.setdefault(parent, {}).setdefault(child, []).append(block)
            child, parent = parent, parents[parent] if parent < size else -1
    items = {
        node: [
            (child, held) for child, held in children.items() if _holds_comment(held, forms, texts)
        ]
        for node, children in counts.items()
    }
    if not items:
        return []

    def rank(node: int) -> tuple[int, int, int]:
        with_date = sum(any(b.index in dated for b in held) for _, held in items[node])
        # the deepest on a tie: its ancestors hold the same items, and the heading and form
        return with_date, len(items[node]), node

    return sorted(child for child, _ in items[max(items, key=rank)])


def _in_containers(zone: list[Block], tree: Tree, reference: datetime | None) -> list[Comment]:
    """The comments of an HTML page, one container (or a head and the container after it)
    a comment."""
    heads = _Heads(reference)
    dated = {b.index for b in zone if heads.of(b) is not None}
    ordered = sorted(zone, key=_node)
    nodes = [b.node for b in ordered]
    found: list[Comment] = []
    carry: list[Block] = []  # a container holding only a head (<dt>), read with the next
    for item in _containers(zone, tree, dated):
        low = bisect.bisect_left(nodes, item)
        high = bisect.bisect_right(nodes, tree.last_descendant(item))
        held = sorted(ordered[low:high], key=lambda b: b.index)
        lines = carry + [b for b in held if not is_control(b.text)]
        got = _one(lines, heads)
        carry = lines if not got and any(b.index in dated for b in lines) else []
        found.extend(got)
        if len(found) >= MAX_COMMENTS:
            break
    return found


def comments(
    blocks: Sequence[Block],
    kinds: Sequence[Boilerplate | None],
    tree: Tree | None,
    *,
    reference: datetime | None = None,
) -> tuple[Comment, ...]:
    """The comments of the page, in page order; () when it shows none."""
    marked = [b.index for b, k in zip(blocks, kinds, strict=True) if k is Boilerplate.COMMENTS]
    if not marked:
        return ()
    zone = [b for b in blocks[marked[0] : marked[-1] + 1] if kinds[b.index] in _ZONE_KINDS]
    if tree is None or not any(b.node >= 0 for b in zone):
        split = _split([b for b in zone if not is_control(b.text)], _Heads(reference))
        heads = sum(1 for c in split if c.published)
        return tuple(split[:MAX_COMMENTS]) if heads >= 2 else ()
    return tuple(_in_containers(zone, tree, reference)[:MAX_COMMENTS])
