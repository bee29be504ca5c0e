"""The checks of the keyword arguments of ``clean`` and ``clean_many``, one small function each.

Each takes what the caller passed and gives back the value to use, or raises an
:class:`~dechaff.errors.ArgumentError` whose message names the argument and what was given,
so that a wrong argument never surfaces later as an AttributeError deep in a stage.
"""

from __future__ import annotations

import io
import math
import sys
from collections.abc import Container, Sequence
from datetime import date, datetime, time
from typing import IO, TypeVar, cast

from ..article import PageKind
from ..errors import ArgumentError

__all__ = [
    "MAX_INDENT",
    "check_bool",
    "check_choice",
    "check_done",
    "check_encoding",
    "check_indent",
    "check_kind",
    "check_max_bytes",
    "check_max_memory",
    "check_reference",
    "check_stdin",
    "check_timeout",
    "check_url",
    "check_workers",
    "wrong",
]

# Larger limits count as none: reads are asked for at most this many bytes (a C ssize_t,
# with room for the JSON Lines reader's allowance for escapes).
_BYTES_CAP = sys.maxsize // 8
MAX_INDENT = 32  # a wider indent only makes the output longer, by the indent on every line
# Relative dates ("300年前") are counted back from the reference; a reference near the ends
# of what datetime holds would overflow there.
_MIN_YEAR, _MAX_YEAR = 1000, 9000
_T = TypeVar("_T")


def _shown(value: object) -> str:
    text = repr(value)
    text = text if len(text) <= 60 else text[:57] + "..."
    return f"{text} ({type(value).__name__})"


def wrong(name: str, value: object, wanted: str) -> ArgumentError:
    """The error for an argument that is not what it should be."""
    return ArgumentError(f"{name} must be {wanted}, not {_shown(value)}")


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_kind(value: object) -> PageKind | None:
    """``"html"``, ``"text"`` or None."""
    if value is None or (isinstance(value, str) and value in ("html", "text")):
        return cast("PageKind | None", value)
    raise wrong("kind", value, "'html', 'text' or None")


def check_url(value: object) -> str | None:
    """A string or None."""
    if value is None or isinstance(value, str):
        return value
    raise wrong("url", value, "a string or None")


def check_reference(value: object) -> datetime | None:
    """A datetime, a date (its midnight) or an ISO 8601 string, between years 1000 and 9000."""
    if value is None:
        return None
    wanted = "a datetime or an ISO 8601 string such as '2020-01-01T10:00:00+08:00'"
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    elif isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.strip())
        except ValueError:
            raise wrong("reference", value, wanted) from None
    else:
        raise wrong("reference", value, wanted)
    if not _MIN_YEAR <= moment.year <= _MAX_YEAR:
        raise wrong("reference", value, f"a time between the years {_MIN_YEAR} and {_MAX_YEAR}")
    return moment


def check_max_bytes(value: object) -> int:
    """A positive int; one above what a read can ask for counts as no limit."""
    if _is_int(value) and cast(int, value) > 0:
        return min(cast(int, value), _BYTES_CAP)
    raise wrong("max_bytes", value, "a positive int (a number of bytes)")


def check_encoding(value: object) -> str | None:
    """None, or the name of a text encoding Python knows."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            # Unknown names, bytes-to-bytes codecs ("zlib") and "undefined" fail here; a
            # text codec may only find one byte too short.
            b"a".decode(value)
        except UnicodeDecodeError:
            return value
        except (LookupError, ValueError):
            pass
        else:
            return value
    raise wrong("encoding", value, "the name of a text encoding Python knows, or None")


def check_workers(value: object) -> int | None:
    """None (one per CPU) or an int, 0 or more."""
    if value is None or (_is_int(value) and cast(int, value) >= 0):
        return cast("int | None", value)
    raise wrong("workers", value, "an int, 0 or more, or None")


def check_timeout(value: object) -> float | None:
    """None (no limit) or a number of seconds above 0."""
    if value is None:
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            seconds = float(value)
        except OverflowError:
            seconds = math.inf
        if seconds > 0:  # nan fails this too
            return seconds
    raise wrong("timeout", value, "a number of seconds above 0, or None")


def check_max_memory(value: object) -> int | None:
    """None or a positive int (bytes)."""
    if value is None or (_is_int(value) and cast(int, value) > 0):
        return None if value is None else min(cast(int, value), _BYTES_CAP)
    raise wrong("max_memory", value, "a positive int (a number of bytes), or None")


def check_bool(name: str, value: object) -> bool:
    """True or False."""
    if isinstance(value, bool):
        return value
    raise wrong(name, value, "True or False")


def check_choice(name: str, value: object, choices: Sequence[_T]) -> _T | None:
    """One of choices, or None."""
    if value is None:
        return None
    if isinstance(value, str) and value in choices:
        return cast(_T, value)
    raise wrong(name, value, f"one of {', '.join(map(repr, choices))}, or None")


def check_indent(value: object) -> int | None:
    """None or an int from 0 to :data:`MAX_INDENT`."""
    if value is None or (_is_int(value) and 0 <= cast(int, value) <= MAX_INDENT):
        return cast("int | None", value)
    raise wrong("indent", value, f"an int from 0 to {MAX_INDENT}, or None")


def check_done(value: object) -> Container[str]:
    """A container of input names (a set, a list...), or None for none."""
    if value is None:
        return frozenset()
    if isinstance(value, Container) and not isinstance(value, (str, bytes, bytearray)):
        return value
    raise wrong("done", value, "a container of input names (a set), or None")


def check_stdin(value: object) -> IO[bytes] | None:
    """None or a binary stream (something with ``read`` that gives bytes)."""
    if value is None:
        return None
    if not isinstance(value, io.TextIOBase) and callable(getattr(value, "read", None)):
        return cast("IO[bytes]", value)
    raise wrong("stdin", value, "a binary stream (opened with 'rb') or None")
