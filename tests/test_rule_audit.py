"""benchmarks/rule_audit.py: which lexicon lines fire on a line of text, and the ablation."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from dechaff import Boilerplate
from dechaff.core.features import shape_of
from dechaff.label import lexicon

ROOT = Path(__file__).resolve().parents[1]


def _load() -> ModuleType:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location(
        "rule_audit", ROOT / "benchmarks" / "rule_audit.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["rule_audit"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


audit = _load()
LINES = audit.lexicon_lines()
MATCHER = audit.Matcher(LINES)


def _key(file: str, pattern: str) -> str:
    return next(line.key for line in LINES if line.file == file and line.pattern == pattern)


def _fired(text: str) -> frozenset[str]:
    return MATCHER.fired(text, shape_of(text))


def test_field_sections_are_not_audited() -> None:
    assert {line.section for line in LINES if line.section.startswith("field.")} == set()
    assert {line.file for line in LINES} == {*audit.RULE_FILES, "hints"}


def test_a_line_fires_within_its_limits_only() -> None:
    here = _key("en", r"you are here\s*:?")  # [breadcrumb at=start max=60]
    assert here in _fired("You are here: Home > News")
    assert here not in _fired("Home > News. You are here")
    assert here not in _fired("You are here: " + "word " * 70)


def test_a_keyword_list_fires_only_when_the_list_hits() -> None:
    casino, poker = _key("en", r"\bcasinos?\b"), _key("en", r"\bpoker\b")
    assert casino not in _fired("casino")
    assert {casino, poker} <= _fired("casino poker")


def test_hints_fire_on_class_names() -> None:
    assert _key("hints", "comment") in MATCHER.fired_hints("post-comments")
    assert _key("hints", "comment") not in MATCHER.fired_hints("entry-content")


def test_the_ablation_blanks_one_line_and_restores_it() -> None:
    pagination = next(line for line in LINES if line.key == _key("en", r"^page \d+ of \d+$"))
    kind = lexicon.load().kind_of("Page 2 of 5", shape_of("Page 2 of 5"))
    assert kind is Boilerplate.NAVIGATION
    ablation = audit.Ablation()
    try:
        ablation.without(pagination)
        assert lexicon.load().kind_of("Page 2 of 5", shape_of("Page 2 of 5")) is None
    finally:
        ablation.close()
    assert lexicon.load().kind_of("Page 2 of 5", shape_of("Page 2 of 5")) is kind
