"""The raw-response views (`with_raw_response`, `with_streaming_response`) of the logged methods:
they answer exactly what the SDK answers, take `pl_tags`, and log the call once, from what
was read of the body.

Provider answers come from the cassettes; the tests that stop reading a stream part-way get
the cassette's body one server-sent event at a time (`in_pieces`), as a service streams it
(vcrpy hands the whole body over at once).
"""

from __future__ import annotations

import asyncio
import gzip
import json
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx2
import openai
import pytest
import yaml
from openai._legacy_response import LegacyAPIResponse
from openai.types.chat import ChatCompletion, ChatCompletionChunk
from openai.types.responses import Response

from promptlayer import PromptLayer, PromptLayerValidationError
from promptlayer.providers.log_body import PARTIAL_STREAM
from promptlayer.providers.raw_responses import UNREAD_BODY, read_events, sse_events
from promptlayer.testing import LocalPromptLayer
from tests.modes import build, of_mode, unview, view
from tests.providers.conftest import PROVIDER_VCR, provider_client
from tests.providers.provider_calls import (
    CHAT,
    CHAT_STREAM,
    CHAT_STREAM_ERROR,
    CHAT_UNAUTHORIZED,
    COMPLETION_STREAM,
    RESPONSES,
    RESPONSES_STREAM,
)
from tests.providers.provider_checks import (
    CASSETTE_DIR,
    INVALID_KEY,
    OPENAI_KEY,
    RECORDING,
    check_log,
    logged,
)

CHAT_CREATE = "openai.chat.completions.create"
hand_written = pytest.mark.skipif(RECORDING, reason="hand-written cassette, not re-recorded")
# Serves a cassette's body through a mock transport: nothing to record.
replayed = pytest.mark.skipif(RECORDING, reason="replays a recorded cassette in pieces")


@pytest.fixture
def client(pl: PromptLayer) -> Iterator[Any]:
    with pl.openai.OpenAI(api_key=OPENAI_KEY, max_retries=0) as made:
        yield made


@pytest.fixture
def mode_client(mode: str, loop: asyncio.AbstractEventLoop, mode_pl: Any) -> Iterator[Any]:
    """`OpenAI` through `pl.openai`, or (for "async") `AsyncOpenAI` through an AsyncPromptLayer."""
    with provider_client(mode, loop, mode_pl.openai, "OpenAI", api_key=OPENAI_KEY, max_retries=0) as made:
        yield made


def chat_log(body: dict[str, Any], kwargs: dict[str, Any], **expected: Any) -> dict[str, Any]:
    return check_log(body, function_name=CHAT_CREATE, provider_type="openai", kwargs=kwargs, **expected)


def text_of(chunks: list[Any]) -> str:
    return "".join(chunk.choices[0].delta.content or "" for chunk in chunks if chunk.choices)


def recorded_chunks(cassette: str) -> list[dict[str, Any]]:
    """The chunks a cassette's stream carries, read from the cassette (after it was recorded)."""
    recorded = yaml.safe_load((CASSETTE_DIR / f"{cassette}.yaml").read_text())["interactions"][0]
    return read_events(recorded["response"]["body"]["string"]).chunks


def check_chat_stream_log(body: dict[str, Any], kwargs: dict[str, Any], **expected: Any) -> dict[str, Any]:
    """Logged: the chat.completion the cassette's chunks add up to (it ends with `stop`)."""
    chunks = recorded_chunks("openai_chat_stream")
    logged_response = chat_log(body, kwargs, **expected)
    assert logged_response["object"] == "chat.completion"
    assert logged_response["id"] == chunks[0]["id"]
    (choice,) = logged_response["choices"]
    text = "".join(part["delta"].get("content") or "" for chunk in chunks for part in chunk["choices"])
    assert text and choice["message"]["content"] == text
    assert choice["finish_reason"] == "stop"
    assert logged_response["usage"] == chunks[-1]["usage"]
    ChatCompletion.model_validate(logged_response)
    return logged_response


