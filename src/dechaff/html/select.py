"""Pick the elements the markup reader looks at, in one pass over the tree.

The pure-Python twin of the C extension ``_select``: :func:`select` calls the C pass when
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
# as pages write them); one pass over the tree collects all the kinds.
_AUTHOR_PARTS = ("uthor", "yline", "utor", "riter")
_TRAIL_PARTS = ("rumb", "bread", "Bread", "RUMB")
_AUTHOR_ID = ("uthor",)
_TRAIL_ID = ("rumb", "bread")
_TRAIL_TYPE = ("readcrumb",)  # in an itemtype
_AUTHOR_CLASS = re.compile("|".join(_AUTHOR_PARTS))
_TRAIL_CLASS = re.compile("|".join(_TRAIL_PARTS))
_CLASS_HINT = re.compile("|".join(_AUTHOR_PARTS + _TRAIL_PARTS))
_ID_HINT = re.compile("|".join(_AUTHOR_ID + _TRAIL_ID))
_AUTHOR_IDENT = re.compile("|".join(_AUTHOR_ID))
_TRAIL_IDENT = re.compile("|".join(_TRAIL_ID))
_TRAIL_ITEMTYPE = re.compile("|".join(_TRAIL_TYPE))
# An element with none of these attributes and no hint in class or id is passed over.
_MARKING = ("aria-label", "itemprop", "itemtype", "property", "rel", "typeof")
_MARKING_ATTRIBUTES = frozenset(_MARKING)
# The strings of the rules, as the C selection takes them.
_RULES = (_MARKING, _AUTHOR_PARTS, _TRAIL_PARTS, _AUTHOR_ID, _TRAIL_ID, _TRAIL_TYPE)
# Elements read whole, collected by tag in the same pass.
_READ_TAGS = ("script", "meta", "time", "h1", "title", "button", "input")
# The lists an element goes to (bits of what _kinds gives).
TYPED, ITEM, REL, LINK, AUTHOR, TRAIL = 1, 2, 4, 8, 16, 32


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
    class_hints = _ClassHints()  # pages repeat a few class values over many elements

    def kinds_of(element: Element) -> int:
        return _kinds(element, class_hints)

    cselect = speedups.cselect
    if cselect is not None:  # the same pass in C
        by_tag, items, authors, trails, rels, typed = cselect.select(
            root, _READ_TAGS, _RULES, kinds_of
        )
        return Selected(items, authors, trails, rels, by_tag, typed)
    by_tag = {tag: [] for tag in _READ_TAGS}
    for element in root.iter(*_READ_TAGS):  # filtered in C: these are few
        by_tag[element.tag].append(element)
    selected = Selected([], [], [], [], by_tag, [])
    links: list[Element] = []
    lists = (
        (TYPED, selected.typed),
        (ITEM, selected.items),
        (REL, selected.rels),
        (LINK, links),
        (AUTHOR, selected.authors),
        (TRAIL, selected.trails),
    )
    for element in root.iter(lxml.etree.Element):  # elements only, no comments
        kinds = kinds_of(element)
        if kinds:
            for kind, found in lists:
                if kinds & kind:
                    found.append(element)
    selected.rels.extend(links)
    return selected


def _kinds(element: Element, class_hints: _ClassHints) -> int:
    """The lists an element goes to, as bits (0: none)."""
    names = element.keys()
    if not names:
        return 0
    get = element.get
    cls = get("class") or "" if "class" in names else ""
    ident = get("id") or "" if "id" in names else ""
    if _MARKING_ATTRIBUTES.isdisjoint(names) and not (
        (cls and class_hints[cls]) or (ident and _ID_HINT.search(ident))
    ):
        return 0
    kinds = 0
    tag = element.tag
    if "itemtype" in names or "typeof" in names:
        kinds |= TYPED
    if ("itemprop" in names or "property" in names) and tag != "meta":
        kinds |= ITEM
    has_rel = "rel" in names
    if has_rel and tag in ("a", "link"):
        kinds |= REL if tag == "a" else LINK
    if has_rel or _AUTHOR_IDENT.search(ident) or (cls and _AUTHOR_CLASS.search(cls)):
        kinds |= AUTHOR
    if (
        "aria-label" in names
        or ("itemtype" in names and _TRAIL_ITEMTYPE.search(get("itemtype") or ""))
        or _TRAIL_IDENT.search(ident)
        or (cls and _TRAIL_CLASS.search(cls))
    ):
        kinds |= TRAIL
    return kinds
