"""Finding the pages in files, folders, globs, compressed files, archives and JSON Lines."""

from __future__ import annotations

import base64
import bz2
import gzip
import io
import json
import lzma
import random
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from dechaff.batch.inputs import Item, iter_items
from dechaff.errors import PageTooLargeError, SourceError

PAGE = b"<html><head><title>T</title></head><body><p>Hello there.</p></body></html>"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(100)


def names(items: list[Item]) -> list[str]:
    return [item.input for item in items]


def test_folders_are_walked_recursively_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.html").write_bytes(PAGE)
    (tmp_path / "b" / "a.txt").write_text("a dump")
    (tmp_path / "c.htm").write_bytes(PAGE)
    items = list(iter_items([tmp_path]))
    assert names(items) == [
        str(tmp_path / "c.htm"),
        str(tmp_path / "b/a.txt"),
        str(tmp_path / "b/z.html"),
    ]
    assert [item.kind for item in items] == [None, None, None]  # the bytes will tell
    assert items[0].data == tmp_path / "c.htm"  # read by the worker, not here


def test_globs_and_missing_inputs(tmp_path: Path) -> None:
    for name in ("x1.html", "x2.html", "y.html"):
        (tmp_path / name).write_bytes(PAGE)
    items = list(
        iter_items([str(tmp_path / "x*.html"), str(tmp_path / "gone.html"), str(tmp_path / "q*")])
    )
    assert names(items)[:2] == [str(tmp_path / "x1.html"), str(tmp_path / "x2.html")]
    assert [type(item.error) for item in items[2:]] == [SourceError, SourceError]


@pytest.mark.parametrize(
    ("suffix", "compress"), [(".gz", gzip.compress), (".bz2", bz2.compress), (".xz", lzma.compress)]
)
def test_compressed_pages(tmp_path: Path, suffix: str, compress: object) -> None:
    path = tmp_path / f"page.html{suffix}"
    path.write_bytes(compress(PAGE))  # type: ignore[operator]
    (item,) = iter_items([path])
    assert (item.input, item.data, item.kind) == (str(path), PAGE, None)


def test_not_pages_are_skipped_by_name_and_by_content(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(PNG)
    (tmp_path / "b.dat").write_bytes(PNG)
    (tmp_path / "c.pdf").write_bytes(b"%PDF-1.4")
    items = list(iter_items([tmp_path]))
    assert all(item.data is None and item.skip for item in items)
    assert "png" in (items[1].skip or "")


def _tar(members: dict[str, bytes], mode: str = "w") -> bytes:
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode=mode) as archive:  # type: ignore[call-overload]
        for name, data in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def test_tar_members_are_named_archive_bang_member(tmp_path: Path) -> None:
    path = tmp_path / "site.tar.gz"
    members = {
        "a/1.html": PAGE,
        "a/2.html.gz": gzip.compress(PAGE),
        "logo.png": PNG,
        "x.txt": b"dump",
    }
    path.write_bytes(_tar(members, "w:gz"))
    items = list(iter_items([path]))
    assert names(items) == [f"{path}!{name}" for name in members]
    assert [item.data for item in items] == [PAGE, PAGE, None, b"dump"]
    assert [item.kind for item in items] == [None, None, None, None]
    assert items[2].skip


def test_zip_members_from_a_file_and_from_a_pipe(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("p.html", PAGE)
        archive.writestr("d/", b"")
        archive.writestr("i.jpg", b"\xff\xd8\xff\xe0")
    path = tmp_path / "pages.zip"
    path.write_bytes(buffer.getvalue())
    from_file = list(iter_items([path]))
    assert names(from_file) == [f"{path}!p.html", f"{path}!i.jpg"]
    assert from_file[0].data == PAGE
    assert from_file[1].skip
    piped = list(iter_items(["-"], stdin=io.BufferedReader(io.BytesIO(buffer.getvalue()))))  # type: ignore[arg-type]
    assert names(piped) == ["-!p.html", "-!i.jpg"]


def test_json_lines_records(tmp_path: Path) -> None:
    lines = [
        {"url": "https://a.example/1", "html": "<p>one</p>"},
        {"url": "https://a.example/2", "text": "two"},
        {"url": "https://a.example/3"},
    ]
    body = "\n".join(json.dumps(line) for line in lines) + "\n\nnot json\n"
    path = tmp_path / "crawl.jsonl.gz"
    path.write_bytes(gzip.compress(body.encode()))
    items = list(iter_items([path]))
    assert names(items) == [f"{path}#1", f"{path}#2", f"{path}#3", f"{path}#5"]
    assert (items[0].data, items[0].kind, items[0].url) == (
        "<p>one</p>",
        "html",
        "https://a.example/1",
    )
    assert (items[1].data, items[1].kind) == ("two", "text")
    assert isinstance(items[2].error, SourceError)
    assert items[2].url == "https://a.example/3"
    assert isinstance(items[3].error, SourceError)


def test_json_lines_on_stdin_are_recognised_by_content() -> None:
    stdin = io.BytesIO(b'{"url": "u", "html": "<p>x</p>"}\n')
    (item,) = iter_items(["-"], stdin=stdin)
    assert (item.input, item.data, item.url) == ("-#1", "<p>x</p>", "u")


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.gz"
    path.write_bytes(gzip.compress(b"x" * 5000))
    (item,) = iter_items([path], max_bytes=4000)
    assert isinstance(item.error, PageTooLargeError)
    assert item.data is None


def test_damaged_archive_ends_with_an_error_under_its_name(tmp_path: Path) -> None:
    path = tmp_path / "cut.tar.gz"
    noise = base64.b64encode(random.Random(5).randbytes(100_000))  # does not compress away
    path.write_bytes(_tar({"a.html": PAGE, "b.txt": noise}, "w:gz")[:-5000])
    items = list(iter_items([path]))
    assert items[0].input == f"{path}!a.html"
    assert items[-1].input == str(path)
    assert isinstance(items[-1].error, SourceError)


def test_done_names_are_left_out_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "s.tar"
    path.write_bytes(_tar({"a.html": PAGE, "b.html": PAGE}))
    (tmp_path / "c.html").write_bytes(PAGE)
    done = {f"{path}!a.html", str(tmp_path / "c.html")}
    assert names(list(iter_items([tmp_path], done=done))) == [f"{path}!b.html"]


def test_items_pass_through_and_reading_is_lazy(tmp_path: Path) -> None:
    pulled: list[int] = []

    def specs():  # type: ignore[no-untyped-def]
        for number in range(1_000_000):
            pulled.append(number)
            yield Item(f"page-{number}", PAGE)

    first = next(iter_items(specs()))
    assert first.input == "page-0"
    assert len(pulled) == 1


def test_warc_without_the_extra_is_a_clear_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "dechaff.batch.warc", None)  # as if warcio were not installed
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n")
    (item,) = iter_items([path])
    assert item.input == str(path)
    assert "dechaff[warc]" in str(item.error)
