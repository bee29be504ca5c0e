"""Worker processes for :func:`~dechaff.batch.clean_many`, each killed and replaced when a
page keeps it past the time limit or it dies, so that one page never stalls a batch."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from multiprocessing.connection import Connection, wait
from pathlib import Path
from types import TracebackType
from typing import Any

from .inputs import Item
from .page import clean_item
from .result import Result, failed
from .worker import READY

__all__ = ["Pool"]

_STOP_GRACE = 2.0
# How long a new worker may take to import dechaff before its first page's limit starts.
BOOT_SECONDS = 60.0
# The longest single wait for results, in seconds; a longer time limit is waited in parts.
_LONGEST_WAIT = 86_400.0
# Run dechaff.batch.worker, finding this dechaff even when it was put on sys.path by hand (appended,
# so that the child's own site-packages and standard library keep their precedence).
_ROOT = str(Path(__file__).resolve().parents[2])
_BOOT = (
    f"import sys; sys.path.append({_ROOT!r}); "
    "from dechaff.batch.worker import main; sys.exit(main())"
)
_WINDOW = 64  # results per worker that may wait for an earlier, slower page
PIPE_BYTES = 1 << 20  # what Linux lets any process ask for (/proc/sys/fs/pipe-max-size)


class _Backlog:
    """Results numbered in input order, handed on in that order (or at once if not ordered)."""

    def __init__(self, ordered: bool) -> None:
        self.ordered = ordered
        self._waiting: dict[int, Result] = {}
        self._numbered = 0
        self._next = 0

    def __len__(self) -> int:
        return len(self._waiting)

    def number(self) -> int:
        """The next input's number."""
        self._numbered += 1
        return self._numbered - 1

    def put(self, number: int, result: Result) -> Iterator[Result]:
        """Take the result of input ``number``; yield those now due."""
        if not self.ordered:
            yield result
            return
        self._waiting[number] = result
        while self._next in self._waiting:
            yield self._waiting.pop(self._next)
            self._next += 1


class _Worker:
    """One worker process (dechaff.batch.worker) and the item it is cleaning, if any.

    A page's time limit runs from when the worker is ready: a new process first imports
    dechaff, which on a loaded machine may take longer than a page's limit. It must be
    ready within :data:`BOOT_SECONDS`.
    """

    def __init__(self, options: dict[str, Any], max_memory: int | None) -> None:
        to_child, from_parent = os.pipe()
        to_parent, from_child = os.pipe()
        _widen(from_parent)
        _widen(from_child)
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-c", _BOOT], stdin=to_child, stdout=from_child
            )
        finally:
            os.close(to_child)
            os.close(from_child)
        self.inbox = Connection(to_parent, writable=False)
        self.outbox = Connection(from_parent, readable=False)
        self.item: Item | None = None
        self.number = -1
        self.ready = False
        self.timeout: float | None = None
        self.deadline = float("inf")
        self.outbox.send((options, max_memory))

    def give(self, item: Item, number: int, timeout: float | None) -> None:
        self.item = item
        self.number = number
        self.timeout = timeout
        self.deadline = time.monotonic() + (timeout if timeout is not None else float("inf"))
        if not self.ready:
            self.deadline += BOOT_SECONDS
        self.outbox.send(item)

    def start_clock(self) -> None:
        """The worker said it is ready: its page's time limit runs from now."""
        self.ready = True
        timeout = self.timeout
        self.deadline = time.monotonic() + timeout if timeout is not None else float("inf")

    def kill(self) -> str:
        """End the process now; returns how it ended, for a failure message."""
        self.process.kill()
        code = self.process.wait()
        self._close()
        return f"exit status {code}" if code >= 0 else f"signal {-code}"

    def ask_to_stop(self) -> None:
        """Tell the process to end once it is idle (stop() then waits for it)."""
        with contextlib.suppress(OSError):
            self.outbox.send(None)

    def stop(self) -> None:
        """Ask the process to end, and kill it if it does not in a moment."""
        self.ask_to_stop()
        self.wait_stopped()

    def wait_stopped(self) -> None:
        """Wait for a process asked to end, and kill it if it does not in a moment."""
        try:
            self.process.wait(_STOP_GRACE)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self._close()

    def _close(self) -> None:
        self.inbox.close()
        self.outbox.close()


def _widen(pipe: int) -> None:
    """Let a pipe hold a whole page: the writer need not wait for the reader chunk by chunk
    (a pipe holds 64 KiB unless asked; Linux only)."""
    with contextlib.suppress(AttributeError, OSError):
        import fcntl

        fcntl.fcntl(pipe, fcntl.F_SETPIPE_SZ, PIPE_BYTES)


