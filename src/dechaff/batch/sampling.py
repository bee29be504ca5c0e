"""Pick a fixed-size sample of inputs: read once, holding no more than the sample."""

from __future__ import annotations

import random
from collections.abc import Iterable
from typing import TypeVar

__all__ = ["reservoir"]

T = TypeVar("T")


def reservoir(items: Iterable[T], size: int, *, seed: int = 0) -> list[T]:
    """``size`` items drawn uniformly from ``items`` (all when fewer), in their input order.

    Reservoir sampling: each item is read once and at most ``size`` are held, so a batch of
    any length can be sampled. The same items and ``seed`` give the same sample.
    """
    if size < 0:
        raise ValueError(f"a sample cannot have {size} items")
    rng = random.Random(seed)
    chosen: list[tuple[int, T]] = []
    for index, item in enumerate(items):
        if index < size:
            chosen.append((index, item))
            continue
        slot = rng.randrange(index + 1)
        if slot < size:
            chosen[slot] = (index, item)
    chosen.sort(key=lambda pair: pair[0])
    return [item for _, item in chosen]
