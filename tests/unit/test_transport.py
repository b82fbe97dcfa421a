"""Failures below HTTP status level, through the real drivers with an httpx MockTransport."""

from __future__ import annotations

import asyncio
import math

import httpx
import pytest

from promptlayer import AsyncPromptLayer, PromptLayer, PromptLayerAPIError, PromptLayerValidationError

KEY = "transport-test-key"


def bad_gzip(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=b"not gzip at all", headers={"Content-Encoding": "gzip"})


def test_undecodable_body_is_an_sdk_error_and_not_retried() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return bad_gzip(request)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    pl = PromptLayer(api_key=KEY, base_url="https://api.test", http_client=http)
    with pl, pytest.raises(PromptLayerAPIError, match="unusable response"):
        pl.templates.get("welcome")
    assert len(calls) == 1


def test_undecodable_body_async_returns_none_without_throwing() -> None:
    async def scenario() -> object:
        http = httpx.AsyncClient(transport=httpx.MockTransport(bad_gzip))
        async with AsyncPromptLayer(
            api_key=KEY, base_url="https://api.test", http_client=http, throw_on_error=False
        ) as pl:
            return await pl.templates.get("welcome")

    assert asyncio.run(scenario()) is None


def test_values_json_cannot_carry_fail_before_sending() -> None:
    calls: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request)
        return httpx.Response(200)

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with PromptLayer(api_key=KEY, base_url="https://api.test", http_client=http) as pl:
        with pytest.raises(PromptLayerValidationError, match="JSON"):
            pl.templates.get("welcome", {"input_variables": {"x": math.nan}})
        with pytest.raises(PromptLayerValidationError, match="JSON"):
            pl.templates.get("welcome", {"input_variables": {"x": object()}})
    assert calls == []
