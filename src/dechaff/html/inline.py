"""Inline markup of a body line: its links, emphasis and inline code as spans of its text.

A span is found by its element's text in the line's plain text, searching forward from
where the previous span ended (or, for an element inside a previous span, within that
span): the line's text is what the walk joined, so the element's own text sits in it in
page order. An element whose text is not found there gives no span.
"""

from __future__ import annotations

from collections.abc import Sequence
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
    try:
        url = urljoin(base, href) if base else href
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    if scheme in schemes or (not scheme and not base):
        return url
    return None


def spans_of(
    element: Element, texts: Sequence[str], block_tags: frozenset[str], base: str | None
) -> list[list[Span]]:
    """The spans of each line of ``element`` (``texts``: the walk's lines of it, in order),
    from the span elements inside it that no other block-level element (``block_tags``)
    holds."""
    found: list[list[Span]] = [[] for _ in texts]
    line, cursor = 0, 0
    placed: dict[Element, tuple[int, int, int]] = {}  # element -> (line, start, end)
    for inline in element.iter(*SPAN_TAGS):
        if inline is element:
            continue
        own, outer = _context(inline, element, block_tags, placed)
        if not own:
            continue
        kind = SPAN_TAGS[str(inline.tag)]
        url = None
        if kind is SpanKind.LINK:
            url = resolve(base, inline.get("href"))
            if url is None:
                continue
        text = clean_line("".join(t for t in inline.itertext() if isinstance(t, str)))
        where = _place(texts, text, outer, line, cursor) if text else None
        if where is None:
            continue
        at, start = where
        placed[inline] = (at, start, start + len(text))
        found[at].append(Span(kind, start, start + len(text), url))
        if outer is None:
            line, cursor = at, start + len(text)
    return found


def _context(
    inline: Element,
    element: Element,
    block_tags: frozenset[str],
    placed: dict[Element, tuple[int, int, int]],
) -> tuple[bool, tuple[int, int, int] | None]:
    """Whether ``element`` is the inline element's nearest block-level ancestor, and the
    span of the nearest placed element around it."""
    outer = None
    parent = inline.getparent()
    while parent is not None and parent is not element:
        if parent.tag in block_tags:
            return False, None
        if outer is None and parent in placed:
            outer = placed[parent]
        parent = parent.getparent()
    return parent is element, outer


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
