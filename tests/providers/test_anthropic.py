"""`pl.anthropic`: Anthropic calls behave as with the anthropic module, and are logged.

Provider answers come from the cassettes (tests/cassettes/anthropic_*.yaml); what was logged
is read back from the local PromptLayer server. Every test runs the real anthropic SDK.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from typing import Any

import anthropic
import pytest
from anthropic.lib.streaming import (
    AsyncMessageStream,
    BetaAsyncMessageStream,
    BetaMessageStream,
    MessageStream,
)
from anthropic.types import Message, ParsedMessage
from anthropic.types.beta import BetaMessage
from anthropic.types.beta.parsed_beta_message import ParsedBetaMessage

from promptlayer import PromptLayer
from tests.modes import of_mode, unview
from tests.providers.conftest import provider_client
from tests.providers.legacy_anthropic import Completion, add_legacy_completions
from tests.providers.provider_calls import (
    ANTHROPIC_COMPLETION,
    ANTHROPIC_COMPLETION_STREAM,
    BETA_MESSAGES,
    BETA_MESSAGES_STREAM,
    MESSAGES,
    MESSAGES_PARSE,
    MESSAGES_STREAM,
    MESSAGES_TOOLS,
    MESSAGES_UNAUTHORIZED,
    Greeting,
)
from tests.providers.provider_checks import ANTHROPIC_KEY, INVALID_KEY, RECORDING, check_log, logged

MESSAGES_CREATE = "anthropic.messages.create"


def messages_log(body: dict[str, Any], kwargs: dict[str, Any], **expected: Any) -> dict[str, Any]:
    return check_log(
        body, function_name=MESSAGES_CREATE, provider_type="anthropic", kwargs=kwargs, **expected
    )


@pytest.fixture
def client(pl: PromptLayer) -> Iterator[Any]:
    with pl.anthropic.Anthropic(api_key=ANTHROPIC_KEY, max_retries=0) as made:
        yield made


@pytest.fixture
def mode_client(mode: str, loop: asyncio.AbstractEventLoop, mode_pl: Any) -> Iterator[Any]:
    """`Anthropic` through `pl.anthropic`, or (for "async") `AsyncAnthropic` through an
    AsyncPromptLayer."""
    with provider_client(
        mode, loop, mode_pl.anthropic, "Anthropic", api_key=ANTHROPIC_KEY, max_retries=0
    ) as made:
        yield made


def unauthorized_client(mode: str, loop: asyncio.AbstractEventLoop, mode_pl: Any) -> Any:
    return provider_client(mode, loop, mode_pl.anthropic, "Anthropic", api_key=INVALID_KEY, max_retries=0)


def test_the_proxy_stands_in_for_the_module_and_its_clients(pl: PromptLayer, client: Any) -> None:
    assert pl.anthropic is pl.anthropic
    assert pl.anthropic.AuthenticationError is anthropic.AuthenticationError
    assert pl.anthropic.types is anthropic.types
    assert isinstance(client, anthropic.Anthropic)
    assert isinstance(pl.anthropic.AsyncAnthropic(api_key=ANTHROPIC_KEY), anthropic.AsyncAnthropic)


# -- messages.create ------------------------------------------------------------------------------


def test_messages(mode: str, server: Any, mode_pl: Any, mode_client: Any, cassette: Any) -> None:
    assert isinstance(unview(mode_client), of_mode(mode, anthropic.Anthropic, anthropic.AsyncAnthropic))
    with cassette("anthropic_messages"):
        message = mode_client.messages.create(**MESSAGES, pl_tags=["greeting"])
    assert type(message) is Message
    assert message.content[0].type == "text" and message.content[0].text
    (body,) = logged(server, mode_pl)
    assert messages_log(body, MESSAGES, tags=["greeting"]) == message.model_dump(mode="json")


def test_return_pl_id(server: Any, mode_client: Any, cassette: Any) -> None:
    with cassette("anthropic_messages"):
        message, request_id = mode_client.messages.create(**MESSAGES, return_pl_id=True)
    assert type(message) is Message
    assert isinstance(request_id, int)
    (body,) = logged(server)
    record = server.state.tracking.get(request_id)
    assert record is not None and record["request_response"] == body["request_response"]


# -- messages.create(stream=True) ---------------------------------------------------------------


def check_streamed_message(logged_response: dict[str, Any], events: list[Any]) -> None:
    """The logged response is the message the events add up to."""
    start, delta = events[0], next(event for event in events if event.type == "message_delta")
    assert start.type == "message_start" and events[-1].type == "message_stop"
    text = "".join(
        event.delta.text
        for event in events
        if event.type == "content_block_delta" and event.delta.type == "text_delta"
    )
    assert logged_response["id"] == start.message.id
    assert logged_response["model"] == start.message.model
    assert [block["type"] for block in logged_response["content"]] == ["text"]
    assert logged_response["content"][0]["text"] == text
    assert logged_response["stop_reason"] == delta.delta.stop_reason == "end_turn"
    assert logged_response["usage"]["output_tokens"] == delta.usage.output_tokens
    assert logged_response["usage"]["input_tokens"] == start.message.usage.input_tokens
    Message.model_validate(logged_response)


def test_messages_stream_true(mode: str, server: Any, mode_pl: Any, mode_client: Any, cassette: Any) -> None:
    with cassette("anthropic_messages_stream"):
        stream = mode_client.messages.create(**MESSAGES_STREAM, pl_tags=["stream"])
        assert isinstance(unview(stream), of_mode(mode, anthropic.Stream, anthropic.AsyncStream))
        events = list(stream)
    (body,) = logged(server, mode_pl)
    check_streamed_message(messages_log(body, MESSAGES_STREAM, tags=["stream"]), events)


def test_messages_stream_true_return_pl_id(server: Any, client: Any, cassette: Any) -> None:
    with cassette("anthropic_messages_stream"):
        pairs = list(client.messages.create(**MESSAGES_STREAM, return_pl_id=True))
    ids = [request_id for _, request_id in pairs]
    assert ids[:-1] == [None] * (len(ids) - 1) and isinstance(ids[-1], int)
    assert pairs[-1][0].type == "message_stop"
    (body,) = logged(server)
    check_streamed_message(messages_log(body, MESSAGES_STREAM), [event for event, _ in pairs])


# -- the messages.stream() helper ---------------------------------------------------------------


def essentials(content: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """What a content block says (its text, or its tool call), without optional extras."""
    keys = ("type", "text", "id", "name", "input")
    return [{key: block[key] for key in keys if key in block} for block in content]


def check_helper_log(body: dict[str, Any], final: Message, kwargs: dict[str, Any]) -> None:
    """The logged response is the message the helper itself accumulated."""
    logged_response = messages_log(body, kwargs)
    expected = final.model_dump(mode="json")
    for key in ("id", "model", "role", "stop_reason", "stop_sequence"):
        assert logged_response[key] == expected[key]
    assert logged_response["usage"]["output_tokens"] == final.usage.output_tokens
    assert essentials(logged_response["content"]) == essentials(expected["content"])
    Message.model_validate(logged_response)


def test_stream_helper_text_stream(
    mode: str, server: Any, mode_pl: Any, mode_client: Any, cassette: Any
) -> None:
    with cassette("anthropic_messages_stream"), mode_client.messages.stream(**MESSAGES) as stream:
        # the SDK's own helper
        assert type(unview(stream)) is of_mode(mode, MessageStream, AsyncMessageStream)
        text = "".join(stream.text_stream)
        assert stream.response.status_code == 200
        final = stream.get_final_message()
    assert text == final.content[0].text
    (body,) = logged(server, mode_pl)
    check_helper_log(body, final, MESSAGES)


def test_stream_helper_get_final_message(pl: PromptLayer, server: Any, client: Any, cassette: Any) -> None:
    with cassette("anthropic_messages_stream"), client.messages.stream(**MESSAGES) as stream:
        final = stream.get_final_message()
        assert stream.get_final_text() == final.content[0].text
        (body,) = logged(server, pl)  # logged when the stream ended, inside the block
    check_helper_log(body, final, MESSAGES)
    assert len(logged(server, pl)) == 1


def test_stream_helper_tool_use(pl: PromptLayer, server: Any, client: Any, cassette: Any) -> None:
    with cassette("anthropic_messages_stream_tool_use"), client.messages.stream(**MESSAGES_TOOLS) as stream:
        events = [event.type for event in stream]
        final = stream.get_final_message()
    assert "input_json" in events  # the helper's own events still come through
    (body,) = logged(server, pl)
    check_helper_log(body, final, MESSAGES_TOOLS)
    tool_use = body["request_response"]["content"][-1]
    assert tool_use["type"] == "tool_use"
    assert tool_use["name"] == "get_weather"
    assert tool_use["input"] == {"city": "Paris"}
    assert body["request_response"]["stop_reason"] == "tool_use"


def test_stream_helper_return_pl_id(server: Any, client: Any, cassette: Any) -> None:
    with (
        cassette("anthropic_messages_stream"),
        client.messages.stream(**MESSAGES, return_pl_id=True) as stream,
    ):
        pairs = list(stream)
        final = stream.get_final_message()
    ids = [request_id for _, request_id in pairs]
    assert ids[:-1] == [None] * (len(ids) - 1) and isinstance(ids[-1], int)
    assert pairs[-1][0].type == "message_stop"
    (body,) = logged(server)
    check_helper_log(body, final, MESSAGES)
    assert server.state.tracking.get(ids[-1]) is not None


def test_stream_helper_left_early(pl: PromptLayer, server: Any, client: Any, cassette: Any) -> None:
    with cassette("anthropic_messages_stream"), client.messages.stream(**MESSAGES) as stream:
        for event in stream:
            if event.type == "content_block_delta":
                first_text = event.delta.text
                break
    (body,) = logged(server, pl)
    logged_response = messages_log(body, MESSAGES, status="WARNING")
    assert body["error_type"] == "PROVIDER_PARTIAL_RESPONSE"
    assert logged_response["content"][0]["text"] == first_text
    assert logged_response["stop_reason"] is None


# -- errors -------------------------------------------------------------------------------------


def check_unauthorized(body: dict[str, Any], tags: list[str] | None = None) -> None:
    assert messages_log(body, MESSAGES_UNAUTHORIZED, status="ERROR", tags=tags) == {}
    assert body["error_type"] == "PROVIDER_AUTH_ERROR"
    assert "invalid x-api-key" in body["error_message"]


def test_a_provider_error_passes_through_and_is_logged(
    mode: str, loop: asyncio.AbstractEventLoop, server: Any, mode_pl: Any, cassette: Any
) -> None:
    client = unauthorized_client(mode, loop, mode_pl)
    with cassette("anthropic_unauthorized"), pytest.raises(anthropic.AuthenticationError) as raised:
        client.messages.create(**MESSAGES_UNAUTHORIZED, pl_tags=["x"])
    client.close()
    assert type(raised.value) is anthropic.AuthenticationError
    assert raised.value.status_code == 401
    (body,) = logged(server, mode_pl)
    check_unauthorized(body, tags=["x"])


def test_a_provider_error_opening_the_stream_helper(
    mode: str, loop: asyncio.AbstractEventLoop, server: Any, mode_pl: Any, cassette: Any
) -> None:
    client = unauthorized_client(mode, loop, mode_pl)
    manager = client.messages.stream(**MESSAGES_UNAUTHORIZED)  # sends nothing yet
    assert logged(server, mode_pl) == []
    with cassette("anthropic_unauthorized_stream"), pytest.raises(anthropic.AuthenticationError), manager:
        pytest.fail("the stream opened")
    client.close()
    (body,) = logged(server, mode_pl)
    check_unauthorized(body)


# -- beta messages --------------------------------------------------------------------------------

BETA_CREATE = "anthropic.beta.messages.create"


def beta_log(body: dict[str, Any], kwargs: dict[str, Any], **expected: Any) -> dict[str, Any]:
    return check_log(body, function_name=BETA_CREATE, provider_type="anthropic", kwargs=kwargs, **expected)


@pytest.mark.parametrize("return_pl_id", [False, True], ids=["message", "with-id"])
def test_beta_messages(
    server: Any, mode_pl: Any, mode_client: Any, cassette: Any, return_pl_id: bool
) -> None:
    with cassette("anthropic_beta_messages"):
        answer = mode_client.beta.messages.create(
            **BETA_MESSAGES, pl_tags=["beta"], return_pl_id=return_pl_id
        )
    message, request_id = answer if return_pl_id else (answer, None)
    assert type(message) is BetaMessage
    assert message.context_management is not None
    (body,) = logged(server, mode_pl)
    assert beta_log(body, BETA_MESSAGES, tags=["beta"]) == message.model_dump(mode="json")
    if return_pl_id:
        assert isinstance(request_id, int)
        record = server.state.tracking.get(request_id)
        assert record is not None and record["function_name"] == BETA_CREATE


def check_beta_stream(logged_response: dict[str, Any], final: Any) -> None:
    """The beta message the stream adds up to, with what only message_delta carried."""
    expected = final.model_dump(mode="json")
    for key in ("id", "model", "stop_reason", "stop_sequence", "context_management"):
        assert logged_response[key] == expected[key]
    assert essentials(logged_response["content"]) == essentials(expected["content"])
    assert logged_response["usage"]["output_tokens"] == final.usage.output_tokens
    BetaMessage.model_validate(logged_response)


def test_beta_messages_stream_true(pl: PromptLayer, server: Any, client: Any, cassette: Any) -> None:
    with cassette("anthropic_beta_messages_stream"):
        events = list(client.beta.messages.create(**BETA_MESSAGES_STREAM, pl_tags=["s"]))
    assert events[0].type == "message_start" and events[-1].type == "message_stop"
    (body,) = logged(server, pl)
    logged_response = beta_log(body, BETA_MESSAGES_STREAM, tags=["s"])
    check_streamed_message(logged_response, events)
    delta = next(event for event in events if event.type == "message_delta")
    assert logged_response["context_management"] == delta.model_dump(mode="json")["context_management"]


def test_beta_stream_helper(mode: str, server: Any, mode_pl: Any, mode_client: Any, cassette: Any) -> None:
    with (
        cassette("anthropic_beta_messages_stream"),
        mode_client.beta.messages.stream(**BETA_MESSAGES, pl_tags=["helper"]) as stream,
    ):
        # the SDK's own helper
        assert type(unview(stream)) is of_mode(mode, BetaMessageStream, BetaAsyncMessageStream)
        text = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert text == final.content[0].text
    (body,) = logged(server, mode_pl)
    check_beta_stream(beta_log(body, BETA_MESSAGES, tags=["helper"]), final)


def test_beta_messages_raw_response(pl: PromptLayer, server: Any, client: Any, cassette: Any) -> None:
    with cassette("anthropic_beta_messages"):
        raw = client.beta.messages.with_raw_response.create(**BETA_MESSAGES)
    assert type(raw) is anthropic._response.APIResponse
    (body,) = logged(server, pl)
    assert beta_log(body, BETA_MESSAGES) == raw.parse().model_dump(mode="json")


# -- messages.parse, beta.messages.parse ----------------------------------------------------------

GREETING = Greeting(words=["Hello", "there", "nice", "to", "meet"], language="English")


def check_parse(
    body: dict[str, Any], parsed: Any, sent: dict[str, Any], function_name: str, **expected: Any
) -> None:
    """Logged with the parsed message, the output format as the SDK sent it."""
    sent_format = sent["output_config"]["format"]
    assert sent_format["type"] == "json_schema" and sent_format["schema"]["title"] == "Greeting"
    kwargs = {**MESSAGES_PARSE, "output_format": sent_format}
    logged_response = check_log(
        body, function_name=function_name, provider_type="anthropic", kwargs=kwargs, **expected
    )
    assert logged_response == parsed.model_dump(mode="json", warnings=False)
    # The SDK leaves the parsed value out of its dumps: the text it was parsed from is logged.
    assert json.loads(logged_response["content"][0]["text"]) == GREETING.model_dump()


def sent_body(tape: Any) -> dict[str, Any]:
    (request,) = tape.requests
    body: dict[str, Any] = json.loads(request.body)
    return body


@pytest.mark.parametrize(
    ("path", "parsed_class"),
    [("messages", ParsedMessage), ("beta.messages", ParsedBetaMessage)],
    ids=["messages", "beta"],
)
def test_messages_parse(
    server: Any, mode_pl: Any, mode_client: Any, cassette: Any, path: str, parsed_class: Any
) -> None:
    resource = mode_client
    for name in path.split("."):
        resource = getattr(resource, name)
    with cassette(f"anthropic_{path.replace('.', '_')}_parse") as tape:
        parsed = resource.parse(**MESSAGES_PARSE, pl_tags=["structured"])
    assert isinstance(parsed, parsed_class)
    assert parsed.parsed_output == GREETING
    (body,) = logged(server, mode_pl)
    check_parse(body, parsed, sent_body(tape), f"anthropic.{path}.parse", tags=["structured"])


# -- legacy text completions (client.completions, in SDKs before 2.0) -----------------------------

# The legacy endpoint's models are retired: these cassettes are written by hand.
hand_written = pytest.mark.skipif(RECORDING, reason="hand-written cassette, not re-recorded")
LEGACY_TEXT = " Hello there, nice to meet you!"


def completion_log(body: dict[str, Any], kwargs: dict[str, Any], **expected: Any) -> dict[str, Any]:
    return check_log(
        body,
        function_name="anthropic.completions.create",
        provider_type="anthropic",
        kwargs=kwargs,
        **expected,
    )


@hand_written
def test_legacy_completions(server: Any, mode_pl: Any, mode_client: Any, cassette: Any) -> None:
    add_legacy_completions(unview(mode_client))
    with cassette("anthropic_completions"):
        completion = mode_client.completions.create(**ANTHROPIC_COMPLETION, pl_tags=["legacy"])
    assert type(completion) is Completion
    assert completion.completion == LEGACY_TEXT
    (body,) = logged(server, mode_pl)
    assert completion_log(body, ANTHROPIC_COMPLETION, tags=["legacy"]) == completion.model_dump(mode="json")


def check_streamed_completion(logged_response: dict[str, Any]) -> None:
    assert logged_response == {
        "id": "compl_01RqY5wZa8tXs7bCd9gHi1kM",
        "type": "completion",
        "completion": LEGACY_TEXT,
        "stop_reason": "stop_sequence",
        "model": "claude-2.1",
        "stop": "\n\nHuman:",
        "log_id": "compl_01RqY5wZa8tXs7bCd9gHi1kM",
    }
    Completion.model_validate(logged_response)


@hand_written
def test_legacy_completions_stream(server: Any, mode_pl: Any, mode_client: Any, cassette: Any) -> None:
    add_legacy_completions(unview(mode_client))
    with cassette("anthropic_completions_stream"):
        events = list(mode_client.completions.create(**ANTHROPIC_COMPLETION_STREAM))
    assert "".join(event.completion for event in events) == LEGACY_TEXT
    assert events[-1].stop_reason == "stop_sequence"
    (body,) = logged(server, mode_pl)
    check_streamed_completion(completion_log(body, ANTHROPIC_COMPLETION_STREAM))


@hand_written
def test_legacy_completions_raw_response(server: Any, mode_pl: Any, mode_client: Any, cassette: Any) -> None:
    add_legacy_completions(unview(mode_client))
    with cassette("anthropic_completions"):
        raw = mode_client.completions.with_raw_response.create(**ANTHROPIC_COMPLETION)
        assert raw.parse().completion == LEGACY_TEXT
    (body,) = logged(server, mode_pl)
    assert completion_log(body, ANTHROPIC_COMPLETION)["completion"] == LEGACY_TEXT


# -- raw-response views -----------------------------------------------------------------------------


@pytest.mark.parametrize("return_pl_id", [False, True], ids=["raw", "with-id"])
def test_raw_response(
    mode: str, server: Any, mode_pl: Any, mode_client: Any, cassette: Any, return_pl_id: bool
) -> None:
    with cassette("anthropic_messages"):
        answer = mode_client.messages.with_raw_response.create(
            **MESSAGES, pl_tags=["raw"], return_pl_id=return_pl_id
        )
    raw, request_id = answer if return_pl_id else (answer, None)
    # the SDK's own object
    assert type(unview(raw)) is of_mode(
        mode, anthropic._response.APIResponse, anthropic._response.AsyncAPIResponse
    )
    message = raw.parse()
    assert type(message) is Message
    (body,) = logged(server, mode_pl)
    assert messages_log(body, MESSAGES, tags=["raw"]) == message.model_dump(mode="json")
    if return_pl_id:
        assert isinstance(request_id, int) and server.state.tracking.get(request_id) is not None


def test_streamed_raw_and_streaming_responses(
    mode: str, server: Any, mode_pl: Any, mode_client: Any, cassette: Any
) -> None:
    with cassette("anthropic_messages_stream"):
        raw = mode_client.messages.with_raw_response.create(**MESSAGES_STREAM)
        assert logged(server, mode_pl) == []  # logged once the body has been read
        events = list(raw.parse())
    (body,) = logged(server, mode_pl)
    check_streamed_message(messages_log(body, MESSAGES_STREAM), events)
    with (
        cassette("anthropic_messages_stream"),
        mode_client.with_streaming_response.messages.create(**MESSAGES_STREAM, pl_tags=["lines"]) as response,
    ):
        assert type(unview(response)) is of_mode(
            mode, anthropic._response.APIResponse, anthropic._response.AsyncAPIResponse
        )
        lines = list(response.iter_lines())
    assert "event: message_stop" in lines
    _, body = logged(server, mode_pl)
    check_streamed_message(messages_log(body, MESSAGES_STREAM, tags=["lines"]), events)


def test_streaming_response_parsed(server: Any, mode_pl: Any, mode_client: Any, cassette: Any) -> None:
    with (
        cassette("anthropic_messages_stream"),
        mode_client.messages.with_streaming_response.create(**MESSAGES_STREAM) as response,
    ):
        events = list(response.parse())
    (body,) = logged(server, mode_pl)
    check_streamed_message(messages_log(body, MESSAGES_STREAM), events)


def test_streaming_response_unread(pl: PromptLayer, server: Any, client: Any, cassette: Any) -> None:
    with (
        cassette("anthropic_messages"),
        client.messages.with_streaming_response.create(**MESSAGES) as response,
    ):
        assert response.status_code == 200
    (body,) = logged(server, pl)
    assert messages_log(body, MESSAGES, status="WARNING") == {}
    assert body["error_type"] == "PROVIDER_PARTIAL_RESPONSE"
    assert body["error_message"] == "The response body was not read: the answer is not logged."
