"""A short pure-Python fuzz run CI can afford: random edits of real pages through clean()."""

from __future__ import annotations

import os
import random

from .target import mutate, one_input, seeds

RUNS = int(os.environ.get("DECHAFF_FUZZ_RUNS", "300"))


def test_seeds_hold() -> None:
    for seed in seeds():
        one_input(seed)


def test_random_edits_hold() -> None:
    rng = random.Random(int(os.environ.get("DECHAFF_FUZZ_SEED", "6")))
    pool = list(seeds())
    for _ in range(RUNS):
        data = mutate(rng.choice(pool), rng, pool)
        try:
            one_input(data)
        except Exception as exc:
            raise AssertionError(f"input {data[:200]!r}... ({len(data)} bytes)") from exc
