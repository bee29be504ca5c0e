"""Batch progress on standard error: a bar on a terminal (tqdm when installed, else a line
rewritten in place), a plain log line every so often otherwise. With the number of inputs
known (:meth:`Progress.expect`) it shows done/total, the percentage and the time left;
without it, the rate in pages per second."""

from __future__ import annotations

import sys
import time
from collections import Counter
from typing import IO, Any

from .result import STATUSES, Result

__all__ = ["Progress"]

TERMINAL_SECONDS = 0.5
LOG_SECONDS = 10.0


class Progress:
    """Counts results by status and shows the progress; :meth:`close` prints the summary."""

    def __init__(self, stream: IO[str] | None = None, *, enabled: bool = True) -> None:
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.counts: Counter[str] = Counter()
        self.expected: int | None = None
        self.start = time.monotonic()
        self._shown = self.start
        self._terminal = enabled and self.stream.isatty()
        self._bar: Any = _tqdm(self.stream) if self._terminal else None

    @property
    def total(self) -> int:
        """Results seen so far."""
        return sum(self.counts.values())

    def expect(self, count: int | None) -> None:
        """Set how many results the batch will give (None: not known); may come late, from
        another thread, as counting a large folder takes a while."""
        self.expected = count
        if self._bar is not None and count is not None:
            self._bar.total = max(count, self.total)
            self._bar.refresh()

    def rate(self) -> float:
        """Pages per second since the start."""
        return self.total / max(time.monotonic() - self.start, 1e-9)

    def update(self, result: Result) -> None:
        """Count one result, and show progress if it is time to."""
        self.counts[result.status] += 1
        if not self.enabled:
            return
        if self._bar is not None:
            if self._bar.total is not None and self.total > self._bar.total:
                self._bar.total = self.total  # the count was an estimate
            self._bar.update(1)
            if result.status not in ("ok", "empty"):
                self._bar.set_postfix(self._postfix(), refresh=False)
            return
        now = time.monotonic()
        if now - self._shown >= (TERMINAL_SECONDS if self._terminal else LOG_SECONDS):
            self._shown = now
            end = "\r" if self._terminal else "\n"
            self.stream.write(f"dechaff: {self.summary(eta=True)}{end}")
            self.stream.flush()

    def message(self, text: str) -> None:
        """Print a line without breaking the bar."""
        if self._bar is not None:
            self._bar.write(text, file=self.stream)
        else:
            self.stream.write(("\n" if self._terminal else "") + text + "\n")

    def summary(self, *, eta: bool = False) -> str:
        """``"120 pages, 85.3 pages/s: 116 ok, 1 empty, 2 skipped, 1 failed"``; with ``eta``
        and a known total, ``"120/400 pages (30%), 85.3 pages/s, 0:03 left: ..."``."""
        parts = ", ".join(f"{self.counts[s]} {s}" for s in STATUSES)
        done, rate, expected = self.total, self.rate(), self.expected
        if not eta or not expected or expected < done:
            return f"{done} pages, {rate:.1f} pages/s: {parts}"
        left = _clock((expected - done) / rate) if rate > 0 else "?"
        share = 100 * done // expected
        return f"{done}/{expected} pages ({share}%), {rate:.1f} pages/s, {left} left: {parts}"

    def close(self, *, interrupted: bool = False) -> None:
        """End the bar and print the summary, which says whether the batch was interrupted
        (and, when the total is known, how many of it were done)."""
        if self._bar is not None:
            self._bar.close()
        if not self.enabled:
            return
        if interrupted:
            of = f" of {self.expected}" if self.expected and self.expected >= self.total else ""
            line = f"interrupted after {self.total}{of} pages; {self.summary()}"
        else:
            line = f"done, {self.summary()}"
        self.stream.write(f"dechaff: {line}\n")
        self.stream.flush()

    def _postfix(self) -> dict[str, int]:
        return {"skipped": self.counts["skipped"], "failed": self.counts["failed"]}


def _clock(seconds: float) -> str:
    """``"1:02:03"`` or ``"2:03"``."""
    minutes, secs = divmod(int(seconds + 0.5), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _tqdm(stream: IO[str]) -> Any:
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(file=stream, unit="page", unit_scale=False, dynamic_ncols=True, smoothing=0.1)
