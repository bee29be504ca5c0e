#!/usr/bin/env python3
"""Score the runner's outputs by look / check half, side by side, and compare two runs.

    python3 benchmarks/halves_report.py [--runs DIR] [--sets aeb,wcxb] [--extractors dechaff]
    python3 benchmarks/halves_report.py --runs BASE --json base.json
    python3 benchmarks/halves_report.py --runs BASE --compare NEW   # NEW - BASE, and the gate

``--runs`` is a folder ``<extractor>/<set>.jsonl`` written by ``../shared/bench/run.py``
(default ``$BENCH_RUNS``, else /tmp/dechaff-bench/runs); ``--compare`` takes another such
folder or a file written by ``--json``. The halves are :mod:`halves`'s (by the SHA-1 of
the page's site); the metrics are ``../shared/bench/score.py``'s ``score_run`` on the
pages of each half. A set whose gold has ``page_type`` (wcxb) is also scored per type.

The gate of ``--compare``: for the gated extractor (``--gate``, default dechaff), no
quality figure (body F1, snippet F1, title, date, author) of any set's check half may be
lower in NEW than in BASE; the command exits 1 when one is.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from halves import HALVES, half_of, load_scorer

BENCH = Path(__file__).resolve().parents[2] / "shared" / "bench"
# (key in score_run's result, column name, digits); None digits: a page count
COLUMNS = (
    ("body_f1", "body F1", 3),
    ("body_p", "body P", 3),
    ("body_r", "body R", 3),
    ("snip_f1", "snip F1", 3),
    ("title_exact", "title", 3),
    ("date_acc", "date", 3),
    ("author_acc", "author", 3),
    ("median_ms", "med ms", 1),
)
GATED = ("body_f1", "snip_f1", "title_exact", "date_acc", "author_acc")
KEPT = {key for key, _, _ in COLUMNS} | {"docs", "body_docs", "title_n", "date_n", "author_n"}
Scores = dict[str, dict[str, dict[str, dict[str, Any]]]]  # set -> extractor -> half -> metrics


def _runs_of(runs: Path, scorer: ModuleType, name: str, extractors: list[str] | None) -> dict:
    found = {}
    for extractor in extractors or scorer.discover_extractors(str(runs)):
        rows, meta = scorer.load_run(extractor, name, str(runs))
        if rows is not None:
            found[extractor] = (rows, meta)
    return found


def score_set(
    scorer: ModuleType, data: Path, runs: Path, name: str, extractors: list[str] | None
) -> dict[str, dict[str, dict[str, dict[str, Any]]]]:
    """``{set label: {extractor: {half: metrics}}}`` for one set (and its page types)."""
    found = _runs_of(runs, scorer, name, extractors)
    if not found:
        return {}
    gold = scorer.load_gold(name, str(data))
    sampled = any(meta and meta.get("sample") for _, meta in found.values())
    common = set.intersection(*(set(rows) for rows, _ in found.values())) if sampled else None
    slices: dict[str, list[dict[str, Any]]] = {name: gold}
    for record in gold:
        if record.get("page_type"):
            slices.setdefault(f"{name}:{record['page_type']}", []).append(record)
    out: dict[str, dict[str, dict[str, dict[str, Any]]]] = {}
    for label, records in sorted(slices.items()):
        for extractor, (rows, _) in found.items():
            per_half = out.setdefault(label, {}).setdefault(extractor, {})
            for half in HALVES:
                ids = {r["id"] for r in records if half_of(r) == half}
                if common is not None:
                    ids &= common
                metrics = scorer.score_run(gold, rows, ids)
                kept = (
                    KEPT - set(GATED) - {"body_p", "body_r"}
                    if extractor in scorer.NO_TEXT
                    else KEPT
                )
                per_half[half] = {k: v for k, v in metrics.items() if k in kept}
    return out


def collect(
    scorer: ModuleType, data: Path, runs: Path, sets: list[str] | None, extractors: list[str] | None
) -> Scores:
    """Scores of every set (with gold in ``data``) that has a run in ``runs``."""
    names = sets or scorer.gold_sets(str(data))
    scores: Scores = {}
    for name in names:
        scores.update(score_set(scorer, data, runs, name, extractors))
    return scores


def _cell(value: float | None, digits: int) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _delta(new: float | None, old: float | None, digits: int) -> str:
    if new is None or old is None:
        return _cell(new, digits)
    change = new - old
    sign = "+" if change > 0 else "−" if change < 0 else "±"
    return f"{new:.{digits}f} ({sign}{abs(change):.{digits}f})"


def _columns(by_extractor: dict[str, dict[str, dict[str, Any]]]) -> list[tuple[str, str, int]]:
    """The columns with a figure for some extractor and half (a set without dates has none)."""
    return [
        column
        for column in COLUMNS
        if any(m.get(column[0]) is not None for h in by_extractor.values() for m in h.values())
    ]


def table(
    by_extractor: dict[str, dict[str, dict[str, Any]]],
    base: dict[str, dict[str, dict[str, Any]]] | None = None,
) -> str:
    """One Markdown table: a row per extractor, look and check side by side per figure."""
    columns = _columns(by_extractor)
    head = ["extractor", "pages"] + [f"{title} {h}" for _, title, _ in columns for h in HALVES]
    lines = ["| " + " | ".join(head) + " |", "|---|" + "---:|" * (len(head) - 1)]
    for extractor in sorted(by_extractor, key=lambda e: (e != "dechaff", e)):
        halves = by_extractor[extractor]
        old = (base or {}).get(extractor)
        cells = [extractor, " / ".join(str(halves[h].get("docs", 0)) for h in HALVES)]
        for key, _, digits in columns:
            for h in HALVES:
                value = halves[h].get(key)
                if old is None:
                    cells.append(_cell(value, digits))
                else:
                    cells.append(_delta(value, old.get(h, {}).get(key), digits))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def report(scores: Scores, base: Scores | None = None) -> str:
    """A section per set (page types under their set), tables as :func:`table`."""
    out = []
    for label in scores:
        name, _, page_type = label.partition(":")
        title = f"#### {name}, {page_type} pages" if page_type else f"### {name}"
        previous = base.get(label) if base is not None else None
        if base is not None and previous is None:
            continue
        out.append(f"{title}\n\n{table(scores[label], previous)}\n")
    return "\n".join(out)


def gate(new: Scores, base: Scores, extractor: str) -> list[str]:
    """The check-half figures of ``extractor`` that are lower in ``new``, one line each."""
    worse = []
    for label, by_extractor in new.items():
        before = base.get(label, {}).get(extractor, {}).get("check")
        after = by_extractor.get(extractor, {}).get("check")
        if before is None or after is None:
            continue
        for key in GATED:
            old, now = before.get(key), after.get(key)
            if old is not None and now is not None and now < old - 1e-9:
                worse.append(f"{label} check {key}: {old:.4f} -> {now:.4f}")
    return worse


def _source(
    path: Path, scorer: ModuleType, data: Path, sets: list[str] | None, extractors: list[str] | None
) -> Scores:
    if path.is_file():
        with open(path, encoding="utf-8") as saved:
            loaded: Scores = json.load(saved)
        return loaded
    return collect(scorer, data, path, sets, extractors)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_runs = os.environ.get("BENCH_RUNS", "/tmp/dechaff-bench/runs")
    parser.add_argument("--runs", type=Path, default=Path(default_runs))
    parser.add_argument("--bench", type=Path, default=BENCH, help="folder of score.py and data/")
    parser.add_argument("--data", type=Path, help="the sets' folder (default BENCH/data)")
    parser.add_argument("--sets", help="comma list (default: every set with gold)")
    parser.add_argument("--extractors", help="comma list (default: every run found)")
    parser.add_argument("--json", type=Path, help="also write the scores here")
    parser.add_argument("--compare", type=Path, help="runs folder or --json file: NEW - RUNS")
    parser.add_argument("--gate", default="dechaff", help="the extractor the gate reads")
    args = parser.parse_args(argv)
    scorer = load_scorer(args.bench)
    data = args.data or args.bench / "data"
    sets = args.sets.split(",") if args.sets else None
    extractors = args.extractors.split(",") if args.extractors else None
    scores = _source(args.runs, scorer, data, sets, extractors)
    if args.json:
        args.json.write_text(json.dumps(scores, indent=1, sort_keys=True) + "\n", "utf-8")
    if args.compare is None:
        print(report(scores))
        return 0
    new = _source(args.compare, scorer, data, sets, extractors)
    print(f"{args.compare} against {args.runs}: the new figure (new − base)\n")
    print(report(new, scores))
    worse = gate(new, scores, args.gate)
    print(
        f"gate ({args.gate}, check halves): "
        + ("worse\n  " + "\n  ".join(worse) if worse else "ok")
    )
    return 1 if worse else 0


if __name__ == "__main__":
    sys.exit(main())
