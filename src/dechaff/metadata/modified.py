"""The last-updated time: the markup's modification date, else a date labelled "updated"."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from . import checks
from .published import R_MARKUP, R_MODIFIED, R_REVISED, R_UPDATED, When


def modified(
    found: Sequence[When], published: datetime | None, reference: datetime | None
) -> datetime | None:
    """The update time among the publication time's candidates (markup first, then a date
    the byline zone labels "updated", then a wiki's last edit anywhere), never the date that
    became ``published`` and never earlier.

    When ``published`` itself came from an update date (the page gives no other), the
    page's update time is taken as already spent: None. An update time before a
    publication time the markup states is a template's error: skipped.
    """
    if published is not None and not any(c.rank < R_MODIFIED for c in found):
        return None
    stated = [c.value for c in found if c.rank == R_MARKUP]  # the markup's own publication
    for rank in (R_MODIFIED, R_UPDATED, R_REVISED):
        for candidate in found:
            if rank == R_UPDATED and not candidate.near:
                continue  # "Last edited" under a reply far down the page
            if candidate.rank == rank and all(
                checks.modified(candidate.value, p, reference) for p in [published, *stated]
            ):
                return candidate.value
    return None
