"""The text the markup readers keep: whitespace collapsed, cut short, each value once."""

from __future__ import annotations

from collections.abc import Iterable

from ..html.parse import Element, text_of

MAX_TEXT = 300
"""Longest text kept from one element or attribute."""


def clean_text(text: str | None) -> str:
    """Whitespace collapsed and trimmed, cut to MAX_TEXT characters."""
    return " ".join((text or "").split())[:MAX_TEXT]


def unique(values: Iterable[str | None]) -> tuple[str, ...]:
    """The values cleaned, empty ones dropped, each kept once, in order."""
    seen: dict[str, None] = {}
    for value in values:
        text = clean_text(value)
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
