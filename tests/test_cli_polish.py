"""The command line's edges: progress totals, empty inputs, Ctrl-C, exit codes, messages."""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from dechaff import cli
from dechaff.batch import Result, progress
from dechaff.batch.counting import count_inputs

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted((ROOT / "samples").glob("*.txt"))


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_known_total_shows_done_of_total_and_time_left(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "_tqdm", lambda stream: None)
    monkeypatch.setattr(progress, "TERMINAL_SECONDS", 0.0)
    stream = Terminal()
    shown = progress.Progress(stream)
    shown.expect(4)
    shown.update(Result("a", "ok"))
    assert re.search(r"1/4 pages \(25%\), [\d.]+ pages/s, \d+:\d\d left", stream.getvalue())
    shown.close()
    assert stream.getvalue().endswith(
        "done, 1 pages, " + stream.getvalue().split("done, 1 pages, ")[1]
    )


def test_an_unknown_total_shows_the_rate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "_tqdm", lambda stream: None)
    monkeypatch.setattr(progress, "TERMINAL_SECONDS", 0.0)
    stream = Terminal()
    shown = progress.Progress(stream)
    shown.expect(None)
    shown.update(Result("a", "ok"))
    assert re.search(r"dechaff: 1 pages, [\d.]+ pages/s: 1 ok", stream.getvalue())
    assert "left" not in stream.getvalue()


def test_the_tqdm_bar_gets_the_total() -> None:
    if progress._tqdm(io.StringIO()) is None:
        pytest.skip("the progress extra (tqdm) is not installed")
    stream = Terminal()
    shown = progress.Progress(stream)
    shown.expect(3)
    shown.update(Result("a", "ok"))
    shown.close()
    assert "1/3" in stream.getvalue()


def test_an_interrupted_summary_says_so() -> None:
    stream = io.StringIO()
    shown = progress.Progress(stream)
    shown.expect(10)
    shown.update(Result("a", "ok"))
    shown.close(interrupted=True)
    assert stream.getvalue().startswith("dechaff: interrupted after 1 of 10 pages; 1 pages, ")


def test_inputs_are_counted_when_cheap(tmp_path: Path) -> None:
    (tmp_path / "dir" / "sub").mkdir(parents=True)
    for name in ("dir/a.html", "dir/sub/b", "dir/sub/c.png", "x.txt"):
        (tmp_path / name).write_text("page")
    with zipfile.ZipFile(tmp_path / "site.zip", "w") as archive:
        archive.writestr("1.html", "<p>1</p>")
        archive.writestr("2.html", "<p>2</p>")
    (tmp_path / "empty").mkdir()
    specs = [str(tmp_path / n) for n in ("dir", "x.txt", "site.zip", "empty", "gone.html")]
    assert count_inputs(specs) == 3 + 1 + 2 + 1 + 1  # an empty folder and a missing file: 1
    assert count_inputs([str(tmp_path / "*.txt")]) == 1
    assert count_inputs(specs, done={str(tmp_path / "x.txt")}) == 7
    (tmp_path / "crawl.jsonl").write_text("{}\n")
    assert count_inputs([*specs, str(tmp_path / "crawl.jsonl")]) is None
    assert count_inputs(["-"]) is None


def test_an_input_without_pages_is_reported_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "empty").mkdir()
    (tmp_path / "none.jsonl").write_text("")
    out = tmp_path / "out.jsonl"
    argv = ["clean", str(tmp_path / "empty"), str(tmp_path / "none.jsonl"), str(PAGES[0])]
    assert cli.main([*argv, "-o", str(out), "--workers", "0"]) == cli.EXIT_SOME_FAILED == 1
    err = capsys.readouterr().err
    assert f"dechaff: {tmp_path / 'empty'}: no page in it" in err
    assert f"dechaff: {tmp_path / 'none.jsonl'}: no page in it" in err
    assert "1 ok, 0 empty, 0 skipped, 2 failed" in err


def test_an_error_line_names_its_input_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.html"
    big.write_bytes(b"<p>" + b"a" * 5000 + b"</p>")
    gone = tmp_path / "gone.html"
    out = tmp_path / "out.jsonl"
    argv = ["clean", str(big), str(gone), "--max-bytes", "1000", "-o", str(out)]
    assert cli.main([*argv, "--workers", "0"]) == 1
    lines = [line for line in capsys.readouterr().err.splitlines() if "done," not in line]
    assert len(lines) == 2
    for line, path in zip(lines, (big, gone), strict=True):
        assert line.count(path.name) == 1, line
    failures = [json.loads(line) for line in out.read_text().splitlines()]
    assert all(r["input"] not in r["message"] for r in failures)


def test_a_bad_option_value_is_a_usage_error_naming_the_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("kept\n")
    for option in (["--max-bytes", "0"], ["--indent", "99"], ["--workers", "-2"]):
        with pytest.raises(SystemExit) as exc:
            cli.main(["clean", str(PAGES[0]), "-o", str(out), *option])
        assert exc.value.code == cli.EXIT_USAGE
        assert f"{option[0]} must be" in capsys.readouterr().err
    assert out.read_text() == "kept\n"  # checked before the output was opened


def test_every_exit_code_is_documented() -> None:
    codes = {v for k, v in vars(cli).items() if k.startswith("EXIT_")}
    docs = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for text in (cli.EPILOG, cli.AUDIT_EPILOG, docs):
        listed = text[text.index("xit status") :]
        for code in codes:
            assert re.search(rf"\b{code}\b", listed), (code, text[:40])
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for code in codes:
        assert re.search(rf"\b{code}\b", readme[readme.index("Exit status") :][:400]), code


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe")
def test_ctrl_c_exits_130_and_the_summary_says_interrupted(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "z-hang.html")  # opening it blocks until a writer comes: the batch waits
    (folder / "a.txt").write_bytes(PAGES[0].read_bytes())
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "dechaff", "clean", str(folder), "-o", str(out)]
    batch = subprocess.Popen(
        [*command, "--workers", "0", "--timeout", "0"], stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 60
    while (
        not out.exists() or not out.read_bytes().endswith(b"\n")
    ) and time.monotonic() < deadline:
        time.sleep(0.01)  # the first page is written: the batch now waits on the pipe
    batch.send_signal(signal.SIGINT)
    _, err = batch.communicate(timeout=60)
    assert batch.returncode == cli.EXIT_INTERRUPTED == 130
    assert "dechaff: interrupted after 1 of 2 pages; 1 pages, " in err
