"""The look / check split of a bench set, shared by the field scorers.

Rules are written from the look half's errors only; the check half is the honest figure.
A page goes to a half by the SHA-1 of its site (the gold ``domain``, else the url's host
without ``www.``), so all pages of one site fall in the same half; a set without urls
(dragnet-train) is split by the hash of the page id instead.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import urlsplit

HALVES = ("look", "check")


def site_of(record: dict[str, Any]) -> str | None:
    """The page's site, lowercased, or None when the gold gives no url."""
    domain = record.get("domain")
    if isinstance(domain, str) and domain:
        return domain.lower().removeprefix("www.")
    url = record.get("url")
    if isinstance(url, str) and url:
        return (urlsplit(url).hostname or "").lower().removeprefix("www.") or None
    return None


def half_of(record: dict[str, Any]) -> str:
    """``look`` or ``check``."""
    key = site_of(record) or f"id:{record['id']}"
    return HALVES[int(hashlib.sha1(key.encode()).hexdigest(), 16) % 2]


def records(folder: Path) -> Iterator[dict[str, Any]]:
    """The gold records of a bench set folder."""
    with open(folder / "gold.jsonl", encoding="utf-8") as gold:
        for line in gold:
            yield json.loads(line)


def load_scorer(bench: Path) -> ModuleType:
    """``score.py`` of the shared bench (the folder holding it and ``data/``), from its path."""
    spec = importlib.util.spec_from_file_location("bench_score", bench / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"no score.py in {bench}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
