"""What a date form's match means: the parsers, the builders with their plausibility
checks (a year from MIN_YEAR to MAX_YEAR, a real calendar day, one reading of d/m/Y),
and the rules that pair each form with its builder."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo

from .date_forms import (
    AGO_CHINESE,
    AGO_ENGLISH,
    AGO_UNITS,
    CHINESE_NUMERALS,
    CHINESE_YMD,
    CN_DIGITS,
    DAY_MONTH_YEAR,
    DAY_WORD,
    DAY_WORDS,
    DOTTED_SPACED,
    ENGLISH_ONE,
    MONTH_DAY_CHINESE,
    MONTH_DAY_NUMERIC,
    MONTH_DAY_YEAR,
    MONTHS,
    NUMERIC_YMD,
    OFFSET,
    PERIODS,
    YEAR_LAST,
    ZONES,
)

MIN_YEAR = 1990
"""Earliest year accepted as a page date; older numbers are almost always something else."""
MAX_YEAR = 2100
"""Latest year accepted as a page date."""


@dataclass(frozen=True, slots=True)
class DateMatch:
    """One date found in a text, with its span in that text."""

    value: datetime
    start: int
    end: int
    has_time: bool
    relative: bool


@dataclass(frozen=True, slots=True)
class Context:
    """What relative and year-less forms are read against (None: they are skipped)."""

    reference: datetime | None
    default_year: int | None


_Builder = Callable[[re.Match[str], Context], DateMatch | None]
_Ymd = tuple[int, int, int]
_YmdReader = Callable[[re.Match[str], Context], _Ymd | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """One date form: its compiled pattern, its builder, and what it needs to run."""

    pattern: re.Pattern[str]
    build: _Builder
    needs_year: bool = False
    needs_reference: bool = False
    # A text the rule can match holds one of these; the rule is not run on other texts.
    holds_one_of: tuple[str, ...] = ()


# --- small parsers -------------------------------------------------------------------------------


def _group(m: re.Match[str], name: str) -> str | None:
    """The named group's text, or None when it did not take part or the pattern lacks it."""
    if name not in m.re.groupindex:
        return None
    value: str | None = m.group(name)
    return value


def _cn_number(s: str) -> int | None:
    """Parse a small Chinese numeral (一 .. 九十九, with 廿 and 卅), or None."""
    s = s.replace("廿", "二十").replace("卅", "三十")
    if "十" not in s:
        return CN_DIGITS.get(s) if len(s) == 1 else None
    head, _, tail = s.partition("十")
    tens = CN_DIGITS.get(head) if head else 1
    ones = CN_DIGITS.get(tail) if tail else 0
    if tens is None or ones is None:
        return None
    return tens * 10 + ones


def _cn_year(s: str) -> int:
    """Parse a year written digit by digit in Chinese numerals (二〇一九)."""
    return int("".join(str(CN_DIGITS[c]) for c in s))


def _count(s: str) -> float | None:
    """Parse the count of a relative form: digits, a/an/one, 半 or a Chinese numeral."""
    if s.isdigit():
        return int(s)
    if s.lower() in ENGLISH_ONE:
        return 1
    if s == "半":
        return 0.5
    return _cn_number(s)


def _clock(m: re.Match[str]) -> tuple[int, int, int, int] | None:
    """The (hour, minute, second, microsecond) the match gives, or None without a time."""
    hour_text = _group(m, "H")
    if hour_text is None:
        return None
    hour, minute = int(hour_text), int(m["M"])
    second = int(_group(m, "S") or 0)
    micro = int(((_group(m, "f") or "") + "000000")[:6])
    ampm = _group(m, "ampm")
    period = PERIODS.get(_group(m, "period") or "") or (ampm[0].lower() + "m" if ampm else "")
    if period == "am" and hour == 12:
        hour = 0
    elif (period == "pm" and hour < 12) or (period == "noon" and hour < 11):
        hour += 12
    return hour, minute, second, micro


def _tzinfo(m: re.Match[str]) -> tzinfo | None:
    """The offset the match states, or None (naive) when it states none."""
    name = _group(m, "tz")
    if name is None:
        return None
    if name in ZONES:
        return timezone(timedelta(minutes=ZONES[name]))
    parts = OFFSET.fullmatch(name)
    if parts is None:  # pragma: no cover - _TZ only lets offsets of this shape through
        return None
    sign, hours, minutes = parts.groups()
    offset = timedelta(hours=int(hours), minutes=int(minutes or 0))
    return timezone(-offset if sign == "-" else offset)


# --- builders ------------------------------------------------------------------------------------


def _ymd_numeric(m: re.Match[str], ctx: Context) -> _Ymd | None:
    return int(m["y"]), int(m["m"]), int(m["d"])


def _ymd_named(m: re.Match[str], ctx: Context) -> _Ymd | None:
    return int(m["y"]), MONTHS[m["mon"].lower()], int(m["d"])


