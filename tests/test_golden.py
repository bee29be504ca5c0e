"""Golden pages: each page in tests/golden/ cleans to what its NAME.expected.json says.

The expected files state what SHOULD come out of each page by the rules of
../shared/spec/what-is-the-article.md and docs/boilerplate.md, reviewed by hand; they are
not a record of whatever dechaff returns today. Four tests per page compare:

- ``fields``: kind, title, site_name, breadcrumbs, category, published, views, author,
  source, prev, next, language, encoding and warnings, field by field;
- ``paragraphs``: the body, exactly, in order;
- ``removed``: the removed blocks as ``[kind, text]`` pairs, exactly, in order;
- ``blocks``: the body as typed blocks (``BodyBlock.to_dict()``), exactly, in order.

Where dechaff is wrong today the expected file still says what is right, and that one
test is a strict xfail in ``KNOWN_WRONG`` below naming the wrong field or block: when the
code is fixed the test passes, the strict xfail fails, and the entry must go.

To write the expected files from dechaff's output (a new page, or after an intended
change), then review every changed line against the spec before committing::

    DECHAFF_UPDATE_GOLDEN=1 .venv/bin/pytest -p no:warnings tests/test_golden.py
    git diff tests/golden/

The parts listed in ``KNOWN_WRONG`` are never overwritten (they hold the hand-corrected
truth). ``gbk-declared.html`` and ``misdeclared.html`` are bytes written by
``tests/golden/make_encoded.py``.
"""

from __future__ import annotations

import difflib
import importlib.util
import json
import os
from pathlib import Path
from typing import Any

import pytest

import dechaff

GOLDEN = Path(__file__).resolve().parent / "golden"
PAGES = sorted(p for p in GOLDEN.iterdir() if p.suffix in (".html", ".txt"))
UPDATE = os.environ.get("DECHAFF_UPDATE_GOLDEN", "") not in ("", "0")

FIELDS = (
    "kind",
    "title",
    "site_name",
    "breadcrumbs",
    "category",
    "published",
    "views",
    "author",
    "source",
    "prev",
    "next",
    "language",
    "encoding",
    "warnings",
)
PARTS = ("fields", "paragraphs", "removed", "blocks")
FAILED = pytest.fail.Exception

# (page stem, part) -> what dechaff gets wrong on that page today.
KNOWN_WRONG: dict[tuple[str, str], str] = {
    ("stray-end", "removed"): (
        "footer link row '关于我们 | 联系我们 | 免责声明' labelled copyright, should be footer "
        "(a link named 免责声明 is not a disclaimer notice)"
    ),
    ("en-dump", "removed"): (
        "menu line 'Local' missing (taken as the title), headline removed as header, "
        "'1,204 views' labelled navigation, should be metadata"
    ),
}


def _expected_path(page: Path) -> Path:
    return page.with_name(page.name.rsplit(".", 1)[0] + ".expected.json")


def _actual(page: Path) -> dict[str, Any]:
    got = dechaff.clean(page).to_dict()
    out: dict[str, Any] = {key: got[key] for key in FIELDS}
    out["paragraphs"] = got["paragraphs"]
    out["removed"] = [[r["kind"], r["text"]] for r in got["removed"]]
    out["blocks"] = got["blocks"]
    return out


_CACHE: dict[Path, tuple[dict[str, Any], dict[str, Any]]] = {}


