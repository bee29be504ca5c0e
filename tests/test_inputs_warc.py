"""WARC files: response records become pages with their url, capture time and HTTP charset."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

pytest.importorskip("warcio", reason="the warc extra is not installed")

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dechaff.batch import clean_many
from dechaff.batch.inputs import iter_items
from dechaff.batch.warc import parse_content_type

RUSSIAN = "Привет, мир. Это статья."
PAGE = f"<html><head><title>Заголовок</title></head><body><p>{RUSSIAN}</p></body></html>"


def _response(
    writer: WARCWriter, url: str, body: bytes, content_type: str, status: str = "200 OK"
) -> None:
    http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=http)
    writer.write_record(record)


def write_warc(path: Path, *, gzip: bool) -> None:
    with path.open("wb") as file:
        writer = WARCWriter(file, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        _response(
            writer, "https://a.example/ru", PAGE.encode("koi8-r"), "text/html; charset=KOI8-R"
        )
        _response(writer, "https://a.example/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")
        _response(writer, "https://a.example/gone", b"<p>gone</p>", "text/html", "404 Not Found")
        request = writer.create_warc_record(
            "https://a.example/ru", "request", payload=io.BytesIO(b"GET /ru HTTP/1.1\r\n\r\n")
        )
        writer.write_record(request)


@pytest.mark.parametrize("gzip", [True, False])
def test_response_records_are_items(tmp_path: Path, gzip: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    write_warc(path, gzip=gzip)
    page, image, missing = iter_items([path])
    assert page.input.startswith(f"{path}#urn:uuid:")
    assert (page.url, page.kind, page.encoding) == ("https://a.example/ru", "html", "KOI8-R")
    assert page.data == PAGE.encode("koi8-r")
    assert page.reference is not None
    assert page.reference.tzinfo is not None
    assert image.url == "https://a.example/logo.png"
    assert image.skip == "not a page: image/png"
    assert missing.skip == "HTTP status 404"
    assert len({page.input, image.input, missing.input}) == 3


def test_http_charset_reaches_the_decoder(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, gzip=True)
    result = next(iter(clean_many([path], workers=0)))
    assert result.status == "empty"  # four words of body: near-empty, the Article kept
    assert result.article is not None
    assert result.article.confidence == 0.0
    assert result.article.encoding == "koi8-r"
    assert result.article.url == "https://a.example/ru"
    assert RUSSIAN in result.article.body or result.article.title == "Заголовок"


def test_content_type_parsing() -> None:
    assert parse_content_type('text/HTML; charset="gb2312"') == ("text/html", "gb2312")
    assert parse_content_type("text/plain") == ("text/plain", None)
    assert parse_content_type(None) == ("", None)


# Our own text: a GBK page that declares gb2312, archived with the HTTP default ISO-8859-1.
CHINESE = (
    "市图书馆宣布，从下个月起将延长周末的开放时间，方便上班族借阅图书。"
    "记者在现场看到，不少市民带着孩子排队办理借书证，大家都很期待新的安排。"
)
GBK_PAGE = (
    '<html><head><meta charset="gb2312"><title>图书馆延长开放时间</title></head>'
    f"<body><article><p>{CHINESE}</p><p>{CHINESE[::-1]}</p></article></body></html>"
)


def test_a_latin1_charset_in_the_record_yields_to_the_page_s_gbk(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc"
    with path.open("wb") as file:
        writer = WARCWriter(file, gzip=False)
        body = GBK_PAGE.encode("gb18030")
        _response(writer, "https://a.example/zh", body, "text/html; charset=ISO-8859-1")
    (result,) = clean_many([path], workers=0)
    assert result.status == "ok"
    assert result.article is not None
    assert result.article.encoding == "gb18030"
    assert result.article.language == "zh"
    assert result.article.paragraphs[0] == CHINESE
