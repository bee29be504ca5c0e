#!/usr/bin/env python3
"""Write every dev page's Article as JSON Lines, or compare two such snapshots.

A refactor that must not change what dechaff returns is checked by a snapshot before
and one after, in C and in pure Python (``DECHAFF_PURE_PYTHON=1``)::

    PYTHONPATH=src python3 benchmarks/snapshot.py write ../shared/bench/data/* -o before.jsonl
    PYTHONPATH=src python3 benchmarks/snapshot.py write ../shared/bench/data/* -o after.jsonl
    python3 benchmarks/snapshot.py diff before.jsonl after.jsonl
    python3 benchmarks/snapshot.py diff before.jsonl after.jsonl --only paragraphs,removed

``--only`` compares some fields of the Article (a change that adds fields leaves the
others as they were).

A line is ``{"set", "id", "article"}`` with ``Article.to_dict()``, or ``"error"`` with the
exception's type and message when ``clean`` raised.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def _pages(folder: Path) -> Iterator[tuple[str, Path, str | None]]:
    with open(folder / "gold.jsonl", encoding="utf-8") as gold:
        for line in gold:
            record = json.loads(line)
            yield record["id"], folder / record["file"], record.get("url")


def write(folders: list[Path], out: Path) -> int:
    """Clean every page of the sets in ``folders`` and write one line per page."""
    import dechaff

    count = 0
    with open(out, "w", encoding="utf-8") as sink:
        for folder in folders:
            for page_id, path, url in _pages(folder):
                entry: dict[str, Any] = {"set": folder.name, "id": page_id}
                try:
                    entry["article"] = dechaff.clean(path.read_bytes(), url=url).to_dict()
                except Exception as error:  # recorded, and compared like any output
                    entry["error"] = f"{type(error).__name__}: {error}"
                sink.write(json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n")
                count += 1
    return count


def _load(path: Path, only: list[str] | None) -> dict[tuple[str, str], str]:
    with open(path, encoding="utf-8") as source:
        entries = [json.loads(line) for line in source]
    if only:
        for entry in entries:
            if "article" in entry:
                entry["article"] = {key: entry["article"].get(key) for key in only}
    return {(e["set"], e["id"]): json.dumps(e, sort_keys=True) for e in entries}


def diff(before: Path, after: Path, only: list[str] | None = None) -> int:
    """Print the pages whose output differs (in the ``only`` fields, if given); how many."""
    old, new = _load(before, only), _load(after, only)
    changed = sorted(key for key in old.keys() | new.keys() if old.get(key) != new.get(key))
    for set_name, page_id in changed:
        print(f"differs: {set_name}/{page_id}")
    print(f"{len(old)} pages before, {len(new)} after, {len(changed)} differ")
    return len(changed)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    writing = commands.add_parser("write", help="clean every page of the sets")
    writing.add_argument("sets", nargs="+", type=Path, help="bench set folders (gold.jsonl, docs/)")
    writing.add_argument("-o", "--out", type=Path, required=True)
    comparing = commands.add_parser("diff", help="compare two snapshots")
    comparing.add_argument("before", type=Path)
    comparing.add_argument("after", type=Path)
    comparing.add_argument("--only", help="compare these Article fields (comma-separated)")
    args = parser.parse_args()
    if args.command == "write":
        print(f"{write(args.sets, args.out)} pages written to {args.out}")
        return 0
    only = args.only.split(",") if args.only else None
    return 1 if diff(args.before, args.after, only) else 0


if __name__ == "__main__":
    sys.exit(main())
