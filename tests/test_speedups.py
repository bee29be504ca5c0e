"""The C extensions (dechaff.html._speedups, dechaff.html._select, dechaff.core._shape)
against the pure-Python passes they stand in for.

Each pass the extension speeds up has a pure-Python twin, and both must give the same
blocks, containers, hints, selected elements and text shapes, to the last float: on the
project's own pages, on hand-made pages that hit each rule of the walk, and on random ones.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dechaff import clean
from dechaff.core import features, native
from dechaff.html import parse
from dechaff.html import speedups as html_speedups
from dechaff.html.segment import segment_tree
from dechaff.html.select import select

ROOT = Path(__file__).resolve().parents[1]
speedups = html_speedups.ctree
shape_extension = features.cshape
needs_speedups = pytest.mark.skipif(
    speedups is None or html_speedups.cselect is None or shape_extension is None,
    reason="built without the C extensions",
)


def test_ci_builds_the_extension() -> None:
    """CI installs with a compiler: there the extensions must be built and loaded."""
    if not os.environ.get("CI") or os.environ.get("DECHAFF_PURE_PYTHON"):
        pytest.skip("only CI promises a compiler")
    assert speedups is not None
    assert shape_extension is not None
    assert features.shape_of is shape_extension.shape
    assert html_speedups.cselect is not None
    assert native.accelerated()


def _pages() -> list[Path]:
    found = [*ROOT.glob("tests/golden/*.html"), *ROOT.glob("tests/fixtures/**/*.html")]
    assert len(found) >= 8
    return sorted(found)


def _blocks(html: str) -> tuple[Any, ...]:
    root = parse(html)
    assert root is not None
    blocks, tree = segment_tree(root)
    rows = [
        (b.text, b.index, b.group, b.tag, b.link_density, b.node, b.shape, b.units) for b in blocks
    ]
    selected = select(root)
    chosen = tuple(
        [(e.tag, sorted(e.items())) for e in elements]
        for elements in (
            selected.items,
            selected.authors,
            selected.trails,
            selected.rels,
            selected.typed,
        )
    )
    by_tag = {tag: [e.sourceline for e in found] for tag, found in selected.by_tag.items()}
    assert tree.element is not None
    elements = [tree.element(node) for node in range(len(tree.parent))]
    # the same element objects: the structure pass reads the markup through them
    assert all(e.getroottree().getroot() is root.getroottree().getroot() for e in elements)
    nodes = [(e.tag, e.sourceline, sorted(e.items())) for e in elements]
    return rows, tree.parent, tree.hint, chosen, by_tag, nodes


def _both(html: str, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    fast = _blocks(html)
    with monkeypatch.context() as patched:
        _python_only(patched)
        slow = _blocks(html)
    return fast, slow


def _python_only(patched: pytest.MonkeyPatch) -> None:
    """Run the HTML passes' pure-Python twins: the walk's and the selection's."""
    patched.setattr(html_speedups, "ctree", None)
    patched.setattr(html_speedups, "cselect", None)


