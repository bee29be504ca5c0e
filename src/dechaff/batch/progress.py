"""Batch progress on standard error: a bar with pages/s on a terminal (tqdm when installed,
else a line rewritten in place), a plain log line every so often otherwise."""

from __future__ import annotations

import sys
import time
from collections import Counter
from typing import IO, Any

from .result import Result

__all__ = ["Progress"]

TERMINAL_SECONDS = 0.5
LOG_SECONDS = 10.0


class Progress:
    """Counts results by status and shows the rate; :meth:`close` prints the summary."""

    def __init__(self, stream: IO[str] | None = None, *, enabled: bool = True) -> None:
        self.stream = stream or sys.stderr
        self.enabled = enabled
        self.counts: Counter[str] = Counter()
        self.start = time.monotonic()
        self._shown = self.start
        self._terminal = enabled and self.stream.isatty()
        self._bar: Any = _tqdm(self.stream) if self._terminal else None

    @property
    def total(self) -> int:
        """Results seen so far."""
        return sum(self.counts.values())

    def rate(self) -> float:
        """Pages per second since the start."""
        return self.total / max(time.monotonic() - self.start, 1e-9)

    def update(self, result: Result) -> None:
        """Count one result, and show progress if it is time to."""
        self.counts[result.status] += 1
        if not self.enabled:
            return
        if self._bar is not None:
            self._bar.update(1)
            if result.status != "ok":
                self._bar.set_postfix(self._postfix(), refresh=False)
            return
        now = time.monotonic()
        if now - self._shown >= (TERMINAL_SECONDS if self._terminal else LOG_SECONDS):
            self._shown = now
            end = "\r" if self._terminal else "\n"
            self.stream.write(f"dechaff: {self.summary()}{end}")
            self.stream.flush()

    def message(self, text: str) -> None:
        """Print a line without breaking the bar."""
        if self._bar is not None:
            self._bar.write(text, file=self.stream)
        else:
            self.stream.write(("\n" if self._terminal else "") + text + "\n")

    def summary(self) -> str:
        """``"120 pages, 85.3 pages/s: 117 ok, 2 skipped, 1 failed"``."""
        parts = ", ".join(f"{self.counts[s]} {s}" for s in ("ok", "skipped", "failed"))
        return f"{self.total} pages, {self.rate():.1f} pages/s: {parts}"

    def close(self) -> None:
        """End the bar and print the summary."""
        if self._bar is not None:
            self._bar.close()
        if self.enabled:
            self.stream.write(f"dechaff: done, {self.summary()}\n")
            self.stream.flush()

    def _postfix(self) -> dict[str, int]:
        return {"skipped": self.counts["skipped"], "failed": self.counts["failed"]}


def _tqdm(stream: IO[str]) -> Any:
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(file=stream, unit="page", unit_scale=False, dynamic_ncols=True, smoothing=0.1)
