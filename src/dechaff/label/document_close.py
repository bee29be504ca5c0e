"""The close of an official document: its formula, its signature, its date, its notes.

A government notice ends 特此通告。, then the issuing body's name and the date on lines of
their own, then how it is made public (（此件公开发布）). Past the last paragraph these short
lines read as a page's menu labels and its date line; they are the document's own. The
region runs on over them, in its own run of blocks, when the run holds the date
(``field.close_date``): an optional formula (``field.close_formula``), at most
MAX_SIGNATURE_LINES lines naming a body (``field.not_person``'s outlets and institutions),
the date, and the notes (``field.close_note``). The signature may already close the region.

A text dump that parts every paragraph from the next by a blank line (``spaced``) has a run
of blocks a line: there the lines need not share the region's run.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..core.blocks import Block
from .lexicon import NO_KINDS, Lexicon, ZoneKinds

# A document is signed by one body, or by a few issuing it jointly.
MAX_SIGNATURE_LINES = 3
# A signature line is a body's name: no longer than this many units.
MAX_SIGNATURE_UNITS = 30


def past_document_close(
    blocks: Sequence[Block],
    lexicon: Lexicon,
    zone_kinds: list[ZoneKinds],
    start: int,
    end: int,
    spaced: bool = False,
) -> int:
    """The region's end once an official document's closing lines are in it; the date's
    line, which the lexicon takes for a date line, loses its kinds."""
    if start >= end:
        return end
    group = -1 if spaced else blocks[end - 1].group
    at = end
    if at < len(blocks) and _is(blocks[at], group, lexicon, "close_formula"):
        at += 1
    signed = at
    while at - signed < MAX_SIGNATURE_LINES and _signature(blocks, at, group, lexicon):
        at += 1
    if at == signed == end and _signature(blocks, end - 1, group, lexicon):
        signed -= 1  # the region holds the signature already
    if at == signed or at >= len(blocks) or not _is(blocks[at], group, lexicon, "close_date"):
        return end
    zone_kinds[at] = NO_KINDS
    at += 1
    while at < len(blocks) and _is(blocks[at], group, lexicon, "close_note"):
        at += 1
    return at


def _is(block: Block, group: int, lexicon: Lexicon, field: str) -> bool:
    text = block.text.strip()
    return group in (-1, block.group) and any(p.match(text) for p in lexicon.field(field))


def _signature(blocks: Sequence[Block], at: int, group: int, lexicon: Lexicon) -> bool:
    if at >= len(blocks):
        return False
    block = blocks[at]
    text = "".join(block.text.split())
    return (
        group in (-1, block.group)
        and block.link_density == 0
        and block.units <= MAX_SIGNATURE_UNITS
        and any(p.fullmatch(text) for p in lexicon.field("not_person"))
    )
