"""The documentation holds: its links resolve, and the outputs it shows are dechaff's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import dechaff

ROOT = Path(__file__).resolve().parents[1]
PAGES = [
    *sorted((ROOT / "samples").glob("*.txt")),
    *sorted((ROOT / "examples" / "pages").glob("*.html")),
]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md")), ROOT / "examples/README.md"]
LINK = re.compile(r"\]\(([^)\s]+)\)")


def _slug(heading: str) -> str:
    """The anchor a code host gives a heading."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def _anchors(path: Path) -> set[str]:
    text = re.sub(r"```.*?```", "", path.read_text(encoding="utf-8"), flags=re.S)
    return {_slug(m) for m in re.findall(r"^#+ (.+)$", text, flags=re.M)}


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_resolve(doc: Path) -> None:
    text = re.sub(r"```.*?```", "", doc.read_text(encoding="utf-8"), flags=re.S)
    for target in LINK.findall(text):  # not in code blocks: an output shown, not a link
        if re.match(r"[a-z]+:", target):
            continue
        name, _, anchor = target.partition("#")
        path = (doc.parent / name).resolve() if name else doc
        assert path.exists(), f"{doc.name}: {target}"
        if anchor:
            assert anchor in _anchors(path), f"{doc.name}: {target}"


def _removed() -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = {}
    for page in PAGES:
        for block in dechaff.clean(page).removed:
            kinds.setdefault(block.kind.value, set()).add(block.text)
    return kinds


def test_every_kind_example_is_removed_with_that_kind() -> None:
    removed = _removed()
    text = (ROOT / "docs" / "boilerplate.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `(\w+)` \|(.*)\|$", text, flags=re.M)
    assert {kind for kind, _ in rows} == {k.value for k in dechaff.Boilerplate}
    for kind, rest in rows:
        cells = [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", rest)]
        for example in cells[-2:]:
            assert example in removed.get(kind, set()), (kind, example)


def test_getting_started_shows_the_real_removed_blocks() -> None:
    text = (ROOT / "docs" / "getting-started.md").read_text(encoding="utf-8")
    shown = re.search(r"```\n(header .*?)```", text, flags=re.S)
    assert shown is not None
    article = dechaff.clean(ROOT / "examples" / "pages" / "library-zh.html")
    real = "".join(f"{b.kind.value:10} {b.text}\n" for b in article.removed)
    assert shown.group(1) == real
    assert "print(article.title)        # 市图书馆延长夜间开放时间" in text
    assert article.title == "市图书馆延长夜间开放时间"


def test_benchmark_markers_and_plots() -> None:
    for page in (ROOT / "README.md", ROOT / "docs" / "benchmark.md"):
        text = page.read_text(encoding="utf-8")
        assert text.count("<!-- compare:begin -->") == 1, page
        assert text.index("<!-- compare:begin -->") < text.index("<!-- compare:end -->")
    for png in ("f1-per-set.png", "f1-vs-time.png"):
        assert (ROOT / "docs" / "img" / png).read_bytes()[:4] == b"\x89PNG"
