"""Logging provider calls to PromptLayer (POST /track-request) without holding up the caller.

`submit` hands the log to a thread pool (the async client too, through its sync twin, so the
end of its event loop cannot lose a log; only with the user's own `http_client` are logs tasks
on the loop). `send` waits for the request id; `flow` logs as a step of another flow (run()
needs the whole answer). None of them raises: a failed log is a WARNING, never a failed
provider call. The pool finishes its queue at interpreter exit: a normal shutdown loses none.
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


def logged(track: TrackFlow, body: Mapping[str, Any], what: str = "call") -> Flow[dict[str, Any] | None]:
    """Log now, as a flow: the API's whole answer, or None when logging failed (warned)."""
    try:
        return (yield from track(body))
    except Exception as error:
        provider, function = body.get("provider_type"), body.get("function_name")
        subject = f"{provider} call" if what == "call" else f"{what} of {function}"
        logger.warning("PromptLayer: could not log the %s: %s", subject, error)
        return None


def logged_id(track: TrackFlow, body: Mapping[str, Any]) -> Flow[int | None]:
    """Log now, as a flow: the new request log's id, or None when logging failed (warned)."""
    result = yield from logged(track, body)
    request_id = result.get("request_id") if isinstance(result, dict) else None
    return request_id if isinstance(request_id, int) else None


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

    def flow(self, body: Mapping[str, Any], what: str = "call") -> Flow[dict[str, Any] | None]:
        return logged(self._track, body, what)

    def send(self, body: Mapping[str, Any]) -> int | None:
        return self._driver.run(logged_id(self._track, body))

    def _send_in_background(self, body: Mapping[str, Any]) -> int | None:
        return (self._background or self._driver).run(logged_id(self._track, body))

    def submit(self, body: Mapping[str, Any]) -> None:
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
    """Provider-call logging for an async client: background logs go to `background_log()`
    (the sync twin's call log), or, with the user's own `http_client` (`loop_only`), become
    tasks on the loop through that client."""

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

    def flow(self, body: Mapping[str, Any], what: str = "call") -> Flow[dict[str, Any] | None]:
        return logged(self._track, body, what)

    async def send(self, body: Mapping[str, Any]) -> int | None:
        return await self._driver.run(logged_id(self._track, body))

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
