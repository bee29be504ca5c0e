"""The previous and next article links, their urls resolved against the page's."""

from __future__ import annotations

import re
from urllib.parse import urljoin

from ..article import Boilerplate, Link
from ..html.parse import Element
from .markup_links import href_of
from .page import Page, first_group

# A link's scheme, as browsers read it (leading controls and spaces stripped, tabs and
# newlines removed). Only web addresses and relative ones may become prev/next urls: never
# javascript:, data: or vbscript:.
_SCHEME = re.compile(r"(?<![a-z0-9+.-])([a-z][a-z0-9+.-]*):", re.I)
_TAB_NEWLINE = re.compile(r"[\t\n\r]")
_C0_AND_SPACE = "".join(chr(c) for c in range(0x21))
_WEB_SCHEMES = frozenset({"http", "https"})


def _resolve(href: str | None, url: str | None) -> str | None:
    """href made absolute against the page url; None unless it is a web address."""
    if href is None:
        return None
    try:
        resolved = urljoin(url, href) if url else href
    except ValueError:  # "http://[bad" is not a url (an IPv6 host never closed)
        return None
    scheme = _SCHEME.match(_TAB_NEWLINE.sub("", resolved).lstrip(_C0_AND_SPACE))
    return resolved if scheme is None or scheme.group(1).lower() in _WEB_SCHEMES else None


def prev_next(page: Page, root: Element | None, url: str | None) -> tuple[Link | None, Link | None]:
    """The previous and next article links (上一篇 / 下一篇, rel=prev/next), urls resolved."""
    found: dict[str, Link] = {}
    patterns = [(key, page.lexicon.field(key)) for key in ("prev", "next")]
    may_link = page.lexicon.any_field("prev", "next")
    for block in page.lines_of(Boilerplate.NAVIGATION, Boilerplate.RELATED):
        if len(found) == 2:
            break
        if not may_link(block.text):
            continue
        for key, key_patterns in patterns:
            if key in found:  # a key found already takes no second link
                continue
            text = first_group(key_patterns, block.text, "text")
            if text:
                href = href_of(root, text) if root is not None else None
                found[key] = Link(text, _resolve(href, url))
                break
    for key, link in (("prev", page.markup.prev), ("next", page.markup.next)):
        if key not in found and link is not None and link.text:
            found[key] = Link(link.text, _resolve(link.url, url))
    return found.get("prev"), found.get("next")
