"""Shortcuts taken for speed against the slow ways they stand in for: the page type's sums
over the container tree in C (core/_shape.pyx) against page_signals.repeated_python, the
hints blocks inherit from their containers in C against tree.block_hints_python, the
dates' pre-check scan and a script's quoted dates in C against their Python twins,
inline.resolve's and checks.web_url's plain-url shortcut against urllib's urljoin,
metadata.page.norm's shortcut for a line collapsed already against split and join, and
article.removed_block against Removed's constructor."""

from __future__ import annotations

import dataclasses
import pickle
from urllib.parse import urljoin, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dechaff.article import Boilerplate, Removed, removed_block
from dechaff.core import dates, features
from dechaff.core import tree as tree_hints
from dechaff.core.blocks import Block
from dechaff.core.tree import Tree
from dechaff.html.figures import IMAGE_SCHEMES
from dechaff.html.inline import LINK_SCHEMES, MAX_URL_CHARS, resolve
from dechaff.metadata import markup_dates, page_signals
from dechaff.metadata.checks import web_url


@st.composite
def _pages(draw: st.DrawFn) -> tuple[list[Block], Tree, set[int], set[int]]:
    """A tree numbered parents first, blocks in it (some outside), dated and body sets."""
    size = draw(st.integers(0, 40))
    parents = [-1 if node == 0 else draw(st.integers(-1, node - 1)) for node in range(size)]
    blocks = []
    for index in range(draw(st.integers(0, 60))):
        block = Block(text="x", index=index, group=0)
        block.node = draw(st.integers(-2, size + 1))
        block.units = draw(st.integers(0, 200))
        block.link_density = draw(st.sampled_from([0.0, 0.3, 0.5, 1.0]))
        blocks.append(block)
    indexes = st.sets(st.integers(0, len(blocks)), max_size=len(blocks))
    return blocks, Tree(parent=parents), draw(indexes), draw(indexes)


@pytest.mark.skipif(features.cshape is None, reason="built without the C extensions")
@settings(max_examples=400, deadline=None)
@given(_pages())
def test_repeated_in_c_matches_python(page: tuple[list[Block], Tree, set[int], set[int]]) -> None:
    blocks, tree, dated, body = page
    fast = page_signals.repeated(blocks, tree, dated, body)
    assert fast == page_signals.repeated_python(blocks, tree.parent, dated, body)


_HINTS = st.sampled_from([None, None, "article", Boilerplate.NAVIGATION, "other", *Boilerplate])
_SCORES = st.sampled_from([-10.0, -1.5, 0.0, 0.5, 3.0, 24.9, 25.0, 40.0, 160.0, 2.0**-30])


@st.composite
def _hinted_pages(draw: st.DrawFn) -> tuple[Tree, list[Block], list[float]]:
    """A tree numbered parents first with hints on its nodes, and scored blocks in it."""
    size = draw(st.integers(0, 30))
    parents = [-1 if node == 0 else draw(st.integers(-1, node - 1)) for node in range(size)]
    hints = [draw(_HINTS) for _ in range(size)]
    blocks = []
    for index in range(draw(st.integers(0, 50))):
        block = Block(text="x", index=index, group=0)
        block.node = draw(st.integers(-2, size + 1))
        blocks.append(block)
    scores = [draw(_SCORES) for _ in blocks]
    return Tree(parent=parents, hint=hints), blocks, scores


@pytest.mark.skipif(features.cshape is None, reason="built without the C extensions")
@settings(max_examples=1000, deadline=None)
@given(_hinted_pages())
def test_block_hints_in_c_match_python(page: tuple[Tree, list[Block], list[float]]) -> None:
    tree, blocks, scores = page
    fast = tree_hints.block_hints(tree, blocks, scores)
    assert fast == tree_hints.block_hints_python(tree, blocks, scores)


_DATE_TEXT = st.text(alphabet="0123456789０１９年月-－/: a\n中\uff0e", max_size=12)


@pytest.mark.skipif(features.cshape is None, reason="built without the C extensions")
@settings(max_examples=1000, deadline=None)
@given(texts=st.lists(_DATE_TEXT | st.text(max_size=8), max_size=8), year=st.booleans())
def test_date_pre_check_in_c_matches_python(texts: list[str], year: bool) -> None:
    default_year = 2019 if year else None
    fast = dates.may_hold_dates(texts, default_year=default_year)
    assert fast == dates.may_hold_dates_python(texts, default_year=default_year)