# Each page hits one rule of the walk or of the selection.
WALK_CASES = {
    "glued": "<p>10 m<sup>2</sup> and H<sub>2</sub>O, <sup> </sup>x<sub></sub>y</p>",
    "glued link": "<p>see <a href='#'>note<sup>12</sup></a> here</p>",
    "break text": "<p>one<br>two<br/>three</p><div>a<br>b</div>",
    "digits after words": "<p><span>Jane Doe</span><span>2013</span><b>Apr</b><b>04</b></p>",
    "digits after CJK": "<p><span>第</span><span>3</span>页</p>",
    "links": "<ul><li><a href='/a'>Home</a></li><li><a href='/b'>News <b>today</b></a> x</li></ul>",
    "skipped tails": "<div>before<script>var x = 1;</script>after<style>p{}</style> end</div>",
    "comments": "<p>one<!-- hidden -->two</p><!-- between --><p>three</p>",
    "stray text": "text before<div>inside</div>text after<p>p</p>tail",
    "whitespace": "<p>  a  </p>\n\n<p>\t</p><p>b <i> </i> c</p>",
    "whitespace kinds": (
        "<p>a</p> \t\x0b\x0c\r\n<p>b</p>\xa0<p>c</p>\u3000<div> <span> </span>\n</div>"
        "<p>d&#32;<b>e</b>&#9;<i>f</i>\x1c<u>g</u> \x1f <s>h</s></p><p><a href='/'> </a>i</p>"
    ),
    "nested blocks": "<div>a<div>b<p>c<span>d</span></p>e</div>f</div>",
    "cdata and entities": "<p>&amp; &lt;tag&gt; &nbsp; &#20013;&#25991;</p>",
    "hints": (
        "<div class='nav menu' id='top'><a href='/'>Home</a></div>"
        "<article itemprop='articleBody' role='main'><p>Body text here.</p></article>"
        "<footer class=''><p>Footer</p></footer><aside role='complementary'>Side</aside>"
        "<h2 id='nav_toc'>Heading</h2><div class>empty class</div>"
    ),
    "selection": (
        "<head><title>T</title><meta name='author' content='A'><script>{}</script></head>"
        "<body><h1>Head</h1><span class='byline'>By A</span><div id='breadcrumbs'>x</div>"
        "<a rel='next' href='/2'>next</a><time datetime='2020-01-01'>Jan 1</time>"
        "<span itemprop='author'>B</span><nav aria-label='Breadcrumb'>y</nav>"
        "<div itemtype='https://schema.org/BreadcrumbList'>z</div><div class='Bread'>w</div>"
        "<p property='og:x'>p</p><div id='authorbox' class='a'>q</div></body>"
    ),
    "unusual tags": (
        "<p><o:p>office</o:p><custom-tag>custom</custom-tag><svg><text>no</text></svg></p>"
    ),
    "tables": "<table><tr><td>1</td><td>2,5</td></tr><tr><th>h</th></tr></table>",
    "controls": (
        "<button class='menu'><span>Menu</span></button><select><option>A</option></select>"
        "<button><div>Question?</div></button><p>after</p>"
        "<button class='menu'><div class='icon'><nav><a href='/'>Home</a></nav><p>page</p>"
    ),
    "control holding many elements": (
        "<button><div>"
        + "<span>x</span>" * 64
        + "<p>kept</p></button><button><b>y</b>"
        + "<span>z</span>" * 62
        + "<div>skipped</div></button><button><b>w</b>"
        + "<span>v</span>" * 63
        + "<div>kept too</div></button>"
    ),
    "structure": (
        "<h2>Head</h2><ul><li>a<ol><li>b</li></ol></li></ul><pre class='lang-go'>x\n\ty</pre>"
        "<blockquote><p>q</p></blockquote><figure><img src='i.jpg'><figcaption>c</figcaption>"
        "</figure><p>see <a href='/x'>link <b>bold</b></a> <em>em</em></p>"
    ),
}


