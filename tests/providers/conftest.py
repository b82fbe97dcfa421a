"""Provider proxy tests: provider traffic replayed from cassettes, PromptLayer traffic to the
local server.

Cassettes live in tests/cassettes/ and are replayed with vcrpy (record_mode "none": a request
without a recorded answer fails the test; nothing reaches the network). PromptLayer requests go
to 127.0.0.1 (`ignore_localhost`), where `LocalPromptLayer` records what was logged.

`scripts/record_cassettes.py` re-records the cassettes against the real services: it runs
these tests with PL_RECORD_CASSETTES=1 (record_mode "once", real keys from OPENAI_API_KEY /
ANTHROPIC_API_KEY) and PL_CASSETTE_DIR pointing at a fresh folder. Credentials are filtered
out of what is recorded. The provider keys used otherwise are fake.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import Any

import pytest
import vcr
from vcr.cassette import Cassette

from promptlayer import AsyncPromptLayer, PromptLayer
from promptlayer.testing import LocalPromptLayer
from tests.modes import build
from tests.providers.provider_checks import CASSETTE_DIR, PL_KEY, RECORDING

# Request headers that carry credentials or account ids: never written to a cassette.
FILTERED_REQUEST_HEADERS = [
    "authorization",
    "x-api-key",
    "api-key",
    "cookie",
    "openai-organization",
    "openai-project",
]
# Response headers naming the account: dropped before recording.
FILTERED_RESPONSE_HEADERS = {
    "set-cookie",
    "openai-organization",
    "openai-project",
    "anthropic-organization-id",
}


def _json_body(recorded: Any, made: Any) -> None:
    """Bodies match when they are the same JSON (key order and spacing aside)."""

    def parsed(request: Any) -> Any:
        body = request.body or b""
        return json.loads(body) if body else None

    assert parsed(recorded) == parsed(made), "request bodies differ"


def _scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in FILTERED_RESPONSE_HEADERS:
            del headers[name]
    return response


PROVIDER_VCR = vcr.VCR(
    cassette_library_dir=str(CASSETTE_DIR),
    record_mode="once" if RECORDING else "none",
    match_on=["method", "scheme", "host", "path", "json_body"],
    filter_headers=FILTERED_REQUEST_HEADERS,
    before_record_response=_scrub_response,
    decode_compressed_response=True,
    ignore_localhost=True,  # the local PromptLayer server is real, not replayed
)
PROVIDER_VCR.register_matcher("json_body", _json_body)

UseCassette = Callable[[str], AbstractContextManager[Cassette]]


@pytest.fixture
def cassette() -> UseCassette:
    """`with cassette("openai_chat"):` replays it, and checks every recorded request was made."""

    @contextmanager
    def use(name: str) -> Iterator[Cassette]:
        with PROVIDER_VCR.use_cassette(f"{name}.yaml") as tape:
            yield tape
        if not RECORDING:
            assert tape.all_played, f"{name}: not every recorded request was made"

    return use


@pytest.fixture
def server() -> Iterator[LocalPromptLayer]:
    with LocalPromptLayer(api_key=PL_KEY) as running:
        yield running
    assert not running.contract_errors


@pytest.fixture
def pl(server: LocalPromptLayer) -> Iterator[PromptLayer]:
    with PromptLayer(api_key=PL_KEY, base_url=server.base_url, max_retries=0) as client:
        yield client


@pytest.fixture
def mode_pl(mode: str, loop: asyncio.AbstractEventLoop, server: LocalPromptLayer) -> Iterator[Any]:
    """The PromptLayer client of `mode`: PromptLayer, or an AsyncPromptLayer behind a view."""
    made = build(
        mode, loop, PromptLayer, AsyncPromptLayer, api_key=PL_KEY, base_url=server.base_url, max_retries=0
    )
    yield made
    made.close()


def provider_client(
    mode: str, loop: asyncio.AbstractEventLoop, module: Any, class_name: str, **kwargs: Any
) -> Any:
    """`module.<class_name>(**kwargs)` (a provider proxy's client class), or for "async" its
    `Async<class_name>` twin behind a view."""
    return build(mode, loop, getattr(module, class_name), getattr(module, f"Async{class_name}"), **kwargs)
