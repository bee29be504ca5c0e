"""A lexicon's rule: one boilerplate kind's patterns with the limits they apply under."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from ..article import Boilerplate
from ..core.features import TextShape, reads_as_sentences

ZONES = ("head", "body", "tail")


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
