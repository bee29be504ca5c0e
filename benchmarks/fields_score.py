#!/usr/bin/env python3
"""Precision and recall of the fields that have no gold in the benchmark sets.

Two parts:

- ``description``, ``tags``, ``image``, ``canonical_url``, ``modified`` and ``license``
  against the hand labels of ``benchmarks/labels/fields.jsonl`` (40 pages picked by a hash
  of their file name: 15 wcxb, 10 aeb, 10 trafi-eval, 5 zh-news; and 10 pages whose HTML
  mentions Creative Commons, labelled for ``license`` only). A label lists the acceptable
  values (a page's og:image and twitter:image may both be its lead image), or null;
  ``labelled`` names the fields it covers;
- ``authors`` (and ``author``, for comparison) against the gold ``author`` of the sets
  that have one, as a name set (the normalisation of ``../shared/bench/score.py``).

Precision is right values / values set, recall right values / values in the labels (a
tag counts one value; a page's modified time is right on the same minute, or the same
day when the label gives a day)::

    PYTHONPATH=src python3 benchmarks/fields_score.py [--data ../shared/bench/data]
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
LABELS = HERE / "labels" / "fields.jsonl"
FIELDS = ("description", "tags", "image", "canonical_url", "modified", "license")
AUTHOR_SETS = ("trafi-eval", "wcxb", "zh-news", "zh-gbk", "zh-cwced", "text")
_WS = re.compile(r"\s+")
_AUTHOR_SPLIT = re.compile(r"\s*(?:[;,&|/、，]|\band\b|\bund\b|\bet\b|\by\b)\s*", re.I)


_CJK_SPACED = re.compile(r"[\u3400-\u9fff·]{2,}(?: [\u3400-\u9fff·]{2,})+")


def norm_authors(value: Any) -> frozenset[str]:
    """A name set, as ``../shared/bench/score.py`` makes it, with 、 and ， as separators
    too and CJK names parted by spaces ("刘玺东 易赛楠") split, in the gold as in the
    output (``authors`` lists them apart)."""
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(x) for x in value if x)
    text = _WS.sub(" ", unicodedata.normalize("NFKC", value or "")).strip().casefold()
    text = re.sub(r"^(by|von|par|por)\s+", "", text)
    parts = (_WS.sub(" ", p).strip(" .") for p in _AUTHOR_SPLIT.split(text))
    names = (n for p in parts for n in (p.split() if _CJK_SPACED.fullmatch(p) else [p]))
    return frozenset(n for n in names if n)


def _gold(data: Path, name: str) -> dict[str, dict[str, Any]]:
    with open(data / name / "gold.jsonl", encoding="utf-8") as lines:
        return {r["id"]: r for r in map(json.loads, lines)}


def _clean(data: Path, name: str, record: dict[str, Any]) -> dict[str, Any]:
    import dechaff

    return dechaff.clean(data / name / record["file"], url=record.get("url")).to_dict()


def _norm(text: str) -> str:
    return _WS.sub(" ", text).strip().casefold()


def _same_time(found: str, label: str) -> bool:
    got, want = datetime.fromisoformat(found), datetime.fromisoformat(label)
    if len(label) <= len("2019-11-18"):
        return got.date() == want.date()
    if (got.tzinfo is None) != (want.tzinfo is None):
        got, want = got.replace(tzinfo=None), want.replace(tzinfo=None)
    return abs((got - want).total_seconds()) < 60


def _score(field: str, found: Any, label: Any) -> tuple[int, int, int]:
    """(right, set, labelled) for one page."""
    if field == "tags":
        got = {_norm(t) for t in found}
        want = {_norm(t) for t in label}
        return len(got & want), len(got), len(want)
    if field == "modified":
        right = bool(found and label and _same_time(found, label))
        return int(right), int(bool(found)), int(bool(label))
    right = bool(found and label and _norm(found) in {_norm(v) for v in label})
    return int(right), int(bool(found)), int(bool(label))


def _row(name: str, right: int, made: int, wanted: int) -> str:
    precision = f"{right / made:.2f}" if made else "–"
    recall = f"{right / wanted:.2f}" if wanted else "–"
    return f"| {name} | {wanted} | {made} | {right} | {precision} | {recall} |"


def labelled(data: Path, verbose: bool) -> list[str]:
    """The table of the labelled fields, per field and per set."""
    totals: dict[tuple[str, str], list[int]] = {}
    golds: dict[str, dict[str, dict[str, Any]]] = {}
    with open(LABELS, encoding="utf-8") as lines:
        labels = [json.loads(line) for line in lines if line.strip()]
    for label in labels:
        name = label["set"]
        gold = golds.setdefault(name, _gold(data, name))
        article = _clean(data, name, gold[label["id"]])
        for field in label["labelled"]:
            right, made, wanted = _score(field, article[field], label[field])
            if verbose and (right != made or right != wanted):
                print(f"  {field} {name}/{label['id']}: {article[field]!r} vs {label[field]!r}")
            for key in ((field, name), (field, "all")):
                total = totals.setdefault(key, [0, 0, 0])
                for i, n in enumerate((right, made, wanted)):
                    total[i] += n
    rows = [
        "| field / set | labelled | set | right | precision | recall |",
        "|---|--:|--:|--:|--:|--:|",
    ]
    for field in FIELDS:
        for (f, name), (right, made, wanted) in sorted(totals.items()):
            if f == field:
                rows.append(_row(f"{field} {name}", right, made, wanted))
    return rows


def authors(data: Path, sets: Iterable[str]) -> list[str]:
    """The table of ``authors`` and ``author`` against the gold author, per set."""
    rows = [
        "| field / set | gold | set | right | precision | recall |",
        "|---|--:|--:|--:|--:|--:|",
    ]
    for name in sets:
        counts = {"authors": [0, 0, 0], "author": [0, 0, 0]}
        for record in _gold(data, name).values():
            want = norm_authors(record.get("author"))
            if not want:
                continue
            article = _clean(data, name, record)
            for field, count in counts.items():
                got = norm_authors(article[field])
                count[0] += int(bool(got) and got == want)
                count[1] += int(bool(got))
                count[2] += 1
        for field, (right, made, wanted) in counts.items():
            rows.append(_row(f"{field} {name}", right, made, wanted))
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=HERE.parent.parent / "shared/bench/data")
    parser.add_argument("--verbose", action="store_true", help="print every miss")
    args = parser.parse_args()
    print("\n".join(labelled(args.data, args.verbose)))
    print()
    print("\n".join(authors(args.data, AUTHOR_SETS)))


if __name__ == "__main__":
    main()
