"""A block's text and spans as Markdown inline content: the escaping, emphasis, links,
images and code spans of :mod:`dechaff.document.markdown`.

Escaped everywhere in text: ``\\ ` * _ [ ] < | ~`` and an ``&`` that would read as an
entity (``&amp;``, ``&#38;``); at the start of a line also ``#`` and ``>``, a ``-`` or ``+``
that would start a list item, a thematic break or a setext underline, ``=`` underlines,
and the ``.`` or ``)`` of ``1.``/``1)``. Headings escape every ``#`` (a closing ``#`` run
would be dropped). Nothing is escaped inside code spans. A line break in the text becomes a
hard break (a backslash at the end of the line), so a caller may prefix every line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from urllib.parse import quote

from .body import safe_url
from .inline import Run, prose, runs
from .model import Span, SpanKind

__all__ = ["code_span", "escape", "image", "inline"]

_ENTITY = r"&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)"
_TEXT = re.compile(r"[\\`*_\[\]<|~]|" + _ENTITY)
_HEADING = re.compile(r"[\\`*_\[\]<|~#]|" + _ENTITY)
_BLOCK_START = re.compile(r"[#>]|[-+](?=[ \t]|$)|-(?=-)|=+[ \t]*$")
_NUMBER_START = re.compile(r"(\d{1,9})[.)](?=[ \t]|$)")
_BREAK = "\\\n"
_MARKS = {SpanKind.EMPHASIS: "*", SpanKind.STRONG: "**"}


def escape(text: str, *, heading: bool = False) -> str:
    """Text with a backslash before each character that would start inline markup."""
    return (_HEADING if heading else _TEXT).sub(lambda m: "\\" + m.group(), text)


def _line_start(line: str) -> str:
    """An escaped line that begins a Markdown line, with what would start a block escaped."""
    if _BLOCK_START.match(line):
        return "\\" + line
    number = _NUMBER_START.match(line)
    if number:
        return f"{number.group(1)}\\{line[number.end(1) :]}"
    return line


def code_span(content: str) -> str:
    """Inline code: fenced by one backtick more than its longest run, padded with a space
    where CommonMark would otherwise eat one; a line break becomes a space."""
    content = content.replace("\n", " ")
    longest = max((len(r) for r in re.findall(r"`+", content)), default=0)
    fence = "`" * (longest + 1)
    pad = content[:1] == "`" or content[-1:] == "`"
    pad = pad or (content[:1] == " " == content[-1:] and bool(content.strip()))
    return f"{fence} {content} {fence}" if pad else f"{fence}{content}{fence}"


def destination(url: str) -> str:
    """A url as a link destination: the characters that would end or escape it quoted."""
    url = "".join(quote(c) if c in "<>\\" else "\\" + c if c in "()&" else c for c in url)
    return url


def image(src: str | None, alt: str | None) -> str | None:
    """``![alt](src)``, or None when the url may not be linked (see ``safe_url``)."""
    url = safe_url(src)
    if url is None:
        return None
    return f"![{escape(prose(alt or '').replace(chr(10), ' ').strip())}]({destination(url)})"


def inline(
    text: str, spans: Sequence[Span] = (), *, links: bool = True, heading: bool = False
) -> str:
    """A block's text and spans as Markdown; links as plain text when not ``links``.

    In a heading a line break becomes a space and every ``#`` is escaped.
    """
    text = prose(text)
    if heading:
        text = text.replace("\n", " ")
    writer = _Writer(text, links, heading)
    writer.content(runs(text, spans))
    writer.join_codes()
    # pieces escaped apart may still start a block together ("1" and an emphasis-less ")")
    return "\n".join(_line_start(line) for line in "".join(writer.parts).split("\n"))


def _punct(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


def _opens(before: str, first: str) -> bool:
    """Whether a ``*`` run between these two characters may open emphasis (CommonMark's
    left-flanking rule; "" for the start of a line)."""
    if not first or first.isspace():
        return False
    return not _punct(first) or not before or before.isspace() or _punct(before)


def _closes(last: str, after: str) -> bool:
    """Whether a ``*`` run between these two characters may close emphasis."""
    return _opens(after, last)


class _Writer:
    """Writes a block's runs as Markdown into ``parts``.

    Emphasis marks are parts of their own (``marks``); CommonMark reads the marks that touch
    as one run, flanked by the text characters around the run, so the checks look past them.
    """

    def __init__(self, text: str, links: bool, heading: bool) -> None:
        self.text = text
        self.links = links
        self.heading = heading
        self.parts: list[str] = []
        self.marks: set[int] = set()
        self.closing: set[int] = set()
        self.inside = 0  # emphasis runs open around what is being written
        self.in_link = False
        self.codes: dict[int, str] = {}  # part index: a code span's content

    def last(self, end: int | None = None) -> str:
        """The last character written before ``parts[end]`` that is not an emphasis mark,
        "" at the start of a line."""
        for at in range(len(self.parts) if end is None else end, 0, -1):
            part = self.parts[at - 1]
            if part and at - 1 not in self.marks:
                return "" if part[-1] == "\n" else part[-1]
        return ""

    def first(self, start: int) -> str:
        """The first character written from ``parts[start]`` on that is not a mark."""
        return next(
            (p[0] for n, p in enumerate(self.parts[start:], start) if p and n not in self.marks), ""
        )

    def content(self, run: Run, after: str = "") -> None:
        """Write a run's content; ``after`` is the character that follows the run."""
        for piece in run.pieces(self.text):
            if isinstance(piece, str):
                self.plain(piece)
            else:
                self.span(piece, self.text[piece.end] if piece.end < run.end else after)

    def plain(self, text: str) -> None:
        lines = text.split("\n")
        for n, line in enumerate(lines):
            if n and self.parts and self.last():
                self.parts.append(_BREAK)
            starts = not self.last()
            line = line.lstrip() if starts else line
            line = line.rstrip() if n < len(lines) - 1 else line
            line = escape(line, heading=self.heading)
            self.parts.append(_line_start(line) if starts and line else line)

    def span(self, run: Run, after: str) -> None:
        if run.kind is SpanKind.CODE:
            code = self.text[run.start : run.end]
            # A "]" in link text that no backslash may escape can end the link, or make
            # the paragraph a link reference definition ("[`1]:`](url)" renders nothing).
            if self.in_link and "]" in code:
                self.plain(code)
                return
            written = [n for n, part in enumerate(self.parts) if part]
            if written and written[-1] in self.codes:  # two spans touching read as one
                at = written[-1]
                code = self.codes[at] + code
                self.parts[at] = ""
                del self.codes[at]
            self.codes[len(self.parts)] = code
            self.parts.append(code_span(code))
            return
        if run.kind is SpanKind.LINK:
            url = safe_url(run.url) if self.links else None
            if url is None:
                self.content(run, after)
                return
            self._no_image()
            self.parts.append("[")
            self.in_link = True
            self.content(run, "]")
            self.in_link = False
            self.parts.append(f"]({destination(url)})")
            return
        written = [n for n, part in enumerate(self.parts) if part]
        if written and written[-1] in self.closing:  # "*a***b**": runs CommonMark reads apart
            self.content(run, after)
            return
        self.emphasis(_MARKS[run.kind] if run.kind else "", run, after)

    def join_codes(self) -> None:
        """Make one span of code spans that touch once an emphasis mark between them was
        dropped: written apart, their fences would read as one longer fence."""
        previous = -1  # the last code span written, while only empty parts follow it
        for at, part in enumerate(self.parts):
            if at in self.codes and previous >= 0:
                self.codes[at] = self.codes.pop(previous) + self.codes[at]
                self.parts[previous] = ""
                self.parts[at] = code_span(self.codes[at])
            if part or at in self.codes:
                previous = at if at in self.codes else -1

    def _no_image(self) -> None:
        """Escape a ``!`` just before a link's ``[``, which would make it an image."""
        written = [n for n, part in enumerate(self.parts) if part]
        if written:
            part = self.parts[written[-1]]
            if re.search(r"(?<!\\)(?:\\\\)*!$", part):
                self.parts[written[-1]] = part[:-1] + "\\!"

    def emphasis(self, mark: str, run: Run, after: str) -> None:
        at = len(self.parts)
        self.parts.append(mark)
        self.marks.add(at)
        self.inside += 1
        self.content(run, after)
        self.inside -= 1
        end = len(self.parts)
        before, first = self.last(at), self.first(at + 1)
        # A run that could close too would close the emphasis open around it instead.
        opens = _opens(before, first) and not (self.inside and _closes(before, first))
        if opens and _closes(self.last(end), after):
            self.parts.append(mark)
            self.marks.add(end)
            self.closing.add(end)
        else:
            self.parts[at] = ""  # the text stays, without emphasis it could not have
