"""Logging provider calls to PromptLayer (POST /track-request) without holding up the caller.

`submit` hands the log to the background and returns at once: to a small thread pool, which
sends through the lighter http.client driver when it applies (see
light.py), so a background log takes less of the interpreter from the
caller's own work. The async client uses the same thread pool (through a sync twin with its
settings), not its event loop: a log then costs the loop nothing, and the end of the loop
(`asyncio.run` returning, which cancels what is still pending) cannot lose it; only an async
client given its own `http_client` logs with tasks on the loop, through that client.
`send` waits, for callers that need the request id (`return_pl_id=True`), and `answer` waits
for the whole answer (run() needs its blueprint).
None of them ever raises: a failed log is a WARNING on the "promptlayer" logger, never a
failed provider call. `flush` waits for pending logs; the clients call it on close, and the
thread pool finishes its queue at interpreter exit, so nothing is lost at a normal shutdown.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as wait_futures
from typing import TYPE_CHECKING, Any

from .drivers import SyncDriver
from .light import LightDriver

if TYPE_CHECKING:
    from .drivers import AsyncDriver
    from .flow import Flow

logger = logging.getLogger("promptlayer")
# Sends wait on the network, not the CPU: more threads (made only when logs queue up) keep a
# distant endpoint from limiting logs to WORKERS per round trip.
WORKERS = 8

TrackFlow = Callable[[Mapping[str, Any]], "Flow[dict[str, Any]]"]


def _warn(body: Mapping[str, Any], what: str, error: Exception) -> None:
    subject = (
        f"{body.get('provider_type')} call" if what == "call" else f"{what} of {body.get('function_name')}"
    )
    logger.warning("PromptLayer: could not log the %s: %s", subject, error)


def _request_id(result: Any) -> int | None:
    request_id = result.get("request_id") if isinstance(result, dict) else None
    return request_id if isinstance(request_id, int) else None


def logged(track: TrackFlow, body: Mapping[str, Any], what: str = "call") -> Flow[dict[str, Any] | None]:
    """Log now, as a flow: the API's whole answer, or None when logging failed (warned)."""
    try:
        return (yield from track(body))
    except Exception as error:
        _warn(body, what, error)
        return None


class CallLog:
    """Provider-call logging for a sync client: `track` is the /track-request flow, run on
    `driver` for callers who wait and on `background()`'s driver for the thread pool."""

    def __init__(self, driver: SyncDriver, track: TrackFlow, background: Callable[[], SyncDriver]) -> None:
        self._driver = driver
        self._track = track
        self._make_background = background
        self._executor: ThreadPoolExecutor | None = None
        self._pending: set[Future[int | None]] = set()
        self._lock = threading.Lock()
        self._background: SyncDriver | None = None

    def answer(
        self, body: Mapping[str, Any], what: str = "call", driver: SyncDriver | None = None
    ) -> dict[str, Any] | None:
        """Log now; the API's whole answer, or None when logging failed (warned)."""
        return (driver or self._driver).run(self.flow(body, what))

    def flow(self, body: Mapping[str, Any], what: str = "call") -> Flow[dict[str, Any] | None]:
        """`answer` as a flow, for flows that log on the way (run())."""
        return logged(self._track, body, what)

    def send(self, body: Mapping[str, Any]) -> int | None:
        """Log now; the new request log's id, or None when logging failed (warned)."""
        return _request_id(self.answer(body))

    def _send_in_background(self, body: Mapping[str, Any]) -> int | None:
        return _request_id(self.answer(body, driver=self._background))

    def submit(self, body: Mapping[str, Any]) -> None:
        """Log in the background."""
        with self._lock:
            if self._executor is None:
                self._executor = ThreadPoolExecutor(WORKERS, thread_name_prefix="promptlayer-log")
                self._background = self._make_background()
            future = self._executor.submit(self._send_in_background, body)
            self._pending.add(future)
        future.add_done_callback(self._forget)

    def _forget(self, future: Future[int | None]) -> None:
        with self._lock:
            self._pending.discard(future)

    def flush(self, timeout: float | None = None) -> None:
        """Wait for pending logs (up to `timeout` seconds)."""
        with self._lock:
            pending = list(self._pending)
        if pending:
            wait_futures(pending, timeout=timeout)

    def close(self, timeout: float | None = None) -> None:
        self.flush(timeout)
        with self._lock:
            executor, self._executor = self._executor, None
            background, self._background = self._background, None
        if executor is not None:
            executor.shutdown(wait=False)
        if isinstance(background, LightDriver):
            background.close()


class AsyncCallLog:
    """Provider-call logging for an async client.

    Background logs go to `background_log()` (the sync twin's call log: its thread pool), so
    the end of the event loop cannot lose them; with the user's own `http_client` (`loop_only`)
    they are tasks on the loop, through that client.
    """

    def __init__(
        self,
        driver: AsyncDriver,
        track: TrackFlow,
        background_log: Callable[[], CallLog],
        *,
        loop_only: bool,
    ) -> None:
        self._driver = driver
        self._track = track
        self._background_log = background_log
        self._loop_only = loop_only
        self._pending: set[asyncio.Task[int | None]] = set()

    async def answer(self, body: Mapping[str, Any], what: str = "call") -> dict[str, Any] | None:
        return await self._driver.run(self.flow(body, what))

    def flow(self, body: Mapping[str, Any], what: str = "call") -> Flow[dict[str, Any] | None]:
        return logged(self._track, body, what)

    async def send(self, body: Mapping[str, Any]) -> int | None:
        return _request_id(await self.answer(body))

    def submit(self, body: Mapping[str, Any]) -> None:
        if not self._loop_only:
            self._background_log().submit(body)
            return
        task = asyncio.get_running_loop().create_task(self.send(body))
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def flush(self, timeout: float | None = None) -> None:
        if self._pending:
            await asyncio.wait(list(self._pending), timeout=timeout)

    async def close(self, timeout: float | None = None) -> None:
        await self.flush(timeout)
