"""Worst-case time and peak memory of clean() on each class of hostile input (issue 6).

    python benchmarks/hostile.py [--scale 1.0] [--repeat 1] [--only NAME ...] [--markdown]

Every case of tests/hostile/cases.py runs at full size in a fresh subprocess, so that its
peak RSS (``ru_maxrss``) is its own: the input, as built, included. Prints one row a case:
outcome, seconds to build and clean it, peak RSS, and the baseline RSS (the interpreter
with dechaff and its lexicons loaded). Exit status 1 when a case
gets another outcome than the catalogue expects, or exceeds the bounds below.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

# The bounds docs/robustness.md states: seconds in clean() and peak RSS of the process.
MAX_SECONDS = 60.0
MAX_RSS_MB = 2048.0
CHILD_TIMEOUT = 900.0


def child(name: str, scale: float) -> dict[str, object]:
    """Run one case here (in the subprocess) and measure it."""
    from dechaff.label import lexicon
    from hostile.cases import BY_NAME
    from hostile.run import outcome

    case = BY_NAME[name]
    lexicon.load()  # the baseline: interpreter, dechaff and its lexicons
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    start = time.perf_counter()
    try:
        result = outcome(case, scale)
    except AssertionError as exc:
        result = f"WRONG: {exc}"[:200]
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"case": name, "outcome": result, "seconds": seconds, "rss": peak, "baseline": before}


def measure(name: str, scale: float) -> dict[str, object]:
    """Run one case in a fresh interpreter."""
    try:
        done = subprocess.run(
            [sys.executable, __file__, "--child", name, "--scale", str(scale)],
            capture_output=True,
            text=True,
            timeout=CHILD_TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return {"case": name, "outcome": "HANG", "seconds": CHILD_TIMEOUT, "rss": 0.0}
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or ["?"]
        return {"case": name, "outcome": f"CRASH: {tail[0]}", "seconds": 0.0, "rss": 0.0}
    row: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return row


def main() -> int:
    """Measure the catalogue and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=1, help="runs a case; the worst is kept")
    parser.add_argument("--only", nargs="*", default=None, help="case names")
    parser.add_argument("--markdown", action="store_true", help="a Markdown table")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.scale)))
        return 0
    from hostile.cases import CASES

    cases = [c for c in CASES if args.only is None or c.name in args.only]
    bad = 0
    if args.markdown:
        print("| class | input | outcome | worst s | peak RSS MB | baseline MB |")
        print("|---|---|---|---:|---:|---:|")
    for case in cases:
        rows = [measure(case.name, args.scale) for _ in range(args.repeat)]
        row = max(rows, key=lambda r: float(str(r["seconds"])))
        seconds, rss = float(str(row["seconds"])), float(str(row["rss"]))
        verdict = str(row["outcome"])
        over = seconds > MAX_SECONDS or rss > MAX_RSS_MB
        if verdict.startswith(("WRONG", "CRASH", "HANG")) or over:
            bad += 1
        if args.markdown:
            print(
                f"| {case.name} | {case.what} | {verdict} | {seconds:.2f} | {rss:.0f}"
                f" | {float(str(row.get('baseline', 0.0))):.0f} |",
                flush=True,
            )
        else:
            print(
                f"{case.name:24} {verdict[:40]:40} {seconds:8.2f} s {rss:7.0f} MB"
                + ("  OVER BOUND" if over else ""),
                flush=True,
            )
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
