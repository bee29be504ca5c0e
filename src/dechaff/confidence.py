"""How much to trust a body (``Article.confidence``): a logistic model over the body's
length and the doubts the pipeline records, its weights fitted on the look half of the dev
sets by ``benchmarks/fit_confidence.py`` and stored as data in ``confidence.json``.

The model predicts the body's F1 against a hand-made gold; a doubt the dev sets hold too
few pages of to fit (a last-resort decoding) multiplies the prediction by a set factor.
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path

# The body length (in units) from which length no longer raises the confidence.
CONFIDENT_UNITS = 200
# What a last-resort decoding, or a page flattened for nesting too deep, multiplies it by.
DOUBT_DECODING = 0.6
# The model's inputs, in the order of its weights.
FEATURES = ("bias", "length", "second_opinion", "not_article")
WEIGHTS_FILE = Path(__file__).with_name("confidence.json")


@cache
def weights() -> tuple[float, ...]:
    """The fitted weights, one per name of FEATURES (read once from WEIGHTS_FILE)."""
    stored = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))["weights"]
    return tuple(float(stored[name]) for name in FEATURES)


def inputs(units: int, *, second_opinion: bool, not_article: bool) -> tuple[float, ...]:
    """The model's inputs: the square root of the body's share of CONFIDENT_UNITS (capped
    at 1), whether readability-lxml overruled or doubted the labeller (or the container
    hints left no article), whether the page is no article page."""
    length = min(1.0, units / CONFIDENT_UNITS) ** 0.5
    return (1.0, length, float(second_opinion), float(not_article))


def predict(features: tuple[float, ...], fitted: tuple[float, ...]) -> float:
    """The logistic of the weighted inputs."""
    z = sum(w * x for w, x in zip(fitted, features, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def confidence(units: int, *, second_opinion: bool, decoding: bool, not_article: bool) -> float:
    """The body's confidence, 0-1, rounded to two decimals (the caller gives 0 to a
    near-empty body)."""
    value = predict(
        inputs(units, second_opinion=second_opinion, not_article=not_article), weights()
    )
    if decoding:
        value *= DOUBT_DECODING
    return round(value, 2)
