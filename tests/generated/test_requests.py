"""The generated operations build exactly the requests the spec describes.

Each test drives `sync_detailed` and `asyncio_detailed` through an httpx MockTransport
that records the request and answers with a canned response.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from typing import Any

import httpx
import pytest
from promptlayer_api import AuthenticatedClient
from promptlayer_api.api.prompt_templates import (
    get_prompt_template,
    list_prompt_templates,
    publish_prompt_template,
)
from promptlayer_api.api.tracking import log_request
from promptlayer_api.models import (
    ChatPrompt,
    CreatePromptTemplate,
    CreatePromptTemplateResponse,
    GetPromptTemplate,
    GetPromptTemplateInputVariablesType0,
    GetPromptTemplateResponse,
    ListPromptTemplates,
    LlmKwargsProvider,
    LogRequest,
    LogRequestResponse,
    PromptTemplateStatusFilter,
    PromptVersion,
    TextContent,
    UserMessage,
)

from tests.modes import call_operation

KEY = "pl_test_key_123"
CHAT = {
    "type": "chat",
    "messages": [{"role": "user", "content": [{"type": "text", "text": "Hi {name}"}]}],
}


class Recorder:
    """A transport that remembers requests and replies with one JSON answer."""

    def __init__(self, status: int, payload: Any) -> None:
        self.requests: list[httpx.Request] = []
        self.status = status
        self.payload = payload

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, json=self.payload)

    @property
    def only(self) -> httpx.Request:
        assert len(self.requests) == 1
        return self.requests[0]


def make_client(recorder: Recorder, mode: str) -> AuthenticatedClient:
    client = AuthenticatedClient(
        base_url="https://api.test", token=KEY, prefix="", auth_header_name="X-API-KEY"
    )
    transport = httpx.MockTransport(recorder)
    if mode == "sync":
        client.set_httpx_client(
            httpx.Client(base_url="https://api.test", transport=transport, headers={"X-API-KEY": KEY})
        )
    else:
        client.set_async_httpx_client(
            httpx.AsyncClient(base_url="https://api.test", transport=transport, headers={"X-API-KEY": KEY})
        )
    return client


def call(mode: str, module: Any, **kwargs: Any) -> Any:
    """The operation's Response in the test's mode (tests/modes.py), on a loop of its own."""
    loop = asyncio.new_event_loop()
    try:
        return call_operation(mode, module, loop, **kwargs)
    finally:
        loop.close()


def assert_auth(request: httpx.Request) -> None:
    assert request.headers["X-API-KEY"] == KEY
    assert "authorization" not in request.headers


def test_get_prompt_template_posts_the_body(mode: str) -> None:
    answer = {"id": 7, "prompt_name": "welcome", "prompt_template": CHAT, "version": 3, "llm_kwargs": None}
    recorder = Recorder(200, answer)
    body = GetPromptTemplate(
        version=3,
        provider=LlmKwargsProvider.OPENAI,
        input_variables=GetPromptTemplateInputVariablesType0.from_dict({"name": "Ada"}),
        skip_input_variable_rendering=True,
    )
    response = call(
        mode, get_prompt_template, identifier="welcome/x", client=make_client(recorder, mode), body=body
    )

    request = recorder.only
    assert_auth(request)
    assert request.method == "POST"
    assert request.url.raw_path == b"/prompt-templates/welcome%2Fx"
    assert json.loads(request.content) == {
        "version": 3,
        "provider": "openai",
        "input_variables": {"name": "Ada"},
        "skip_input_variable_rendering": True,
    }
    assert request.headers["content-type"] == "application/json"
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, GetPromptTemplateResponse)
    assert isinstance(parsed.prompt_template, ChatPrompt)
    message = parsed.prompt_template.messages[0]
    assert isinstance(message, UserMessage)
    assert isinstance(message.content[0], TextContent)
    assert message.content[0].text == "Hi {name}"


def test_get_prompt_template_without_body_sends_none(mode: str) -> None:
    recorder = Recorder(200, {"id": 1, "prompt_name": "a", "prompt_template": CHAT})
    call(mode, get_prompt_template, identifier="a", client=make_client(recorder, mode))
    assert recorder.only.content == b""


def test_list_prompt_templates_query_string(mode: str) -> None:
    envelope = {
        "has_next": False,
        "has_prev": False,
        "items": [],
        "next_num": 0,
        "prev_num": 0,
        "page": 2,
        "pages": 2,
        "total": 11,
    }
    recorder = Recorder(200, envelope)
    response = call(
        mode,
        list_prompt_templates,
        client=make_client(recorder, mode),
        page=2,
        per_page=10,
        tags=["prod", "beta"],
        status=PromptTemplateStatusFilter.ALL,
        external_source="github",
        external_id="repo#1",
    )
    request = recorder.only
    assert_auth(request)
    assert request.method == "GET"
    assert request.url.path == "/prompt-templates"
    assert request.url.params.multi_items() == [
        ("page", "2"),
        ("per_page", "10"),
        ("tags", "prod"),
        ("tags", "beta"),
        ("status", "all"),
        ("external_source", "github"),
        ("external_id", "repo#1"),
    ]
    assert request.content == b""
    assert isinstance(response.parsed, ListPromptTemplates)
    assert response.parsed.total == 11


def test_publish_prompt_template_body(mode: str) -> None:
    answer = {
        "id": 5,
        "prompt_name": "welcome",
        "prompt_template": CHAT,
        "prompt_version_id": 12,
        "version_number": 2,
        "tags": ["prod"],
        "external_ids": [],
        "release_labels": ["prod"],
    }
    recorder = Recorder(200, answer)
    body = CreatePromptTemplate.from_dict(
        {
            "prompt_template": {"prompt_name": "welcome", "tags": ["prod"]},
            "prompt_version": {"prompt_template": CHAT, "commit_message": "first"},
            "release_labels": ["prod"],
        }
    )
    response = call(mode, publish_prompt_template, client=make_client(recorder, mode), body=body)
    request = recorder.only
    assert_auth(request)
    assert request.method == "POST"
    assert request.url.path == "/rest/prompt-templates"
    sent = json.loads(request.content)
    assert sent["prompt_template"] == {"prompt_name": "welcome", "tags": ["prod"]}
    assert sent["prompt_version"]["commit_message"] == "first"
    assert sent["prompt_version"]["prompt_template"]["messages"][0]["content"] == [
        {"type": "text", "text": "Hi {name}"}
    ]
    assert sent["release_labels"] == ["prod"]
    assert response.status_code == 200
    assert isinstance(response.parsed, CreatePromptTemplateResponse)


def test_log_request_body(mode: str) -> None:
    recorder = Recorder(201, {"id": 99, "prompt_version": {"prompt_template": CHAT}, "status": "SUCCESS"})
    start = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    body = LogRequest.from_dict(
        {
            "provider": "openai",
            "model": "gpt-4o",
            "input": CHAT,
            "output": {
                "type": "chat",
                "messages": [{"role": "assistant", "content": [{"type": "text", "text": "Hello"}]}],
            },
            "request_start_time": start.isoformat(),
            "request_end_time": (start + dt.timedelta(seconds=2)).isoformat(),
            "tags": ["t1"],
            "metadata": {"user": "u1"},
            "score_name": "quality",
        }
    )
    response = call(mode, log_request, client=make_client(recorder, mode), body=body)
    request = recorder.only
    assert_auth(request)
    assert request.url.path == "/log-request"
    sent = json.loads(request.content)
    assert sent["provider"] == "openai"
    assert sent["request_start_time"] == "2026-01-02T03:04:05+00:00"
    assert sent["request_end_time"] == "2026-01-02T03:04:07+00:00"
    assert sent["metadata"] == {"user": "u1"}
    assert sent["score_name"] == "quality"
    assert sent["output"]["messages"][0]["role"] == "assistant"
    assert isinstance(response.parsed, LogRequestResponse)
    assert response.parsed.id == 99
    assert isinstance(response.parsed.prompt_version, PromptVersion)


@pytest.mark.parametrize(
    ("content_type", "body", "expect_parsed"),
    [
        ("text/html", b"<html>502 Bad Gateway</html>", False),
        ("application/json", b'{"success": false, "message": "nope"}', True),
    ],
)
def test_error_bodies_parse_only_when_json(content_type: str, body: bytes, expect_parsed: bool) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(401, content=body, headers={"content-type": content_type})

    client = AuthenticatedClient(
        base_url="https://api.test", token=KEY, prefix="", auth_header_name="X-API-KEY"
    )
    client.set_httpx_client(httpx.Client(base_url="https://api.test", transport=httpx.MockTransport(handler)))
    response = get_prompt_template.sync_detailed("x", client=client)
    assert response.status_code == 401
    assert response.content == body
    assert (response.parsed is not None) is expect_parsed


def test_client_builds_its_own_pool_with_the_key_header() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": 1, "prompt_name": "a", "prompt_template": CHAT})

    client = AuthenticatedClient(
        base_url="https://api.test",
        token=KEY,
        prefix="",
        auth_header_name="X-API-KEY",
        httpx_args={"transport": httpx.MockTransport(handler)},
    )
    with client:
        get_prompt_template.sync_detailed("a", client=client)
        get_prompt_template.sync_detailed("b", client=client)
    assert [r.headers["X-API-KEY"] for r in seen] == [KEY, KEY]
    assert all("authorization" not in r.headers for r in seen)
    assert KEY not in repr(client)
