"""The waits between retries and between polls, in one place the tests can replace.

Drivers wait through `WAITS` at the moment they wait, so `promptlayer.testing.recorded_waits()`
can record what a client would have slept (retries, backoff, workflow polling) without
sleeping, for every client at once, with no test parameter on the clients.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass


def _until_set(event: threading.Event, seconds: float) -> None:
    event.wait(seconds)


@dataclass
class Waits:
    sync: Callable[[float], None] = time.sleep
    async_: Callable[[float], Awaitable[None]] = asyncio.sleep
    # A wait that `event` cuts short: the background log worker's backoff, ended by close().
    interruptible: Callable[[threading.Event, float], None] = _until_set


WAITS = Waits()
