"""Turn what the caller passed (bytes, str, a path or a binary file) into text, and tell HTML
from a text dump by the text itself."""

from __future__ import annotations

import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, Union

from ..article import PageKind
from ..errors import PageTooLargeError, SourceError
from .decode import decode

Source = Union[bytes, bytearray, memoryview, str, "os.PathLike[str]", BinaryIO]

# Markup that only an HTML document opens with, or holds in its first kilobytes.
_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|\?xml)\b", re.I | re.S
)
_TAG = re.compile(
    r"</?(?:html|head|body|div|p|span|a|meta|script|style|title|table|br|li|ul|h[1-6])\b[^>]{0,500}>",
    re.I,
)
# A SogouT-style crawl record: the page wrapped in <text id=URL title=... encoding=...>.
_RECORD_URL = re.compile(r"""\s*<text\b[^>]*?\bid\s*=\s*["']?(https?://[^\s"'<>]+)[^>]*>""", re.I)
# The record's closing tag, after the page's last markup.
_RECORD_END = re.compile(r"</text>\s*\Z", re.I)
_SURROGATE = re.compile("[\ud800-\udfff]")
SNIFF_CHARS = 4096
MIN_TAGS = 5
# The suffixes of files that hold a page: the batch reader hands such a file to clean() by
# its path. What the page is (HTML or a text dump) is told by its text, not by the suffix.
PAGE_SUFFIXES = frozenset((".html", ".htm", ".xhtml", ".shtml", ".txt", ".text"))
DEFAULT_MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Page:
    """A page as text, with what was learned on the way: its kind, encoding and warnings,
    and the url a crawl record wrapping it gives (None without one)."""

    text: str
    kind: PageKind
    encoding: str | None
    warnings: tuple[str, ...]
    url: str | None = None
    # text in UTF-8, when the decoder read it from exactly these bytes
    utf8: bytes | None = field(default=None, compare=False, repr=False)


def detect_kind(text: str) -> PageKind:
    """ "html" when text is markup, else "text"."""
    head = text[:SNIFF_CHARS]
    if _HTML_START.match(head):
        return "html"
    return "html" if len(_TAG.findall(head)) >= MIN_TAGS else "text"


def _surrogates_replaced(text: str) -> tuple[str, tuple[str, ...]]:
    """Text with lone surrogates (which no encoding can write) as U+FFFD; pairs are joined."""
    if _SURROGATE.search(text) is None:
        return text, ()
    fixed = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    count = len(_SURROGATE.findall(text)) - 2 * (len(text) - len(fixed))
    return fixed, (f"{count} lone surrogate(s) replaced with U+FFFD",)


def _unwrapped(text: str, start: int) -> str:
    """The page inside a crawl record: a parser would put its head (title, meta) in the
    body of an unknown ``<text>`` element."""
    end = _RECORD_END.search(text, start)
    return text[start : end.start() if end else len(text)]


def _read_path(path: os.PathLike[str], max_bytes: int) -> bytes:
    try:
        size = os.path.getsize(path)
        if size > max_bytes:
            raise PageTooLargeError(
                f"{os.fspath(path)}: {size} bytes, over the limit of {max_bytes}"
            )
        return Path(path).read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read {os.fspath(path)!r}: {exc.strerror or exc}") from exc


def _read_stream(stream: object, max_bytes: int) -> bytes:
    """Read a binary file object, never more than one byte past the limit."""
    if isinstance(stream, io.TextIOBase):
        raise SourceError("source is a file opened in text mode: open it with 'rb'")
    try:
        data = stream.read(max_bytes + 1)  # type: ignore[attr-defined]
    except OSError as exc:
        raise SourceError(f"cannot read source: {exc.strerror or exc}") from exc
    except (TypeError, ValueError, AttributeError) as exc:  # closed, or not a real stream
        raise SourceError(f"cannot read source: {exc}") from exc
    if not isinstance(data, (bytes, bytearray, memoryview)):
        wanted = "a binary file object (opened with 'rb')"
        raise SourceError(f"source must be {wanted}; its read() gave {type(data).__name__}")
    if len(data) > max_bytes:
        raise PageTooLargeError(f"page of more than {max_bytes} bytes, over the limit")
    return bytes(data)


def load(
    source: Source,
    *,
    kind: PageKind | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
) -> Page:
    """Read and decode source; kind, when given, overrides detection.

    What the page is comes from its text, never from a file name. ``encoding`` is a charset
    declared outside the page (an HTTP header), offered to the decoder for bytes; it is
    ignored for text.
    """
    if isinstance(source, os.PathLike):
        source = _read_path(source, max_bytes)
    elif callable(getattr(source, "read", None)):
        source = _read_stream(source, max_bytes)
    if isinstance(source, str):
        if len(source) > max_bytes:
            raise PageTooLargeError(
                f"page of {len(source)} characters, over the limit of {max_bytes}"
            )
        text, warnings = _surrogates_replaced(source.replace("\r\n", "\n").replace("\x00", ""))
        found: str | None = None
        utf8: bytes | None = None
    elif isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if len(data) > max_bytes:
            raise PageTooLargeError(f"page of {len(data)} bytes, over the limit of {max_bytes}")
        decoded = decode(data, declared=encoding, markup=None if kind is None else kind == "html")
        text, found, warnings = decoded.text, decoded.encoding, decoded.warnings
        utf8 = decoded.utf8
    else:
        raise SourceError(
            "source must be bytes, str, a path (os.PathLike) or a binary file object,"
            f" not {type(source).__name__}"
        )
    record = _RECORD_URL.match(text, 0, SNIFF_CHARS)
    url = record.group(1) if record else None
    if record:
        text, utf8 = _unwrapped(text, record.end()), None
    return Page(text, kind or detect_kind(text), found, tuple(warnings), url, utf8)
