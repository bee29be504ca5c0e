"""Progress on standard error: a bar or status line on a terminal, log lines otherwise."""

from __future__ import annotations

import io

import pytest

from dechaff.batch import Result, progress


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("tqdm", [True, False])
def test_terminal_shows_pages_per_second(tqdm: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    if not tqdm:
        monkeypatch.setattr(progress, "_tqdm", lambda stream: None)
        monkeypatch.setattr(progress, "TERMINAL_SECONDS", 0.0)
    elif progress._tqdm(io.StringIO()) is None:
        pytest.skip("the progress extra (tqdm) is not installed")
    stream = Terminal()
    shown = progress.Progress(stream)
    shown.update(Result("a", "ok"))
    shown.update(Result("b", "failed", error="TimeoutError", message="slow"))
    shown.message("dechaff: b: slow")
    shown.close()
    text = stream.getvalue()
    assert "dechaff: b: slow" in text
    assert "pages/s" in text or "page/s" in text
    assert "done, 2 pages" in text
    assert "1 ok, 0 empty, 0 skipped, 1 failed" in text


def test_not_a_terminal_logs_plain_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "LOG_SECONDS", 0.0)
    stream = io.StringIO()
    shown = progress.Progress(stream)
    shown.update(Result("a", "skipped", reason="png"))
    shown.close()
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("dechaff: 1 pages, ")
    assert "\r" not in stream.getvalue()
    assert lines[-1].startswith("dechaff: done, 1 pages")


def test_quiet_prints_nothing() -> None:
    stream = Terminal()
    shown = progress.Progress(stream, enabled=False)
    shown.update(Result("a", "ok"))
    shown.close()
    assert stream.getvalue() == ""
    assert shown.counts["ok"] == 1
