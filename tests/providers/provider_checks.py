"""Shared by the provider tests: the keys in use, and reading what PromptLayer received."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from promptlayer.testing import LocalPromptLayer

RECORDING = os.environ.get("PL_RECORD_CASSETTES") == "1"
CASSETTE_DIR = Path(os.environ.get("PL_CASSETTE_DIR") or Path(__file__).parent.parent / "cassettes")

OPENAI_KEY = os.environ.get("OPENAI_API_KEY", "") if RECORDING else "sk-test-openai-FAKE-0123456789abcdef"
ANTHROPIC_KEY = os.environ.get("ANTHROPIC_API_KEY", "") if RECORDING else "sk-ant-test-FAKE-0123456789abcdef"
# The key the 401 cassettes are recorded with, in both modes: the services reject it.
INVALID_KEY = "sk-test-invalid-FAKE-000000000000"
KEYS = tuple(key for key in (OPENAI_KEY, ANTHROPIC_KEY, INVALID_KEY) if key)
PL_KEY = "pl-provider-tests-key"


def logged(server: LocalPromptLayer, client: Any = None) -> list[dict[str, Any]]:
    """The /track-request bodies the server received (after the background logs of `client`,
    a PromptLayer client of either mode)."""
    if client is not None:
        client.flush(timeout=10)
    return [request.json() for request in server.requests_for("track_request")]


def wait_for_logs(server: LocalPromptLayer, count: int, timeout: float = 10) -> list[dict[str, Any]]:
    """For logs sent from threads the test does not own."""
    deadline = time.monotonic() + timeout
    while len(server.requests_for("track_request")) < count and time.monotonic() < deadline:
        time.sleep(0.01)
    return logged(server)


def check_log(
    body: dict[str, Any],
    *,
    function_name: str,
    provider_type: str,
    kwargs: dict[str, Any],
    tags: list[str] | None = None,
    status: str = "SUCCESS",
    started_after: float | None = None,
) -> dict[str, Any]:
    """The parts of a /track-request body every call shares; answers its request_response."""
    assert body["function_name"] == function_name
    assert body["provider_type"] == provider_type
    assert body["args"] == []
    assert body["kwargs"] == kwargs
    assert body["tags"] == (tags or [])
    assert body["status"] == status
    if status == "SUCCESS":
        assert "error_type" not in body and "error_message" not in body
    start, end = body["request_start_time"], body["request_end_time"]
    assert isinstance(start, float) and isinstance(end, float)
    assert start <= end <= time.time()
    if started_after is not None:
        assert start >= started_after
    text = json.dumps(body)
    for key in KEYS:
        assert key not in text, "a provider key reached PromptLayer"
    response: dict[str, Any] = body["request_response"]
    return response