@needs_speedups
@pytest.mark.parametrize("name", sorted(WALK_CASES))
def test_walk_and_selection_match_python(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    html = f"<!DOCTYPE html><html><body>{WALK_CASES[name]}</body></html>"
    if WALK_CASES[name].startswith("<head>"):
        html = f"<!DOCTYPE html><html>{WALK_CASES[name]}</html>"
    fast, slow = _both(html, monkeypatch)
    assert fast == slow
    assert fast[0], "every case makes blocks"


@needs_speedups
@pytest.mark.parametrize("path", _pages(), ids=lambda p: p.name)
def test_pages_match_python(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    html = path.read_bytes().decode("utf-8", "replace")
    fast, slow = _both(html, monkeypatch)
    assert fast == slow
    article = clean(path.read_bytes())
    with monkeypatch.context() as patched:
        _python_only(patched)
        assert clean(path.read_bytes()) == article


def _deep(levels: int) -> str:
    return "<div>" * levels + "<p>deep text, at the bottom.</p>" + "</div>" * levels


@needs_speedups
def test_deep_nesting_matches_python(monkeypatch: pytest.MonkeyPatch) -> None:
    """The C walk keeps no stack of its own: a page at the parser's depth limit walks."""
    limit = sys.getrecursionlimit()
    fast, slow = _both(f"<html><body>{_deep(2000)}</body></html>", monkeypatch)
    assert fast == slow
    assert fast[0][-1][0] == "deep text, at the bottom."
    assert sys.getrecursionlimit() == limit


@needs_speedups
def test_more_tag_names_than_the_name_table_holds(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past 512 distinct tag names the C walk reads each name itself: the same blocks."""
    body = "".join(
        f"<x-tag{n} class='c{n}'>text {n}<div>block {n}</div></x-tag{n}>" for n in range(700)
    )
    fast, slow = _both(f"<html><body><p>start</p>{body}<p>end</p></body></html>", monkeypatch)
    assert fast == slow
    assert len(fast[0]) == 2 + 2 * 700
    assert [row[0] for row in fast[0][-3:]] == ["text 699", "block 699", "end"]


_TAGS = ["p", "div", "a", "span", "sup", "br", "script", "li", "h2", "b", "td", "nav", "time"]
_ATTRIBUTES = ["", " class='byline'", " id='nav'", " rel='x'", " role='main'"]
_TEXTS = st.text(alphabet="ab 1.,:中。\u00a0\t\n&", max_size=8)


@st.composite
def _html(draw: st.DrawFn, depth: int = 0) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 4))):
        if depth < 4 and draw(st.booleans()):
            tag = draw(st.sampled_from(_TAGS))
            attrs = draw(
                st.sampled_from(["", " class='byline'", " id='nav'", " rel='x'", " role='main'"])
            )
            parts.append(f"<{tag}{attrs}>{draw(_html(depth + 1))}</{tag}>")
        else:
            parts.append(draw(_TEXTS).replace("&", "&amp;"))
    return "".join(parts)


@needs_speedups
@settings(max_examples=300, deadline=None)
@given(body=_html())
def test_random_pages_match_python(body: str) -> None:
    html = f"<html><body>{body}</body></html>"
    fast = _blocks(html)
    assert fast == _python_blocks(html)


def _python_blocks(html: str) -> tuple[Any, ...]:
    """_blocks by the pure-Python twins (not monkeypatch: hypothesis runs many examples)."""
    saved = html_speedups.ctree, html_speedups.cselect
    html_speedups.ctree = html_speedups.cselect = None
    try:
        return _blocks(html)
    finally:
        html_speedups.ctree, html_speedups.cselect = saved


_SELECT_TAGS = ["a", "link", "meta", "div", "span", "time", "script", "h1", "o:p", "svg"]
_SELECT_NAMES = [
    "class", "id", "rel", "itemprop", "itemtype", "property", "typeof", "aria-label",
    "href", "role", "xml:lang", "clas", "relx", "CLASS",
]  # fmt: skip
_SELECT_VALUES = st.lists(
    st.sampled_from(
        ["uthor", "yline", "rumb", "Bread", "RUMB", "readcrumb", "u", " ", "中", "&amp;"]
    ),
    max_size=4,
).map("".join)


@st.composite
def _marked(draw: st.DrawFn, depth: int = 0) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(0, 3))):
        tag = draw(st.sampled_from(_SELECT_TAGS))
        attributes = ""
        for _ in range(draw(st.integers(0, 3))):
            name = draw(st.sampled_from(_SELECT_NAMES))
            value = draw(st.none() | _SELECT_VALUES)
            attributes += f" {name}" if value is None else f" {name}='{value}'"
        inner = draw(_marked(depth + 1)) if depth < 3 else "t"
        parts.append(f"<{tag}{attributes}>{inner}</{tag}>")
    return "".join(parts)


@needs_speedups
@settings(max_examples=400, deadline=None)
@given(body=_marked())
def test_random_markup_is_selected_as_in_python(body: str) -> None:
    html = f"<html><head><meta itemprop='x'></head><body>{body}</body></html>"
    assert _blocks(html)[3:5] == _python_blocks(html)[3:5]


def _regex_shape(text: str) -> tuple[int, int, int, bool]:
    """The shape as features.py's patterns define it, with no fast path."""
    return (
        len(features._CJK_CHAR.findall(text)),
        len(features._WORD.findall(text)),
        len(features._FULL_PUNCT.findall(text)) + len(features._HALF_PUNCT.findall(text)),
        bool(features._END_PUNCT.search(text)),
    )


_SHAPE_ALPHABET = (
    "aZ9_ .,;:!?\"'“”‘’»«)]」』）。！？；，、：…中文かナ한é\u0301\u0663²\n\t\u3000\xa0-"
)


@needs_speedups
@settings(max_examples=2000, deadline=None)
@given(text=st.text(alphabet=_SHAPE_ALPHABET, max_size=14))
def test_shape_matches_the_patterns(text: str) -> None:
    assert shape_extension is not None
    assert tuple(shape_extension.shape(text)) == _regex_shape(text)
    assert shape_extension.shape(text) == features.shape_of_python(text)


@needs_speedups
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新华社北京3月5日电,记者:张三。", (12, 2, 3, True)),  # half-width marks after CJK count
        ("It grew by 2,616 at 11:14 today.", (0, 9, 1, True)),  # not inside numbers
        ("He said “yes”. Then left", (0, 5, 1, False)),
        ("Fin.”  ", (0, 1, 1, True)),  # a closing quote may follow the end
    ],
)
def test_shape_examples(text: str, expected: tuple[int, int, int, bool]) -> None:
    assert shape_extension is not None
    assert tuple(shape_extension.shape(text)) == expected == _regex_shape(text)


_EDGE_TEXTS = ("", " ", "a", "。", "中", "a.", ".a", "a .", "中,", "“.", "1.")


@needs_speedups
def test_shape_edges() -> None:
    assert speedups is not None
    for text in _EDGE_TEXTS:
        assert tuple(shape_extension.shape(text)) == _regex_shape(text), text


EXTENSIONS = ("dechaff.html._speedups", "dechaff.html._select", "dechaff.core._shape")


def _built(name: str) -> ModuleType:
    module = sys.modules.get(name)
    if module is None:
        pytest.skip("built without the C extensions")
    return module


@pytest.mark.parametrize("built", [True, False])
def test_version_says_whether_the_extensions_run(
    built: bool, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from dechaff import cli

    modules = {name: _built(name) if built else None for name in EXTENSIONS}
    monkeypatch.setattr(native, "loaded", modules)
    with pytest.raises(SystemExit):
        cli.main(["--version"])
    said = capsys.readouterr().out.strip()
    assert said.endswith("with its C extensions" if built else "pure Python")


@pytest.mark.parametrize("name", EXTENSIONS)
def test_a_build_of_another_interface_is_not_used(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = _built(name)
    monkeypatch.setattr(native, "loaded", dict(native.loaded))
    monkeypatch.setattr(built, "INTERFACE", native.INTERFACE + 1)
    assert native.load(name) is None
    assert not native.accelerated()
    monkeypatch.setattr(built, "INTERFACE", native.INTERFACE)
    assert native.load(name) is built


class _Incompatible:
    """A finder that fails an extension's import as a build against another lxml does."""

    def __init__(self, name: str) -> None:
        self.name = name

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name == self.name:
            raise ValueError(
                "lxml.etree._Element size changed, may indicate binary incompatibility"
            )


@pytest.mark.parametrize("name", EXTENSIONS)
def test_an_extension_that_cannot_load_warns_and_dechaff_runs_in_pure_python(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _built(name)
    monkeypatch.setattr(native, "loaded", dict(native.loaded))
    monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(sys, "meta_path", [_Incompatible(name), *sys.meta_path])
    with pytest.warns(RuntimeWarning, match="C extension could not be loaded"):
        assert native.load(name) is None
    assert not native.accelerated()


def test_the_html_passes_run_in_pure_python_when_the_walk_is_not_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Without the walk's extension (reloaded as if it were not built), pages clean the same."""
    import importlib

    page = (ROOT / "examples" / "pages" / "library-en.html").read_bytes()
    article = clean(page)
    monkeypatch.setenv("DECHAFF_PURE_PYTHON", "1")
    try:
        assert importlib.reload(html_speedups).ctree is None
        assert html_speedups.cselect is None
        assert clean(page) == article
    finally:
        monkeypatch.undo()
        importlib.reload(html_speedups)
    assert html_speedups.ctree is speedups
    assert html_speedups.cselect is not None or speedups is None


@needs_speedups
def test_the_c_walk_gives_every_element(monkeypatch: pytest.MonkeyPatch) -> None:
    """Walk.element(n) gives what walk_python's elements list holds."""
    from dechaff.core.blocks import Block, clean_line
    from dechaff.core.features import shape_of
    from dechaff.html.segment import _ROLES, walk_python

    html = f"<html><body>{WALK_CASES['structure']}</body></html>"
    root = parse(html)
    assert root is not None
    assert speedups is not None
    walked = speedups.walk(root, _ROLES, clean_line, Block, shape_of, [], [])
    elements: list[Any] = []
    walk_python(root, [], [], elements)
    assert [walked.element(n) for n in range(len(elements))] == elements
    with pytest.raises(IndexError):
        walked.element(len(elements))


@needs_speedups
def test_structure_pages_give_the_same_blocks(monkeypatch: pytest.MonkeyPatch) -> None:
    for path in sorted(ROOT.glob("tests/golden/*-structure.html")):
        fast = clean(path.read_bytes(), url="https://example.org/a/b.html")
        assert fast.blocks
        with monkeypatch.context() as patched:
            _python_only(patched)
            slow = clean(path.read_bytes(), url="https://example.org/a/b.html")
        assert fast.blocks == slow.blocks
        assert fast == slow