_SCRIPT_TEXT = st.text(alphabet="1290\"'\n x:=", max_size=30)


@pytest.mark.skipif(features.cshape is None, reason="built without the C extensions")
@settings(max_examples=1000, deadline=None)
@given(text=_SCRIPT_TEXT | st.text(max_size=12))
def test_quoted_century_starts_in_c_match_python(text: str) -> None:
    assert features.cshape is not None
    fast = features.cshape.quoted_century_starts(text)
    slow = markup_dates.quoted_century_starts_python(text)
    assert slow is None or fast == slow
    assert fast == [i for i in range(1, len(text) - 1) if _quoted_century(text, i)]


def _quoted_century(text: str, at: int) -> bool:
    quoted = text[at - 1] in "\"'" or (at >= 2 and text[at - 1] == "\n" and text[at - 2] in "\"'")
    return text[at : at + 2] in ("19", "20") and quoted


def _urllib_resolve(base: str | None, href: str | None, schemes: frozenset[str]) -> str | None:
    """inline.resolve without its shortcut."""
    if not href:
        return None
    href = href.strip()
    if not href or len(href) > MAX_URL_CHARS or href.startswith("#"):
        return None
    try:
        url = urljoin(base, href) if base else href
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return None
    return url if scheme in schemes or (not scheme and not base) else None


BASES = [None, "", "https://example.com/a/b.html", "http://x.org/", "ftp://f.net/x", "mailto:a@b"]
HREFS = [
    "https://h",
    "https://h/p/../q",
    "https:///p",
    "HTTP://A/B",
    "https://a/b;p",
    "https://a/b?",
    "https://a/b#",
    "https://a/b?x=1&y=/2;3?4#frag",
    "https://a/b?#f",
    "https://a?q",
    "https://a/b#f#g",
    "http://a/b;p?q",
    "https://[::1]/x",
    "https://[bad/x",
    "https://a:80/x",
    "https://a@b:c/d",
    "https://a//b",
    "http://exé.com/",
    "https://a/b c",
    "https://a/b\tc",
    "mailto:x@y",
    "/rel/path",
    "../up",
    "//proto/relative",
]


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("href", HREFS)
def test_resolve_shortcut_matches_urljoin(base: str | None, href: str) -> None:
    for schemes in (LINK_SCHEMES, IMAGE_SCHEMES):
        assert resolve(base, href, schemes) == _urllib_resolve(base, href, schemes)


@settings(max_examples=500, deadline=None)
@given(
    st.sampled_from(BASES),
    st.from_regex(r"\Ahttps?://[a-zA-Z0-9._~!$&'()*+,=:@%/;?#\[\] -]{0,30}\Z"),
)
def test_resolve_shortcut_matches_urljoin_on_random_urls(base: str | None, href: str) -> None:
    assert resolve(base, href) == _urllib_resolve(base, href, LINK_SCHEMES)


def _urllib_web_url(href: str | None, base: str | None) -> str | None:
    """checks.web_url without its shortcut."""
    if not href:
        return None
    href = "".join(href.split())
    try:
        resolved = urljoin(base, href) if base else href
        parts = urlsplit(resolved)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return resolved


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("href", HREFS)
def test_web_url_shortcut_matches_urljoin(base: str | None, href: str) -> None:
    assert web_url(href, base) == _urllib_web_url(href, base)


@settings(max_examples=2000, deadline=None)
@given(text=st.text(alphabet=" \t\n\xa0\u3000\u2028\x1c\x85ab中\u200b") | st.text())
def test_norm_shortcut_matches_split_and_join(text: str) -> None:
    from dechaff.metadata.page import norm

    assert norm(text) == " ".join(text.split())


def test_removed_block_is_the_removed_the_constructor_makes() -> None:
    assert [f.name for f in dataclasses.fields(Removed)] == ["kind", "text", "at"]
    for kind in Boilerplate:
        fast = removed_block(kind, "a line", 3)
        assert type(fast) is Removed
        assert fast == Removed(kind, "a line", 3)
        assert hash(fast) == hash(Removed(kind, "a line", 3))
        assert pickle.loads(pickle.dumps(fast)) == fast
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.at = 1  # type: ignore[misc]
