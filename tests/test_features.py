"""Block measures count CJK per character and treat half-width CJK punctuation as punctuation."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dechaff.core.features import (
    _CJK_CHAR,
    _END_PUNCT,
    _FULL_PUNCT,
    _HALF_PUNCT,
    _WORD,
    reads_as_prose,
    shape_of,
)
from dechaff.label.labeller import best_region


def test_cjk_counts_per_character() -> None:
    shape = shape_of("乙方已经被称为下一个战场。")
    assert shape.cjk_chars == 12
    assert shape.units == 12
    assert shape.ends_sentence


def test_half_width_punctuation_in_chinese_counts() -> None:
    shape = shape_of("小微金融是泡沫还是风口?许多企业将全力以赴地进入高端市场,他们怎样才能获胜?")
    assert shape.punct == 3
    assert reads_as_prose(shape)


def test_numbers_are_not_punctuation() -> None:
    assert shape_of("人气:2616 时间 11:14:25 金额 2,616.50").punct == 1


def test_words_weigh_two_characters() -> None:
    shape = shape_of("Gaming used to be so simple.")
    assert shape.words == 6
    assert shape.weight == 12


def test_keyword_list_is_not_prose() -> None:
    assert not reads_as_prose(
        shape_of("快乐十分 快乐十分钟开奖结果 甘肃快三开奖结果 重庆幸运农场购买")
    )


def test_best_region_is_the_maximum_sum_run() -> None:
    assert best_region([-4, 50, -4, 30, -10, -10, -10, 5]) == (1, 4)
    assert best_region([-1, -2]) == (0, 0)
    assert best_region([]) == (0, 0)


_ASCII = "ab Z9_.,;:!?\"')] -\t"
# Latin letters and marks beyond ASCII, combining accents, odd digits and spaces, CJK
_BEYOND = "äßéÖ–—“”„…’«»²٣\u0301\u00a0\u2009中。，ア한"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_ASCII, max_size=30) | st.text(alphabet=_ASCII + _BEYOND, max_size=30))
def test_fast_paths_count_as_the_patterns_do(text: str) -> None:
    shape = shape_of(text)
    assert shape.cjk_chars == len(_CJK_CHAR.findall(text))
    assert shape.words == len(_WORD.findall(text))
    assert shape.punct == len(_FULL_PUNCT.findall(text)) + len(_HALF_PUNCT.findall(text))
    assert shape.ends_sentence == bool(_END_PUNCT.search(text))
