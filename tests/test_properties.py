"""Properties of clean() on generated pages (hypothesis), HTML and text dumps alike.

"Comes from the page's own text" is checked against the text the generator put in the
page, decoded (entities) and in document order, with whitespace and control characters
removed on both sides: the segmenter collapses and inserts spaces between inline pieces
("a<b>b</b>" gives "a b"), so only the sequence of visible characters is the page's.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dechaff
from dechaff import errors
from dechaff.pipeline import segment
from dechaff.read.source import load

# Pieces of text that exercise the lexicons, dates, CJK counting and entity decoding.
WORDS = [
    "the", "budget", "committee", "said", "schools", "Share", "Copyright 2024", "Home",
    "Next article", "Previous", "Posted by Ann Lee", "2019-11-25 11:14", "Nov 25, 2019",
    "3小时前", "上一篇：", "下一篇：", "来源：新华社", "责任编辑：王", "阅读 2616", "首页",
    "委员会周二开会。", "预算增长百分之四，", "casino poker", "快三 时时彩", "»", "|", ">",
    "...", "。", ".", ",", ":", "©", "中", "日本語", "한국어", "1.2.3.4.", "  ", "\t",
    "1986", "[edit]", "Prep Time 10 minutes", "Funding:", "Print Recipe",
]  # fmt: skip
ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&#20013;": "中", "&nbsp;": "\xa0"}
CLASSES = ["", "comment", "related", "nav", "footer", "article-body", "content", "share", "ad"]
BLOCKS = ["div", "section", "article", "aside", "nav", "footer", "header", "main"]
INLINE = ["span", "b", "em", "a"]
HIDDEN = ["script", "style"]
_INVISIBLE = re.compile(r"[\s\x00-\x1f\x7f\u00ad\u200b\ufeff]+")


def squeeze(text: str) -> str:
    """Text without whitespace, control characters or soft hyphens: what must match between
    page and output."""
    return _INVISIBLE.sub("", text)


@dataclass(frozen=True)
class Generated:
    """A generated page and the text a reader sees in it, in document order."""

    markup: str
    visible: str


def _join(parts: list[Generated]) -> Generated:
    return Generated("".join(p.markup for p in parts), "".join(p.visible for p in parts))


@st.composite
def _text(draw: st.DrawFn) -> Generated:
    parts = draw(
        st.lists(
            st.one_of(
                st.sampled_from(WORDS).map(lambda w: Generated(w, w)),
                st.sampled_from(sorted(ENTITIES)).map(lambda e: Generated(e, ENTITIES[e])),
                st.text(
                    st.characters(blacklist_categories=("Cs",), blacklist_characters="<>&\r"),
                    max_size=12,
                ).map(lambda t: Generated(t, t)),
            ),
            min_size=1,
            max_size=12,
        )
    )
    return _join([*parts, Generated(" ", " ")])


def _open(tag: str, cls: str) -> str:
    attrs = f' class="{cls}"' if cls else ""
    if tag == "a":
        attrs += ' href="/x/1.html"'
    return f"<{tag}{attrs}>"


@st.composite
def _inline(draw: st.DrawFn, depth: int = 0) -> Generated:
    if depth > 2 or draw(st.booleans()):
        return draw(_text())
    tag = draw(st.sampled_from(INLINE if depth == 0 else INLINE[:3]))
    inner = _join(draw(st.lists(_inline(depth + 1), min_size=1, max_size=3)))
    return Generated(
        f"{_open(tag, draw(st.sampled_from(CLASSES)))}{inner.markup}</{tag}>", inner.visible
    )


@st.composite
def _block(draw: st.DrawFn, depth: int = 0) -> Generated:
    choice = draw(st.integers(0, 5 if depth < 4 else 2))
    cls = draw(st.sampled_from(CLASSES))
    if choice == 0:
        inner = _join(draw(st.lists(_inline(), min_size=1, max_size=4)))
        return Generated(f"<p>{inner.markup}</p>", inner.visible)
    if choice == 1:
        level = draw(st.integers(1, 3))
        inner = draw(_inline())
        return Generated(f"<h{level}>{inner.markup}</h{level}>", inner.visible)
    if choice == 2:
        tag = draw(st.sampled_from(HIDDEN))
        body = draw(st.sampled_from(WORDS))
        return Generated(f"<{tag}>var s = '{body}';</{tag}>", "")
    if choice == 3:
        items = draw(st.lists(_inline(), min_size=1, max_size=5))
        markup = "".join(f"<li>{i.markup}</li>" for i in items)
        return Generated(f"<ul{_open('', cls)[1:]}{markup}</ul>", "".join(i.visible for i in items))
    if choice == 4:
        cells = draw(st.lists(_inline(), min_size=1, max_size=3))
        markup = "".join(f"<td>{c.markup}</td>" for c in cells)
        return Generated(f"<table><tr>{markup}</tr></table>", "".join(c.visible for c in cells))
    tag = draw(st.sampled_from(BLOCKS))
    inner = _join(draw(st.lists(_block(depth + 1), min_size=1, max_size=4)))
    return Generated(f"{_open(tag, cls)}{inner.markup}</{tag}>", inner.visible)


@st.composite
def html_pages(draw: st.DrawFn) -> Generated:
    """A generated HTML page (nesting a parser keeps as written) and its visible text."""
    title = draw(st.one_of(st.none(), _text()))
    body = _join(draw(st.lists(_block(), min_size=0, max_size=8)))
    head = f"<title>{title.markup}</title>" if title else ""
    visible = (title.visible if title else "") + body.visible
    return Generated(f"<html><head>{head}</head><body>{body.markup}</body></html>", visible)


@st.composite
def text_pages(draw: st.DrawFn) -> Generated:
    """A generated text dump: lines of words, with blank lines between groups."""
    lines = draw(
        st.lists(
            st.one_of(
                st.just(""),
                st.lists(st.sampled_from(WORDS), min_size=1, max_size=15).map(" ".join),
                st.text(st.characters(blacklist_categories=("Cs",)), max_size=40),
            ),
            max_size=25,
        )
    )
    text = "\n".join(lines)
    return Generated(text, text)


def _clean(page: Generated, kind: dechaff.PageKind) -> dechaff.Article:
    return dechaff.clean(page.markup, kind=kind)


def _outputs(article: dechaff.Article) -> list[str]:
    return [*article.paragraphs, *(r.text for r in article.removed)]


def _check_from_page(page: Generated, article: dechaff.Article) -> None:
    visible = squeeze(page.visible)
    for text in _outputs(article):
        assert squeeze(text), "an empty block"
        assert squeeze(text) in visible, text


def _check_lines_from_page(page: Generated, article: dechaff.Article) -> None:
    lines = {" ".join(line.split()) for line in page.visible.splitlines()}
    squeezed = {squeeze(line) for line in page.visible.splitlines()}
    for text in _outputs(article):
        # A text dump's block is one whole line of it.
        assert " ".join(text.split()) in lines or squeeze(text) in squeezed, text


def _check_each_block_once(
    page: Generated, kind: dechaff.PageKind, article: dechaff.Article
) -> None:
    """Every block is body or removed, never both, never neither (but the title's own line)."""
    blocks = Counter(b.text for b in segment(load(page.markup, kind=kind))[0])
    out = Counter(_outputs(article))
    assert not out - blocks, "output that is no block"
    missing = blocks - out
    assert sum(missing.values()) <= 1, missing
    if missing:
        assert article.title is not None, missing


# DECHAFF_EXPLORE=N draws N new pages per test (see conftest.py); 150 keeps a run short.
PROPERTY = settings(
    max_examples=int(os.environ.get("DECHAFF_EXPLORE") or "150"),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


@PROPERTY
@given(html_pages())
def test_html_output_comes_from_the_page(page: Generated) -> None:
    article = _clean(page, "html")
    _check_from_page(page, article)
    _check_each_block_once(page, "html", article)


@PROPERTY
@given(text_pages())
def test_text_output_comes_from_the_page(page: Generated) -> None:
    article = _clean(page, "text")
    _check_lines_from_page(page, article)
    _check_each_block_once(page, "text", article)


@PROPERTY
@given(st.one_of(html_pages(), text_pages()))
def test_same_input_same_output(page: Generated) -> None:
    for source in (page.markup, page.markup.encode("utf-8")):
        try:
            first = dechaff.clean(source).to_json()
        except errors.NotAPageError:
            continue
        assert dechaff.clean(source).to_json() == first


@PROPERTY
@given(
    st.one_of(
        st.binary(max_size=2000),
        st.text(max_size=2000),
        html_pages().map(lambda p: p.markup),
        st.binary(max_size=200).map(lambda b: b"<html><body><p>" + b + b"</p>"),
    ),
    st.sampled_from([None, "html", "text"]),
)
def test_only_dechaff_errors_escape(source: bytes | str, kind: dechaff.PageKind | None) -> None:
    try:
        article = dechaff.clean(source, kind=kind, url="https://example.org/a/1.html")
    except errors.DechaffError:
        return
    article.to_json().encode("utf-8")  # always writable


_RUN = """
import sys, dechaff
from pathlib import Path
pages = sorted(Path(sys.argv[1]).glob("*.txt")) + sorted(Path(sys.argv[1]).glob("*.html"))
for path in pages:
    print(dechaff.clean(path).to_json())
"""


def test_same_output_under_another_hash_seed(samples: object) -> None:
    """Set and dict order may change with the hash seed; the output must not."""
    outputs = []
    for seed in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-c", _RUN, str(samples)],
            capture_output=True,
            text=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
            check=True,
        )
        outputs.append(done.stdout)
    assert outputs[0]
    assert outputs[0] == outputs[1]
