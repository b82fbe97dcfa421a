"""`recorded_waits()`: the waits clients would make, recorded instead of slept."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

from .._transport.waits import WAITS


@contextlib.contextmanager
def recorded_waits() -> Iterator[list[float]]:
    """While the block runs, every client (sync and async) records its waits (retry backoff,
    Retry-After, workflow polling) in the list it yields, in order, instead of waiting.

    The clients decide exactly as they would with real time, so tests of retries and
    time limits run at once. Not thread-isolated: it applies to the whole process.
    """
    waits: list[float] = []

    def wait(seconds: float) -> None:
        waits.append(seconds)

    async def await_wait(seconds: float) -> None:
        waits.append(seconds)

    def interruptible_wait(event: threading.Event, seconds: float) -> None:
        waits.append(seconds)

    previous = WAITS.sync, WAITS.async_, WAITS.interruptible
    WAITS.sync, WAITS.async_, WAITS.interruptible = wait, await_wait, interruptible_wait
    try:
        yield waits
    finally:
        WAITS.sync, WAITS.async_, WAITS.interruptible = previous
