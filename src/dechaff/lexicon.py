"""Load the boilerplate and metadata patterns kept as data in ``lexicons/*.lex``.

A lexicon file has sections. ``[kind key=value ...]`` opens one; each following
line is a Python regular expression (blank lines and ``#`` comments skipped).
Section names are a :class:`~dechaff.article.Boilerplate` value (``copyright``)
or ``field.NAME`` for metadata patterns (``field.views``). Options:

``max``
    the longest block, in units (words, or CJK characters), that the rule may
    label; longer blocks are prose that merely mention the words (default 40).
``hits``
    how many distinct matches a block needs (keyword-list rules, default 1).
``at``
    ``start`` when the pattern must match at the block's start (default: anywhere).
``prose``
    ``no`` when blocks written in finished sentences are exempt:
    a news paragraph that reports a lottery draw is not a spam keyword list.
``zones``
    where in the page the rule applies, a comma list of ``head`` (before the
    article body), ``body`` and ``tail`` (after it); default all three.
``script``
    ``cjk`` when the rule only reads text with CJK characters, ``latin`` when
    only text with words of other scripts, ``any`` otherwise. The default is
    the file's: ``cjk`` for zh.lex, ``latin`` for the other languages, ``any``
    for common.lex. A line of another script skips the rule unread.
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, NamedTuple

from .article import Boilerplate
from .features import TextShape, reads_as_sentences

if sys.version_info >= (3, 11):
    from re import _constants as sre_constants
    from re import _parser as sre_parse
else:  # pragma: no cover
    import sre_constants
    import sre_parse

LANGUAGES = ("zh", "en", "de", "european", "common")
ZONES = ("head", "body", "tail")
_ALL_ZONES = 0b111
# Lines whose kinds a lexicon remembers (a batch over one site repeats its menus).
KNOWN_LINES = 50_000
# Lines longer than this (in units) look for their few rules' strings one by one: few
# rules admit them, and the search a short line makes scans a long one slowly.
LONG_LINE = 40


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern of one boilerplate kind, with the limits it applies under."""

    kind: Boilerplate
    pattern: re.Pattern[str]
    max_units: int
    hits: int
    at_start: bool
    zones: frozenset[str]
    spares_prose: bool  # blocks written in finished sentences are exempt
    script: str = "any"

    zone_mask: int = field(init=False, repr=False)  # the zones as bits: head 1, body 2, tail 4

    def __post_init__(self) -> None:
        mask = sum(1 << ZONES.index(zone) for zone in self.zones)
        object.__setattr__(self, "zone_mask", mask)

    def admits(self, units: int, has_cjk: bool, has_words: bool, sentences: bool) -> bool:
        """True when a block of this length, script and shape is within the rule's limits."""
        if units > self.max_units or (self.spares_prose and sentences):
            return False
        return not (
            (self.script == "cjk" and not has_cjk) or (self.script == "latin" and not has_words)
        )

    def matches(self, text: str, shape: TextShape, zone: str = "body") -> bool:
        """True when text, found in zone, is this kind of boilerplate by this rule."""
        if zone not in self.zones:
            return False
        if not self.admits(
            shape.units, bool(shape.cjk_chars), bool(shape.words), reads_as_sentences(shape)
        ):
            return False
        return self.hit(text)

    def hit(self, text: str) -> bool:
        """True when the pattern finds this kind in text (the limits are checked elsewhere)."""
        if self.at_start:
            return self.pattern.match(text) is not None
        if self.hits <= 1:
            return self.pattern.search(text) is not None
        found = {m.group(0).lower() for m in self.pattern.finditer(text)}
        return len(found) >= self.hits


class ZoneKinds(NamedTuple):
    """The boilerplate kind of one block in each zone of the page (None: no rule matched)."""

    head: Boilerplate | None
    body: Boilerplate | None
    tail: Boilerplate | None

    def get(self, zone: str) -> Boilerplate | None:
        """The kind in the named zone."""
        return self.head if zone == "head" else self.body if zone == "body" else self.tail


