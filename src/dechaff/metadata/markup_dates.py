"""The dates the markup shows outside JSON-LD and meta tags: ``<time>`` and inline scripts."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..core.features import cshape
from ..html.parse import Element
from .markup_text import clean_text, element_text, unique

MAX_SCRIPT_CHARS = 200_000
# pubtime: '2019-09-23 07:48' in an inline script (Chinese portals put it there)
# A date assigned in an inline script (``pubtime: '2019-09-23 07:48'``): the date is
# found first (rare in scripts, so the scan is fast), then the key just before it.
SCRIPT_DATE = re.compile(
    r"""(?P<date>(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}[^"'<>]{0,20})["']"""
)
SCRIPT_DATE_KEY = re.compile(
    r"""(?:pub_?time|publish_?time|publish_?date|pub_?date|date_?published|"""
    r"""release_?time|ptime|create_?time)["']?\s*[:=]\s*["']$""",
    re.I,
)
SCRIPT_KEY_REACH = 40
# the class or itemprop words of a <time> that holds the last update, not the publication
MODIFIED_HINT = re.compile(r"updated|modified")
PUBLISHED_HINT = re.compile(r"publish|pubdate|entry-date|created")


def _time_rank(element: Element) -> int:
    hints = " ".join(filter(None, [element.get("class"), element.get("itemprop")]))
    if element.get("pubdate") is not None or "datepublished" in hints.lower():
        return 0
    if "pub" in hints.lower():
        return 1
    in_article = any(a.tag == "article" for a in element.iterancestors())
    return 2 if in_article else 3


def _modified(element: Element) -> bool:
    """Whether a ``<time>`` says it is the update time only (``class="updated"``,
    ``itemprop="dateModified"``; not "entry-date published updated")."""
    hints = " ".join(filter(None, [element.get("class"), element.get("itemprop")])).lower()
    return bool(MODIFIED_HINT.search(hints)) and not PUBLISHED_HINT.search(hints)


def times(elements: Iterable[Element]) -> tuple[str, ...]:
    """``<time>`` values (datetime attribute, else text), published-looking and in-article
    first; an update's time is none."""
    ranked: list[tuple[int, int, str]] = []
    for number, element in enumerate(elements):
        if _modified(element):
            continue
        value = clean_text(element.get("datetime")) or element_text(element)
        if value:
            ranked.append((_time_rank(element), number, value))
    return unique(value for _, _, value in sorted(ranked))


def script_dates(scripts: Iterable[Element]) -> tuple[str, ...]:
    """Publication dates that inline scripts assign (``pubtime: '2019-09-23 07:48'``)."""
    found: list[str] = []
    for script in scripts:
        if "ld+json" in (script.get("type") or "").lower():
            continue
        text = script.text or ""
        if len(text) > MAX_SCRIPT_CHARS:
            continue
        starts = _quoted_century_starts(text)
        if starts is None:
            matches: Iterable[re.Match[str] | None] = SCRIPT_DATE.finditer(text)
        else:
            matches = (SCRIPT_DATE.match(text, start) for start in starts)
        for match in matches:
            if match is None:
                continue
            start = match.start()
            if SCRIPT_DATE_KEY.search(text, max(0, start - SCRIPT_KEY_REACH), start):
                found.append(match.group("date"))
    return unique(found)


def _quoted_century_starts(text: str) -> list[int] | None:
    """The places a date that a key names may start, in order (see
    :func:`quoted_century_starts_python`); in C when built, where no scan is too long."""
    if cshape is not None:  # the same scan in C (core/_shape.pyx), without a budget
        starts: list[int] = cshape.quoted_century_starts(text)
        return starts
    return quoted_century_starts_python(text)


def quoted_century_starts_python(text: str) -> list[int] | None:
    """The places a date that a key names may start, in order; None when too many to pay.

    SCRIPT_DATE_KEY ends with a quote at the end of its window, or just before a line break
    that ends it: such a date opens with 19 or 20 right after a quote (or a quote and a line
    break). No SCRIPT_DATE match spans that quote, so each of these dates is also one of
    SCRIPT_DATE.finditer's. str.find walks a script much faster than the regex does.
    """
    budget = len(text) // 50 + 20  # a script dense with 19s and 20s goes to the regex
    starts: list[int] = []
    for century in ("19", "20"):
        at = text.find(century, 1)
        while at >= 0:
            budget -= 1
            if budget < 0:
                return None
            before = text[at - 1]
            if before in "\"'" or (before == "\n" and text[at - 2 : at - 1] in ('"', "'")):
                starts.append(at)
            at = text.find(century, at + 1)
    return sorted(starts)
