"""The waits between retries and between polls, in one place the tests can replace.

Drivers wait through `WAITS` at the moment they wait, so `promptlayer.testing.recorded_waits()`
can record what a client would have slept (retries, backoff, workflow polling) without
sleeping, for every client at once, with no test parameter on the clients.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass


@dataclass
class Waits:
    sync: Callable[[float], None] = time.sleep
    async_: Callable[[float], Awaitable[None]] = asyncio.sleep


WAITS = Waits()
