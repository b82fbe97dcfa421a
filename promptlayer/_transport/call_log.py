"""Logging provider calls to PromptLayer (POST /track-request) without holding up the caller.

One design for both clients. `submit` puts a log on the client's bounded `LogQueue`; one
worker per client sends the queue in order, each log through `deliver`, a flow, so the sync
and the async worker make the same decisions. The worker is a thread (an AsyncPromptLayer's
background logs go through its sync twin's thread too, so the end of `asyncio.run` cannot
cancel a pending log); only with the user's own `http_client` is the worker a task on the
loop, since that client belongs to the loop. While PromptLayer is unreachable or answers 429
or 503 the worker backs off and keeps the queue, for as long as the outage lasts; a log is
resent only when the server cannot have stored it, so none is stored twice. A full queue
refuses new logs (as OpenTelemetry's span queue does: what waits longest is sent first) and
says how many it refused, once per burst. `close()` and interpreter exit wait at most
`close_timeout` seconds and say how many logs they dropped. A forked child starts with an
empty queue and its own worker and connections. `send` (the caller waits for the request id)
and `flow` (a step of another flow) are not queued. Nothing here raises into the caller.
"""

from __future__ import annotations

import asyncio
import atexit
import functools
import logging
import os
import threading
import time
import weakref
from collections import deque
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

import httpx

from .._settings import DEFAULT_CLOSE_TIMEOUT_SECONDS, DEFAULT_LOG_QUEUE_SIZE
from ..errors import PromptLayerError
from .flow import Invoke
from .light import LightDriver
from .retry import RetryPolicy
from .waits import WAITS

if TYPE_CHECKING:
    from .drivers import AsyncDriver, SyncDriver
    from .flow import Flow, Outcome

logger = logging.getLogger("promptlayer")

# Decides which failed logs may be sent again (asked with attempt 0: an outage has no retry
# budget) and how long to wait: up to 30 s between tries, a Retry-After up to 60 s.
OUTAGE_POLICY = RetryPolicy(max_retries=1, max_delay=30.0, max_retry_after=60.0)
MAX_BACKOFF_STEP = 16  # 2**16 half-seconds is far past the cap; a larger power would overflow
# Senders per sync client: each delivers one log per round trip, on its own connection.
WORKERS = 4

TrackFlow = Callable[[Mapping[str, Any]], "Flow[dict[str, Any]]"]


def logged(track: TrackFlow, body: Mapping[str, Any], what: str = "call") -> Flow[dict[str, Any] | None]:
    """Log now, as a flow: the API's whole answer, or None when logging failed (warned)."""
    try:
        return (yield from track(body))
    except Exception as error:
        logger.warning("PromptLayer: could not log the %s: %s", _subject(body, what), error)
        return None


def logged_id(track: TrackFlow, body: Mapping[str, Any]) -> Flow[int | None]:
    """Log now, as a flow: the new request log's id, or None when logging failed (warned)."""
    result = yield from logged(track, body)
    request_id = result.get("request_id") if isinstance(result, dict) else None
    return request_id if isinstance(request_id, int) else None


def _subject(body: Mapping[str, Any], what: str) -> str:
    provider, function = body.get("provider_type"), body.get("function_name")
    return f"{provider} call" if what == "call" else f"{what} of {function}"


