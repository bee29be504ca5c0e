"""Links the markup gives: ``rel=prev/next``, ``rel=canonical/license/image_src/tag``, and
the href of a link found by its text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..article import Link
from ..html.parse import Element
from .markup_text import MAX_LONG_TEXT, clean_text, element_text

MIN_LINK_CHARS = 4
HREF_RELS = ("canonical", "license", "image_src")
"""The rel values whose hrefs are read (a page's address, licence and lead image)."""
# class/id words of a picture's caption or credit, and how far up they are looked for
FIGURE_HINT = re.compile(r"caption|credit|image|img|photo|picture|media|bild|foto", re.I)
FIGURE_REACH = 6


def rel_links(elements: Iterable[Element]) -> tuple[Link | None, Link | None]:
    """The previous and next links that ``<a rel=prev|next>`` (else ``<link rel>``) mark."""
    found: dict[str, Link] = {}
    for element in elements:
        rel_value = (element.get("rel") or "").lower()
        if "prev" not in rel_value and "next" not in rel_value:  # rel=nofollow, stylesheet ...
            continue
        rels = rel_value.split()
        href = (element.get("href") or "").strip()
        if not href or not {"prev", "previous", "next"} & set(rels):
            continue
        text = element_text(element) or clean_text(element.get("title"))
        for rel in rels:
            key = "prev" if rel in ("prev", "previous") else rel
            if key in ("prev", "next") and key not in found:
                found[key] = Link(text, href)
    return found.get("prev"), found.get("next")


def href_of(root: Element, text: str) -> str | None:
    """The href of the first link whose text is ``text`` (or ends with it), if any."""
    wanted = clean_text(text)
    if not wanted:
        return None
    for element in root.iter("a"):
        href = (element.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "#")):
            continue
        shown = element_text(element)
        if not shown or min(len(shown), len(wanted)) < MIN_LINK_CHARS:
            continue
        if shown == wanted or shown.endswith(wanted) or wanted.endswith(shown):
            return href
    return None


def _in_figure(element: Element) -> bool:
    """Whether a link sits in a picture's caption or credit (it licenses the picture)."""
    for number, ancestor in enumerate(element.iterancestors()):
        if number >= FIGURE_REACH:
            break
        hints = " ".join(filter(None, [ancestor.get("class"), ancestor.get("id")]))
        if ancestor.tag in ("figure", "figcaption") or FIGURE_HINT.search(hints):
            return True
    return False


def rel_hrefs(elements: Iterable[Element]) -> dict[str, list[str]]:
    """The hrefs of ``<link>``/``<a>`` elements by rel (canonical, license, image_src); a
    licence link in a picture's caption is the picture's, not the page's."""
    found: dict[str, list[str]] = {rel: [] for rel in HREF_RELS}
    for element in elements:
        rels = (element.get("rel") or "").lower().split()
        if found.keys().isdisjoint(rels):  # rel=nofollow, stylesheet ...: most of them
            continue
        href = clean_text(element.get("href"), MAX_LONG_TEXT)
        if not href or ("license" in rels and _in_figure(element)):
            continue
        for rel in rels:
            if rel in found:
                found[rel].append(href)
    return found


def tag_links(elements: Iterable[Element]) -> list[str]:
    """The texts of ``<a rel=tag>`` links (a category link, rel="category tag", is not one)."""
    found: list[str] = []
    for element in elements:
        rels = (element.get("rel") or "").lower().split()
        if element.tag == "a" and "tag" in rels and "category" not in rels:
            text = element_text(element)
            if text:
                found.append(text)
    return found
