#!/usr/bin/env python3
"""Precision and recall of the gold fields (title, published, author, source, site name),
per bench set and per look / check half, in process.

For every set with field gold (trafi-eval, wcxb, zh-news, zh-gbk, text, zh-cwced; aeb
and dragnet-train have none) each page is cleaned with ``dechaff.clean(bytes, url=...)``
and its fields compared with the gold:

- ``title``: exact after NFKC and whitespace normalisation (``../shared/bench/score.py``);
- ``published``: the same calendar day (score.py's day parser on both sides);
- ``author``: the same name set (``fields_score.norm_authors``: score.py's split, plus
  、 and ， and CJK names parted by spaces);
- ``source`` (gold ``source_field``) and ``site_name``: exact after NFKC, whitespace and
  case folding.

Titles get a second, typographic reading, column ``P~`` (right / set): equal after case
folding, curly quotes and apostrophes made straight, guillemets and low quotes dropped,
dashes made hyphens and soft hyphens removed. The gold of trafi-eval and wcxb was copied
from the rendered page, so a headline styled ``text-transform: uppercase`` is in capitals
there and the page's ``’`` is often typed ``'``; ``P~`` says how many of the strict misses
are only that. ``P`` stays the figure the issue's target is read on.

Columns: ``gold`` pages whose gold has the field, ``set`` of those where dechaff set it,
``right``, ``P`` = right / set, ``R`` = right / gold, ``extra`` fields set on pages whose
gold says there is none, and ``P*`` = right / (set + extra). The gold says so only on the
pages labelled exhaustively by the spec (zh-news, zh-gbk and the zh pages of text: no
author in the gold means the page names none) and for zh-cwced's author (UNKNOWN);
trafi-eval and wcxb label a field only where the annotator knew it, so a field set where
their gold is empty is not known to be wrong and is not counted::

    PYTHONPATH=src python3 benchmarks/metadata_score.py [--sets zh-news,zh-cwced] \\
        [--save fields.jsonl | --load fields.jsonl] [--errors look] [--fields author,title]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

from fields_score import norm_authors
from halves import HALVES, half_of, load_scorer, records

HERE = Path(__file__).resolve().parent
DATA = HERE.parent.parent / "shared" / "bench" / "data"
SETS = ("trafi-eval", "wcxb", "zh-news", "zh-gbk", "text", "zh-cwced")
# field -> the gold key holding it
GOLD_KEYS = {
    "title": "title",
    "published": "date",
    "author": "author",
    "source": "source_field",
    "site_name": "site_name",
}
_WS = re.compile(r"\s+")
# typographic variants a copied gold title may differ in: quotes, dashes, soft hyphens
_TYPO = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
)
_DROPPED = re.compile('[\u00ab\u00bb\u201e\u201a\u00ad"]')


def _plain(value: Any) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFKC", str(value or ""))).strip().casefold()


def typographic(value: Any) -> str:
    """A title with case, quote, dash and soft-hyphen variants folded (the ``P~`` column)."""
    folded = unicodedata.normalize("NFKC", str(value or "")).translate(_TYPO)
    return _WS.sub(" ", _DROPPED.sub("", folded)).strip(" .").casefold()


def comparers(score: ModuleType) -> dict[str, Callable[[Any, Any], bool]]:
    """For each field: whether a found value equals the gold one."""
    return {
        "title": lambda got, want: score.norm_title(got) == score.norm_title(want),
        "published": lambda got, want: score.parse_day(got) == score.parse_day(want),
        "author": lambda got, want: norm_authors(got) == norm_authors(want),
        "source": lambda got, want: _plain(got) == _plain(want),
        "site_name": lambda got, want: _plain(got) == _plain(want),
    }


def _has(field: str, value: Any) -> bool:
    if field == "author":
        return bool(norm_authors(value))
    return bool(value and str(value).strip())


def extracted(data: Path, name: str) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(gold record, the fields dechaff found) for every page of a set."""
    import dechaff

    for record in records(data / name):
        page = (data / name / record["file"]).read_bytes()
        try:
            found = dechaff.clean(page, url=record.get("url")).to_dict()
        except dechaff.DechaffError as error:
            found = {"error": str(error)}
        yield record, {f: found.get(f) for f in (*GOLD_KEYS, "error")}


