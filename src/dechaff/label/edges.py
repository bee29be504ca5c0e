"""The region's edges: metadata, credits, bios and copyright lines peeled off its ends."""

from __future__ import annotations

from collections.abc import Sequence

from ..article import Boilerplate
from .lexicon import ZoneKinds
from .settings import EDGE_KINDS


def trim_edges(
    zone_kinds: Sequence[ZoneKinds],
    kinds: list[Boilerplate | None],
    start: int,
    end: int,
) -> tuple[int, int]:
    """Peel edge kinds (bio, copyright, credit, metadata...) off both ends of the region."""
    while end > start:
        kind = zone_kinds[end - 1].tail
        if kind not in EDGE_KINDS:
            break
        kinds[end - 1] = kind
        end -= 1
    while start < end:
        kind = zone_kinds[start].head
        if kind not in EDGE_KINDS:
            break
        kinds[start] = kind
        start += 1
    return start, end
