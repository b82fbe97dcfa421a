"""`client.run()`: fetch a template, call its provider, log the call, for both clients.

PromptLayer traffic goes to the local server, seeded with templates for OpenAI chat
completions, the OpenAI Responses API and Anthropic messages; provider traffic is replayed
from the `run_*` cassettes (tests/cassettes/), whose request bodies are exactly what the
provider SDKs send for those templates' `llm_kwargs`. Every test runs with PromptLayer and
with AsyncPromptLayer (the `mode` fixture).
"""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from collections.abc import Callable, Iterator
from typing import Any

import anthropic
import httpx
import openai
import pytest
from anthropic.types import Message, RawMessageStreamEvent
from openai.types import Completion
from openai.types.chat import ChatCompletion, ChatCompletionChunk
from openai.types.responses import Response

from promptlayer import AsyncPromptLayer, PromptLayer, PromptLayerError, PromptLayerValidationError
from promptlayer.client import context_of
from promptlayer.providers.formats.anthropic_messages import anthropic_message
from promptlayer.providers.formats.openai_chat import openai_chat_completion
from promptlayer.providers.formats.openai_responses import openai_response
from promptlayer.run import RunCall
from promptlayer.testing import Fault, LocalPromptLayer
from tests.modes import build
from tests.providers.provider_checks import (
    ANTHROPIC_KEY,
    INVALID_KEY,
    KEYS,
    OPENAI_KEY,
    PL_KEY,
    RECORDING,
    check_log,
)

# The run_* cassettes answer calls made from these templates; not re-recorded by the script.
pytestmark = pytest.mark.skipif(RECORDING, reason="run_* cassettes are written by hand")

SYSTEM = "You are terse."
VARIABLES = {"count": "five"}
CHAT_TEMPLATE: dict[str, Any] = {
    "type": "chat",
    "input_variables": ["count"],
    "messages": [
        {"role": "system", "content": [{"type": "text", "text": SYSTEM}]},
        {"role": "user", "content": [{"type": "text", "text": "Say hello in {count} words."}]},
    ],
}
OPENAI_MODEL = {"model": {"provider": "openai", "name": "gpt-4o-mini", "parameters": {"temperature": 0}}}
RESPONSES_MODEL = {
    "model": {"provider": "openai", "name": "gpt-4o-mini", "api_type": "responses", "parameters": {}}
}
ANTHROPIC_MODEL = {
    "model": {"provider": "anthropic", "name": "claude-haiku-4-5", "parameters": {"max_tokens": 64}}
}


def _template(name: str, metadata: dict[str, Any], versions: int = 1, **extra: Any) -> dict[str, Any]:
    entries: list[dict[str, Any]] = [
        {"prompt_template": extra.get("prompt_template", CHAT_TEMPLATE), "metadata": metadata}
        for _ in range(versions)
    ]
    entries[-1]["release_labels"] = ["prod"]
    return {"prompt_name": name, "versions": entries}


SEED = {
    "prompt_templates": [
        _template("greeting", OPENAI_MODEL, versions=2),  # ids: 1
        _template("greeting-responses", RESPONSES_MODEL),  # 2
        _template("greeting-claude", ANTHROPIC_MODEL),  # 3
        _template("greeting-gemini", {"model": {"provider": "google", "name": "gemini-2.5-flash"}}),
        _template("greeting-images", {"model": {**OPENAI_MODEL["model"], "api_type": "images"}}),
        _template(
            "claude-completion",
            ANTHROPIC_MODEL,
            prompt_template={"type": "completion", "content": [{"type": "text", "text": "Hi"}]},
        ),
        _template("no-model", {}),
        _template(
            "hello-completion",
            {
                "model": {
                    "provider": "openai",
                    "name": "gpt-3.5-turbo-instruct",
                    "parameters": {"max_tokens": 8},
                }
            },
            prompt_template={"type": "completion", "content": [{"type": "text", "text": "Say hello:"}]},
        ),
    ]
}
TEMPLATE_IDS = {"greeting": 1, "greeting-responses": 2, "greeting-claude": 3, "hello-completion": 8}

