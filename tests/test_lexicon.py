"""The lexicon format and the rules' limits."""

from __future__ import annotations

import pytest

from dechaff import Boilerplate
from dechaff.features import shape_of
from dechaff.lexicon import LexiconError, load, parse


def test_bad_regex_names_file_and_line() -> None:
    with pytest.raises(LexiconError, match=r"x\.lex:3"):
        parse("[spam]\nok\n(unclosed\n", "x.lex")


def test_unknown_section_is_refused() -> None:
    with pytest.raises(LexiconError, match="unknown section"):
        parse("[nonsense]\nabc\n")


def test_pattern_outside_section_is_refused() -> None:
    with pytest.raises(LexiconError, match="outside a section"):
        parse("abc\n")


def test_bad_zone_is_refused() -> None:
    with pytest.raises(LexiconError, match="zones"):
        parse("[credit zones=middle]\nabc\n")


def test_hits_count_distinct_keywords() -> None:
    rules, _ = parse("[spam hits=2]\nfoo\nbar\n")
    (rule,) = rules
    assert not rule.matches("foo foo foo", shape_of("foo foo foo"))
    assert rule.matches("foo bar", shape_of("foo bar"))


def test_max_units_spares_long_prose() -> None:
    lexicon = load()
    line = "版权所有"
    assert lexicon.kind_of(line, shape_of(line)) is Boilerplate.COPYRIGHT
    prose = "文章讨论了版权所有者的权利，" * 20
    assert lexicon.kind_of(prose, shape_of(prose)) is None


def test_author_bio_only_in_the_tail() -> None:
    lexicon = load()
    bio = "张三，资深媒体人，每个人都是产品经理专栏作家。"
    assert lexicon.kind_of(bio, shape_of(bio), "tail") is Boilerplate.AUTHOR_BIO
    assert lexicon.kind_of(bio, shape_of(bio), "body") is None


def test_field_patterns_load() -> None:
    lexicon = load()
    for name in ("published", "views", "source", "author", "breadcrumb", "prev", "next"):
        assert lexicon.field(name), name
