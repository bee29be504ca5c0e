"""Writers that no byline line names: a forum's or a blog's post head, a page's <title>."""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from ..article import Boilerplate
from . import checks
from .page import Page, first_group
from .zone import OPENING_BLOCKS

# Lists whose lines may show a post's head first, none of them the page's own post.
NOT_POSTER_KINDS = frozenset({Boilerplate.COMMENTS, Boilerplate.RELATED})
# A <title>'s pieces (标题_江南雨_新浪博客), and how many name a blogger before a platform.
_TITLE_PIECES = re.compile(r"\s*[_|｜]+\s*|\s+[-–—]+\s+")
MIN_BLOG_PIECES = 3
# A member box above the article's first line starts at most this many lines above it, and
# its name is at most this long.
BOX_ABOVE = 16
MAX_HANDLE_UNITS = 16


def first_poster(page: Page, near: Set[int], others: Sequence[str]) -> str | None:
    """The handle of the page's first post head (``field.poster_author``: 王五 发表于
    2005-5-7 21:23), when that head is one of the ``near`` lines (under the headline, at
    the article's edge): the thread's or the blog post's writer. A later head is a reply's,
    and a first head elsewhere (a sidebar, a list) leaves none."""
    patterns = page.lexicon.field("poster_author")
    may_post = page.lexicon.any_field("poster_author")
    for block in page.blocks:
        if not may_post(block.text) or page.kind(block) in NOT_POSTER_KINDS:
            continue
        match = first_group(patterns, block.text, "author")
        if match is None:
            continue
        return checks.author(match, page.lexicon, others) if block.index in near else None
    return None


def box_poster(page: Page, others: Sequence[str]) -> str | None:
    """The name atop the page's first member box (``field.member_field``: 等级：论坛游侠,
    精华: 1; dvbbs, phpwind) when the box sits just above the article's first lines or
    among them: the thread's first poster. The name is the first line of the box's
    container, a short line that is no field of it."""
    may_field = page.lexicon.any_field("member_field")
    start = page.labels.start
    low, high = max(0, start - BOX_ABOVE), min(len(page.blocks), start + OPENING_BLOCKS)
    for position in range(low, high):
        block = page.blocks[position]
        if not may_field(block.text):
            continue
        top = position
        while top > 0 and page.blocks[top - 1].group == block.group:
            top -= 1
        name = page.blocks[top]
        if top == position or name.units > MAX_HANDLE_UNITS or may_field(name.text):
            return None
        return checks.author(page.text(name), page.lexicon, others)
    return None


def title_credit(page: Page, others: Sequence[str]) -> str | None:
    """The writer a ``<title>`` credits (``field.title_author``: 标题（作者：江南雨）), else the
    blogger it names (``field.blog_owner``: 江南雨的博客; or the piece before the blog
    platform's name that ends it, 标题_江南雨_新浪博客)."""
    title = page.markup.page_title
    if not title:
        return None
    credited = first_group(page.lexicon.field("title_author"), title, "author")
    found = checks.author(credited, page.lexicon, others) if credited else None
    if found:
        return found
    pieces = [p.strip() for p in _TITLE_PIECES.split(title) if p.strip()]
    owner = page.lexicon.field("blog_owner")
    owners = [first_group(owner, p, "author") for p in pieces]
    platform = page.lexicon.field("blog_platform")
    if len(pieces) >= MIN_BLOG_PIECES and any(p.fullmatch(pieces[-1]) for p in platform):
        owners.append(pieces[-2])
    # the site's name may be the blog's (江南雨的博客), which names the blogger
    sites = [o for o in others if not first_group(owner, o, "author")]
    return checks.first([checks.author(o, page.lexicon, sites) for o in owners if o])
