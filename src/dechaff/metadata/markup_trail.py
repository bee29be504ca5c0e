"""The breadcrumb trail that the markup marks as one (class, aria-label, schema.org type)."""

from __future__ import annotations

import re

from ..html.parse import Element
from ..html.select import Selected, select
from .markup_text import clean_text, element_text

MAX_TRAIL_CHARS = 400
"""A breadcrumb element with more text than this is a container, not a trail."""
MAX_TRAIL_ITEMS = 12
MAX_TRAIL_CHILDREN = 30
"""An element with more children than this is a container, not a trail."""
BREADCRUMB_HINT = re.compile(r"bread|crumb", re.I)
_TRAIL_SEPARATOR = re.compile(r"^[\s>»›＞→/|·•:：-]*$")


def _is_trail_element(element: Element) -> bool:
    if (element.get("itemtype") or "").lower().endswith("breadcrumblist"):
        return True
    label = element.get("aria-label") or ""
    hints = " ".join(filter(None, [element.get("class"), element.get("id"), label]))
    return bool(BREADCRUMB_HINT.search(hints))


def _trail_items(element: Element) -> tuple[str, ...]:
    items = list(element.iter("li")) or list(element.iter("a"))
    texts = [element_text(e) for e in items]
    if items and items[-1].tag == "a":  # the current page often follows the last link as text
        tail = clean_text(items[-1].tail)
        if tail:
            texts.append(tail)
    kept = [t.strip(" >»›/|") for t in texts if t and not _TRAIL_SEPARATOR.match(t)]
    return tuple(t for t in kept if t)[:MAX_TRAIL_ITEMS]


def breadcrumbs(root: Element, selected: Selected | None = None) -> tuple[str, ...]:
    """The items of the first breadcrumb trail marked up as such (class, aria-label, schema)."""
    for element in (selected or select(root)).trails:
        if element.tag in ("html", "body", "meta", "link") or len(element) > MAX_TRAIL_CHILDREN:
            continue
        if not _is_trail_element(element):
            continue
        if len(element_text(element)) > MAX_TRAIL_CHARS:
            continue
        items = _trail_items(element)
        if len(items) >= 2:
            return items
    return ()