# -- a cassette's body served one event at a time ----------------------------------------------


class _Pieces(httpx2.SyncByteStream, httpx2.AsyncByteStream):
    def __init__(self, pieces: list[bytes]) -> None:
        self.pieces = pieces
        self.sent = 0

    def __iter__(self) -> Iterator[bytes]:
        for piece in self.pieces:
            self.sent += 1
            yield piece

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for piece in self.pieces:
            self.sent += 1
            yield piece


def in_pieces(cassette: str, *, compress: bool = False) -> tuple[httpx2.MockTransport, list[_Pieces]]:
    """A transport answering with the cassette's response, its body sent event by event
    (gzip-compressed with `compress`); the bodies it served, to see how much was read."""
    recorded = yaml.safe_load(Path(CASSETTE_DIR / f"{cassette}.yaml").read_text())["interactions"][0]
    answer = recorded["response"]
    text: str = answer["body"]["string"]
    pieces = [piece.encode() + b"\n\n" for piece in text.split("\n\n") if piece.strip()]
    headers = {name: values[0] for name, values in answer["headers"].items()}
    served: list[_Pieces] = []

    def reply(request: httpx2.Request) -> httpx2.Response:
        assert json.loads(request.content) == json.loads(recorded["request"]["body"])
        body = pieces
        if compress:
            whole = gzip.compress(b"".join(pieces))
            body = [whole[i : i + 64] for i in range(0, len(whole), 64)]
        stream = _Pieces(body)
        served.append(stream)
        return httpx2.Response(
            answer["status"]["code"],
            headers={**headers, **({"Content-Encoding": "gzip"} if compress else {})},
            stream=stream,
        )

    return httpx2.MockTransport(reply), served


# -- server-sent events ------------------------------------------------------------------------


def test_server_sent_events_are_read_as_the_sdks_read_them() -> None:
    text = (
        ": a comment\n"
        'event: message_start\r\ndata: {"a": 1}\r\n\r\n'
        'data: {"b":\ndata: 2}\n\n'
        'event: ping\ndata: {"type": "ping"}\n\n'
        "data: [DONE]\n\n"
        'data: {"unfinished": true}\n'
    )
    assert list(sse_events(text)) == [
        ("message_start", '{"a": 1}'),
        (None, '{"b":\n2}'),
        ("ping", '{"type": "ping"}'),
        (None, "[DONE]"),
    ]
    read = read_events(text)
    assert read.chunks == [{"a": 1}, {"b": 2}] and read.done and read.failure is None
    failed = read_events(
        'data: {"x": 1}\n\nevent: error\ndata: {"type":"error","error":{"message":"Overloaded"}}\n\n'
    )
    assert failed.failure is not None and failed.failure.message == "Overloaded"
    assert len(failed.chunks) == 2 and not failed.done


# -- with_raw_response -----------------------------------------------------------------------------


@pytest.mark.parametrize("return_pl_id", [False, True], ids=["raw", "with-id"])
def test_raw_response(
    server: LocalPromptLayer, mode_pl: Any, mode_client: Any, cassette: Any, return_pl_id: bool
) -> None:
    with cassette("openai_chat"):
        answer = mode_client.chat.completions.with_raw_response.create(
            **CHAT, pl_tags=["raw"], return_pl_id=return_pl_id
        )
    raw, request_id = answer if return_pl_id else (answer, None)
    assert type(raw) is LegacyAPIResponse  # the SDK's own object, one class for both clients
    assert raw.headers["x-request-id"] == "req_5c3a1f0e8d9b4a7e9f2c6d1b0a3e4f51"
    completion = raw.parse()
    assert type(completion) is ChatCompletion
    assert raw.parse() is completion  # parsed once, by the SDK, for the log and the caller
    (body,) = logged(server, mode_pl)
    assert chat_log(body, CHAT, tags=["raw"]) == completion.model_dump(mode="json")
    if return_pl_id:
        assert isinstance(request_id, int) and server.state.tracking.get(request_id) is not None


