"""`run` on the provider-side runners: the flow's result, a failed effect handed to the flow,
and the flow's own error raised to the caller, alike for the sync and the async runner."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from promptlayer._transport.drivers import ASYNC_LOCAL, LOCAL
from promptlayer._transport.flow import Flow, Invoke


def refuse() -> None:
    raise ValueError("refused")


async def later(value: int) -> int:
    await asyncio.sleep(0)
    return value


def recovering() -> Flow[tuple[str, int]]:
    try:
        yield Invoke(refuse)
    except ValueError as error:
        caught = str(error)
    value = yield Invoke(lambda: 41)
    return caught, value + 1


def failing() -> Flow[None]:
    yield Invoke(lambda: None)
    raise LookupError("the flow gave up")


def run(mode: str, flow: Flow[Any]) -> Any:
    if mode == "sync":
        return LOCAL.run(flow)

    async def main() -> Any:
        return await ASYNC_LOCAL.run(flow)

    return asyncio.run(main())


def test_run_returns_the_result_after_handing_a_failed_effect_to_the_flow(mode: str) -> None:
    assert run(mode, recovering()) == ("refused", 42)


def test_run_raises_what_the_flow_raises(mode: str) -> None:
    with pytest.raises(LookupError, match="the flow gave up"):
        run(mode, failing())


def test_the_async_runner_awaits_what_an_effect_returns() -> None:
    def awaiting() -> Flow[int]:
        value: int = yield Invoke(lambda: later(7))
        return value * 6

    async def main() -> int:
        return await ASYNC_LOCAL.run(awaiting())

    assert asyncio.run(main()) == 42
