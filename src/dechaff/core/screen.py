"""Screens that rule out patterns before they run, from the strings the patterns imply.

Most lines of a page match no boilerplate rule, and most class names no hint. A
pattern's parse tree tells strings that every match holds: one of a few openings
for a pattern matched at a line's start, or one of a few strings anywhere. A line
or name that holds none of a pattern's strings cannot match it, so the pattern is
skipped unread; the patterns that may match still run, so the answers are the
patterns' own. Used by the lexicons (:class:`Screen`) and the container hints
(:class:`NameScreen`).
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

if sys.version_info >= (3, 11):
    from re import _constants as sre_constants
    from re import _parser as sre_parse
else:  # pragma: no cover
    import sre_constants
    import sre_parse

# Lines longer than this (in units) look for their few rules' strings one by one: few
# rules admit them, and the search a short line makes scans a long one slowly.
LONG_LINE = 40


class ScreenedRule(Protocol):
    """What a screen reads of a rule."""

    @property
    def pattern(self) -> re.Pattern[str]: ...

    @property
    def at_start(self) -> bool: ...

    @property
    def max_units(self) -> int: ...


# ---- the literal screen ----
# Most lines match no rule. A rule's pattern implies strings that every match
# holds: one of a few openings (for rules tried at the line's start) or one of a
# few strings anywhere. A line that holds none of them skips the rule unread.
# Lines and strings are compared folded: see fold().

# The most alternative strings kept for one part of a pattern.
_MAX_STRINGS = 64


def fold(text: str) -> str:
    """Text caseless for the screen: characters that re.IGNORECASE takes for one another
    fold alike (casefold, with the dotted and dotless i as plain i), one character at a time."""
    if text.isascii():
        return text.lower()
    return text.casefold().replace("\u0131", "i").replace("\u0307", "")


# A parsed pattern: (opcode, argument) pairs, as sre_parse gives them.
_Items = Iterable[tuple[object, Any]]


def _joined(heads: set[str], tails: set[str]) -> set[str]:
    return {head + tail for head in heads for tail in tails}


def _exact_item(op: object, arg: Any) -> set[str] | None:
    """The strings one pattern item matches, folded; None when they are not a few literals."""
    codes = sre_constants
    if op is codes.LITERAL:
        return None if chr(arg) in _MARKS else {fold(chr(arg))}
    if op is codes.IN:
        if all(member is codes.LITERAL and chr(code) not in _MARKS for member, code in arg):
            return {fold(chr(code)) for _, code in arg}
        return None
    if op is codes.AT or op is codes.ASSERT or op is codes.ASSERT_NOT:  # zero width
        return {""}
    if op is codes.SUBPATTERN:
        return _exact(arg[3])
    if op is codes.BRANCH:
        found: set[str] = set()
        for branch in arg[1]:
            strings = _exact(branch)
            if strings is None:
                return None
            found |= strings
        return found if len(found) <= _MAX_STRINGS else None
    if (op is codes.MAX_REPEAT or op is codes.MIN_REPEAT) and arg[1] == 1:
        strings = _exact(arg[2])
        if strings is None or arg[0] == 1:
            return strings
        return strings | {""}  # optional
    return None


def _exact(items: _Items) -> set[str] | None:
    """The strings a sequence of pattern items matches, folded, or None."""
    found = {""}
    for op, arg in items:
        strings = _exact_item(op, arg)
        if strings is None:
            return None
        found = _joined(found, strings)
        if len(found) > _MAX_STRINGS:
            return None
    return found


def _inner(op: object, arg: Any) -> Iterable[_Items] | None:
    """The sequences of which an item that is no literal matches one, or None."""
    codes = sre_constants
    if op is codes.SUBPATTERN:
        return (arg[3],)
    if op is codes.BRANCH:
        return tuple(arg[1])
    if (op is codes.MAX_REPEAT or op is codes.MIN_REPEAT) and arg[0] >= 1:
        return (arg[2],)
    return None


def _required(items: _Items) -> set[str] | None:
    """Strings of which every match of items holds one (folded), or None when none are known.

    Runs of literal items give whole strings; of the candidate sets, the one with
    the longest shortest string is kept (a short string is found too often).
    """
    candidates: list[set[str]] = []
    run = {""}
    for op, arg in items:
        strings = _exact_item(op, arg)
        if strings is not None:
            joined = _joined(run, strings)
            if len(joined) <= _MAX_STRINGS:
                run = joined
            else:
                candidates.append(run)
                run = strings
            continue
        candidates.append(run)
        run = {""}
        inner = _inner(op, arg)
        if inner is not None:
            found: set[str] | None = set()
            for sequence in inner:
                strings = _required(sequence)
                if strings is None or found is None:
                    found = None
                    break
                found |= strings
            if found:
                candidates.append(found)
    candidates.append(run)
    usable = [c for c in candidates if "" not in c]
    if not usable:
        return None
    return max(usable, key=lambda c: (min(len(s) for s in c), -len(c)))


# Openings that start with a digit or a space (\\d, \\s) are marked with these characters.
_DIGIT = "\x00"
_SPACE = "\x01"
_MARKS = (_DIGIT, _SPACE)
_MARKED = {sre_constants.CATEGORY_DIGIT: _DIGIT, sre_constants.CATEGORY_SPACE: _SPACE}


def _openings(items: Sequence[tuple[object, Any]], width: int = 3) -> set[str] | None:
    """The first width characters (folded; fewer when the match may be shorter) of the
    matches of items, as a set of which every match starts with one; None when unknown.
    A digit or space mark ends an opening: a character of that class comes next."""
    found = {""}
    for index, (op, arg) in enumerate(items):
        if all(len(string) >= width for string in found):
            break
        strings = _exact_item(op, arg)
        if strings is None:
            # the openings of this item and the rest; when not known, the run so far must do
            tails = _item_openings(op, arg, items[index + 1 :], width)
            if tails is not None:
                found = {string[:width] for string in _joined(found, tails)}
            break
        found = {string[:width] for string in _joined(found, strings)}
    return found


def _item_openings(
    op: object, arg: Any, rest: Sequence[tuple[object, Any]], width: int
) -> set[str] | None:
    """The openings of a match of one item that is no literal, followed by rest."""
    codes = sre_constants
    if op is codes.IN:
        found: set[str] = set()
        for member, value in arg:
            if member is codes.LITERAL and chr(value) not in _MARKS:
                found.add(fold(chr(value)))
            elif member is codes.CATEGORY and value in _MARKED:
                found.add(_MARKED[value])
            else:
                return None
        return found
    if op is codes.SUBPATTERN:
        return _openings([*arg[3], *rest], width)
    if op is codes.BRANCH:
        found = set()
        for branch in arg[1]:
            strings = _openings([*branch, *rest], width)
            if strings is None:
                return None
            found |= strings
        return found
    if op is codes.MAX_REPEAT or op is codes.MIN_REPEAT:
        first = _openings(arg[2], width)  # another repeat may follow it: rest is not read
        if first is None or arg[0] >= 1:
            return first
        skipped = _openings(rest, width)
        return None if skipped is None else first | skipped
    return None


def _without_longer(strings: Iterable[str]) -> list[str]:
    """The strings, less those that hold a shorter one (finding that one is enough)."""
    kept: list[str] = []
    for string in sorted(strings, key=len):
        if not any(shorter in string for shorter in kept):
            kept.append(string)
    return kept


def trie(strings: Iterable[str]) -> str:
    """A regular expression for any of the strings, shared openings factored out: one
    branch per next character, so it never tries more than one, and longest first."""
    root: dict[str, Any] = {}
    for string in strings:
        node = root
        for char in string:
            node = node.setdefault(char, {})
        node[""] = {}

    def expression(node: dict[str, Any]) -> str:
        branches = [re.escape(char) + expression(node[char]) for char in sorted(node) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return expression(root)


def _alternatives(items: Sequence[tuple[object, Any]]) -> list[Sequence[tuple[object, Any]]]:
    """The top-level alternatives of a pattern (zero-width items before them copied in)."""
    codes = sre_constants
    for index, (op, arg) in enumerate(items):
        if op is codes.AT:
            continue
        head = items[:index]
        if index == len(items) - 1 and op is codes.BRANCH:
            return [alt for branch in arg[1] for alt in _alternatives([*head, *branch])]
        if index == len(items) - 1 and op is codes.SUBPATTERN:
            return _alternatives([*head, *arg[3]])
        break
    return [items]


def _start_screen(items: Sequence[tuple[object, Any]]) -> tuple[set[str], set[str]] | None:
    """For a pattern matched at the line's start: the openings of some of its alternatives
    and strings anywhere for the others, so that every match has one; None when unknown."""
    starts: set[str] = set()
    strings: set[str] = set()
    for alternative in _alternatives(items):
        found = _openings(alternative)
        if found is not None and "" not in found:
            starts |= found
            continue
        more = _required(alternative)
        if more is None:
            return None
        strings |= more
    return starts, strings


@dataclass(frozen=True, slots=True)
class Screen:
    """Which rules a line may match, from the strings their patterns imply (rules as bits)."""

    unscreened: int  # rules with no string to screen by: always tried
    openings: dict[str, int]  # a folded line's first one to three characters: rules it may open
    digit_start: int  # rules that may match a line opening with a digit
    space_start: int  # rules that may match a line opening with a space
    anywhere: int  # rules screened by strings anywhere in the line
    owners: dict[str, int]  # each of those strings: the rules it screens
    rules_of: dict[str, int]  # each of those strings: the rules of the strings it starts with
    # the rules' longest lines and LONG_LINE, in order: lines between two are alike to the rules
    lengths: tuple[int, ...]
    # for some rules screened anywhere: a search for their strings, or the strings
    _searches: dict[int, re.Pattern[str]] = field(default_factory=dict, compare=False, repr=False)
    _strings: dict[int, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, rules: Sequence[ScreenedRule]) -> Screen:
        """The screen of rules, from their parsed patterns."""
        unscreened = anywhere = digit_start = space_start = 0
        openings: dict[str, int] = {}
        owners: dict[str, int] = {}
        for index, rule in enumerate(rules):
            bit = 1 << index
            items = sre_parse.parse(rule.pattern.pattern, rule.pattern.flags).data
            if rule.at_start:
                screen = _start_screen(items)
            else:
                required = _required(items)
                screen = None if required is None else (set(), required)
            if screen is None:
                unscreened |= bit
                continue
            starts, strings = screen
            for start in starts:
                if start[0] == _DIGIT:
                    digit_start |= bit
                elif start[0] == _SPACE:
                    space_start |= bit
                else:
                    key = start.split(_DIGIT)[0].split(_SPACE)[0]
                    openings[key] = openings.get(key, 0) | bit
            if strings:
                anywhere |= bit
            for string in _without_longer(strings):
                owners[string] = owners.get(string, 0) | bit
        rules_of = _rules_of(owners)
        return cls(
            unscreened,
            openings,
            digit_start,
            space_start,
            anywhere,
            owners,
            rules_of,
            tuple(sorted({LONG_LINE, *(rule.max_units for rule in rules)})),
        )

    def candidates(
        self, text: str, folded: str, eligible: int, searched: int, long: bool = False
    ) -> int:
        """The eligible rules a line (and folded, the line folded) may match.

        searched: the rules screened anywhere to look for the strings of, all the eligible
        ones and maybe more; a long line looks for them one by one, a short one searches."""
        openings = self.openings
        found = (
            self.unscreened
            | openings.get(folded[:1], 0)
            | openings.get(folded[:2], 0)
            | openings.get(folded[:3], 0)
        )
        opening = text[:1]
        if opening.isdecimal():
            found |= self.digit_start
        elif opening.isspace():
            found |= self.space_start
        if not eligible & self.anywhere & ~found:
            return found & eligible
        if long:
            strings = self._strings.get(searched)
            if strings is None:
                strings = self._strings[searched] = tuple(
                    string for string, rules in self.owners.items() if rules & searched
                )
            if any(map(folded.__contains__, strings)):
                owners = self.owners
                for string in strings:
                    if string in folded:
                        found |= owners[string]
        else:
            search = self._searches.get(searched)
            if search is None:
                wanted = (string for string, rules in self.owners.items() if rules & searched)
                search = self._searches[searched] = re.compile(trie(wanted))
            found |= _found(search, self.rules_of, folded)
        return found & eligible


@dataclass(frozen=True, slots=True)
class NameScreen:
    """Which of a few patterns a short name may match, from the strings they imply (as bits)."""

    unscreened: int  # patterns with no string to screen by: always tried
    search: re.Pattern[str] | None  # any of the strings, the longest at its place
    rules_of: dict[str, int]  # a string search finds: the patterns of the strings it starts with

    @classmethod
    def of(cls, patterns: Sequence[re.Pattern[str]]) -> NameScreen:
        """The screen of patterns searched in lowercased names."""
        unscreened = 0
        owners: dict[str, int] = {}
        for index, pattern in enumerate(patterns):
            strings = _required(sre_parse.parse(pattern.pattern, pattern.flags).data)
            if strings is None or pattern.flags & re.IGNORECASE:
                unscreened |= 1 << index
                continue
            for string in _without_longer(strings):
                owners[string] = owners.get(string, 0) | 1 << index
        search = re.compile(trie(owners)) if owners else None
        return cls(unscreened, search, _rules_of(owners))

    def candidates(self, name: str) -> int:
        """The patterns name may match, as bits."""
        if self.search is None:
            return self.unscreened
        return self.unscreened | _found(self.search, self.rules_of, name)


def _rules_of(owners: dict[str, int]) -> dict[str, int]:
    """Each string's rules with those of the strings it starts with (found at one place)."""
    return {
        string: functools.reduce(
            int.__or__, (owners.get(string[:end], 0) for end in range(1, len(string) + 1))
        )
        for string in owners
    }


def _found(search: re.Pattern[str], rules_of: dict[str, int], text: str) -> int:
    """The rules of the strings search finds in text, tried at every place."""
    found = 0
    # a match is the longest string at its place: the others there are its openings
    match = search.search(text)
    while match is not None:
        found |= rules_of[match.group()]
        match = search.search(text, match.start() + 1)
    return found


def bit_indices(bits: int) -> Iterator[int]:
    """The indices of the set bits, lowest first (the first rule in file order first)."""
    while bits:
        lowest = bits & -bits
        bits ^= lowest
        yield lowest.bit_length() - 1
