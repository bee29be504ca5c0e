"""Clean many pages: :func:`clean_many` and the :class:`Result` it yields for each input."""

from __future__ import annotations

import json
import os
from collections.abc import Container, Generator, Iterable
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, Literal

from .api import clean
from .article import Article, PageKind
from .errors import NotAPageError
from .inputs import Item, Spec, iter_items
from .source import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from .output import Format

__all__ = ["DEFAULT_TIMEOUT", "Result", "Status", "clean_item", "clean_many"]

Status = Literal["ok", "skipped", "failed"]
DEFAULT_TIMEOUT = 60.0


@dataclass(frozen=True, slots=True)
class Result:
    """What became of one input: an Article (``ok``), a ``skipped`` non-page, or a failure.

    ``input`` names the input stably (``path``, ``archive!member``, ``file.warc#record-id``,
    ``dump.jsonl#line``); ``reason`` says why it was skipped; ``error`` (the exception's
    type name) and ``message`` why it failed. ``record`` is the cleaned page already written
    out in an output format, in place of ``article``, when clean_many was asked to
    ``render`` it.
    """

    input: str
    status: Status
    url: str | None = None
    article: Article | None = None
    reason: str | None = None
    error: str | None = None
    message: str | None = None
    record: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The JSON Lines record: input, status, url, then the article's fields or the why."""
        record: dict[str, Any] = {"input": self.input, "status": self.status, "url": self.url}
        if self.article is not None:
            record.update(self.article.to_dict())
        if self.reason is not None:
            record["reason"] = self.reason
        if self.error is not None:
            record["error"] = self.error
            record["message"] = self.message
        return record

    def to_json(self, *, indent: int | None = None) -> str:
        """Return :meth:`to_dict` as JSON, non-ASCII characters kept as they are."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


def failed(item: Item, error: str, message: str) -> Result:
    """A failure record for an item."""
    return Result(item.input, "failed", url=item.url, error=error, message=message)


def clean_item(
    item: Item,
    *,
    kind: PageKind | None = None,
    url: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    render: Format | None = None,
    indent: int | None = None,
) -> Result:
    """Clean one item in this process; every error becomes a failed or skipped Result.

    ``kind`` overrides what the item says of its kind; ``url`` is used when it has none.
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
            reference=item.reference,
            max_bytes=max_bytes,
            encoding=item.encoding,
        )
    except NotAPageError as exc:
        return Result(item.input, "skipped", url=item.url or url, reason=str(exc))
    # One page must not end a batch, whatever goes wrong in it (a bug, deep recursion).
    except Exception as exc:
        return failed(item, type(exc).__name__, str(exc))
    result = Result(item.input, "ok", url=article.url, article=article)
    if render is None:
        return result
    from .output import render as write_out  # output imports this module: imported here

    return Result(
        item.input, "ok", url=article.url, record=write_out(result, render, indent=indent)
    )


def clean_many(
    inputs: Spec | Iterable[Spec],
    *,
    workers: int | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_memory: int | None = None,
    kind: PageKind | None = None,
    url: str | None = None,
    done: Container[str] = frozenset(),
    stdin: IO[bytes] | None = None,
    ordered: bool = True,
    render: Format | None = None,
    indent: int | None = None,
) -> Generator[Result, None, None]:
    """Clean every page found in inputs, yielding one :class:`Result` per input as it is done.

    ``inputs`` are paths, folders, glob patterns, ``-`` (standard input, or ``stdin``) or
    :class:`~dechaff.inputs.Item` objects; see :mod:`dechaff.inputs`. They are read lazily,
    so memory stays bounded. ``workers`` processes (default: one per CPU) clean the pages;
    results come in the inputs' order, or with ``ordered=False`` as each is done (faster
    when some pages are slow). A page that takes over ``timeout`` seconds, or
    over ``max_bytes``, or (with ``max_memory``, in bytes) makes its worker run out of
    memory, gives a failed Result and the batch goes on. ``workers=0`` cleans in this
    process, without the time and memory limits. Names in ``done`` are left out (resume).

    With ``render`` (an output format: ``jsonl``, ``json``, ``txt`` or ``md``, and ``indent``
    for JSON), each cleaned page comes as its ``record``, written out by the worker, instead
    of as an Article: what a batch that writes its output needs, without sending Articles
    between processes.
    """
    if isinstance(inputs, (str, os.PathLike, Item)):
        inputs = [inputs]
    items = iter_items(inputs, max_bytes=max_bytes, done=done, stdin=stdin)
    options: dict[str, Any] = {
        "kind": kind,
        "url": url,
        "max_bytes": max_bytes,
        "render": render,
        "indent": indent,
    }
    size = (os.cpu_count() or 1) if workers is None else workers
    if size <= 0:
        for item in items:
            yield clean_item(item, **options)
        return
    from .pool import Pool

    with Pool(size, timeout=timeout, max_memory=max_memory, options=options) as pool:
        yield from pool.run(items, ordered=ordered)
