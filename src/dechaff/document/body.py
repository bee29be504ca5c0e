"""What the Markdown and HTML renderings share: the blocks to render, the heading levels
under the title, the lists' nesting, and the urls they keep."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .model import BlockRole, BodyBlock

__all__ = ["ListEntry", "body_blocks", "heading_levels", "list_entries", "safe_url"]

SCHEMES = frozenset({"http", "https", "mailto"})
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
# What a browser strips or ignores in a url before reading its scheme.
_EDGES = "".join(map(chr, range(0x21)))
_TAB_OR_NEWLINE = re.compile(r"[\t\n\r]")
_CONTROL = re.compile(r"[\x00-\x20\x7f-\x9f]")


def body_blocks(
    blocks: Sequence[BodyBlock], paragraphs: Sequence[str], title: str | None
) -> list[BodyBlock]:
    """The blocks to render: ``blocks``, or when there are none each paragraph as a
    paragraph block; without a first heading that only repeats the title."""
    body = list(blocks) or [BodyBlock(BlockRole.PARAGRAPH, p, (p,)) for p in paragraphs]
    if body and title and body[0].role is BlockRole.HEADING and _same(body[0].text, title):
        body.pop(0)
    return body


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def heading_levels(blocks: Sequence[BodyBlock]) -> dict[int, int]:
    """Each heading's level (by index in ``blocks``) below the title's level 1: all one
    level down when some heading is at level 1, so that none is, and at most 6. A level
    outside 1-6 counts as 2."""
    levels = {
        i: b.level if 1 <= b.level <= 6 else 2
        for i, b in enumerate(blocks)
        if b.role is BlockRole.HEADING
    }
    shift = 1 if 1 in levels.values() else 0
    return {i: min(6, level + shift) for i, level in levels.items()}


@dataclass(frozen=True, slots=True)
class ListEntry:
    """A list item placed in its lists: ``depth`` (0 for a top-level list, never more than
    one below its parent's), ``new`` when it begins a list, and ``follows`` when that list
    comes right after another list at the same depth (two lists that a Markdown reader
    would join unless their markers differ)."""

    item: BodyBlock
    depth: int
    new: bool
    follows: bool


def list_entries(items: Sequence[BodyBlock]) -> list[ListEntry]:
    """A run of consecutive list items placed in lists: a list ends where an item of
    another ``list_id`` or kind (numbered or not) comes at its depth."""
    open_lists: list[tuple[int, bool]] = []  # (list_id, ordered) of the list at each depth
    out = []
    for item in items:
        depth = min(max(item.depth, 0), len(open_lists))
        key = (item.list_id, item.ordered)
        del open_lists[depth + 1 :]
        follows = depth < len(open_lists) and open_lists[depth] != key
        new = depth == len(open_lists) or follows
        if new:
            open_lists[depth:] = [key]
        out.append(ListEntry(item, depth, new, follows))
    return out


def safe_url(url: str | None) -> str | None:
    """The url when it may be linked to: an http, https or mailto url, or a relative one
    (no scheme), its spaces as ``%20``; None for any other scheme (``javascript:``,
    ``data:``...), however it is cased or padded, and for a url holding control characters."""
    if url is None:
        return None
    url = _TAB_OR_NEWLINE.sub("", url.strip(_EDGES)).replace(" ", "%20")
    if not url or _CONTROL.search(url):
        return None
    scheme = _SCHEME.match(url)
    if scheme and scheme.group(1).lower() not in SCHEMES:
        return None
    return url
