#!/usr/bin/env python3
"""Score dechaff on the list-page fixtures (tests/fixtures/lists/): archive, tag, search and
section pages of our own text in the markup of CMS and site-generator templates (WordPress,
Ghost, Hugo, Jekyll, Drupal views, DedeCMS, a news river), each with a ``.gold.txt`` of what
wcxb's convention keeps (each entry's title, summary, date and writer; no menus, sidebars or
pagination).

    PYTHONPATH=src python3 benchmarks/list_fixtures.py [--lines] [NAME ...]
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from halves import load_scorer
from shop_fixtures import BENCH, ROOT, _apart

import dechaff

FIXTURES = ROOT / "tests" / "fixtures" / "lists"


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
        article = dechaff.clean((FIXTURES / f"{name}.html").read_bytes())
        body = article.body
        found, wanted = Counter(scorer.tokenize(body)), Counter(scorer.tokenize(gold))
        p, r, f = scorer.prf(found, wanted)
        scores.append(f)
        print(f"{name:24} P {p:.3f} R {r:.3f} F1 {f:.3f}  {article.page_type}")
        if args.lines:
            for line in _apart(body, wanted, scorer.tokenize):
                print(f"    + {line[:100]}")
            for line in _apart(gold, found, scorer.tokenize):
                print(f"    - {line[:100]}")
    print(f"mean F1 {sum(scores) / len(scores):.3f} over {len(scores)} pages")


if __name__ == "__main__":
    main()
