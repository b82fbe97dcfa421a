"""`pl.openai`: OpenAI calls behave as with the openai module, and are logged to PromptLayer.

Provider answers come from the cassettes (tests/cassettes/openai_*.yaml); what was logged is
read back from the local PromptLayer server. Every test runs the real openai SDK.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Iterator
from typing import Any

import openai
import pytest
from openai.lib.streaming.chat import AsyncChatCompletionStream, ChatCompletionStream
from openai.lib.streaming.responses import AsyncResponseStream, ResponseStream
from openai.types.chat import ChatCompletion, ChatCompletionChunk, ParsedChatCompletion
from openai.types.responses import ParsedResponse, Response

from promptlayer import AsyncPromptLayer, PromptLayer, PromptLayerValidationError
from promptlayer.testing import Fault, LocalPromptLayer
from tests.modes import build, of_mode, unview
from tests.providers.conftest import PROVIDER_VCR, provider_client
from tests.providers.provider_calls import (
    CHAT,
    CHAT_PARSE,
    CHAT_PARSE_STREAM,
    CHAT_PARSE_UNAUTHORIZED,
    CHAT_STREAM,
    CHAT_STREAM_ERROR,
    CHAT_TOOLS_STREAM,
    CHAT_UNAUTHORIZED,
    COMPLETION_STREAM,
    RESPONSE_ID,
    RESPONSES,
    RESPONSES_PARSE,
    RESPONSES_STREAM,
    Greeting,
)
from tests.providers.provider_checks import (
    INVALID_KEY,
    OPENAI_KEY,
    PL_KEY,
    RECORDING,
    check_log,
    logged,
    wait_for_logs,
)

CHAT_CREATE = "openai.chat.completions.create"
# The service cannot be made to fail mid-stream on demand: that cassette is written by hand.
hand_written = pytest.mark.skipif(RECORDING, reason="hand-written cassette, not re-recorded")


def chat_log(body: dict[str, Any], kwargs: dict[str, Any], **expected: Any) -> dict[str, Any]:
    return check_log(body, function_name=CHAT_CREATE, provider_type="openai", kwargs=kwargs, **expected)


def text_of(chunks: list[ChatCompletionChunk]) -> str:
    return "".join(chunk.choices[0].delta.content or "" for chunk in chunks if chunk.choices)


def check_streamed_chat(logged_response: dict[str, Any], chunks: list[ChatCompletionChunk]) -> None:
    """The logged response is the chat.completion the chunks add up to."""
    assert logged_response["object"] == "chat.completion"
    assert logged_response["id"] == chunks[0].id
    assert logged_response["model"] == chunks[0].model
    (choice,) = logged_response["choices"]
    assert choice["message"]["role"] == "assistant"
    assert choice["message"]["content"] == text_of(chunks)
    assert choice["finish_reason"] == "stop"
    assert logged_response["usage"] == chunks[-1].usage.model_dump(mode="json")  # type: ignore[union-attr]
    ChatCompletion.model_validate(logged_response)


@pytest.fixture
def client(pl: PromptLayer) -> Iterator[Any]:
    with pl.openai.OpenAI(api_key=OPENAI_KEY, max_retries=0) as made:
        yield made


@pytest.fixture
def mode_client(mode: str, loop: asyncio.AbstractEventLoop, mode_pl: Any) -> Iterator[Any]:
    """`OpenAI` through `pl.openai`, or (for "async") `AsyncOpenAI` through an AsyncPromptLayer."""
    with provider_client(mode, loop, mode_pl.openai, "OpenAI", api_key=OPENAI_KEY, max_retries=0) as made:
        yield made


def unauthorized_client(mode: str, loop: asyncio.AbstractEventLoop, mode_pl: Any) -> Any:
    return provider_client(mode, loop, mode_pl.openai, "OpenAI", api_key=INVALID_KEY, max_retries=0)


# -- the proxy is the module ----------------------------------------------------------------------


def test_the_proxy_stands_in_for_the_module_and_its_clients(pl: PromptLayer, client: Any) -> None:
    assert pl.openai is pl.openai  # cached per client
    assert pl.openai.AuthenticationError is openai.AuthenticationError
    assert pl.openai.types is openai.types
    assert pl.openai.__version__ == openai.__version__
    assert isinstance(client, openai.OpenAI)
    assert isinstance(client, pl.openai.OpenAI)
    assert client.api_key == OPENAI_KEY
    assert isinstance(client.with_options(timeout=5), openai.OpenAI)


def test_chat(mode: str, server: LocalPromptLayer, mode_pl: Any, mode_client: Any, cassette: Any) -> None:
    assert isinstance(unview(mode_client), of_mode(mode, openai.OpenAI, openai.AsyncOpenAI))
    started = time.time()
    with cassette("openai_chat"):
        # pl_tags is the proxy's own argument: the SDK's types do not know it.
        response = mode_client.chat.completions.create(**CHAT, pl_tags=["greeting", "test"])

    assert type(response) is ChatCompletion
    assert response.choices[0].message.content
    (body,) = logged(server, mode_pl)
    logged_response = chat_log(body, CHAT, tags=["greeting", "test"], started_after=started)
    assert logged_response == response.model_dump(mode="json")


def test_module_level_api(
    pl: PromptLayer, server: LocalPromptLayer, cassette: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    monkeypatch.setattr(openai, "api_key", None)
    monkeypatch.setattr(openai, "max_retries", 0)
    openai._reset_client()
    try:
        module = pl.openai
        module.api_key = OPENAI_KEY  # set on the openai module itself
        assert openai.api_key == OPENAI_KEY
        with cassette("openai_chat"):
            response = module.chat.completions.create(**CHAT, pl_tags=["module"])
    finally:
        openai._reset_client()

    assert type(response) is ChatCompletion
    (body,) = logged(server, pl)
    assert chat_log(body, CHAT, tags=["module"]) == response.model_dump(mode="json")


def test_with_options_and_context_manager_keep_logging(
    pl: PromptLayer, server: LocalPromptLayer, cassette: Any
) -> None:
    with pl.openai.OpenAI(api_key=OPENAI_KEY, max_retries=2) as client:
        configured = client.with_options(max_retries=0, timeout=20)
        with cassette("openai_chat"):
            configured.chat.completions.create(**CHAT)
    (body,) = logged(server, pl)
    chat_log(body, CHAT)


# -- streaming ----------------------------------------------------------------------------------


def test_chat_stream(
    mode: str, server: LocalPromptLayer, mode_pl: Any, mode_client: Any, cassette: Any
) -> None:
    with cassette("openai_chat_stream"):
        stream = mode_client.chat.completions.create(**CHAT_STREAM, pl_tags=["stream"])
        assert isinstance(unview(stream), of_mode(mode, openai.Stream, openai.AsyncStream))
        assert stream.response.status_code == 200
        with stream:
            chunks = list(stream)

    assert all(type(chunk) is ChatCompletionChunk for chunk in chunks)
    assert text_of(chunks)
    (body,) = logged(server, mode_pl)
    check_streamed_chat(chat_log(body, CHAT_STREAM, tags=["stream"]), chunks)


def check_tool_calls(logged_response: dict[str, Any], chunks: list[ChatCompletionChunk]) -> None:
    (choice,) = logged_response["choices"]
    assert choice["finish_reason"] == "tool_calls"
    (call,) = choice["message"]["tool_calls"]
    first = chunks[0].choices[0].delta.tool_calls[0]  # type: ignore[index]
    assert call["id"] == first.id
    assert call["type"] == "function"
    assert call["function"]["name"] == "get_weather"
    assert json.loads(call["function"]["arguments"]) == {"city": "Paris"}
    assert logged_response["usage"]["total_tokens"] == chunks[-1].usage.total_tokens  # type: ignore[union-attr]
    ChatCompletion.model_validate(logged_response)


def test_chat_stream_ending_in_tool_calls(
    server: LocalPromptLayer, mode_pl: Any, mode_client: Any, cassette: Any
) -> None:
    with (
        cassette("openai_chat_stream_tool_calls"),
        mode_client.chat.completions.create(**CHAT_TOOLS_STREAM) as stream,
    ):
        chunks = list(stream)
    assert chunks[-2].choices[0].finish_reason == "tool_calls"
    (body,) = logged(server, mode_pl)
    check_tool_calls(chat_log(body, CHAT_TOOLS_STREAM), chunks)


def check_partial(body: dict[str, Any], kwargs: dict[str, Any], received: list[ChatCompletionChunk]) -> None:
    logged_response = chat_log(body, kwargs, status="WARNING")
    assert body["error_type"] == "PROVIDER_PARTIAL_RESPONSE"
    (choice,) = logged_response["choices"]
    assert choice["message"]["content"] == text_of(received)
    assert choice["finish_reason"] is None


def test_leaving_a_stream_early_logs_what_arrived(
    pl: PromptLayer, server: LocalPromptLayer, client: Any, cassette: Any
) -> None:
    received = []
    with cassette("openai_chat_stream"):
        stream = client.chat.completions.create(**CHAT_STREAM)
        for chunk in stream:
            received.append(chunk)
            if len(received) == 3:
                break
        (body,) = logged(server, pl)  # logged on leaving the loop, before the stream is closed
        stream.close()
    assert len(received) == 3
    check_partial(body, CHAT_STREAM, received)
    assert len(logged(server, pl)) == 1  # closing afterwards logs nothing more


def test_closing_a_stream_early_logs_once(
    server: LocalPromptLayer, mode_pl: Any, mode_client: Any, cassette: Any
) -> None:
    with cassette("openai_chat_stream"):
        with mode_client.chat.completions.create(**CHAT_STREAM) as stream:
            received = [next(stream), next(stream)]
        stream.close()  # a second close
    (body,) = logged(server, mode_pl)
    check_partial(body, CHAT_STREAM, received)


def check_stream_error(body: dict[str, Any], received: list[ChatCompletionChunk]) -> None:
    logged_response = chat_log(body, CHAT_STREAM_ERROR, status="ERROR")
    assert body["error_type"] == "PROVIDER_ERROR"
    assert "The server had an error" in body["error_message"]
    assert logged_response["choices"][0]["message"]["content"] == text_of(received)


@hand_written
def test_a_stream_failing_midway_is_logged_as_an_error(
    server: LocalPromptLayer, mode_pl: Any, mode_client: Any, cassette: Any
) -> None:
    received = []
    with cassette("openai_chat_stream_error"), pytest.raises(openai.APIError) as raised:
        for chunk in mode_client.chat.completions.create(**CHAT_STREAM_ERROR):
            received.append(chunk)
    assert type(raised.value) is openai.APIError
    assert len(received) == 4
    (body,) = logged(server, mode_pl)
    check_stream_error(body, received)


def test_legacy_completion_stream(
    pl: PromptLayer, server: LocalPromptLayer, client: Any, cassette: Any
) -> None:
    with cassette("openai_completions_stream"):
        chunks = list(client.completions.create(**COMPLETION_STREAM))
    (body,) = logged(server, pl)
    logged_response = check_log(
        body, function_name="openai.completions.create", provider_type="openai", kwargs=COMPLETION_STREAM
    )
    (choice,) = logged_response["choices"]
    assert choice["text"] == "".join(chunk.choices[0].text for chunk in chunks)
    assert choice["finish_reason"] == chunks[-1].choices[0].finish_reason
    assert logged_response["object"] == "text_completion"
    assert logged_response["id"] == chunks[0].id


# -- Responses API ------------------------------------------------------------------------------


def responses_log(body: dict[str, Any], kwargs: dict[str, Any], **expected: Any) -> dict[str, Any]:
    return check_log(
        body, function_name="openai.responses.create", provider_type="openai", kwargs=kwargs, **expected
    )


def test_responses(server: LocalPromptLayer, mode_pl: Any, mode_client: Any, cassette: Any) -> None:
    with cassette("openai_responses"):
        response = mode_client.responses.create(**RESPONSES, pl_tags=["responses"])
    assert type(response) is Response
    assert response.output_text
    (body,) = logged(server, mode_pl)
    assert responses_log(body, RESPONSES, tags=["responses"]) == response.model_dump(mode="json")


def check_streamed_response(logged_response: dict[str, Any], events: list[Any]) -> None:
    assert events[0].type == "response.created"
    assert events[-1].type == "response.completed"
    deltas = "".join(event.delta for event in events if event.type == "response.output_text.delta")
    assert logged_response == events[-1].response.model_dump(mode="json")
    assert logged_response["status"] == "completed"
    assert Response.model_validate(logged_response).output_text == deltas


def test_responses_stream(server: LocalPromptLayer, mode_pl: Any, mode_client: Any, cassette: Any) -> None:
    with cassette("openai_responses_stream"):
        events = list(mode_client.responses.create(**RESPONSES_STREAM))
    (body,) = logged(server, mode_pl)
    check_streamed_response(responses_log(body, RESPONSES_STREAM), events)


# -- errors -------------------------------------------------------------------------------------


def check_unauthorized(body: dict[str, Any]) -> None:
    assert chat_log(body, CHAT_UNAUTHORIZED, status="ERROR") == {}
    assert body["error_type"] == "PROVIDER_AUTH_ERROR"
    assert "Incorrect API key" in body["error_message"]


def test_a_provider_error_passes_through_and_is_logged(
    mode: str, loop: asyncio.AbstractEventLoop, server: LocalPromptLayer, mode_pl: Any, cassette: Any
) -> None:
    client = unauthorized_client(mode, loop, mode_pl)
    with cassette("openai_unauthorized"), pytest.raises(openai.AuthenticationError) as raised:
        client.chat.completions.create(**CHAT_UNAUTHORIZED, return_pl_id=True)
    client.close()
    error = raised.value
    assert type(error) is openai.AuthenticationError
    assert error.status_code == 401
    assert error.code == "invalid_api_key"
    (body,) = logged(server, mode_pl)
    check_unauthorized(body)


# -- PromptLayer arguments ----------------------------------------------------------------------


def test_return_pl_id(server: LocalPromptLayer, mode_client: Any, cassette: Any) -> None:
    with cassette("openai_chat"):
        response, request_id = mode_client.chat.completions.create(**CHAT, return_pl_id=True)
        assert len(server.requests_for("track_request")) == 1  # sent before returning
    assert type(response) is ChatCompletion
    assert isinstance(request_id, int)
    (body,) = logged(server)  # already sent: return_pl_id waits for the log
    record = server.state.tracking.get(request_id)
    assert record is not None and record["function_name"] == CHAT_CREATE
    assert chat_log(body, CHAT) == response.model_dump(mode="json")


def check_pairs(server: LocalPromptLayer, pairs: list[tuple[ChatCompletionChunk, int | None]]) -> None:
    ids = [request_id for _, request_id in pairs]
    assert ids[:-1] == [None] * (len(pairs) - 1)
    assert isinstance(ids[-1], int)
    chunks = [chunk for chunk, _ in pairs]
    (body,) = logged(server)
    check_streamed_chat(chat_log(body, CHAT_STREAM), chunks)
    record = server.state.tracking.get(ids[-1])
    assert record is not None and record["request_response"] == body["request_response"]


def test_return_pl_id_stream(server: LocalPromptLayer, mode_client: Any, cassette: Any) -> None:
    with cassette("openai_chat_stream"):
        pairs = list(mode_client.chat.completions.create(**CHAT_STREAM, return_pl_id=True))
    check_pairs(server, pairs)


@pytest.mark.parametrize(
    "extra",
    [{"pl_tags": "greeting"}, {"pl_tags": ["ok", 3]}, {"return_pl_id": "yes"}],
    ids=["tags-not-a-list", "tag-not-a-string", "return_pl_id-not-a-bool"],
)
def test_invalid_promptlayer_arguments_are_refused_before_the_call(
    pl: PromptLayer, server: LocalPromptLayer, client: Any, cassette: Any, extra: dict[str, Any]
) -> None:
    with PROVIDER_VCR.use_cassette("openai_chat.yaml") as tape, pytest.raises(PromptLayerValidationError):
        client.chat.completions.create(**CHAT, **extra)
    assert tape.play_count == 0
    assert logged(server, pl) == []


# -- logging never breaks the call --------------------------------------------------------------


def test_promptlayer_down_is_only_a_warning(cassette: Any, caplog: pytest.LogCaptureFixture) -> None:
    with LocalPromptLayer(api_key=PL_KEY) as stopped:
        base_url = stopped.base_url  # nothing listens there any more
    with PromptLayer(api_key=PL_KEY, base_url=base_url, max_retries=0) as down:
        client = down.openai.OpenAI(api_key=OPENAI_KEY, max_retries=0)
        with cassette("openai_chat"), caplog.at_level(logging.WARNING, logger="promptlayer"):
            response, request_id = client.chat.completions.create(**CHAT, return_pl_id=True)
    assert type(response) is ChatCompletion
    assert request_id is None
    assert any("could not log the openai call" in message for message in caplog.messages)


def test_promptlayer_failing_is_only_a_warning(
    server: LocalPromptLayer, mode_pl: Any, mode_client: Any, cassette: Any, caplog: pytest.LogCaptureFixture
) -> None:
    server.inject("track_request", Fault.server_error(), times=None)
    with cassette("openai_chat"), caplog.at_level(logging.WARNING, logger="promptlayer"):
        response = mode_client.chat.completions.create(**CHAT)
        mode_pl.flush(timeout=10)
    assert type(response) is ChatCompletion
    assert len(server.requests_for("track_request")) == 1
    assert any("could not log the openai call" in message for message in caplog.messages)


# -- sync provider clients with AsyncPromptLayer, and the reverse -------------------------------


def test_sync_client_under_async_promptlayer(
    loop: asyncio.AbstractEventLoop, server: LocalPromptLayer, cassette: Any
) -> None:
    apl = build(
        "async", loop, None, AsyncPromptLayer, api_key=PL_KEY, base_url=server.base_url, max_retries=0
    )
    client = unview(apl).openai.OpenAI(api_key=OPENAI_KEY, max_retries=0)
    with cassette("openai_chat"):
        response, request_id = client.chat.completions.create(**CHAT, return_pl_id=True)
    assert isinstance(request_id, int)
    (body,) = logged(server)
    assert chat_log(body, CHAT) == response.model_dump(mode="json")
    apl.close()


def test_async_client_under_sync_promptlayer(
    loop: asyncio.AbstractEventLoop, pl: PromptLayer, server: LocalPromptLayer, cassette: Any
) -> None:
    aclient = provider_client("async", loop, pl.openai, "OpenAI", api_key=OPENAI_KEY, max_retries=0)
    with cassette("openai_chat"):
        response, request_id = aclient.chat.completions.create(**CHAT, return_pl_id=True, pl_tags=["mixed"])
    assert isinstance(request_id, int)
    (body,) = wait_for_logs(server, 1)
    assert chat_log(body, CHAT, tags=["mixed"]) == response.model_dump(mode="json")
    aclient.close()


# -- structured outputs: chat.completions.parse, responses.parse --------------------------------


def sent_body(tape: Any) -> dict[str, Any]:
    """The JSON body of the cassette's (only) request: what the SDK sent."""
    (request,) = tape.requests
    body: dict[str, Any] = json.loads(request.body)
    return body


