"""clean_many: one result per input, in worker processes, within time and size limits."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

import dechaff
from dechaff.batch import Result, clean_many
from dechaff.batch.inputs import Item
from dechaff.batch.records import Format, render

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PAGES = sorted(SAMPLES.glob("*.txt"))


def test_workers_give_what_clean_gives_in_input_order() -> None:
    results = list(clean_many(PAGES, workers=2))
    assert [r.input for r in results] == [str(p) for p in PAGES]
    assert all(r.status == "ok" for r in results)
    assert [r.article for r in results] == [dechaff.clean(p) for p in PAGES]
    assert list(clean_many(PAGES, workers=0)) == results


def test_a_single_path_or_folder_is_an_input() -> None:
    (result,) = clean_many(str(PAGES[0]), workers=0)
    assert result.input == str(PAGES[0])
    folder = {r.input for r in clean_many(SAMPLES, workers=0)}
    assert {str(p) for p in PAGES} <= folder


def test_failures_and_skips_are_records_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    (tmp_path / "big.txt").write_text("x" * 50_000)
    (tmp_path / "ok.txt").write_text(PAGES[0].read_text())
    inputs = [tmp_path / "absent.html", tmp_path, Item("bytes", b"\x00\x01\x02" * 100)]
    results = {r.input: r for r in clean_many(inputs, workers=2, max_bytes=40_000)}
    assert results[str(tmp_path / "absent.html")].error == "SourceError"
    assert results[str(tmp_path / "logo.png")].status == "skipped"
    assert results[str(tmp_path / "big.txt")].error == "PageTooLargeError"
    assert results[str(tmp_path / "ok.txt")].status == "ok"
    assert results["bytes"].status == "skipped"
    assert "binary" in (results["bytes"].reason or "")


def test_a_hanging_page_times_out_and_the_batch_goes_on(tmp_path: Path) -> None:
    fifo = tmp_path / "hang.html"
    os.mkfifo(fifo)  # opening it for reading blocks until a writer comes: never
    # 2 s, not less: the fresh worker that replaces the hung one must clean the next page
    # within the same limit, lexicons loaded, on a loaded machine too
    results = list(clean_many([fifo, *PAGES[:2]], workers=1, timeout=2.0))
    assert [r.input for r in results] == [str(fifo), *map(str, PAGES[:2])]
    assert results[0].status == "failed"
    assert results[0].error == "TimeoutError"
    assert [r.status for r in results[1:]] == ["ok", "ok"]


def test_a_slow_worker_start_is_not_counted_against_its_first_page(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A new worker that takes longer to start than a page's limit still cleans the page."""
    from dechaff.batch import pool

    monkeypatch.setattr(pool, "_BOOT", "import time; time.sleep(1.5); " + pool._BOOT)
    results = list(clean_many(PAGES[:2], workers=1, timeout=1.0))
    assert [r.status for r in results] == ["ok", "ok"]


def test_a_page_over_the_memory_limit_fails_and_the_batch_goes_on() -> None:
    huge = Item("huge", b"a" * (48 << 20))  # a worker limited to 64 MiB cannot even take it
    results = list(clean_many([PAGES[0], huge, PAGES[1]], workers=1, max_memory=64 << 20))
    assert [r.input for r in results] == [str(PAGES[0]), "huge", str(PAGES[1])]
    assert [r.status for r in results] == ["ok", "failed", "ok"]
    assert results[1].error in {"WorkerDied", "MemoryError"}


@pytest.mark.parametrize("ordered", [True, False])
def test_inputs_are_read_lazily(ordered: bool) -> None:
    pulled: list[int] = []

    def endless() -> Iterator[Item]:
        number = 0
        while True:
            pulled.append(number)
            yield Item(f"page-{number}", PAGES[number % len(PAGES)].read_bytes(), kind="text")
            number += 1

    results = clean_many(endless(), workers=2, ordered=ordered)
    first = [next(results) for _ in range(5)]
    results.close()
    assert len({r.input for r in first}) == 5
    assert len(pulled) <= 5 + 2 * 64 + 2  # read ahead: the workers and the reordering window


def test_records_carry_input_status_and_url() -> None:
    ok = next(clean_many([Item("a", "<p>x</p>", url="https://x.example/")], workers=0))
    assert list(ok.to_dict())[:3] == ["input", "status", "url"]
    assert ok.to_dict()["url"] == "https://x.example/"
    failed = Result("b", "failed", url="u", error="TimeoutError", message="slow")
    assert failed.to_dict() == {
        "input": "b",
        "status": "failed",
        "url": "u",
        "error": "TimeoutError",
        "message": "slow",
    }
    skipped = Result("c", "skipped", reason="not a page: png data").to_dict()
    assert skipped["reason"] == "not a page: png data"


@pytest.mark.parametrize("form", ["jsonl", "json", "txt", "md"])
def test_render_gives_each_page_written_out_by_the_worker(form: Format) -> None:
    """render= sends text between processes instead of Articles; the text is what the
    parent would write from the Article, and failures stay records to render there."""
    inputs = [*PAGES, "no/such/page.html"]
    plain = list(clean_many(inputs, workers=0))
    rendered = list(clean_many(inputs, workers=1, render=form, indent=1))
    expected = [*["ok"] * len(PAGES), "failed"]
    assert [r.status for r in rendered] == [r.status for r in plain] == expected
    for mine, theirs in zip(rendered[:-1], plain[:-1], strict=True):
        assert mine.article is None
        assert mine.record == render(theirs, form, indent=1)
        assert mine.record
    assert rendered[-1].record is None
    assert rendered[-1].error == plain[-1].error


def test_a_near_empty_article_is_recorded_empty_not_ok(tmp_path: Path) -> None:
    from dechaff.pipeline import NEAR_EMPTY

    full = tmp_path / "full.html"
    full.write_text(
        "<html><body><article>"
        + "<p>The council met on Monday to agree the new budget for the town's libraries.</p>" * 4
        + "</article></body></html>",
        encoding="utf-8",
    )
    near = tmp_path / "near.html"
    near.write_text("<html><body><p>Hello there.</p></body></html>", encoding="utf-8")
    results = {Path(r.input).name: r for r in dechaff.clean_many([full, near], workers=0)}
    assert results["full.html"].status == "ok"
    assert results["full.html"].article is not None
    assert results["full.html"].article.confidence > 0.5
    assert results["near.html"].status == "empty"
    assert results["near.html"].article is not None
    assert NEAR_EMPTY in results["near.html"].article.warnings
    assert results["near.html"].to_dict()["status"] == "empty"