def test_raw_response_from_the_client_level_view(
    pl: PromptLayer, server: LocalPromptLayer, client: Any, cassette: Any
) -> None:
    with cassette("openai_chat"):
        raw, request_id = client.with_raw_response.chat.completions.create(**CHAT, return_pl_id=True)
    assert type(raw) is LegacyAPIResponse
    assert isinstance(request_id, int)  # logged before the call returned
    (body,) = logged(server)
    assert chat_log(body, CHAT) == raw.parse().model_dump(mode="json")
    record = server.state.tracking.get(request_id)
    assert record is not None and record["function_name"] == CHAT_CREATE


def test_a_streamed_raw_response_is_logged_when_read(
    mode: str,
    loop: asyncio.AbstractEventLoop,
    server: LocalPromptLayer,
    mode_pl: Any,
    mode_client: Any,
    cassette: Any,
) -> None:
    with cassette("openai_chat_stream"):
        raw = mode_client.chat.completions.with_raw_response.create(**CHAT_STREAM, pl_tags=["raw"])
        assert type(raw) is LegacyAPIResponse
        assert logged(server, mode_pl) == []  # the body is the caller's to read
        # LegacyAPIResponse is sync for both clients: its parse() answers an async stream unviewed.
        stream = view(raw.parse(), loop)
        assert isinstance(unview(stream), of_mode(mode, openai.Stream, openai.AsyncStream))
        chunks = list(stream)
    assert all(type(chunk) is ChatCompletionChunk for chunk in chunks)
    (body,) = logged(server, mode_pl)
    logged_response = check_chat_stream_log(body, CHAT_STREAM, tags=["raw"])
    assert logged_response["choices"][0]["message"]["content"] == text_of(chunks)


def test_a_streamed_raw_response_read_as_lines(
    pl: PromptLayer, server: LocalPromptLayer, client: Any, cassette: Any
) -> None:
    with cassette("openai_chat_stream"):
        raw = client.chat.completions.with_raw_response.create(**CHAT_STREAM)
        lines = list(raw.http_response.iter_lines())
    assert lines[-2] == "data: [DONE]"
    (body,) = logged(server, pl)
    check_chat_stream_log(body, CHAT_STREAM)


@replayed
def test_a_streamed_raw_response_closed_early_logs_what_arrived(
    pl: PromptLayer, server: LocalPromptLayer
) -> None:
    transport, served = in_pieces("openai_chat_stream")
    client = pl.openai.OpenAI(
        api_key=OPENAI_KEY, max_retries=0, http_client=httpx2.Client(transport=transport)
    )
    raw = client.chat.completions.with_raw_response.create(**CHAT_STREAM)
    stream = raw.parse()
    received = [next(stream), next(stream), next(stream)]
    assert logged(server, pl) == []
    stream.close()
    (body,) = logged(server, pl)
    logged_response = chat_log(body, CHAT_STREAM, status="WARNING")
    assert body["error_type"] == "PROVIDER_PARTIAL_RESPONSE" and body["error_message"] == PARTIAL_STREAM
    (choice,) = logged_response["choices"]
    assert choice["message"]["content"] == text_of(received)
    assert choice["finish_reason"] is None
    assert served[0].sent < len(served[0].pieces)  # the rest was never read


def test_a_streamed_raw_response_refuses_return_pl_id_before_sending(
    pl: PromptLayer, server: LocalPromptLayer, client: Any
) -> None:
    with PROVIDER_VCR.use_cassette("openai_chat_stream.yaml") as tape:
        with pytest.raises(PromptLayerValidationError, match="return_pl_id"):
            client.chat.completions.with_raw_response.create(**CHAT_STREAM, return_pl_id=True)
        with pytest.raises(PromptLayerValidationError, match="pl_tags"):
            client.chat.completions.with_raw_response.create(**CHAT_STREAM, pl_tags="x")
    assert tape.play_count == 0
    assert logged(server, pl) == []


