"""AsyncPromptLayer's background logs: sent from a worker thread, so the end of the caller's
event loop cannot cancel them, and aclose() delivers every pending log."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from promptlayer import AsyncPromptLayer
from promptlayer._context import AsyncContext
from promptlayer.client import context_of
from promptlayer.testing import LocalPromptLayer

KEY = "async-call-log-key"


def log_body(tag: str) -> dict[str, Any]:
    now = time.time()
    return {
        "function_name": "openai.chat.completions.create",
        "provider_type": "openai",
        "args": [],
        "kwargs": {"model": "gpt-4o-mini"},
        "request_response": {},
        "request_start_time": now,
        "request_end_time": now,
        "tags": [tag],
    }


@pytest.fixture
def server() -> Iterator[LocalPromptLayer]:
    with LocalPromptLayer(api_key=KEY) as running:
        yield running
    assert not running.contract_errors


def tags_logged(server: LocalPromptLayer) -> list[str]:
    return sorted(request.json()["tags"][0] for request in server.requests_for("track_request"))


def async_context(client: AsyncPromptLayer) -> AsyncContext:
    context = context_of(client)
    assert isinstance(context, AsyncContext)  # context_of() is typed for both kinds of client
    return context


def test_logs_outlive_the_event_loop(server: LocalPromptLayer) -> None:
    apl = AsyncPromptLayer(api_key=KEY, base_url=server.base_url)

    async def main() -> None:  # submits and returns: asyncio.run then cancels what is pending
        for index in range(5):
            async_context(apl).call_log.submit(log_body(f"t{index}"))

    asyncio.run(main())
    deadline = time.monotonic() + 10
    while len(tags_logged(server)) < 5 and time.monotonic() < deadline:  # no loop runs now
        time.sleep(0.01)
    assert tags_logged(server) == [f"t{index}" for index in range(5)]
    asyncio.run(apl.aclose())


def test_aclose_delivers_background_and_sync_code_logs(server: LocalPromptLayer) -> None:
    async def main() -> None:
        async with AsyncPromptLayer(api_key=KEY, base_url=server.base_url) as apl:
            context = async_context(apl)
            context.call_log.submit(log_body("from-async-code"))
            # What sync provider code under an async client logs through (no loop to use):
            await asyncio.to_thread(context.sync_log().submit, log_body("from-sync-code"))

    asyncio.run(main())
    assert tags_logged(server) == ["from-async-code", "from-sync-code"]


def test_with_your_own_http_client_logs_go_through_it(server: LocalPromptLayer) -> None:
    seen: list[str] = []

    async def record(request: httpx.Request) -> None:
        seen.append(request.url.path)

    async def main() -> None:
        async with (
            httpx.AsyncClient(event_hooks={"request": [record]}) as mine,
            AsyncPromptLayer(api_key=KEY, base_url=server.base_url, http_client=mine) as apl,
        ):
            async_context(apl).call_log.submit(log_body("own-client"))
            await apl.flush()

    asyncio.run(main())
    assert seen == ["/track-request"]
    assert tags_logged(server) == ["own-client"]
