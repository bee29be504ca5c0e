"""Clean many pages: :func:`clean_many`, yielding a Result for each input."""

from __future__ import annotations

import os
from collections.abc import Container, Generator, Iterable, Iterator
from datetime import datetime
from typing import IO, Any

from ..article import PageKind
from ..read.arguments import (
    check_bool,
    check_choice,
    check_done,
    check_indent,
    check_kind,
    check_max_bytes,
    check_max_memory,
    check_reference,
    check_stdin,
    check_timeout,
    check_url,
    check_workers,
    wrong,
)
from ..read.source import DEFAULT_MAX_BYTES
from .inputs import Item, Spec, iter_items
from .page import clean_item
from .pool import Pool
from .records import FORMATS, Format
from .result import Result

__all__ = ["DEFAULT_TIMEOUT", "clean_many"]

DEFAULT_TIMEOUT = 60.0


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
    reference: datetime | str | None = None,
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

    With ``render`` (an output format: ``jsonl``, ``json``, ``txt``, ``md`` or ``html``, and
    ``indent`` for JSON), each cleaned page comes as its ``record``, written out by the
    worker, instead of as an Article: what a batch that writes its output needs, without
    sending Articles between processes.

    ``reference`` is the time the pages were saved (a datetime or an ISO 8601 string), for
    the pages whose input does not tell it (a WARC record's capture time, a JSON line's
    ``reference`` field). Every argument is checked before any page is read: a wrong one
    raises an :class:`~dechaff.errors.ArgumentError` naming it.
    """
    options = _options(kind, url, reference, max_bytes, render, indent)
    if isinstance(inputs, (str, os.PathLike, Item)):
        inputs = [inputs]
    elif not isinstance(inputs, Iterable) or isinstance(inputs, (bytes, bytearray)):
        raise wrong("inputs", inputs, "a path, a glob, an Item, or an iterable of them")
    items = iter_items(
        _specs(inputs),
        max_bytes=options["max_bytes"],
        done=check_done(done),
        stdin=check_stdin(stdin),
    )
    return _results(
        items,
        options,
        workers=check_workers(workers),
        timeout=check_timeout(timeout),
        max_memory=check_max_memory(max_memory),
        ordered=check_bool("ordered", ordered),
    )


def _options(
    kind: object, url: object, reference: object, max_bytes: object, render: object, indent: object
) -> dict[str, Any]:
    """The cleaning options each page gets, checked."""
    return {
        "kind": check_kind(kind),
        "url": check_url(url),
        "reference": check_reference(reference),
        "max_bytes": check_max_bytes(max_bytes),
        "render": check_choice("render", render, FORMATS),
        "indent": check_indent(indent),
    }


def _specs(inputs: Iterable[object]) -> Iterator[Spec]:
    for spec in inputs:
        if not isinstance(spec, (str, os.PathLike, Item)):
            raise wrong("inputs", spec, "paths, globs or Items")
        yield spec


def _results(
    items: Iterator[Item],
    options: dict[str, Any],
    *,
    workers: int | None,
    timeout: float | None,
    max_memory: int | None,
    ordered: bool,
) -> Generator[Result, None, None]:
    size = (os.cpu_count() or 1) if workers is None else workers
    if size <= 0:
        for item in items:
            yield clean_item(item, **options)
        return
    with Pool(size, timeout=timeout, max_memory=max_memory, options=options) as pool:
        yield from pool.run(items, ordered=ordered)
