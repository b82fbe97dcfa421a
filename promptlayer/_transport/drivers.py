"""The two drivers that perform a flow's effects: one with httpx.Client, one with httpx.AsyncClient."""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import threading
import time
from collections.abc import AsyncIterator, Callable, Hashable, Iterator
from concurrent.futures import Future
from typing import Any, TypeVar, assert_never

import httpx

from ..errors import CLIENT_CLOSED, PromptLayerClientClosedError, PromptLayerValidationError
from .flow import (
    END,
    NO_BODY,
    ApiRequest,
    Background,
    Effect,
    Emit,
    Flow,
    Invoke,
    Iterate,
    Next,
    Outcome,
    RawBody,
    Send,
    Shared,
    Sleep,
    StreamFlow,
    closing,
)
from .waits import WAITS

logger = logging.getLogger("promptlayer")

T = TypeVar("T")


def _request_args(request: ApiRequest, base_url: str, headers: dict[str, str]) -> dict[str, Any]:
    args: dict[str, Any] = {"method": request.method, "url": base_url + request.path, "headers": headers}
    if request.params:
        args["params"] = request.params
    if isinstance(request.body, RawBody):
        args["content"] = request.body.content
        args["headers"] = {**headers, "Content-Type": request.body.content_type}
    elif request.body is not NO_BODY:
        args["content"] = encode_json(request.body)
        args["headers"] = {**headers, "Content-Type": "application/json"}
    return args


def _closed_error(http_closed: bool) -> PromptLayerClientClosedError:
    if http_closed:
        return PromptLayerClientClosedError(
            "The httpx client this PromptLayer client sends through (its http_client) is closed"
        )
    return PromptLayerClientClosedError(CLIENT_CLOSED)


def encode_json(body: Any) -> bytes:
    """The body as strict JSON; a value JSON cannot carry is the caller's error, not a crash."""
    try:
        return json.dumps(body, allow_nan=False, separators=(",", ":")).encode()
    except (TypeError, ValueError) as exc:
        raise PromptLayerValidationError(f"The request body is not JSON-serialisable: {exc}") from None


class SyncRunner:
    """Runs flows on the calling thread: those whose effects need no PromptLayer connection
    (provider calls and streams: `Invoke`, `Iterate`, `Next`). `SyncDriver` adds HTTP."""

    def run(self, flow: Flow[T]) -> T:
        # Its own loop rather than `iterate`: every facade call runs here, and a stream
        # flow's extra generator layer costs about a microsecond per effect.
        value: Any = None
        error: BaseException | None = None
        while True:
            try:
                effect = flow.throw(error) if error is not None else flow.send(value)
            except StopIteration as stop:
                result: T = stop.value
                return result
            value, error = None, None
            try:
                value = self._perform(effect)
            except Exception as exc:  # handed to the flow, which decides
                error = exc

    def iterate(self, flow: StreamFlow) -> Iterator[Any]:
        """The items a stream flow emits, its effects performed in between. A consumer that
        stops early (closes this iterator) has `Closed` thrown into the flow, whose cleanup
        effects still run."""
        value: Any = None
        error: BaseException | None = None
        while True:
            try:
                step = flow.throw(error) if error is not None else flow.send(value)
            except StopIteration:
                return
            value, error = None, None
            if isinstance(step, Emit):
                try:
                    yield step.item
                except GeneratorExit:
                    self.run(closing(flow))
                    raise
                continue
            try:
                value = self._perform(step)
            except Exception as exc:  # handed to the flow, which decides
                error = exc

    def _perform(self, effect: Effect) -> Any:
        match effect:
            case Invoke():
                return effect.function()
            case Iterate():
                return iter(effect.iterable)
            case Next():
                return next(effect.iterator, END)
            case _:
                raise TypeError(f"{effect!r} needs a driver with a connection to PromptLayer")


class SyncDriver(SyncRunner):
    """Runs flows on the calling thread, with an httpx.Client for PromptLayer."""

    def __init__(
        self,
        http: httpx.Client,
        base_url: str,
        headers: dict[str, str],
    ) -> None:
        self.http = http
        self.base_url = base_url
        self.headers = headers
        self._inflight: dict[Hashable, Future[Any]] = {}
        self._lock = threading.Lock()
        self._background_threads: set[threading.Thread] = set()
        self.closed = False  # set by the client's close()

    def _perform(self, effect: Effect) -> Any:
        match effect:
            case Send():
                return self._send(effect.request)
            case Sleep():
                WAITS.sync(effect.seconds)
                return None
            case Shared():
                return self._shared(effect.key, effect.start)
            case Background():
                thread = threading.Thread(target=self._background, args=(effect.start,), daemon=True)
                with self._lock:
                    self._background_threads.add(thread)
                thread.start()
                return None
            case Invoke() | Iterate() | Next():
                return super()._perform(effect)
            case _:
                assert_never(effect)

    def close(self) -> None:
        """Nothing of its own to close: the HTTP pool is the client's (LightDriver has more)."""

    def current_http(self) -> httpx.Client:
        """The pool requests go through; raises once the client (or its http_client) is closed."""
        if self.closed or self.http.is_closed:
            raise _closed_error(not self.closed)
        return self.http

    def _send(self, request: ApiRequest) -> Outcome:
        http = self.current_http()
        try:
            return http.request(**_request_args(request, self.base_url, self.headers))
        except httpx.RequestError as exc:  # transport failures, undecodable bodies, redirect loops
            return exc

    def _shared(self, key: Hashable, start: Callable[[], Flow[Any]]) -> Any:
        with self._lock:
            future = self._inflight.get(key)
            leader = future is None
            if future is None:
                future = self._inflight[key] = Future()
        if not leader:
            return future.result()
        try:
            result = self.run(start())
        except BaseException as exc:
            future.set_exception(exc)
            raise
        else:
            future.set_result(result)
            return result
        finally:
            with self._lock:
                self._inflight.pop(key, None)

    def _background(self, start: Callable[[], Flow[Any]]) -> None:
        try:
            self.run(start())
        except Exception:
            logger.warning("PromptLayer: background refresh failed", exc_info=True)
        finally:
            with self._lock:
                self._background_threads.discard(threading.current_thread())

    def drain(self, timeout: float) -> None:
        """Wait (up to `timeout` seconds in all) for background work (used by close)."""
        deadline = time.monotonic() + timeout
        with self._lock:
            threads = list(self._background_threads)
        for thread in threads:
            thread.join(max(0.0, deadline - time.monotonic()))


