"""Clean pages on a Dask cluster (the ``dask`` extra): a bag of inputs in, a bag of results out.

>>> import dask.bag as db                                      # doctest: +SKIP
>>> from dechaff.dask import clean_bag, to_jsonl
>>> inputs = db.from_sequence(["/data/crawl-000.warc.gz", "/data/crawl-001.warc.gz"], npartitions=2)
>>> to_jsonl(clean_bag(inputs), "/data/out/part-*.jsonl")     # doctest: +SKIP

Each partition is cleaned by :func:`~dechaff.batch.clean_many` on a Dask worker, so the
inputs must be readable there (a shared file system, or paths each worker has).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import dask.bag as db

from ..article import PageKind
from ..read.source import DEFAULT_MAX_BYTES
from .inputs import Spec
from .many import DEFAULT_TIMEOUT, clean_many
from .result import Result

__all__ = ["clean_bag", "to_jsonl"]


def clean_bag(
    inputs: db.Bag,
    *,
    workers: int = 1,
    timeout: float | None = DEFAULT_TIMEOUT,
    max_bytes: int = DEFAULT_MAX_BYTES,
    max_memory: int | None = None,
    kind: PageKind | None = None,
    url: str | None = None,
) -> db.Bag:
    """A bag of :class:`~dechaff.batch.Result`, one per page found in the bag's inputs.

    The inputs are what :func:`~dechaff.batch.clean_many` takes: paths, folders, globs,
    archives, WARC files, or :class:`~dechaff.inputs.Item` objects. Each partition runs
    clean_many with ``workers`` processes of its own (1 by default, which keeps the per-page
    time and memory limits; 0 cleans in the Dask worker itself, without them).
    """
    options: dict[str, Any] = {
        "workers": workers,
        "timeout": timeout,
        "max_bytes": max_bytes,
        "max_memory": max_memory,
        "kind": kind,
        "url": url,
    }
    return inputs.map_partitions(_clean_partition, **options)


def to_jsonl(results: db.Bag, pattern: str, **kwargs: Any) -> Any:
    """Write a bag of results as JSON Lines files, one per partition (``part-*.jsonl``).

    Keyword arguments go to :meth:`dask.bag.Bag.to_textfiles`.
    """
    return results.map(Result.to_json).to_textfiles(pattern, **kwargs)


def _clean_partition(inputs: Iterable[Spec], **options: Any) -> list[Result]:
    return list(clean_many(list(inputs), **options))
