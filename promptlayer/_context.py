"""What the layers below the clients need from a client, in one object.

Resources, `run()`, the provider proxies and the integrations take a context, never a client:
they do not import `client.py` and never read a client's private attributes. `client.py`
builds one context per client (`SyncContext` or `AsyncContext`) and wires its parts; the
context runs flows on the client's driver, applies `throw_on_error`, and closes everything in
one order at `close()` / `aclose()`: background refreshes, call logs, spans, then the closers
registered by whoever opened something (provider clients, the HTTP pool).
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import threading
import time
import weakref
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import CLIENT_CLOSED, PromptLayerClientClosedError, PromptLayerError, PromptLayerValidationError

if TYPE_CHECKING:
    from ._settings import Settings
    from ._transport.call_log import AsyncCallLog, CallLog
    from ._transport.drivers import AsyncDriver, SyncDriver
    from ._transport.flow import Flow
    from ._transport.retry import RetryPolicy
    from .tracing.client_tracing import ClientTracing
    from .tracing.off import NoTracing

logger = logging.getLogger("promptlayer")
T = TypeVar("T")

Closer = Callable[[], object]


class ClientContext:
    """The parts both kinds of client have."""

    is_async: bool = False
    call_log: CallLog | AsyncCallLog  # set by the builder
    closed = False  # set by close() / aclose(): every later call raises PromptLayerClientClosedError

    def __init__(
        self,
        settings: Settings,
        policy: RetryPolicy,
        tracing: ClientTracing | NoTracing,
    ) -> None:
        self.settings = settings
        self.policy = policy
        self.tracing = tracing
        self._closers: list[Closer] = []
        self._closers_lock = threading.Lock()

    def on_close(self, closer: Closer) -> None:
        """Run `closer` when the client closes (last registered, first run). An async
        client awaits what it returns when that is awaitable."""
        with self._closers_lock:
            self._closers.append(closer)

    def _take_closers(self) -> list[Closer]:
        with self._closers_lock:
            closers, self._closers = self._closers, []
        return closers[::-1]

    def failed(self, error: PromptLayerError) -> None:
        """With throw_on_error=False, an API failure becomes a warning and a None result;
        invalid arguments and a closed client (the caller's bugs) always raise."""
        if self.settings.throw_on_error or isinstance(
            error, (PromptLayerValidationError, PromptLayerClientClosedError)
        ):
            raise error
        logger.warning("PromptLayer: %s", error)

    def ensure_open(self) -> None:
        """Raise when the client is closed (before a provider call that could not be logged)."""
        if self.closed:
            raise PromptLayerClientClosedError(CLIENT_CLOSED)

    def _mark_closed(self, driver: SyncDriver | AsyncDriver) -> None:
        """From here on requests raise instead of reaching httpx's bare RuntimeError."""
        self.closed = True
        driver.closed = True


class SyncContext(ClientContext):
    """A `PromptLayer` client's parts: flows run on the calling thread."""

    def __init__(
        self,
        settings: Settings,
        policy: RetryPolicy,
        tracing: ClientTracing | NoTracing,
        driver: SyncDriver,
    ) -> None:
        super().__init__(settings, policy, tracing)
        self.driver = driver
        self.call_log: CallLog  # set by the builder: the call log runs flows on this driver
        # Set by the builder: a driver for many small requests at once (LightDriver when it
        # talks to PromptLayer exactly as `driver` would); made on first use, closed at close.
        self.make_bulk_driver: Callable[[], SyncDriver] = lambda: driver
        self._bulk: SyncDriver | None = None

    def run(self, flow: Flow[T]) -> T | None:
        self.ensure_open()  # also for answers that need no request (a cache hit)
        try:
            return self.driver.run(flow)
        except PromptLayerError as error:
            self.failed(error)
            return None

    def sync_log(self) -> CallLog:
        """The call log sync provider code logs through."""
        return self.call_log

    def bulk_driver(self) -> SyncDriver:
        """The driver for bursts of small requests from many threads (an evaluation's rows):
        about half the client CPU of httpx per request, where it applies."""
        with self._closers_lock:
            if self._bulk is None:
                self._bulk = self.make_bulk_driver()
                if self._bulk is not self.driver:
                    self._closers.append(self._bulk.close)
            return self._bulk

    def flush(self, timeout: float) -> None:
        self.call_log.flush(timeout=timeout)
        self.tracing.flush(timeout)

    def close(self) -> None:
        # Background refreshes and call logs share one bound: close_timeout.
        deadline = time.monotonic() + self.settings.close_timeout
        self.driver.drain(timeout=self.settings.close_timeout)
        self.call_log.close(max(0.0, deadline - time.monotonic()))
        self.tracing.close()
        self._mark_closed(self.driver)
        for closer in self._take_closers():
            _quietly(closer)


class AsyncContext(ClientContext):
    """An `AsyncPromptLayer` client's parts: flows run on the running event loop.

    Sync provider code under an async client (a sync SDK client, or a background log that
    must outlive the event loop) logs through a sync twin: a `SyncContext` with the same
    settings, made on first need and closed with this one.
    """

    is_async = True

    def __init__(
        self,
        settings: Settings,
        policy: RetryPolicy,
        tracing: ClientTracing | NoTracing,
        driver: AsyncDriver,
        *,
        make_twin: Callable[[], SyncContext],
    ) -> None:
        super().__init__(settings, policy, tracing)
        self.driver = driver
        self.call_log: AsyncCallLog  # set by the builder
        self._make_twin = make_twin
        self._twin: SyncContext | None = None
        self._twin_lock = threading.Lock()

    async def run(self, flow: Flow[T]) -> T | None:
        self.ensure_open()  # also for answers that need no request (a cache hit)
        try:
            return await self.driver.run(flow)
        except PromptLayerError as error:
            self.failed(error)
            return None

    def sync_twin(self) -> SyncContext:
        with self._twin_lock:
            if self._twin is None:
                self._twin = twin = self._make_twin()
                # Closed by aclose(), else when this client is collected or at exit.
                weakref.finalize(self, twin.close)
            return self._twin

    def sync_log(self) -> CallLog:
        return self.sync_twin().call_log

    async def flush(self, timeout: float) -> None:
        await self.call_log.flush(timeout=timeout)
        twin = self._twin
        if twin is not None:
            await asyncio.to_thread(twin.call_log.flush, timeout)
        if self.tracing.enabled:
            await asyncio.to_thread(self.tracing.flush, timeout)

    async def aclose(self) -> None:
        await self.driver.drain()
        await self.call_log.close()
        with self._twin_lock:
            twin, self._twin = self._twin, None
        if twin is not None:
            await asyncio.to_thread(twin.close)
        if self.tracing.enabled:
            await asyncio.to_thread(self.tracing.close)
        self._mark_closed(self.driver)
        for closer in self._take_closers():
            try:
                result = closer()
                if inspect.isawaitable(result):
                    await result
            except Exception:
                logger.debug("PromptLayer: a closer failed at aclose", exc_info=True)


def _quietly(closer: Callable[[], object]) -> None:
    try:
        result = closer()
        if inspect.isawaitable(result):  # an async resource closed from sync code: drop it
            _discard(result)
    except Exception:
        logger.debug("PromptLayer: a closer failed at close", exc_info=True)


def _discard(awaitable: Awaitable[Any]) -> None:
    close = getattr(awaitable, "close", None)
    if callable(close):
        close()
