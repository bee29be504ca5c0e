"""The response and resource records of a WARC file, read with warcio (the ``warc`` extra)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import IO

from warcio.archiveiterator import ArchiveIterator

__all__ = ["Record", "records"]


@dataclass(frozen=True, slots=True)
class Record:
    """One archived page: its record id, url, capture time, HTTP status and type, and body."""

    record_id: str
    url: str | None
    date: datetime | None
    status: int | None
    content_type: str
    charset: str | None
    body: IO[bytes]


def records(stream: IO[bytes]) -> Iterator[Record]:
    """The response and resource records of a WARC stream (plain or gzipped), in order.

    The body of a response is its HTTP payload with transfer and content encodings undone.
    Each record's body must be read before the next record is asked for.
    """
    for record in ArchiveIterator(stream):
        if record.rec_type == "response":
            headers = record.http_headers
            if headers is None:  # not HTTP (dns:, ...)
                continue
            status = _int(headers.get_statuscode())
            content_type = headers.get_header("Content-Type")
        elif record.rec_type == "resource":
            status = None
            content_type = record.rec_headers.get_header("Content-Type")
        else:
            continue
        mime, charset = parse_content_type(content_type)
        yield Record(
            record_id=record.rec_headers.get_header("WARC-Record-ID", "").strip("<>"),
            url=record.rec_headers.get_header("WARC-Target-URI"),
            date=_date(record.rec_headers.get_header("WARC-Date")),
            status=status,
            content_type=mime,
            charset=charset,
            body=record.content_stream(),
        )


def parse_content_type(value: str | None) -> tuple[str, str | None]:
    """``"text/html; charset=GBK"`` -> ``("text/html", "GBK")``; ``("", None)`` for nothing."""
    if not value:
        return "", None
    mime, *params = value.split(";")
    charset = None
    for param in params:
        key, _, val = param.partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip("\"'") or None
    return mime.strip().lower(), charset


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value else None
    except ValueError:
        return None


def _date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
