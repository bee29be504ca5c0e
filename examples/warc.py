#!/usr/bin/env python3
"""Write a small WARC file of HTTP responses, then clean it (needs ``pip install 'dechaff[warc]'``).

    python examples/warc.py examples/pages /tmp/pages.warc.gz

Each response record becomes one result named ``pages.warc.gz#<record id>``; its url is the
record's target URI, its reference time the record's date. With a real crawl, only the second
step applies: ``dechaff clean crawl.warc.gz -o out.jsonl``.
"""

from __future__ import annotations

import argparse
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import dechaff


def write_warc(pages: list[Path], target: Path) -> None:
    """Store each page as the response to a made-up URL, as a crawler would."""
    with open(target, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for page in pages:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                f"https://news.example.com/{page.stem}",
                "response",
                payload=io.BytesIO(page.read_bytes()),
                http_headers=headers,
            )
            writer.write_record(record)


def main() -> None:
    """Write the WARC, clean it, print what came out of each record."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pages", type=Path, help="a folder of .html pages")
    parser.add_argument("warc", type=Path, help="the WARC file to write")
    args = parser.parse_args()
    write_warc(sorted(args.pages.glob("*.html")), args.warc)
    for result in dechaff.clean_many([str(args.warc)], workers=1):
        title = result.article.title if result.article else None
        print(result.status, result.url, title)


if __name__ == "__main__":
    main()
