"""Milliseconds per page of ``dechaff.clean(bytes, url=...)`` in process, for one or two trees.

Not a test: timings depend on the machine and on what else runs on it. The pages of each
set are read into memory first, then every page is cleaned once a round; a page's time is
its fastest round, and a set's figure the median of those, as the bench runner's median
without the runner's pipe. Usage (from the repo):

    .venv/bin/python benchmarks/timing.py --sets aeb zh-news wcxb
    .venv/bin/python benchmarks/timing.py --tree old=/work/wt-before/src --tree new=src

With two or more trees each turn runs every tree in its own subprocess, one after the
other, so a ratio between them comes from one run and shares its noise; ``--turns`` takes
a page's fastest time over the turns. ``--stages`` adds the time of each pipeline stage
(the current tree only, in process).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "bench" / "data"
# pipeline functions timed by --stages: name in dechaff.pipeline -> stage
STAGES = {
    "segment": "segment",
    "read_markup": "markup",
    "label": "label",
    "_second_opinion": "second opinion",
    "metadata.extract": "fields",
    "page_type": "page type",
    "comments": "comments",
    "_structure": "structure",
    "assemble": "assemble (with structure)",
    "language.detect": "language",
    "lexicon.for_language": "lexicon",
    "Article": "Article()",
}


def _tasks(data: Path, name: str) -> list[tuple[bytes, str | None]]:
    tasks = []
    with open(data / name / "gold.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                gold = json.loads(line)
                path = data / name / (gold.get("file") or f"docs/{gold['id']}.html")
                tasks.append((path.read_bytes(), gold.get("url")))
    return tasks


STATS = {"median": statistics.median, "mean": statistics.mean}
CLOCKS = {"wall": time.perf_counter, "cpu": time.thread_time}
clock = time.perf_counter


def _wrap(owner: Any, attr: str, stage: str, spent: dict[str, float]) -> None:
    inner = getattr(owner, attr)

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = clock()
        try:
            return inner(*args, **kwargs)
        finally:
            spent[stage] = spent.get(stage, 0.0) + clock() - start

    setattr(owner, attr, timed)


def _stage_timers() -> dict[str, float]:
    from dechaff import api, pipeline

    spent: dict[str, float] = {}
    _wrap(api, "load", "read", spent)
    for name, stage in STAGES.items():
        owner: Any = pipeline
        *path, attr = name.split(".")
        for part in path:
            owner = getattr(owner, part)
        if hasattr(owner, attr):
            _wrap(owner, attr, stage, spent)
    return spent


def measure(sets: list[str], rounds: int, data: Path, stages: bool) -> dict[str, Any]:
    """Per set: every page's fastest round (ms), and with stages each stage's median (ms)."""
    import dechaff

    clean: Callable[..., Any] = dechaff.clean
    spent = _stage_timers() if stages else {}
    out: dict[str, Any] = {}
    for name in sets:
        tasks = _tasks(data, name)
        best = [float("inf")] * len(tasks)
        stage_best: dict[str, list[float]] = {}
        for _ in range(rounds):
            for i, (page, url) in enumerate(tasks):
                spent.clear()
                start = clock()
                clean(page, url=url)
                seconds = clock() - start
                best[i] = min(best[i], seconds * 1000)
                for stage, s in spent.items():
                    row = stage_best.setdefault(stage, [float("inf")] * len(tasks))
                    row[i] = min(row[i], s * 1000)
        out[name] = {"pages": best, "stages": stage_best}
    return out


def _in_subprocess(src: str, args: argparse.Namespace) -> dict[str, Any]:
    env = dict(os.environ, PYTHONPATH=src)
    command = [sys.executable, __file__, "--json", "--rounds", str(args.rounds)]
    command += ["--data", str(args.data), "--sets", *args.sets]
    command += ["--stages"] if args.stages else []
    command += ["--clock", args.clock]
    done = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def _compare(args: argparse.Namespace) -> None:
    trees = dict(tree.split("=", 1) for tree in args.tree)
    best: dict[str, dict[str, list[float]]] = {}
    for _ in range(args.turns):
        for label, src in trees.items():
            result = _in_subprocess(src, args)
            for name, times in result.items():
                rows = {"": times["pages"]} | {f"{name} {k}": v for k, v in times["stages"].items()}
                for row, pages in rows.items():
                    key = row or name
                    prior = best.setdefault(label, {}).get(key)
                    best[label][key] = pages if prior is None else list(map(min, prior, pages))
    labels = list(trees)
    runs = f"fastest of {args.rounds} rounds x {args.turns} turns"
    print(f"{args.stat} ms per page ({args.clock}), {runs}\n")
    print(
        "| set | "
        + " | ".join(labels)
        + " | "
        + " | ".join(f"{x}/{labels[0]}" for x in labels[1:])
        + " |"
    )
    print("|---|" + "---:|" * (2 * len(labels) - 1))
    keys = list(dict.fromkeys(key for label in labels for key in best[label]))
    for name in keys:
        medians = [STATS[args.stat](best[label].get(name) or [0.0]) for label in labels]
        ratios = [f"{m / medians[0]:.3f}" if medians[0] else "" for m in medians[1:]]
        cells = [f"{m:.2f}" for m in medians] + ratios
        print(f"| {name} | " + " | ".join(cells) + " |")


def main() -> int:
    """Time the trees and print a Markdown table (or the raw figures with --json)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--sets", nargs="+", default=["aeb"])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--turns", type=int, default=2)
    parser.add_argument("--tree", action="append", default=[], help="LABEL=SRC, two or more")
    parser.add_argument("--stages", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--stat", choices=list(STATS), default="median", help="over the pages")
    parser.add_argument(
        "--clock",
        choices=list(CLOCKS),
        default="wall",
        help="cpu: this thread's CPU time, less hit by other work on the machine",
    )
    args = parser.parse_args()
    global clock
    clock = CLOCKS[args.clock]
    if args.tree:
        _compare(args)
        return 0
    result = measure(args.sets, args.rounds, args.data, args.stages)
    if args.json:
        print(json.dumps(result))
        return 0
    for name, times in result.items():
        print(f"{name}: median {statistics.median(times['pages']):.2f} ms per page")
        for stage, row in sorted(times["stages"].items(), key=lambda item: -sum(item[1])):
            median, mean = statistics.median(row), statistics.mean(row)
            print(f"  {stage:16} median {median:6.3f}  mean {mean:6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