def parse_kwargs(kwargs: dict[str, Any], sent_format: dict[str, Any]) -> dict[str, Any]:
    """The logged kwargs of a parse call: the pydantic model logged as the format sent."""
    name = "response_format" if "response_format" in kwargs else "text_format"
    return {**kwargs, name: sent_format}


GREETING = Greeting(words=["Hello", "there", "nice", "to", "meet"], language="English")


def check_chat_parse(body: dict[str, Any], response: Any, sent: dict[str, Any], **expected: Any) -> None:
    assert sent["response_format"]["type"] == "json_schema"
    assert sent["response_format"]["json_schema"]["name"] == "Greeting"
    logged_response = check_log(
        body,
        function_name="openai.chat.completions.parse",
        provider_type="openai",
        kwargs=parse_kwargs(CHAT_PARSE, sent["response_format"]),
        **expected,
    )
    assert logged_response == response.model_dump(mode="json", warnings=False)
    assert logged_response["choices"][0]["message"]["parsed"] == GREETING.model_dump()
    json.dumps(body)  # JSON-safe throughout


def test_chat_parse(pl: PromptLayer, server: LocalPromptLayer, client: Any, cassette: Any) -> None:
    started = time.time()
    with cassette("openai_parse_chat") as tape:
        response = client.chat.completions.parse(**CHAT_PARSE, pl_tags=["structured"])
    assert isinstance(response, ParsedChatCompletion)
    assert response.choices[0].message.parsed == GREETING
    (body,) = logged(server, pl)
    check_chat_parse(body, response, sent_body(tape), tags=["structured"], started_after=started)


