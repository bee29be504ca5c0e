"""The boilerplate and metadata patterns of ``lexicons/*.lex``, loaded and merged per language.

A :class:`Lexicon` answers which kind a line is in each zone of the page, screening its
rules first (core.screen) so that most lines run no pattern. The file format is in
:mod:`dechaff.label.lexicon_file`.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources

from ..article import Boilerplate
from ..core.any_match import AnyMatch, any_match
from ..core.features import TextShape, reads_as_sentences
from ..core.screen import LONG_LINE, Screen, bit_indices, fold
from .lexicon_file import LANGUAGE_SCRIPTS, LexiconError, parse
from .rules import NO_KINDS, ZONES, Rule, ZoneKinds

__all__ = [
    "LANGUAGES",
    "NO_KINDS",
    "ZONES",
    "Lexicon",
    "LexiconError",
    "Rule",
    "ZoneKinds",
    "for_language",
    "load",
    "merge_rules",
    "parse",
]

LANGUAGES = ("zh", "en", "de", "european", "ru", "common")
_ALL_ZONES = 0b111
# Lines whose kinds a lexicon remembers (a batch over one site repeats its menus).
KNOWN_LINES = 50_000


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
    _of_kinds: dict[frozenset[Boilerplate], int] = field(
        default_factory=dict, compare=False, repr=False
    )
    _tests: dict[tuple[str, ...], AnyMatch] = field(default_factory=dict, compare=False, repr=False)

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

    def any_hit(self, kinds: frozenset[Boilerplate], text: str) -> bool:
        """Whether a rule of one of the kinds finds its kind in text (its limits unread);
        the screen skips the rules that surely do not."""
        bits = self._of_kinds.get(kinds)
        if bits is None:
            bits = self._of_kinds[kinds] = sum(
                1 << index for index, rule in enumerate(self.rules) if rule.kind in kinds
            )
        screen = self._screen
        candidates = screen.candidates(text, fold(text), bits, screen.anywhere & bits)
        return any(self.rules[index].hit(text) for index in bit_indices(candidates))

    def field(self, name: str) -> tuple[re.Pattern[str], ...]:
        """The patterns of one metadata field (empty when none are defined)."""
        return self.fields.get(name, ())

    def any_field(self, *names: str) -> AnyMatch:
        """A cheap test of a text for the patterns of these fields, falsy when none of them
        finds anything in it (:func:`~dechaff.core.any_match.any_match`; built once)."""
        found = self._tests.get(names)
        if found is None:
            found = self._tests[names] = any_match([p for n in names for p in self.field(n)])
        return found

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