def test_a_raw_provider_error_passes_through_and_is_logged(
    pl: PromptLayer, server: LocalPromptLayer, cassette: Any
) -> None:
    client = pl.openai.OpenAI(api_key=INVALID_KEY, max_retries=0)
    with cassette("openai_unauthorized"), pytest.raises(openai.AuthenticationError) as raised:
        client.chat.completions.with_raw_response.create(**CHAT_UNAUTHORIZED, pl_tags=["x"])
    assert type(raised.value) is openai.AuthenticationError
    (body,) = logged(server, pl)
    assert chat_log(body, CHAT_UNAUTHORIZED, status="ERROR", tags=["x"]) == {}
    assert body["error_type"] == "PROVIDER_AUTH_ERROR"


def test_raw_responses_api_and_legacy_completions(
    pl: PromptLayer, server: LocalPromptLayer, client: Any, cassette: Any
) -> None:
    with cassette("openai_responses"):
        raw = client.responses.with_raw_response.create(**RESPONSES)
    with cassette("openai_completions_stream"):
        legacy = client.completions.with_raw_response.create(**COMPLETION_STREAM)
        chunks = list(legacy.parse())
    by_name = {body["function_name"]: body for body in logged(server, pl)}
    responses_body, completion_body = by_name["openai.responses.create"], by_name["openai.completions.create"]
    logged_response = check_log(
        responses_body, function_name="openai.responses.create", provider_type="openai", kwargs=RESPONSES
    )
    assert logged_response == raw.parse().model_dump(mode="json")
    logged_completion = check_log(
        completion_body,
        function_name="openai.completions.create",
        provider_type="openai",
        kwargs=COMPLETION_STREAM,
    )
    assert logged_completion["object"] == "text_completion"
    assert logged_completion["choices"][0]["text"] == "".join(chunk.choices[0].text for chunk in chunks)


# -- with_streaming_response -----------------------------------------------------------------------


def test_streaming_response_parsed(
    mode: str, server: LocalPromptLayer, mode_pl: Any, mode_client: Any, cassette: Any
) -> None:
    with cassette("openai_chat"):
        manager = mode_client.chat.completions.with_streaming_response.create(**CHAT, pl_tags=["s"])
        assert isinstance(
            unview(manager),
            of_mode(
                mode, openai._response.ResponseContextManager, openai._response.AsyncResponseContextManager
            ),
        )
        with manager as response:
            # the SDK's own object
            assert type(unview(response)) is of_mode(
                mode, openai._response.APIResponse, openai._response.AsyncAPIResponse
            )
            completion = response.parse()
            assert logged(server, mode_pl) == []  # logged when the block exits
    assert type(completion) is ChatCompletion
    (body,) = logged(server, mode_pl)
    assert chat_log(body, CHAT, tags=["s"]) == completion.model_dump(mode="json")


@pytest.mark.parametrize("how", ["read", "json", "iter_bytes"])
def test_streaming_response_read_whole(
    pl: PromptLayer, server: LocalPromptLayer, client: Any, cassette: Any, how: str
) -> None:
    with cassette("openai_chat"), client.chat.completions.with_streaming_response.create(**CHAT) as response:
        if how == "iter_bytes":
            data = json.loads(b"".join(response.iter_bytes()))
        else:
            data = getattr(response, how)()
            data = json.loads(data) if isinstance(data, bytes) else data
    (body,) = logged(server, pl)
    logged_response = chat_log(body, CHAT)
    assert logged_response["id"] == data["id"]
    assert logged_response["choices"][0]["message"]["content"] == data["choices"][0]["message"]["content"]
    ChatCompletion.model_validate(logged_response)


def test_streaming_response_never_read(
    pl: PromptLayer, server: LocalPromptLayer, client: Any, cassette: Any
) -> None:
    with cassette("openai_chat"), client.chat.completions.with_streaming_response.create(**CHAT) as response:
        assert response.status_code == 200
    (body,) = logged(server, pl)
    assert chat_log(body, CHAT, status="WARNING") == {}
    assert body["error_type"] == "PROVIDER_PARTIAL_RESPONSE" and body["error_message"] == UNREAD_BODY


