"""Find publish dates in page text: ISO, Chinese, English, European and relative forms.

Every form is matched by a regex compiled once at import; all quantifiers are bounded, so a
search is linear in the length of the text. Spans always refer to the text as given: the only
normalisation is a one-character-for-one translation (full-width digits and punctuation, the
ideographic and no-break spaces), which keeps every offset unchanged.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from itertools import accumulate

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "DateMatch",
    "find_dates",
    "may_hold_date",
    "may_hold_dates",
    "opening_date",
    "parse_date",
    "parse_machine",
]

MIN_YEAR = 1990
"""Earliest year accepted as a page date; older numbers are almost always something else."""
MAX_YEAR = 2100
"""Latest year accepted as a page date."""
MAX_DATE_CHARS = 120
"""No date form matches more characters than this (tests check the rules against it)."""
# A form's lookaheads see at most this many characters past its match.
_LOOKAHEAD_CHARS = 2


@dataclass(frozen=True, slots=True)
class DateMatch:
    """One date found in a text, with its span in that text."""

    value: datetime
    start: int
    end: int
    has_time: bool
    relative: bool


# --- data tables -------------------------------------------------------------------------------

_MONTHS_BY_LANGUAGE: tuple[dict[str, int], ...] = (
    {  # English
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
        "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
        "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "october": 10,
        "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    },
    {  # German
        "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mär": 3, "mai": 5,
        "juni": 6, "juli": 7, "oktober": 10, "okt": 10, "dezember": 12, "dez": 12,
    },
    {  # French
        "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "mars": 3, "avril": 4,
        "avr": 4, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9,
        "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    },
    {  # Spanish
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
        "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
        "diciembre": 12,
    },
    {  # Italian
        "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
        "settembre": 9, "ottobre": 10, "dicembre": 12,
    },
    {  # Dutch
        "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
    },
)  # fmt: skip
_MONTHS: dict[str, int] = {k: v for table in _MONTHS_BY_LANGUAGE for k, v in table.items()}

_WEEKDAYS: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
)  # fmt: skip

# Offsets in minutes. "CST" is left out on purpose: on Chinese pages it means China Standard
# Time (+08:00), on US pages Central Standard Time (-06:00); an unmapped zone stays naive.
_ZONES: dict[str, int] = {
    "Z": 0, "UTC": 0, "GMT": 0,
    "EST": -300, "EDT": -240, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
    "CET": 60, "CEST": 120, "MEZ": 60, "MESZ": 120, "JST": 540, "KST": 540, "HKT": 480,
    "SGT": 480,
}  # fmt: skip

# Chinese day-part words before a clock time, and how they shift it.
_PERIODS: dict[str, str] = {
    "上午": "am", "凌晨": "am", "早上": "am", "早晨": "am",
    "下午": "pm", "晚上": "pm", "傍晚": "pm", "夜里": "pm", "夜间": "pm",
    "中午": "noon",
}  # fmt: skip

# Relative day words: days back from the reference. Words for "today" need a clock time,
# since alone they are ordinary prose far more often than a date.
_DAY_WORDS: dict[str, int] = {
    "今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2, "大前天": 3,
    "today": 0, "yesterday": 1,
}  # fmt: skip

_AGO_UNITS: dict[str, timedelta] = {
    "秒": timedelta(seconds=1), "秒钟": timedelta(seconds=1), "分钟": timedelta(minutes=1),
    "小时": timedelta(hours=1), "钟头": timedelta(hours=1), "天": timedelta(days=1),
    "周": timedelta(weeks=1), "星期": timedelta(weeks=1), "礼拜": timedelta(weeks=1),
    "second": timedelta(seconds=1), "seconds": timedelta(seconds=1),
    "sec": timedelta(seconds=1), "secs": timedelta(seconds=1),
    "minute": timedelta(minutes=1), "minutes": timedelta(minutes=1),
    "min": timedelta(minutes=1), "mins": timedelta(minutes=1),
    "hour": timedelta(hours=1), "hours": timedelta(hours=1),
    "hr": timedelta(hours=1), "hrs": timedelta(hours=1),
    "day": timedelta(days=1), "days": timedelta(days=1),
    "week": timedelta(weeks=1), "weeks": timedelta(weeks=1),
}  # fmt: skip
_ENGLISH_ONE = ("a", "an", "one")

_CN_DIGITS: dict[str, int] = {
    "〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip

# Full-width ASCII (U+FF01..U+FF5E) and wide spaces, one character for one, so spans survive.
_FOLD: dict[int, int] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_FOLD.update({0x3000: 0x20, 0x00A0: 0x20, 0x2236: 0x3A})
_NEEDS_FOLD = re.compile("[\uff01-\uff5e\u3000\u00a0\u2236]")


# --- regex building blocks -----------------------------------------------------------------------


def _initials(words: Iterable[str]) -> str:
    """A lookahead for the first letters of words in either case: a cheap pre-check."""
    letters = sorted({c for w in words for c in (w[0].lower(), w[0].upper())})
    return f"(?=[{''.join(letters)}])"


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so no word shadows a longer one."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_LATIN = "A-Za-z\u00c0-\u024f"
# Each pattern opens with a one-character lookahead on the characters it can start with. The
# regex engine scans for those with a fast loop, instead of trying every alternative (month
# names, weekday names) at every position: ten to a hundred times faster on long pages.
_AT_DIGIT = "(?=[0-9])"
_AT_LATIN = f"(?=[{_LATIN}])"
_AT_LATIN_OR_DIGIT = f"(?=[0-9{_LATIN}])"
# Not glued to a preceding digit or letter, nor to "digit." / "digit:" (versions, IPs, times).
_LEFT = r"(?<![0-9A-Za-z])(?<![0-9][.:])"
# Year-less forms are weaker evidence, so "-" and "/" after a digit also rule them out.
_LEFT_STRICT = r"(?<![0-9A-Za-z])(?<![0-9][.:/-])"
# After a digit: no digit, letter or ".5"/":5" continuation; after a letter: no letter or digit.
_END = (
    r"(?:(?<=[0-9])(?![0-9A-Za-z])(?![.:][0-9])"
    r"|(?<=[A-Za-z.])(?![0-9A-Za-z])"
    r"|(?<![0-9A-Za-z.]))"
)

_ZONE_NAMES = _alternation(tuple(z for z in _ZONES if z != "Z"))
_TZ = (
    r"(?:[ \t]?(?P<tz>"
    r"(?:UTC|GMT)[+-](?:1[0-4]|0?[0-9])(?::?[0-5][0-9])?(?![0-9])"
    r"|\+(?:1[0-4]|0[0-9])(?::?[0-5][0-9])?(?![0-9])"
    # A "-hh:mm" offset only after seconds: "11:14-12:30" is a time range, not an offset.
    r"|(?(S)-(?:1[0-4]|0[0-9]):?[0-5][0-9](?![0-9])|(?!))"
    rf"|Z|{_ZONE_NAMES}"
    r")(?![A-Za-z]))?"
)
_TIME = (
    rf"(?:(?P<period>{_alternation(_PERIODS)})[ \t]?)?"
    r"(?P<H>[01]?[0-9]|2[0-3])[:时点]"
    r"(?P<M>[0-5][0-9]|(?<=[时点])[0-9])"
    r"(?:(?::|分)(?P<S>[0-5][0-9]|(?<=分)[0-9])(?:\.(?P<f>[0-9]{1,9}))?秒?|分)?"
    r"(?![0-9])"
    r"(?:[ \t]?(?P<ampm>(?i:[ap]\.?m\.?))(?![A-Za-z]))?"
    r"(?:[ \t]?Uhr)?" + _TZ
)
_OFFSET = re.compile(r"(?:UTC|GMT)?([+-])([0-9]{1,2}):?([0-9]{2})?")
_WEEKDAY_CN = r"\(?(?:星期|周|礼拜)[一二三四五六七日天]\)?"
_SEP = (
    r"(?:T|,?[ \t]{1,3}(?:(?:(?i:at|um)|à|-|\|)[ \t]{1,3})?"
    rf"(?:{_WEEKDAY_CN}[ \t]{{0,3}})?)"
)
# After a CJK date ending in 日, the time may follow with no space at all.
_SEP_GLUE = rf"(?:{_SEP}|(?:{_WEEKDAY_CN})?[ \t]{{0,3}})"
_OPT_TIME = rf"(?:{_SEP}{_TIME})?"
_OPT_TIME_GLUE = rf"(?:{_SEP_GLUE}{_TIME})?"

_MONTH = rf"{_initials(_MONTHS)}(?P<mon>(?i:{_alternation(_MONTHS)}))(?![{_LATIN}])\.?"
_WEEKDAY_EN = (
    rf"(?:{_initials(_WEEKDAYS)}(?i:{_alternation(_WEEKDAYS)})(?![{_LATIN}])\.?,?[ \t]{{1,3}})?"
)
_ORDINAL = r"(?i:st|nd|rd|th)"
_YEAR = r"(?P<y>[0-9]{4})"
_CN_NUM = "一二三四五六七八九十"


@dataclass(frozen=True, slots=True)
class _Context:
    reference: datetime | None
    default_year: int | None


_Builder = Callable[[re.Match[str], _Context], DateMatch | None]
_Ymd = tuple[int, int, int]
_YmdReader = Callable[[re.Match[str], _Context], _Ymd | None]


@dataclass(frozen=True, slots=True)
class _Rule:
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
        return _CN_DIGITS.get(s) if len(s) == 1 else None
    head, _, tail = s.partition("十")
    tens = _CN_DIGITS.get(head) if head else 1
    ones = _CN_DIGITS.get(tail) if tail else 0
    if tens is None or ones is None:
        return None
    return tens * 10 + ones


def _cn_year(s: str) -> int:
    """Parse a year written digit by digit in Chinese numerals (二〇一九)."""
    return int("".join(str(_CN_DIGITS[c]) for c in s))


def _count(s: str) -> float | None:
    """Parse the count of a relative form: digits, a/an/one, 半 or a Chinese numeral."""
    if s.isdigit():
        return int(s)
    if s.lower() in _ENGLISH_ONE:
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
    period = _PERIODS.get(_group(m, "period") or "") or (ampm[0].lower() + "m" if ampm else "")
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
    if name in _ZONES:
        return timezone(timedelta(minutes=_ZONES[name]))
    parts = _OFFSET.fullmatch(name)
    if parts is None:  # pragma: no cover - _TZ only lets offsets of this shape through
        return None
    sign, hours, minutes = parts.groups()
    offset = timedelta(hours=int(hours), minutes=int(minutes or 0))
    return timezone(-offset if sign == "-" else offset)


# --- builders ------------------------------------------------------------------------------------


def _ymd_numeric(m: re.Match[str], ctx: _Context) -> _Ymd | None:
    return int(m["y"]), int(m["m"]), int(m["d"])


def _ymd_named(m: re.Match[str], ctx: _Context) -> _Ymd | None:
    return int(m["y"]), _MONTHS[m["mon"].lower()], int(m["d"])


def _ymd_cn_numerals(m: re.Match[str], ctx: _Context) -> _Ymd | None:
    month, day = _cn_number(m["m"]), _cn_number(m["d"])
    if month is None or day is None:
        return None
    return _cn_year(m["y"]), month, day


def _ymd_year_last(m: re.Match[str], ctx: _Context) -> _Ymd | None:
    """d.m.Y is always day first; d/m/Y and m/d/Y only when just one reading is possible."""
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    if m["sep"] == "." or (a > 12 >= b) or a == b:
        return year, b, a
    if b > 12 >= a:
        return year, a, b
    return None


def _ymd_yearless(m: re.Match[str], ctx: _Context) -> _Ymd | None:
    assert ctx.default_year is not None
    return ctx.default_year, int(m["m"]), int(m["d"])


def _absolute(read: _YmdReader) -> _Builder:
    """A builder for forms that name a calendar day, with an optional time and offset."""

    def build(m: re.Match[str], ctx: _Context) -> DateMatch | None:
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


def _build_day_word(m: re.Match[str], ctx: _Context) -> DateMatch | None:
    assert ctx.reference is not None
    days_back = _DAY_WORDS[m["word"].lower()]
    if days_back == 0 and _group(m, "H") is None:
        return None
    value, has_time = _at(ctx.reference.date() - timedelta(days=days_back), m, ctx.reference)
    return DateMatch(value, m.start(), m.end(), has_time, relative=True)


def _build_ago(m: re.Match[str], ctx: _Context) -> DateMatch | None:
    assert ctx.reference is not None
    count = _count(m["n"])
    unit = _AGO_UNITS[m["u"].lower()]
    if count is None:
        return None
    value = ctx.reference - unit * count
    has_time = unit < timedelta(days=1)
    if has_time:
        value = value.replace(microsecond=0)
    else:  # "3 days ago" names a day, not a moment
        value = value.replace(hour=0, minute=0, second=0, microsecond=0)
    return DateMatch(value, m.start(), m.end(), has_time, relative=True)


def _build_just_now(m: re.Match[str], ctx: _Context) -> DateMatch | None:
    assert ctx.reference is not None
    value = ctx.reference.replace(microsecond=0)
    return DateMatch(value, m.start(), m.end(), has_time=True, relative=True)


# --- the rules -----------------------------------------------------------------------------------

_NUMERIC_YMD = (
    rf"{_AT_DIGIT}{_LEFT}{_YEAR}(?P<sep>[-/.])(?P<m>[0-9]{{1,2}})(?P=sep)(?P<d>[0-9]{{1,2}})"
    rf"{_OPT_TIME}{_END}"
)
_CHINESE_YMD = (
    rf"{_AT_DIGIT}{_LEFT}{_YEAR}[ \t]{{0,2}}年[ \t]{{0,2}}"
    rf"(?P<m>[0-9]{{1,2}})[ \t]{{0,2}}月[ \t]{{0,2}}(?P<d>[0-9]{{1,2}})[ \t]{{0,2}}[日号]"
    rf"{_OPT_TIME_GLUE}{_END}"
)
_CHINESE_NUMERALS = (
    r"(?=[〇○零一二三四五六七八九])(?<![〇○零一二三四五六七八九十])(?P<y>[〇○零一二三四五六七八九]{4})年"
    rf"(?P<m>[{_CN_NUM}]{{1,2}})月(?P<d>[{_CN_NUM}廿卅]{{1,3}})[日号]"
)
_YEAR_LAST = (
    rf"{_AT_DIGIT}{_LEFT}(?P<a>[0-9]{{1,2}})(?P<sep>[-/.])(?P<b>[0-9]{{1,2}})(?P=sep){_YEAR}"
    rf"{_OPT_TIME}{_END}"
)
_MONTH_DAY_YEAR = (
    rf"{_AT_LATIN}(?<![0-9{_LATIN}]){_WEEKDAY_EN}{_MONTH}[ \t]{{1,3}}"
    rf"(?P<d>[0-9]{{1,2}}){_ORDINAL}?(?![0-9])(?:,[ \t]{{0,3}}|[ \t]{{1,3}}){_YEAR}"
    rf"{_OPT_TIME}{_END}"
)
_DAY_MONTH_YEAR = (
    rf"{_AT_LATIN_OR_DIGIT}(?<![0-9{_LATIN}])(?<![0-9][.:]){_WEEKDAY_EN}"
    rf"(?P<d>[0-9]{{1,2}})(?:{_ORDINAL}|\.)?(?:[ \t]{{1,3}}(?i:of|de))?[ \t-]{{1,3}}"
    rf"{_MONTH}(?:[ \t]{{1,3}}(?i:de))?,?[ \t-]{{1,3}}{_YEAR}"
    rf"{_OPT_TIME}{_END}"
)
# German and other day-first pages space their dotted dates: "18. 05. 2014".
_DOTTED_SPACED = (
    rf"{_AT_DIGIT}{_LEFT}(?P<a>[0-9]{{1,2}})(?P<sep>\.)[ \t](?P<b>[0-9]{{1,2}})\.[ \t]{_YEAR}"
    rf"{_OPT_TIME}{_END}"
)
# Year-less numeric dates need a time ("11-25 11:14"): "11-25" alone is a score or a range.
_MONTH_DAY_NUMERIC = (
    rf"{_AT_DIGIT}{_LEFT_STRICT}(?P<m>[0-9]{{2}})-(?P<d>[0-9]{{2}}){_SEP}{_TIME}{_END}"
)
_MONTH_DAY_CHINESE = (
    rf"{_AT_DIGIT}{_LEFT}(?<!年)(?<!年[ \t])(?<!年[ \t][ \t])"
    rf"(?P<m>[0-9]{{1,2}})[ \t]{{0,2}}月[ \t]{{0,2}}(?P<d>[0-9]{{1,2}})[ \t]{{0,2}}[日号]"
    rf"{_OPT_TIME_GLUE}{_END}"
)
# "前天" is also the tail of 目前 / 之前 / 以前 ... followed by 天气, 天下 ...: 目前天气晴.
_NOT_AFTER_QIAN_WORD = "(?<![目之以提当空面跟眼生从事向先此日年月])(?=前天)"
_DAY_WORD = (
    rf"(?=[大今昨前TtYy])(?<![{_LATIN}])(?:(?!前天)|{_NOT_AFTER_QIAN_WORD})"
    rf"(?P<word>{_alternation(w for w in _DAY_WORDS if not w.isascii())}"
    rf"|(?i:{_alternation(w for w in _DAY_WORDS if w.isascii())})(?![{_LATIN}]))"
    rf"{_OPT_TIME_GLUE}{_END}"
)
_CN_UNITS = _alternation(u for u in _AGO_UNITS if not u.isascii())
_EN_UNITS = _alternation(u for u in _AGO_UNITS if u.isascii())
_AGO_CHINESE = (
    rf"(?=[0-9{_CN_NUM}两半])(?<![0-9.])(?<![{_CN_NUM}两百千万])"
    rf"(?P<n>[0-9]{{1,3}}|[{_CN_NUM}两]{{1,3}}|半)[ \t]?个?[ \t]?(?P<u>{_CN_UNITS})前"
    # 前往, 前进, 前来 ...: "三天前往" is "went on the third day", not "three days ago".
    r"(?![往进来去行夕线面方景途])"
)
_AGO_ENGLISH = (
    rf"(?=[0-9AaOo])(?<![0-9{_LATIN}])"
    rf"(?P<n>[0-9]{{1,3}}|(?i:{_alternation(_ENGLISH_ONE)}))[ \t]{{1,3}}"
    rf"(?P<u>(?i:{_EN_UNITS}))[ \t]{{1,3}}(?i:ago)(?![{_LATIN}])"
)

_YMD_SEPARATORS = ("-", "/", ".")
_RULES: tuple[_Rule, ...] = (
    _Rule(re.compile(_NUMERIC_YMD), _absolute(_ymd_numeric), holds_one_of=_YMD_SEPARATORS),
    _Rule(re.compile(_CHINESE_YMD), _absolute(_ymd_numeric), holds_one_of=("年",)),
    _Rule(re.compile(_CHINESE_NUMERALS), _absolute(_ymd_cn_numerals), holds_one_of=("年",)),
    _Rule(re.compile(_YEAR_LAST), _absolute(_ymd_year_last), holds_one_of=_YMD_SEPARATORS),
    _Rule(re.compile(_DOTTED_SPACED), _absolute(_ymd_year_last), holds_one_of=(". ", ".\t")),
    _Rule(re.compile(_MONTH_DAY_YEAR), _absolute(_ymd_named)),
    _Rule(re.compile(_DAY_MONTH_YEAR), _absolute(_ymd_named)),
    _Rule(
        re.compile(_MONTH_DAY_NUMERIC),
        _absolute(_ymd_yearless),
        needs_year=True,
        holds_one_of=("-",),
    ),
    _Rule(
        re.compile(_MONTH_DAY_CHINESE),
        _absolute(_ymd_yearless),
        needs_year=True,
        holds_one_of=("月",),
    ),
    _Rule(re.compile(_DAY_WORD), _build_day_word, needs_reference=True),
    _Rule(re.compile(_AGO_CHINESE), _build_ago, needs_reference=True),
    _Rule(re.compile(_AGO_ENGLISH), _build_ago, needs_reference=True),
    _Rule(re.compile("刚刚(?!好)"), _build_just_now, needs_reference=True),  # 刚刚好: just right
)


# Every form that needs neither a reference nor a default year holds a four-digit year or 年;
# the year-less ones hold 月 or "mm-dd". Full-width digits and hyphens count, as they fold.
# Each opens with a character class, not a lookahead: re's search skips to the characters of
# an opening class in a fast loop, while a pattern that opens with a lookahead is tried at
# every position (about 2.5 times slower on a page). (?<=[年月]): the class matched no digit.
_DIGIT = "0-9\uff10-\uff19"
_HOLDS_YEAR = re.compile(f"[{_DIGIT}年](?:(?<=年)|[{_DIGIT}]{{3}})")
_HOLDS_YEARLESS = re.compile(
    f"[{_DIGIT}年月](?:(?<=[年月])|[{_DIGIT}](?:[{_DIGIT}]{{2}}|[-\uff0d][{_DIGIT}]{{2}}))"
)


# --- public API ----------------------------------------------------------------------------------


def find_dates(
    text: str, *, reference: datetime | None = None, default_year: int | None = None
) -> list[DateMatch]:
    """All plausible dates in text, in text order.

    Relative forms (昨天, 3小时前, "2 hours ago") are resolved against ``reference`` and are
    skipped without one; year-less forms (11月25日, "11-25 11:14") take ``default_year`` and
    are skipped without it. Where two readings overlap, the earlier and then longer one wins.
    """
    if not may_hold_date(text, reference=reference, default_year=default_year):
        return []
    folded = text.translate(_FOLD) if _NEEDS_FOLD.search(text) else text
    ctx = _Context(reference, default_year)
    found: list[DateMatch] = []
    for rule in _RULES:
        if (rule.needs_year and default_year is None) or (
            rule.needs_reference and reference is None
        ):
            continue
        if rule.holds_one_of and not any(map(folded.__contains__, rule.holds_one_of)):
            continue
        for m in rule.pattern.finditer(folded):
            match = rule.build(m, ctx)
            if match is not None:
                found.append(match)
    found.sort(key=lambda d: (d.start, -d.end))
    kept: list[DateMatch] = []
    for match in found:
        if not kept or match.start >= kept[-1].end:
            kept.append(match)
    return kept


def may_hold_date(
    text: str, *, reference: datetime | None = None, default_year: int | None = None
) -> bool:
    """False when :func:`find_dates` surely finds nothing in text (a cheap pre-check).

    It stays the same when runs of whitespace in text are collapsed or trimmed.
    """
    if reference is not None:
        return True
    holds = _HOLDS_YEAR if default_year is None else _HOLDS_YEARLESS
    return holds.search(text) is not None


def may_hold_dates(
    texts: Sequence[str], *, reference: datetime | None = None, default_year: int | None = None
) -> list[int]:
    """The positions of the texts that :func:`may_hold_date`, in order, found in one scan."""
    if reference is not None:
        return list(range(len(texts)))
    holds = _HOLDS_YEAR if default_year is None else _HOLDS_YEARLESS
    joined = "\n".join(texts)  # no pre-check pattern matches across a line break
    ends = list(accumulate(map((1).__add__, map(len, texts))))  # each text's end, line break in
    found: list[int] = []
    match = holds.search(joined)
    while match is not None:
        position = bisect_right(ends, match.start())
        found.append(position)
        match = holds.search(joined, ends[position])
    return found


def opening_date(
    text: str,
    *,
    within: int,
    reference: datetime | None = None,
    default_year: int | None = None,
) -> DateMatch | None:
    """The first date of find_dates(text) when it starts within the first characters, else None.

    Only the head of text is read: a date starting there ends MAX_DATE_CHARS later at most, and
    what comes after that cannot change it.
    """
    head = text[: within + MAX_DATE_CHARS + _LOOKAHEAD_CHARS]
    found = find_dates(head, reference=reference, default_year=default_year)
    return found[0] if found and found[0].start <= within else None


def parse_date(
    text: str, *, reference: datetime | None = None, default_year: int | None = None
) -> datetime | None:
    """The first plausible date in text, or None."""
    matches = find_dates(text, reference=reference, default_year=default_year)
    return matches[0].value if matches else None


_EPOCH = re.compile(r"^[0-9]{10}(?:[0-9]{3})?$")


def parse_machine(text: str) -> datetime | None:
    """A date written for machines (markup: ISO 8601, ``20190926``, epoch seconds), or None.

    An ISO value keeps the offset it states (aware) and stays naive without one; a value that
    is not ISO falls back to :func:`parse_date`. Epoch timestamps carry no zone of the page and
    give naive UTC wall-clock times.
    """
    value = text.strip()[:64]
    if not value:
        return None
    if _EPOCH.match(value):
        seconds = int(value[:10])
        found = datetime.fromtimestamp(seconds, tz=timezone.utc).replace(tzinfo=None)
        return found if MIN_YEAR <= found.year <= MAX_YEAR else None
    try:
        found = datetime.fromisoformat(value.replace(" T", "T"))
    except ValueError:
        return parse_date(value)
    return found if MIN_YEAR <= found.year <= MAX_YEAR else None
