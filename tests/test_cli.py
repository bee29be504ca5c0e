"""The dechaff command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from dechaff.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
SEED = SAMPLES / "zh-seed-000_b337f5190e90a83a.txt"


def test_clean_prints_one_json_line_per_page(capsys: pytest.CaptureFixture[str]) -> None:
    pages = sorted(SAMPLES.glob("*.txt"))
    assert main(["clean", *map(str, pages)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(pages)
    records = [json.loads(line) for line in lines]
    assert [r["input"] for r in records] == [str(p) for p in pages]
    seed = next(r for r in records if r["input"] == str(SEED))
    assert seed["title"] == "风口:B端小微金融的三路玩法"


def test_unreadable_path_exits_1_and_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["clean", str(tmp_path / "absent.txt"), str(SEED)]) == 1
    captured = capsys.readouterr()
    assert "absent.txt" in captured.err
    failure, article = map(json.loads, captured.out.splitlines())
    assert failure["status"] == "failed"
    assert failure["input"] == str(tmp_path / "absent.txt")
    assert failure["error"] == "SourceError"
    assert article["status"] == "ok"


def test_usage_error_exits_2() -> None:
    with pytest.raises(SystemExit) as exc:
        main([])
    assert exc.value.code == 2


def test_python_dash_m() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "dechaff", "clean", "--indent", "1", str(SEED)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(done.stdout)["views"] == 2616
