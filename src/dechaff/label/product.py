"""A product page's head: the lines between the product's name and its description.

On a page whose markup declares one product (and no article), the product's name tops its
summary: feature bullets, short spec lines, the options. Each is too short to score as
prose, so the region starts at the description below them. Those lines join the article
when they are few; the ones a rule or a hint names (a buy box, an offer) keep their kind.
The name itself heads the body, whatever its container says.
The name is the headline (the heading that repeats the <title>), else the last <h1> above
the region: a shop's <title> often adds a tagline the <h1> does not repeat; else the page's
one <h1> wherever it sits (a buy box laid out beside the description, after it in the page).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..article import Boilerplate
from ..core.blocks import Block
from .lexicon import ZoneKinds
from .settings import FORM_TAGS, LINK_DENSITY_MAX, PRODUCT_HEAD_MAX_BLOCKS

STORY_KINDS = frozenset({Boilerplate.METADATA, Boilerplate.AUTHOR_BIO})


def one_h1(blocks: Sequence[Block]) -> int | None:
    """The page's one <h1> when it is no link (a logo's <h1><a href="/">), else None."""
    h1s = [i for i, b in enumerate(blocks) if b.tag == "h1"]
    if len(h1s) != 1:
        return None
    return h1s[0] if blocks[h1s[0]].link_density <= LINK_DENSITY_MAX else None


def _only_h1(blocks: Sequence[Block], start: int, end: int) -> int | None:
    """The page's one <h1> (one_h1) when it sits outside the region (a buy box beside the
    text)."""
    h1 = one_h1(blocks)
    return None if h1 is None or start <= h1 < end else h1


def product_head(
    blocks: Sequence[Block],
    zone_kinds: Sequence[ZoneKinds],
    headline: int | None,
    start: int,
    end: int,
) -> tuple[int, int | None]:
    """The region's new start: right below the product's name when it sits a few blocks
    above the region; and the name's line, which heads the body (a product's name is part
    of what its page says of it, even on a review), None when there is none."""
    if not start < end:
        return start, None
    name = headline
    if name is None or name >= start:
        reach = range(start - 1, max(start - 2 - PRODUCT_HEAD_MAX_BLOCKS, 0), -1)
        name = next((i for i in reach if blocks[i].tag == "h1"), None)
    if name is None or name >= start or start - name - 1 > PRODUCT_HEAD_MAX_BLOCKS:
        return start, _only_h1(blocks, start, end)
    if any(blocks[i].tag in FORM_TAGS for i in range(name + 1, start)):
        return start, name  # a buy box's form between them: the lines are options and offers
    if any(zone_kinds[i].body in STORY_KINDS for i in range(name + 1, start)):
        return start, name  # a byline or a bio: the page is a review of the product, an article
    return name + 1, name