class AsyncRunner:
    """`SyncRunner`'s async twin: the same flows on the running event loop, what an effect
    returns awaited when it is awaitable. `AsyncDriver` adds HTTP."""

    async def run(self, flow: Flow[T]) -> T:
        value: Any = None
        error: BaseException | None = None
        while True:
            try:
                effect = flow.throw(error) if error is not None else flow.send(value)
            except StopIteration as stop:
                result: T = stop.value
                return result
            value, error = None, None
            try:
                value = await self._perform(effect)
            except Exception as exc:  # handed to the flow, which decides
                error = exc

    async def iterate(self, flow: StreamFlow) -> AsyncIterator[Any]:
        """The async twin of `SyncDriver.iterate`: the same flow, its effects awaited."""
        value: Any = None
        error: BaseException | None = None
        while True:
            try:
                step = flow.throw(error) if error is not None else flow.send(value)
            except StopIteration:
                return
            value, error = None, None
            if isinstance(step, Emit):
                try:
                    yield step.item
                except GeneratorExit:
                    await self.run(closing(flow))
                    raise
                continue
            try:
                value = await self._perform(step)
            except Exception as exc:
                error = exc

    async def _perform(self, effect: Effect) -> Any:
        match effect:
            case Invoke():
                result = effect.function()
                return await result if inspect.isawaitable(result) else result
            case Iterate():
                return aiter(effect.iterable)
            case Next():
                return await anext(effect.iterator, END)
            case _:
                raise TypeError(f"{effect!r} needs a driver with a connection to PromptLayer")


class AsyncDriver(AsyncRunner):
    """Runs flows on the running event loop, with an httpx.AsyncClient for PromptLayer.

    An httpx pool belongs to the event loop it was first used on; with `make_http` (a pool
    the client owns), a new one is made when the loop changes, so one client serves several
    `asyncio.run()` calls in turn."""

    def __init__(
        self,
        http: httpx.AsyncClient,
        base_url: str,
        headers: dict[str, str],
        *,
        make_http: Callable[[], httpx.AsyncClient] | None = None,
    ) -> None:
        self.http = http
        self.base_url = base_url
        self.headers = headers
        self._make_http = make_http
        self._loop: asyncio.AbstractEventLoop | None = None
        self._inflight: dict[Hashable, asyncio.Future[Any]] = {}
        self._background_tasks: set[asyncio.Task[Any]] = set()
        self.closed = False  # set by the client's aclose()

    def current_http(self) -> httpx.AsyncClient:
        """The pool for the running loop (see the class docstring); raises when closed."""
        if self.closed or self.http.is_closed:
            raise _closed_error(not self.closed)
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            if self._loop is not None and self._make_http is not None:
                logger.debug("PromptLayer: a new event loop; opening a new connection pool")
                self.http = self._make_http()  # the old one's connections died with its loop
            self._inflight.clear()  # shared fetches of the old loop can never be awaited here
            self._loop = loop
        return self.http

    async def _perform(self, effect: Effect) -> Any:
        match effect:
            case Send():
                return await self._send(effect.request)
            case Sleep():
                await WAITS.async_(effect.seconds)
                return None
            case Shared():
                return await self._shared(effect.key, effect.start)
            case Background():
                task = asyncio.get_running_loop().create_task(self._background(effect.start))
                self._background_tasks.add(task)
                task.add_done_callback(self._background_tasks.discard)
                return None
            case Invoke() | Iterate() | Next():
                return await super()._perform(effect)
            case _:
                assert_never(effect)

    async def _send(self, request: ApiRequest) -> Outcome:
        http = self.current_http()
        try:
            return await http.request(**_request_args(request, self.base_url, self.headers))
        except httpx.RequestError as exc:  # transport failures, undecodable bodies, redirect loops
            return exc

    async def _shared(self, key: Hashable, start: Callable[[], Flow[Any]]) -> Any:
        future = self._inflight.get(key)
        if future is None:
            task = asyncio.get_running_loop().create_task(self.run(start()))
            self._inflight[key] = task
            task.add_done_callback(lambda _: self._inflight.pop(key, None))
            future = task
        # A caller that gives up (cancelled) must not cancel the fetch the others wait for.
        return await asyncio.shield(future)

    async def _background(self, start: Callable[[], Flow[Any]]) -> None:
        try:
            await self.run(start())
        except Exception:
            logger.warning("PromptLayer: background refresh failed", exc_info=True)

    async def drain(self) -> None:
        """Wait for background work (used by aclose)."""
        if self._background_tasks:
            await asyncio.gather(*self._background_tasks, return_exceptions=True)


# Runners for provider-side flows (the proxies' streams): they hold no state.
LOCAL = SyncRunner()
ASYNC_LOCAL = AsyncRunner()
