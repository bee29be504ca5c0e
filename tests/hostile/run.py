"""Run one catalogue case and say what became of it."""

from __future__ import annotations

from contextlib import nullcontext
from typing import Any

import dechaff
from dechaff import errors

from .cases import Case

TEST_SCALE = 0.02  # the big classes, in tests


def outcome(case: Case, scale: float) -> str:
    """Clean the case's input; its outcome, checked against what the catalogue expects.

    Returns the error's class name or "article" (", warned" when it carries warnings);
    raises AssertionError when the outcome is not the expected one.
    """
    setup = case.setup() if case.setup is not None else nullcontext("")
    with setup as env:
        source, keywords = case.make(scale, env)
        result = _clean(source, keywords)
    if isinstance(result, errors.DechaffError):
        name = type(result).__name__
        assert case.expect is not None, f"{case.name}: {name}: {result}"
        assert isinstance(result, case.expect), f"{case.name}: {name}: {result}"
        return name
    assert case.expect is None, f"{case.name}: an Article, not {case.expect.__name__}"
    for warning in case.warns:
        assert any(warning in w for w in result.warnings), (case.name, warning, result.warnings)
    if case.check is not None:
        case.check(result)
    return "article, warned" if result.warnings else "article"


def _clean(source: Any, keywords: dict[str, Any]) -> dechaff.Article | errors.DechaffError:
    try:
        return dechaff.clean(source, **keywords)
    except errors.DechaffError as exc:
        return exc
