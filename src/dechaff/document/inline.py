"""A block's text and spans as a tree of nested runs, which both renderings walk.

Spans come from pages, so they may overlap, reach past the text, be empty, or put a link
in a link. :func:`runs` keeps the spans that nest and drops the rest: a span that crosses
the end of an enclosing one, a span inside inline code, a link inside a link, emphasis
inside emphasis of the same kind. Adjacent spans of one kind (not links) become one, and
spans other than code lose the white space at their ends (Markdown's ``*`` cannot open
before a space or close after one). The text itself is never changed, only read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from .model import Span, SpanKind

__all__ = ["Run", "prose", "runs", "xml_safe"]

# Outer first when two spans cover the same text: a link around strong around emphasis.
_ORDER = {SpanKind.LINK: 0, SpanKind.STRONG: 1, SpanKind.EMPHASIS: 2, SpanKind.CODE: 3}

# Characters that XML (and so lxml) refuses, and that no page means: each becomes U+FFFD,
# one character for one, so that the spans' offsets still hold. (A regular expression, not
# str.translate with a table: translate looks each character up, ten times slower on body text.)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """The text with characters that XML cannot hold (controls, lone surrogates) replaced,
    one for one, by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def prose(text: str) -> str:
    """Text that is not code, ready to render: :func:`xml_safe`, a carriage return as a
    space (a page's line breaks are its ``\\n``)."""
    return xml_safe(text).replace("\r", " ")


@dataclass
class Run:
    """``text[start:end]`` of a block, as a span of ``kind`` (None for the whole block)
    holding the runs nested in it."""

    kind: SpanKind | None
    start: int
    end: int
    url: str | None = None
    children: list[Run] = field(default_factory=list)

    def pieces(self, text: str) -> Iterator[str | Run]:
        """The run's content in order: the plain text between its children, and them."""
        at = self.start
        for child in self.children:
            if child.start > at:
                yield text[at : child.start]
            yield child
            at = child.end
        if at < self.end:
            yield text[at : self.end]


def runs(text: str, spans: Sequence[Span]) -> Run:
    """The root run of a block: its text without the white space at both ends, holding the
    spans that nest (see the module's docstring)."""
    start = len(text) - len(text.lstrip())
    root = Run(None, start, max(start, len(text.rstrip())))
    stack = [root]
    for span in sorted(spans, key=lambda s: (s.start, -s.end, _ORDER[s.kind])):
        lo, hi = max(span.start, root.start), min(span.end, root.end)
        if span.kind is not SpanKind.CODE:
            while lo < hi and text[lo].isspace():
                lo += 1
            while hi > lo and text[hi - 1].isspace():
                hi -= 1
        if lo >= hi:
            continue
        while len(stack) > 1 and stack[-1].end <= lo:
            stack.pop()
        parent = stack[-1]
        if hi > parent.end or any(r.kind in (span.kind, SpanKind.CODE) for r in stack):
            continue
        last = parent.children[-1] if parent.children else None
        if last and last.kind is span.kind is not SpanKind.LINK and last.end == lo:
            last.end = hi  # adjacent emphasis: one run, so Markdown gets no "*a**b*"
            stack.append(last)
            continue
        run = Run(span.kind, lo, hi, span.url if span.kind is SpanKind.LINK else None)
        parent.children.append(run)
        stack.append(run)
    return root
