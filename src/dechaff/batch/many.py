"""Clean many pages: :func:`clean_many`, yielding a Result for each input."""

from __future__ import annotations

import os
from collections.abc import Container, Generator, Iterable
from typing import IO, Any

from ..article import PageKind
from ..read.source import DEFAULT_MAX_BYTES
from .inputs import Item, Spec, iter_items
from .page import clean_item
from .pool import Pool
from .records import Format
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
    with Pool(size, timeout=timeout, max_memory=max_memory, options=options) as pool:
        yield from pool.run(items, ordered=ordered)
