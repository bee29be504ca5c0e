"""Milliseconds per page of ``dechaff.clean(bytes, url=...)`` in process, for one or two trees.

Not a test: timings depend on the machine and on what else runs on it. The pages of each
set are read into memory first, then every page is cleaned once a round; a page's time is
its fastest round, and a set's figure the median of those, as the bench runner's median
without the runner's pipe. Usage (from the repo):

    .venv/bin/python benchmarks/timing.py --sets aeb zh-news wcxb
    .venv/bin/python benchmarks/timing.py --tree old=/work/wt-before/src --tree new=src

With two or more trees each runs in its own subprocess and every page is cleaned by
each tree in turn, round after round, so a ratio between them comes from one run and the
trees share the machine's load page by page. ``--stages`` adds the time of each stage of
the pipeline; ``--clock cpu`` takes the thread's CPU time, which the other work on a
busy machine inflates less than the wall clock.
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
from typing import IO, Any

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
    "language.detect_lines": "language",
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


def serve(sets: list[str], data: Path, stages: bool) -> None:
    """Clean the page each line of stdin names ("set index"), one JSON line of ms back."""
    import dechaff

    clean: Callable[..., Any] = dechaff.clean
    spent = _stage_timers() if stages else {}
    tasks = {name: _tasks(data, name) for name in sets}
    print(json.dumps({name: len(pages) for name, pages in tasks.items()}), flush=True)
    for line in sys.stdin:
        name, index = line.split()
        page, url = tasks[name][int(index)]
        spent.clear()
        start = clock()
        clean(page, url=url)
        seconds = clock() - start
        times = {"": seconds} | spent
        print(json.dumps({k: v * 1000 for k, v in times.items()}), flush=True)


def _compare(args: argparse.Namespace) -> None:
    """Every page cleaned by each tree in turn, round after round: the trees share the
    machine's load page by page, and a page's time is its fastest round in each."""
    trees = dict(tree.split("=", 1) for tree in args.tree)
    workers: dict[str, tuple[IO[str], IO[str], subprocess.Popen[str]]] = {}
    for label, src in trees.items():
        command = [sys.executable, __file__, "--serve", "--clock", args.clock]
        command += ["--data", str(args.data), "--sets", *args.sets]
        command += ["--stages"] if args.stages else []
        env = dict(os.environ, PYTHONPATH=src)
        worker = subprocess.Popen(
            command, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert worker.stdin is not None
        assert worker.stdout is not None
        workers[label] = (worker.stdin, worker.stdout, worker)
    sizes = {label: json.loads(out.readline()) for label, (_, out, _) in workers.items()}
    best: dict[str, dict[str, list[float]]] = {label: {} for label in trees}
    order = list(trees)
    for _ in range(args.rounds):
        for name in args.sets:
            count = sizes[order[0]][name]
            for index in range(count):
                order.reverse()  # neither tree always runs first
                for label in order:
                    into, out, _ = workers[label]
                    into.write(f"{name} {index}\n")
                    into.flush()
                    for stage, ms in json.loads(out.readline()).items():
                        key = f"{name} {stage}" if stage else name
                        row = best[label].setdefault(key, [float("inf")] * count)
                        row[index] = min(row[index], ms)
    for into, _, process in workers.values():
        into.close()
        process.wait()
    labels = list(trees)
    runs = f"fastest of {args.rounds} rounds, the trees in turn page by page"
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
    parser.add_argument("--tree", action="append", default=[], help="LABEL=SRC, two or more")
    parser.add_argument("--stages", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
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
    if args.serve:
        serve(args.sets, args.data, args.stages)
        return 0
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