NO_KINDS = ZoneKinds(None, None, None)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All rules and field patterns, merged over the languages loaded."""

    rules: tuple[Rule, ...]
    fields: dict[str, tuple[re.Pattern[str], ...]]
    _screen: Screen = field(init=False, compare=False, repr=False)
    # for blocks of one shape: _eligible_rules
    _eligible: dict[tuple[int, bool, bool, bool], tuple[int, int, bool]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _by_shape: dict[TextShape, tuple[int, int, bool]] = field(
        default_factory=dict, compare=False, repr=False
    )
    _known: dict[str, ZoneKinds] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_screen", Screen.of(self.rules))

    def zone_kinds_of(self, text: str, shape: TextShape) -> ZoneKinds:
        """zone_kinds, remembered: menus, footers and buttons repeat over a site's pages."""
        known = self._known
        found = known.get(text)
        if found is None:
            if len(known) >= KNOWN_LINES:
                known.clear()
            found = known[text] = self.zone_kinds(text, shape)
        return found

    def field(self, name: str) -> tuple[re.Pattern[str], ...]:
        """The patterns of one metadata field (empty when none are defined)."""
        return self.fields.get(name, ())

    def kind_of(self, text: str, shape: TextShape, zone: str = "body") -> Boilerplate | None:
        """The first boilerplate kind whose rules match text found in zone, or None."""
        for rule in self.rules:
            if rule.matches(text, shape, zone):
                return rule.kind
        return None

    def zone_kinds(self, text: str, shape: TextShape) -> ZoneKinds:
        """The kind text would get in each zone (head, body, tail), with one pass over the rules."""
        eligible, searched, long = self._eligible_rules(shape)
        if not eligible:
            return NO_KINDS
        candidates = self._screen.candidates(text, fold(text), eligible, searched, long)
        if not candidates:
            return NO_KINDS
        found: list[Boilerplate | None] = [None, None, None]
        open_mask = _ALL_ZONES
        rules = self.rules
        while candidates:  # the candidates' bits, lowest (first rule) first
            lowest = candidates & -candidates
            candidates ^= lowest
            rule = rules[lowest.bit_length() - 1]
            mask = rule.zone_mask & open_mask
            if mask and rule.hit(text):
                for bit in range(3):
                    if mask & (1 << bit):
                        found[bit] = rule.kind
                open_mask &= ~mask
                if not open_mask:
                    break
        if open_mask == _ALL_ZONES:
            return NO_KINDS
        return ZoneKinds(found[0], found[1], found[2])

    def _eligible_rules(self, shape: TextShape) -> tuple[int, int, bool]:
        """The rules whose limits admit a block of this shape, those its screen looks for the
        strings of, as bits of their index, and whether it is a long line (cached)."""
        by_shape = self._by_shape
        rules = by_shape.get(shape)
        if rules is None:
            if len(by_shape) >= KNOWN_LINES:
                by_shape.clear()
            rules = by_shape[shape] = self._eligible_for(shape)
        return rules

    def _eligible_for(self, shape: TextShape) -> tuple[int, int, bool]:
        """_eligible_rules, cached by what the rules' limits read of a shape: its length
        as the shortest of the lengths that part the rules it reaches, its scripts and
        whether it reads as sentences."""
        lengths = self._screen.lengths
        at = bisect.bisect_left(lengths, shape.units)
        units = lengths[at] if at < len(lengths) else lengths[-1] + 1
        key = (units, bool(shape.cjk_chars), bool(shape.words), reads_as_sentences(shape))
        rules = self._eligible.get(key)
        if rules is None:
            admitted = sum(
                1 << index
                for index, rule in enumerate(self.rules)
                if rule.admits(units, key[1], key[2], key[3])
            )
            long = units > LONG_LINE
            # short lines of one script share one search (compiled once): it looks for
            # the strings of every rule that reads that script
            searched = self._screen.anywhere & (
                admitted
                if long
                else sum(
                    1 << index
                    for index, rule in enumerate(self.rules)
                    if rule.admits(0, key[1], key[2], sentences=False)
                )
            )
            rules = self._eligible[key] = (admitted, searched, long)
        return rules


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


