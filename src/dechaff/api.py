"""The public entry point, :func:`clean`."""

from __future__ import annotations

from datetime import datetime

from .article import Article, PageKind
from .pipeline import run
from .read import arguments
from .read.source import DEFAULT_MAX_BYTES, Source, load


def clean(
    source: Source,
    *,
    url: str | None = None,
    kind: PageKind | None = None,
    reference: datetime | str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
) -> Article:
    """Clean one saved page into an :class:`Article`.

    ``source`` is the page as bytes, as text (``str``), a path to it, or a binary file
    object (``open(path, "rb")``, ``io.BytesIO``), of which at most ``max_bytes`` + 1 bytes
    are read. What the page is (HTML or a text dump) is told from its content, never from
    a file name; ``kind`` ("html" or "text") overrides that. ``reference`` is the time the
    page was saved, a datetime or an ISO 8601 string ("2020-01-01T10:00:00+08:00"), used to
    resolve relative dates ("3小时前"). ``encoding`` is a charset declared outside the page
    (an HTTP header), offered to the decoder, which believes it only when the bytes agree; an
    ISO-8859-1, ascii or windows-1252 one, which servers send by default, yields to the page's
    own declaration and to bytes that decode as a multi-byte encoding (docs/html-front-end.md).
    Without ``url``, the url of a SogouT-style ``<text id=URL ...>`` record wrapping the page
    is the Article's.

    Raises a :class:`~dechaff.errors.DechaffError` subclass when the source cannot
    be read or is not a page at all, and an :class:`~dechaff.errors.ArgumentError` naming
    the argument when one has a wrong type or value; a page without an article gives an
    Article with no paragraphs and a warning.
    """
    url = arguments.check_url(url)
    kind = arguments.check_kind(kind)
    moment = arguments.check_reference(reference)
    max_bytes = arguments.check_max_bytes(max_bytes)
    encoding = arguments.check_encoding(encoding)
    page = load(source, kind=kind, max_bytes=max_bytes, encoding=encoding)
    return run(page, url=page.url if url is None else url, reference=moment)
