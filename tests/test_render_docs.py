"""docs/renderers.md shows what the renderers write for its example article."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from dechaff import Article
from dechaff.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_the_example_outputs_are_the_renderers_own() -> None:
    text = (ROOT / "docs" / "renderers.md").read_text(encoding="utf-8")
    source = re.search(r"^```python\n(.*?)^```$", text, flags=re.S | re.M)
    markdown = re.search(r"^````markdown\n(.*?)^````$", text, flags=re.S | re.M)
    html = re.search(r"^```html\n(.*?)^```$", text, flags=re.S | re.M)
    assert source is not None
    assert markdown is not None
    assert html is not None
    scope: dict[str, Any] = {}
    exec(source.group(1), scope)
    article = scope["article"]
    assert isinstance(article, Article)
    assert markdown.group(1) == article.to_markdown()
    assert html.group(1) == article.to_html()


@pytest.mark.parametrize("form", ["markdown", "html"])
def test_the_cli_page_shows_real_records(
    form: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    shown = re.search(rf"^```{form}\n(<!-- input: .*?)^```$", text, flags=re.S | re.M)
    assert shown is not None
    out = tmp_path / "out"
    page = "examples/pages/library-en.html"
    argv = ["clean", page, "-o", str(out), "--format", {"markdown": "md"}.get(form, form)]
    monkeypatch.chdir(ROOT)  # the record names its input as given
    assert main([*argv, "--workers", "0", "-q"]) == 0
    assert out.read_text(encoding="utf-8") == shown.group(1) + "\n"
