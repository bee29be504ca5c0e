"""dechaff clean --format md and --format html: one whole record per page, each the
Article's own rendering between the input comments."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
import pytest

import dechaff
from dechaff.cli import main

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
PAGES = sorted(SAMPLES.glob("*.txt"))


def _records(text: str) -> list[tuple[str, str]]:
    """(input, document) for each record of an md or html output."""
    parts = re.split(r"^<!-- input: (.*) -->\n", text, flags=re.MULTILINE)
    assert parts[0] == ""
    return list(zip(parts[1::2], parts[2::2], strict=True))


@pytest.mark.parametrize("form", ["md", "html"])
def test_each_record_is_the_articles_own_rendering(
    form: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / f"out.{form}"
    argv = ["clean", *map(str, PAGES), str(tmp_path / "gone.txt"), "--format", form]
    assert main([*argv, "-o", str(out), "--workers", "0", "-q"]) == 1
    records = _records(out.read_text(encoding="utf-8"))
    assert [name for name, _ in records] == [str(p) for p in PAGES]  # no failed page
    for page, (_, document) in zip(PAGES, records, strict=True):
        article = dechaff.clean(page)
        if form == "md":
            assert document == article.to_markdown() + "\n---\n\n"
        else:
            assert document == article.to_html() + "\n"
            fragment = lxml.html.fragment_fromstring(document, create_parent="div")
            assert fragment[0].tag == "h1"
            assert fragment[0].text_content() == article.title


def test_html_goes_through_the_workers_too(tmp_path: Path) -> None:
    out = tmp_path / "out.html"
    assert main(["clean", str(PAGES[0]), "-o", str(out), "--format", "html", "-q"]) == 0
    ((name, document),) = _records(out.read_text(encoding="utf-8"))
    assert name == str(PAGES[0])
    assert document == dechaff.clean(PAGES[0]).to_html() + "\n"


def test_clean_many_renders_html() -> None:
    (result,) = dechaff.clean_many([str(PAGES[0])], workers=0, render="html")
    assert result.record is not None
    assert result.record.startswith(f"<!-- input: {PAGES[0]} -->\n<h1")


def test_an_input_name_cannot_end_the_comment(tmp_path: Path) -> None:
    page = tmp_path / "a-->b--c.txt"
    page.write_bytes(PAGES[0].read_bytes())
    out = tmp_path / "out.md"
    assert main(["clean", str(page), "-o", str(out), "--format", "md", "--workers", "0"]) == 0
    first = out.read_text(encoding="utf-8").splitlines()[0]
    assert first == f"<!-- input: {tmp_path}/a%2D%2D>b%2D%2Dc.txt -->"
