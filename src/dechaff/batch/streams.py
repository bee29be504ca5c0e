"""Byte streams as the batch reader needs them: a look at the first bytes without losing
them, whether seeking is cheap, and the decompressor the first bytes call for."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
from collections.abc import Callable
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

__all__ = ["HEAD_BYTES", "decompressor", "peek", "seekable"]

HEAD_BYTES = 4096


def decompressor(head: bytes) -> Callable[[IO[bytes]], IO[bytes]] | None:
    """The decompressor that a stream starting with head needs (gzip, bzip2, xz), or None."""
    if head.startswith(b"\x1f\x8b"):
        return _gzip
    if head.startswith(b"BZh") and head[3:4].isdigit():
        return _bz2
    if head.startswith(b"\xfd7zXZ\x00"):
        return _xz
    return None


def _gzip(stream: IO[bytes]) -> IO[bytes]:
    return gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[return-value]


def _bz2(stream: IO[bytes]) -> IO[bytes]:
    return bz2.BZ2File(stream)


def _xz(stream: IO[bytes]) -> IO[bytes]:
    return lzma.LZMAFile(stream)


def peek(stream: IO[bytes]) -> tuple[bytes, IO[bytes]]:
    """The first bytes of a stream, and a stream that still starts with them."""
    if seekable(stream):
        start = stream.tell()
        head = stream.read(HEAD_BYTES)
        stream.seek(start)
        return head, stream
    head = b""
    while len(head) < HEAD_BYTES:
        chunk = stream.read(HEAD_BYTES - len(head))
        if not chunk:
            break
        head += chunk
    return head, io.BufferedReader(_Rewound(head, stream))


def seekable(stream: IO[bytes]) -> bool:
    """True for files and memory buffers, where seeking is cheap (decompressors rewind by
    decompressing again, and a tar member read as a stream cannot seek at all)."""
    if not isinstance(stream, (io.BufferedReader, io.BufferedRandom, io.FileIO, io.BytesIO)):
        return False
    try:
        return stream.seekable()
    except (AttributeError, OSError):
        return False


class _Rewound(io.RawIOBase):
    """A stream whose first bytes were read already, giving them back before the rest."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        if self._head:
            count = min(len(view), len(self._head))
            view[:count] = self._head[:count]
            self._head = self._head[count:]
            return count
        data = self._rest.read(len(view))
        view[: len(data)] = data
        return len(data)
