"""What microdata (``itemprop``) and RDFa schema.org properties say about the article."""

from __future__ import annotations

from collections.abc import Sequence

from ..html.parse import Element
from ..html.select import Selected, select
from .markup_text import MAX_LONG_TEXT, clean_text, element_text


def _itemprop(root: Element, name: str) -> list[Element]:
    return [e for e in root.iter() if isinstance(e.tag, str) and e.get("itemprop") == name]


def _item_value(element: Element) -> str:
    while True:  # down nested items to their name; a loop, as items nest thousands deep
        for attr in ("content", "datetime"):
            value = element.get(attr)
            if value:
                return clean_text(value)
        if element.get("itemscope") is None:
            break
        names = [e for e in _itemprop(element, "name") if e is not element]
        if not names:
            break
        element = names[0]
    return element_text(element)


URL_PROPS = frozenset({"image", "license"})
DUBLIN_CORE_DATES = {
    "created": "dateCreated",
    "issued": "datePublished",
    "modified": "dateModified",
}
# An item of these types is a reader's post on the page: its times and its author are not
# the page's.
REPLY_TYPES = ("comment", "answer")
NESTED_REPLY_TYPE = "review"
# An item of these types is a piece of software the page is about (a code host's repository
# header, ``SoftwareSourceCode``): its author is the account that owns the code, not the
# writer of the page's text.
SOFTWARE_TYPES = ("softwaresourcecode", "softwareapplication")
# A type's items with an author, this many on one page, are a list's entries.
LISTED_ITEMS = 3
PAGE_ONLY_PROPS = frozenset({"dateModified", "datePublished", "dateCreated", "author"})
# The text an author's item is printed under ("Written by:", "Researched by:"): this short,
# found this many boxes out at most.
MAX_ROLE_LABEL = 40
ROLE_LEVELS = 3


def _item_of(element: Element) -> Element | None:
    """The nearest microdata item around the element."""
    return next((a for a in element.iterancestors() if a.get("itemscope") is not None), None)


def of_software(element: Element) -> bool:
    """Whether the nearest item around the element is a piece of software (SOFTWARE_TYPES)."""
    item = _item_of(element)
    kind = (item.get("itemtype") or "").rsplit("/", 1)[-1].lower() if item is not None else ""
    return kind in SOFTWARE_TYPES


def in_reply(element: Element) -> bool:
    """Whether the nearest item around the element is a comment or an answer, or a review
    of another item (``itemprop="review"``, or inside one: a product's customer review; a
    review item of its own is a critic's page)."""
    item = _item_of(element)
    if item is None:
        return False
    kind = (item.get("itemtype") or "").rsplit("/", 1)[-1].lower()
    if kind == NESTED_REPLY_TYPE:
        return item.get("itemprop") is not None or _item_of(item) is not None
    return kind in REPLY_TYPES


"""Properties whose value is a url: an ``<img src>``, an ``<a href>`` or a content attribute."""


def _url_value(element: Element) -> str:
    for attr in ("content", "src", "href", "resource"):
        value = element.get(attr)
        if value:
            return clean_text(value, MAX_LONG_TEXT)
    return ""


def _rdfa_name(value: str) -> str:
    """ "schema:datePublished" and "http://schema.org/datePublished" name datePublished;
    Dublin Core's dates name schema.org's ("dc:created", Drupal's node date)."""
    name = value.rsplit("/", 1)[-1].rsplit(":", 1)[-1]
    return DUBLIN_CORE_DATES.get(name, name)


def _listed_items(elements: Sequence[Element]) -> set[Element]:
    """The items of a type of which the page holds LISTED_ITEMS or more with an author:
    a list's entries (search results, an archive's posts), none of them the page."""
    by_type: dict[str, set[Element]] = {}
    for element in elements:
        if element.get("itemprop") != "author":
            continue
        item = _item_of(element)
        if item is not None:
            by_type.setdefault(item.get("itemtype") or "", set()).add(item)
    return {item for items in by_type.values() if len(items) >= LISTED_ITEMS for item in items}


def _in_rdfa_comment(element: Element) -> bool:
    """Whether an RDFa resource around the element is a comment (``typeof="sioct:Comment"``)."""
    return any("comment" in (a.get("typeof") or "").lower() for a in element.iterancestors())


def role_label(element: Element) -> str:
    """The short text just before an element in its box, up to ROLE_LEVELS boxes out: the
    role a person's item is printed under ("Researched by:" over the name); "" if none."""
    node: Element | None = element
    for _ in range(ROLE_LEVELS):
        if node is None:
            break
        for sibling in node.itersiblings(preceding=True):
            text = clean_text(sibling.tail or "")
            if not text and isinstance(sibling.tag, str):
                text = element_text(sibling)
            if text:
                return text if len(text) <= MAX_ROLE_LABEL else ""
        parent = node.getparent()
        text = clean_text(parent.text or "") if parent is not None else ""
        if text:
            return text if len(text) <= MAX_ROLE_LABEL else ""
        node = parent
    return ""


def microdata(root: Element, selected: Selected | None = None) -> dict[str, list[str]]:
    """Values of the microdata (and RDFa schema.org) properties dechaff reads, in order;
    ``author_role`` holds, for each author item, the text it is printed under."""
    wanted = (
        "headline", "datePublished", "dateCreated", "dateModified", "author", "author_role",
        "publisher", "description", "keywords", "image", "license",
    )  # fmt: skip
    found: dict[str, list[str]] = {name: [] for name in wanted}
    elements = (selected or select(root)).items
    listed = _listed_items(elements)
    for element in elements:
        names = (element.get("itemprop") or "").split()
        rdfa = [_rdfa_name(p) for p in (element.get("property") or "").split()]
        for name in [*names, *rdfa]:
            if name in PAGE_ONLY_PROPS and (
                in_reply(element)
                or (name in rdfa and _in_rdfa_comment(element))
                or _item_of(element) in listed
                or (name == "author" and of_software(element))
            ):
                continue
            if name in found:
                value = _url_value(element) if name in URL_PROPS else _item_value(element)
                if value:
                    found[name].append(value)
                    if name == "author":
                        found["author_role"].append(role_label(element))
    return found
