"""Fixtures for facade tests: a local server, and one client fixture that is sync or async.

`pl` is parametrized over both clients. For the async client it is a view that runs every
awaited method to completion on the test's own event loop, so one test body exercises
`PromptLayer` and `AsyncPromptLayer` through exactly the same calls. Backoff sleeps are
recorded in `sleeps` instead of slept.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Iterator
from typing import Any

import pytest

from promptlayer import AsyncPromptLayer, PromptLayer
from promptlayer.testing import LocalPromptLayer, recorded_waits

KEY = "facade-test-key"

CHAT_TEMPLATE: dict[str, Any] = {
    "type": "chat",
    "input_variables": ["name", "topic"],
    "messages": [
        {"role": "system", "content": [{"type": "text", "text": "You are a concise assistant."}]},
        {"role": "user", "content": [{"type": "text", "text": "Hi {name}, tell me about {topic}."}]},
    ],
}
MODEL = {"model": {"provider": "openai", "name": "gpt-4o-mini", "parameters": {"temperature": 0.2}}}
SEED: dict[str, Any] = {
    "prompt_templates": [
        {
            "prompt_name": "welcome",
            "tags": ["onboarding"],
            "versions": [
                {"prompt_template": CHAT_TEMPLATE, "metadata": MODEL, "commit_message": "v1"},
                {
                    "prompt_template": CHAT_TEMPLATE,
                    "metadata": MODEL,
                    "commit_message": "v2",
                    "release_labels": ["prod"],
                },
            ],
        }
    ]
}


class AsyncView:
    """Makes an async object callable like its sync twin (for parametrized tests)."""

    def __init__(self, target: Any, loop: asyncio.AbstractEventLoop) -> None:
        self._target = target
        self._loop = loop

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if inspect.isasyncgenfunction(value):
            return lambda *a, **k: self._drain(value(*a, **k))
        if inspect.iscoroutinefunction(value):
            return lambda *a, **k: self._loop.run_until_complete(value(*a, **k))
        if callable(value) or isinstance(value, (int, str, float, bool, type(None), dict, list)):
            return value
        return AsyncView(value, self._loop)

    def _drain(self, generator: Any) -> Iterator[Any]:
        async def collect() -> list[Any]:
            return [item async for item in generator]

        return iter(self._loop.run_until_complete(collect()))

    def close(self) -> None:
        self._loop.run_until_complete(self._target.aclose())


@pytest.fixture
def promptlayer_seed() -> dict[str, Any]:
    return SEED


@pytest.fixture
def server(promptlayer_seed: dict[str, Any]) -> Iterator[LocalPromptLayer]:
    with LocalPromptLayer(api_key=KEY, seed=promptlayer_seed) as running:
        yield running


@pytest.fixture
def sleeps() -> Iterator[list[float]]:
    """Backoff and polling waits the clients asked for, in order (recorded, never slept)."""
    with recorded_waits() as waits:
        yield waits


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def make_client(server: LocalPromptLayer, sleeps: list[float], mode: str) -> Iterator[Any]:
    """Build a client of the test's mode: make_client(cache_ttl_seconds=60, ...)."""
    made: list[Any] = []
    loop = asyncio.new_event_loop()

    def make(**kwargs: Any) -> Any:
        kwargs.setdefault("api_key", KEY)
        kwargs.setdefault("base_url", server.base_url)
        if mode == "sync":
            client: Any = PromptLayer(**kwargs)
        else:
            client = AsyncView(AsyncPromptLayer(**kwargs), loop)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()
    loop.close()


@pytest.fixture
def pl(make_client: Any) -> Any:
    """A client (sync or async view) against the local server, cache off."""
    return make_client()
