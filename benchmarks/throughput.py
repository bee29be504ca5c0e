"""Pages per second of ``dechaff clean`` with 1 and 2 workers, beside trafilatura's own CLI.

Not a test: timings depend on the machine and on what else runs on it. Usage (from the repo):

    .venv/bin/python benchmarks/throughput.py \\
        --data ../shared/bench/data --trafilatura /tmp/dechaff-bench/peers/bin/trafilatura

Every file under DATA/*/docs is linked into one temporary folder, and each command cleans
that folder once (``--repeat`` to take the best of several runs), writing to a scratch output.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _pages(data: Path, into: Path) -> int:
    count = 0
    for docs in sorted(data.glob("*/docs")):
        for page in sorted(docs.iterdir()):
            (into / f"{docs.parent.name}-{page.name}").symlink_to(page.resolve())
            count += 1
    return count


def _best(command: list[str], repeat: int, scratch: Path) -> float:
    best = float("inf")
    for _ in range(repeat):
        shutil.rmtree(scratch, ignore_errors=True)
        scratch.mkdir()
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    """Run the commands and print a Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "bench" / "data")
    parser.add_argument("--trafilatura", default="/tmp/dechaff-bench/peers/bin/trafilatura")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    dechaff = [sys.executable, "-m", "dechaff", "clean", "-q"]
    with tempfile.TemporaryDirectory() as tmp:
        pages_dir, scratch = Path(tmp, "pages"), Path(tmp, "out")
        pages_dir.mkdir()
        pages = _pages(args.data, pages_dir)
        rows: list[tuple[str, float]] = []
        for workers in args.workers:
            out = str(scratch / "out.jsonl")
            command = [*dechaff, str(pages_dir), "-o", out, "--workers", str(workers)]
            seconds = _best(command, args.repeat, scratch)
            rows.append((f"dechaff clean --workers {workers}", seconds))
        if args.trafilatura and os.path.exists(args.trafilatura):
            command = [args.trafilatura, "--input-dir", str(pages_dir), "--output-dir"]
            command += [str(scratch), "--parallel", "2"]
            rows.append(("trafilatura --parallel 2", _best(command, args.repeat, scratch)))
    print(f"{pages} pages from {args.data}, {os.cpu_count()} CPUs\n")
    print("| command | seconds | pages/s |")
    print("|---|---:|---:|")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.1f} | {pages / seconds:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
