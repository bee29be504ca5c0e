"""How many inputs a batch holds, when that is cheap to know: for the progress bar's total.

Folders are walked and globs expanded without opening a file, and a zip archive's member
list is read from its end; any other file counts one (a file whose name does not say it
holds many pages is taken for one page: the total is then an estimate). A tar archive, a
WARC or JSON Lines file, or standard input holds an unknown number of pages (only reading
it all would tell): then there is no total, and the progress shows a rate instead.
"""

from __future__ import annotations

import glob
import os
import zipfile
from collections.abc import Container, Iterable, Iterator
from pathlib import Path

from .inputs import Item, Spec

__all__ = ["count_inputs"]

_UNKNOWN = (".jsonl", ".ndjson", ".jsonlines", ".warc", ".tar", ".tgz", ".tbz2", ".txz", ".arc")
_COMPRESSED = (".gz", ".bz2", ".xz")


def count_inputs(specs: Iterable[Spec], done: Container[str] = frozenset()) -> int | None:
    """The number of records a batch of specs will give, or None when not cheap to know."""
    count = 0
    try:
        for name in _names(specs):
            if name is None:  # only reading it would tell
                return None
            count += name not in done
    except (OSError, zipfile.BadZipFile):
        return None
    return count


def _names(specs: Iterable[Spec]) -> Iterator[str | None]:
    for spec in specs:
        if isinstance(spec, Item):
            yield spec.input
            continue
        name = os.fspath(spec)
        path = Path(name)
        if name == "-":
            yield None
        if path.is_dir():
            yield from _folder(path)
        elif path.exists():
            yield from _file(name)
        elif isinstance(spec, str) and glob.has_magic(name):
            matches = sorted(glob.iglob(name, recursive=True))
            yield from _names(Path(m) for m in matches) if matches else [name]
        else:
            yield name  # a failure record


def _folder(root: Path) -> Iterator[str | None]:
    found = False
    for folder, _, files in os.walk(root):
        for file in files:
            found = True
            yield from _file(os.path.join(folder, file))
    if not found:
        yield os.fspath(root)  # the record that says it is empty


def _file(name: str) -> Iterator[str | None]:
    lower = name.lower()
    base = lower.rsplit(".", 1)[0] if lower.endswith(_COMPRESSED) else lower
    if base.endswith(_UNKNOWN) or ".warc." in lower:
        yield None
        return
    if lower.endswith(".zip"):
        with zipfile.ZipFile(name) as archive:
            members = [i.filename for i in archive.infolist() if not i.is_dir()]
        if any(m.lower().endswith((".zip", *_UNKNOWN)) for m in members):
            yield None
            return
        yield from (f"{name}!{member}" for member in members) if members else [name]
        return
    yield name
