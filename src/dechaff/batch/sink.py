"""Write batch results as JSON Lines, a JSON array, plain text, Markdown or HTML, each record whole.

A record is written with one ``write`` call on a file opened for appending, so a batch killed
at any moment leaves whole records and at most one cut-off last line, which
:func:`recorded_inputs` removes before a resumed batch appends to the file.
"""

from __future__ import annotations

import json
import os
import sys
import time
from typing import IO

from .records import Format, render
from .result import Result

__all__ = ["Sink", "recorded_inputs"]

FSYNC_SECONDS = 1.0


class Sink:
    """Where records go: a file (``-`` for standard output), written a whole record at a time.

    ``append`` keeps what the file holds (for resuming). Files are flushed after every record
    and synced to disk at most once a second, and when closed.
    """

    def __init__(
        self, path: str, form: Format, *, append: bool = False, indent: int | None = None
    ) -> None:
        self.form = form
        self.indent = indent
        self.count = 0
        self._fd: int | None = None
        self._stream: IO[str] | None = None
        if path == "-":
            self._stream = sys.stdout
        else:
            flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (0 if append else os.O_TRUNC)
            self._fd = os.open(path, flags, 0o666)
        self._synced = time.monotonic()
        if form == "json":
            self._write("[\n")

    def write(self, result: Result) -> None:
        """Write one result (nothing for a failure in txt, md or html)."""
        text = render(result, self.form, indent=self.indent)
        if not text:
            return
        if self.form == "json":
            text = (",\n" if self.count else "") + text
        else:
            text += "\n"
        self._write(text)
        self.count += 1

    def close(self) -> None:
        """End the output (the closing bracket of a JSON array) and sync it to disk."""
        if self.form == "json":
            self._write("\n]\n" if self.count else "]\n")
        if self._fd is not None:
            os.fsync(self._fd)
            os.close(self._fd)
            self._fd = None

    def _write(self, text: str) -> None:
        if self._stream is not None:
            self._stream.write(text)
            self._stream.flush()
            return
        assert self._fd is not None
        data = memoryview(text.encode("utf-8"))
        while data:
            data = data[os.write(self._fd, data) :]
        now = time.monotonic()
        if now - self._synced >= FSYNC_SECONDS:
            os.fsync(self._fd)
            self._synced = now


def recorded_inputs(path: str) -> set[str]:
    """The inputs a JSON Lines output already holds a record of, after cutting off a last
    line that a killed batch left unfinished. A missing file holds none."""
    if not os.path.exists(path):
        return set()
    names: set[str] = set()
    with open(path, "r+b") as file:
        end = 0
        for line in file:
            if not line.endswith(b"\n"):
                break
            end += len(line)
            if line.strip():
                names.add(json.loads(line)["input"])
        if file.tell() != end or os.fstat(file.fileno()).st_size != end:
            file.truncate(end)
    return names