def test_chat_parse_return_pl_id(server: LocalPromptLayer, mode_client: Any, cassette: Any) -> None:
    with cassette("openai_parse_chat") as tape:
        response, request_id = mode_client.chat.completions.parse(
            **CHAT_PARSE, pl_tags=["a"], return_pl_id=True
        )
        assert len(server.requests_for("track_request")) == 1  # sent before returning
    assert isinstance(response, ParsedChatCompletion)
    assert response.choices[0].message.parsed == GREETING
    assert isinstance(request_id, int)
    (body,) = logged(server)  # already sent: return_pl_id waits for the log
    check_chat_parse(body, response, sent_body(tape), tags=["a"])
    record = server.state.tracking.get(request_id)
    assert record is not None and record["function_name"] == "openai.chat.completions.parse"


def check_parse_unauthorized(body: dict[str, Any], sent: dict[str, Any]) -> None:
    kwargs = parse_kwargs(CHAT_PARSE_UNAUTHORIZED, sent["response_format"])
    logged_response = check_log(
        body,
        function_name="openai.chat.completions.parse",
        provider_type="openai",
        kwargs=kwargs,
        status="ERROR",
    )
    assert logged_response == {}
    assert body["error_type"] == "PROVIDER_AUTH_ERROR"
    assert "Incorrect API key" in body["error_message"]


