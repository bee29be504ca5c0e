"""Parse HTML with lxml safely: no network, no entity expansion, deep trees allowed."""

from __future__ import annotations

import re

import lxml.etree

# Stray </body> and </html> end tags in the middle of a page make libxml2 drop
# what follows them on some pages; browsers ignore them, and so do we.
_STRAY_END = re.compile(r"</(?:body|html)\s*>", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.I)


# Plain lxml elements: lxml.html's element classes cost a Python call per element visited.
Element = lxml.etree._Element


def _parser() -> lxml.etree.HTMLParser:
    return lxml.etree.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=True,
        recover=True,
    )


_PARSER = _parser()


def text_of(element: Element) -> str:
    """All the text inside an element (not its tail)."""
    return "".join(t for t in element.itertext() if isinstance(t, str))


def elements(root: Element, xpath: str) -> list[Element]:
    """The elements an XPath expression selects under root."""
    found = root.xpath(xpath)
    return [e for e in found if isinstance(e, Element)] if isinstance(found, list) else []


def parse(text: str) -> Element | None:
    """The document's root element, or None when there is nothing to parse."""
    text = _STRAY_END.sub("", _XML_DECLARATION.sub("", text, count=1))
    if not text.strip():
        return None
    try:
        root = lxml.etree.fromstring(text, parser=_PARSER)
    except (lxml.etree.LxmlError, ValueError):
        return None
    return root if root is not None and isinstance(root.tag, str) else None
