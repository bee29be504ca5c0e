"""Batch: clean many pages, one record per input, whatever happens to any one page.

A layer above the pipeline: it calls :func:`dechaff.clean` and nothing below it.

- ``inputs``: what to clean, read lazily: paths, folders, globs, archives, JSON Lines.
- ``streams``: a stream's first bytes without losing them; the decompressor they call for.
- ``warc``: the records of WARC files (the ``warc`` extra).
- ``result``: the :class:`Result` of one input (ok, empty, skipped or failed).
- ``page``: clean one :class:`Item` into a Result, in whichever process runs it.
- ``pool``, ``worker``: worker processes with per-page time and memory limits.
- ``many``: :func:`clean_many`, the pages in, their Results out.
- ``records``, ``sink``: a Result as an output record, and the file records go to.
- ``progress``: the progress line of the command line; ``counting``: its total, when cheap.
- ``sampling``: a seeded sample of a batch's inputs, read once (``dechaff audit --sample``).
- ``dask``: the same on a Dask cluster (the ``dask`` extra).
"""

from __future__ import annotations

from .inputs import Item, Spec
from .many import DEFAULT_TIMEOUT, clean_many
from .result import Result, Status

__all__ = ["DEFAULT_TIMEOUT", "Item", "Result", "Spec", "Status", "clean_many"]
