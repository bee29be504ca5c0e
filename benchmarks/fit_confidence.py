#!/usr/bin/env python3
"""Fit ``Article.confidence``'s weights on the dev sets' look half, and compare the fitted
model with the hand-set formula it replaced on both halves::

    PYTHONPATH=src python3 benchmarks/fit_confidence.py              # fit, compare, print
    PYTHONPATH=src python3 benchmarks/fit_confidence.py --write      # ... and store them

Every dev page with a body gold is cleaned in process; the model's inputs
(``dechaff.confidence.inputs``) are taken from what the pipeline knows, and its target is
the page's body F1 (the bench scorer's). The fit is a logistic regression with the F1 as a
soft target (cross-entropy, a small L2 penalty, plain gradient descent: no dependency). The
weights go to ``src/dechaff/confidence.json`` with ``--write``.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from halves import half_of, records

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"
L2 = 1e-3
STEPS = 2000
RATE = 0.5
NEAR_EMPTY_UNITS = 10


def _hand(units: int, second_opinion: bool, decoding: bool, not_article: bool) -> float:
    """The hand-set formula the fitted model replaced (0.1, 2026-11): the length's square
    root times 0.6 per doubt of the second opinion or the decoding, 0.8 off article pages."""
    value = min(1.0, units / 200) ** 0.5
    value *= 0.6 if second_opinion else 1.0
    value *= 0.6 if decoding else 1.0
    value *= 0.8 if not_article else 1.0
    return round(value, 2)


def collect(data: Path) -> list[dict[str, Any]]:
    """Every page with a body gold: its half, body F1 and the confidence's inputs."""
    sys.path.insert(0, str(BENCH))
    from score import prf, tokenize

    import dechaff
    from dechaff import pipeline

    seen: dict[str, Any] = {}
    original = pipeline.confidence

    def spy(units: int, warnings: Sequence[str], kind: Any) -> float:
        seen.update(units=units, warnings=list(warnings), kind=kind)
        return original(units, warnings, kind)

    pipeline.confidence = spy  # type: ignore[assignment]
    rows: list[dict[str, Any]] = []
    for folder in sorted(p for p in data.iterdir() if (p / "gold.jsonl").exists()):
        for record in records(folder):
            body = record.get("body")
            if not isinstance(body, str) or not body.strip():
                continue
            seen.clear()
            article = dechaff.clean((folder / record["file"]).read_bytes(), url=record.get("url"))
            got = Counter(tokenize("\n".join(article.paragraphs)))
            f1 = prf(got, Counter(tokenize(body)))[2]
            doubts = pipeline.doubts(seen["warnings"], seen["kind"])
            rows.append({"half": half_of(record), "f1": f1, "units": seen["units"], **doubts})
    pipeline.confidence = original  # type: ignore[assignment]
    return rows


def _features(row: dict[str, Any]) -> tuple[float, ...]:
    from dechaff.confidence import inputs

    return inputs(
        row["units"], second_opinion=row["second_opinion"], not_article=row["not_article"]
    )


def fit(rows: list[dict[str, Any]]) -> list[float]:
    """Logistic regression of body F1 (a soft target) on the inputs of the pages given."""
    from dechaff.confidence import predict

    xs = [_features(r) for r in rows]
    ys = [r["f1"] for r in rows]
    fitted = [0.0] * len(xs[0])
    for _ in range(STEPS):
        gradient = [0.0] * len(fitted)
        for x, y in zip(xs, ys, strict=True):
            error = predict(x, tuple(fitted)) - y
            for j, value in enumerate(x):
                gradient[j] += error * value
        for j in range(len(fitted)):
            penalty = L2 * fitted[j] if j else 0.0  # not the bias
            fitted[j] -= RATE * (gradient[j] / len(xs) + penalty)
    return fitted


def _auc(scores: list[float], bad: list[bool]) -> float:
    """How often a good page scores above a bad one (ties half)."""
    good = [s for s, b in zip(scores, bad, strict=True) if not b]
    poor = [s for s, b in zip(scores, bad, strict=True) if b]
    if not good or not poor:
        return math.nan
    wins = sum((g > p) + 0.5 * (g == p) for g in good for p in poor)
    return wins / (len(good) * len(poor))


def _scores(rows: list[dict[str, Any]], fitted: Sequence[float] | None) -> list[float]:
    from dechaff.confidence import DOUBT_DECODING, predict

    found = []
    for r in rows:
        if r["units"] < NEAR_EMPTY_UNITS:
            found.append(0.0)
        elif fitted is None:
            found.append(_hand(r["units"], r["second_opinion"], r["decoding"], r["not_article"]))
        else:
            value = predict(_features(r), tuple(fitted))
            found.append(round(value * (DOUBT_DECODING if r["decoding"] else 1.0), 2))
    return found


def report(rows: list[dict[str, Any]], fitted: Sequence[float]) -> None:
    """Mean error against body F1 and how well each separates poor bodies, per half."""
    print(
        "| half | pages | model | mean abs. error | mean sq. error | AUC F1 < 0.5 | AUC F1 < 0.8 |"
    )
    print("|---|---:|---|---:|---:|---:|---:|")
    for half in ("look", "check"):
        part = [r for r in rows if r["half"] == half]
        f1 = [r["f1"] for r in part]
        for name, weights in (("hand-set", None), ("fitted", fitted)):
            got = _scores(part, weights)
            mae = sum(abs(c - y) for c, y in zip(got, f1, strict=True)) / len(part)
            mse = sum((c - y) ** 2 for c, y in zip(got, f1, strict=True)) / len(part)
            low = _auc(got, [y < 0.5 for y in f1])
            mid = _auc(got, [y < 0.8 for y in f1])
            print(
                f"| {half} | {len(part)} | {name} | {mae:.3f} | {mse:.4f} | {low:.3f} | {mid:.3f} |"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=BENCH / "data")
    parser.add_argument("--write", action="store_true", help="store the weights")
    args = parser.parse_args()
    from dechaff.confidence import FEATURES, WEIGHTS_FILE

    rows = collect(args.data)
    fitted = fit([r for r in rows if r["half"] == "look"])
    print("weights:", {n: round(w, 3) for n, w in zip(FEATURES, fitted, strict=True)})
    report(rows, fitted)
    if args.write:
        stored = {
            "fitted_by": "benchmarks/fit_confidence.py on the look half of the dev sets",
            "weights": {n: round(w, 4) for n, w in zip(FEATURES, fitted, strict=True)},
        }
        WEIGHTS_FILE.write_text(json.dumps(stored, indent=2) + "\n", encoding="utf-8")
        print("written to", WEIGHTS_FILE)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
