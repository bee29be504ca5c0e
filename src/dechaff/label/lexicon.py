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
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import NamedTuple

from ..article import Boilerplate
from ..core.features import TextShape, reads_as_sentences
from ..core.screen import LONG_LINE, Screen, bit_indices, fold

LANGUAGES = ("zh", "en", "de", "european", "ru", "common")
ZONES = ("head", "body", "tail")
_ALL_ZONES = 0b111
# Lines whose kinds a lexicon remembers (a batch over one site repeats its menus).
KNOWN_LINES = 50_000


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
        for index in bit_indices(candidates):
            rule = rules[index]
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


# One section of a lexicon file: its name, options, patterns, where it starts, and where
# each pattern is.
_Section = tuple[str, dict[str, str], list[str], str, list[str]]


def parse(
    text: str, name: str = "<lexicon>", script: str = "any"
) -> tuple[list[Rule], dict[str, list[re.Pattern[str]]]]:
    """Parse one lexicon file's text into rules and field patterns.

    The patterns of one boilerplate section become one rule (their alternation),
    so ``hits`` counts distinct matches over the whole section.
    """
    rules: list[Rule] = []
    fields: dict[str, list[re.Pattern[str]]] = {}
    for section, options, patterns, where, places in _sections(text, name):
        if section.startswith("field."):
            fields.setdefault(section[6:], []).extend(
                _compile(p, at) for p, at in zip(patterns, places, strict=True)
            )
            continue
        try:
            kind = Boilerplate(section)
        except ValueError as exc:
            raise LexiconError(f"{where}: unknown section {section!r}") from exc
        if patterns:
            located = list(zip(patterns, places, strict=True))
            rules += _section_rules(kind, options, located, where, script)
    return rules, fields


def _sections(text: str, name: str) -> list[_Section]:
    """The sections of a lexicon file, in order, each with its patterns."""
    sections: list[_Section] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        where = f"{name}:{number}"
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section, options = _parse_header(line, where)
            sections.append((section, options, [], where, []))
            continue
        if not sections:
            raise LexiconError(f"{where}: pattern outside a section")
        sections[-1][2].append(line)
        sections[-1][4].append(where)
    return sections


def _section_rules(
    kind: Boilerplate,
    options: dict[str, str],
    located: list[tuple[str, str]],
    where: str,
    script: str,
) -> list[Rule]:
    """The rules of one boilerplate section: one, or two when some patterns are anchored."""
    hits = int(options.get("hits", "1"))
    at_start = options.get("at") == "start"
    # Patterns anchored with ^ are tried at the line's start only; kept apart from the
    # others, they do not slow the others' search down the line.
    groups = [(at_start, located)]
    if hits == 1 and not at_start:
        anchored = [(p, at) for p, at in located if p.startswith("^")]
        floating = [(p, at) for p, at in located if not p.startswith("^")]
        groups = [(True, anchored), (False, floating)]
    return [
        Rule(
            kind=kind,
            pattern=_compile_all(group),
            max_units=int(options.get("max", "40")),
            hits=hits,
            at_start=starts,
            spares_prose=options.get("prose") == "no",
            zones=_zones(options.get("zones", ",".join(ZONES)), where),
            script=_script(options.get("script", script), where),
        )
        for starts, group in groups
        if group
    ]


def _compile_all(located: list[tuple[str, str]]) -> re.Pattern[str]:
    """The alternation of patterns, each with where it was written.

    One compile checks them all; only when it fails is each compiled alone, so that the
    error names the line at fault.
    """
    try:
        return re.compile("|".join(f"(?:{p})" for p, _ in located), re.IGNORECASE)
    except re.error as exc:
        for pattern, where in located:
            _compile(pattern, where)
        raise LexiconError(f"{located[0][1]}: {exc}") from exc


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
    "ru": ("ru",),
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
