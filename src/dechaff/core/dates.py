"""Find publish dates in page text: ISO, Chinese, English, European and relative forms.

Every form is matched by a regex compiled once at import; all quantifiers are bounded, so a
search is linear in the length of the text. Spans always refer to the text as given: the only
normalisation is a one-character-for-one translation (full-width digits and punctuation, the
ideographic and no-break spaces), which keeps every offset unchanged.

The forms' patterns are in ``date_forms`` and what a match means in ``date_rules``; this
module runs the rules over a text and is what callers import.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from datetime import datetime, timezone
from itertools import accumulate

from .date_forms import FOLD, NEEDS_FOLD
from .date_rules import MAX_YEAR, MIN_YEAR, RULES, Context, DateMatch
from .features import cshape

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "DateMatch",
    "find_dates",
    "find_dates_each",
    "may_hold_date",
    "may_hold_dates",
    "opening_date",
    "parse_date",
    "parse_machine",
]

MAX_DATE_CHARS = 120
"""No date form matches more characters than this (tests check the rules against it)."""
# A form's lookaheads see at most this many characters past its match.
_LOOKAHEAD_CHARS = 2


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
    return _first_readings(_readings(text, reference, default_year))


def find_dates_each(
    texts: Sequence[str], *, reference: datetime | None = None, default_year: int | None = None
) -> list[list[DateMatch]]:
    """:func:`find_dates` of each text, with one search per date form over all those that
    :func:`may_hold_date` (a page's lines: a search per form and line costs more)."""
    found: list[list[DateMatch]] = [[] for _ in texts]
    held = may_hold_dates(texts, reference=reference, default_year=default_year)
    if len(held) == 1:
        found[held[0]] = find_dates(texts[held[0]], reference=reference, default_year=default_year)
    if len(held) < 2:
        return found
    # No form reads or looks at a line break (they take spaces and tabs, never \s or
    # "."), so no reading crosses from one text into the next, and each reads as alone.
    starts = [0, *accumulate(len(texts[i]) + 1 for i in held)]
    per_text: list[list[DateMatch]] = [[] for _ in held]
    for match in _readings("\n".join(texts[i] for i in held), reference, default_year):
        at = bisect_right(starts, match.start) - 1
        offset = starts[at]
        start, end = match.start - offset, match.end - offset
        per_text[at].append(DateMatch(match.value, start, end, match.has_time, match.relative))
    for position, readings in zip(held, per_text, strict=True):
        found[position] = _first_readings(readings) if readings else []
    return found


def _readings(text: str, reference: datetime | None, default_year: int | None) -> list[DateMatch]:
    """Every reading of every date form in text, overlapping ones included."""
    folded = text.translate(FOLD) if NEEDS_FOLD.search(text) else text
    ctx = Context(reference, default_year)
    found: list[DateMatch] = []
    for rule in RULES:
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
    return found


def _first_readings(found: list[DateMatch]) -> list[DateMatch]:
    """The readings in text order; of two that overlap, the earlier and then longer one."""
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
    if cshape is not None:  # the same scan in C (core/_shape.pyx)
        listed = texts if isinstance(texts, list) else list(texts)
        found: list[int] = cshape.holding_dates(listed, default_year is not None)
        return found
    return may_hold_dates_python(texts, default_year=default_year)


def may_hold_dates_python(texts: Sequence[str], *, default_year: int | None = None) -> list[int]:
    """:func:`may_hold_dates` without a reference, in Python: the reference of the C twin."""
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
# the year first, then the month's name and the day: "2024 Sep 12" (the National Library of
# Medicine's form, in a scholarly page's ``citation_date``)
_YEAR_MONTH_DAY = re.compile(r"^([0-9]{4})[ \t]+([A-Za-z]{3,9})\.?[ \t]+([0-9]{1,2})$")


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
        named = _YEAR_MONTH_DAY.match(value)
        return parse_date(f"{named[3]} {named[2]} {named[1]}" if named else value)
    return found if MIN_YEAR <= found.year <= MAX_YEAR else None
