#!/usr/bin/env python3
"""Title, author and published date on article pages written in the markup of common CMS
themes (WordPress default and news themes, Ghost, Drupal, Hugo, Jekyll, Blogger, exports):
how many come out right, and the wrong ones (an empty field counts apart from a wrong one).

The pages are made by ``benchmarks/themes/pages.py`` with invented text; they are no bench
set and no half of one, so they may be read and debugged freely::

    PYTHONPATH=src python3 benchmarks/theme_score.py [-v]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.fields_score import norm_authors
from benchmarks.themes.pages import Theme, all_pages

import dechaff

FIELDS = ("title", "author", "published")


def verdicts(theme: Theme) -> dict[str, tuple[str, str, str]]:
    """Per field: ("right" | "wrong" | "empty", found, expected)."""
    article = dechaff.clean(theme.html.encode(), url=theme.url or None)
    day = article.published.date().isoformat() if article.published else None
    found = {"title": article.title, "author": article.author, "published": day}
    expected = {
        "title": theme.title,
        "author": ", ".join(theme.author) if theme.author else None,
        "published": theme.published,
    }
    out: dict[str, tuple[str, str, str]] = {}
    for field in FIELDS:
        got, want = found[field], expected[field]
        if field == "author":
            same = norm_authors(got or "") == norm_authors(want or "")
        else:
            same = " ".join((got or "").split()) == " ".join((want or "").split())
        verdict = "right" if same else "empty" if not got else "wrong"
        out[field] = (verdict, str(got), str(want))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    args = parser.parse_args()
    counts = {f: {"right": 0, "wrong": 0, "empty": 0} for f in FIELDS}
    pages = all_pages()
    for theme in pages:
        for field, (verdict, got, want) in verdicts(theme).items():
            counts[field][verdict] += 1
            if args.verbose and verdict != "right":
                print(f"{theme.name:22} {field:9} {verdict:5} got {got!r} want {want!r}")
    print(f"{len(pages)} pages")
    for field in FIELDS:
        c = counts[field]
        print(f"{field:9} right {c['right']:2}  wrong {c['wrong']:2}  empty {c['empty']:2}")


if __name__ == "__main__":
    main()
