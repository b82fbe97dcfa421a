"""Sync and async faces derived from one definition.

An operation is written once, as a method of a core that returns a flow
(`TrackingCore.track_score`); its parameters and docstring are the public ones. A face lists
it, `score = operation(TrackingCore.track_score)`, and gets a method with exactly that
signature: on a `SyncFace` it runs the flow and returns the result, on an `AsyncFace` it
returns a coroutine. mypy sees the same parameters on both faces (ParamSpec), so nothing is
retyped and the twins cannot drift. `paged` does the same for operations that walk pages
(an iterator, or an async iterator), and `Twin` for definitions that are not plain flows
(`run()`: a sync and an async performer of one checked call).

We chose this over generating the sync source from the async one (unasync): the operations
already are I/O-free flows, so a face is only "run this flow here", and a descriptor says
that once, in code the type checker reads, with no generated file to keep fresh.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Awaitable, Callable, Coroutine, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Concatenate, Generic, ParamSpec, TypeVar, overload

if TYPE_CHECKING:
    from typing import Self

    from ._context import AsyncContext, SyncContext
    from ._transport.flow import Flow

P = ParamSpec("P")
T = TypeVar("T")
RS = TypeVar("RS")
RA = TypeVar("RA")
Item = TypeVar("Item")


class SyncFace:
    """A resource of a sync client: its context and the core its operations come from."""

    def __init__(self, context: SyncContext, core: Any = None) -> None:
        self._context = context
        self._core = core


class AsyncFace:
    """A resource of an async client."""

    def __init__(self, context: AsyncContext, core: Any = None) -> None:
        self._context = context
        self._core = core


class Twin(Generic[P, RS, RA]):
    """A face method defined once: `define(part, *args, **kwargs)` checks the call and
    describes it; `sync(face, description)` or `async_(face, description)` performs it.
    `part` names the face attribute holding the core (default `_core`)."""

    def __init__(
        self,
        define: Callable[Concatenate[Any, P], Any],
        *,
        sync: Callable[[Any, Any], RS],
        async_: Callable[[Any, Any], Awaitable[RA]],
        part: str = "_core",
        shortcut: Callable[Concatenate[Any, P], Any] | None = None,
    ) -> None:
        self._define = define
        self._sync = sync
        self._async = async_
        self._part = part
        self._shortcut = shortcut
        self._name = define.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, face: None, owner: type) -> Self: ...
    @overload
    def __get__(self, face: SyncFace, owner: type) -> Callable[P, RS]: ...
    @overload
    def __get__(self, face: AsyncFace, owner: type) -> Callable[P, Coroutine[Any, Any, RA]]: ...
    def __get__(self, face: Any, owner: type) -> Any:
        if face is None:
            return self
        part = getattr(face, self._part)
        define = self._define
        shortcut = self._shortcut
        context = face._context
        method: Callable[..., Any]
        if isinstance(face, AsyncFace):
            perform_async = self._async

            async def method(*args: Any, **kwargs: Any) -> Any:
                if shortcut is not None:
                    if context.closed:  # a cache hit on a closed client raises too
                        context.ensure_open()
                    ready = shortcut(part, *args, **kwargs)
                    if ready is not None:
                        return ready
                return await perform_async(face, define(part, *args, **kwargs))

        else:
            perform = self._sync

            def method(*args: Any, **kwargs: Any) -> Any:
                if shortcut is not None:
                    if context.closed:  # a cache hit on a closed client raises too
                        context.ensure_open()
                    ready = shortcut(part, *args, **kwargs)
                    if ready is not None:
                        return ready
                return perform(face, define(part, *args, **kwargs))

        _describe(method, define, self._name, type(face))
        face.__dict__[self._name] = method  # later lookups find it without the descriptor
        return method


def _run_sync(face: SyncFace, flow: Flow[Any]) -> Any:
    return face._context.run(flow)


async def _run_async(face: AsyncFace, flow: Flow[Any]) -> Any:
    return await face._context.run(flow)


def operation(
    flow: Callable[Concatenate[Any, P], Flow[T]],
    *,
    part: str = "_core",
    shortcut: Callable[Concatenate[Any, P], T | None] | None = None,
) -> Twin[P, T | None, T | None]:
    """A face method that runs the core's flow: the result, or None when the client was made
    with throw_on_error=False and the API failed. A `shortcut` with the same parameters may
    answer first without any I/O (a cache hit); None from it means "run the flow"."""
    return Twin(flow, sync=_run_sync, async_=_run_async, part=part, shortcut=shortcut)


@dataclass(frozen=True)
class Paging(Generic[Item]):
    """How to walk an API's pages, without doing it: `fetch(n)` is the flow for page n (from
    1); `items` and `more` read a page's answer."""

    fetch: Callable[[int], Flow[Any]]
    items: Callable[[Any], list[Item]]
    more: Callable[[Any], bool]


class paged(Generic[P, Item]):
    """A face method that walks every page lazily: an iterator on a sync face, an async
    iterator on an async one. `define(core, *args)` checks the call and answers its Paging."""

    def __init__(self, define: Callable[Concatenate[Any, P], Paging[Item]], *, part: str = "_core") -> None:
        self._define = define
        self._part = part
        self._name = define.__name__

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    @overload
    def __get__(self, face: None, owner: type) -> Self: ...
    @overload
    def __get__(self, face: SyncFace, owner: type) -> Callable[P, Iterator[Item]]: ...
    @overload
    def __get__(self, face: AsyncFace, owner: type) -> Callable[P, AsyncIterator[Item]]: ...
    def __get__(self, face: Any, owner: type) -> Any:
        if face is None:
            return self
        part = getattr(face, self._part)
        define = self._define
        context = face._context
        method: Callable[..., Any]
        if isinstance(face, AsyncFace):

            async def method(*args: Any, **kwargs: Any) -> AsyncIterator[Item]:
                paging = define(part, *args, **kwargs)
                number = 1
                while True:
                    page = await context.run(paging.fetch(number))
                    if page is None:
                        return
                    items = paging.items(page)
                    for item in items:
                        yield item
                    if not items or not paging.more(page):
                        return
                    number += 1

        else:

            def method(*args: Any, **kwargs: Any) -> Iterator[Item]:
                paging = define(part, *args, **kwargs)
                number = 1
                while True:
                    page = context.run(paging.fetch(number))
                    if page is None:
                        return
                    items = paging.items(page)
                    yield from items
                    if not items or not paging.more(page):
                        return
                    number += 1

        _describe(method, define, self._name, type(face))
        face.__dict__[self._name] = method
        return method


def _describe(method: Callable[..., Any], define: Callable[..., Any], name: str, owner: type) -> None:
    """Give the face method the definition's name, docstring and signature (without the
    core's `self`), so help() and inspect show the public call."""
    method.__name__ = name
    method.__qualname__ = f"{owner.__qualname__}.{name}"
    method.__doc__ = define.__doc__
    method.__module__ = owner.__module__
    signature = inspect.signature(define)
    parameters = list(signature.parameters.values())[1:]
    method.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=parameters, return_annotation=inspect.Signature.empty
    )
