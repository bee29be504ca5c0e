"""Pick the elements the markup reader looks at, in one pass over the tree.

The pure-Python twin of the C extension's ``select``: :func:`select` calls the C pass when
it is loaded and walks the tree in Python otherwise; the two give the same elements.
"""

from __future__ import annotations

import re
from typing import NamedTuple

import lxml.etree

from . import speedups
from .parse import Element

__all__ = ["Selected", "select"]


# Substrings of class/id that mark elements worth a closer look (tested case-sensitively,
# as pages write them); one pass over the tree collects all three kinds.
_AUTHOR_PARTS = ("uthor", "yline", "utor", "riter")
_TRAIL_PARTS = ("rumb", "bread", "Bread", "RUMB")
_ID_PARTS = ("uthor", "rumb", "bread")
_AUTHOR_CLASS = re.compile("|".join(_AUTHOR_PARTS))
_TRAIL_CLASS = re.compile("|".join(_TRAIL_PARTS))
_CLASS_PARTS = _AUTHOR_PARTS + _TRAIL_PARTS
_CLASS_HINT = re.compile("|".join(_CLASS_PARTS))
_ID_HINT = re.compile("|".join(_ID_PARTS))
# An element with none of these attributes and no hint in class or id is passed over.
_MARKING_ATTRIBUTES = frozenset({"itemprop", "property", "rel", "aria-label", "itemtype", "typeof"})
_MARKING = tuple(sorted(_MARKING_ATTRIBUTES))  # as the C selection takes them
# Elements read whole, collected by tag in the same pass.
_READ_TAGS = ("script", "meta", "time", "h1", "title", "button", "input")


class Selected(NamedTuple):
    """The elements :func:`select` picked, each list in page order."""

    items: list[Element]  # itemprop / property carriers
    authors: list[Element]  # rel=..., class/id naming an author or byline
    trails: list[Element]  # aria-label, breadcrumb class/id/itemtype
    rels: list[Element]  # <a rel> then <link rel>
    by_tag: dict[str, list[Element]]  # the _READ_TAGS elements
    typed: list[Element]  # itemtype / typeof carriers (schema.org types)


class _ClassHints(dict[str, bool]):
    """Whether _CLASS_HINT is in a class value, searched once per distinct value."""

    def __missing__(self, value: str) -> bool:
        found = self[value] = _CLASS_HINT.search(value) is not None
        return found


def select(root: Element) -> Selected:
    """The elements the markup sources read, in page order, in one pass over the tree."""
    by_tag: dict[str, list[Element]] = {tag: [] for tag in _READ_TAGS}
    ctree = speedups.ctree
    if ctree is not None:  # the same pass in C, which also drops most unmarked elements
        read, candidates = ctree.select(root, _READ_TAGS, _MARKING, _CLASS_PARTS, _ID_PARTS)
    else:
        read = root.iter(*_READ_TAGS)  # filtered in C: these are few
        candidates = root.iter(lxml.etree.Element)  # elements only, no comments
    for element in read:
        by_tag[element.tag].append(element)
    selected = Selected([], [], [], [], by_tag, [])
    links: list[Element] = []
    class_hints = _ClassHints()  # pages repeat a few class values over many elements
    for element in candidates:
        names = element.keys()
        if not names:
            continue
        get = element.get
        cls = get("class") or "" if "class" in names else ""
        ident = get("id") or "" if "id" in names else ""
        if _MARKING_ATTRIBUTES.isdisjoint(names) and not (
            (cls and class_hints[cls]) or (ident and _ID_HINT.search(ident))
        ):
            continue
        tag = element.tag
        if "itemtype" in names or "typeof" in names:
            selected.typed.append(element)
        if ("itemprop" in names or "property" in names) and tag != "meta":
            selected.items.append(element)
        has_rel = "rel" in names
        if has_rel and tag in ("a", "link"):
            (selected.rels if tag == "a" else links).append(element)
        if has_rel or "uthor" in ident or (cls and _AUTHOR_CLASS.search(cls)):
            selected.authors.append(element)
        if (
            "aria-label" in names
            or ("itemtype" in names and "readcrumb" in (get("itemtype") or ""))
            or "rumb" in ident
            or "bread" in ident
            or (cls and _TRAIL_CLASS.search(cls))
        ):
            selected.trails.append(element)
    selected.rels.extend(links)
    return selected
