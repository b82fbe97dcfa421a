"""Answers the client must not hand on as they are (both clients, through an httpx MockTransport).

A success whose body is not the JSON object the spec promises is a
PromptLayerUnexpectedResponseError keeping status and body; a server that echoes the API key
(or a credential header) in an error does not get it into exception messages or warnings.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from promptlayer import PromptLayerAPIError, PromptLayerUnexpectedResponseError

from .conftest import CHAT_TEMPLATE, KEY

Answer = Callable[[httpx.Request], httpx.Response]


@pytest.fixture
def mocked(
    make_client: Callable[..., Any], mode: str, loop: asyncio.AbstractEventLoop
) -> Iterator[Callable[..., Any]]:
    """mocked(answer, **client_kwargs): a client of the test's mode whose requests `answer` serves."""
    opened: list[httpx.Client | httpx.AsyncClient] = []

    def make(answer: Answer, **kwargs: Any) -> Any:
        transport = httpx.MockTransport(answer)
        http = httpx.Client(transport=transport) if mode == "sync" else httpx.AsyncClient(transport=transport)
        opened.append(http)
        return make_client(http_client=http, base_url="https://api.test", **kwargs)

    yield make
    for http in opened:
        if isinstance(http, httpx.AsyncClient):
            loop.run_until_complete(http.aclose())
        else:
            http.close()


