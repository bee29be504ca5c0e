"""The text the markup readers keep: whitespace collapsed, cut short, each value once."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..html.parse import Element, text_of

MAX_TEXT = 300
"""Longest text kept from one element or attribute."""
MAX_LONG_TEXT = 2000
"""Longest text kept where a value is long by nature: a summary, a keyword list, a url."""


def clean_text(text: str | None, limit: int = MAX_TEXT) -> str:
    """Whitespace collapsed and trimmed, cut to ``limit`` characters."""
    return " ".join((text or "").split())[:limit]


def unique(values: Iterable[str | None], limit: int = MAX_TEXT) -> tuple[str, ...]:
    """The values cleaned (cut to ``limit``), empty ones dropped, each kept once, in order."""
    seen: dict[str, None] = {}
    for value in values:
        text = clean_text(value, limit)
        if text and text not in seen:
            seen[text] = None
    return tuple(seen)


def element_text(element: Element) -> str:
    """The element's text, cleaned ("" when it cannot be read)."""
    try:
        return clean_text(text_of(element))
    except ValueError:
        return ""


def is_url(text: str) -> bool:
    """Whether the text is a web address or a path rather than a name."""
    return text.startswith(("http://", "https://", "www.", "/"))


_SIGNED_ADDRESS = re.compile(r"\S\s*[-–—|,(@]?\s*(?:https?://|www\.)", re.IGNORECASE)


def signs_site(text: str) -> bool:
    """Whether a name is signed with a web address ("Frank Bueltge - http://bueltge.de"):
    a meta author so written is the template's or the site's maker, not the article's."""
    return bool(_SIGNED_ADDRESS.search(text))