class LogQueue:
    """The logs waiting for a worker, oldest first, at most `capacity`; what both workers share.
    `unfinished` counts the queued logs and the one being sent."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._items: deque[Mapping[str, Any]] = deque()
        self._changed = threading.Condition(threading.Lock())
        self._unfinished = 0
        self._refused = 0  # refused since the queue last had room: the current burst
        self._in_outage = False

    def put(self, body: Mapping[str, Any]) -> bool:
        with self._changed:
            if len(self._items) >= self.capacity:
                self._refused += 1
                return False
            self._items.append(body)
            self._unfinished += 1
            self._changed.notify_all()
        if self._refused:
            self.report_refused()
        return True

    def report_refused(self) -> None:
        """One warning for a burst of refused logs, when it ends (or at close)."""
        with self._changed:
            refused, self._refused = self._refused, 0
        if refused:
            logger.warning(
                "PromptLayer: %d call logs were dropped: %d were already waiting (the queue is full)",
                refused,
                self.capacity,
            )

    def take(self, stop: threading.Event) -> Mapping[str, Any] | None:
        """The oldest log, waiting for one; None once `stop` is set."""
        with self._changed:
            while not self._items and not stop.is_set():
                self._changed.wait()
            return None if stop.is_set() else self._items.popleft()

    def take_now(self) -> Mapping[str, Any] | None:
        with self._changed:
            return self._items.popleft() if self._items else None

    def task_done(self) -> None:
        with self._changed:
            self._unfinished = max(0, self._unfinished - 1)
            self._changed.notify_all()

    def unfinished(self) -> int:
        with self._changed:
            return self._unfinished

    def join(self, timeout: float) -> bool:
        """Wait until every log was handled (True) or `timeout` seconds passed (False)."""
        with self._changed:
            return self._changed.wait_for(lambda: self._unfinished == 0, timeout)

    def discard(self) -> int:
        """Forget every log, the one being sent included: how many there were."""
        with self._changed:
            left, self._unfinished = self._unfinished, 0
            self._items.clear()
            self._changed.notify_all()
            return left

    def wake(self) -> None:
        with self._changed:
            self._changed.notify_all()

    def outage(self, failing: bool, detail: str = "") -> None:
        """Say when PromptLayer stops and starts answering, not at every retry."""
        if failing and not self._in_outage:
            logger.warning(
                "PromptLayer: cannot deliver call logs (%s); keeping %d and retrying until it answers",
                detail,
                self.unfinished(),
            )
        elif not failing and self._in_outage:
            logger.info("PromptLayer: delivering call logs again")
        self._in_outage = failing


def deliver(
    attempt: TrackFlow,
    body: Mapping[str, Any],
    queue: LogQueue,
    stopped: Callable[[], bool],
    pause: Callable[[float], Any],
) -> Flow[bool]:
    """Send one log (`attempt` sends once) until it is stored (True), refused or possibly stored
    (False, warned), or `stopped()`. Retried only while the server cannot have stored it."""
    failures = 0
    while True:
        try:
            yield from attempt(body)
        except PromptLayerError as error:
            outcome = _outcome(error)
            if outcome is None or not OUTAGE_POLICY.should_retry(0, False, outcome):
                if stopped():  # closed meanwhile: already counted among the dropped
                    return False
                logger.warning("PromptLayer: could not log the %s: %s", _subject(body, "call"), error)
                return False
            queue.outage(True, str(error))
            if stopped():
                return False
            wait = OUTAGE_POLICY.delay(min(failures, MAX_BACKOFF_STEP), outcome)
            yield Invoke(functools.partial(pause, wait))
            if stopped():
                return False
            failures += 1
            continue
        queue.outage(False)
        return True


def _outcome(error: PromptLayerError) -> Outcome | None:
    """What the one exchange behind `error` ended with: the response, or the transport error."""
    if error.response is not None:
        return error.response
    cause = error.__cause__
    return cause if isinstance(cause, httpx.RequestError) else None


def _report_left(left: int, timeout: float) -> None:
    if left:
        logger.warning(
            "PromptLayer: %d call logs were not delivered within close_timeout=%g s and are dropped",
            left,
            timeout,
        )


class CallLog:
    """Provider-call logging for a sync client: `track` (with the client's retries) for callers
    who wait, `attempt` (one try) for the worker, run on `background()`'s driver."""

    def __init__(
        self,
        driver: SyncDriver,
        track: TrackFlow,
        attempt: TrackFlow,
        background: Callable[[], SyncDriver],
        *,
        queue_size: int = DEFAULT_LOG_QUEUE_SIZE,
        close_timeout: float = DEFAULT_CLOSE_TIMEOUT_SECONDS,
    ) -> None:
        self._driver = driver
        self._track = track
        self._attempt = attempt
        self._make_background = background
        self.close_timeout = close_timeout
        self._queue_size = queue_size
        self._start_afresh()
        _LIVE.add(self)

    def _start_afresh(self) -> None:
        """No queue, worker or connection yet: at construction, and in a forked child, where
        the parent's are the parent's (its queued logs are its own to send)."""
        self._queue = LogQueue(self._queue_size)
        self._lock = threading.Lock()
        self._workers: list[threading.Thread] = []
        self._stop = threading.Event()
        self._background: SyncDriver | None = None

    def flow(self, body: Mapping[str, Any], what: str = "call") -> Flow[dict[str, Any] | None]:
        return logged(self._track, body, what)

    def send(self, body: Mapping[str, Any]) -> int | None:
        return self._driver.run(logged_id(self._track, body))

    def submit(self, body: Mapping[str, Any]) -> None:
        if not self._queue.put(body):
            return
        live = sum(1 for worker in self._workers if worker.is_alive())
        if live < min(WORKERS, self._queue.unfinished()):
            self._start_worker()

    def _start_worker(self) -> None:
        """One more sender, up to WORKERS: one log per round trip each, so a distant PromptLayer
        is kept up with by several (each holds its own connection); they share the queue."""
        with self._lock:
            self._workers = [worker for worker in self._workers if worker.is_alive()]
            if len(self._workers) >= WORKERS:
                return
            if self._background is None:
                self._background = self._make_background()
            if not self._workers:
                self._stop = threading.Event()
            worker = threading.Thread(
                target=self._work, args=(self._stop, self._background), name="promptlayer-log", daemon=True
            )
            self._workers.append(worker)
            worker.start()

    def _work(self, stop: threading.Event, sender: SyncDriver) -> None:
        queue = self._queue

        def pause(seconds: float) -> None:
            WAITS.interruptible(stop, seconds)

        while (body := queue.take(stop)) is not None:
            try:
                sender.run(deliver(self._attempt, body, queue, stop.is_set, pause))
            except Exception:  # a bug, not an outage: this log is lost, the worker goes on
                logger.warning("PromptLayer: a call log failed unexpectedly", exc_info=True)
            finally:
                queue.task_done()

    def flush(self, timeout: float | None = None) -> None:
        """Wait for pending logs (up to `timeout` seconds)."""
        self._queue.join(self.close_timeout if timeout is None else timeout)

    def close(self, timeout: float | None = None) -> None:
        """Deliver what can be delivered within `timeout` (else close_timeout) seconds, then drop
        the rest, with one warning giving the count."""
        timeout = self.close_timeout if timeout is None else timeout
        self._queue.join(timeout)
        self._queue.report_refused()
        left = self._queue.discard()
        with self._lock:
            self._stop.set()
            self._queue.wake()
            self._workers = []
            background, self._background = self._background, None
        _report_left(left, self.close_timeout)
        if isinstance(background, LightDriver):
            background.close()


_LIVE: weakref.WeakSet[CallLog] = weakref.WeakSet()


def _close_all_at_exit() -> None:
    """Interpreter exit: every client's logs get one shared deadline, the largest close_timeout."""
    logs = list(_LIVE)
    if not logs:
        return
    deadline = time.monotonic() + max(log.close_timeout for log in logs)
    for log in logs:
        log.close(max(0.0, deadline - time.monotonic()))


def _start_afresh_in_child() -> None:
    for log in list(_LIVE):
        log._start_afresh()


atexit.register(_close_all_at_exit)
if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_start_afresh_in_child)


