"""A client-rendered page's text held in a ``<template>``: read when the page holds no other.

A saved page of a site its script renders (a Vue slot: Wiki.js 2 sends
``<page ...><template slot="contents"><div><p>...</p></div></template></page>``) can hold its
whole article inside a template, which the walk skips as markup no reader sees. When the body
outside the templates holds under SHELL_MAX_UNITS of text (an empty shell) and a template
holds at least PROSE_MIN_UNITS, that template is read as an ordinary container. A page with
text of its own, or whose templates hold only short markup, is left alone.
"""

from __future__ import annotations

from ..core.features import shape_of
from .parse import Element, text_of

SHELL_MAX_UNITS = 20
PROSE_MIN_UNITS = 50
_SKIPPED = frozenset({"script", "style", "template", "noscript"})


def read_templates(root: Element) -> int:
    """Read the prose templates of a page whose body outside them is an empty shell; how
    many were."""
    templates = list(root.iter("template"))
    if not templates:
        return 0
    full = [t for t in templates if shape_of(" ".join(text_of(t).split())).units >= PROSE_MIN_UNITS]
    if not full or _outside_units(root) >= SHELL_MAX_UNITS:
        return 0
    for template in full:
        template.tag = "div"
    return len(full)


def _outside_units(root: Element) -> int:
    """The units of the body's text outside templates, scripts and styles."""
    body = next(root.iter("body"), root)
    parts: list[str] = []
    pending = [body]  # a stack, not recursion: a page may nest thousands of elements deep
    while pending:
        element = pending.pop()
        if element.text and element.tag not in _SKIPPED:
            parts.append(element.text)
        for child in element:
            if isinstance(child.tag, str) and child.tag not in _SKIPPED:
                pending.append(child)
            if child.tail:
                parts.append(child.tail)
    return shape_of(" ".join(" ".join(parts).split())).units