# What the templates' llm_kwargs are, rendered with VARIABLES (and what the cassettes hold).
USER = "Say hello in five words."
CHAT_KWARGS: dict[str, Any] = {
    "model": "gpt-4o-mini",
    "temperature": 0,
    "messages": [
        {"role": "system", "content": [{"type": "text", "text": SYSTEM}]},
        {"role": "user", "content": [{"type": "text", "text": USER}]},
    ],
    "stream": False,
}
CHAT_STREAM_KWARGS = {**CHAT_KWARGS, "stream": True, "stream_options": {"include_usage": True}}
RESPONSES_KWARGS: dict[str, Any] = {
    "model": "gpt-4o-mini",
    "input": [
        {"role": "system", "content": [{"type": "input_text", "text": SYSTEM}]},
        {"role": "user", "content": [{"type": "input_text", "text": USER}]},
    ],
    "stream": False,
}
MESSAGES_KWARGS: dict[str, Any] = {
    "model": "claude-haiku-4-5",
    "max_tokens": 64,
    "messages": [{"role": "user", "content": [{"type": "text", "text": USER}]}],
    "system": SYSTEM,
    "stream": False,
}
COMPLETION_KWARGS: dict[str, Any] = {
    "model": "gpt-3.5-turbo-instruct",
    "max_tokens": 8,
    "prompt": "Say hello:",
    "stream": False,
}
REPLY = "Hello there, nice to meet!"
CLAUDE_REPLY = "Hello there, nice to meet you!"
# The template's messages as rendered: what every blueprint starts with.
RENDERED_MESSAGES = [
    {"role": "system", "content": [{"type": "text", "text": SYSTEM}]},
    {"role": "user", "content": [{"type": "text", "text": USER}]},
]


# -- fixtures: one test body for both clients ----------------------------------------------------


@pytest.fixture
def server() -> Iterator[LocalPromptLayer]:
    with LocalPromptLayer(api_key=PL_KEY, seed=SEED) as running:
        yield running
    assert not running.contract_errors


@pytest.fixture
def make_client(
    mode: str, loop: asyncio.AbstractEventLoop, server: LocalPromptLayer
) -> Iterator[Callable[..., Any]]:
    """A client of the test's mode (tests/modes.py), retries off: make_client(**options)."""
    made: list[Any] = []

    def make(**options: Any) -> Any:
        settings = {"api_key": PL_KEY, "base_url": server.base_url, "max_retries": 0, **options}
        client = build(mode, loop, PromptLayer, AsyncPromptLayer, **settings)
        made.append(client)
        return client

    yield make
    for client in made:
        client.close()


@pytest.fixture
def pl(make_client: Callable[..., Any]) -> Any:
    return make_client()


