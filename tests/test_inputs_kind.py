"""Inputs: binary file objects, a reference time per page, and the kind told by the bytes."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

import dechaff
from dechaff import errors
from dechaff.cli import main

PARA = (
    "小微金融是泡沫还是风口?这是一个值得讨论的问题,我们从三个方面来分析它的发展前景与风险所在。" * 3
)
HTML = (
    "<html><head><title>风口:小微金融</title></head><body><h1>风口:小微金融</h1>"
    "<p class='meta'>3小时前 来源:新华社</p>"
    + "".join(f"<p>{PARA}{i}</p>" for i in range(4))
    + "</body></html>"
)
DUMP = "风口:小微金融\n3小时前 来源:新华社\n" + "\n".join(PARA + str(i) for i in range(4)) + "\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
CST = timezone(timedelta(hours=8))


def test_a_binary_file_object_is_cleaned_like_its_bytes(tmp_path: Path) -> None:
    path = tmp_path / "page"
    path.write_bytes(HTML.encode("gb18030"))
    expected = dechaff.clean(path.read_bytes())
    with path.open("rb") as file:
        assert dechaff.clean(file) == expected
    assert dechaff.clean(io.BytesIO(path.read_bytes())) == expected
    assert expected.kind == "html"
    assert expected.title == "风口:小微金融"


def test_a_text_mode_file_is_a_source_error_naming_source(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML, encoding="utf-8")
    with path.open(encoding="utf-8") as file, pytest.raises(errors.SourceError, match="source"):
        dechaff.clean(file)  # type: ignore[arg-type]


class _Endless(io.RawIOBase):
    """A stream that never ends, counting the bytes asked of it."""

    def __init__(self) -> None:
        self.asked = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        assert size is not None, "an unbounded read of an endless stream"
        assert size >= 0, "an unbounded read of an endless stream"
        self.asked += size
        return b"a" * size


def test_a_stream_is_read_no_further_than_the_limit() -> None:
    stream = _Endless()
    with pytest.raises(errors.PageTooLargeError):
        dechaff.clean(stream, max_bytes=1000)  # type: ignore[arg-type]
    assert stream.asked == 1001


@pytest.mark.parametrize(
    ("reference", "published"),
    [
        ("2020-01-01T10:00:00+08:00", datetime(2020, 1, 1, 7, tzinfo=CST)),
        (datetime(2020, 1, 1, 10, tzinfo=CST), datetime(2020, 1, 1, 7, tzinfo=CST)),
        ("2020-01-01", datetime(2019, 12, 31, 21)),
        (" 2020-01-01T10:00:00Z ", datetime(2020, 1, 1, 7, tzinfo=timezone.utc)),
    ],
)
def test_reference_is_a_datetime_or_an_iso_string(reference: object, published: datetime) -> None:
    for page in (HTML, DUMP):
        assert dechaff.clean(page, reference=reference).published == published  # type: ignore[arg-type]


@pytest.mark.parametrize("reference", ["yesterday", "2020-13-01", 20200101, b"2020-01-01"])
def test_a_bad_reference_is_an_argument_error_naming_it(reference: object) -> None:
    with pytest.raises(errors.ArgumentError, match=r"^reference must be .*, not "):
        dechaff.clean(HTML, reference=reference)  # type: ignore[arg-type]


def _records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_the_bytes_tell_the_kind_not_the_file_name(tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    (folder / "page.bin").write_bytes(HTML.encode("utf-8"))
    (folder / "page").write_bytes(HTML.encode("utf-8"))
    (folder / "dump.html").write_text(DUMP, encoding="utf-8")
    (folder / "markup.txt").write_text(HTML, encoding="utf-8")
    (folder / "logo.html").write_bytes(PNG)
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(folder), "-o", str(out), "-q", "--workers", "0"]) == 0
    by_name = {Path(str(r["input"])).name: r for r in _records(out)}
    assert {name: r.get("kind") for name, r in by_name.items()} == {
        "dump.html": "text",
        "logo.html": None,
        "markup.txt": "html",
        "page": "html",
        "page.bin": "html",
    }
    assert by_name["logo.html"]["status"] == "skipped"
    assert by_name["page.bin"]["title"] == "风口:小微金融"
    assert by_name["dump.html"]["paragraphs"] == list(dechaff.clean(DUMP).paragraphs)


def test_json_lines_give_each_page_its_reference(tmp_path: Path) -> None:
    lines = [
        {"url": "https://a.example/1", "html": HTML, "reference": "2020-01-01T10:00:00+08:00"},
        {"url": "https://a.example/2", "text": DUMP, "reference": "last week"},
        {"url": "https://a.example/3", "text": DUMP},
    ]
    path = tmp_path / "crawl.jsonl"
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    results = list(dechaff.clean_many([path], workers=0))
    assert [r.status for r in results] == ["ok", "failed", "ok"]
    assert results[0].article is not None
    assert results[0].article.published == datetime(2020, 1, 1, 7, tzinfo=CST)
    assert results[1].error == "ArgumentError"
    assert results[1].message is not None
    assert "reference must be" in results[1].message
    assert results[2].article is not None
    assert results[2].article.published is None
    # clean_many's own reference serves the pages whose input tells none.
    (_, _, third) = dechaff.clean_many([path], workers=0, reference="2021-06-01T12:00:00")
    assert third.article is not None
    assert third.article.published == datetime(2021, 6, 1, 9)


def test_a_warc_record_s_capture_time_is_the_page_s_reference(tmp_path: Path) -> None:
    warcio = pytest.importorskip("warcio.warcwriter", reason="the warc extra is not installed")
    from warcio.statusandheaders import StatusAndHeaders

    path = tmp_path / "crawl.warc.gz"
    with path.open("wb") as file:
        writer = warcio.WARCWriter(file, gzip=True)
        http = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
        )
        record = writer.create_warc_record(
            "https://a.example/1",
            "response",
            payload=io.BytesIO(HTML.encode("utf-8")),
            http_headers=http,
            warc_headers_dict={"WARC-Date": "2020-01-01T02:00:00Z"},
        )
        writer.write_record(record)
    (result,) = dechaff.clean_many([path], workers=0)
    assert result.article is not None
    assert result.article.published == datetime(2019, 12, 31, 23, tzinfo=timezone.utc)
