"""Inline markup of a body line: its links, emphasis and inline code as spans of its text.

A span is found by its element's text in the line's plain text, searching forward from
where the previous span ended (or, for an element inside a previous span, within that
span): the line's text is what the walk joined, so the element's own text sits in it in
page order. An element whose text is not found there gives no span.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from urllib.parse import urljoin, urlsplit

from ..core.blocks import clean_line
from ..document import Span, SpanKind
from .parse import Element

# The inline elements kept as spans, and what each is.
SPAN_TAGS: dict[str, SpanKind] = {
    "a": SpanKind.LINK,
    "em": SpanKind.EMPHASIS,
    "i": SpanKind.EMPHASIS,
    "strong": SpanKind.STRONG,
    "b": SpanKind.STRONG,
    "code": SpanKind.CODE,
}
# Link schemes kept; a url with no scheme is kept only when no base url made it absolute.
LINK_SCHEMES = frozenset({"http", "https", "mailto"})
# Urls longer than this are data, not links.
MAX_URL_CHARS = 2000
# An absolute http(s) url with a host, of ASCII characters that urljoin and urlsplit leave
# as they are (no ; ? # [ ] \, spaces or controls): urljoin(any base, it) gives it back, so
# resolve returns it without urllib's 20 us.
_PLAIN = r"https?://[A-Za-z0-9._~!$&'()*+,=:@%-][A-Za-z0-9._~!$&'()*+,=:@%/-]*"
_PLAIN_ABSOLUTE = re.compile(_PLAIN)
# Such a url with a query and a fragment, neither empty (urllib drops an empty one), of
# the same characters and "/", "?" and ";": urljoin splits them off and joins them back.
_QUERY_CHARS = r"[A-Za-z0-9._~!$&'()*+,=:@%/?;-]+"
_PLAIN_WITH_QUERY = re.compile(rf"{_PLAIN}(?:\?{_QUERY_CHARS})?(?:#{_QUERY_CHARS})?")


def resolve(
    base: str | None, href: str | None, schemes: frozenset[str] = LINK_SCHEMES
) -> str | None:
    """``href`` resolved against ``base``; None when its scheme is not one of ``schemes``.

    Without a base a relative url stays as the page writes it.
    """
    if not href:
        return None
    href = href.strip()
    if not href or len(href) > MAX_URL_CHARS or href.startswith("#"):
        return None
    if _PLAIN_WITH_QUERY.fullmatch(href):
        return href if href[: href.index(":")] in schemes else None
    try:
        url = urljoin(base, href) if base else href
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    if scheme in schemes or (not scheme and not base):
        return url
    return None


def is_plain_absolute(href: str) -> bool:
    """Whether urljoin(base, href) is href for any base: an absolute http(s) url with a
    host, of characters urllib leaves as they are."""
    return _PLAIN_ABSOLUTE.fullmatch(href) is not None


def spans_of(
    element: Element, texts: Sequence[str], block_tags: frozenset[str], base: str | None
) -> list[list[Span]]:
    """The spans of each line of ``element`` (``texts``: the walk's lines of it, in order),
    from the span elements inside it that no other block-level element (``block_tags``)
    holds: the walk goes down in page order and never into a block-level element, whose
    lines are another block's."""
    found: list[list[Span]] = [[] for _ in texts]
    if not len(element):  # most lines: no children, no walk
        return found
    line, cursor = 0, 0
    # the children still to visit at each depth, and the placed span around them (if any)
    stack: list[tuple[Iterator[Element], tuple[int, int, int] | None]] = [(iter(element), None)]
    while stack:
        children, outer = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            continue
        tag = child.tag
        if not isinstance(tag, str) or tag in block_tags:
            continue
        kind = SPAN_TAGS.get(tag)
        placed = None
        if kind is not None:
            placed = _span(child, kind, texts, outer, line, cursor, base)
        if placed is not None:
            span, (at, _, end) = placed
            found[at].append(span)
            if outer is None:
                line, cursor = at, end
        stack.append((iter(child), placed[1] if placed is not None else outer))
    return found


def _span(
    inline: Element,
    kind: SpanKind,
    texts: Sequence[str],
    outer: tuple[int, int, int] | None,
    line: int,
    cursor: int,
    base: str | None,
) -> tuple[Span, tuple[int, int, int]] | None:
    """The span of one inline element and where it sits (line, start, end), or None."""
    url = None
    if kind is SpanKind.LINK:
        url = resolve(base, inline.get("href"))
        if url is None:
            return None
    if len(inline):
        text = clean_line("".join(t for t in inline.itertext() if isinstance(t, str)))
    else:  # most: their own text only
        text = clean_line(inline.text or "")
    where = _place(texts, text, outer, line, cursor) if text else None
    if where is None:
        return None
    at, start = where
    return Span(kind, start, start + len(text), url), (at, start, start + len(text))


def _place(
    texts: Sequence[str],
    text: str,
    outer: tuple[int, int, int] | None,
    line: int,
    cursor: int,
) -> tuple[int, int] | None:
    """(line, start) of the element's text: inside its enclosing span, else from the cursor."""
    if outer is not None:
        at, start, end = outer
        found = texts[at].find(text, start, end)
        return (at, found) if found >= 0 else None
    for at in range(line, len(texts)):
        found = texts[at].find(text, cursor if at == line else 0)
        if found >= 0:
            return at, found
    return None