def exhaustive(record: dict[str, Any], field: str) -> bool:
    """Whether the gold's silence on a field says the page has none: the pages labelled by
    the spec (zh-news, zh-gbk, the zh pages of text carry a ``confidence``), and zh-cwced's
    author, where the annotator wrote UNKNOWN (``author_raw``)."""
    if record.get("confidence") is not None:
        return True
    return field == "author" and record.get("author_raw") is not None


def loaded(data: Path, name: str, path: Path) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(gold record, fields) for every page of a set, from a file ``--save`` wrote."""
    with open(path, encoding="utf-8") as lines:
        saved = {(r["set"], r["id"]): r for r in map(json.loads, lines)}
    for record in records(data / name):
        yield record, saved.get((name, record["id"]), {})


def tally(
    pages: list[tuple[dict[str, Any], dict[str, Any]]],
    same: dict[str, Callable[[Any, Any], bool]],
) -> dict[tuple[str, str], list[int]]:
    """(field, half) -> [gold, set, right, extra, right read typographically]."""
    counts: dict[tuple[str, str], list[int]] = {}
    for record, found in pages:
        half = half_of(record)
        for field, key in GOLD_KEYS.items():
            want, got = record.get(key), found.get(field)
            count = counts.setdefault((field, half), [0, 0, 0, 0, 0])
            if not _has(field, want):
                count[3] += int(_has(field, got) and exhaustive(record, field))
                continue
            count[0] += 1
            count[1] += int(_has(field, got))
            count[2] += int(_has(field, got) and same[field](got, want))
            count[4] += int(_has(field, got) and _typographic_same(field, got, want, same))
    return counts


def _typographic_same(
    field: str, got: Any, want: Any, same: dict[str, Callable[[Any, Any], bool]]
) -> bool:
    if field != "title":
        return same[field](got, want)
    return same[field](got, want) or typographic(got) == typographic(want)


def _ratio(top: int, bottom: int) -> str:
    return f"{top / bottom:.2f}" if bottom else "–"


def table(name: str, counts: dict[tuple[str, str], list[int]]) -> list[str]:
    """The Markdown rows of one set: a row per field and half with gold or a value set."""
    rows = []
    for field in GOLD_KEYS:
        for half in HALVES:
            gold, made, right, extra, loose = counts.get((field, half), [0, 0, 0, 0, 0])
            if not gold and not extra:
                continue
            rows.append(
                f"| {name} | {field} | {half} | {gold} | {made} | {right} | "
                f"{_ratio(right, made)} | {_ratio(right, gold)} | {extra} | "
                f"{_ratio(right, made + extra)} | {_ratio(loose, made)} |"
            )
    return rows


def errors(
    pages: list[tuple[dict[str, Any], dict[str, Any]]],
    same: dict[str, Callable[[Any, Any], bool]],
    half: str,
    fields: list[str],
) -> Iterator[str]:
    """One line for every wrong or missed field of the pages of one half."""
    for record, found in pages:
        if half_of(record) != half:
            continue
        for field in fields:
            want, got = record.get(GOLD_KEYS[field]), found.get(field)
            if not _has(field, want) and not (_has(field, got) and exhaustive(record, field)):
                continue
            if _has(field, want) and _has(field, got) and same[field](got, want):
                continue
            yield f"  {field} {record['id']}: {got!r} vs gold {want!r}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--save", type=Path, help="write the fields found, a page a line")
    parser.add_argument("--load", type=Path, help="score the fields --save wrote")
    parser.add_argument("--errors", choices=HALVES, help="print the misses of this half")
    parser.add_argument("--fields", default=",".join(GOLD_KEYS), help="for --errors")
    args = parser.parse_args()
    same = comparers(load_scorer(args.data.parent))
    print("| set | field | half | gold | set | right | P | R | extra | P* | P~ |")
    print("|---|---|---|--:|--:|--:|--:|--:|--:|--:|--:|")
    missed: list[str] = []
    saved: list[str] = []
    for name in args.sets.split(","):
        found = loaded(args.data, name, args.load) if args.load else extracted(args.data, name)
        pages = list(found)
        saved.extend(json.dumps({"set": name, "id": r["id"], **f}) + "\n" for r, f in pages)
        print("\n".join(table(name, tally(pages, same))), flush=True)
        if args.errors:
            missed.append(f"{name}:")
            missed.extend(errors(pages, same, args.errors, args.fields.split(",")))
    if args.save:
        args.save.write_text("".join(saved), encoding="utf-8")
    if missed:
        print("\n".join(["", *missed]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