def _load(page: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """(expected, actual) for a page; in update mode, write the expected file first."""
    if page in _CACHE:
        return _CACHE[page]
    actual = _actual(page)
    path = _expected_path(page)
    if UPDATE:
        old = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
        new: dict[str, Any] = {}
        for key in (*FIELDS, "paragraphs", "removed", "blocks"):
            part = "fields" if key in FIELDS else key
            keep = (page.stem, part) in KNOWN_WRONG and key in old
            new[key] = old[key] if keep else actual[key]
        path.write_text(_format(new), encoding="utf-8")
    expected = json.loads(path.read_text(encoding="utf-8"))
    _CACHE[page] = (expected, actual)
    return expected, actual


def _format(expected: dict[str, Any]) -> str:
    """JSON with a field a line, and a paragraph or a removed pair a line: easy to review."""
    lines = []
    for key, value in expected.items():
        if isinstance(value, list) and value and key in ("paragraphs", "removed", "blocks"):
            items = ",\n".join(f"  {_show(item)}" for item in value)
            lines.append(f" {_show(key)}: [\n{items}\n ]")
        else:
            lines.append(f" {_show(key)}: {_show(value)}")
    return "{\n" + ",\n".join(lines) + "\n}\n"


def _cases(part: str) -> list[Any]:
    cases = []
    for page in PAGES:
        reason = KNOWN_WRONG.get((page.stem, part))
        # raises=: only the comparison's own failure counts, not a crash in the test.
        marks = [pytest.mark.xfail(strict=True, raises=FAILED, reason=reason)] if reason else []
        cases.append(pytest.param(page, id=page.stem, marks=marks))
    return cases


def _show(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _diff(expected: list[str], got: list[str]) -> str:
    return "\n".join(difflib.unified_diff(expected, got, "expected", "got", lineterm="", n=2))


def test_every_page_has_its_expected_file_and_no_more() -> None:
    if UPDATE:
        for page in PAGES:
            _load(page)
    assert PAGES
    wanted = {_expected_path(p).name for p in PAGES}
    present = {p.name for p in GOLDEN.glob("*.expected.json")}
    assert wanted == present


def test_known_wrong_names_real_pages() -> None:
    stems = {p.stem for p in PAGES}
    assert all(stem in stems and part in PARTS for stem, part in KNOWN_WRONG)


@pytest.mark.parametrize("page", _cases("fields"))
def test_golden_fields(page: Path) -> None:
    expected, got = _load(page)
    wrong = [
        f"  {key}: expected {_show(expected[key])}, got {_show(got[key])}"
        for key in FIELDS
        if expected[key] != got[key]
    ]
    if wrong:
        pytest.fail(f"{page.name}: {len(wrong)} field(s) differ\n" + "\n".join(wrong))


@pytest.mark.parametrize("page", _cases("paragraphs"))
def test_golden_paragraphs(page: Path) -> None:
    expected, got = _load(page)
    if expected["paragraphs"] != got["paragraphs"]:
        pytest.fail(
            f"{page.name}: body paragraphs differ\n"
            + _diff(expected["paragraphs"], got["paragraphs"])
        )


@pytest.mark.parametrize("page", _cases("removed"))
def test_golden_removed(page: Path) -> None:
    expected, got = _load(page)
    if expected["removed"] != got["removed"]:
        lines = [[f"{kind}: {text}" for kind, text in d["removed"]] for d in (expected, got)]
        pytest.fail(f"{page.name}: removed (kind, text) differ\n" + _diff(*lines))


@pytest.mark.parametrize("page", _cases("blocks"))
def test_golden_blocks(page: Path) -> None:
    expected, got = _load(page)
    if expected.get("blocks") != got["blocks"]:
        lines = [[_show(b) for b in d.get("blocks", [])] for d in (expected, got)]
        pytest.fail(f"{page.name}: blocks differ\n" + _diff(*lines))


# The bytes pages: they must stay what their names say.


def _make_encoded() -> Any:
    spec = importlib.util.spec_from_file_location("make_encoded", GOLDEN / "make_encoded.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_encoded_pages_are_their_source_bytes() -> None:
    source = _make_encoded()
    gbk = (GOLDEN / "gbk-declared.html").read_bytes()
    mis = (GOLDEN / "misdeclared.html").read_bytes()
    assert gbk == source.GBK_PAGE.encode("gbk")
    assert mis == source.MISDECLARED_PAGE.encode("utf-8")
    with pytest.raises(UnicodeDecodeError):
        gbk.decode("utf-8")
    assert b"charset=gb2312" in gbk
    assert b"charset=iso-8859-1" in mis
    assert not mis.isascii()


# Deep nesting: generated here, not stored.

_DEEP_BODY = (
    "The council voted on Tuesday night to keep the old swimming pool open for another five "
    "years, after more than two thousand people signed a letter asking it not to close.",
    "Repairs to the roof and the heating will cost about four hundred thousand dollars, which "
    "the council plans to take from its reserve fund rather than from next year's budget.",
    "The pool's manager said the vote was a relief for the swimming clubs and the schools that "
    "use it every weekday morning.",
)


def _deep_page(depth: int) -> bytes:
    paragraphs = "".join(f"<p>{p}</p>" for p in _DEEP_BODY)
    return (
        '<html><head><meta charset="utf-8">'
        "<title>Council keeps old pool open - Lakeview Times</title></head><body>"
        '<div class="header">Lakeview Times</div>'
        "<h1>Council keeps old pool open</h1>"
        + "<div>" * depth
        + paragraphs
        + "</div>" * depth
        + '<div class="footer">© 2023 Lakeview Times. All rights reserved.</div>'
        "</body></html>"
    ).encode()


@pytest.mark.parametrize(
    "depth",
    [
        300,
        2000,
        pytest.param(
            3000,
            marks=pytest.mark.xfail(
                strict=True,
                raises=AssertionError,
                reason="past libxml2's 2048-level limit the banner 'Lakeview Times' and the "
                "h1 headline come out as body paragraphs",
            ),
        ),
    ],
)
def test_deep_nesting_body_comes_out(depth: int) -> None:
    article = dechaff.clean(_deep_page(depth))
    assert article.paragraphs == _DEEP_BODY
    assert article.title == "Council keeps old pool open"
    assert article.removed_of(dechaff.Boilerplate.COPYRIGHT) == (
        "© 2023 Lakeview Times. All rights reserved.",
    )


@pytest.mark.parametrize("stem", ["zh-news", "en-news"])
def test_news_pages_show_every_kind(stem: str) -> None:
    expected = json.loads((GOLDEN / f"{stem}.expected.json").read_text(encoding="utf-8"))
    assert {kind for kind, _ in expected["removed"]} == {k.value for k in dechaff.Boilerplate}