def _trie(strings: Iterable[str]) -> str:
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
    def of(cls, rules: Sequence[Rule]) -> Screen:
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
        rules_of = {
            string: functools.reduce(
                int.__or__, (owners.get(string[:end], 0) for end in range(1, len(string) + 1))
            )
            for string in owners
        }
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
                search = self._searches[searched] = re.compile(_trie(wanted))
            # a match is the longest string at its place: the others there are its openings
            match = search.search(folded)
            while match is not None:
                found |= self.rules_of[match.group()]
                match = search.search(folded, match.start() + 1)
        return found & eligible


@dataclass(frozen=True, slots=True)
class NameScreen:
    """Which of a few patterns a short name may match, from the strings they imply (as bits)."""

    unscreened: int  # patterns with no string to screen by: always tried
    first: re.Pattern[str] | None  # the first of the strings (a plain search, fast to fail)
    every: re.Pattern[str] | None  # the longest of the strings at each place (group 1)
    rules_of: dict[str, int]  # a string every finds: the patterns of the strings it starts with

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
        rules_of = {
            string: functools.reduce(
                int.__or__, (owners.get(string[:end], 0) for end in range(1, len(string) + 1))
            )
            for string in owners
        }
        if not owners:
            return cls(unscreened, None, None, rules_of)
        trie = _trie(owners)
        return cls(unscreened, re.compile(trie), re.compile(f"(?=({trie}))"), rules_of)

    def candidates(self, name: str) -> int:
        """The patterns name may match, as bits."""
        found = self.unscreened
        if self.first is None or self.every is None:
            return found
        first = self.first.search(name)
        if first is not None:
            rules_of = self.rules_of
            for match in self.every.finditer(name, first.start()):
                found |= rules_of[match.group(1)]
        return found


class LexiconError(ValueError):
    """A lexicon file is malformed (raised at import time, a packaging bug)."""


def _parse_header(line: str, where: str) -> tuple[str, dict[str, str]]:
    parts = line[1:-1].split()
    if not parts:
        raise LexiconError(f"{where}: empty section header")
    options: dict[str, str] = {}
    for part in parts[1:]:
        key, sep, value = part.partition("=")
        if not sep:
            raise LexiconError(f"{where}: option {part!r} is not key=value")
        options[key] = value
    return parts[0], options


def _zones(value: str, where: str) -> frozenset[str]:
    zones = frozenset(z.strip() for z in value.split(","))
    if not zones <= set(ZONES):
        raise LexiconError(f"{where}: zones must be among {ZONES}, not {value!r}")
    return zones


SCRIPTS = ("any", "cjk", "latin")


# The script a language's rules read, unless a section says otherwise.
LANGUAGE_SCRIPTS = {"zh": "cjk", "ja": "cjk", "ko": "cjk", "common": "any"}


def parse(
    text: str, name: str = "<lexicon>", script: str = "any"
) -> tuple[list[Rule], dict[str, list[re.Pattern[str]]]]:
    """Parse one lexicon file's text into rules and field patterns.

    The patterns of one boilerplate section become one rule (their alternation),
    so ``hits`` counts distinct matches over the whole section.
    """
    rules: list[Rule] = []
    fields: dict[str, list[re.Pattern[str]]] = {}
    sections: list[tuple[str, dict[str, str], list[str], str]] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        where = f"{name}:{number}"
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section, options = _parse_header(line, where)
            sections.append((section, options, [], where))
            continue
        if not sections:
            raise LexiconError(f"{where}: pattern outside a section")
        _compile(line, where)
        sections[-1][2].append(line)
    for section, options, patterns, where in sections:
        if section.startswith("field."):
            fields.setdefault(section[6:], []).extend(_compile(p, where) for p in patterns)
            continue
        try:
            kind = Boilerplate(section)
        except ValueError as exc:
            raise LexiconError(f"{where}: unknown section {section!r}") from exc
        if not patterns:
            continue
        hits = int(options.get("hits", "1"))
        at_start = options.get("at") == "start"
        # Patterns anchored with ^ are tried at the line's start only; kept apart from the
        # others, they do not slow the others' search down the line.
        groups = [(at_start, patterns)]
        if hits == 1 and not at_start:
            anchored = [p for p in patterns if p.startswith("^")]
            floating = [p for p in patterns if not p.startswith("^")]
            groups = [(True, anchored), (False, floating)]
        for starts, group in groups:
            if not group:
                continue
            rules.append(
                Rule(
                    kind=kind,
                    pattern=_compile("|".join(f"(?:{p})" for p in group), where),
                    max_units=int(options.get("max", "40")),
                    hits=hits,
                    at_start=starts,
                    spares_prose=options.get("prose") == "no",
                    zones=_zones(options.get("zones", ",".join(ZONES)), where),
                    script=_script(options.get("script", script), where),
                )
            )
    return rules, fields