class AsyncCallLog:
    """Provider-call logging for an async client: background logs go to `background_log()`
    (the sync twin's call log), or, with the user's own `http_client` (`loop_only`), to this
    log's own queue, sent by a task on the running loop through that client."""

    def __init__(
        self,
        driver: AsyncDriver,
        track: TrackFlow,
        attempt: TrackFlow,
        background_log: Callable[[], CallLog],
        *,
        loop_only: bool,
        queue_size: int = DEFAULT_LOG_QUEUE_SIZE,
        close_timeout: float = DEFAULT_CLOSE_TIMEOUT_SECONDS,
    ) -> None:
        self._driver = driver
        self._track = track
        self._attempt = attempt
        self._background_log = background_log
        self._loop_only = loop_only
        self.close_timeout = close_timeout
        self._queue = LogQueue(queue_size)
        self._worker: asyncio.Task[None] | None = None
        self._stopped = False

    def flow(self, body: Mapping[str, Any], what: str = "call") -> Flow[dict[str, Any] | None]:
        return logged(self._track, body, what)

    async def send(self, body: Mapping[str, Any]) -> int | None:
        return await self._driver.run(logged_id(self._track, body))

    def submit(self, body: Mapping[str, Any]) -> None:
        if not self._loop_only:
            self._background_log().submit(body)
            return
        if not self._queue.put(body):
            return
        if self._worker is None or self._worker.done():
            self._stopped = False
            self._worker = asyncio.get_running_loop().create_task(self._work())

    async def _work(self) -> None:
        queue = self._queue
        while (body := queue.take_now()) is not None:
            try:
                flow = deliver(self._attempt, body, queue, lambda: self._stopped, WAITS.async_)
                await self._driver.run(flow)
            except Exception:
                logger.warning("PromptLayer: a call log failed unexpectedly", exc_info=True)
            finally:
                queue.task_done()

    async def flush(self, timeout: float | None = None) -> None:
        if self._worker is not None and not self._worker.done():
            await asyncio.wait([self._worker], timeout=self.close_timeout if timeout is None else timeout)

    async def close(self, timeout: float | None = None) -> None:
        timeout = self.close_timeout if timeout is None else timeout
        await self.flush(timeout)
        self._queue.report_refused()
        self._stopped = True
        if self._worker is not None:
            self._worker.cancel()
            self._worker = None
        _report_left(self._queue.discard(), self.close_timeout)
