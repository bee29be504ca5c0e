#!/usr/bin/env python3
"""Audit what dechaff stripped: a count per kind, and the removed blocks worth a second look.

    python examples/audit_removed.py 'samples/*.txt' examples/pages
    dechaff clean crawl/ -o out.jsonl && python examples/audit_removed.py --jsonl out.jsonl

A removed block that is long and written in sentences may be article text taken for
boilerplate; the report lists those first, with the page and the kind, so that a wrong rule
shows up before a corpus is built on it.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterator

import dechaff

SENTENCE_END = re.compile(r"[.!?。！？]")


def removed_blocks(inputs: list[str], jsonl: str | None) -> Iterator[tuple[str, str, str]]:
    """(page, kind, text) for every removed block, from pages or from earlier output."""
    if jsonl:
        with open(jsonl, encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                for block in record.get("removed") or ():
                    yield record["input"], block["kind"], block["text"]
        return
    for result in dechaff.clean_many(inputs, workers=0):
        if result.article is not None:
            for block in result.article.removed:
                yield result.input, block.kind.value, block.text


def units(text: str) -> int:
    """Length in words, counting each CJK character as one."""
    return len(re.findall(r"[\u3400-\u9fff\u3040-\u30ff\uac00-\ud7af]|\w+", text))


def main() -> None:
    """Print the count per kind and the suspicious blocks."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="*", help="pages or folders to clean")
    parser.add_argument("--jsonl", help="audit the output of an earlier dechaff clean instead")
    parser.add_argument("--long", type=int, default=25, help="units from which a block is long")
    args = parser.parse_args()
    count: Counter[str] = Counter()
    size: Counter[str] = Counter()
    example: dict[str, str] = {}
    suspicious: dict[str, list[str]] = defaultdict(list)
    for page, kind, text in removed_blocks(args.inputs, args.jsonl):
        count[kind] += 1
        size[kind] += units(text)
        example.setdefault(kind, text)
        if units(text) >= args.long and len(SENTENCE_END.findall(text)) >= 2:
            suspicious[kind].append(f"{page}: {text[:100]}")
    print("| kind | blocks | units | first seen |\n|---|---:|---:|---|")
    for kind, n in count.most_common():
        first = example[kind][:50].replace("|", "\\|")
        print(f"| {kind} | {n} | {size[kind]} | {first} |")
    print("\nLong removed blocks written in sentences (check they are not article text):")
    for kind, blocks in sorted(suspicious.items()):
        for line in blocks:
            print(f"  [{kind}] {line}")
    if not suspicious:
        print("  none")


if __name__ == "__main__":
    main()
