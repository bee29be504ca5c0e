"""The page's type: article, forum thread, listing, product, documentation or other.

Read from general signals only (:mod:`.page_signals`): the schema.org types and og:type the
markup declares, words of the url path, the share of the page's text the labeller kept as
article text, and the structures the page repeats. The cues are data, in :mod:`.page_cues`.
A page that gives too little to say gets None: a wrong type is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from ..article import Boilerplate, PageType
from ..core.blocks import Block
from ..core.tree import Tree
from .markup import Markup
from .markup_types import NO_TYPES
from .page_cues import OG_WORDS, SCHEMA_TYPES, URL_WORDS, Cue
from .page_signals import PageSignals, signals

# The winning type needs this weight, and this lead over the next.
MIN_WEIGHT = 3.0
MIN_LEAD = 2.0
# A page with no markup types and no url (a text dump, most often) has only its shape to
# show: the shape alone may decide, at this weight.
MIN_SHAPE_WEIGHT = 2.0
# A grid of prices over a page with little prose is a shop's listing; so is one that the
# labeller kept as the page's content (label/grid.py).
LISTING_PRICES = 25
LISTING_BODY_SHARE = 0.45
# Teasers (a linked title and a text) repeated in what the labeller kept as the article.
LISTING_TEASERS = 5
# Dated posts, repeated, over a page whose first post is a small part: a thread.
FORUM_POSTS = 4
FORUM_BODY_SHARE = 0.5
# Posts under an article the labeller found comments of are its comments.
FORUM_COMMENT_SHARE = 0.05
# Code blocks enough for a manual.
DOC_CODE = 5
# The forum cue of a type that declares the page a thread (DiscussionForumPosting, QAPage)
THREAD_WEIGHT = 3.0
# One long prose region: an article; more so when most of the page, and when dated.
ARTICLE_BODY_SHARE = 0.5
ARTICLE_MOST_SHARE = 0.75
ARTICLE_UNITS = 300


def _structure(s: PageSignals) -> list[Cue]:
    """What the page's shape says, each cue with its weight."""
    cues: list[Cue] = []
    if (s.prices >= LISTING_PRICES and s.body_share < LISTING_BODY_SHARE) or s.grid:
        cues.append((PageType.LISTING, 3.0))
    elif s.prices and s.buys:
        cues.append((PageType.PRODUCT, 2.0))
    if s.body_teasers >= LISTING_TEASERS:
        cues.append((PageType.LISTING, 3.0))
    if (
        s.posts >= FORUM_POSTS
        and s.body_share < FORUM_BODY_SHARE
        and s.comment_share < FORUM_COMMENT_SHARE
    ):
        cues.append((PageType.FORUM, 2.0))
    if s.code >= DOC_CODE:
        cues.append((PageType.DOCUMENTATION, 1.0))
    if s.body_share >= ARTICLE_BODY_SHARE and s.units * s.body_share >= ARTICLE_UNITS:
        weight = 0.5 + (s.body_share >= ARTICLE_MOST_SHARE) + 0.5 * (s.dated > 0)
        cues.append((PageType.ARTICLE, weight))
    return cues


def _words(value: str | None) -> list[str]:
    return re.split(r"[^a-z]+", value) if value else []


def weights(s: PageSignals) -> dict[PageType, float]:
    """Per page type, the weight of its cues: the heaviest from each source, summed."""
    sources = (
        [SCHEMA_TYPES[name] for name in s.types.schema if name in SCHEMA_TYPES],
        [OG_WORDS[word] for word in _words(s.types.og_type) if word in OG_WORDS],
        [URL_WORDS[word] for word in s.path_words if word in URL_WORDS],
        _structure(s),
    )
    total: dict[PageType, float] = {}
    for cues in sources:
        heaviest: dict[PageType, float] = {}
        for kind, weight in cues:
            heaviest[kind] = max(weight, heaviest.get(kind, 0.0))
        for kind, weight in heaviest.items():
            total[kind] = total.get(kind, 0.0) + weight
    return total


def _declares(markup: Markup | None, kind: PageType) -> bool:
    """Whether the markup's schema.org types or og:type name a page of this kind."""
    if markup is None:
        return False
    types = markup.types
    return any(
        SCHEMA_TYPES[name][0] is kind for name in types.schema if name in SCHEMA_TYPES
    ) or any(OG_WORDS[w][0] is kind for w in _words(types.og_type) if w in OG_WORDS)


def declares_product(markup: Markup | None) -> bool:
    """True when the page's markup says it is one product (schema.org Product, og:type
    product): a grid of priced cards on it lists other products."""
    return _declares(markup, PageType.PRODUCT)


def declares_thread(markup: Markup | None) -> bool:
    """True when the markup's schema.org types say the page is a thread or a Q&A page
    (DiscussionForumPosting, QAPage: a forum cue of THREAD_WEIGHT), not only the Question and
    Answer items an FAQ holds too."""
    if markup is None:
        return False
    cues = [SCHEMA_TYPES[name] for name in markup.types.schema if name in SCHEMA_TYPES]
    return any(kind is PageType.FORUM and weight >= THREAD_WEIGHT for kind, weight in cues)


def product_page(markup: Markup | None) -> bool:
    """True when the markup declares one product and no article: a shop's product page, not
    a review (a review declares the product it reviews too)."""
    return declares_product(markup) and not _declares(markup, PageType.ARTICLE)


def decide(s: PageSignals) -> PageType | None:
    """The page type the signals weigh most for, or None when they are weak or disagree."""
    ranked = sorted(weights(s).items(), key=lambda item: -item[1])
    shape_only = not s.types.schema and not s.types.og_type and not s.path_words
    if not ranked or ranked[0][1] < (MIN_SHAPE_WEIGHT if shape_only else MIN_WEIGHT):
        return None
    if len(ranked) > 1 and ranked[0][1] - ranked[1][1] < MIN_LEAD:
        return None
    return ranked[0][0]


def page_type(
    blocks: Sequence[Block],
    kinds: Sequence[Boilerplate | None],
    tree: Tree | None,
    *,
    markup: Markup | None = None,
    url: str | None = None,
    reference: datetime | None = None,
    grid: bool = False,
) -> PageType | None:
    """The type of the page (see :func:`decide`), from its blocks and what its markup says
    (the types it declares, its buttons); ``grid`` when the labeller took a shop's grid of
    priced cards as its content."""
    types, buttons = (markup.types, markup.buttons) if markup is not None else (NO_TYPES, ())
    found = signals(blocks, kinds, tree, types=types, buttons=buttons, url=url, reference=reference)
    return decide(replace(found, grid=grid))
