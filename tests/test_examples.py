"""The scripts under examples/ run and do what their docstrings say."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "examples" / "pages"


def _run(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    return done.stdout


def test_example_pages_come_out_clean() -> None:
    zh = json.loads(_run("-m", "dechaff", "clean", str(PAGES / "library-zh.html")))
    assert zh["title"] == "市图书馆延长夜间开放时间"
    assert len(zh["paragraphs"]) == 3
    kinds = {r["kind"] for r in zh["removed"]}
    assert {"navigation", "metadata", "ad", "share", "comments", "copyright"} <= kinds


def test_clean_folder(tmp_path: Path) -> None:
    out = tmp_path / "a.jsonl"
    printed = _run("examples/clean_folder.py", "samples/*.txt", str(PAGES), "-o", str(out))
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == len(list((ROOT / "samples").glob("*.txt"))) + 2
    assert all(r["status"] == "ok" for r in records)
    assert "'Library extends evening hours', 3 paragraphs" in printed


def test_warc(tmp_path: Path) -> None:
    pytest.importorskip("warcio", reason="the warc extra is not installed")
    printed = _run("examples/warc.py", str(PAGES), str(tmp_path / "p.warc.gz"))
    assert printed.splitlines() == [
        "ok https://news.example.com/library-en Library extends evening hours",
        "ok https://news.example.com/library-zh 市图书馆延长夜间开放时间",
    ]


def test_dask_cluster(tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    printed = _run(
        "examples/dask_cluster.py", "samples/en-sports-news.txt", str(PAGES), "-o", str(tmp_path)
    )
    assert printed.strip() == f"3 records in 2 files under {tmp_path}"


def test_audit_removed(tmp_path: Path) -> None:
    printed = _run("examples/audit_removed.py", "samples/zh-seed-000_b337f5190e90a83a.txt")
    assert "| spam | 1 |" in printed
    assert "[author_bio] samples/zh-seed-000_b337f5190e90a83a.txt: 薛洪言" in printed
    out = tmp_path / "a.jsonl"
    _run("-m", "dechaff", "clean", "-q", str(PAGES), "-o", str(out))
    from_jsonl = _run("examples/audit_removed.py", "--jsonl", str(out))
    assert "| comments | 6 |" in from_jsonl
