"""The suite's one sync/async style: a test body is written once, against the sync face.

A test that covers both clients takes the root `mode` fixture ("sync" or "async") and gets its
object through `build(mode, loop, SyncClass, AsyncClass, **kwargs)`: the sync object as it is,
or the async one behind an `AsyncView`, which runs each awaited call to completion on the test's
loop and turns async iterators and async context managers into their sync kind. Generated
operations go through `call_operation(mode, module, loop, **kwargs)` (`sync_detailed` or
`asyncio_detailed`). Where the faces differ by design (the class of an SDK's stream), a test
checks `unview(obj)` against `of_mode(mode, SyncClass, AsyncClass)`. tests/unit/test_test_style.py
keeps other ways out.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator, Iterator
from types import TracebackType
from typing import Any

_PLAIN = (int, str, float, bool, bytes, type(None), dict, list, tuple, set)


class AsyncView:
    """An async object used like its sync twin (see the module docstring)."""

    def __init__(self, target: Any, loop: asyncio.AbstractEventLoop) -> None:
        self._target = target
        self._loop = loop

    def __getattr__(self, name: str) -> Any:
        from promptlayer._faces import AsyncFace

        value = getattr(self._target, name)
        if isinstance(value, AsyncFace):  # a resource, even a callable one (`pl.tables.sheets`)
            return AsyncView(value, self._loop)
        if inspect.isasyncgenfunction(value):
            return lambda *a, **k: SyncIterator(value(*a, **k), self._loop)
        if callable(value) and not isinstance(value, type):
            return lambda *a, **k: self._settled(value(*a, **k))
        return view(value, self._loop)

    def _settled(self, result: Any) -> Any:
        """A call's result as sync code gets it: awaited when it is awaitable (a coroutine
        function, or a plain function answering one), then viewed."""
        if inspect.isawaitable(result):
            result = self._loop.run_until_complete(result)
        return view(result, self._loop)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._settled(self._target(*args, **kwargs))

    def close(self) -> None:
        close = getattr(self._target, "aclose", None) or self._target.close
        self._settled(close())

    def __enter__(self) -> Any:
        return view(self._loop.run_until_complete(self._target.__aenter__()), self._loop)

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> Any:
        return self._loop.run_until_complete(self._target.__aexit__(exc_type, exc, tb))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._target!r})"


class SyncIterator(AsyncView, Iterator[Any]):
    """An async iterator stepped on a loop; `close()` is its `aclose()` (or its awaited
    `close()`, as the provider SDKs' streams name it), its other attributes viewed."""

    def __init__(self, target: AsyncIterator[Any], loop: asyncio.AbstractEventLoop) -> None:
        super().__init__(target, loop)

    def __next__(self) -> Any:
        try:
            return self._loop.run_until_complete(self._target.__anext__())
        except StopAsyncIteration:
            raise StopIteration from None

    def close(self) -> None:
        close = getattr(self._target, "aclose", None) or getattr(self._target, "close", None)
        if close is not None:
            self._settled(close())


def of_mode(mode: str, sync_value: Any, async_value: Any) -> Any:
    """What a `mode` test expects where the two faces differ (an SDK's class and its async twin)."""
    return sync_value if mode == "sync" else async_value


def unview(value: Any) -> Any:
    """The object behind a view (for checks of its class); anything else as it is."""
    return value._target if isinstance(value, AsyncView) else value


def _async_api(value: Any) -> bool:
    """Whether `value` is an async API object to view: an async face or context manager, or
    an object whose class says Async* (the provider SDKs' resources, streams and responses;
    `__class__` is the class a provider proxy stands for)."""
    from promptlayer._faces import AsyncFace

    if isinstance(value, AsyncFace) or hasattr(value, "__aenter__"):
        return True
    return not isinstance(value, type) and "Async" in getattr(value.__class__, "__name__", "")


def view(value: Any, loop: asyncio.AbstractEventLoop) -> Any:
    """`value` as sync code would see it: async iterators stepped, async API objects viewed,
    each item of a tuple viewed (`(raw, request_id)` pairs), everything else as it is."""
    if type(value) is tuple:
        return tuple(view(item, loop) for item in value)
    if isinstance(value, _PLAIN):
        return value
    if hasattr(value, "__anext__"):
        return SyncIterator(value, loop)
    if _async_api(value):
        return AsyncView(value, loop)
    return value


def build(
    mode: str, loop: asyncio.AbstractEventLoop, sync_factory: Any, async_factory: Any, /, **kwargs: Any
) -> Any:
    """The object a test of `mode` talks to: `sync_factory(**kwargs)`, or a view of
    `async_factory(**kwargs)` (built inside the loop, as async clients expect)."""
    if mode == "sync":
        return sync_factory(**kwargs)

    async def make() -> Any:
        return async_factory(**kwargs)

    return AsyncView(loop.run_until_complete(make()), loop)


def call_operation(mode: str, module: Any, loop: asyncio.AbstractEventLoop, *args: Any, **kwargs: Any) -> Any:
    """A generated operation's Response: `sync_detailed`, or `asyncio_detailed` run on `loop`."""
    if mode == "sync":
        return module.sync_detailed(*args, **kwargs)
    return loop.run_until_complete(module.asyncio_detailed(*args, **kwargs))
