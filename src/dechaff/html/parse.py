"""Parse HTML with lxml safely: no network, no entity expansion, deep trees allowed."""

from __future__ import annotations

import re

import lxml.etree

# Stray </body> and </html> end tags in the middle of a page make libxml2 drop
# what follows them on some pages; browsers ignore them, and so do we.
_STRAY_END = re.compile(r"</(?:body|html)\s*>", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.I)

# libxml2 stops at 2048 nested elements (even with huge_tree) and drops the rest of the page.
# Such a page is parsed again flattened: tags that break lines become <br>, other tags go
# (but links and the head's title, meta and link elements stay), and the elements whose
# text is never shown go with their text.
TOO_DEEP = "the page nests elements too deep for the parser; its structure was flattened"
_TAG = re.compile(r"<(/?)([a-z][a-z0-9:-]*)[^<>]*>", re.I)  # [^<>]: one scan per "<", linear
_KEPT = frozenset({"a", "title", "meta", "link", "br", "html", "head", "body"})
_BREAKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu",
        "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot",
        "th", "thead", "tr", "ul", "caption", "legend",
    }
)  # fmt: skip
_HIDDEN = frozenset(
    {
        "script", "style", "template", "svg", "math", "iframe", "object", "textarea",
        "select", "canvas", "audio", "video",
    }
)  # fmt: skip

# libxml2 checks each attribute of a tag against all the others (quadratic: 100,000 attributes
# take 15 s); tags long enough to hold more than MAX_ATTRIBUTES keep only the first ones.
MAX_ATTRIBUTES = 1000
_LONG_TAG_CHARS = 8000
_LONG_TAG = re.compile(rf"<[a-z][^<>]{{{_LONG_TAG_CHARS},}}>", re.I)  # [^<>]: linear, as above
_ATTRIBUTE = re.compile(r"""(?<!\s)\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?""")


# Plain lxml elements: lxml.html's element classes cost a Python call per element visited.
Element = lxml.etree._Element


def _parser() -> lxml.etree.HTMLParser:
    # The page reaches libxml2 as UTF-8 bytes: parsing a str makes lxml hand it over
    # in a wide internal encoding, which parses about 20% slower.
    return lxml.etree.HTMLParser(
        encoding="utf-8",
        collect_ids=False,  # no lookups by id: the parser need not index them
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


def parse(text: str) -> Element | None:
    """The document's root element, or None when there is nothing to parse."""
    return parse_page(text)[0]


def parse_page(text: str) -> tuple[Element | None, tuple[str, ...]]:
    """The document's root element (None when there is nothing to parse), and warnings."""
    text = _STRAY_END.sub("", _XML_DECLARATION.sub("", text, count=1))
    if _holds_long_tag(text):
        text = _LONG_TAG.sub(_capped_tag, text)
    if not text.strip():
        return None, ()
    root, too_deep = _parse(text)
    if not too_deep:
        return root, ()
    return _parse(flatten(text))[0], (TOO_DEEP,)


def _holds_long_tag(text: str) -> bool:
    """True when a start tag of _LONG_TAG's length is in text, found without a regex scan.

    Such a tag's inside, with no "<" or ">", covers a whole stretch of half its length;
    str.find rules out the stretches that hold a tag mark, and only the runs of markless
    text around the others are tried with the pattern.
    """
    step = _LONG_TAG_CHARS // 2
    find, rfind = text.find, text.rfind
    start = 0
    while start < len(text) - step:
        end = start + step
        if find(">", start, end) >= 0 or find("<", start, end) >= 0:
            start = end
            continue
        # The stretch before this one held a mark (or this is the page's start).
        before = max(0, start - step)
        opened = max(rfind("<", before, start), rfind(">", before, start))
        closes = [at for at in (find(">", end), find("<", end)) if at >= 0]
        if not closes:
            return False
        closed = min(closes)
        if opened >= 0 and _LONG_TAG.match(text, opened, closed + 1):
            return True
        start = closed
    return False


def _parse(text: str) -> tuple[Element | None, bool]:
    """The root, and whether libxml2 gave up at its depth limit."""
    try:
        root = lxml.etree.fromstring(text.encode("utf-8", "replace"), parser=_PARSER)
    except (lxml.etree.LxmlError, ValueError):
        root = None
    too_deep = any(e.type_name == "ERR_RESOURCE_LIMIT" for e in _PARSER.error_log)
    return (root if root is not None and isinstance(root.tag, str) else None), too_deep


def flatten(text: str) -> str:
    """The page with no nesting left: hidden elements dropped, line-breaking tags as <br>."""
    return _TAG.sub(_flat_tag, _drop_hidden(text))


def _flat_tag(match: re.Match[str]) -> str:
    name = match.group(2).lower()
    if name in _KEPT:
        return match.group(0)
    return "<br>" if name in _BREAKS else ""


def _drop_hidden(text: str) -> str:
    """Remove script, style and the like with their content (an unclosed one to the end)."""
    lower = text.lower()
    parts: list[str] = []
    done = 0
    for match in _TAG.finditer(text):
        if match.start() < done or match.group(1) or match.group(2).lower() not in _HIDDEN:
            continue
        parts.append(text[done : match.start()])
        end = lower.find(f"</{match.group(2).lower()}", match.end())
        done = len(text) if end < 0 else end
    parts.append(text[done:])
    return "".join(parts)


def _capped_tag(match: re.Match[str]) -> str:
    """A start tag with at most MAX_ATTRIBUTES attributes."""
    tag = match.group(0)
    for number, attribute in enumerate(_ATTRIBUTE.finditer(tag, 1, len(tag) - 1), 1):
        if number == MAX_ATTRIBUTES:
            return tag[: attribute.end()] + ">"
    return tag
