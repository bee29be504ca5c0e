"""Read one lexicon file (``lexicons/*.lex``) into rules and field patterns.

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

import re

from ..article import Boilerplate
from .rules import ZONES, Rule


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
        anchored = [(p, at) for p, at in located if _anchored(p)]
        floating = [(p, at) for p, at in located if not _anchored(p)]
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


def _anchored(pattern: str) -> bool:
    """True when every top-level alternative of pattern opens with ``^``: a line
    "^Sponsored$|\\bdonate now\\b" is searched, or its second half would be tried at the start only.
    """
    depth, in_class, escaped, start = 0, False, False, 0
    for index, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]" or index == start
        elif char == "[":
            in_class, start = True, index + 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0 and not pattern[index + 1 :].startswith("^"):
            return False
    return pattern.startswith("^")


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
