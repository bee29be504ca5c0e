"""The content score of a block: how much it looks like article text."""

from __future__ import annotations

from ..article import Boilerplate
from ..core.blocks import Block
from ..core.features import reads_as_prose
from .settings import (
    GOOD_MIN_WEIGHT,
    LEXICON_HIT_COST,
    LINK_DENSITY_MAX,
    LINKED_COST,
    MEDIUM_MIN_WEIGHT,
    MEDIUM_WEIGHT,
    SCORE_CAP,
    SHORT_LINE_COST,
    UNFINISHED_WEIGHT,
)


def content_score(block: Block, hit: Boilerplate | None) -> float:
    """How much a block looks like article text (positive) or not (negative)."""
    if hit is not None:
        return -LEXICON_HIT_COST
    if block.link_density > LINK_DENSITY_MAX:
        return -LINKED_COST
    shape = block.shape
    weight = min(shape.weight, SCORE_CAP)
    if weight >= GOOD_MIN_WEIGHT and reads_as_prose(shape):
        # a paragraph cut off mid-sentence is a teaser of another page
        return float(weight) if shape.ends_sentence else UNFINISHED_WEIGHT * weight
    if shape.punct >= 1 and weight > MEDIUM_MIN_WEIGHT:
        return MEDIUM_WEIGHT * (weight - MEDIUM_MIN_WEIGHT)
    return -SHORT_LINE_COST
