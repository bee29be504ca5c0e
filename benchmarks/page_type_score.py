#!/usr/bin/env python3
"""Score ``Article.page_type`` against the bench sets, by look / check half.

    PYTHONPATH=src python3 benchmarks/page_type_score.py ../shared/bench/data/wcxb \\
        --sanity ../shared/bench/data/{aeb,trafi-eval,dragnet-train,zh-news}

On a set with ``page_type`` gold (wcxb; its collection and listing are ``listing``, its
service is ``other``) it prints, per half, coverage (pages given a type), precision (right
among those given one), recall (right among all) and the confusion table (rows: gold,
columns: dechaff, ``-`` for None). On the ``--sanity`` sets, mostly articles without type
gold, it prints what share comes out ``article`` and what else.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from halves import HALVES, half_of, records

GOLD_NAMES = {"collection": "listing", "service": "other"}
TYPES = ("article", "forum", "listing", "product", "documentation", "other")


def _clean(folder: Path, record: dict[str, Any]) -> str | None:
    import dechaff

    try:
        found = dechaff.clean((folder / record["file"]).read_bytes(), url=record.get("url"))
    except dechaff.DechaffError:
        return None
    return found.page_type.value if found.page_type else None


def _table(pairs: Counter[tuple[str, str | None]]) -> None:
    total = sum(pairs.values())
    given = sum(n for (_, got), n in pairs.items() if got)
    right = sum(n for (gold, got), n in pairs.items() if got == gold)
    print(
        f"  pages {total}  coverage {given / max(total, 1):.0%}  "
        f"precision {right / max(given, 1):.2f}  recall {right / max(total, 1):.2f}"
    )
    columns = [*TYPES, None]
    print("  | gold \\ dechaff | " + " | ".join(c[:5] if c else "-" for c in columns) + " |")
    print("  |---|" + "---:|" * len(columns))
    for gold in TYPES:
        row = [pairs.get((gold, c), 0) for c in columns]
        if any(row):
            print(f"  | {gold} | " + " | ".join(str(n) for n in row) + " |")


def score(folder: Path) -> None:
    """Print coverage, precision, recall and the confusion table per half."""
    pairs: dict[str, Counter[tuple[str, str | None]]] = {h: Counter() for h in HALVES}
    for record in records(folder):
        gold = str(record["page_type"])
        pairs[half_of(record)][(GOLD_NAMES.get(gold, gold), _clean(folder, record))] += 1
    for half in HALVES:
        print(f"{folder.name}, {half} half:")
        _table(pairs[half])


def sanity(folder: Path) -> None:
    """Print the share of a mostly-article set that comes out article."""
    found: Counter[str | None] = Counter(_clean(folder, r) for r in records(folder))
    total = sum(found.values())
    others = ", ".join(f"{k or '-'} {n}" for k, n in found.most_common() if k != "article")
    print(f"{folder.name}: {total} pages, article {found['article'] / total:.0%} ({others})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", type=Path, help="sets with page_type gold")
    parser.add_argument("--sanity", nargs="*", type=Path, default=[], help="article sets")
    args = parser.parse_args()
    for folder in args.sets:
        score(folder)
    for folder in args.sanity:
        sanity(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