def test_chat_parse_error_passes_through_and_is_logged(
    mode: str, loop: asyncio.AbstractEventLoop, server: LocalPromptLayer, mode_pl: Any, cassette: Any
) -> None:
    client = unauthorized_client(mode, loop, mode_pl)
    with (
        cassette("openai_parse_chat_unauthorized") as tape,
        pytest.raises(openai.AuthenticationError) as raised,
    ):
        client.chat.completions.parse(**CHAT_PARSE_UNAUTHORIZED, return_pl_id=True)
    client.close()
    assert type(raised.value) is openai.AuthenticationError
    assert raised.value.status_code == 401
    (body,) = logged(server, mode_pl)
    check_parse_unauthorized(body, sent_body(tape))


def check_responses_parse(body: dict[str, Any], response: Any, sent: dict[str, Any], **expected: Any) -> None:
    sent_format = sent["text"]["format"]
    assert sent_format["type"] == "json_schema" and sent_format["name"] == "Greeting"
    logged_response = check_log(
        body,
        function_name="openai.responses.parse",
        provider_type="openai",
        kwargs=parse_kwargs(RESPONSES_PARSE, sent_format),
        **expected,
    )
    assert logged_response == response.model_dump(mode="json", warnings=False)
    assert logged_response["output"][0]["content"][0]["parsed"] == GREETING.model_dump()
    json.dumps(body)


