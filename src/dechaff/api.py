"""The public entry point, :func:`clean`."""

from __future__ import annotations

from datetime import datetime

from .article import Article, PageKind
from .pipeline import run
from .read.source import DEFAULT_MAX_BYTES, Source, load


def clean(
    source: Source,
    *,
    url: str | None = None,
    kind: PageKind | None = None,
    reference: datetime | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
) -> Article:
    """Clean one saved page into an :class:`Article`.

    ``source`` is the page as bytes, as text (``str``), or a path to it. ``kind``
    ("html" or "text") overrides the detection of what the page is. ``reference``
    is the time the page was saved, used to resolve relative dates ("3小时前"). ``encoding``
    is a charset declared outside the page (an HTTP header), offered to the decoder, which
    believes it only when the bytes agree.

    Raises a :class:`~dechaff.errors.DechaffError` subclass when the source cannot
    be read or is not a page at all; a page without an article gives an Article
    with no paragraphs and a warning.
    """
    page = load(source, kind=kind, max_bytes=max_bytes, encoding=encoding)
    return run(page, url=url, reference=reference)
