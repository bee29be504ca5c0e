#!/usr/bin/env python3
"""Score dechaff on the forum-engine fixtures (tests/fixtures/forums/): thread pages of our
own text in the markup of each engine's default template (phpBB, XenForo, Discourse, SMF,
vBulletin, MyBB, NodeBB, a Stack Exchange question, an old-style Reddit comments page,
Discuz!, a Tieba-like thread), each with a ``.gold.txt`` of what wcxb's convention keeps:
every post's text, a reply's quote of an earlier post too (as wcxb's look forum gold does).

    PYTHONPATH=src python3 benchmarks/forum_fixtures.py [--lines] [NAME ...]

Prints token P/R/F1 per page (the bench scorer's tokens) and the mean F1; ``--lines`` adds
the body lines mostly absent from the gold (+) and the gold lines mostly absent from the
body (-).
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from halves import load_scorer
from shop_fixtures import _apart

import dechaff

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "forums"
BENCH = ROOT.parent / "shared" / "bench"
URL = "https://forum.example/threads/{name}.412/"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="fixture names (default: all)")
    parser.add_argument("--lines", action="store_true", help="show the lines that differ")
    parser.add_argument("--bench", type=Path, default=BENCH, help="the shared bench folder")
    args = parser.parse_args()
    scorer = load_scorer(args.bench)
    names = args.names or sorted(p.stem for p in FIXTURES.glob("*.html"))
    scores = []
    for name in names:
        gold = (FIXTURES / f"{name}.gold.txt").read_text(encoding="utf-8")
        page = (FIXTURES / f"{name}.html").read_bytes()
        body = dechaff.clean(page, url=URL.format(name=name)).body
        found, wanted = Counter(scorer.tokenize(body)), Counter(scorer.tokenize(gold))
        p, r, f = scorer.prf(found, wanted)
        scores.append(f)
        print(f"{name:24} P {p:.3f} R {r:.3f} F1 {f:.3f}")
        if args.lines:
            for line in _apart(body, wanted, scorer.tokenize):
                print(f"    + {line[:100]}")
            for line in _apart(gold, found, scorer.tokenize):
                print(f"    - {line[:100]}")
    print(f"mean F1 {sum(scores) / len(scores):.3f} over {len(scores)} pages")


if __name__ == "__main__":
    main()
