"""The date forms as regex text: the words they name (months, weekdays, zones, day parts,
relative units) and the pattern of each form, ISO, Chinese, English, European, relative.

All quantifiers are bounded, so a search is linear in the length of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import timedelta

from .screen import trie

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
MONTHS: dict[str, int] = {k: v for table in _MONTHS_BY_LANGUAGE for k, v in table.items()}

_WEEKDAYS: tuple[str, ...] = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
)  # fmt: skip

# Offsets in minutes. "CST" is left out on purpose: on Chinese pages it means China Standard
# Time (+08:00), on US pages Central Standard Time (-06:00); an unmapped zone stays naive.
ZONES: dict[str, int] = {
    "Z": 0, "UTC": 0, "GMT": 0,
    "EST": -300, "EDT": -240, "CDT": -300, "MST": -420, "MDT": -360, "PST": -480, "PDT": -420,
    "CET": 60, "CEST": 120, "MEZ": 60, "MESZ": 120, "JST": 540, "KST": 540, "HKT": 480,
    "SGT": 480,
}  # fmt: skip

# Chinese day-part words before a clock time, and how they shift it.
PERIODS: dict[str, str] = {
    "上午": "am", "凌晨": "am", "早上": "am", "早晨": "am",
    "下午": "pm", "晚上": "pm", "傍晚": "pm", "夜里": "pm", "夜间": "pm",
    "中午": "noon",
}  # fmt: skip

# Relative day words: days back from the reference. Words for "today" need a clock time,
# since alone they are ordinary prose far more often than a date.
DAY_WORDS: dict[str, int] = {
    "今天": 0, "今日": 0, "昨天": 1, "昨日": 1, "前天": 2, "大前天": 3,
    "today": 0, "yesterday": 1,
}  # fmt: skip

AGO_UNITS: dict[str, timedelta] = {
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
ENGLISH_ONE = ("a", "an", "one")

CN_DIGITS: dict[str, int] = {
    "〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip

# Full-width ASCII (U+FF01..U+FF5E) and wide spaces, one character for one, so spans survive.
FOLD: dict[int, int] = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
FOLD.update({0x3000: 0x20, 0x00A0: 0x20, 0x2236: 0x3A})
NEEDS_FOLD = re.compile("[\uff01-\uff5e\u3000\u00a0\u2236]")


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

_ZONE_NAMES = _alternation(tuple(z for z in ZONES if z != "Z"))
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
    rf"(?:(?P<period>{_alternation(PERIODS)})[ \t]?)?"
    r"(?P<H>[01]?[0-9]|2[0-3])[:时点]"
    r"(?P<M>[0-5][0-9]|(?<=[时点])[0-9])"
    r"(?:(?::|分)(?P<S>[0-5][0-9]|(?<=分)[0-9])(?:\.(?P<f>[0-9]{1,9}))?秒?|分)?"
    r"(?![0-9])"
    # "3:04 pm", "3:04 p.m." and the Spanish "3:04 p. m."
    r"(?:[ \t]?(?P<ampm>(?i:[ap](?:\.?|\.[ \t])m\.?))(?![A-Za-z]))?"
    r"(?:[ \t]?Uhr)?" + _TZ
)
OFFSET = re.compile(r"(?:UTC|GMT)?([+-])([0-9]{1,2}):?([0-9]{2})?")
_WEEKDAY_CN = r"\(?(?:星期|周|礼拜)[一二三四五六七日天]\)?"
_SEP = (
    r"(?:T|,?[ \t]{1,3}(?:(?:(?i:at|um)|à|-|\|)[ \t]{1,3})?"
    rf"(?:{_WEEKDAY_CN}[ \t]{{0,3}})?)"
)
# After a CJK date ending in 日, the time may follow with no space at all.
_SEP_GLUE = rf"(?:{_SEP}|(?:{_WEEKDAY_CN})?[ \t]{{0,3}})"
_OPT_TIME = rf"(?:{_SEP}{_TIME})?"
_OPT_TIME_GLUE = rf"(?:{_SEP_GLUE}{_TIME})?"

_MONTH = rf"{_initials(MONTHS)}(?P<mon>(?i:{trie(MONTHS)}))(?![{_LATIN}])\.?"
_WEEKDAY_EN = rf"(?:{_initials(_WEEKDAYS)}(?i:{trie(_WEEKDAYS)})(?![{_LATIN}])\.?,?[ \t]{{1,3}})?"
_ORDINAL = r"(?i:st|nd|rd|th)"
_YEAR = r"(?P<y>[0-9]{4})"
_CN_NUM = "一二三四五六七八九十"


# --- the forms ------------------------------------------------------------------------------------

NUMERIC_YMD = (
    rf"{_AT_DIGIT}{_LEFT}{_YEAR}(?P<sep>[-/.])(?P<m>[0-9]{{1,2}})(?P=sep)(?P<d>[0-9]{{1,2}})"
    rf"{_OPT_TIME}{_END}"
)
CHINESE_YMD = (
    rf"{_AT_DIGIT}{_LEFT}{_YEAR}[ \t]{{0,2}}年[ \t]{{0,2}}"
    rf"(?P<m>[0-9]{{1,2}})[ \t]{{0,2}}月[ \t]{{0,2}}(?P<d>[0-9]{{1,2}})[ \t]{{0,2}}[日号]"
    rf"{_OPT_TIME_GLUE}{_END}"
)
CHINESE_NUMERALS = (
    r"(?=[〇○零一二三四五六七八九])(?<![〇○零一二三四五六七八九十])(?P<y>[〇○零一二三四五六七八九]{4})年"
    rf"(?P<m>[{_CN_NUM}]{{1,2}})月(?P<d>[{_CN_NUM}廿卅]{{1,3}})[日号]"
)
YEAR_LAST = (
    rf"{_AT_DIGIT}{_LEFT}(?P<a>[0-9]{{1,2}})(?P<sep>[-/.])(?P<b>[0-9]{{1,2}})(?P=sep){_YEAR}"
    rf"{_OPT_TIME}{_END}"
)
# A capitalised month may follow a lowercase word or a digit with no space, and a capitalised
# word follow the year: a label or a date printed apart (for screen readers, in a span of its
# own) glued to the date ("Post dateMay 5, 2021", "March 2, 2022Updated: March 3, 2022",
# "May 20, 2024November 2, 2023", "2021-03-09T10:00:00+00:00March 3rd, 2021").
MONTH_DAY_YEAR = (
    rf"{_AT_LATIN}(?:(?<![0-9{_LATIN}])|(?:(?<=[a-z])|(?<=[0-9]))(?=[A-Z])){_WEEKDAY_EN}{_MONTH}"
    r"[ \t]{1,3}"
    rf"(?P<d>[0-9]{{1,2}}){_ORDINAL}?(?![0-9])(?:,[ \t]{{0,3}}|[ \t]{{1,3}}){_YEAR}"
    rf"(?:{_OPT_TIME}{_END}|(?=[A-Z][a-z]))"
)
# "8. Dezember 2010", "1st of May", "4 de mayo" and the unspaced "8.Dezember 2010"
DAY_MONTH_YEAR = (
    rf"{_AT_LATIN_OR_DIGIT}(?<![0-9{_LATIN}])(?<![0-9][.:]){_WEEKDAY_EN}"
    rf"(?P<d>[0-9]{{1,2}})"
    rf"(?:\.(?=[^\W\d_])|(?:{_ORDINAL}|\.)?(?:[ \t]{{1,3}}(?i:of|de))?[ \t-]{{1,3}})"
    rf"{_MONTH}(?:[ \t]{{1,3}}(?i:de))?,?[ \t-]{{1,3}}{_YEAR}"
    rf"{_OPT_TIME}{_END}"
)
# German and other day-first pages space their dotted dates: "18. 05. 2014".
DOTTED_SPACED = (
    rf"{_AT_DIGIT}{_LEFT}(?P<a>[0-9]{{1,2}})(?P<sep>\.)[ \t](?P<b>[0-9]{{1,2}})\.[ \t]{_YEAR}"
    rf"{_OPT_TIME}{_END}"
)
# Year-less numeric dates need a time ("11-25 11:14"): "11-25" alone is a score or a range.
MONTH_DAY_NUMERIC = (
    rf"{_AT_DIGIT}{_LEFT_STRICT}(?P<m>[0-9]{{2}})-(?P<d>[0-9]{{2}}){_SEP}{_TIME}{_END}"
)
MONTH_DAY_CHINESE = (
    rf"{_AT_DIGIT}{_LEFT}(?<!年)(?<!年[ \t])(?<!年[ \t][ \t])"
    rf"(?P<m>[0-9]{{1,2}})[ \t]{{0,2}}月[ \t]{{0,2}}(?P<d>[0-9]{{1,2}})[ \t]{{0,2}}[日号]"
    rf"{_OPT_TIME_GLUE}{_END}"
)
# "前天" is also the tail of 目前 / 之前 / 以前 ... followed by 天气, 天下 ...: 目前天气晴.
_NOT_AFTER_QIAN_WORD = "(?<![目之以提当空面跟眼生从事向先此日年月])(?=前天)"
DAY_WORD = (
    rf"(?=[大今昨前TtYy])(?<![{_LATIN}])(?:(?!前天)|{_NOT_AFTER_QIAN_WORD})"
    rf"(?P<word>{_alternation(w for w in DAY_WORDS if not w.isascii())}"
    rf"|(?i:{_alternation(w for w in DAY_WORDS if w.isascii())})(?![{_LATIN}]))"
    rf"{_OPT_TIME_GLUE}{_END}"
)
_CN_UNITS = _alternation(u for u in AGO_UNITS if not u.isascii())
_EN_UNITS = _alternation(u for u in AGO_UNITS if u.isascii())
AGO_CHINESE = (
    rf"(?=[0-9{_CN_NUM}两半])(?<![0-9.])(?<![{_CN_NUM}两百千万])"
    rf"(?P<n>[0-9]{{1,3}}|[{_CN_NUM}两]{{1,3}}|半)[ \t]?个?[ \t]?(?P<u>{_CN_UNITS})前"
    # 前往, 前进, 前来 ...: "三天前往" is "went on the third day", not "three days ago".
    r"(?![往进来去行夕线面方景途])"
)
AGO_ENGLISH = (
    rf"(?=[0-9AaOo])(?<![0-9{_LATIN}])"
    rf"(?P<n>[0-9]{{1,3}}|(?i:{_alternation(ENGLISH_ONE)}))[ \t]{{1,3}}"
    rf"(?P<u>(?i:{_EN_UNITS}))[ \t]{{1,3}}(?i:ago)(?![{_LATIN}])"
)
