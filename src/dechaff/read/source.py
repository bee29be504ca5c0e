"""Turn what the caller passed (bytes, str or a path) into text, and tell HTML from a text dump."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Union

from ..article import PageKind
from ..errors import PageTooLargeError, SourceError
from .decode import decode

Source = Union[bytes, bytearray, memoryview, str, "os.PathLike[str]"]

# Markup that only an HTML document opens with, or holds in its first kilobytes.
_HTML_START = re.compile(
    r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|\?xml)\b", re.I | re.S
)
_TAG = re.compile(
    r"</?(?:html|head|body|div|p|span|a|meta|script|style|title|table|br|li|ul|h[1-6])\b[^>]{0,500}>",
    re.I,
)
_SURROGATE = re.compile("[\ud800-\udfff]")
SNIFF_CHARS = 4096
MIN_TAGS = 5
# The kind a file name tells (the batch reader uses the same table).
KIND_BY_SUFFIX: dict[str, PageKind] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
    ".txt": "text",
    ".text": "text",
}
DEFAULT_MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Page:
    """A page as text, with what was learned on the way: its kind, encoding and warnings."""

    text: str
    kind: PageKind
    encoding: str | None
    warnings: tuple[str, ...]


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


def load(
    source: Source,
    *,
    kind: PageKind | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
) -> Page:
    """Read and decode source; kind, when given, overrides detection.

    ``encoding`` is a charset declared outside the page (an HTTP header), offered to the
    decoder for bytes; it is ignored for text.
    """
    if kind not in (None, "html", "text"):
        raise SourceError(f"kind must be 'html', 'text' or None, not {kind!r}")
    hinted: PageKind | None = kind
    if isinstance(source, os.PathLike):
        hinted = hinted or KIND_BY_SUFFIX.get(Path(source).suffix.lower())
        source = _read_path(source, max_bytes)
    if isinstance(source, str):
        if len(source) > max_bytes:
            raise PageTooLargeError(
                f"page of {len(source)} characters, over the limit of {max_bytes}"
            )
        text, warnings = _surrogates_replaced(source.replace("\r\n", "\n").replace("\x00", ""))
        found: str | None = None
    elif isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if len(data) > max_bytes:
            raise PageTooLargeError(f"page of {len(data)} bytes, over the limit of {max_bytes}")
        decoded = decode(
            data, declared=encoding, markup=None if hinted is None else hinted == "html"
        )
        text, found, warnings = decoded.text, decoded.encoding, decoded.warnings
    else:
        raise SourceError(
            f"source must be bytes, str or a path (os.PathLike), not {type(source).__name__}"
        )
    return Page(text, hinted or detect_kind(text), found, tuple(warnings))
