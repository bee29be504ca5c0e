"""The fuzz target: one input of bytes, cleaned in the way its first byte picks.

Shared by the atheris harness (fuzz_clean.py) and the pure-Python smoke test. Only
:class:`~dechaff.errors.DechaffError` may escape ``clean()``; an Article must be writable
as UTF-8 JSON, hold no NUL, and link only to web addresses.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import dechaff
from dechaff import errors

ROOT = Path(__file__).resolve().parents[2]
KINDS: tuple[dechaff.PageKind | None, ...] = (None, "html", "text")
MAX_INPUT = 64 * 1024


def one_input(data: bytes) -> None:
    """Clean data as bytes, str or a wrapped HTML fragment; raise if a property breaks."""
    if not data:
        data = b"\x00"
    mode, kind, rest = data[0] % 4, KINDS[(data[0] >> 2) % 3], data[1:]
    source: bytes | str
    if mode == 0:
        source = rest
    elif mode == 1:
        source = rest.decode("utf-8", "replace")
    elif mode == 2:
        source = rest.decode("utf-8", "surrogateescape")  # lone surrogates in a str
    else:
        source = b"<!DOCTYPE html><html><body><p>" + rest
    try:
        article = dechaff.clean(source, kind=kind, url="https://example.org/a/1.html")
    except errors.DechaffError:
        return
    text = article.to_json()
    text.encode("utf-8")
    assert "\x00" not in text
    for link in (article.prev, article.next):
        if link is not None and link.url is not None:
            assert link.url.lower().startswith(("http://", "https://")), link.url
    for paragraph in article.paragraphs:
        assert paragraph.strip(), "an empty paragraph"


def seeds() -> Iterator[bytes]:
    """Small real pages to start from: the samples, the fixtures, the catalogue's small cases."""
    for folder in (ROOT / "samples", ROOT / "tests" / "fixtures" / "metadata"):
        for path in sorted(folder.glob("*")):
            if path.suffix in (".txt", ".html"):
                yield b"\x00" + path.read_bytes()[:MAX_INPUT]
    from hostile.cases import CASES

    for case in CASES:
        if case.big or case.setup is not None:
            continue
        source, _ = case.make(0.001, "")
        if isinstance(source, str):
            source = source.encode("utf-8", "surrogatepass")
        if isinstance(source, bytes) and len(source) <= MAX_INPUT:
            yield b"\x00" + source


def mutate(data: bytes, rng: random.Random, pool: list[bytes]) -> bytes:
    """A few random edits: flips, inserts, deletes, tag soup, a splice with another seed."""
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        at = rng.randrange(len(buf) + 1)
        choice = rng.randrange(7)
        if choice == 0 and buf:
            buf[min(at, len(buf) - 1)] = rng.randrange(256)
        elif choice == 1:
            buf[at:at] = rng.randbytes(rng.randint(1, 16))
        elif choice == 2:
            del buf[at : at + rng.randint(1, 64)]
        elif choice == 3:
            tag = rng.choice(
                [
                    b"<div>",
                    b"</p>",
                    b"<a href='javascript:x'>",
                    b"<!--",
                    b"<script>",
                    b"&#xD800;",
                    b"<table>",
                    b"<br>",
                    b"]]>",
                    b"<?xml ",
                    b"\xff\xfe",
                ]
            )
            buf[at:at] = tag * rng.randint(1, 50)
        elif choice == 4:
            other = rng.choice(pool)
            start = rng.randrange(len(other) + 1)
            buf[at:at] = other[start : start + rng.randint(1, 2000)]
        elif choice == 5:
            buf[at:at] = rng.choice(
                [b" ", b"\n", b"-", b"2019-11-2", b"\xe4\xb8\xad"]
            ) * rng.randint(1, 3000)
        else:
            buf[:1] = bytes([rng.randrange(256)])
    return bytes(buf[:MAX_INPUT])
