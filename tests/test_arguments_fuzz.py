"""Every keyword argument of clean and clean_many, fed values of every type: the call either
works or raises a DechaffError, and a wrong argument's ArgumentError names it. Nothing else
(TypeError, AttributeError, OverflowError, ...) escapes."""

from __future__ import annotations

import inspect
import io
import math
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import dechaff
from dechaff.batch import Item
from dechaff.errors import ArgumentError, DechaffError, PageTooLargeError

PARA = "小微金融是泡沫还是风口?这是一个值得讨论的问题,我们从三个方面来分析它。" * 2
PAGE = (
    "<html><head><title>风口</title></head><body><h1>风口</h1><p>昨天 11:14 来源:新华社</p>"
    + "".join(f"<p>{PARA}{i}</p>" for i in range(3))
    + "<p>3 hours ago</p></body></html>"
).encode("utf-8")
CODECS = ["utf-8", "gbk", "GB18030", "latin-1", "utf-16", "utf-7", "idna", "punycode"]
CODECS += ["rot13", "zlib", "base64", "undefined", "unicode_escape", "no-such-codec", "cp65001"]
ISOISH = ["2020-01-01", "2020-01-01T10:00:00+08:00", "2020-01-01T10:00Z", "0001-01-01"]
ISOISH += ["9999-12-31T23:59:59", "2020-02-30", "20200101", "yesterday", "", " ", "html", "text"]
ISOISH += ["jsonl", "json", "md", "txt", "https://a.example/1"]


class _Odd:
    """An object of no type dechaff knows."""

    def __repr__(self) -> str:
        return "<odd>"


TIMES = st.datetimes(
    min_value=datetime(1, 1, 2),
    max_value=datetime(9999, 12, 30),
    timezones=st.none()
    | st.builds(timezone, st.timedeltas(timedelta(hours=-23), timedelta(hours=23))),
)
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.sampled_from([0, 1, -1, 2, 10**30, 2**63, 32, 33]),
    st.floats(),
    st.sampled_from([math.nan, math.inf, -math.inf, 0.0, -0.0, 1e-300, 1e300]),
    st.text(max_size=12),
    st.sampled_from(CODECS + ISOISH),
    st.binary(max_size=8),
    TIMES,
    st.dates(),
    st.builds(_Odd),
    st.builds(io.BytesIO, st.binary(max_size=4)),
    st.builds(io.StringIO, st.text(max_size=4)),
)
VALUES = st.one_of(
    SCALARS,
    st.lists(SCALARS, max_size=3),
    st.dictionaries(st.text(max_size=4), SCALARS, max_size=3),
    st.frozensets(st.text(max_size=4), max_size=3),
)
CLEAN = [
    n for n, p in inspect.signature(dechaff.clean).parameters.items() if p.kind is p.KEYWORD_ONLY
]
MANY = [
    n
    for n, p in inspect.signature(dechaff.clean_many).parameters.items()
    if p.kind is p.KEYWORD_ONLY
]
# What a page of a batch may legitimately fail with, whatever the arguments.
EXPECTED_FAILURES = {"PageTooLargeError", "TimeoutError", "WorkerDied", "MemoryError"}
STATS: dict[str, Any] = {"calls": 0, "combinations": set(), "typed": Counter()}
FUZZ = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _record(function: str, kwargs: dict[str, Any]) -> None:
    STATS["calls"] += 1
    STATS["combinations"].add((function, tuple(sorted(kwargs))))


def _check_error(exc: Exception, kwargs: dict[str, Any]) -> None:
    """A raised error must be a DechaffError; an ArgumentError names an argument passed."""
    assert isinstance(exc, DechaffError), f"{type(exc).__name__} escaped: {exc}"
    if isinstance(exc, ArgumentError):
        STATS["typed"][str(exc).split(" ", 1)[0]] += 1
        assert any(str(exc).startswith(f"{name} must be ") for name in kwargs), str(exc)
        assert isinstance(exc, (ValueError, TypeError))
    else:
        assert isinstance(exc, PageTooLargeError), f"{type(exc).__name__}: {exc}"
        assert "max_bytes" in kwargs


