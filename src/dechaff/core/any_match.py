"""One cheap test for a few patterns: whether any of them may find something in a text.

The metadata fields try their lexicon patterns on many lines that none of them matches
(every menu line for the previous/next links, every short line for a date's label). A
test that is falsy only when no pattern finds anything lets those lines skip the patterns;
the lines it passes still run them, so the answers are the patterns' own.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from .screen import Screen, fold

if sys.version_info >= (3, 11):
    from re import _constants as sre_constants
    from re import _parser as sre_parse
else:  # pragma: no cover
    import sre_constants
    import sre_parse

AnyMatch = Callable[[str], object]
"""A test of a text: falsy when none of its patterns finds anything there."""

_NAMED_GROUP = re.compile(r"\(\?P<\w+>")
# What a pattern's groups may be referred to by: such patterns are not joined into one.
_REFERENCE = re.compile(r"\(\?P=|\(\?\(|\\[1-9]")


@dataclass(frozen=True, slots=True)
class _Screened:
    """A pattern as a :class:`~.screen.Screen` reads a rule."""

    pattern: re.Pattern[str]
    at_start: bool
    max_units: int = 0


def any_match(patterns: Sequence[re.Pattern[str]]) -> AnyMatch:
    """The test for these patterns: patterns that all open at the text's start are joined
    into one match (a line's first characters decide); others are screened by the strings
    their matches hold (:class:`~.screen.Screen`). Build it once and keep it."""
    if not patterns:
        return _nothing
    if all(map(_anchored, patterns)):
        joined = _joined(patterns)
        if joined is not None:
            return joined.match
    screen = Screen.of([_Screened(p, _anchored(p)) for p in patterns])
    if screen.unscreened:  # a pattern with no string to screen by: every text may match
        return _anything
    # what Screen.candidates reads, for a yes or no: one string found is enough
    openings = frozenset(screen.openings)
    digit_start, space_start = bool(screen.digit_start), bool(screen.space_start)
    strings = sorted(screen.owners, key=len, reverse=True)
    search = re.compile("|".join(map(re.escape, strings))).search if strings else _nothing

    def may_match(text: str) -> bool:
        folded = fold(text)
        if folded[:1] in openings or folded[:2] in openings or folded[:3] in openings:
            return True
        opening = text[:1]
        if (digit_start and opening.isdecimal()) or (space_start and opening.isspace()):
            return True
        return search(folded) is not None

    return may_match


def _anything(text: str) -> bool:
    return True


def _nothing(text: str) -> bool:
    return False


def _anchored(pattern: re.Pattern[str]) -> bool:
    """Whether every match of the pattern starts where the text does (it opens with ^)."""
    if pattern.flags & re.MULTILINE:
        return False
    items: Sequence[tuple[object, Any]] = sre_parse.parse(pattern.pattern, pattern.flags).data
    return bool(items) and items[0] == (sre_constants.AT, sre_constants.AT_BEGINNING)


def _joined(patterns: Sequence[re.Pattern[str]]) -> re.Pattern[str] | None:
    """One pattern that matches where any of them does, or None when they cannot be joined
    (flags that differ, groups referred to)."""
    flags = {p.flags for p in patterns}
    parts = []
    for pattern in patterns:
        text, named = _NAMED_GROUP.subn("(?:", pattern.pattern)
        if named != len(pattern.groupindex) or _REFERENCE.search(text):
            return None
        parts.append(f"(?:{text})")
    if len(flags) != 1:
        return None
    try:
        return re.compile("|".join(parts), flags.pop())
    except re.error:
        return None
