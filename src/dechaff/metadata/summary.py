"""What the page says it is about and under which terms: summary, keywords, licence."""

from __future__ import annotations

import html

from ..article import Boilerplate
from ..core.blocks import Block
from . import checks
from .page import Page, first_group

# Where a page prints the licence of its text (a credit line licenses a picture).
LICENSE_KINDS = (Boilerplate.COPYRIGHT, Boilerplate.FOOTER)


def _unescaped(text: str) -> str:
    """A value escaped twice over in the markup ("&amp;#39;") read as the page means it."""
    return html.unescape(text) if "&" in text and ";" in text else text


def standfirst(page: Page, title_block: int | None) -> Block | None:
    """The dek: an article line right under the headline that byline lines part from the
    text (the labeller keeps it above the article's region, or it opens the region)."""
    if title_block is None or title_block + 2 >= len(page.blocks):
        return None
    block, below = page.blocks[title_block + 1], page.blocks[title_block + 2]
    if page.kind(block) is not None:
        return None
    if block.index < page.labels.start or page.kind(below) is Boilerplate.METADATA:
        return block
    return None


def description(
    page: Page, title: str | None, title_block: int | None, site_name: str | None
) -> str | None:
    """The page's summary: JSON-LD, og/twitter, meta description, microdata; else the dek."""
    lexicon = page.lexicon
    for text in page.markup.descriptions:
        found = checks.description(_unescaped(text), title, site_name, lexicon)
        if found:
            return found
    dek = standfirst(page, title_block)
    if dek is not None:
        return checks.description(page.text(dek), title, site_name, lexicon)
    return None


def tags(page: Page, site_name: str | None, title: str | None) -> tuple[str, ...]:
    """The page's keywords and tags (JSON-LD keywords, article:tag, news_keywords, keywords
    meta, microdata, rel=tag links), split, trimmed and each once."""
    return checks.tags((_unescaped(v) for v in page.markup.keywords), site_name, title)


def license(page: Page, base: str | None) -> str | None:
    """The licence the page states: rel=license, JSON-LD or meta license (a url or a
    licence name), else a Creative Commons statement on a copyright or footer line."""
    for value in page.markup.licenses:
        found = checks.license(value, base, page.lexicon)
        if found:
            return found
    patterns = page.lexicon.field("license_statement")
    may_state = page.lexicon.any_field("license_statement")
    for block in page.lines_of(*LICENSE_KINDS):
        text = page.text(block)
        statement = first_group(patterns, text, "license") if may_state(text) else None
        if statement:
            return statement
    return None