def test_streaming_response_of_a_stream_read_as_lines(
    server: LocalPromptLayer, mode_pl: Any, mode_client: Any, cassette: Any
) -> None:
    with (
        cassette("openai_chat_stream"),
        mode_client.chat.completions.with_streaming_response.create(
            **CHAT_STREAM, pl_tags=["lines"]
        ) as response,
    ):
        lines = [line for line in response.iter_lines() if line]
    assert lines[-1] == "data: [DONE]"
    (body,) = logged(server, mode_pl)
    check_chat_stream_log(body, CHAT_STREAM, tags=["lines"])


def test_streaming_response_of_a_stream_parsed(
    pl: PromptLayer, server: LocalPromptLayer, client: Any, cassette: Any
) -> None:
    with (
        cassette("openai_chat_stream"),
        client.chat.completions.with_streaming_response.create(**CHAT_STREAM) as response,
    ):
        chunks = list(response.parse())
    (body,) = logged(server, pl)
    assert check_chat_stream_log(body, CHAT_STREAM)["choices"][0]["message"]["content"] == text_of(chunks)


@replayed
@pytest.mark.parametrize("compress", [False, True], ids=["plain", "gzip"])
def test_streaming_response_left_part_way(
    mode: str, loop: asyncio.AbstractEventLoop, server: LocalPromptLayer, mode_pl: Any, compress: bool
) -> None:
    transport, _ = in_pieces("openai_chat_stream", compress=compress)
    http_client = build(mode, loop, httpx2.Client, httpx2.AsyncClient, transport=transport)
    client = provider_client(
        mode,
        loop,
        mode_pl.openai,
        "OpenAI",
        api_key=OPENAI_KEY,
        max_retries=0,
        http_client=unview(http_client),
    )
    with client.chat.completions.with_streaming_response.create(**CHAT_STREAM) as response:
        lines = response.iter_lines()
        data = [line for line in (next(lines) for _ in range(6)) if line]
    client.close()
    assert len(data) == 3
    (body,) = logged(server, mode_pl)
    logged_response = chat_log(body, CHAT_STREAM, status="WARNING")
    assert body["error_message"] == PARTIAL_STREAM
    (choice,) = logged_response["choices"]
    if compress:  # read in compressed blocks: at least what the caller read, decoded
        assert choice["message"]["content"].startswith("Hello there")
    else:
        assert choice["message"]["content"] == "Hello there"
    assert choice["finish_reason"] is None


@hand_written
def test_streaming_response_of_a_stream_that_fails(
    pl: PromptLayer, server: LocalPromptLayer, client: Any, cassette: Any
) -> None:
    with (
        cassette("openai_chat_stream_error"),
        client.chat.completions.with_streaming_response.create(**CHAT_STREAM_ERROR) as response,
    ):
        lines = [line for line in response.iter_lines() if line]  # no exception: raw lines
    assert '"error"' in lines[-1]
    with (
        cassette("openai_chat_stream_error"),
        pytest.raises(openai.APIError),
        client.chat.completions.with_streaming_response.create(**CHAT_STREAM_ERROR) as response,
    ):
        list(response.parse())
    for body in logged(server, pl):
        logged_response = chat_log(body, CHAT_STREAM_ERROR, status="ERROR")
        assert body["error_type"] == "PROVIDER_ERROR"
        assert "The server had an error" in body["error_message"]
        assert logged_response["choices"][0]["message"]["content"] == "Hello there,"
    assert len(logged(server, pl)) == 2


def test_streaming_response_refuses_return_pl_id(
    pl: PromptLayer, server: LocalPromptLayer, client: Any
) -> None:
    with pytest.raises(
        PromptLayerValidationError, match="return_pl_id=True cannot be used with with_streaming"
    ):
        client.chat.completions.with_streaming_response.create(**CHAT, return_pl_id=True)
    assert logged(server, pl) == []


