#!/usr/bin/env python3
"""Clean every saved page under some folders into one JSON Lines file, and say how it went.

    python examples/clean_folder.py 'samples/*.txt' examples/pages -o /tmp/articles.jsonl

The same as ``dechaff clean 'samples/*.txt' examples/pages -o /tmp/articles.jsonl``, in Python.
"""

from __future__ import annotations

import argparse
from collections import Counter

import dechaff


def main() -> None:
    """Clean the folders; print one line per page and a count per status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folders", nargs="+", help="folders, files or quoted glob patterns")
    parser.add_argument("-o", "--output", default="articles.jsonl")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    statuses: Counter[str] = Counter()
    with open(args.output, "w", encoding="utf-8") as out:
        for result in dechaff.clean_many(args.folders, workers=args.workers):
            out.write(result.to_json() + "\n")
            statuses[result.status] += 1
            article = result.article
            if article is not None:
                print(f"{result.input}: {article.title!r}, {len(article.paragraphs)} paragraphs")
            else:
                print(f"{result.input}: {result.status} ({result.reason or result.message})")
    print(f"wrote {args.output}: {dict(statuses)}")


if __name__ == "__main__":
    main()