@pytest.mark.parametrize("return_pl_id", [False, True], ids=["response", "with-id"])
def test_responses_parse(
    server: LocalPromptLayer, mode_pl: Any, mode_client: Any, cassette: Any, return_pl_id: bool
) -> None:
    with cassette("openai_parse_responses") as tape:
        answer = mode_client.responses.parse(
            **RESPONSES_PARSE, pl_tags=["structured"], return_pl_id=return_pl_id
        )
    response, request_id = answer if return_pl_id else (answer, None)
    assert isinstance(response, ParsedResponse)
    assert response.output_parsed == GREETING
    (body,) = logged(server, mode_pl)
    check_responses_parse(body, response, sent_body(tape), tags=["structured"])
    if return_pl_id:
        assert isinstance(request_id, int)
        record = server.state.tracking.get(request_id)
        assert record is not None and record["function_name"] == "openai.responses.parse"


# -- streaming helpers: chat.completions.stream(), responses.stream() ---------------------------

# The helpers send create(stream=True): the same bodies as the streamed create cassettes.
CHAT_HELPER: dict[str, Any] = {key: value for key, value in CHAT_STREAM.items() if key != "stream"}
CHAT_TOOLS_HELPER: dict[str, Any] = {
    key: value for key, value in CHAT_TOOLS_STREAM.items() if key != "stream"
}


