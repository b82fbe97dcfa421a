"""Stream flows: one generator of effects and items, iterated by either driver.

A flow calls its source through `Invoke`/`Iterate`/`Next` (sync or async alike), hands items
out with `Emit`, and still runs its cleanup effects when the consumer stops early.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from promptlayer._transport.drivers import AsyncDriver, SyncDriver
from promptlayer._transport.flow import END, Closed, Emit, Invoke, Iterate, Next, StreamFlow


class Source:
    """A provider stream stand-in: sync and async iteration, sync and async close."""

    def __init__(self, items: list[int]) -> None:
        self.items = items
        self.closed = False

    def __iter__(self) -> Iterator[int]:
        return iter(self.items)

    async def _agen(self) -> AsyncIterator[int]:
        for item in self.items:
            yield item

    def __aiter__(self) -> AsyncIterator[int]:
        return self._agen()

    def close(self) -> None:
        self.closed = True


class AsyncSource(Source):
    async def close(self) -> None:  # type: ignore[override]  # the async SDKs' close is a coroutine
        self.closed = True


def doubled(source: Source, log: list[str]) -> StreamFlow:
    """Emits each item doubled; logs how it ended, through effects."""
    try:
        items = yield Iterate(source)
        while (item := (yield Next(items))) is not END:
            yield Emit(item * 2)
        log.append("done")
    except Closed:
        log.append("left early")
        yield Invoke(source.close)
        raise
    finally:
        log.append("finally")


@pytest.fixture
def sync_driver() -> Iterator[SyncDriver]:
    with httpx.Client() as http:
        yield SyncDriver(http, "http://127.0.0.1", {})


def test_a_sync_consumer_gets_every_item(sync_driver: SyncDriver) -> None:
    log: list[str] = []
    assert list(sync_driver.iterate(doubled(Source([1, 2, 3]), log))) == [2, 4, 6]
    assert log == ["done", "finally"]


def test_a_sync_consumer_leaving_early_lets_the_flow_clean_up(sync_driver: SyncDriver) -> None:
    log: list[str] = []
    source = Source([1, 2, 3])
    items = sync_driver.iterate(doubled(source, log))
    assert next(items) == 2
    items.close()  # type: ignore[attr-defined]  # a generator
    assert source.closed
    assert log == ["left early", "finally"]


def test_an_async_consumer_gets_every_item() -> None:
    log: list[str] = []

    async def make() -> list[Any]:
        async with httpx.AsyncClient() as http:
            driver = AsyncDriver(http, "http://127.0.0.1", {})
            return [item async for item in driver.iterate(doubled(AsyncSource([1, 2, 3]), log))]

    assert asyncio.run(make()) == [2, 4, 6]
    assert log == ["done", "finally"]


def test_an_async_consumer_leaving_early_awaits_the_cleanup() -> None:
    log: list[str] = []
    source = AsyncSource([1, 2, 3])

    async def make() -> list[Any]:
        async with httpx.AsyncClient() as http:
            driver = AsyncDriver(http, "http://127.0.0.1", {})
            items = driver.iterate(doubled(source, log))
            first = await items.__anext__()
            await items.aclose()  # type: ignore[attr-defined]  # an async generator
            return [first]

    assert asyncio.run(make()) == [2]
    assert source.closed  # the coroutine close() was awaited
    assert log == ["left early", "finally"]


def test_a_failing_source_reaches_the_consumer(sync_driver: SyncDriver) -> None:
    class Broken(Source):
        def __iter__(self) -> Iterator[int]:
            yield 1
            raise ConnectionError("stream cut")

    log: list[str] = []
    items = sync_driver.iterate(doubled(Broken([]), log))
    assert next(items) == 2
    with pytest.raises(ConnectionError, match="stream cut"):
        next(items)
    assert log == ["finally"]
