"""Clean pages on a Dask cluster: the import path the docs give for :mod:`dechaff.batch.dask`."""

from .batch import dask as _implementation
from .batch.dask import clean_bag, to_jsonl

__doc__ = _implementation.__doc__
__all__ = ["clean_bag", "to_jsonl"]
