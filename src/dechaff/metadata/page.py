"""The page as every field function reads it (:class:`Page`), and the helpers they share."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from ..article import Boilerplate
from ..core.blocks import Block
from ..core.dates import DateMatch, may_hold_dates
from ..label.labeller import Labels
from ..label.lexicon import Lexicon
from .markup import Markup

# (?:(?<!\s)|(?!\s)): never start inside a run of spaces, only where it starts (a search
# from every space of a long run is quadratic); the matches are the same.
NOT_MID_SPACES = r"(?:(?<!\s)|(?!\s))"


@dataclass(frozen=True, slots=True)
class Page:
    """What every field function reads: the blocks, their labels, the lexicon and the markup."""

    blocks: Sequence[Block]
    labels: Labels
    lexicon: Lexicon
    markup: Markup
    reference: datetime | None = None
    thread: bool = False  # a forum's thread: its first poster is its writer
    # the dates each line shows with their labels' roles, by (block, default year): filled
    # by the publication-date reader, whose sources ask about the same lines again
    line_dates: dict[tuple[int, int | None], list[tuple[DateMatch, str | None]]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _texts: dict[int, str] = field(default_factory=dict, compare=False, repr=False)
    _dated: dict[int | None, list[Block]] = field(default_factory=dict, compare=False, repr=False)
    # every metadata line, before, inside and after the article (read by several fields)
    metadata_lines: list[Block] = field(init=False, compare=False, repr=False)
    # the positions of the blocks of each kind, in order (from one pass over the blocks)
    _of_kind: dict[Boilerplate | None, list[int]] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        of_kind: dict[Boilerplate | None, list[int]] = {}
        kinds = self.labels.kinds
        for position, block in enumerate(self.blocks):
            kind = kinds[block.index]
            found = of_kind.get(kind)
            if found is None:
                of_kind[kind] = [position]
            else:
                found.append(position)
        object.__setattr__(self, "_of_kind", of_kind)
        object.__setattr__(self, "metadata_lines", self.lines_of(Boilerplate.METADATA))

    def lines_of(self, *kinds: Boilerplate) -> list[Block]:
        """The blocks labelled as one of the kinds, in order (:func:`blocks_of`)."""
        positions = [p for kind in set(kinds) for p in self._of_kind.get(kind, ())]
        if len(kinds) > 1:
            positions.sort()
        blocks = self.blocks
        return [blocks[p] for p in positions]

    def kind(self, block: Block) -> Boilerplate | None:
        """The label of a block."""
        return self.labels.kinds[block.index]

    def dated(self, year: int | None) -> list[Block]:
        """The blocks in which find_dates may find a date (with this default year), in order."""
        found = self._dated.get(year)
        if found is None:
            texts = [b.text for b in self.blocks]
            positions = may_hold_dates(texts, reference=self.reference, default_year=year)
            found = self._dated[year] = [self.blocks[p] for p in positions]
        return found

    def text(self, block: Block) -> str:
        """The block's text with its whitespace collapsed."""
        text = self._texts.get(block.index)
        if text is None:
            text = self._texts[block.index] = norm(block.text)
        return text


def norm(text: str | None) -> str:
    """The text with its whitespace collapsed and trimmed ("" for None)."""
    if text and text.isprintable() and "  " not in text and text[0] != " " != text[-1]:
        return text  # collapsed already, as lines are: the only space a printable text has is " "
    # str.split() splits at the characters a regex \s matches: runs collapse, ends go
    return " ".join((text or "").split())


def first_group(patterns: Sequence[re.Pattern[str]], text: str, name: str) -> str | None:
    """The group ``name`` of the first pattern that finds it in the text, trimmed."""
    for pattern in patterns:
        match = pattern.search(text)
        if match and match.group(name):
            return match.group(name).strip()
    return None


def blocks_of(blocks: Sequence[Block], labels: Labels, *kinds: Boilerplate) -> list[Block]:
    """The blocks labelled as one of the kinds, in order."""
    return [b for b in blocks if labels.kinds[b.index] in kinds]
