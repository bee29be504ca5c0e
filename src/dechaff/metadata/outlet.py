"""Where the article comes from: the outlet a source label names (来源：新华社)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ..article import Boilerplate
from ..core.blocks import Block
from . import checks
from .page import Page, first_group
from .zone import NOT_DATE_KINDS

# A source's label alone in its cell, and the name in the next cell, at most this long.
MAX_LABEL = 8
MAX_NAME = 30
_COLONS = (":", "：")


def source(page: Page, zone: Sequence[Block]) -> str | None:
    """The outlet the article comes from: 来源: 新华社 on a byline or metadata line, or on a
    line above the article (a government page's table: 发布机构：, its name in the next
    cell); else an organisation credited as author; the first that passes
    :func:`.checks.source`."""
    lexicon = page.lexicon
    patterns = lexicon.field("source")
    may_credit = lexicon.any_field("source")
    alone = lexicon.field("source_label_alone")
    for block in _source_lines(page, zone):
        text = block.text
        if len(text) <= MAX_LABEL and any(p.match(text.strip()) for p in alone):
            found = checks.source(_next_cell(page, block), lexicon)
        elif may_credit(text):
            found = checks.source(first_group(patterns, text, "source"), lexicon)
        else:
            continue
        if found:
            return found
    markup = page.markup
    return checks.first(
        [checks.source(s, lexicon) for s in (*markup.organisations, *markup.sources)]
    )


def _source_lines(page: Page, zone: Sequence[Block]) -> Iterator[Block]:
    """The byline zone, the metadata lines, then the lines above the article (a metadata
    table the labeller took for a menu's cells) that are no footer, ad or related list."""
    yield from zone
    yield from page.metadata_lines
    for block in page.blocks[: page.labels.start]:
        if page.kind(block) not in NOT_DATE_KINDS:
            yield block


def _next_cell(page: Page, block: Block) -> str | None:
    """The short line right after a label alone, unless it is a label itself (an empty
    cell's neighbour: 成文日期：)."""
    at = block.index + 1
    following = page.blocks[at] if at < len(page.blocks) else None
    if following is None or following.index != at or following.units > MAX_NAME:
        return None
    text = following.text.strip()
    return None if any(c in text for c in _COLONS) else text


def account(page: Page, others: Sequence[str]) -> str | None:
    """A self-media account an element the markup names author shows (体育教科书): Han text
    that passes the author's checks but reads as no person's name is the outlet."""
    menus: set[str] | None = None  # the words of the menus, read once when needed
    for name in page.markup.author_elements:
        if not checks.has_han(name):
            continue
        names = checks.author(name, page.lexicon, others)
        if not names or " " in names or checks.person_shaped(names, page.lexicon):
            continue
        if menus is None:
            kinds = (Boilerplate.NAVIGATION, Boilerplate.BREADCRUMB)
            menus = {w for b in page.lines_of(*kinds) for w in b.text.split()}
        # the first such name only; a menu's item is a section's name (股市行情), no outlet
        return None if names in menus else checks.source(names, page.lexicon)
    return None