def _call_clean(kwargs: dict[str, Any]) -> None:
    _record("clean", kwargs)
    try:
        article = dechaff.clean(PAGE, **kwargs)
    except Exception as exc:  # the point: see what escapes
        _check_error(exc, kwargs)
    else:
        assert isinstance(article, dechaff.Article)


def _call_many(kwargs: dict[str, Any]) -> None:
    _record("clean_many", kwargs)
    if kwargs.get("workers") not in (None, 0, False) and isinstance(kwargs.get("workers"), int):
        kwargs["workers"] = 1  # any count above 0 runs the same pool: start one process, not many
    try:
        results = list(dechaff.clean_many([Item("page", PAGE)], **{"workers": 0, **kwargs}))
    except Exception as exc:
        _check_error(exc, kwargs)
        return
    done = kwargs.get("done")
    if isinstance(done, (set, frozenset, list, tuple, dict)) and "page" in done:
        assert results == []  # resumed: the names in ``done`` are left out, as documented
        return
    assert [r.input for r in results] == ["page"]
    assert results[0].error in EXPECTED_FAILURES | {None}, results[0]


@pytest.mark.parametrize("name", CLEAN)
@FUZZ
@given(value=VALUES)
def test_clean_one_argument_at_a_time(name: str, value: Any) -> None:
    _call_clean({name: value})


@FUZZ
@given(kwargs=st.dictionaries(st.sampled_from(CLEAN), VALUES, min_size=2))
def test_clean_arguments_in_combinations(kwargs: dict[str, Any]) -> None:
    _call_clean(kwargs)


@pytest.mark.parametrize("name", MANY)
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=VALUES)
def test_clean_many_one_argument_at_a_time(name: str, value: Any) -> None:
    _call_many({name: value})


@FUZZ
@given(kwargs=st.dictionaries(st.sampled_from(MANY), VALUES, min_size=2, max_size=5))
def test_clean_many_arguments_in_combinations(kwargs: dict[str, Any]) -> None:
    _call_many(kwargs)


def test_the_fuzz_covered_every_argument() -> None:
    """Runs after the tests above (file order): the counts the fuzz reached."""
    if STATS["calls"] == 0:
        pytest.skip("run with the fuzz tests above")
    print(  # the counts, shown with -s
        f"\nfuzz: {STATS['calls']} calls, {len(STATS['combinations'])} distinct argument"
        f" combinations, typed errors by argument: {dict(STATS['typed'])}"
    )
    assert set(STATS["typed"]) >= set(CLEAN) | set(MANY) - {"inputs"}


@pytest.mark.parametrize(
    ("kwargs", "named"),
    [
        ({"reference": "2020-01-01"}, None),
        ({"reference": date(2020, 1, 1)}, None),
        ({"reference": 2020}, "reference"),
        ({"max_bytes": True}, "max_bytes"),
        ({"max_bytes": 0}, "max_bytes"),
        ({"encoding": "zlib"}, "encoding"),
        ({"kind": "pdf"}, "kind"),
        ({"url": b"https://a.example"}, "url"),
    ],
)
def test_examples(kwargs: dict[str, Any], named: str | None) -> None:
    if named is None:
        assert dechaff.clean(PAGE, **kwargs).title == "风口"
        return
    with pytest.raises(ArgumentError, match=f"^{named} must be .* not "):
        dechaff.clean(PAGE, **kwargs)


@pytest.mark.parametrize(
    ("kwargs", "named"),
    [
        ({"workers": -1}, "workers"),
        ({"timeout": math.nan}, "timeout"),
        ({"ordered": "yes"}, "ordered"),
        ({"render": "pdf"}, "render"),
        ({"indent": 1000}, "indent"),
        ({"done": "page"}, "done"),
        ({"stdin": io.StringIO()}, "stdin"),
        ({"max_memory": 0}, "max_memory"),
    ],
)
def test_clean_many_checks_before_reading_a_page(kwargs: dict[str, Any], named: str) -> None:
    with pytest.raises(ArgumentError, match=f"^{named} must be "):
        dechaff.clean_many(["no-such-input"], **kwargs)  # raised at the call, not when iterated