def check_helper_chat(
    body: dict[str, Any], final: Any, kwargs: dict[str, Any], **expected: Any
) -> dict[str, Any]:
    """Logged once, as the request the helper sends, with the completion the helper accumulated."""
    logged_response = chat_log(body, kwargs, **expected)
    assert logged_response["object"] == "chat.completion"
    assert logged_response["id"] == final.id
    (choice,) = logged_response["choices"]
    (final_choice,) = final.choices
    assert choice["message"]["content"] == final_choice.message.content
    assert choice["finish_reason"] == final_choice.finish_reason
    assert logged_response["usage"] == final.usage.model_dump(mode="json")
    ChatCompletion.model_validate(logged_response)
    return logged_response


def test_chat_stream_helper(
    mode: str, server: LocalPromptLayer, mode_pl: Any, mode_client: Any, cassette: Any
) -> None:
    with (
        cassette("openai_chat_stream"),
        mode_client.chat.completions.stream(**CHAT_HELPER, pl_tags=["helper"]) as stream,
    ):
        assert type(unview(stream)) is of_mode(mode, ChatCompletionStream, AsyncChatCompletionStream)
        events = list(stream)
        final = stream.get_final_completion()
    assert "content.delta" in [event.type for event in events]
    assert "content.done" in [event.type for event in events]
    text = "".join(event.delta for event in events if event.type == "content.delta")
    assert final.choices[0].message.content
    assert text == final.choices[0].message.content
    (body,) = logged(server, mode_pl)
    check_helper_chat(body, final, CHAT_HELPER, tags=["helper"])


def test_chat_stream_helper_get_final_completion(
    pl: PromptLayer, server: LocalPromptLayer, client: Any, cassette: Any
) -> None:
    with cassette("openai_chat_stream"), client.chat.completions.stream(**CHAT_HELPER) as stream:
        final = stream.get_final_completion()
        (body,) = logged(server, pl)  # logged when the stream ended, inside the block
    check_helper_chat(body, final, CHAT_HELPER)
    assert len(logged(server, pl)) == 1