class Pool:
    """Up to ``size`` worker processes, started as they are needed, one page each at a time."""

    def __init__(
        self,
        size: int,
        *,
        timeout: float | None,
        max_memory: int | None = None,
        options: dict[str, Any] | None = None,
    ) -> None:
        self.size = max(1, size)
        self.timeout = timeout
        self.max_memory = max_memory
        self.options = options or {}
        self._idle: list[_Worker] = []
        self._busy: dict[Connection, _Worker] = {}

    def __enter__(self) -> Pool:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Stop every worker: the idle ones politely, the busy ones at once."""
        for worker in self._busy.values():
            worker.kill()
        for worker in self._idle:  # all asked first: they end at the same time
            worker.ask_to_stop()
        for worker in self._idle:
            worker.wait_stopped()
        self._busy.clear()
        self._idle.clear()

    def run(self, items: Iterator[Item], *, ordered: bool = True) -> Iterator[Result]:
        """Clean items in the workers; yields one Result per item, in the items' order when
        ``ordered``, else as each is done (which keeps every worker busy behind a slow page).
        """
        items = iter(items)
        exhausted = False
        backlog = _Backlog(ordered)
        # Results are handed on after the idle workers get their next page: the caller's
        # time with a result (writing it out) is not time the workers wait.
        received: list[tuple[int, Result]] = []
        while True:
            while not exhausted and (self._idle or len(self._busy) < self.size):
                if len(backlog) >= _WINDOW * self.size:
                    break  # results wait for a slow page: do not run further ahead
                item = next(items, None)
                if item is None:
                    exhausted = True
                elif item.skip is not None or item.error is not None:
                    yield from backlog.put(backlog.number(), clean_item(item, **self.options))
                else:
                    number = backlog.number()
                    refused = self._give(item, number)
                    if refused is not None:
                        yield from backlog.put(number, refused)
            for number, result in received:
                yield from backlog.put(number, result)
            received.clear()
            if not self._busy:
                return
            received.extend(self._collect())

    def _give(self, item: Item, number: int) -> Result | None:
        """Hand an item to a worker; a failure if two workers in turn die taking it."""
        worker = self._idle.pop() if self._idle else _Worker(self.options, self.max_memory)
        try:
            worker.give(item, number, self.timeout)
        except OSError:  # it died while idle, or on this item (too big for its memory)
            worker.kill()
            worker = _Worker(self.options, self.max_memory)
            try:
                worker.give(item, number, self.timeout)
            except OSError:
                return failed(item, "WorkerDied", f"the worker process died ({worker.kill()})")
        self._busy[worker.inbox] = worker
        return None

    def _collect(self) -> Iterator[tuple[int, Result]]:
        """Wait for results until the first deadline; past it, kill the late workers."""
        deadline = min(worker.deadline for worker in self._busy.values())
        wait_for = None if deadline == float("inf") else max(0.0, deadline - time.monotonic())
        if wait_for is not None:  # poll() takes milliseconds in a C int: wait in parts
            wait_for = min(wait_for, _LONGEST_WAIT)
        for connection in wait(list(self._busy), wait_for):
            assert isinstance(connection, Connection)
            worker = self._busy[connection]
            if not worker.ready and self._is_ready(worker):
                continue
            del self._busy[connection]
            yield worker.number, self._receive(worker)
        now = time.monotonic()
        for connection, worker in list(self._busy.items()):
            # Polled first: the time the caller spent between results is not the page's.
            if worker.deadline <= now and not connection.poll():
                del self._busy[connection]
                item, how = worker.item, worker.kill()
                assert item is not None
                message = f"took longer than {self.timeout:g} s; worker stopped ({how})"
                yield worker.number, failed(item, "TimeoutError", message)

    @staticmethod
    def _is_ready(worker: _Worker) -> bool:
        """Read a new worker's first message, when it is READY; False when it died instead."""
        try:
            said = worker.inbox.recv()
        except (EOFError, OSError):
            return False
        if said != READY:
            raise RuntimeError(f"a new worker said {said!r} before it was ready")
        worker.start_clock()
        return True

    def _receive(self, worker: _Worker) -> Result:
        item = worker.item
        assert item is not None
        try:
            result: Result = worker.inbox.recv()
        except (EOFError, OSError):
            return failed(item, "WorkerDied", f"the worker process died ({worker.kill()})")
        if result.error == "MemoryError":
            worker.stop()
        else:
            worker.item = None
            self._idle.append(worker)
        return result
