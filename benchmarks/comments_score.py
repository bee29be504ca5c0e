#!/usr/bin/env python3
"""Score ``Article.comments`` against the bench sets with comment gold, by look / check half.

    PYTHONPATH=src python3 benchmarks/comments_score.py \\
        ../shared/bench/data/dragnet-train ../shared/bench/data/trafi-eval

Tokens are lowercased ``\\w+`` runs. A gold comment is a paragraph of ``gold_comments``
(dragnet-train; paragraphs of fewer than 5 tokens, the "name date" heads, are left out)
or a snippet of ``meta.comments`` (trafi-eval). Precision: the share of extracted comments
with at least half their tokens in the page's gold comment text (dragnet-train only: the
trafi-eval snippets are too partial to judge what else is a comment). Recall: the share of
gold comments with at least half their tokens among the extracted comments' tokens. Pages
without comment gold are counted apart: comments found there are not scored, only counted.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from halves import HALVES, half_of, records

_TOKEN = re.compile(r"\w+")
MIN_GOLD_TOKENS = 5
OVERLAP = 0.5


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text.lower())


def _gold(record: dict[str, Any]) -> list[str]:
    """The page's gold comments (paragraphs or snippets)."""
    if record.get("gold_comments"):
        parts = re.split(r"\n\s*\n", str(record["gold_comments"]))
        return [p for p in parts if len(_tokens(p)) >= MIN_GOLD_TOKENS]
    meta = record.get("meta") or {}
    return [str(s) for s in meta.get("comments") or [] if _tokens(str(s))]


def _share_in(tokens: list[str], bag: Counter[str] | set[str]) -> float:
    return sum(1 for t in tokens if t in bag) / max(len(tokens), 1)


def _page(folder: Path, record: dict[str, Any], tally: Counter[str]) -> None:
    import dechaff

    try:
        found = dechaff.clean((folder / record["file"]).read_bytes(), url=record.get("url"))
    except dechaff.DechaffError:
        found = None
    texts = [c.text for c in found.comments] if found else []
    gold = _gold(record)
    if not gold:
        tally["pages without gold"] += 1
        tally["comments on pages without gold"] += len(texts)
        tally["pages without gold given comments"] += bool(texts)
        return
    tally["pages with gold"] += 1
    extracted = {t for text in texts for t in _tokens(text)}
    tally["gold comments"] += len(gold)
    tally["gold found"] += sum(_share_in(_tokens(g), extracted) >= OVERLAP for g in gold)
    if "gold_comments" in record:
        bag = set(_tokens(" ".join(gold)))
        tally["extracted"] += len(texts)
        tally["extracted right"] += sum(_share_in(_tokens(t), bag) >= OVERLAP for t in texts)
        tally["with author"] += sum(1 for c in found.comments if c.author) if found else 0
        tally["with time"] += sum(1 for c in found.comments if c.published) if found else 0


def score(folder: Path) -> None:
    """Print precision and recall per half."""
    tallies: dict[str, Counter[str]] = {h: Counter() for h in HALVES}
    for record in records(folder):
        _page(folder, record, tallies[half_of(record)])
    for half in HALVES:
        t = tallies[half]
        recall = t["gold found"] / max(t["gold comments"], 1)
        line = f"{folder.name}, {half} half: {t['pages with gold']} pages with gold, "
        line += f"recall {recall:.2f} ({t['gold found']}/{t['gold comments']})"
        if t["extracted"]:
            precision = t["extracted right"] / t["extracted"]
            line += f", precision {precision:.2f} ({t['extracted right']}/{t['extracted']})"
            line += f", with author {t['with author'] / t['extracted']:.0%}"
            line += f", with time {t['with time'] / t['extracted']:.0%}"
        line += (
            f"; {t['pages without gold']} pages without gold: "
            f"{t['pages without gold given comments']} given comments "
            f"({t['comments on pages without gold']} comments)"
        )
        print(line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path)
    for folder in parser.parse_args().sets:
        score(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
