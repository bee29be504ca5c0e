"""The view counter a page prints (人气, 阅读, "1,234 views")."""

from __future__ import annotations

from collections.abc import Sequence

from ..core.blocks import Block
from ..label.lexicon import Lexicon

# what a counter's unit multiplies it by ("1.2万", "3k")
_SCALES = {"万": 10_000, "k": 1_000, "m": 1_000_000}


def views(meta: Sequence[Block], lexicon: Lexicon) -> int | None:
    """The view counter (人气, 阅读, "1,234 views")."""
    may_count = lexicon.any_field("views")
    for block in meta:
        if not may_count(block.text):
            continue
        for pattern in lexicon.field("views"):
            match = pattern.search(block.text)
            if match:
                number = float(match.group("views").replace(",", ""))
                scale = (match.groupdict().get("scale") or "").lower()
                return round(number * _SCALES.get(scale, 1))
    return None
