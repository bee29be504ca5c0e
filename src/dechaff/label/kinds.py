"""The boilerplate kind of a block outside the article region."""

from __future__ import annotations

from collections.abc import Sequence

from ..article import Boilerplate
from ..core.blocks import Block
from ..core.features import reads_as_prose
from .lexicon import ZoneKinds
from .settings import CAPTION_TAGS, MENU_MIN_LINES


def _is_menu_line(blocks: Sequence[Block], index: int, group_sizes: dict[int, int]) -> bool:
    """True for a short line in a group of MENU_MIN_LINES lines or more."""
    block = blocks[index]
    return not reads_as_prose(block.shape) and group_sizes[block.group] >= MENU_MIN_LINES


def outside_kind(
    blocks: Sequence[Block],
    index: int,
    zone: str,
    zone_kinds: Sequence[ZoneKinds],
    section: Boilerplate | None,
    group_sizes: dict[int, int],
) -> Boilerplate:
    """The kind of a block outside the region: its lexicon rule or hint for the zone, a
    caption, the section it is in, a menu line, else the header or footer."""
    kind = zone_kinds[index].get(zone)
    if kind is not None:
        return kind
    if blocks[index].tag in CAPTION_TAGS:
        return Boilerplate.CAPTION
    if section is not None:
        return section
    if index > 0 and _is_menu_line(blocks, index, group_sizes):
        return Boilerplate.NAVIGATION
    return Boilerplate.HEADER if zone == "head" else Boilerplate.FOOTER
