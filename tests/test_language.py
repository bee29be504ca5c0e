"""The language guess: by script where a script tells, else by the commonest words."""

from __future__ import annotations

import pytest

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
