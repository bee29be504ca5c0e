"""Find the pages in what a batch is given, each under a stable name, one at a time.

Inputs are paths, folders (walked recursively, in sorted order), glob patterns, ``-`` for
standard input, or ready :class:`Item` objects. A file may be compressed (gzip, bzip2, xz),
and may hold one page, a tar or zip archive, a WARC file, or JSON Lines with a ``url``, an
``html`` or ``text`` field and optionally a ``reference`` (when the page was saved). Names:
``path``, ``archive!member``, ``file.warc.gz#record-id`` and ``dump.jsonl#line-number``.
"""

from __future__ import annotations

import glob
import json
import os
import shutil
import sys
import tarfile
import tempfile
import zipfile
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Union

from ..article import PageKind
from ..errors import ArgumentError, DechaffError, PageTooLargeError, SourceError
from ..read.arguments import check_reference
from ..read.decode import sniff_binary
from ..read.source import DEFAULT_MAX_BYTES, PAGE_SUFFIXES
from .streams import decompressor, peek, seekable

__all__ = ["Item", "Spec", "iter_items"]

MAX_DEPTH = 3  # archives inside archives, at most this deep
_SPOOL_BYTES = 16 * 1024 * 1024

_COMPRESSED = (".gz", ".bz2", ".xz", ".tgz", ".tbz2", ".txz")
_JSONL = (".jsonl", ".ndjson", ".jsonlines")
_NOT_PAGES = frozenset(
    (
        *(".png", ".jpg", ".jpeg", ".gif", ".webp", ".bmp", ".ico", ".tif", ".tiff", ".avif"),
        *(".svg", ".pdf", ".css", ".js", ".mjs", ".json", ".map", ".woff", ".woff2", ".ttf"),
        *(".otf", ".eot", ".mp3", ".mp4", ".m4a", ".webm", ".ogg", ".wav", ".avi", ".mov"),
        *(".flv", ".swf", ".exe", ".dll", ".so", ".doc", ".docx", ".xls", ".xlsx"),
        *(".ppt", ".pptx", ".odt", ".epub", ".7z", ".rar"),
    )
)
# What a WARC record's Content-Type says the page is: the server's word, unlike a file name.
_PAGE_TYPES: dict[str, PageKind | None] = {
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/plain": "text",
    "": None,
}


@dataclass(frozen=True, slots=True)
class Item:
    """One input of a batch: its stable name and its page, or why it has none.

    ``data`` is the page (bytes, text, or a path the worker reads), None when ``skip`` (not
    a page) or ``error`` (could not be read) says why. ``url``, ``kind``, ``encoding`` (a
    charset declared outside the page) and ``reference`` (when it was saved) are what the
    input itself tells of the page: a JSON line's ``html`` or ``text`` field and a WARC
    record's Content-Type set ``kind``, a file name never does (the page's bytes tell).
    """

    input: str
    data: bytes | str | Path | None
    url: str | None = None
    kind: PageKind | None = None
    encoding: str | None = None
    reference: datetime | None = None
    skip: str | None = None
    error: DechaffError | None = None


Spec = Union[str, "os.PathLike[str]", Item]


@dataclass(frozen=True, slots=True)
class _Options:
    max_bytes: int
    done: Container[str]
    stdin: IO[bytes] | None


def iter_items(
    specs: Iterable[Spec],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    done: Container[str] = frozenset(),
    stdin: IO[bytes] | None = None,
) -> Iterator[Item]:
    """Yield every page found in specs, lazily, leaving out the names in ``done``.

    A spec that names nothing, holds no page at all (an empty folder, archive or JSON Lines
    file), or a file that cannot be read, gives an Item with an error; a file or member that
    is not a page (an image, a PDF) gives one with ``skip`` set. ``stdin`` replaces standard
    input for the spec ``-``.
    """
    seen = _Seen(done)
    options = _Options(max_bytes, seen, stdin)
    for spec in specs:
        if isinstance(spec, Item):
            if spec.input not in done:
                yield spec
            continue
        found = seen.hits
        for item in _expand(spec, options):
            found += 1
            yield item
        name = os.fspath(spec)
        if found == seen.hits and name not in seen:  # no page, and none left out as done
            message = "no page in it (an empty folder, archive or JSON Lines file)"
            yield Item(name, None, error=SourceError(message))


class _Seen(Container[str]):
    """The names already done, counting how often one was left out."""

    def __init__(self, done: Container[str]) -> None:
        self.done = done
        self.hits = 0

    def __contains__(self, name: object) -> bool:
        if name in self.done:
            self.hits += 1
            return True
        return False


