"""A scholarly article's declarations ("Funding: ...", "Data Availability: ...", "Competing
interests: ..."): the paper's own statements, article text.

Journal templates print them in the front-matter box beside the citation, the editor, the
publication history and the licence, a box whose class (PLOS's ``articleinfo``) names
metadata; a line that opens with a declaration's label (``field.declaration``) and says
something after it takes no metadata hint, as a recipe card's detail does not (recipe.py).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..core.blocks import Block
from .lexicon import Lexicon
from .settings import DECLARATION_MIN_UNITS


def declaration_lines(blocks: Sequence[Block], lexicon: Lexicon) -> frozenset[int]:
    """The indices of the lines that state one of the paper's declarations."""
    labels = lexicon.field("declaration")
    if not labels:
        return frozenset()
    may_be_declaration = lexicon.any_field("declaration")  # most lines fail this cheap test
    return frozenset(
        i
        for i, block in enumerate(blocks)
        if block.units >= DECLARATION_MIN_UNITS
        and may_be_declaration(block.text)
        and any(p.match(block.text) for p in labels)
    )
