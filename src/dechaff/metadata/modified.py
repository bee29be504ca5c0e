"""The last-updated time: the markup's modification date, else a date labelled "updated"."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from . import checks
from .published import R_MODIFIED, R_UPDATED, When


def modified(
    found: Sequence[When], published: datetime | None, reference: datetime | None
) -> datetime | None:
    """The update time among the publication time's candidates (markup first, then a date
    the page labels "updated"), never the date that became ``published`` and never earlier.

    When ``published`` itself came from an update date (the page gives no other), the
    page's update time is taken as already spent: None.
    """
    if published is not None and not any(c.rank < R_MODIFIED for c in found):
        return None
    for rank in (R_MODIFIED, R_UPDATED):
        for candidate in found:
            if candidate.rank == rank:
                value = checks.modified(candidate.value, published, reference)
                if value is not None:
                    return value
    return None
