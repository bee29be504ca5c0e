"""Tests for dechaff.core.dates: every supported form, the traps, spans, and robustness."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dechaff.core import date_forms, date_rules, dates
from dechaff.core.dates import (
    MAX_DATE_CHARS,
    MAX_YEAR,
    MIN_YEAR,
    DateMatch,
    find_dates,
    find_dates_each,
    may_hold_date,
    may_hold_dates,
    opening_date,
    parse_date,
)
from dechaff.core.screen import trie

REF = datetime(2019, 11, 26, 10, 0, 30)
YEAR = 2019

# (text, the first date's ISO string, or None for no date), with reference=REF, default_year=2019.
CASES: list[tuple[str, str | None]] = [
    # ISO 8601 and numeric year-first forms
    ("2019-11-25", "2019-11-25T00:00:00"),
    ("2019-1-5", "2019-01-05T00:00:00"),
    ("2019-11-25T11:14:25", "2019-11-25T11:14:25"),
    ("2019-11-25T11:14:25Z", "2019-11-25T11:14:25+00:00"),
    ("2019-11-25T11:14:25+08:00", "2019-11-25T11:14:25+08:00"),
    ("2019-11-25T11:14:25.123456+08:00", "2019-11-25T11:14:25.123456+08:00"),
    ("2019-11-25T11:14:25.5-05:00", "2019-11-25T11:14:25.500000-05:00"),
    ("2019-11-25 11:14:25", "2019-11-25T11:14:25"),
    ("2019-11-25 11:14", "2019-11-25T11:14:00"),
    ("2019-11-25 11:14 UTC+8", "2019-11-25T11:14:00+08:00"),
    ("2019-11-25 11:14-12:30", "2019-11-25T11:14:00"),  # a time range, not an offset
    ("2019/11/25", "2019-11-25T00:00:00"),
    ("2019/11/25 11:14", "2019-11-25T11:14:00"),
    ("2019.11.25", "2019-11-25T00:00:00"),
    ("2019-11-25 下午3:04", "2019-11-25T15:04:00"),
    ("2019-11-25 25:00", "2019-11-25T00:00:00"),  # an impossible time is not part of it
    ("2019_11_25", None),
    ("20191125", None),
    # Chinese
    ("2019年11月25日", "2019-11-25T00:00:00"),
    ("2019年11月25号", "2019-11-25T00:00:00"),
    ("2019 年  11 月 25 日", "2019-11-25T00:00:00"),
    ("2019年11月25日 11:14", "2019-11-25T11:14:00"),
    ("2019年11月25日11:14:25", "2019-11-25T11:14:25"),
    ("2019年11月25日 11时14分", "2019-11-25T11:14:00"),
    ("2019年11月25日 11时14分25秒", "2019-11-25T11:14:25"),
    ("2019年11月25日 星期一 11:14", "2019-11-25T11:14:00"),
    ("2019年11月25日 上午12:30", "2019-11-25T00:30:00"),
    ("2019年11月25日 晚上8点30分", "2019-11-25T20:30:00"),
    ("二〇一九年十一月二十五日", "2019-11-25T00:00:00"),
    ("二〇二〇年二月廿九日", "2020-02-29T00:00:00"),
    ("２０１９年１１月２５日　１１：１４", "2019-11-25T11:14:00"),
    ("２０１９－１１－２５", "2019-11-25T00:00:00"),
    # year-less, completed with default_year
    ("11-25 11:14", "2019-11-25T11:14:00"),
    ("11月25日 11:14", "2019-11-25T11:14:00"),
    ("11月25日", "2019-11-25T00:00:00"),
    ("11-25", None),
    ("02-30 11:14", None),
    # English
    ("November 25, 2019", "2019-11-25T00:00:00"),
    ("Nov 25, 2019 11:14 AM", "2019-11-25T11:14:00"),
    ("Nov 25, 2019 12:14 AM", "2019-11-25T00:14:00"),
    ("Nov 25, 2019 at 3:04 p.m.", "2019-11-25T15:04:00"),
    ("25 November 2019", "2019-11-25T00:00:00"),
    ("Nov. 25, 2019", "2019-11-25T00:00:00"),
    ("November 25th, 2019", "2019-11-25T00:00:00"),
    ("1st of January 2020", "2020-01-01T00:00:00"),
    ("Monday, November 25, 2019 3:04 pm EST", "2019-11-25T15:04:00-05:00"),
    ("Nov 25, 2019 3:04 pm CST", "2019-11-25T15:04:00"),  # ambiguous zone: naive
    ("Mon, 25 Nov 2019 11:14:25 +0800", "2019-11-25T11:14:25+08:00"),
    ("Published 25 Nov 2019", "2019-11-25T00:00:00"),
    ("25-Nov-2019", "2019-11-25T00:00:00"),
    ("February 30, 2019", None),
    ("May the force be with you", None),
    # German and other European forms
    ("25.11.2019", "2019-11-25T00:00:00"),
    ("25.11.2019 11:14", "2019-11-25T11:14:00"),
    ("25. November 2019", "2019-11-25T00:00:00"),
    ("25. März 2019", "2019-03-25T00:00:00"),
    ("Montag, 25. November 2019 um 11:14 Uhr", "2019-11-25T11:14:00"),
    ("le 25 novembre 2019 à 11:14", "2019-11-25T11:14:00"),
    ("25 de noviembre de 2019", "2019-11-25T00:00:00"),
    ("25/11/2019", "2019-11-25T00:00:00"),
    ("11/25/2019", "2019-11-25T00:00:00"),
    ("25-11-2019", "2019-11-25T00:00:00"),
    ("5/5/2019", "2019-05-05T00:00:00"),
    ("10/11/2019", None),  # 10 November or October 11: ambiguous
    ("8.Dezember 2010 um 09:43", "2010-12-08T09:43:00"),  # no space after the day's dot
    ("04 de mayo 2022, 12:00 A. M.", "2022-05-04T00:00:00"),  # the Spanish spaced a. m.
    ("4 de mayo de 2022, 3:04 p. m.", "2022-05-04T15:04:00"),
    # relative, resolved against REF (2019-11-26 10:00:30)
    ("昨天 11:14", "2019-11-25T11:14:00"),
    ("昨天下午3:04", "2019-11-25T15:04:00"),
    ("前天", "2019-11-24T00:00:00"),
    ("大前天", "2019-11-23T00:00:00"),
    ("今天 08:00", "2019-11-26T08:00:00"),
    ("今天", None),
    ("刚刚", "2019-11-26T10:00:30"),
    ("3小时前", "2019-11-26T07:00:30"),
    ("5分钟前", "2019-11-26T09:55:30"),
    ("2天前", "2019-11-24T00:00:00"),
    ("两小时前", "2019-11-26T08:00:30"),
    ("半小时前", "2019-11-26T09:30:30"),
    ("2 hours ago", "2019-11-26T08:00:30"),
    ("an hour ago", "2019-11-26T09:00:30"),
    ("yesterday", "2019-11-25T00:00:00"),
    ("Yesterday at 3:04 PM", "2019-11-25T15:04:00"),
    ("3 days ago", "2019-11-23T00:00:00"),
    ("1 week ago", "2019-11-19T00:00:00"),
    # traps: versions, phones, ids, money, ISBN, IP, ICP, times alone, invalid dates
    ("v2.1.3", None),
    ("1.2.3.4", None),
    ("build 2019.11.25.1", None),
    ("010-12345678", None),
    ("138-0013-8000", None),
    ("+86 138 0013 8000", None),
    ("12019-11-25", None),
    ("2019-11-255", None),
    ("ID x2019-11-25", None),
    ("2019-11-25x1", None),
    ("9.36万亿元", None),
    ("21.79%", None),
    ("ISBN 978-7-111-21382-6", None),
    ("112.17.0.1", None),
    ("11:14", None),
    ("11:14:25", None),
    ("10:30-11:45", None),
    ("京ICP备12345678号", None),
    ("京ICP备12345678号-1", None),
    ("人气:2616", None),
    ("2019-11", None),
    ("© 2003-2019", None),
    ("2019-02-30", None),
    ("2019-13-01", None),
    ("2019-11-31", None),
    ("2019年13月1日", None),
    ("1989-12-31", None),
    ("1989年11月25日", None),
    ("2101-01-01", None),
    (f"{MIN_YEAR}-01-01", f"{MIN_YEAR}-01-01T00:00:00"),
    (f"{MAX_YEAR}-12-31", f"{MAX_YEAR}-12-31T00:00:00"),
    ("三天前往北京", None),  # 前往: "went", not "ago"
    ("目前天气晴朗", None),  # 目前 + 天气, not 前天
    ("刚刚好", None),  # "just right"
    ("今日头条", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_parse_date_table(text: str, expected: str | None) -> None:
    value = parse_date(text, reference=REF, default_year=YEAR)
    assert (value.isoformat() if value else None) == expected


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("发布时间:2019-11-25 11:14:25 人气:2616", "2019-11-25 11:14:25"),
        ("Published 25 Nov 2019 by Reuters", "25 Nov 2019"),
        (
            "来源：新华网　２０１９年１１月２５日　１１：１４　编辑",
            "２０１９年１１月２５日　１１：１４",
        ),
        (
            "Posted on Monday, November 25, 2019 3:04 pm EST.",
            "Monday, November 25, 2019 3:04 pm EST",
        ),
        ("(2019-11-25T11:14:25Z)", "2019-11-25T11:14:25Z"),
        ("更新于3小时前 阅读", "3小时前"),
        ("时间：昨天 11:14 阅读", "昨天 11:14"),
        ("2019年11月25日 星期一 来源", "2019年11月25日"),
        ("活动时间 2019.11.25-2019.12.01", "2019.11.25"),
    ],
)
def test_span_is_the_date_text(text: str, span: str) -> None:
    match = find_dates(text, reference=REF, default_year=YEAR)[0]
    assert text[match.start : match.end] == span


def test_publish_line_from_a_chinese_page() -> None:
    text = "发布时间:2019-11-25 11:14:25 人气:2616"
    matches = find_dates(text)
    assert [m.value for m in matches] == [datetime(2019, 11, 25, 11, 14, 25)]
    assert matches[0].has_time
    assert not matches[0].relative
    assert find_dates("人气:2616") == []


def test_all_dates_in_text_order() -> None:
    text = "更新 2019-12-01 08:00，首发 November 25, 2019，活动 2019.11.25-2019.12.01"
    found = [(text[m.start : m.end], m.value.date().isoformat()) for m in find_dates(text)]
    assert found == [
        ("2019-12-01 08:00", "2019-12-01"),
        ("November 25, 2019", "2019-11-25"),
        ("2019.11.25", "2019-11-25"),
        ("2019.12.01", "2019-12-01"),
    ]
    assert parse_date(text) == datetime(2019, 12, 1, 8, 0)


def test_overlapping_readings_keep_the_earlier() -> None:
    # "11-25-2019" inside the range also reads as a month-day-year date; it must not survive.
    text = "活动时间 2019-11-25-2019-11-30"
    found = [text[m.start : m.end] for m in find_dates(text)]
    assert found == ["2019-11-25", "2019-11-30"]


@pytest.mark.parametrize(
    "text", ["昨天 11:14", "前天", "刚刚", "3小时前", "2天前", "2 hours ago", "yesterday"]
)
def test_relative_forms_need_a_reference(text: str) -> None:
    assert find_dates(text, default_year=YEAR) == []
    [match] = find_dates(text, reference=REF)
    assert match.relative
    assert (match.start, match.end) == (0, len(text))


def test_relative_forms_keep_the_reference_zone() -> None:
    reference = datetime(2019, 11, 26, 10, 0, tzinfo=timezone(timedelta(hours=8)))
    assert parse_date("昨天 11:14", reference=reference) == datetime(
        2019, 11, 25, 11, 14, tzinfo=timezone(timedelta(hours=8))
    )
    assert parse_date("3小时前", reference=reference) == reference - timedelta(hours=3)


def test_relative_has_time_only_for_clock_precision() -> None:
    assert find_dates("3小时前", reference=REF)[0].has_time
    assert not find_dates("3天前", reference=REF)[0].has_time
    assert not find_dates("昨天", reference=REF)[0].has_time
    assert find_dates("昨天 11:14", reference=REF)[0].has_time


@pytest.mark.parametrize("text", ["11月25日", "11月25日 11:14", "11-25 11:14"])
def test_year_less_forms_need_default_year(text: str) -> None:
    assert find_dates(text, reference=REF) == []
    in_2019 = parse_date(text, default_year=YEAR)
    assert in_2019 is not None
    assert in_2019.month == 11
    assert in_2019.day == 25
    assert parse_date(text, default_year=2018) == in_2019.replace(year=2018)
    assert find_dates(text, default_year=MIN_YEAR - 1) == []


def test_year_less_form_does_not_eat_a_full_date() -> None:
    [match] = find_dates("2019年11月25日 11:14", default_year=2000)
    assert match.value == datetime(2019, 11, 25, 11, 14)
    [match] = find_dates("2019年  11月25日", default_year=2000)
    assert match.value == datetime(2019, 11, 25)
    assert find_dates("1989年11月25日", default_year=2000) == []


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("2019-11-25T11:14:25Z", timedelta(0)),
        ("2019-11-25T11:14:25+08:00", timedelta(hours=8)),
        ("2019-11-25T11:14:25-0530", timedelta(hours=-5, minutes=-30)),
        ("2019-11-25 11:14 GMT-5", timedelta(hours=-5)),
        ("Nov 25, 2019 3:04 pm PST", timedelta(hours=-8)),
    ],
)
def test_stated_offsets_give_aware_datetimes(text: str, offset: timedelta) -> None:
    value = parse_date(text)
    assert value is not None
    assert value.utcoffset() == offset


@pytest.mark.parametrize("text", ["2019-11-25 11:14:25", "2019年11月25日", "25.11.2019"])
def test_no_stated_offset_gives_naive_datetimes(text: str) -> None:
    value = parse_date(text)
    assert value is not None
    assert value.tzinfo is None


def test_has_time_flag() -> None:
    assert not find_dates("2019-11-25")[0].has_time
    assert find_dates("2019-11-25 11:14")[0].has_time
    assert find_dates("2019年11月25日11时14分")[0].has_time


def test_date_match_is_frozen() -> None:
    match = find_dates("2019-11-25")[0]
    assert match == DateMatch(datetime(2019, 11, 25), 0, 10, has_time=False, relative=False)
    with pytest.raises(dataclasses.FrozenInstanceError):
        match.start = 3  # type: ignore[misc]


# --- properties ----------------------------------------------------------------------------------

# Dates at a line's very start and end, where a joined search sees the next line's edge.
_LINES = [
    "2019-11-25", "2019-11-25 11:14", "11-25 11:14", "11月25日", "25. 11. 2019", "3小时前",
    "昨天 10:00", "Nov 25, 2019", "25 November 2019", "２０１９年１１月２５日", "2019", "11:14",
    "x2019-11-25", "2019-11-25x", "Posted 25.11.2019 at 9:00 pm", "2019年11月25日11时14分",
]  # fmt: skip
_DATE_CHARS = "0123456789０１２-/.:年月日号时分秒 T+Z apmAPMNovDec,天前小时昨今刚上下午二〇十"


@given(
    text=st.text() | st.text(alphabet=_DATE_CHARS),
    reference=st.none() | st.just(REF),
    default_year=st.none() | st.integers(1900, 2200),
)
@settings(max_examples=300)
def test_find_dates_never_raises_and_spans_lie_inside(
    text: str, reference: datetime | None, default_year: int | None
) -> None:
    matches = find_dates(text, reference=reference, default_year=default_year)
    previous_end = 0
    for match in matches:
        assert previous_end <= match.start < match.end <= len(text)
        previous_end = match.end
    first = matches[0].value if matches else None
    assert parse_date(text, reference=reference, default_year=default_year) == first


@given(
    texts=st.lists(st.text() | st.text(alphabet=_DATE_CHARS), max_size=6),
    reference=st.none() | st.just(REF),
    default_year=st.none() | st.integers(1900, 2200),
)
@settings(max_examples=300)
def test_pre_checks_never_hide_a_date(
    texts: list[str], reference: datetime | None, default_year: int | None
) -> None:
    context: dict[str, Any] = {"reference": reference, "default_year": default_year}
    held = [i for i, text in enumerate(texts) if may_hold_date(text, **context)]
    assert may_hold_dates(texts, **context) == held
    for i, text in enumerate(texts):
        for variant in (text, " ".join(text.split())):  # metadata reads lines spaces collapsed
            folded = variant.translate(date_forms.FOLD)
            for rule in date_rules.RULES:
                if (rule.needs_year and default_year is None) or (
                    rule.needs_reference and reference is None
                ):
                    continue
                if rule.pattern.search(folded):
                    assert i in held
                    assert any(part in folded for part in rule.holds_one_of or ("",))


@given(
    texts=st.lists(st.text() | st.text(alphabet=_DATE_CHARS) | st.sampled_from(_LINES), max_size=8),
    reference=st.none() | st.just(REF),
    default_year=st.none() | st.integers(1900, 2200),
)
@settings(max_examples=300)
def test_find_dates_each_finds_what_find_dates_finds_in_each(
    texts: list[str], reference: datetime | None, default_year: int | None
) -> None:
    context: dict[str, Any] = {"reference": reference, "default_year": default_year}
    assert find_dates_each(texts, **context) == [find_dates(text, **context) for text in texts]


def _listed(form: str) -> re.Pattern[str]:
    """A form with its month and weekday names as a plain alternation, longest first."""
    for words in (date_forms.MONTHS, date_forms._WEEKDAYS):
        form = form.replace(trie(words), date_forms._alternation(words))
    return re.compile(form)


_NAMED_TEXT = st.lists(
    st.sampled_from(
        [*date_forms.MONTHS, *date_forms._WEEKDAYS, "MAR", "Sept.", "ſep", "Okt", "25", "2019",
         "1st", ",", " ", "  ", ".", "-", "of", "de", "x", "10:00", "am", "GMT", "\t"]
    ),
    max_size=10,
).map("".join)  # fmt: skip


@given(text=_NAMED_TEXT | st.text(alphabet="MmAaRrCcHhSsEePpTt 0123456789,.", max_size=30))
@settings(max_examples=1500)
def test_named_forms_read_as_with_a_plain_alternation(text: str) -> None:
    for form in (date_forms.MONTH_DAY_YEAR, date_forms.DAY_MONTH_YEAR):
        listed = _listed(form)
        assert listed.pattern != form
        found = [(m.span(), m.groupdict()) for m in re.finditer(form, text)]
        assert found == [(m.span(), m.groupdict()) for m in listed.finditer(text)]


def test_no_date_form_is_longer_than_max_date_chars() -> None:
    for rule in date_rules.RULES:
        pattern = rule.pattern
        widest = re._parser.parse(pattern.pattern, pattern.flags).getwidth()[1]  # type: ignore[attr-defined]
        assert widest <= MAX_DATE_CHARS, pattern.pattern


@given(
    head=st.text(alphabet=_DATE_CHARS, max_size=6),
    tail=st.text() | st.text(alphabet=_DATE_CHARS),
    reference=st.none() | st.just(REF),
    default_year=st.none() | st.integers(1900, 2200),
)
@settings(max_examples=300)
def test_opening_date_is_the_first_date_when_it_opens_the_text(
    head: str, tail: str, reference: datetime | None, default_year: int | None
) -> None:
    text = head + "2019-11-25 11:14 " * 10 + tail
    found = find_dates(text, reference=reference, default_year=default_year)
    expected = found[0] if found and found[0].start <= 2 else None
    assert opening_date(text, within=2, reference=reference, default_year=default_year) == expected


_ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_Form = tuple[Callable[[datetime], str], Callable[[datetime], datetime]]
_FORMATS: tuple[_Form, ...] = (
    (lambda d: d.strftime("%Y-%m-%d %H:%M:%S"), lambda d: d.replace(microsecond=0)),
    (lambda d: d.strftime("%Y年%m月%d日 %H:%M"), lambda d: d.replace(second=0, microsecond=0)),
    (lambda d: f"{d.year}年{d.month}月{d.day}日", lambda d: datetime(d.year, d.month, d.day)),
    (lambda d: d.strftime("%Y/%m/%d"), lambda d: datetime(d.year, d.month, d.day)),
    (lambda d: d.strftime("%d.%m.%Y %H:%M"), lambda d: d.replace(second=0, microsecond=0)),
    (
        lambda d: f"{_ENGLISH_MONTHS[d.month - 1]} {d.day}, {d.year}",
        lambda d: datetime(d.year, d.month, d.day),
    ),
    (
        lambda d: f"{d.day} {_ENGLISH_MONTHS[d.month - 1][:3]} {d.year}",
        lambda d: datetime(d.year, d.month, d.day),
    ),
)
_SURROUNDING = st.text(alphabet="的是了在我发布时间来源，。：　 ", max_size=6)


@given(
    moment=st.datetimes(datetime(MIN_YEAR, 1, 1), datetime(MAX_YEAR, 12, 31, 23, 59, 59)),
    form=st.sampled_from(_FORMATS),
    before=_SURROUNDING,
    after=_SURROUNDING,
)
def test_formatted_dates_round_trip(moment: datetime, form: _Form, before: str, after: str) -> None:
    render, expect = form
    written = render(moment)
    text = before + written + after
    [match] = find_dates(text)
    assert match.value == expect(moment)
    assert text[match.start : match.end] == written


_TO_FULL_WIDTH = {cp: cp + 0xFEE0 for cp in range(0x21, 0x7F)}


@given(
    moment=st.datetimes(datetime(MIN_YEAR, 1, 1), datetime(MAX_YEAR, 12, 31, 23, 59, 59)),
    offset_minutes=st.integers(-14 * 60, 14 * 60),
    full_width=st.booleans(),
)
def test_iso_with_offset_round_trips(
    moment: datetime, offset_minutes: int, full_width: bool
) -> None:
    aware = moment.replace(tzinfo=timezone(timedelta(minutes=offset_minutes)))
    written = aware.isoformat()
    if full_width:
        written = written.translate(_TO_FULL_WIDTH)
    text = "发布于" + written + "。"
    [match] = find_dates(text)
    assert match.value == aware
    assert match.value.utcoffset() == aware.utcoffset()
    assert text[match.start : match.end] == written


# The pre-check patterns as first written; the module's open with a character class instead
# of a lookahead (a faster search) and must match at the same places.
_PLAIN_HOLDS_YEAR = re.compile("(?:[0-9\uff10-\uff19]{4}|年)")
_PLAIN_HOLDS_YEARLESS = re.compile(
    "(?:[0-9\uff10-\uff19]{2}(?:[0-9\uff10-\uff19]{2}|[-\uff0d][0-9\uff10-\uff19]{2})|[年月])"
)


@given(text=st.text() | st.text(alphabet="0123456789０１２-－年月 x"))
@settings(max_examples=300)
def test_pre_check_patterns_match_where_the_plain_ones_do(text: str) -> None:
    for fast, plain in (
        (dates._HOLDS_YEAR, _PLAIN_HOLDS_YEAR),
        (dates._HOLDS_YEARLESS, _PLAIN_HOLDS_YEARLESS),
    ):
        for start in range(len(text) + 1):
            found, expected = fast.match(text, start), plain.match(text, start)
            assert (found and found.span()) == (expected and expected.span())
