"""A worker process of the batch pool: ``python -m dechaff.batch.worker``.

It reads pickled :class:`~dechaff.batch.Item` objects from standard input, cleans each and
writes back a pickled :class:`~dechaff.batch.Result`; its standard output is kept for that,
so anything printed goes to standard error. The first message in is the cleaning options;
the first message out is :data:`READY`, once dechaff is imported, so that the time a new
process takes to start is not counted against the time limit of its first page.
"""

from __future__ import annotations

import os
import signal
import sys
from multiprocessing.connection import Connection

from .page import clean_item
from .result import failed

READY = "ready"


def main() -> int:
    """Serve items until standard input closes; returns the exit status."""
    inbox = Connection(os.dup(0), writable=False)
    outbox = Connection(os.dup(1), readable=False)
    os.dup2(2, 1)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent stops the pool on Ctrl-C
    try:
        options, max_memory = inbox.recv()
        _limit_memory(max_memory)
        outbox.send(READY)
        while (item := inbox.recv()) is not None:
            result = clean_item(item, **options)
            if max_memory is not None and result.error == "SystemError":
                # C code whose allocation failed under the limit returns an error without
                # setting one: it is the memory limit all the same
                result = failed(item, "MemoryError", f"over the memory limit ({result.message})")
            outbox.send(result)
            if result.error == "MemoryError":
                return 3  # the heap may be in a bad state: let the pool start a fresh worker
    except (EOFError, BrokenPipeError):  # the parent has gone
        return 0
    except MemoryError:  # an item too big for the memory limit: the pool reports it
        return 3
    return 0


def _limit_memory(max_memory: int | None) -> None:
    if max_memory is None:
        return
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (max_memory, max_memory))


if __name__ == "__main__":
    sys.exit(main())