def test_a_streaming_response_the_sdk_cannot_build_is_logged_failed(
    pl: PromptLayer, server: LocalPromptLayer, client: Any
) -> None:
    # The SDK reads extra_headers as it builds the manager, before anything is sent.
    with pytest.raises(TypeError):
        client.chat.completions.with_streaming_response.create(**CHAT, extra_headers=["not a mapping"])
    (body,) = logged(server, pl)
    assert body["function_name"] == CHAT_CREATE
    assert body["status"] == "ERROR" and body["error_type"] == "UNKNOWN_ERROR"


def test_streaming_response_provider_error(pl: PromptLayer, server: LocalPromptLayer, cassette: Any) -> None:
    client = pl.openai.OpenAI(api_key=INVALID_KEY, max_retries=0)
    manager = client.chat.completions.with_streaming_response.create(**CHAT_UNAUTHORIZED)
    with cassette("openai_unauthorized"), pytest.raises(openai.AuthenticationError), manager:
        pytest.fail("the response opened")
    (body,) = logged(server, pl)
    assert chat_log(body, CHAT_UNAUTHORIZED, status="ERROR") == {}
    assert body["error_type"] == "PROVIDER_AUTH_ERROR"


@replayed
def test_streaming_response_left_at_its_first_words(
    mode: str, loop: asyncio.AbstractEventLoop, server: LocalPromptLayer, mode_pl: Any
) -> None:
    transport, _ = in_pieces("openai_chat_stream")
    http_client = build(mode, loop, httpx2.Client, httpx2.AsyncClient, transport=transport)
    client = provider_client(
        mode,
        loop,
        mode_pl.openai,
        "OpenAI",
        api_key=OPENAI_KEY,
        max_retries=0,
        http_client=unview(http_client),
    )
    with client.chat.completions.with_streaming_response.create(**CHAT_STREAM) as response:
        for line in response.iter_lines():
            if "Hello" in line:
                break
    client.close()
    (body,) = logged(server, mode_pl)
    logged_response = chat_log(body, CHAT_STREAM, status="WARNING")
    assert logged_response["choices"][0]["message"]["content"] == "Hello"


def test_streaming_responses_api(
    pl: PromptLayer, server: LocalPromptLayer, client: Any, cassette: Any
) -> None:
    with (
        cassette("openai_responses_stream"),
        client.responses.with_streaming_response.create(**RESPONSES_STREAM) as response,
    ):
        events = list(response.parse())
    (body,) = logged(server, pl)
    logged_response = check_log(
        body, function_name="openai.responses.create", provider_type="openai", kwargs=RESPONSES_STREAM
    )
    # The final event's response, as sent (the SDK's model adds its defaults)
    final = events[-1].response.model_dump(mode="json")
    assert Response.model_validate(logged_response).model_dump(mode="json") == final
    assert logged_response["status"] == "completed"


def test_a_body_that_cannot_be_followed_never_breaks_the_call(
    pl: PromptLayer,
    server: LocalPromptLayer,
    client: Any,
    cassette: Any,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from promptlayer.providers import raw_responses

    def unknown_body(*args: Any) -> type:
        raise TypeError("an HTTP library the proxy does not know")

    monkeypatch.setattr(raw_responses, "_tap_class", unknown_body)
    with cassette("openai_chat"), client.chat.completions.with_streaming_response.create(**CHAT) as response:
        completion = response.parse()  # the caller's response works as ever
    with cassette("openai_chat_stream"):
        raw = client.chat.completions.with_raw_response.create(**CHAT_STREAM)
        chunks = list(raw.parse())
    assert completion.choices[0].message.content and text_of(chunks)
    bodies = logged(server, pl)
    assert len(bodies) == 2
    for body in bodies:
        assert body["status"] == "WARNING" and body["error_message"] == raw_responses.UNFOLLOWED_BODY
        assert body["request_response"] == {}
    assert any("cannot follow the body" in message for message in caplog.messages)
