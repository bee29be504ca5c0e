"""The content score of a block: how much it looks like article text."""

from __future__ import annotations

from collections.abc import Sequence

from ..article import Boilerplate
from ..core.blocks import Block
from ..core.features import reads_as_prose
from .settings import (
    ARTICLE_LINE_SCORE,
    DATA_TABLE_MIN_CELLS,
    GOOD_MIN_WEIGHT,
    LEXICON_HIT_COST,
    LINK_DENSITY_MAX,
    LINKED_COST,
    MEDIUM_MIN_WEIGHT,
    MEDIUM_WEIGHT,
    SCORE_CAP,
    SHORT_LINE_COST,
    TABLE_CELLS,
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


def neutral_tables(blocks: Sequence[Block], scores: list[float]) -> None:
    """Score a data table's short unlinked cells as neither article nor chaff.

    A run of at least DATA_TABLE_MIN_CELLS cells (``td``, ``th``) holding their text
    themselves, under a header cell (``th``), is a table of data: its cells are short
    lines without sentences, so each would cost a short line's score, and a table between
    two paragraphs would end the article. A layout table (a forum's post and its poster's
    counts) names no column, and a menu's cells are links.
    """
    run: list[int] = []
    for i in range(len(blocks) + 1):
        if i < len(blocks) and blocks[i].tag in TABLE_CELLS:
            run.append(i)
            continue
        if len(run) >= DATA_TABLE_MIN_CELLS and any(blocks[k].tag == "th" for k in run):
            for k in run:
                if scores[k] == -SHORT_LINE_COST and blocks[k].link_density <= LINK_DENSITY_MAX:
                    scores[k] = ARTICLE_LINE_SCORE
        run = []
