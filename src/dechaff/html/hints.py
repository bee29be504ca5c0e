"""What an element's own markup says it holds: hints from its class, id, role and tag.

The HTML walk gives every container that holds a block the hint of its markup
(``class="comments"``, ``<nav>``, ``role="contentinfo"``, ``itemprop="articleBody"``):
a boilerplate kind, :data:`~dechaff.core.tree.ARTICLE`, or None. Class and id patterns
are data, in ``lexicons/hints.lex``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import resources

from ..article import Boilerplate
from ..core.screen import NameScreen, bit_indices
from ..core.tree import ARTICLE, Hint

# What HTML itself says a container is, when its class and id say nothing.
TAG_HINTS: dict[str, Boilerplate | str] = {
    "nav": Boilerplate.NAVIGATION,
    "aside": Boilerplate.NAVIGATION,
    "footer": Boilerplate.FOOTER,
    "article": ARTICLE,
    "main": ARTICLE,
}
ROLE_HINTS: dict[str, Boilerplate | str] = {
    "navigation": Boilerplate.NAVIGATION,
    "complementary": Boilerplate.NAVIGATION,
    "contentinfo": Boilerplate.FOOTER,
    "banner": Boilerplate.HEADER,
    "search": Boilerplate.NAVIGATION,
    "tablist": Boilerplate.NAVIGATION,
    "main": ARTICLE,
    "article": ARTICLE,
}


# Class names repeat across the pages of a batch; remember this many answers.
HINT_CACHE_SIZE = 65_536


@dataclass(frozen=True, slots=True)
class HintRules:
    """The class/id patterns of hints.lex, in the order they are tried."""

    rules: tuple[tuple[Boilerplate | str, re.Pattern[str]], ...]
    # Most names match no pattern: the strings the patterns imply find the few that may.
    screen: NameScreen = field(init=False, compare=False, repr=False)
    _known: dict[str, Hint] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "screen", NameScreen.of([p for _, p in self.rules]))

    def hint_of(self, name: str) -> Boilerplate | str | None:
        """The hint that one lowercased class name or id gives, or None."""
        known = self._known
        if name in known:
            return known[name]
        found: Hint = None
        for index in bit_indices(self.screen.candidates(name)):
            hint, pattern = self.rules[index]
            if pattern.search(name):
                found = hint
                break
        if len(known) >= HINT_CACHE_SIZE:
            known.clear()
        known[name] = found
        return found

    def hint_of_all(self, names: Iterable[str]) -> Boilerplate | str | None:
        """The hint of an element's names: article if one says so, else the first kind named."""
        found: Boilerplate | None = None
        known = self._known
        for name in names:
            hint = known[name] if name in known else self.hint_of(name)
            if hint == ARTICLE:
                return ARTICLE
            if found is None and isinstance(hint, Boilerplate):
                found = hint
        return found


@functools.cache
def load_hints() -> HintRules:
    """Load lexicons/hints.lex (cached)."""
    text = (resources.files("dechaff") / "lexicons" / "hints.lex").read_text(encoding="utf-8")
    sections: list[tuple[Boilerplate | str, list[str]]] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            name = line[1:-1].strip()
            sections.append((ARTICLE if name == ARTICLE else Boilerplate(name), []))
        else:
            sections[-1][1].append(line)
    return HintRules(
        tuple((hint, re.compile("|".join(f"(?:{p})" for p in ps))) for hint, ps in sections if ps)
    )