def _ymd_cn_numerals(m: re.Match[str], ctx: Context) -> _Ymd | None:
    month, day = _cn_number(m["m"]), _cn_number(m["d"])
    if month is None or day is None:
        return None
    return _cn_year(m["y"]), month, day


def _ymd_year_last(m: re.Match[str], ctx: Context) -> _Ymd | None:
    """d.m.Y is always day first; d/m/Y and m/d/Y only when just one reading is possible."""
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    if m["sep"] == "." or (a > 12 >= b) or a == b:
        return year, b, a
    if b > 12 >= a:
        return year, a, b
    return None


def _ymd_yearless(m: re.Match[str], ctx: Context) -> _Ymd | None:
    assert ctx.default_year is not None
    return ctx.default_year, int(m["m"]), int(m["d"])


def _absolute(read: _YmdReader) -> _Builder:
    """A builder for forms that name a calendar day, with an optional time and offset."""

    def build(m: re.Match[str], ctx: Context) -> DateMatch | None:
        ymd = read(m, ctx)
        if ymd is None or not MIN_YEAR <= ymd[0] <= MAX_YEAR:
            return None
        clock = _clock(m)
        try:
            value = datetime(*ymd, *(clock or (0, 0, 0, 0)), tzinfo=_tzinfo(m))
        except ValueError:  # 2019-02-30 and the like
            return None
        return DateMatch(value, m.start(), m.end(), clock is not None, relative=False)

    return build


def _at(day: date, m: re.Match[str], reference: datetime) -> tuple[datetime, bool]:
    """The day at the match's clock time (midnight without one), in the reference's zone."""
    clock = _clock(m)
    zone = _tzinfo(m) or reference.tzinfo
    return datetime.combine(day, time(*(clock or (0, 0, 0, 0))), tzinfo=zone), clock is not None


def _build_day_word(m: re.Match[str], ctx: Context) -> DateMatch | None:
    assert ctx.reference is not None
    days_back = DAY_WORDS[m["word"].lower()]
    if days_back == 0 and _group(m, "H") is None:
        return None
    value, has_time = _at(ctx.reference.date() - timedelta(days=days_back), m, ctx.reference)
    return DateMatch(value, m.start(), m.end(), has_time, relative=True)


def _build_ago(m: re.Match[str], ctx: Context) -> DateMatch | None:
    assert ctx.reference is not None
    count = _count(m["n"])
    unit = AGO_UNITS[m["u"].lower()]
    if count is None:
        return None
    value = ctx.reference - unit * count
    has_time = unit < timedelta(days=1)
    if has_time:
        value = value.replace(microsecond=0)
    else:  # "3 days ago" names a day, not a moment
        value = value.replace(hour=0, minute=0, second=0, microsecond=0)
    return DateMatch(value, m.start(), m.end(), has_time, relative=True)


def _build_just_now(m: re.Match[str], ctx: Context) -> DateMatch | None:
    assert ctx.reference is not None
    value = ctx.reference.replace(microsecond=0)
    return DateMatch(value, m.start(), m.end(), has_time=True, relative=True)


# --- the rules ------------------------------------------------------------------------------------

_YMD_SEPARATORS = ("-", "/", ".")
RULES: tuple[Rule, ...] = (
    Rule(re.compile(NUMERIC_YMD), _absolute(_ymd_numeric), holds_one_of=_YMD_SEPARATORS),
    Rule(re.compile(CHINESE_YMD), _absolute(_ymd_numeric), holds_one_of=("年",)),
    Rule(re.compile(CHINESE_NUMERALS), _absolute(_ymd_cn_numerals), holds_one_of=("年",)),
    Rule(re.compile(YEAR_LAST), _absolute(_ymd_year_last), holds_one_of=_YMD_SEPARATORS),
    Rule(re.compile(DOTTED_SPACED), _absolute(_ymd_year_last), holds_one_of=(". ", ".\t")),
    Rule(re.compile(MONTH_DAY_YEAR), _absolute(_ymd_named)),
    Rule(re.compile(DAY_MONTH_YEAR), _absolute(_ymd_named)),
    Rule(
        re.compile(MONTH_DAY_NUMERIC),
        _absolute(_ymd_yearless),
        needs_year=True,
        holds_one_of=("-",),
    ),
    Rule(
        re.compile(MONTH_DAY_CHINESE),
        _absolute(_ymd_yearless),
        needs_year=True,
        holds_one_of=("月",),
    ),
    Rule(re.compile(DAY_WORD), _build_day_word, needs_reference=True),
    Rule(re.compile(AGO_CHINESE), _build_ago, needs_reference=True),
    Rule(re.compile(AGO_ENGLISH), _build_ago, needs_reference=True),
    Rule(re.compile("刚刚(?!好)"), _build_just_now, needs_reference=True),  # 刚刚好: just right
)
