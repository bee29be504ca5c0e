"""benchmarks/halves_report.py on a tiny fake set and runs: halves side by side, the gate."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT.parent / "shared" / "bench"


def _load(name: str) -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


halves = _load("halves")
report = _load("halves_report")
TEXT = "the harbour council voted to rebuild the old sea wall before winter"


def _gold() -> list[dict[str, Any]]:
    """Two pages of a look site and one of a check site, then a check page of another type."""
    sites: dict[str, list[str]] = {"look": [], "check": []}
    number = 0
    while min(len(found) for found in sites.values()) < 2:
        host = f"site{number}.example"
        sites[halves.half_of({"id": "x", "url": f"https://{host}/"})].append(host)
        number += 1
    pages = [("a", sites["look"][0]), ("b", sites["look"][0]), ("c", sites["check"][0])]
    gold = [
        {"id": i, "url": f"https://{h}/{i}", "body": TEXT, "page_type": "article"} for i, h in pages
    ]
    gold.append(
        {"id": "d", "url": f"https://{sites['check'][1]}/d", "body": TEXT, "page_type": "forum"}
    )
    return gold


def _write(folder: Path, bodies: dict[str, str]) -> Path:
    (folder / "dechaff").mkdir(parents=True)
    with open(folder / "dechaff" / "fake.jsonl", "w", encoding="utf-8") as out:
        for page, body in bodies.items():
            out.write(json.dumps({"id": page, "body": body, "seconds": 0.01}) + "\n")
    return folder


@pytest.fixture
def bench(tmp_path: Path) -> Path:
    if not (BENCH / "score.py").exists():
        pytest.skip("needs ../shared/bench/score.py")
    (tmp_path / "data" / "fake").mkdir(parents=True)
    lines = "".join(json.dumps(g) + "\n" for g in _gold())
    (tmp_path / "data" / "fake" / "gold.jsonl").write_text(lines, "utf-8")
    return tmp_path


def _args(bench: Path, runs: Path, *more: str) -> list[str]:
    return ["--bench", str(BENCH), "--data", str(bench / "data"), "--runs", str(runs), *more]


def test_each_half_is_scored_on_its_own_pages(bench: Path) -> None:
    runs = _write(bench / "base", {"a": TEXT, "b": TEXT, "c": "", "d": TEXT})
    scores = report.collect(report.load_scorer(BENCH), bench / "data", runs, None, None)
    assert scores["fake"]["dechaff"]["look"]["body_f1"] == 1.0
    assert scores["fake"]["dechaff"]["look"]["docs"] == 2
    assert scores["fake"]["dechaff"]["check"]["body_f1"] == 0.5
    assert scores["fake:article"]["dechaff"]["check"]["body_f1"] == 0.0
    assert scores["fake:forum"]["dechaff"]["check"]["body_f1"] == 1.0
    assert scores["fake:forum"]["dechaff"]["look"]["docs"] == 0
    assert "| dechaff | 2 / 2 | 1.000 | 0.500 |" in report.report(scores)


def test_the_gate_reads_the_check_half_only(
    bench: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = _write(bench / "base", {"a": TEXT, "b": TEXT, "c": "", "d": TEXT})
    saved = bench / "base.json"
    assert report.main(_args(bench, base, "--json", str(saved))) == 0
    # the look half worse, the check half better: kept
    better = _write(bench / "better", {"a": "", "b": "", "c": TEXT, "d": TEXT})
    assert report.main(_args(bench, saved, "--compare", str(better))) == 0
    shown = capsys.readouterr().out
    assert "| dechaff | 2 / 2 | 0.000 (−1.000) | 1.000 (+0.500) |" in shown
    assert "gate (dechaff, check halves): ok" in shown
    # one check page worse: refused, and the figure named
    worse = _write(bench / "worse", {"a": TEXT, "b": TEXT, "c": "", "d": "harbour"})
    assert report.main(_args(bench, base, "--compare", str(worse))) == 1
    assert "fake check body_f1: 0.5000 -> " in capsys.readouterr().out
