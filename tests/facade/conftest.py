"""Fixtures for facade tests: a local server, and one client fixture that is sync or async.

`pl` is parametrized over both clients (the root `mode` fixture). For the async client it is
a view (tests/modes.py) that runs every awaited method to completion on the test's loop, so
one test body exercises `PromptLayer` and `AsyncPromptLayer` through exactly the same calls.
Backoff sleeps are recorded in `sleeps` instead of slept.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from promptlayer import AsyncPromptLayer, PromptLayer
from promptlayer.testing import LocalPromptLayer, recorded_waits

from ..modes import build

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


@pytest.fixture
def make_client(
    server: LocalPromptLayer, sleeps: list[float], mode: str, loop: asyncio.AbstractEventLoop
) -> Iterator[Any]:
    """Build a client of the test's mode: make_client(cache_ttl_seconds=60, ...)."""
    made: list[Any] = []

    def make(**kwargs: Any) -> Any:
        kwargs.setdefault("api_key", KEY)
        kwargs.setdefault("base_url", server.base_url)
        client = build(mode, loop, PromptLayer, AsyncPromptLayer, **kwargs)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def pl(make_client: Any) -> Any:
    """A client (sync or async view) against the local server, cache off."""
    return make_client()
