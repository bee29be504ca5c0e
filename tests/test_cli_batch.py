"""The batch command line: outputs, formats, errors file, stdin, resume after a SIGKILL."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dechaff.batch.sink import recorded_inputs
from dechaff.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PAGES = sorted(SAMPLES.glob("*.txt"))


def records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture
def dump(tmp_path: Path) -> Path:
    """A folder of pages, one image and one empty subfolder."""
    folder = tmp_path / "dump"
    (folder / "sub").mkdir(parents=True)
    for page in PAGES:
        shutil.copy(page, folder / "sub" / page.name)
    (folder / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(32))
    return folder


def test_folder_to_file_with_errors_apart(dump: Path, tmp_path: Path) -> None:
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    argv = [
        "clean",
        str(dump),
        str(tmp_path / "gone.html"),
        "-o",
        str(out),
        "--errors",
        str(errors),
    ]
    assert main([*argv, "--workers", "2", "-q"]) == 1
    assert [r["input"] for r in records(out)] == [str(dump / "sub" / p.name) for p in PAGES]
    assert all(r["status"] == "ok" for r in records(out))
    bad = {r["input"]: r["status"] for r in records(errors)}
    assert bad == {str(dump / "logo.png"): "skipped", str(tmp_path / "gone.html"): "failed"}


def test_all_skipped_or_ok_exits_0(dump: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["clean", str(dump), "--workers", "0"]) == 0
    captured = capsys.readouterr()
    assert len(captured.out.splitlines()) == len(PAGES) + 1
    assert "done" in captured.err
    assert main(["clean", str(dump), "--workers", "0", "-q"]) == 0
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("form", ["json", "txt", "md"])
def test_formats(dump: Path, tmp_path: Path, form: str) -> None:
    out = tmp_path / f"out.{form}"
    assert main(["clean", str(dump), "-o", str(out), "--format", form, "--workers", "0", "-q"]) == 0
    text = out.read_text(encoding="utf-8")
    if form == "json":
        parsed = json.loads(text)
        assert len(parsed) == len(PAGES) + 1  # the skipped image too
    else:
        assert text.count(str(dump / "sub")) == len(PAGES)  # articles only
        assert "风口:B端小微金融的三路玩法" in text
        assert "logo.png" not in text
    if form == "md":
        assert "# 风口:B端小微金融的三路玩法" in text


def test_stdin_json_lines_to_stdout() -> None:
    lines = [
        json.dumps({"url": f"https://a.example/{p.stem}", "text": p.read_text()}) for p in PAGES
    ]
    done = subprocess.run(
        [sys.executable, "-m", "dechaff", "clean", "-", "--workers", "1", "-q"],
        input="\n".join(lines) + "\n",
        capture_output=True,
        text=True,
        check=True,
    )
    got = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["input"] for r in got] == [f"-#{n}" for n in range(1, len(PAGES) + 1)]
    assert [r["url"] for r in got] == [f"https://a.example/{p.stem}" for p in PAGES]


def test_files_from(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text("".join(f"{p}\n" for p in PAGES[:2]))
    assert main(["clean", "--files-from", str(listing), "--workers", "0", "-q"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    for argv in (
        ["clean"],
        ["clean", "x", "--resume"],
        ["clean", "x", "-o", str(tmp_path / "o"), "--resume", "--format", "txt"],
    ):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 2


def test_resume_cuts_a_half_written_line_and_adds_the_rest(dump: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert main(["clean", str(dump), "-o", str(out), "--workers", "0", "-q"]) == 0
    whole = out.read_bytes().splitlines(keepends=True)
    out.write_bytes(b"".join(whole[:2]) + whole[2][:40])  # killed in the middle of line 3
    assert recorded_inputs(str(out)) == {r["input"] for r in map(json.loads, whole[:2])}
    assert out.read_bytes() == b"".join(whole[:2])
    assert main(["clean", str(dump), "-o", str(out), "--resume", "--workers", "0", "-q"]) == 0
    assert sorted(out.read_bytes().splitlines(keepends=True)) == sorted(whole)


def test_sigkill_mid_batch_then_resume_gives_one_record_per_input(tmp_path: Path) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    count = 300
    for number in range(count):
        shutil.copy(PAGES[number % len(PAGES)], folder / f"{number:04}.txt")
    out = tmp_path / "out.jsonl"
    command = [sys.executable, "-m", "dechaff", "clean", str(folder), "-o", str(out), "-q"]
    batch = subprocess.Popen([*command, "--workers", "2"], start_new_session=True)
    deadline = time.monotonic() + 120
    while (not out.exists() or out.read_bytes().count(b"\n") < 20) and time.monotonic() < deadline:
        time.sleep(0.01)
    os.killpg(batch.pid, signal.SIGKILL)  # the batch and its workers, at once
    batch.wait()
    before = out.read_bytes().count(b"\n")
    assert 20 <= before < count, "the batch was not killed midway"
    subprocess.run([*command, "--workers", "2", "--resume"], check=True)
    inputs = [r["input"] for r in records(out)]
    assert sorted(inputs) == sorted(str(p) for p in folder.iterdir())  # each exactly once
    assert all(r["status"] == "ok" for r in records(out))
