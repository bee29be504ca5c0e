"""The article's region: the maximum-sum run of scores, joined across gaps, near the headline."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..article import Boilerplate
from ..core.blocks import Block
from .headline import heads_article
from .settings import (
    ARTICLE_LINE_SCORE,
    GOOD_MIN_WEIGHT,
    HEADLINE_PROSE_SHARE,
    HEADLINE_REACH,
    MAX_GAP_BLOCKS,
    MIN_JOIN_SCORE,
    NEAR_SHARE,
    SECTION_KINDS,
)


def best_region(scores: Sequence[float]) -> tuple[int, int]:
    """The maximum-sum run of scores, as [start, end); (0, 0) when all are negative."""
    best, best_start, best_end = 0.0, 0, 0
    running, start = 0.0, 0
    for i, score in enumerate(scores):
        if running <= 0:
            running, start = 0.0, i
        running += score
        if running > best:
            best, best_start, best_end = running, start, i + 1
    return best_start, best_end


def _run_sum(scores: Sequence[float], begin: int, step: int, limit: int) -> tuple[float, int]:
    """The best running sum of scores from begin going step-wise, and where it ends."""
    best, best_at, running = 0.0, begin, 0.0
    i = begin
    while 0 <= i < limit:
        running += scores[i]
        if running > best:
            best, best_at = running, i
        i += step
    return best, best_at


def extend(
    scores: Sequence[float],
    hits: Sequence[Boilerplate | None],
    start: int,
    end: int,
    floor: int = 0,
) -> tuple[int, int]:
    """Join prose runs that a short gap (a picture credit, an embed) cuts off the region."""
    n = len(scores)
    while True:
        gap_end = end
        while gap_end < n and scores[gap_end] <= 0 and hits[gap_end] not in SECTION_KINDS:
            gap_end += 1
        if gap_end - end > MAX_GAP_BLOCKS or gap_end >= n or hits[gap_end] in SECTION_KINDS:
            break
        if Boilerplate.METADATA in hits[end:gap_end]:
            break  # the post's closing data (tags, "Filed under"): what follows is no more of it
        gain, last = _run_sum(scores, gap_end, 1, n)
        if gain < MIN_JOIN_SCORE:
            break
        end = last + 1
    while True:
        gap_start = start - 1
        while (
            gap_start >= floor and scores[gap_start] <= 0 and hits[gap_start] not in SECTION_KINDS
        ):
            gap_start -= 1
        if start - 1 - gap_start > MAX_GAP_BLOCKS or gap_start < floor or hits[gap_start]:
            break
        gain, first = _run_sum(scores[floor:], gap_start - floor, -1, n - floor)
        first += floor
        if gain < MIN_JOIN_SCORE or max(scores[first : gap_start + 1]) < GOOD_MIN_WEIGHT:
            break
        start = first
    return start, end


def absorb_neutral(
    blocks: Sequence[Block], scores: Sequence[float], start: int, end: int, floor: int
) -> tuple[int, int]:
    """Take in the article's own short lines (score 0) just above the region.

    Below it they are as often the tags, notes and widgets that follow articles.
    """
    if start == end:
        return start, end
    while (
        start > floor
        and scores[start - 1] == ARTICLE_LINE_SCORE
        and not heads_article(blocks[start - 1])
    ):
        start -= 1
    return start, end


def region_near(
    scores: Sequence[float],
    floor: int,
    headline: int | None,
    outside: Callable[[int, int, int], bool] | None = None,
) -> tuple[int, int]:
    """The best region from floor on; with a headline, one that starts close below it.

    An article starts right below its headline: a run that starts within
    HEADLINE_REACH blocks of it wins over a bigger run elsewhere (a cookie
    notice, a feed, a sidebar) while it scores at least NEAR_SHARE of that run,
    or at all when that run is one paragraph above the headline or ``outside`` the post
    that holds the headline and the run (a short post beside a blog's "about" box).
    """
    start, end = best_region(scores[floor:])
    start, end = start + floor, end + floor
    if headline is None or start == end or 0 <= start - headline - 1 <= HEADLINE_REACH:
        return start, end
    best = sum(scores[start:end])
    near_gain, near_start, near_end = 0.0, start, end
    for begin in range(headline + 1, min(headline + 2 + HEADLINE_REACH, len(scores))):
        if scores[begin] <= 0:
            continue
        gain, last = _run_sum(scores, begin, 1, len(scores))
        if gain > near_gain:
            near_gain, near_start, near_end = gain, begin, last + 1
    # a lone paragraph above the headline, or outside the post that holds the headline and
    # the run under it (a sidebar's "about" box), is no article of it
    lone = end - start == 1 and (
        end <= headline or (outside is not None and outside(start, end, near_start))
    )
    if near_gain >= NEAR_SHARE * best or (near_gain > 0 and lone):
        return near_start, near_end
    return start, end


def body_floor(headline: int | None, scores: Sequence[float]) -> int:
    """Where the article may start: after its headline, when most prose follows it.

    Prose above an article's headline belongs to other stories (a news ticker, teasers).
    """
    if headline is None:
        return 0
    total = sum(score for score in scores if score > 0)
    after = sum(score for score in scores[headline + 1 :] if score > 0)
    return headline + 1 if total and after >= HEADLINE_PROSE_SHARE * total else 0