def test_chat_stream_helper_tool_calls(
    pl: PromptLayer, server: LocalPromptLayer, client: Any, cassette: Any
) -> None:
    with (
        cassette("openai_chat_stream_tool_calls"),
        client.chat.completions.stream(**CHAT_TOOLS_HELPER) as stream,
    ):
        final = stream.get_final_completion()
    (body,) = logged(server, pl)
    logged_response = check_helper_chat(body, final, CHAT_TOOLS_HELPER)
    (call,) = logged_response["choices"][0]["message"]["tool_calls"]
    (final_call,) = final.choices[0].message.tool_calls
    assert call["id"] == final_call.id
    assert call["function"]["name"] == "get_weather"
    assert json.loads(call["function"]["arguments"]) == {"city": "Paris"}
    assert logged_response["choices"][0]["finish_reason"] == "tool_calls"


def test_chat_stream_helper_return_pl_id(server: LocalPromptLayer, client: Any, cassette: Any) -> None:
    with (
        cassette("openai_chat_stream"),
        client.chat.completions.stream(**CHAT_HELPER, return_pl_id=True) as stream,
    ):
        pairs = list(stream)
        final = stream.get_final_completion()
    ids = [request_id for _, request_id in pairs]
    assert ids[:-1] == [None] * (len(ids) - 1) and isinstance(ids[-1], int)
    assert pairs[-1][0].type == "chunk"
    (body,) = logged(server)
    check_helper_chat(body, final, CHAT_HELPER)
    record = server.state.tracking.get(ids[-1])
    assert record is not None and record["request_response"] == body["request_response"]


def test_chat_stream_helper_left_early(
    server: LocalPromptLayer, mode_pl: Any, mode_client: Any, cassette: Any
) -> None:
    with cassette("openai_chat_stream"), mode_client.chat.completions.stream(**CHAT_HELPER) as stream:
        for event in stream:
            if event.type == "content.delta":
                first_text = event.delta
                break
        assert logged(server, mode_pl) == []  # the helper can still be resumed: not logged yet
    (body,) = logged(server, mode_pl)
    logged_response = chat_log(body, CHAT_HELPER, status="WARNING")
    assert body["error_type"] == "PROVIDER_PARTIAL_RESPONSE"
    (choice,) = logged_response["choices"]
    assert choice["message"]["content"] == first_text
    assert choice["finish_reason"] is None


def check_helper_response(body: dict[str, Any], final: Any, **expected: Any) -> None:
    logged_response = responses_log(body, RESPONSES, **expected)
    assert logged_response["id"] == final.id
    assert logged_response["status"] == "completed"
    assert Response.model_validate(logged_response).output_text == final.output_text
    assert logged_response["usage"] == final.usage.model_dump(mode="json")


@pytest.mark.parametrize("return_pl_id", [False, True], ids=["events", "pairs"])
def test_responses_stream_helper(
    mode: str, server: LocalPromptLayer, mode_pl: Any, mode_client: Any, cassette: Any, return_pl_id: bool
) -> None:
    extra: dict[str, Any] = {"return_pl_id": True} if return_pl_id else {"pl_tags": ["helper"]}
    with cassette("openai_responses_stream"), mode_client.responses.stream(**RESPONSES, **extra) as stream:
        helper = of_mode(mode, ResponseStream, AsyncResponseStream)
        if return_pl_id:
            assert isinstance(unview(stream), helper)  # the helper, wrapped to answer pairs
        else:
            assert type(unview(stream)) is helper  # the SDK's own helper
        items = list(stream)
        final = stream.get_final_response()
    events = [event for event, _ in items] if return_pl_id else items
    deltas = "".join(event.delta for event in events if event.type == "response.output_text.delta")
    assert deltas == final.output_text
    (body,) = logged(server, mode_pl)
    check_helper_response(body, final, tags=None if return_pl_id else ["helper"])
    if return_pl_id:
        request_id = items[-1][1]
        assert isinstance(request_id, int)
        assert server.state.tracking.get(request_id) is not None


def check_structured_helper(body: dict[str, Any], final: Any, sent: dict[str, Any], **expected: Any) -> None:
    kwargs = parse_kwargs(CHAT_PARSE_STREAM, sent["response_format"])
    logged_response = check_helper_chat(body, final, kwargs, **expected)
    assert json.loads(logged_response["choices"][0]["message"]["content"]) == GREETING.model_dump()
    json.dumps(body)


def test_chat_stream_helper_structured(
    server: LocalPromptLayer, mode_pl: Any, mode_client: Any, cassette: Any
) -> None:
    with (
        cassette("openai_parse_chat_stream") as tape,
        mode_client.chat.completions.stream(**CHAT_PARSE_STREAM, pl_tags=["structured"]) as stream,
    ):
        parsed = [event.parsed for event in stream if event.type == "content.done"]
        final = stream.get_final_completion()
    assert parsed == [GREETING]
    assert final.choices[0].message.parsed == GREETING  # the helper still parses
    (body,) = logged(server, mode_pl)
    check_structured_helper(body, final, sent_body(tape), tags=["structured"])


