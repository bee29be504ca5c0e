"""The language guess: by script where a script tells, else by the commonest words."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dechaff.label import language

TEXTS = {
    "en": "The committee met on Tuesday and said that the plan is fair for all of the schools.",
    "de": "Der Ausschuss hat am Dienstag gesagt, dass der Plan für die Schulen nicht fair ist.",
    "fr": "Le comité a dit mardi que le plan est juste pour les écoles de la ville et du pays.",
    "es": "El comité dijo el martes que el plan es justo para las escuelas de la ciudad.",
    "pl": "Komitet powiedział we wtorek, że plan nie jest sprawiedliwy dla szkół, które już są "
    "przepełnione, oraz dla rodziców, którzy się martwią.",
    "zh": "委员会周二开会讨论新预算，预算增长百分之四。委员们表示计划公平，但也有人要求增加经费。",
    "ja": "委員会は火曜日に新しい予算について話し合い、計画は公平だと述べました。",
    "ru": "Комитет во вторник заявил, что план справедлив для всех школ города и страны.",
}


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_each_language_is_told(code: str) -> None:
    assert language.detect(TEXTS[code]) == code


def test_too_little_text_tells_nothing() -> None:
    assert language.detect("Home") is None
    assert language.detect("") is None


def _hits_by_search(lowered: str) -> Counter[str]:
    """language.stopword_hits the slow way: every _WORD word of the text."""
    languages = language._stopword_languages()
    return Counter(word for word in language._WORD.findall(lowered) if word in languages)


# Stopwords of several languages, letters and marks that join or split words
_STOPWORDS = ["the", "and", "der", "für", "über", "les", "że", "się", "dla"]
_OTHERS = ["x", "é", "ß", "²", "½", "_", "7", "٣", " ", "\n", "\u00a0", ",", ".", "(", "'", "’"]
_PIECES = st.sampled_from([*_STOPWORDS, *_OTHERS, "-", "\u200b", "\u00ad", "ǅ"])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_stopword_hits_match_the_search(text: str) -> None:
    lowered = text.lower()
    assert language.stopword_hits(lowered) == _hits_by_search(lowered)


# Lines of stopwords, long ones that end the sample inside them, and lines in other scripts
_LINES = st.lists(
    st.one_of(
        st.lists(_PIECES, max_size=12).map("".join),
        st.sampled_from(["der " * 700, "x. the " * 300, "и в не " * 100, TEXTS["ja"]]),
    ),
    max_size=12,
)


@settings(max_examples=300, deadline=None)
@given(_LINES, _LINES)
def test_lines_told_as_their_joined_text(first: list[str], second: list[str]) -> None:
    known: dict[str, list[str] | None] = {}  # shared by a page's two samples
    for lines in (first, second):
        sample = "\n".join(lines)[: language.SAMPLE_CHARS]
        hits = language.sample_hits(lines, known)
        if language._SPLIT_BY_SPACE.search(sample):
            assert hits is None
        else:
            assert hits == language.stopword_hits(sample.lower())
        assert language.detect_lines(lines, known) == language.detect("\n".join(lines))
