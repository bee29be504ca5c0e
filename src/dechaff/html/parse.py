"""Parse HTML with lxml safely: no network, no entity expansion, deep trees allowed."""

from __future__ import annotations

import re

import lxml.etree
import lxml.html

# Stray </body> and </html> end tags in the middle of a page make libxml2 drop
# what follows them on some pages; browsers ignore them, and so do we.
_STRAY_END = re.compile(r"</(?:body|html)\s*>", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.I)


def _parser() -> lxml.html.HTMLParser:
    return lxml.html.HTMLParser(
        remove_comments=True,
        remove_pis=True,
        no_network=True,
        huge_tree=True,
        recover=True,
    )


_PARSER = _parser()


def parse(text: str) -> lxml.html.HtmlElement | None:
    """The document's root element, or None when there is nothing to parse."""
    text = _STRAY_END.sub("", _XML_DECLARATION.sub("", text, count=1))
    if not text.strip():
        return None
    try:
        return lxml.html.document_fromstring(text, parser=_PARSER)
    except (lxml.etree.ParserError, ValueError):
        return None