def check_helper_unauthorized(body: dict[str, Any], sent: dict[str, Any]) -> None:
    kwargs = parse_kwargs(CHAT_PARSE_UNAUTHORIZED, sent["response_format"])
    assert chat_log(body, kwargs, status="ERROR") == {}
    assert body["error_type"] == "PROVIDER_AUTH_ERROR"
    assert "Incorrect API key" in body["error_message"]


def test_a_provider_error_opening_the_chat_stream_helper(
    mode: str, loop: asyncio.AbstractEventLoop, server: LocalPromptLayer, mode_pl: Any, cassette: Any
) -> None:
    client = unauthorized_client(mode, loop, mode_pl)
    with cassette("openai_parse_chat_stream_unauthorized") as tape:
        manager = client.chat.completions.stream(**CHAT_PARSE_UNAUTHORIZED)  # sends nothing yet
        assert tape.play_count == 0
        with pytest.raises(openai.AuthenticationError) as raised, manager:
            pass
    client.close()
    assert type(raised.value) is openai.AuthenticationError
    (body,) = logged(server, mode_pl)
    check_helper_unauthorized(body, sent_body(tape))


# -- beta paths: beta.chat.completions (the same resource), beta.responses ------------------------


def test_beta_chat_completions_parse(
    pl: PromptLayer, server: LocalPromptLayer, client: Any, cassette: Any
) -> None:
    with cassette("openai_parse_chat") as tape:
        response = client.beta.chat.completions.parse(**CHAT_PARSE, pl_tags=["beta"])
    assert isinstance(response, ParsedChatCompletion)
    assert response.choices[0].message.parsed == GREETING
    (body,) = logged(server, pl)
    sent = sent_body(tape)
    logged_response = check_log(
        body,
        function_name="openai.beta.chat.completions.parse",  # the path called, as PromptLayer knows it
        provider_type="openai",
        kwargs=parse_kwargs(CHAT_PARSE, sent["response_format"]),
        tags=["beta"],
    )
    assert logged_response == response.model_dump(mode="json", warnings=False)


def test_beta_chat_completions_stream_helper(
    server: LocalPromptLayer, mode_pl: Any, mode_client: Any, cassette: Any
) -> None:
    with cassette("openai_chat_stream"), mode_client.beta.chat.completions.stream(**CHAT_HELPER) as stream:
        final = stream.get_final_completion()
    (body,) = logged(server, mode_pl)
    assert body["function_name"] == "openai.beta.chat.completions.create"
    body["function_name"] = CHAT_CREATE
    check_helper_chat(body, final, CHAT_HELPER)


def test_beta_responses(pl: PromptLayer, server: LocalPromptLayer, client: Any, cassette: Any) -> None:
    from openai.types.beta.beta_response import BetaResponse

    with cassette("openai_beta_responses"):
        response = client.beta.responses.create(**RESPONSES, pl_tags=["beta"])
    assert type(response) is BetaResponse
    (body,) = logged(server, pl)
    logged_response = check_log(
        body,
        function_name="openai.beta.responses.create",
        provider_type="openai",
        kwargs=RESPONSES,
        tags=["beta"],
    )
    assert logged_response == response.model_dump(mode="json")


# -- responses.stream(response_id=...): re-reading a response is not logged -----------------------

# Re-reading needs the id of a response the recording made earlier: written by hand.
RETRIEVE = {"response_id": RESPONSE_ID}


@hand_written
def test_rereading_a_response_stream_is_not_logged(
    mode: str, server: LocalPromptLayer, mode_pl: Any, mode_client: Any, cassette: Any
) -> None:
    with cassette("openai_responses_retrieve_stream"), mode_client.responses.stream(**RETRIEVE) as stream:
        assert type(unview(stream)) is of_mode(mode, ResponseStream, AsyncResponseStream)  # untouched
        deltas = "".join(event.delta for event in stream if event.type == "response.output_text.delta")
        final = stream.get_final_response()
    assert final.id == RESPONSE_ID and deltas == final.output_text
    assert logged(server, mode_pl) == []  # the create that made it was the call to log


@pytest.mark.parametrize("extra", [{"pl_tags": ["x"]}, {"return_pl_id": True}])
def test_rereading_a_response_stream_refuses_promptlayer_arguments(
    pl: PromptLayer, server: LocalPromptLayer, client: Any, extra: dict[str, Any]
) -> None:
    with pytest.raises(PromptLayerValidationError, match="response_id"):
        client.responses.stream(**RETRIEVE, **extra)
    assert logged(server, pl) == []
