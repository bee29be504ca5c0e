"""Parse HTML with lxml safely: no network, no entity expansion, deep trees allowed."""

from __future__ import annotations

import re
from typing import AnyStr

import lxml.etree

# Stray </body> and </html> end tags in the middle of a page make libxml2 drop
# what follows them on some pages; browsers ignore them, and so do we.
_STRAY_END = re.compile(r"</(?:body|html)\s*>", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*>", re.I)
# The same on the page's UTF-8 bytes, where they run faster: str's \s, spelled in UTF-8
# (re.I folds no other letter onto those of "body", "html" and "xml").
_SPACE_UTF8 = (
    rb"(?:[ \t\n\r\f\v\x1c-\x1f]|\xc2[\x85\xa0]|\xe1\x9a\x80"
    rb"|\xe2\x80[\x80-\x8a\xa8\xa9\xaf]|\xe2\x81\x9f|\xe3\x80\x80)"
)
_STRAY_END_UTF8 = re.compile(rb"</(?:body|html)" + _SPACE_UTF8 + rb"*>", re.I)
_XML_DECLARATION_UTF8 = re.compile(rb"^" + _SPACE_UTF8 + rb"*<\?xml[^>]*>", re.I)
# The ASCII characters str.strip() strips.
_ASCII_SPACE = b"\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f "

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
# In bytes, a superset: each of _LONG_TAG's characters is one byte or more. Only the
# start is matched: counting out a whole 10 MB tag is slow, and the str check follows.
_LONG_TAG_UTF8 = re.compile(rb"<[^<>]{%d}" % (_LONG_TAG_CHARS + 1))
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


def parse_page(text: str, utf8: bytes | None = None) -> tuple[Element | None, tuple[str, ...]]:
    """The document's root element (None when there is nothing to parse), and warnings.

    ``utf8``, when given, is text encoded in UTF-8 (as the decoder may have it already).
    """
    data = text.encode("utf-8", "replace") if utf8 is None else utf8
    data = _STRAY_END_UTF8.sub(b"", _XML_DECLARATION_UTF8.sub(b"", data, count=1))
    if _holds_long_tag(data, _LONG_TAG_UTF8, b"<", b">"):  # maybe: read the page as str
        del data, utf8  # not held while the str is worked on
        return _parse_text(_without_stray_ends(text))
    if _blank(data):
        return None, ()
    root, too_deep = _parse(data)
    if not too_deep:
        return root, ()
    return _parse(_encoded(flatten(_without_stray_ends(text))))[0], (TOO_DEEP,)


def _without_stray_ends(text: str) -> str:
    return _STRAY_END.sub("", _XML_DECLARATION.sub("", text, count=1))


def _parse_text(text: str) -> tuple[Element | None, tuple[str, ...]]:
    """parse_page's steps on the page as str, with its stray end tags removed."""
    if _holds_long_tag(text, _LONG_TAG, "<", ">"):
        text = _LONG_TAG.sub(_capped_tag, text)
    if not text.strip():
        return None, ()
    root, too_deep = _parse(_encoded(text))
    if not too_deep:
        return root, ()
    return _parse(_encoded(flatten(text)))[0], (TOO_DEEP,)


def _encoded(text: str) -> bytes:
    return text.encode("utf-8", "replace")


def _blank(data: bytes) -> bool:
    """Whether the UTF-8 data is only whitespace (as str.strip() sees it), or nothing."""
    rest = data.lstrip(_ASCII_SPACE)
    return not rest or (rest[0] >= 0x80 and not rest.decode("utf-8", "replace").strip())


def _holds_long_tag(text: AnyStr, pattern: re.Pattern[AnyStr], lt: AnyStr, gt: AnyStr) -> bool:
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
        if find(gt, start, end) >= 0 or find(lt, start, end) >= 0:
            start = end
            continue
        # The stretch before this one held a mark (or this is the page's start).
        before = max(0, start - step)
        opened = max(rfind(lt, before, start), rfind(gt, before, start))
        closes = [at for at in (find(gt, end), find(lt, end)) if at >= 0]
        if not closes:
            return False
        closed = min(closes)
        if opened >= 0 and pattern.match(text, opened, closed + 1):
            return True
        start = closed
    return False


def _parse(data: bytes) -> tuple[Element | None, bool]:
    """The root of the UTF-8 page, and whether libxml2 gave up at its depth limit."""
    try:
        root = lxml.etree.fromstring(data, parser=_PARSER)
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
