"""The page's addresses: its canonical url and its lead image, resolved and checked."""

from __future__ import annotations

from urllib.parse import urlsplit

from . import checks
from .page import Page

# The labels a host opens with that name no site (www.example.org, m.example.org), and
# the second-level labels of country domains (example.co.uk, example.com.cn).
_NO_SITE_LABELS = frozenset({"www", "m", "mobile"})
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "ac", "gov", "edu", "or", "ne", "go"})


def host_name(url: str | None) -> str:
    """The site's own label of the url's host, folded (bridgestone of
    tires.bridgestone.com, dailymail of www.dailymail.co.uk); "" without one."""
    try:
        host = urlsplit(url or "").hostname or ""
    except ValueError:  # "http://[bad" is not a url
        return ""
    labels = [x for x in host.split(".") if x and x not in _NO_SITE_LABELS][:-1]
    if len(labels) > 1 and labels[-1] in _SECOND_LEVEL:
        labels.pop()
    return checks.folded(labels[-1]) if labels else ""


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
