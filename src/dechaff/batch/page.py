"""Clean one input of a batch, in whichever process runs it: an :class:`Item` to a Result."""

from __future__ import annotations

from datetime import datetime

from ..api import clean
from ..article import PageKind
from ..errors import NotAPageError
from ..read.source import DEFAULT_MAX_BYTES
from .inputs import Item
from .records import Format
from .records import render as record_of
from .result import Result, cleaned, failed

__all__ = ["clean_item"]


def clean_item(
    item: Item,
    *,
    kind: PageKind | None = None,
    url: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    render: Format | None = None,
    indent: int | None = None,
    reference: datetime | None = None,
) -> Result:
    """Clean one item in this process; every error becomes a failed or skipped Result.

    ``kind`` overrides what the item says of its kind; ``url`` and ``reference`` are used
    when it has none.
    With ``render``, a cleaned page comes as its ``record`` in that output format (with
    ``indent`` for JSON) instead of as an Article.
    """
    if item.skip is not None:
        return Result(item.input, "skipped", url=item.url, reason=item.skip)
    if item.error is not None or item.data is None:
        return failed(item, type(item.error).__name__, str(item.error))
    try:
        article = clean(
            item.data,
            url=item.url or url,
            kind=kind or item.kind,
            reference=item.reference or reference,
            max_bytes=max_bytes,
            encoding=item.encoding,
        )
    except NotAPageError as exc:
        return Result(item.input, "skipped", url=item.url or url, reason=_told(exc, item))
    # One page must not end a batch, whatever goes wrong in it (a bug, deep recursion).
    except Exception as exc:
        return failed(item, type(exc).__name__, _told(exc, item))
    result = cleaned(item, article)
    if render is None:
        return result
    record = record_of(result, render, indent=indent)
    return Result(item.input, result.status, url=article.url, record=record)


def _told(exc: Exception, item: Item) -> str:
    """The error's message without the input's name, which the record gives already (a
    page read by its path names the path in its errors)."""
    message = str(exc).replace(f" {item.input!r}", "")
    prefix = f"{item.input}: "
    return message[len(prefix) :] if message.startswith(prefix) else message
