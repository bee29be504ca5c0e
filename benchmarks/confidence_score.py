#!/usr/bin/env python3
"""Does ``Article.confidence`` separate good bodies from bad? Mean body F1 per confidence bin,
by look / check half, from a snapshot written by snapshot.py::

    PYTHONPATH=src python3 benchmarks/snapshot.py write ../shared/bench/data/* -o snap.jsonl
    python3 benchmarks/confidence_score.py snap.jsonl

Body F1 is the bench scorer's (``../shared/bench/score.py``: bag of tokens, one per CJK
character); pages whose gold has no body (trafi-eval, which has snippets) are left out.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from halves import half_of, records

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"
BINS = ((0.0, 0.0, "0 (empty)"), (0.01, 0.5, "0.01-0.49"), (0.5, 0.8, "0.50-0.79"))
BINS += ((0.8, 1.01, "0.80-1.00"),)


def _bin(confidence: float) -> str:
    for low, high, name in BINS:
        if (high == 0.0 and confidence == 0.0) or (low > 0 and low <= confidence < high):
            return name
    return "?"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("snapshot", type=Path)
    parser.add_argument("--data", type=Path, default=BENCH / "data")
    args = parser.parse_args()
    sys.path.insert(0, str(BENCH))
    from score import prf, tokenize

    gold = {}
    for folder in sorted(p for p in args.data.iterdir() if (p / "gold.jsonl").exists()):
        for record in records(folder):
            gold[(folder.name, record["id"])] = record
    scores: dict[tuple[str, str], list[float]] = defaultdict(list)
    with open(args.snapshot, encoding="utf-8") as lines:
        for line in lines:
            entry = json.loads(line)
            record = gold.get((entry["set"], entry["id"]))
            body = record.get("body") if record else None
            if "article" not in entry or not isinstance(body, str) or not body.strip():
                continue
            article = entry["article"]
            got = Counter(tokenize("\n".join(article["paragraphs"])))
            f1 = prf(got, Counter(tokenize(body)))[2]
            name = _bin(article["confidence"])
            scores[(name, "all")].append(f1)
            scores[(name, half_of(record))].append(f1)
    print("| confidence | pages | mean body F1 | look half | check half |")
    print("|---|---:|---:|---:|---:|")
    for _, _, name in BINS:
        cells = [name]
        for half in ("all", "look", "check"):
            found = scores[(name, half)]
            mean = f"{sum(found) / len(found):.3f}" if found else "-"
            cells += [str(len(found)), mean] if half == "all" else [f"{mean} ({len(found)})"]
        print("| " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