def always(status: int, content: bytes, seen: list[httpx.Request] | None = None) -> Answer:
    def answer(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        return httpx.Response(status, content=content, headers={"Content-Type": "application/json"})

    return answer


LOG = {
    "provider": "openai",
    "model": "gpt-4o-mini",
    "input": {"type": "chat", "messages": []},
    "output": {"type": "chat", "messages": []},
    "request_start_time": 1_700_000_000,
    "request_end_time": 1_700_000_001,
}
READS: list[tuple[str, Callable[[Any], Any]]] = [
    ("templates.get", lambda c: c.templates.get("welcome")),
    ("templates.list", lambda c: c.templates.list()),
    ("templates.labels", lambda c: c.templates.labels("welcome")),
    (
        "templates.publish",
        lambda c: c.templates.publish({"prompt_name": "a", "prompt_template": CHAT_TEMPLATE}),
    ),
    ("log_request", lambda c: c.log_request(**LOG)),
    ("track.score", lambda c: c.track.score(1, 50)),
    ("group.create", lambda c: c.group.create()),
    ("run_workflow", lambda c: c.run_workflow("greeter")),
    ("skills.pull", lambda c: c.skills.pull("my-skills")),
]
NOT_OBJECTS = [b'[{"prompt_name": "welcome"}]', b'"welcome"', b"3", b"null", b"true", b""]


@pytest.mark.parametrize("content", NOT_OBJECTS, ids=["list", "string", "number", "null", "boolean", "empty"])
@pytest.mark.parametrize("read", [r for _, r in READS], ids=[n for n, _ in READS])
def test_a_success_that_is_not_an_object_is_an_error_keeping_status_and_body(
    mocked: Callable[..., Any], read: Callable[[Any], Any], content: bytes
) -> None:
    client = mocked(always(200, content), max_retries=0)
    with pytest.raises(PromptLayerUnexpectedResponseError) as caught:
        read(client)
    error = caught.value
    assert isinstance(error, PromptLayerAPIError)
    assert error.status_code == 200
    assert error.response is not None and error.response.status_code == 200
    assert error.body == (json.loads(content) if content else "")
    assert "HTTP 200" in str(error) and "object" in str(error)


def test_the_cached_path_refuses_a_list_too(mocked: Callable[..., Any]) -> None:
    client = mocked(always(200, b"[1, 2]"), cache_ttl_seconds=60, max_retries=0)
    with pytest.raises(PromptLayerUnexpectedResponseError) as caught:
        client.templates.get("welcome")
    assert caught.value.body == [1, 2]


def test_a_fallback_answers_for_an_unusable_template(mocked: Callable[..., Any]) -> None:
    client = mocked(always(200, b"[]"), max_retries=0)
    fallback = {"prompt_name": "welcome", "prompt_template": CHAT_TEMPLATE}
    result = client.templates.get("welcome", {"input_variables": {"name": "Ada"}}, fallback=fallback)
    assert result["is_fallback"] is True


def test_without_throwing_it_is_a_warning_and_none(
    mocked: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    client = mocked(always(200, b"[]"), throw_on_error=False, max_retries=0)
    with caplog.at_level(logging.WARNING, logger="promptlayer"):
        assert client.templates.get("welcome") is None
    assert any("JSON array where the API answers an object" in r.getMessage() for r in caplog.records)


def test_answers_that_may_be_anything_are_not_refused(mocked: Callable[..., Any]) -> None:
    """A workflow's final output is any JSON value: a string is the answer, not an error."""

    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/run"):
            return httpx.Response(201, json={"success": True, "workflow_version_execution_id": 9})
        return httpx.Response(200, json="Hello Ada")

    assert mocked(answer).run_workflow("greeter") == "Hello Ada"


# -- credentials echoed by the server ---------------------------------------------------------------


def echo(status: int, field: str = "message") -> Answer:
    """An error answer quoting every credential the request carried."""

    def answer(request: httpx.Request) -> httpx.Response:
        sent = [request.headers.get("x-api-key", ""), request.headers.get("authorization", "")]
        return httpx.Response(status, json={field: f"rejected credentials {' and '.join(sent)}"})

    return answer


@pytest.mark.parametrize("status", [401, 403, 422, 500])
def test_an_echoed_key_is_masked_in_the_exception_message(mocked: Callable[..., Any], status: int) -> None:
    client = mocked(echo(status), max_retries=0)
    with pytest.raises(PromptLayerAPIError) as caught:
        client.templates.get("welcome")
    assert KEY not in str(caught.value)
    assert "rejected credentials [redacted]" in str(caught.value)
    assert KEY in json.dumps(caught.value.body)  # the body is kept as the server sent it


def test_an_echoed_credential_header_is_masked_too(mocked: Callable[..., Any]) -> None:
    token = "Bearer proxy-token-123456"
    client = mocked(echo(401, field="detail"), default_headers={"Authorization": token}, max_retries=0)
    with pytest.raises(PromptLayerAPIError) as caught:
        client.track.score(1, 50)
    assert KEY not in str(caught.value) and token not in str(caught.value)


def test_an_echoed_key_is_masked_in_the_warning(
    mocked: Callable[..., Any], caplog: pytest.LogCaptureFixture
) -> None:
    client = mocked(echo(401), throw_on_error=False)
    with caplog.at_level(logging.DEBUG, logger="promptlayer"):
        assert client.templates.get("welcome") is None
        assert client.track.score(1, 50) is None
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "[redacted]" in logged
    assert KEY not in logged


def test_an_echoed_key_is_masked_in_a_failed_workflow(mocked: Callable[..., Any]) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/run"):
            return httpx.Response(201, json={"success": True, "workflow_version_execution_id": 9})
        node = {"status": "FAILED", "is_output_node": True, "error_message": f"tool got key {KEY}"}
        return httpx.Response(200, json={"answer": node})

    with pytest.raises(PromptLayerAPIError) as caught:
        mocked(answer).run_workflow("greeter")
    assert str(caught.value) == "Workflow 'greeter' failed: answer: tool got key [redacted]"


def test_a_key_at_the_cut_of_a_long_text_answer_is_masked_before_the_cut(mocked: Callable[..., Any]) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(502, text="x" * 196 + request.headers["x-api-key"] + " refused")

    with pytest.raises(PromptLayerAPIError) as caught:
        mocked(answer, max_retries=0).templates.get("welcome")
    shown = str(caught.value).split("x" * 196)[1]
    assert shown == "[red..."  # the text is cut at 200 characters, after the key was masked
