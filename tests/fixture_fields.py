"""What the fixture pages' tests share: a page's fields against its ``NAME.meta.json``."""

from __future__ import annotations

import json
from pathlib import Path

import dechaff


def wrong_fields(article: dechaff.Article, meta: Path) -> list[str]:
    """The fields of ``meta`` (a JSON object) that the article does not give as written there;
    ``published`` and ``modified`` are compared as ISO text over the length the file gives."""
    wanted = json.loads(meta.read_text(encoding="utf-8"))
    wrong = []
    for field, value in wanted.items():
        got = getattr(article, field)
        if field in ("published", "modified") and got is not None and value is not None:
            got = got.isoformat()[: len(value)]
        if got != value:
            wrong.append(f"{field}: {got!r} != {value!r}")
    return wrong
