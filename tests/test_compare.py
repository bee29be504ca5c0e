"""benchmarks/compare.py: scoring, the subprocess runner on a tiny set, the report, the plots."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("compare", ROOT / "benchmarks" / "compare.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["compare"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


compare = _load()

ARTICLE = [
    "The harbour council voted on Tuesday to rebuild the old sea wall before the winter storms.",
    "Engineers said the work would take eight months and close the northern quay to boats.",
    "Fishermen who moor there asked for a temporary berth, which the council promised to find.",
]
MENU = ["Home", "News", "Sport", "Weather", "Contact us"]


def test_tokens_count_each_cjk_character_and_each_word() -> None:
    assert compare.tokens("Hello, World! 42") == ["hello", "world", "42"]
    assert compare.tokens("龙湖集团2019年") == ["龙", "湖", "集", "团", "2019", "年"]
    assert compare.tokens("ＡＢＣ") == ["abc"]  # NFKC
    assert compare.tokens("हिन्दी") == ["हिन्दी"]  # combining marks stay in the word
    assert compare.tokens("snake_case") == ["snake", "case"]
    assert compare.tokens(None) == []


def test_prf() -> None:
    assert compare.prf(Counter("aab"), Counter("ab")) == pytest.approx((2 / 3, 1.0, 0.8))
    assert compare.prf(Counter(), Counter("ab")) == (0.0, 0.0, 0.0)


def test_day_and_names() -> None:
    assert compare.day("2019-09-07T13:43:45+08:00") == date(2019, 9, 7)
    assert compare.day("2019年9月7日 13:43") == date(2019, 9, 7)
    assert compare.day("Sat, 07 Sep 2019 13:43:45 GMT") == date(2019, 9, 7)
    assert compare.day("soon") is None
    assert compare.names("By Ann Lee and Bo Chen") == compare.names("bo chen; ann lee")
    assert compare.names("张三、李四") == frozenset({"张三", "李四"})


def test_score_body_snippets_and_fields() -> None:
    gold = [
        {
            "id": "a",
            "body": "one two three four",
            "with": ["two three"],
            "without": ["Home"],
            "title": "T",
            "date": "2020-01-02",
            "author": "Ann Lee",
        },
        {"id": "b", "body": None, "with": ["x y"], "without": ["menu"]},
    ]
    run = {
        "a": {
            "body": "one two three Home",
            "title": "T",
            "date": "2020-01-02T09:00",
            "seconds": 0.01,
        },
        "b": {"body": "", "error": "ValueError: no", "seconds": 0.03},
    }
    s = compare.score(gold, run)
    assert s.body_prf() == pytest.approx((0.75, 0.75, 0.75))
    assert s.snippets == Counter({"tp": 1, "fn": 1, "fp": 1, "tn": 1})
    assert s.snippet_prf() == pytest.approx((0.5, 0.5, 0.5))
    assert (s.title, s.date, s.author) == ([True], [True], [False])
    assert s.f1() == pytest.approx(0.75)
    assert s.median_ms() == pytest.approx(20.0)
    assert s.failures == 1
    missing = compare.score(gold, {})
    assert missing.f1() is None
    assert not missing.title


def test_text_as_html_and_html_text() -> None:
    html = compare.text_as_html(b"Title\n\nFirst <para>\nline two")
    assert b"<p>First &lt;para&gt;<br>line two</p>" in html
    text = compare.html_text("<div><p>One</p><p>Two <b>bold</b></p><script>x()</script></div>")
    assert text == "One\nTwo bold"


def test_replace_marked() -> None:
    page = f"intro\n{compare.BEGIN}\nold\n{compare.END}\noutro\n"
    assert (
        compare.replace_marked(page, "new")
        == f"intro\n{compare.BEGIN}\nnew\n{compare.END}\noutro\n"
    )


def _tiny_set(folder: Path) -> Path:
    docs = folder / "tiny" / "docs"
    docs.mkdir(parents=True)
    body = "\n".join(ARTICLE)
    (docs / "p1.txt").write_text("\n".join(MENU) + "\n\nSea wall to be rebuilt\n\n" + body + "\n")
    html = "".join(f"<a href='/{m}'>{m}</a> " for m in MENU)
    html += "<article><h1>Sea wall</h1>" + "".join(f"<p>{p}</p>" for p in ARTICLE) + "</article>"
    (docs / "p2.html").write_text(f"<html><body><nav>{html}</body></html>")
    gold = [
        {"id": "p1", "file": "docs/p1.txt", "kind": "text", "lang": "en", "body": body},
        {"id": "p2", "file": "docs/p2.html", "kind": "html", "lang": "en", "body": body},
    ]
    (folder / "tiny" / "gold.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold))
    return folder / "tiny"


def test_runs_dechaff_in_a_subprocess_and_reports(tmp_path: Path) -> None:
    tiny = _tiny_set(tmp_path)
    out = tmp_path / "out"
    argv = [str(tiny), "--run", "dechaff", "--extractors", "dechaff", "--out", str(out)]
    assert compare.main([*argv, "--dechaff-python", sys.executable, "--no-plots"]) == 0
    records = [json.loads(line) for line in (out / "runs/dechaff/tiny.jsonl").open()]
    assert [r["id"] for r in records] == ["p1", "p2"]
    assert all(r["error"] is None and r["seconds"] > 0 for r in records)
    assert "harbour council" in records[0]["body"]
    assert "Weather" not in records[0]["body"]
    meta = json.loads((out / "runs/dechaff/tiny.meta.json").read_text())
    assert meta["version"]
    assert meta["peak_rss_mb"] > 0
    report = (out / "report.md").read_text()
    assert "| **dechaff " in report
    assert "tiny (body)" in report
    scores = json.loads((out / "scores.json").read_text())
    assert scores["dechaff/tiny"]["f1"] > 0.9


def test_a_worker_that_cannot_start_is_reported(tmp_path: Path) -> None:
    gold = compare.load_gold(_tiny_set(tmp_path))
    meta = compare.run_set("dechaff", "tiny", gold, "/nonexistent/python", tmp_path, 5.0)
    assert "FileNotFoundError" in meta["error"]
    if importlib.util.find_spec("goose3") is None:  # an interpreter without the extractor
        meta = compare.run_set("goose3", "tiny", gold, sys.executable, tmp_path, 5.0)
        assert "ModuleNotFoundError" in meta["error"]
        assert (tmp_path / "goose3" / "tiny.jsonl").read_text() == ""


def test_plots_are_drawn(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    tiny = _tiny_set(tmp_path)
    gold = {"tiny": compare.load_gold(tiny)}
    run = {"p1": {"body": "\n".join(ARTICLE), "seconds": 0.01}, "p2": {"body": "", "seconds": 0.1}}
    scores = {
        ("dechaff", "tiny"): compare.score(gold["tiny"], run),
        ("lxml-parse", "tiny"): compare.score(gold["tiny"], run, text=False),
    }
    table = compare.Table(["tiny"], ["dechaff", "lxml-parse"], scores, {"dechaff": "0.1"}, gold)
    for path in compare.plot(table, tmp_path):
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