def _expand(spec: str | os.PathLike[str], options: _Options) -> Iterator[Item]:
    name = os.fspath(spec)
    if name == "-":
        stream = options.stdin or sys.stdin.buffer
        yield from _guarded(name, _from_stream(name, stream, options, depth=0), options)
        return
    path = Path(name)
    if path.is_dir():
        yield from _from_dir(path, options)
    elif path.exists():
        yield from _from_file(path, options)
    elif isinstance(spec, str) and glob.has_magic(name):
        matches = sorted(glob.iglob(name, recursive=True))
        if not matches and name not in options.done:
            yield Item(name, None, error=SourceError("no file matches"))
        for match in matches:
            yield from _expand(Path(match), options)
    elif name not in options.done:
        yield Item(name, None, error=SourceError("no such file or directory"))


def _from_dir(root: Path, options: _Options) -> Iterator[Item]:
    for folder, subfolders, files in os.walk(root):
        subfolders.sort()
        for file in sorted(files):
            yield from _from_file(Path(folder, file), options)


def _from_file(path: Path, options: _Options) -> Iterator[Item]:
    name = os.fspath(path)
    if name in options.done:
        return
    if _is_page_name(name):  # a page by its name: the worker reads it
        yield Item(name, path)
        return
    reason = _not_a_page(name)
    if reason is not None:
        yield Item(name, None, skip=reason)
        return
    try:
        with path.open("rb") as file:
            yield from _guarded(name, _from_stream(name, file, options, depth=0), options)
    except OSError as exc:
        yield Item(name, None, error=SourceError(f"cannot read: {exc.strerror or exc}"))


def _guarded(name: str, items: Iterator[Item], options: _Options) -> Iterator[Item]:
    """Pass items on; a damaged container ends with an error Item under its own name."""
    try:
        yield from items
    except (OSError, EOFError, ValueError, tarfile.TarError, zipfile.BadZipFile) as exc:
        if name not in options.done:
            message = f"cannot read to the end: {type(exc).__name__}: {exc}"
            yield Item(name, None, error=SourceError(message))


def _from_stream(
    name: str, stream: IO[bytes], options: _Options, *, depth: int, size: int | None = None
) -> Iterator[Item]:
    """Whatever one stream holds: a page, or the pages of an archive, WARC or JSON Lines."""
    head, stream = peek(stream)
    base = name
    opener = decompressor(head)
    if opener is not None:
        stream = opener(stream)
        head, stream = peek(stream)
        base, size = _strip_compression(name), None
    if head.startswith(b"WARC/"):
        yield from _from_warc(name, stream, options)
    elif head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        yield from _nested(name, depth, _from_zip(name, stream, options, depth), options)
    elif _is_tar(base, head):
        yield from _nested(name, depth, _from_tar(name, stream, options, depth), options)
    elif base.lower().endswith(_JSONL) or (
        not _is_page_name(base) and head.lstrip().startswith(b'{"')
    ):
        yield from _from_jsonl(name, stream, options)
    elif name not in options.done:
        yield _page(name, stream, head, options, size=size)


def _nested(name: str, depth: int, items: Iterator[Item], options: _Options) -> Iterator[Item]:
    if depth >= MAX_DEPTH:
        if name not in options.done:
            yield Item(name, None, skip=f"archive nested more than {MAX_DEPTH} deep")
        return
    yield from items


def _page(
    name: str,
    stream: IO[bytes],
    head: bytes,
    options: _Options,
    *,
    size: int | None,
    kind: PageKind | None = None,
    url: str | None = None,
    encoding: str | None = None,
    reference: datetime | None = None,
) -> Item:
    """Read one page from a stream, within the size limit."""
    binary = sniff_binary(head)
    if binary is not None:
        return Item(name, None, url=url, skip=f"not a page: {binary} data")
    limit = options.max_bytes
    if size is not None and size > limit:
        return _too_large(name, url, f"{size} bytes, more")
    data = stream.read(limit + 1)
    if len(data) > limit:
        return _too_large(name, url, "more bytes")
    return Item(name, data, url=url, kind=kind, encoding=encoding, reference=reference)


def _too_large(name: str, url: str | None, size: str) -> Item:
    error = PageTooLargeError(f"{size} than the limit allows")
    return Item(name, None, url=url, error=error)


def _from_tar(name: str, stream: IO[bytes], options: _Options, depth: int) -> Iterator[Item]:
    with tarfile.open(fileobj=stream, mode="r|") as archive:
        for member in archive:
            if not member.isfile():
                continue
            inner = f"{name}!{member.name}"
            yield from _member(inner, member.size, archive.extractfile(member), options, depth)


