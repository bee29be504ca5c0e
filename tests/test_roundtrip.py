"""Reading output back: Article.from_dict(a.to_dict()) == a, for every field and every page."""

from __future__ import annotations

import enum
import json
import types
from dataclasses import fields, is_dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Literal, Union, get_args, get_origin, get_type_hints

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dechaff
from dechaff import Article, Boilerplate, Link, RecordError, Removed
from dechaff.document import BlockRole, BodyBlock, Cell, Span

ROOT = Path(__file__).resolve().parents[1]
PAGES = sorted(
    p
    for folder in (ROOT / "samples", ROOT / "tests" / "golden")
    for p in folder.iterdir()
    if p.suffix in (".txt", ".html")
)

TEXT = st.one_of(
    st.text(max_size=30),
    st.text(alphabet="风口小微金融是泡沫还是。,「」한국어日本語", max_size=30),
)
# Offsets in whole minutes, as pages write them (ISO 8601 has no finer offsets).
OFFSETS = st.integers(min_value=-(23 * 60 + 59), max_value=23 * 60 + 59).map(
    lambda minutes: timedelta(minutes=minutes)
)
TIMES = st.datetimes(timezones=st.none() | st.builds(timezone, OFFSETS))


def strategy(hint: Any) -> st.SearchStrategy[Any]:
    """Values of a declared field type, so that a field added later is generated too."""
    origin, args = get_origin(hint), get_args(hint)
    if origin in (Union, types.UnionType):
        return st.one_of(*(strategy(a) for a in args))
    if origin is Literal:
        return st.sampled_from(args)
    if origin is tuple:
        return st.lists(strategy(args[0]), max_size=4).map(tuple)
    if hint is type(None):
        return st.none()
    if hint is datetime:
        return TIMES
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return st.sampled_from(list(hint))
    if isinstance(hint, type) and is_dataclass(hint):  # Link, Removed, Comment, ...
        return record(hint)
    plain: dict[Any, st.SearchStrategy[Any]] = {
        str: TEXT,
        int: st.integers(min_value=-(2**63), max_value=2**63),
        float: st.floats(allow_nan=False),
        bool: st.booleans(),
    }
    return plain[hint]


def record(cls: type[Any]) -> st.SearchStrategy[Any]:
    hints = get_type_hints(cls)
    return st.builds(cls, **{f.name: strategy(hints[f.name]) for f in fields(cls)})


@settings(max_examples=300, deadline=None)
@given(record(Article))
def test_generated_articles_come_back_equal(article: Article) -> None:
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_json(article.to_json()) == article
    assert Article.from_json(article.to_json(indent=1).encode("utf-8")) == article


def test_the_generator_covers_every_kind_and_both_kinds_of_time() -> None:
    seen: set[object] = set()

    # a fixed seed: with 15 kinds, 400 random articles now and then miss one
    @settings(max_examples=400, deadline=None, derandomize=True, database=None)
    @given(record(Article))
    def collect(article: Article) -> None:
        seen.update(r.kind for r in article.removed)
        if article.published is not None:
            seen.add("aware" if article.published.tzinfo else "naive")
        for link in (article.prev, article.next):
            if link is not None:
                seen.add("url" if link.url else "no url")

    collect()
    assert seen >= {*Boilerplate, "aware", "naive", "url", "no url"}


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_real_articles_come_back_equal(path: Path) -> None:
    article = dechaff.clean(path, reference=datetime(2020, 1, 1, tzinfo=timezone.utc))
    assert Article.from_dict(article.to_dict()) == article
    assert Article.from_json(article.to_json()) == article


def test_offsets_are_kept() -> None:
    moment = datetime(2019, 11, 25, 11, 14, 25, tzinfo=timezone(timedelta(hours=8)))
    back = Article.from_dict(Article("text", published=moment).to_dict()).published
    assert back is not None
    assert back.utcoffset() == timedelta(hours=8)


def test_removed_and_link_read_their_own_records() -> None:
    block = Removed(Boilerplate.AUTHOR_BIO, "作者简介", at=3)
    assert Removed.from_dict(block.to_dict()) == block
    assert Link.from_dict({"text": "下一篇"}) == Link("下一篇")


def test_a_batch_record_and_unknown_keys_read_as_the_article() -> None:
    # Keys that are not fields are ignored: a batch record's input and status, or a field
    # that a newer version writes.
    article = dechaff.clean(PAGES[0])
    record = {"input": "a.txt", "status": "ok", **article.to_dict(), "future_field": [1]}
    assert Article.from_dict(record) == article
    assert Article.from_dict({"kind": "text"}) == Article("text")  # missing: the default


@pytest.mark.parametrize(
    ("record", "named"),
    [
        ({}, "kind is missing"),
        ({"kind": "pdf"}, "kind must be one of"),
        ({"kind": "html", "views": "12"}, "views must be int"),
        ({"kind": "html", "views": True}, "views must be int"),
        ({"kind": "html", "published": "yesterday"}, "published must be an ISO 8601 time"),
        ({"kind": "html", "breadcrumbs": "a > b"}, "breadcrumbs must be a list"),
        ({"kind": "html", "paragraphs": ["ok", 3]}, r"paragraphs\[1\] must be str"),
        ({"kind": "html", "prev": ["a"]}, "prev must be a JSON object"),
        ({"kind": "html", "next": {"url": "x"}}, "next.text is missing"),
        ({"kind": "html", "removed": [{"kind": "x", "text": ""}]}, r"removed\[0\].kind must be"),
        ([1, 2], "Article must be a JSON object"),
    ],
)
def test_a_bad_record_is_a_record_error_naming_the_field(record: object, named: str) -> None:
    with pytest.raises(RecordError, match=named):
        Article.from_dict(record)  # type: ignore[arg-type]
    assert issubclass(RecordError, ValueError)


def test_bad_json_is_a_record_error() -> None:
    with pytest.raises(RecordError, match="not a JSON record"):
        Article.from_json("{not json")
    with pytest.raises(RecordError):
        Article.from_json(json.dumps("a string"))


@settings(max_examples=200, deadline=None)
@given(record(BodyBlock))
def test_blocks_read_their_own_records(block: BodyBlock) -> None:
    assert BodyBlock.from_dict(block.to_dict()) == block
    assert BodyBlock.from_dict(json.loads(json.dumps(block.to_dict()))) == block


def test_the_generator_builds_blocks_of_every_role() -> None:
    seen: set[object] = set()

    @settings(max_examples=300, deadline=None)
    @given(record(Article))
    def collect(article: Article) -> None:
        seen.update(b.role for b in article.blocks)

    collect()
    assert seen >= set(BlockRole)


def test_a_wrong_block_field_is_named() -> None:
    record = Article("text", blocks=(BodyBlock(BlockRole.TABLE, rows=((Cell("a"),),)),)).to_dict()
    record["blocks"][0]["rows"][0][0]["header"] = "yes"
    with pytest.raises(RecordError, match=r"blocks\[0\]\.rows\[0\]\[0\]\.header"):
        Article.from_dict(record)
    with pytest.raises(TypeError, match="header must be bool"):
        Cell.from_dict({"text": "a", "header": "yes"})
    with pytest.raises(ValueError, match="blink"):
        Span.from_dict({"kind": "blink", "start": 0, "end": 1})
