"""Every class of hostile input gets its expected outcome: a typed error or an Article."""

from __future__ import annotations

import faulthandler
from collections.abc import Iterator

import pytest

from .cases import CASES, Case
from .run import TEST_SCALE, outcome

WATCHDOG_SECONDS = 600  # catches a hang, not a slow run: bounds are in benchmarks/hostile.py


@pytest.fixture(autouse=True)
def watchdog() -> Iterator[None]:
    """Abort with a traceback if a case hangs (even inside C code)."""
    faulthandler.dump_traceback_later(WATCHDOG_SECONDS, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


def test_catalogue_is_large_and_named_uniquely() -> None:
    assert len(CASES) >= 30
    assert len({case.name for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_case_gets_its_outcome(case: Case) -> None:
    outcome(case, TEST_SCALE if case.big else 1.0)
