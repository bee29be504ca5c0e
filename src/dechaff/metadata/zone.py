"""Where the byline sits: the lines under the headline, and the article's edges."""

from __future__ import annotations

from ..article import Boilerplate
from ..core.blocks import Block
from .page import Page

# A byline zone that starts this far above the article when the headline was not found.
BYLINE_ABOVE = 8
# Bylines printed as their own short line, at the article's start or end.
MAX_BYLINE_UNITS = 24
EDGE_BLOCKS = 3
# A date header may sit this many lines above the headline (blogs).
ABOVE_TITLE = 2
# The article's first lines, where a dateline may open a paragraph.
OPENING_BLOCKS = 5
NOT_DATE_KINDS = frozenset(
    {
        Boilerplate.COMMENTS, Boilerplate.RELATED, Boilerplate.COPYRIGHT, Boilerplate.SPAM,
        Boilerplate.AD, Boilerplate.FOOTER, Boilerplate.SHARE,
    }
)  # fmt: skip


def byline_zone(page: Page, title_block: int | None) -> list[Block]:
    """The lines where date and byline sit: under the headline down to the article's first
    lines, then the two lines above the headline (a blog's date header)."""
    start = page.labels.start
    first = title_block + 1 if title_block is not None else max(0, start - BYLINE_ABOVE)
    last = max(first, start) + EDGE_BLOCKS
    above = page.blocks[max(0, first - 1 - ABOVE_TITLE) : max(0, first - 1)]
    return [
        b
        for b in [*page.blocks[first:last], *above]
        if page.kind(b) not in NOT_DATE_KINDS
        and (b.index < start or page.kind(b) is not None or b.units <= MAX_BYLINE_UNITS)
    ]