def _script(value: str, where: str) -> str:
    if value not in SCRIPTS:
        raise LexiconError(f"{where}: script must be one of {SCRIPTS}, not {value!r}")
    return value


def _compile(pattern: str, where: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise LexiconError(f"{where}: {exc}") from exc


# The lexicon files a page in one language needs beside zh, en and common (which
# every page gets: Chinese rules skip Latin lines unread, and English buttons are
# everywhere). A page of unknown language gets them all.
LANGUAGE_FILES = {
    "zh": (),
    "ja": (),
    "en": (),
    "de": ("de",),
    "fr": ("european",),
    "es": ("european",),
    "pt": ("european",),
    "it": ("european",),
    "nl": ("european",),
    "pl": ("european",),
}


def for_language(code: str | None) -> Lexicon:
    """The lexicon for a page in one language (ISO 639-1), or every file when unknown."""
    extra = LANGUAGE_FILES.get(code or "")
    if extra is None:
        return load()
    return load(tuple(name for name in LANGUAGES if name in ("zh", "en", "common", *extra)))


@functools.cache
def load(languages: tuple[str, ...] = LANGUAGES) -> Lexicon:
    """Load and merge the lexicons of the given languages (cached)."""
    rules: list[Rule] = []
    fields: dict[str, list[re.Pattern[str]]] = {}
    folder = resources.files("dechaff") / "lexicons"
    for language in languages:
        text = (folder / f"{language}.lex").read_text(encoding="utf-8")
        script = LANGUAGE_SCRIPTS.get(language, "latin")
        more_rules, more_fields = parse(text, f"{language}.lex", script)
        rules.extend(more_rules)
        for key, patterns in more_fields.items():
            fields.setdefault(key, []).extend(patterns)
    return Lexicon(merge_rules(rules), {k: tuple(v) for k, v in fields.items()})


def _limits(rule: Rule) -> tuple[object, ...]:
    return (
        rule.kind,
        rule.max_units,
        rule.at_start,
        rule.zones,
        rule.spares_prose,
        rule.script,
    )


def merge_rules(rules: Sequence[Rule]) -> tuple[Rule, ...]:
    """Rules with the same kind and limits as one alternation, at the first one's place.

    One search per kind instead of one per language keeps the labeller fast as
    languages are added. Keyword-list rules (hits > 1) stay apart: their hits
    count per language.
    """
    merged: dict[tuple[object, ...], list[Rule]] = {}
    order: list[tuple[object, ...] | Rule] = []
    for rule in rules:
        if rule.hits > 1:
            order.append(rule)
            continue
        key = _limits(rule)
        if key not in merged:
            merged[key] = []
            order.append(key)
        merged[key].append(rule)
    out: list[Rule] = []
    for item in order:
        if isinstance(item, Rule):
            out.append(item)
            continue
        group = merged[item]
        first = group[0]
        if len(group) == 1:
            out.append(first)
            continue
        pattern = re.compile("|".join(f"(?:{r.pattern.pattern})" for r in group), re.IGNORECASE)
        out.append(
            Rule(
                kind=first.kind,
                pattern=pattern,
                max_units=first.max_units,
                hits=1,
                at_start=first.at_start,
                zones=first.zones,
                spares_prose=first.spares_prose,
                script=first.script,
            )
        )
    return tuple(out)