@pytest.fixture(autouse=True)
def provider_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """The provider SDKs read their keys from the environment: fake ones here."""
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    monkeypatch.setenv("ANTHROPIC_API_KEY", ANTHROPIC_KEY)
    for name in ("OPENAI_BASE_URL", "ANTHROPIC_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.delenv("ANTHROPIC_AUTH_TOKEN", raising=False)


def tracked(server: LocalPromptLayer) -> list[dict[str, Any]]:
    return [request.json() for request in server.requests_for("track_request")]


def template_requests(server: LocalPromptLayer) -> list[dict[str, Any]]:
    return [request.json() for request in server.requests_for("get_prompt_template")]


def check_run_log(
    body: dict[str, Any],
    *,
    function_name: str,
    provider_type: str,
    kwargs: dict[str, Any],
    prompt_name: str,
    version: int = 1,
    tags: list[str] | None = None,
    status: str = "SUCCESS",
) -> dict[str, Any]:
    """The /track-request body of a run; answers its request_response."""
    response = check_log(
        body,
        function_name=function_name,
        provider_type=provider_type,
        kwargs=kwargs,
        tags=tags,
        status=status,
    )
    assert body["prompt_id"] == TEMPLATE_IDS[prompt_name]
    assert body["prompt_version"] == version
    assert body["prompt_input_variables"] == (VARIABLES if prompt_name != "hello-completion" else {})
    assert body["return_prompt_blueprint"] is True
    return response


def assistant_text(blueprint: dict[str, Any]) -> str:
    message = blueprint["prompt_template"]["messages"][-1]
    assert message["role"] == "assistant"
    return "".join(part["text"] for part in message["content"] if part["type"] == "text")


# -- non-streamed runs ---------------------------------------------------------------------------


def test_openai_chat(pl: Any, server: LocalPromptLayer, cassette: Any) -> None:
    with cassette("run_openai_chat"):
        result = pl.run("greeting", input_variables=VARIABLES)

    assert set(result) == {"request_id", "raw_response", "prompt_blueprint"}
    response = result["raw_response"]
    assert type(response) is ChatCompletion
    assert response.choices[0].message.content == REPLY
    (body,) = tracked(server)
    logged_response = check_run_log(
        body,
        function_name="openai.chat.completions.create",
        provider_type="openai",
        kwargs=CHAT_KWARGS,
        prompt_name="greeting",
        version=2,  # the latest version
    )
    assert logged_response == response.model_dump(mode="json")
    assert "metadata" not in body or body["metadata"] == {}
    assert "group_id" not in body
    # The request id and blueprint are the ones PromptLayer answered.
    assert isinstance(result["request_id"], int)
    assert server.state.tracking.get(result["request_id"]) is not None
    blueprint = result["prompt_blueprint"]
    assert blueprint["prompt_template"]["messages"][:2] == RENDERED_MESSAGES
    assert assistant_text(blueprint) == REPLY
    assert blueprint["metadata"]["model"]["provider"] == "openai"
    # The template was fetched rendered, for exactly these parameters.
    assert template_requests(server) == [{"input_variables": VARIABLES}]


def test_anthropic_messages(pl: Any, server: LocalPromptLayer, cassette: Any) -> None:
    with cassette("run_anthropic_messages"):
        result = pl.run("greeting-claude", input_variables=VARIABLES, tags=["claude"])

    response = result["raw_response"]
    assert type(response) is Message
    assert response.content[0].text == CLAUDE_REPLY  # type: ignore[union-attr]
    (body,) = tracked(server)
    logged_response = check_run_log(
        body,
        function_name="anthropic.messages.create",
        provider_type="anthropic",
        kwargs=MESSAGES_KWARGS,
        prompt_name="greeting-claude",
        tags=["claude"],
    )
    assert logged_response == response.model_dump(mode="json")
    assert isinstance(result["request_id"], int)
    assert result["prompt_blueprint"]["prompt_template"]["messages"][:2] == RENDERED_MESSAGES
    assert assistant_text(result["prompt_blueprint"]) == CLAUDE_REPLY


def test_openai_responses_api(pl: Any, server: LocalPromptLayer, cassette: Any) -> None:
    with cassette("run_openai_responses"):
        result = pl.run("greeting-responses", input_variables=VARIABLES)

    response = result["raw_response"]
    assert type(response) is Response
    assert response.output_text == REPLY
    (body,) = tracked(server)
    logged_response = check_run_log(
        body,
        function_name="openai.responses.create",
        provider_type="openai",
        kwargs=RESPONSES_KWARGS,
        prompt_name="greeting-responses",
    )
    assert logged_response == response.model_dump(mode="json")
    assert isinstance(result["request_id"], int)
    assert assistant_text(result["prompt_blueprint"]) == REPLY


def test_openai_completion_template(pl: Any, server: LocalPromptLayer, cassette: Any) -> None:
    with cassette("run_openai_completion"):
        result = pl.run("hello-completion")

    response = result["raw_response"]
    assert type(response) is Completion
    assert response.choices[0].text == "\n\nHello! How are you?"
    (body,) = tracked(server)
    logged_response = check_run_log(
        body,
        function_name="openai.completions.create",
        provider_type="openai",
        kwargs=COMPLETION_KWARGS,
        prompt_name="hello-completion",
    )
    assert logged_response == response.model_dump(mode="json")
    assert isinstance(result["request_id"], int)
    assert result["prompt_blueprint"]["prompt_template"]["type"] == "completion"


def test_tags_metadata_group_and_version_are_logged(pl: Any, server: LocalPromptLayer, cassette: Any) -> None:
    group_id = pl.group.create()
    with cassette("run_openai_chat"):
        result = pl.run(
            "greeting",
            prompt_version=1,
            input_variables=VARIABLES,
            tags=["a", "b"],
            metadata={"user": "u-1", "session": "s-9"},
            group_id=group_id,
        )

    (body,) = tracked(server)
    check_run_log(
        body,
        function_name="openai.chat.completions.create",
        provider_type="openai",
        kwargs=CHAT_KWARGS,
        prompt_name="greeting",
        version=1,
        tags=["a", "b"],
    )
    assert body["metadata"] == {"user": "u-1", "session": "s-9"}
    assert body["group_id"] == group_id
    # metadata is the log's, not a template filter.
    assert template_requests(server) == [{"version": 1, "input_variables": VARIABLES}]
    stored = server.state.tracking.get(result["request_id"])
    assert stored is not None
    assert stored["metadata"] == {"user": "u-1", "session": "s-9"}
    assert stored["group_id"] == group_id
    assert stored["tags"] == ["a", "b"]


def test_release_label_selects_the_version(pl: Any, server: LocalPromptLayer, cassette: Any) -> None:
    with cassette("run_openai_chat"):
        pl.run("greeting", prompt_release_label="prod", input_variables=VARIABLES)
    (body,) = tracked(server)
    assert body["prompt_version"] == 2
    assert template_requests(server) == [{"label": "prod", "input_variables": VARIABLES}]


def test_cached_template_second_run_fetches_nothing(
    make_client: Callable[..., Any], server: LocalPromptLayer, cassette: Any
) -> None:
    pl = make_client(cache_ttl_seconds=60)
    with cassette("run_openai_chat_twice"):
        first = pl.run("greeting", input_variables=VARIABLES, metadata={"run": "1"})
        second = pl.run("greeting", input_variables=VARIABLES, metadata={"run": "2"})

    # One template request (unrendered, for the cache); different metadata hits the same entry.
    (fetch,) = template_requests(server)
    assert fetch == {"skip_input_variable_rendering": True}
    assert first["raw_response"].id != second["raw_response"].id
    bodies = tracked(server)
    assert [body["metadata"] for body in bodies] == [{"run": "1"}, {"run": "2"}]
    for body in bodies:  # rendered locally, the same kwargs reach the provider
        assert body["kwargs"] == CHAT_KWARGS
        assert body["prompt_id"] == 1 and body["prompt_version"] == 2


def _with_gateway(response: httpx.Response, request: httpx.Request, content: bytes) -> httpx.Response:
    """A template answer as PromptLayer gives it for a template with a custom base URL."""
    if request.method != "POST" or not request.url.path.startswith("/prompt-templates/"):
        return httpx.Response(response.status_code, headers=response.headers, content=content)
    answer = {**json.loads(content), "provider_base_url": GATEWAY}
    headers = {k: v for k, v in response.headers.items() if k.lower() != "content-length"}
    return httpx.Response(response.status_code, headers=headers, json=answer)


class GatewayTransport(httpx.HTTPTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        return _with_gateway(response, request, response.read())


class AsyncGatewayTransport(httpx.AsyncHTTPTransport):
    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await super().handle_async_request(request)
        return _with_gateway(response, request, await response.aread())


GATEWAY = {"id": 7, "name": "gateway", "provider": "openai", "url": "https://llm-gateway.example.com/v1"}


def test_template_base_url_is_honoured(
    mode: str, make_client: Callable[..., Any], server: LocalPromptLayer, cassette: Any
) -> None:
    """A template's `provider_base_url` (the local server has none: added to its answer on
    the way, as the service would send it)."""
    http_client: Any = (
        httpx.Client(transport=GatewayTransport())
        if mode == "sync"
        else httpx.AsyncClient(transport=AsyncGatewayTransport())
    )
    pl = make_client(http_client=http_client)
    with cassette("run_openai_chat_base_url"):  # answers llm-gateway.example.com only
        result = pl.run("greeting", input_variables=VARIABLES)
    assert result["raw_response"].choices[0].message.content == REPLY
    (body,) = tracked(server)
    assert body["kwargs"] == CHAT_KWARGS


# -- streamed runs -------------------------------------------------------------------------------


def check_items(items: list[dict[str, Any]], texts: list[str]) -> None:
    """Items carry no request id but the last; each blueprint holds the reply so far."""
    assert [item["request_id"] for item in items[:-1]] == [None] * (len(items) - 1)
    assert isinstance(items[-1]["request_id"], int)
    assert len(texts) == len(items)
    for item, text in zip(items[:-1], texts, strict=False):
        blueprint = item["prompt_blueprint"]
        assert blueprint["prompt_template"]["messages"][:2] == RENDERED_MESSAGES
        assert assistant_text(blueprint) == text
    assert assistant_text(items[-1]["prompt_blueprint"]) == texts[-1]


def test_openai_chat_stream(pl: Any, server: LocalPromptLayer, cassette: Any) -> None:
    with cassette("run_openai_chat_stream"):
        items = list(pl.run("greeting", input_variables=VARIABLES, stream=True, tags=["s"]))

    chunks = [item["raw_response"] for item in items]
    assert len(chunks) == 10  # every chunk the service sent, once
    assert all(type(chunk) is ChatCompletionChunk for chunk in chunks)
    deltas = [chunk.choices[0].delta.content or "" if chunk.choices else "" for chunk in chunks]
    assert "".join(deltas) == REPLY
    check_items(items, ["".join(deltas[: index + 1]) for index in range(len(deltas))])
    (body,) = tracked(server)
    logged_response = check_run_log(
        body,
        function_name="openai.chat.completions.create",
        provider_type="openai",
        kwargs=CHAT_STREAM_KWARGS,
        prompt_name="greeting",
        version=2,
        tags=["s"],
    )
    assert logged_response == openai_chat_completion([chunk.model_dump() for chunk in chunks])
    assert logged_response["choices"][0]["message"]["content"] == REPLY
    assert logged_response["choices"][0]["finish_reason"] == "stop"
    assert logged_response["usage"]["total_tokens"] == 29
    assert items[-1]["request_id"] == server.state.tracking.logs()[-1]["id"]


def test_anthropic_stream(pl: Any, server: LocalPromptLayer, cassette: Any) -> None:
    with cassette("run_anthropic_messages_stream"):
        items = list(pl.run("greeting-claude", input_variables=VARIABLES, stream=True))

    events = [item["raw_response"] for item in items]
    assert [event.type for event in events] == [
        "message_start",
        "content_block_start",
        "content_block_delta",
        "content_block_delta",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
        "message_stop",
    ]
    assert all(isinstance(event, RawMessageStreamEvent.__args__) for event in events)  # type: ignore[attr-defined]
    check_items(
        items,
        ["", "", "Hello", "Hello there, nice", CLAUDE_REPLY, CLAUDE_REPLY, CLAUDE_REPLY, CLAUDE_REPLY],
    )
    (body,) = tracked(server)
    logged_response = check_run_log(
        body,
        function_name="anthropic.messages.create",
        provider_type="anthropic",
        kwargs={**MESSAGES_KWARGS, "stream": True},
        prompt_name="greeting-claude",
    )
    assert logged_response == anthropic_message([event.model_dump() for event in events])
    assert logged_response["content"] == [{"type": "text", "text": CLAUDE_REPLY, "citations": None}]
    assert logged_response["stop_reason"] == "end_turn"
    assert logged_response["usage"]["output_tokens"] == 10


def test_openai_responses_stream(pl: Any, server: LocalPromptLayer, cassette: Any) -> None:
    with cassette("run_openai_responses_stream"):
        items = list(pl.run("greeting-responses", input_variables=VARIABLES, stream=True))

    events = [item["raw_response"] for item in items]
    assert len(events) == 15
    assert events[-1].type == "response.completed"
    deltas = [event.delta if event.type == "response.output_text.delta" else "" for event in events]
    assert "".join(deltas) == REPLY
    check_items(items, ["".join(deltas[: index + 1]) for index in range(len(deltas))])
    (body,) = tracked(server)
    logged_response = check_run_log(
        body,
        function_name="openai.responses.create",
        provider_type="openai",
        kwargs={**RESPONSES_KWARGS, "stream": True},
        prompt_name="greeting-responses",
    )
    assert logged_response == openai_response([event.model_dump() for event in events])
    assert logged_response["status"] == "completed"
    assert logged_response["output"][0]["content"][0]["text"] == REPLY


def test_openai_completion_stream(pl: Any, server: LocalPromptLayer, cassette: Any) -> None:
    with cassette("run_openai_completion_stream"):
        items = list(pl.run("hello-completion", stream=True))

    chunks = [item["raw_response"] for item in items]
    assert all(type(chunk) is Completion for chunk in chunks)
    texts = [chunk.choices[0].text for chunk in chunks]
    assert "".join(texts) == "\n\nHello! How are you?"
    # A completion template's items: a chat blueprint holding the reply so far.
    for index, item in enumerate(items[:-1]):
        assert item["request_id"] is None
        (message,) = item["prompt_blueprint"]["prompt_template"]["messages"]
        assert message["content"] == [{"type": "text", "text": "".join(texts[: index + 1])}]
    assert isinstance(items[-1]["request_id"], int)
    (body,) = tracked(server)
    logged_response = check_run_log(
        body,
        function_name="openai.completions.create",
        provider_type="openai",
        kwargs={**COMPLETION_KWARGS, "stream": True},
        prompt_name="hello-completion",
    )
    assert logged_response["choices"][0]["text"] == "".join(texts)
    assert logged_response["choices"][0]["finish_reason"] == "length"


def test_stream_failing_midway_is_logged_as_an_error(
    pl: Any, server: LocalPromptLayer, cassette: Any
) -> None:
    received: list[dict[str, Any]] = []
    with cassette("run_openai_chat_stream_error"), pytest.raises(openai.APIError) as raised:
        items = pl.run(
            "greeting",
            input_variables=VARIABLES,
            stream=True,
            model_parameter_overrides={"temperature": 1},  # the call this cassette answers
        )
        while True:
            received.append(next(items))

    assert type(raised.value) is openai.APIError
    assert "The server had an error" in str(raised.value)
    # Four chunks arrived; the fourth was still held back when the error came.
    assert len(received) == 3
    assert [item["request_id"] for item in received] == [None] * 3
    (body,) = tracked(server)
    logged_response = check_run_log(
        body,
        function_name="openai.chat.completions.create",
        provider_type="openai",
        kwargs={**CHAT_STREAM_KWARGS, "temperature": 1},
        prompt_name="greeting",
        version=2,
        status="ERROR",
    )
    assert body["error_type"] == "PROVIDER_ERROR"
    assert "The server had an error" in body["error_message"]
    assert logged_response["choices"][0]["message"]["content"] == "Hello there,"
    assert template_requests(server) == [
        {"input_variables": VARIABLES, "model_parameter_overrides": {"temperature": 1}}
    ]


def test_positional_arguments_bind_as_in_the_official_sdk(pl: Any, server: LocalPromptLayer) -> None:
    # run(prompt_name, prompt_version, prompt_release_label, input_variables, model_parameter_overrides, tags)
    with pytest.raises(PromptLayerError, match="no-such-prompt"):
        pl.run("no-such-prompt", None, None, VARIABLES, {"temperature": 1}, ["t"])
    assert template_requests(server) == [
        {"input_variables": VARIABLES, "model_parameter_overrides": {"temperature": 1}}
    ]


def test_stream_left_early_is_logged_once_as_partial(
    pl: Any, server: LocalPromptLayer, cassette: Any
) -> None:
    with cassette("run_openai_chat_stream"):
        items = pl.run("greeting", input_variables=VARIABLES, stream=True)
        first = next(items)
        second = next(items)
        assert tracked(server) == []  # nothing logged while the stream is open
        items.close()

    assert first["request_id"] is None and second["request_id"] is None
    assert assistant_text(second["prompt_blueprint"]) == "Hello"
    (body,) = tracked(server)
    logged_response = check_run_log(
        body,
        function_name="openai.chat.completions.create",
        provider_type="openai",
        kwargs=CHAT_STREAM_KWARGS,
        prompt_name="greeting",
        version=2,
        status="WARNING",
    )
    assert body["error_type"] == "PROVIDER_PARTIAL_RESPONSE"
    # What arrived: the two chunks handed out and the one read ahead.
    assert logged_response["choices"][0]["message"]["content"] == "Hello there"
    assert logged_response["choices"][0]["finish_reason"] is None


# -- failures ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prompt_name", "cassette_name", "error", "kwargs", "function_name", "message"),
    [
        (
            "greeting",
            "run_openai_unauthorized",
            openai.AuthenticationError,
            CHAT_KWARGS,
            "openai.chat.completions.create",
            "Incorrect API key provided",
        ),
        (
            "greeting-claude",
            "run_anthropic_unauthorized",
            anthropic.AuthenticationError,
            MESSAGES_KWARGS,
            "anthropic.messages.create",
            "invalid x-api-key",
        ),
    ],
)
def test_provider_401_is_logged_and_reraised(
    pl: Any,
    server: LocalPromptLayer,
    cassette: Any,
    monkeypatch: pytest.MonkeyPatch,
    prompt_name: str,
    cassette_name: str,
    error: type[Exception],
    kwargs: dict[str, Any],
    function_name: str,
    message: str,
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", INVALID_KEY)
    monkeypatch.setenv("ANTHROPIC_API_KEY", INVALID_KEY)
    with cassette(cassette_name), pytest.raises(error) as raised:
        pl.run(prompt_name, input_variables=VARIABLES, tags=["bad-key"])

    assert type(raised.value) is error  # the provider's own exception, unchanged
    assert raised.value.status_code == 401  # type: ignore[attr-defined]
    (body,) = tracked(server)
    logged_response = check_run_log(
        body,
        function_name=function_name,
        provider_type=function_name.split(".")[0],
        kwargs=kwargs,
        prompt_name=prompt_name,
        version=2 if prompt_name == "greeting" else 1,
        tags=["bad-key"],
        status="ERROR",
    )
    assert logged_response == {}
    assert body["error_type"] == "PROVIDER_AUTH_ERROR"
    assert message in body["error_message"]


def test_missing_provider_key_is_the_sdks_error_and_logged(
    pl: Any, server: LocalPromptLayer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPENAI_API_KEY")
    with pytest.raises(openai.OpenAIError, match="OPENAI_API_KEY") as raised:
        pl.run("greeting", input_variables=VARIABLES)
    assert type(raised.value) is openai.OpenAIError
    (body,) = tracked(server)
    assert body["status"] == "ERROR"
    assert body["error_type"] == "PROVIDER_ERROR"
    assert body["request_response"] == {}


def test_a_failed_log_does_not_fail_the_run(
    pl: Any, server: LocalPromptLayer, cassette: Any, caplog: pytest.LogCaptureFixture
) -> None:
    server.inject("track_request", Fault.server_error(), times=1)
    with caplog.at_level(logging.WARNING, logger="promptlayer"), cassette("run_openai_chat"):
        result = pl.run("greeting", input_variables=VARIABLES)
    assert result["raw_response"].choices[0].message.content == REPLY
    assert result["request_id"] is None
    assert result["prompt_blueprint"] is None
    assert len(server.requests_for("track_request")) == 1
    assert any("could not log the run" in record.getMessage() for record in caplog.records)
    for key in KEYS:
        assert key not in caplog.text


@pytest.mark.parametrize(
    ("prompt_name", "named"),
    [
        ("greeting-gemini", "'google'"),
        ("greeting-images", "'images'"),
        ("claude-completion", "'completion' template"),
    ],
)
def test_templates_run_cannot_call(pl: Any, server: LocalPromptLayer, prompt_name: str, named: str) -> None:
    with pytest.raises(PromptLayerError, match=named):
        pl.run(prompt_name)
    assert len(template_requests(server)) == 1
    assert tracked(server) == []


def test_template_without_a_model(pl: Any, server: LocalPromptLayer) -> None:
    with pytest.raises(PromptLayerValidationError, match="no model to run"):
        pl.run("no-model")
    assert tracked(server) == []


def test_missing_provider_extra(pl: Any, server: LocalPromptLayer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "anthropic", None)  # import anthropic now fails
    with pytest.raises(PromptLayerError, match=r'pip install "promptlayer\[anthropic\]"') as raised:
        pl.run("greeting-claude", input_variables=VARIABLES)
    assert type(raised.value) is PromptLayerError
    assert tracked(server) == []


def test_missing_template_with_throw_on_error_false(
    make_client: Callable[..., Any], server: LocalPromptLayer, caplog: pytest.LogCaptureFixture
) -> None:
    pl = make_client(throw_on_error=False)
    with caplog.at_level(logging.WARNING, logger="promptlayer"):
        assert pl.run("no-such-prompt", stream=True) is None
    assert len(template_requests(server)) == 1
    assert tracked(server) == []
    assert "no-such-prompt" in caplog.text


@pytest.mark.parametrize(
    "arguments",
    [
        {"prompt_name": ""},
        {"prompt_name": 1.5},
        {"prompt_version": 0},
        {"prompt_version": "2"},
        {"prompt_version": True},
        {"prompt_release_label": ""},
        {"input_variables": ["count"]},
        {"tags": "greeting"},
        {"tags": ["ok", 3]},
        {"metadata": {"user": 1}},
        {"metadata": ["user"]},
        {"group_id": 0},
        {"group_id": "3"},
        {"group_id": True},
        {"model_parameter_overrides": "hot"},
        {"stream": "yes"},
        {"provider": ""},
        {"model": 4},
    ],
)
def test_invalid_arguments_fail_before_any_request(
    pl: Any, server: LocalPromptLayer, arguments: dict[str, Any]
) -> None:
    call = {"prompt_name": "greeting", **arguments}
    name = call.pop("prompt_name")
    with pytest.raises(PromptLayerValidationError):
        pl.run(name, **call)
    assert server.requests == []


def test_invalid_arguments_raise_even_with_throw_on_error_false(
    make_client: Callable[..., Any], server: LocalPromptLayer
) -> None:
    pl = make_client(throw_on_error=False)
    with pytest.raises(PromptLayerValidationError, match="tags"):
        pl.run("greeting", tags=[1])
    assert server.requests == []


# -- planning (no I/O) ---------------------------------------------------------------------------


def test_plan_reads_the_base_url_and_keys_stay_local(server: LocalPromptLayer) -> None:
    with PromptLayer(api_key=PL_KEY, base_url=server.base_url) as client:
        call = RunCall(
            context_of(client), "greeting", None, None, VARIABLES, None, None, None, None, False, None, None
        )
        template = {
            "id": 1,
            "version": 2,
            "prompt_template": CHAT_TEMPLATE,
            "metadata": OPENAI_MODEL,
            "llm_kwargs": CHAT_KWARGS,
            "provider_base_url": {
                "id": 1,
                "name": "gw",
                "provider": "openai",
                "url": "https://gw.example.com/v1",
            },
        }
        plan = call.plan(template)
        provider_client = plan.provider_client(is_async=False)
        assert str(provider_client.base_url) == "https://gw.example.com/v1/"
        assert provider_client.api_key == OPENAI_KEY
        assert plan.provider_client(is_async=False) is provider_client  # reused
        body = plan.log_body(error=openai.OpenAIError(f"rejected {OPENAI_KEY}"))
        assert OPENAI_KEY not in json.dumps(body)
        assert body["error_message"] == "rejected [redacted]"
        assert body["status"] == "ERROR" and body["error_type"] == "PROVIDER_ERROR"

        without = call.plan({**template, "provider_base_url": None})
        assert str(without.provider_client(is_async=False).base_url) == "https://api.openai.com/v1/"


def test_close_closes_the_provider_clients_runs_opened(server: LocalPromptLayer) -> None:
    import asyncio

    from promptlayer import run as runs

    class FakeClient:
        def __init__(self) -> None:
            self.closed = False

        def close(self) -> None:
            self.closed = True

    class FakeAsyncClient(FakeClient):
        async def close(self) -> None:  # type: ignore[override]
            self.closed = True

    pl = PromptLayer(api_key=PL_KEY, base_url=server.base_url)
    sync_client = runs._clients.get(context_of(pl), "openai", False, FakeClient)
    assert runs._clients.get(context_of(pl), "openai", False, FakeClient) is sync_client  # reused
    assert not sync_client.closed
    pl.close()
    assert sync_client.closed

    async def scenario() -> FakeAsyncClient:
        apl = AsyncPromptLayer(api_key=PL_KEY, base_url=server.base_url)
        client: FakeAsyncClient = runs._clients.get(context_of(apl), "openai", True, FakeAsyncClient)
        assert not client.closed
        await apl.aclose()
        return client

    assert asyncio.run(scenario()).closed