def _from_zip(name: str, stream: IO[bytes], options: _Options, depth: int) -> Iterator[Item]:
    if seekable(stream):
        yield from _zip_members(name, stream, options, depth)
        return
    # A zip file is read from its end: copy the stream, in memory while it is small.
    with tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES) as copy:
        shutil.copyfileobj(stream, copy)
        copy.seek(0)
        yield from _zip_members(name, copy, options, depth)


def _zip_members(name: str, stream: IO[bytes], options: _Options, depth: int) -> Iterator[Item]:
    with zipfile.ZipFile(stream) as archive:
        for info in archive.infolist():
            inner = f"{name}!{info.filename}"
            if info.is_dir() or inner in options.done:
                continue
            if _not_a_page(inner) is not None:
                yield from _member(inner, info.file_size, None, options, depth)
                continue
            with archive.open(info) as member:
                yield from _member(inner, info.file_size, member, options, depth)


def _member(
    name: str, size: int, stream: IO[bytes] | None, options: _Options, depth: int
) -> Iterator[Item]:
    if name in options.done:
        return
    reason = _not_a_page(name)
    if reason is not None or stream is None:
        yield Item(name, None, skip=reason or "not a regular file")
        return
    yield from _from_stream(name, stream, options, depth=depth + 1, size=size)


def _from_jsonl(name: str, stream: IO[bytes], options: _Options) -> Iterator[Item]:
    limit = options.max_bytes * 6 + 65536  # JSON escapes make a page up to six times longer
    for number, line in enumerate(_lines(stream, limit), start=1):
        inner = f"{name}#{number}"
        if inner in options.done or (line is not None and not line.strip()):
            continue
        if line is None:
            yield _too_large(inner, None, "more bytes")
            continue
        yield _record(inner, line)


def _lines(stream: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """The lines of a stream; None for a line over the limit, which is skipped to its end."""
    while True:
        line = stream.readline(limit)
        if not line:
            return
        if len(line) >= limit and not line.endswith(b"\n"):
            while (rest := stream.readline(limit)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _record(name: str, line: bytes) -> Item:
    """One JSON line: ``url``, ``html`` or ``text``, and optionally ``reference`` (ISO 8601)."""
    try:
        record = json.loads(line)
    except ValueError as exc:
        return Item(name, None, error=SourceError(f"not a JSON line: {exc}"))
    if not isinstance(record, dict):
        return Item(name, None, error=SourceError("not a JSON object"))
    url = record.get("url")
    url = url if isinstance(url, str) else None
    try:
        reference = check_reference(record.get("reference"))
    except ArgumentError as exc:
        return Item(name, None, url=url, error=ArgumentError(f"the record's {exc}"))
    fields: tuple[tuple[str, PageKind], ...] = (("html", "html"), ("text", "text"))
    for field, kind in fields:
        value = record.get(field)
        if isinstance(value, str):
            return Item(name, value, url=url, kind=kind, reference=reference)
    error = SourceError("the record has no 'html' or 'text' field")
    return Item(name, None, url=url, error=error)


def _from_warc(name: str, stream: IO[bytes], options: _Options) -> Iterator[Item]:
    try:
        from .warc import records
    except ImportError:
        if name not in options.done:
            message = "reading WARC files needs the warc extra: pip install 'dechaff[warc]'"
            yield Item(name, None, error=SourceError(message))
        return
    for record in records(stream):
        inner = f"{name}#{record.record_id}"
        if inner in options.done:
            continue
        if record.status is not None and not 200 <= record.status < 300:
            yield Item(inner, None, url=record.url, skip=f"HTTP status {record.status}")
        elif record.content_type not in _PAGE_TYPES:
            yield Item(inner, None, url=record.url, skip=f"not a page: {record.content_type}")
        else:
            kind = _PAGE_TYPES[record.content_type]
            body = record.body
            head, body = peek(body)
            yield _page(
                inner,
                body,
                head,
                options,
                size=None,
                kind=kind,
                url=record.url,
                encoding=record.charset,
                reference=record.date,
            )


def _is_page_name(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in PAGE_SUFFIXES


def _not_a_page(name: str) -> str | None:
    suffix = os.path.splitext(_strip_compression(name))[1].lower()
    return f"not a page: a {suffix} file" if suffix in _NOT_PAGES else None


def _strip_compression(name: str) -> str:
    lower = name.lower()
    for suffix, replacement in ((".tgz", ".tar"), (".tbz2", ".tar"), (".txz", ".tar")):
        if lower.endswith(suffix):
            return name[: -len(suffix)] + replacement
    return name.rsplit(".", 1)[0] if lower.endswith(_COMPRESSED) else name


def _is_tar(name: str, head: bytes) -> bool:
    return head[257:262] == b"ustar" or name.lower().endswith(".tar")
