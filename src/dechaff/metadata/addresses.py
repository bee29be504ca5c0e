"""The page's addresses: its canonical url and its lead image, resolved and checked."""

from __future__ import annotations

from . import checks
from .page import Page


def canonical_url(page: Page, url: str | None) -> str | None:
    """``<link rel=canonical>``, else ``og:url``, resolved against the page url."""
    has_article = page.labels.start < page.labels.end
    for href in page.markup.canonicals:
        found = checks.canonical_url(href, url, has_article)
        if found:
            return found
    return None


def image(page: Page, base: str | None) -> str | None:
    """The lead image: JSON-LD image, og/twitter image, ``rel=image_src``, microdata; resolved
    against ``base`` (the page url, else its canonical url); never a logo, icon or pixel."""
    for href in page.markup.images:
        found = checks.image(href, base, page.lexicon)
        if found:
            return found
    return None
