"""Rebuilding full responses from streamed chunks (the aggregators in promptlayer.providers.formats).

The streams are written by hand in the providers' documented wire formats, then passed
through the provider SDK's own stream types (`model_validate(...).model_dump()`), so every
event here is one the SDK accepts and each function gets exactly what the proxies hand it:
`chunk.model_dump()`. Results are checked as exact dicts and, for finished streams, by
validating them as the SDK's non-streaming types and comparing with the equivalent
non-streamed response.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Mapping
from typing import Any

import pytest

pytest.importorskip("openai")
pytest.importorskip("anthropic")

from anthropic.types import Message, RawMessageStreamEvent
from hypothesis import given, settings
from hypothesis import strategies as st
from openai.types.chat import ChatCompletion, ChatCompletionChunk
from openai.types.responses import Response, ResponseStreamEvent
from pydantic import TypeAdapter

from promptlayer.providers.formats.anthropic_messages import anthropic_message
from promptlayer.providers.formats.openai_chat import openai_chat_completion
from promptlayer.providers.formats.openai_responses import openai_response

Json = dict[str, Any]

# ============================================================================ OpenAI chat

CHAT_ID = "chatcmpl-B9MHDbslfkBeAs8l4bebGdFOJ6PeG"
CREATED = 1741570283
CHAT_MODEL = "gpt-4o-2024-08-06"
FINGERPRINT = "fp_f9f4fb6dbf"


def chunk(*choices: Json, usage: Json | None = None) -> Json:
    """One `chat.completion.chunk` as sent on the wire."""
    return {
        "id": CHAT_ID,
        "object": "chat.completion.chunk",
        "created": CREATED,
        "model": CHAT_MODEL,
        "service_tier": "default",
        "system_fingerprint": FINGERPRINT,
        "choices": list(choices),
        "usage": usage,
    }


def delta(
    index: int = 0, finish_reason: str | None = None, logprobs: Json | None = None, **fields: Any
) -> Json:
    return {"index": index, "delta": fields, "logprobs": logprobs, "finish_reason": finish_reason}


def chat_stream(*wire: Json) -> list[Json]:
    return [ChatCompletionChunk.model_validate(item).model_dump() for item in wire]


USAGE = {
    "prompt_tokens": 19,
    "completion_tokens": 10,
    "total_tokens": 29,
    "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
    "completion_tokens_details": {
        "reasoning_tokens": 0,
        "audio_tokens": 0,
        "accepted_prediction_tokens": 0,
        "rejected_prediction_tokens": 0,
    },
}
# The usage as `model_dump()` gives it (and so as it is carried into the result).
USAGE_DUMP = chat_stream(chunk(usage=USAGE))[0]["usage"]


def completion(*choices: Json, usage: Json | None = USAGE_DUMP) -> Json:
    return {
        "id": CHAT_ID,
        "object": "chat.completion",
        "created": CREATED,
        "model": CHAT_MODEL,
        "system_fingerprint": FINGERPRINT,
        "service_tier": "default",
        "choices": list(choices),
        "usage": usage,
    }


def choice(message: Json, finish_reason: str | None, index: int = 0, logprobs: Json | None = None) -> Json:
    return {"index": index, "message": message, "logprobs": logprobs, "finish_reason": finish_reason}


def assistant(content: str | None, refusal: str | None = None, **extra: Any) -> Json:
    return {"role": "assistant", "content": content, "refusal": refusal, **extra}


def same_as_non_streamed(result: Json, non_streamed: Json) -> None:
    """The result validates as a ChatCompletion equal to the equivalent non-streamed one."""
    assert ChatCompletion.model_validate(result) == ChatCompletion.model_validate(non_streamed)


TEXT_STREAM = chat_stream(
    chunk(delta(role="assistant", content="", refusal=None)),
    chunk(delta(content="Hello")),
    chunk(delta(content=", world")),
    chunk(delta(content="!")),
    chunk(delta(finish_reason="stop")),
    chunk(usage=USAGE),  # stream_options.include_usage: a last chunk with no choices
)


def test_text_stream_with_usage() -> None:
    result = openai_chat_completion(TEXT_STREAM)

    assert result == completion(choice(assistant("Hello, world!"), "stop"))
    same_as_non_streamed(
        result,
        {
            "id": CHAT_ID,
            "object": "chat.completion",
            "created": CREATED,
            "model": CHAT_MODEL,
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": "Hello, world!", "refusal": None},
                    "logprobs": None,
                    "finish_reason": "stop",
                }
            ],
            "usage": USAGE,
            "service_tier": "default",
            "system_fingerprint": FINGERPRINT,
        },
    )


def test_without_include_usage_usage_is_none() -> None:
    result = openai_chat_completion(TEXT_STREAM[:-1])

    assert result == completion(choice(assistant("Hello, world!"), "stop"), usage=None)
    ChatCompletion.model_validate(result)


def tool_call(index: int, call_id: str | None = None, name: str | None = None, arguments: str = "") -> Json:
    function: Json = {"arguments": arguments}
    fragment: Json = {"index": index, "function": function}
    if call_id is not None:
        fragment.update(id=call_id, type="function")
        function["name"] = name
    return fragment


PARALLEL_TOOL_CALLS = chat_stream(
    chunk(
        delta(
            role="assistant",
            content=None,
            tool_calls=[tool_call(0, "call_DdmO9pD3xa9XTPNJ32zg2hcA", "get_weather", "")],
            refusal=None,
        )
    ),
    chunk(delta(tool_calls=[tool_call(0, arguments='{"lo')])),
    chunk(delta(tool_calls=[tool_call(0, arguments='cation": "Par')])),
    chunk(delta(tool_calls=[tool_call(0, arguments='is, France"}')])),
    chunk(delta(tool_calls=[tool_call(1, "call_ABCxyz9pD3xa9XTPNJ32zg2", "get_time", "")])),
    chunk(delta(tool_calls=[tool_call(1, arguments='{"timezone": ')])),
    chunk(delta(tool_calls=[tool_call(1, arguments='"Europe/Paris"}')])),
    chunk(delta(finish_reason="tool_calls")),
    chunk(usage=USAGE),
)

WEATHER_CALL: Json = {
    "id": "call_DdmO9pD3xa9XTPNJ32zg2hcA",
    "type": "function",
    "function": {"name": "get_weather", "arguments": '{"location": "Paris, France"}'},
}
TIME_CALL: Json = {
    "id": "call_ABCxyz9pD3xa9XTPNJ32zg2",
    "type": "function",
    "function": {"name": "get_time", "arguments": '{"timezone": "Europe/Paris"}'},
}


def test_stream_ending_in_two_parallel_tool_calls() -> None:
    result = openai_chat_completion(PARALLEL_TOOL_CALLS)

    assert result == completion(choice(assistant(None, tool_calls=[WEATHER_CALL, TIME_CALL]), "tool_calls"))
    calls = result["choices"][0]["message"]["tool_calls"]
    assert [json.loads(call["function"]["arguments"]) for call in calls] == [
        {"location": "Paris, France"},
        {"timezone": "Europe/Paris"},
    ]
    same_as_non_streamed(
        result,
        completion(
            choice(
                {"role": "assistant", "content": None, "tool_calls": [WEATHER_CALL, TIME_CALL]}, "tool_calls"
            ),
            usage=USAGE,
        ),
    )


def test_tool_call_fragments_interleaved_and_several_in_one_chunk() -> None:
    result = openai_chat_completion(
        chat_stream(
            chunk(
                delta(
                    role="assistant",
                    tool_calls=[
                        tool_call(1, "call_ABCxyz9pD3xa9XTPNJ32zg2", "get_time", '{"time'),
                        tool_call(0, "call_DdmO9pD3xa9XTPNJ32zg2hcA", "get_weather", ""),
                    ],
                )
            ),
            chunk(
                delta(tool_calls=[tool_call(0, arguments='{"location": '), tool_call(1, arguments='zone": ')])
            ),
            chunk(delta(tool_calls=[tool_call(1, arguments='"Europe/Paris"}')])),
            chunk(delta(tool_calls=[tool_call(0, arguments='"Paris, France"}')])),
            chunk(delta(finish_reason="tool_calls")),
        )
    )

    assert result == completion(
        choice(assistant(None, tool_calls=[WEATHER_CALL, TIME_CALL]), "tool_calls"), usage=None
    )


def test_tool_call_id_and_name_repeated_on_every_fragment_are_kept_once() -> None:
    """Some OpenAI-compatible servers repeat id, type and name on each fragment."""
    result = openai_chat_completion(
        chat_stream(
            chunk(
                delta(
                    role="assistant",
                    tool_calls=[tool_call(0, WEATHER_CALL["id"], "get_weather", '{"location": ')],
                )
            ),
            chunk(delta(tool_calls=[tool_call(0, WEATHER_CALL["id"], "get_weather", '"Paris, France"}')])),
            chunk(delta(finish_reason="tool_calls")),
        )
    )

    assert result["choices"][0]["message"]["tool_calls"] == [WEATHER_CALL]


@pytest.mark.parametrize(
    ("finish_reason", "pieces"),
    [("length", ["The quick brown", " fox jumps"]), ("content_filter", ["I can", " help with"])],
)
def test_length_and_content_filter_finishes(finish_reason: str, pieces: list[str]) -> None:
    result = openai_chat_completion(
        chat_stream(
            chunk(delta(role="assistant", content="")),
            *(chunk(delta(content=piece)) for piece in pieces),
            chunk(delta(finish_reason=finish_reason)),
            chunk(usage=USAGE),
        )
    )

    assert result == completion(choice(assistant("".join(pieces)), finish_reason))
    ChatCompletion.model_validate(result)


def token(text: str, logprob: float) -> Json:
    return {"token": text, "logprob": logprob, "bytes": list(text.encode()), "top_logprobs": []}


def test_several_choices_interleaved_with_logprobs() -> None:
    result = openai_chat_completion(
        chat_stream(
            chunk(
                delta(0, role="assistant", content="", logprobs={"content": [], "refusal": None}),
                delta(1, role="assistant", content="", logprobs={"content": [], "refusal": None}),
            ),
            chunk(delta(0, content="Hi", logprobs={"content": [token("Hi", -0.1)], "refusal": None})),
            chunk(delta(1, content="Hey", logprobs={"content": [token("Hey", -0.7)], "refusal": None})),
            chunk(delta(0, content="!", logprobs={"content": [token("!", -0.2)], "refusal": None})),
            chunk(delta(1, finish_reason="length"), delta(0, finish_reason="stop")),
            chunk(usage=USAGE),
        )
    )

    assert result == completion(
        choice(
            assistant("Hi!"),
            "stop",
            0,
            logprobs={"content": [token("Hi", -0.1), token("!", -0.2)], "refusal": None},
        ),
        choice(assistant("Hey"), "length", 1, logprobs={"content": [token("Hey", -0.7)], "refusal": None}),
    )
    ChatCompletion.model_validate(result)


def test_legacy_function_call() -> None:
    result = openai_chat_completion(
        chat_stream(
            chunk(
                delta(role="assistant", content=None, function_call={"name": "get_weather", "arguments": ""})
            ),
            chunk(delta(function_call={"arguments": '{"location":'})),
            chunk(delta(function_call={"arguments": ' "Boston"}'})),
            chunk(delta(finish_reason="function_call")),
        )
    )

    function_call = {"name": "get_weather", "arguments": '{"location": "Boston"}'}
    assert result == completion(
        choice(assistant(None, function_call=function_call), "function_call"), usage=None
    )
    ChatCompletion.model_validate(result)


def test_refusal() -> None:
    result = openai_chat_completion(
        chat_stream(
            chunk(delta(role="assistant", content=None, refusal="")),
            chunk(delta(refusal="I'm sorry, ")),
            chunk(delta(refusal="I can't help with that.")),
            chunk(delta(finish_reason="stop")),
        )
    )

    assert result == completion(
        choice(assistant(None, "I'm sorry, I can't help with that."), "stop"), usage=None
    )
    ChatCompletion.model_validate(result)


def test_early_stop_keeps_what_arrived() -> None:
    """Closed before the finish and usage chunks: no finish_reason, no usage, partial arguments."""
    result = openai_chat_completion(PARALLEL_TOOL_CALLS[:6])

    assert result == completion(
        choice(
            assistant(
                None,
                tool_calls=[
                    WEATHER_CALL,
                    {
                        "id": "call_ABCxyz9pD3xa9XTPNJ32zg2",
                        "type": "function",
                        "function": {"name": "get_time", "arguments": '{"timezone": '},
                    },
                ],
            ),
            None,
        ),
        usage=None,
    )


def test_empty_stream_gives_a_valid_shell() -> None:
    result = openai_chat_completion([])

    assert result == {
        "id": "",
        "object": "chat.completion",
        "created": 0,
        "model": "",
        "system_fingerprint": None,
        "service_tier": None,
        "choices": [],
        "usage": None,
    }
    ChatCompletion.model_validate(result)


def test_sdk_models_are_accepted_as_they_are() -> None:
    models = [ChatCompletionChunk.model_validate(item) for item in TEXT_STREAM]

    assert openai_chat_completion(models) == openai_chat_completion(TEXT_STREAM)  # type: ignore[arg-type]


def test_odd_chunks_are_skipped_or_tolerated() -> None:
    odd: list[Any] = [
        None,
        "data: [DONE]",
        {"choices": None},
        {"choices": [None, {"index": 0, "delta": None}, {"delta": {"content": 5}}]},
        {"id": 7, "created": "yesterday", "choices": [{"index": "0", "delta": {"content": "Hi"}}]},
        {"choices": [{"index": 0, "delta": {"tool_calls": [{"id": "call_1", "function": {"name": "f"}}]}}]},
        {"choices": [{"index": 0, "delta": {"tool_calls": [{"function": {"arguments": "{}"}}, 3]}}]},
        {"choices": [{"index": 0, "delta": {"tool_calls": "nope", "function_call": "nope"}}]},
        {"choices": [{"index": 0, "logprobs": {"content": "nope"}, "finish_reason": 1}]},
        *TEXT_STREAM[1:3],
    ]

    result = openai_chat_completion(odd)

    assert result == completion(
        choice(
            assistant(
                "HiHello, world",
                tool_calls=[
                    {"id": "call_1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
                ],
            ),
            None,
            logprobs={"content": None, "refusal": None},
        ),
        usage=None,
    )


def test_inputs_are_not_changed_and_not_shared() -> None:
    stream = copy.deepcopy(PARALLEL_TOOL_CALLS)
    result = openai_chat_completion(stream)
    result["usage"]["prompt_tokens"] = -1

    assert stream == PARALLEL_TOOL_CALLS


# ======================================================================= OpenAI Responses

RESPONSE_ID = "resp_67ccd2bed1ec8190b14f964abc0542670bb6a6b452d3795b"
MESSAGE_ID = "msg_67ccd2bf17f0819081ff3bb2cf6508e60bb6a6b452d3795b"
CALL_ITEM_ID = "fc_67ca09c6bedc8190a7abfec07b1a1332096610f474011cc0"
REASONING_ID = "rs_6820f383d7c08191846711c5df8233bc0ac5ba57aafcbac7"
RESPONSE_USAGE = {
    "input_tokens": 37,
    "input_tokens_details": {"cached_tokens": 0, "cache_write_tokens": 0},
    "output_tokens": 11,
    "output_tokens_details": {"reasoning_tokens": 0},
    "total_tokens": 48,
}
EVENTS: TypeAdapter[Any] = TypeAdapter(ResponseStreamEvent)


def response_object(status: str, output: list[Json], usage: Json | None = None, **fields: Any) -> Json:
    """A Responses API `response` object as sent on the wire."""
    return {
        "id": RESPONSE_ID,
        "object": "response",
        "created_at": 1741476542,
        "status": status,
        "error": None,
        "incomplete_details": None,
        "instructions": None,
        "max_output_tokens": None,
        "model": "gpt-4.1-2025-04-14",
        "output": output,
        "parallel_tool_calls": True,
        "previous_response_id": None,
        "reasoning": {"effort": None, "summary": None},
        "store": True,
        "temperature": 1.0,
        "text": {"format": {"type": "text"}},
        "tool_choice": "auto",
        "tools": [],
        "top_p": 1.0,
        "truncation": "disabled",
        "usage": usage,
        "user": None,
        "metadata": {},
        **fields,
    }


def responses_stream(*wire: Json) -> list[Json]:
    """The events, numbered in order, as `model_dump()` gives them."""
    return [
        EVENTS.validate_python({**event, "sequence_number": number}).model_dump()
        for number, event in enumerate(wire)
    ]


def dump(event: Json, key: str) -> Json:
    """`key` of an event's `model_dump()` (a response or an item in the SDK's dumped shape)."""
    dumped: Json = responses_stream(event)[0][key]
    return dumped


def text_part(text: str) -> Json:
    return {"type": "output_text", "text": text, "annotations": [], "logprobs": []}


def message_item(status: str, *parts: Json) -> Json:
    return {
        "id": MESSAGE_ID,
        "type": "message",
        "status": status,
        "role": "assistant",
        "content": list(parts),
    }


def call_item(status: str, arguments: str) -> Json:
    return {
        "id": CALL_ITEM_ID,
        "type": "function_call",
        "status": status,
        "arguments": arguments,
        "call_id": "call_12345xyz",
        "name": "get_weather",
    }


def created() -> list[Json]:
    return [
        {"type": "response.created", "response": response_object("in_progress", [])},
        {"type": "response.in_progress", "response": response_object("in_progress", [])},
    ]


def text_delta(text: str, index: int = 0) -> Json:
    return {
        "type": "response.output_text.delta",
        "item_id": MESSAGE_ID,
        "output_index": index,
        "content_index": 0,
        "delta": text,
        "logprobs": [],
    }


def text_message_events(index: int = 0) -> list[Json]:
    """A message item streamed from start to end."""
    where = {"item_id": MESSAGE_ID, "output_index": index, "content_index": 0}
    return [
        {"type": "response.output_item.added", "output_index": index, "item": message_item("in_progress")},
        {"type": "response.content_part.added", **where, "part": text_part("")},
        text_delta("Hi there", index),
        text_delta("! How can", index),
        text_delta(" I help?", index),
        {"type": "response.output_text.done", **where, "text": "Hi there! How can I help?", "logprobs": []},
        {"type": "response.content_part.done", **where, "part": text_part("Hi there! How can I help?")},
        {
            "type": "response.output_item.done",
            "output_index": index,
            "item": message_item("completed", text_part("Hi there! How can I help?")),
        },
    ]


COMPLETED_TEXT = {
    "type": "response.completed",
    "response": response_object(
        "completed", [message_item("completed", text_part("Hi there! How can I help?"))], RESPONSE_USAGE
    ),
}


def test_responses_text_stream_gives_the_completed_response() -> None:
    result = openai_response(responses_stream(*created(), *text_message_events(), COMPLETED_TEXT))

    assert result == dump(COMPLETED_TEXT, "response")
    assert Response.model_validate(result) == Response.model_validate(COMPLETED_TEXT["response"])
    assert Response.model_validate(result).output_text == "Hi there! How can I help?"


def test_responses_text_stream_cut_off_mid_text() -> None:
    result = openai_response(responses_stream(*created(), *text_message_events()[:4]))

    assert result == {
        **dump(created()[1], "response"),
        "status": "incomplete",
        "output": [
            {
                **dump(text_message_events()[0], "item"),
                "status": "incomplete",
                "content": [text_part("Hi there! How can")],
            }
        ],
    }
    assert Response.model_validate(result).output_text == "Hi there! How can"


def function_call_events(index: int = 0) -> list[Json]:
    where = {"item_id": CALL_ITEM_ID, "output_index": index}
    return [
        {"type": "response.output_item.added", "output_index": index, "item": call_item("in_progress", "")},
        {"type": "response.function_call_arguments.delta", **where, "delta": '{"location":'},
        {"type": "response.function_call_arguments.delta", **where, "delta": ' "Paris, '},
        {"type": "response.function_call_arguments.delta", **where, "delta": 'France"}'},
        {
            "type": "response.function_call_arguments.done",
            **where,
            "arguments": '{"location": "Paris, France"}',
        },
        {
            "type": "response.output_item.done",
            "output_index": index,
            "item": call_item("completed", '{"location": "Paris, France"}'),
        },
    ]


COMPLETED_TEXT_AND_CALL = {
    "type": "response.completed",
    "response": response_object(
        "completed",
        [
            message_item("completed", text_part("Hi there! How can I help?")),
            call_item("completed", '{"location": "Paris, France"}'),
        ],
        RESPONSE_USAGE,
    ),
}


def test_responses_text_and_function_call() -> None:
    events = responses_stream(
        *created(), *text_message_events(0), *function_call_events(1), COMPLETED_TEXT_AND_CALL
    )

    result = openai_response(events)

    assert result == dump(COMPLETED_TEXT_AND_CALL, "response")
    Response.model_validate(result)


def test_responses_rebuilt_from_items_when_the_final_event_is_missing() -> None:
    """Everything but response.completed arrived: the finished items, status incomplete."""
    events = responses_stream(*created(), *text_message_events(0), *function_call_events(1))

    result = openai_response(events)

    assert result == {
        **dump(created()[1], "response"),
        "status": "incomplete",
        "output": dump(COMPLETED_TEXT_AND_CALL, "response")["output"],
    }
    Response.model_validate(result)


def test_responses_function_call_cut_off_mid_arguments() -> None:
    result = openai_response(responses_stream(*created(), *function_call_events()[:3]))

    item = {
        **dump(function_call_events()[0], "item"),
        "arguments": '{"location": "Paris, ',
        "status": "incomplete",
    }
    assert result == {**dump(created()[1], "response"), "status": "incomplete", "output": [item]}
    Response.model_validate(result)


def test_responses_reasoning_summary_then_text_cut_off() -> None:
    reasoning = {"id": REASONING_ID, "type": "reasoning", "summary": []}
    where = {"item_id": REASONING_ID, "output_index": 0, "summary_index": 0}
    events = responses_stream(
        *created(),
        {"type": "response.output_item.added", "output_index": 0, "item": reasoning},
        {
            "type": "response.reasoning_summary_part.added",
            **where,
            "part": {"type": "summary_text", "text": ""},
        },
        {"type": "response.reasoning_summary_text.delta", **where, "delta": "**Greeting** The user"},
        {"type": "response.reasoning_summary_text.delta", **where, "delta": " says hi."},
        {
            "type": "response.reasoning_summary_text.done",
            **where,
            "text": "**Greeting** The user says hi.",
        },
        *text_message_events(1)[:3],
    )

    result = openai_response(events)

    assert result["status"] == "incomplete"
    assert result["output"] == [
        {
            **dump({"type": "response.output_item.added", "output_index": 0, "item": reasoning}, "item"),
            "summary": [{"type": "summary_text", "text": "**Greeting** The user says hi."}],
        },
        {
            **dump(text_message_events(1)[0], "item"),
            "status": "incomplete",
            "content": [text_part("Hi there")],
        },
    ]
    Response.model_validate(result)


def test_responses_refusal() -> None:
    where = {"item_id": MESSAGE_ID, "output_index": 0, "content_index": 0}
    events = responses_stream(
        *created(),
        {"type": "response.output_item.added", "output_index": 0, "item": message_item("in_progress")},
        {"type": "response.content_part.added", **where, "part": {"type": "refusal", "refusal": ""}},
        {"type": "response.refusal.delta", **where, "delta": "I can't "},
        {"type": "response.refusal.delta", **where, "delta": "help with that."},
    )

    result = openai_response(events)

    assert result["output"][0]["content"] == [{"type": "refusal", "refusal": "I can't help with that."}]
    Response.model_validate(result)


@pytest.mark.parametrize(
    "ending",
    [
        {
            "type": "response.incomplete",
            "response": response_object(
                "incomplete",
                [message_item("incomplete", text_part("Hi there! How can"))],
                RESPONSE_USAGE,
                incomplete_details={"reason": "max_output_tokens"},
            ),
        },
        {
            "type": "response.failed",
            "response": response_object(
                "failed", [], None, error={"code": "server_error", "message": "The server had an error."}
            ),
        },
    ],
    ids=["incomplete", "failed"],
)
def test_responses_incomplete_and_failed_endings_are_taken_as_they_are(ending: Json) -> None:
    result = openai_response(responses_stream(*created(), *text_message_events()[:4], ending))

    expected = dump(ending, "response")
    if ending["type"] == "response.failed":  # the final response had no output: keep what streamed
        expected["output"] = [
            {
                **dump(text_message_events()[0], "item"),
                "status": "incomplete",
                "content": [text_part("Hi there! How can")],
            }
        ]
    assert result == expected
    Response.model_validate(result)


def test_responses_error_event_marks_the_response_failed() -> None:
    result = openai_response(
        responses_stream(
            *created(),
            *text_message_events()[:3],
            {"type": "error", "code": "server_error", "message": "The server had an error.", "param": None},
        )
    )

    assert result["status"] == "failed"
    assert result["error"] == {"code": "server_error", "message": "The server had an error."}
    assert Response.model_validate(result).output_text == "Hi there"


def test_responses_empty_stream_gives_a_valid_shell() -> None:
    result = openai_response([])

    assert result == {
        "id": "",
        "object": "response",
        "created_at": 0,
        "model": "",
        "status": "incomplete",
        "error": None,
        "incomplete_details": None,
        "output": [],
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
        "usage": None,
    }
    Response.model_validate(result)


def test_responses_deltas_without_their_item_still_count() -> None:
    """Events for items never announced (odd, but possible after a lost chunk) make blank items."""
    result = openai_response(
        [
            {
                "type": "response.output_text.delta",
                "item_id": "msg_1",
                "output_index": 0,
                "content_index": 0,
                "delta": "Hi",
            },
            {
                "type": "response.function_call_arguments.delta",
                "item_id": "fc_1",
                "output_index": 1,
                "delta": "{}",
            },
            {"type": "response.output_text.delta", "item_id": "msg_1", "content_index": 10**6, "delta": "!"},
        ]
    )

    assert result["output"][0]["content"][0]["text"] == "Hi"
    assert len(result["output"][0]["content"]) < 100  # a bogus index allocates nothing big
    assert result["output"][1]["arguments"] == "{}"


# ====================================================================== Anthropic messages

MESSAGE_EVENTS: TypeAdapter[Any] = TypeAdapter(RawMessageStreamEvent)
ANTHROPIC_MODEL = "claude-sonnet-4-5-20250929"
MSG_ID = "msg_01Aq9w938a90dw8q"
TOOL_ID = "toolu_01T1x1fJ34qAmk2tNTrN7Up6"
SIGNATURE = "EqQBCgIYAhIM1gbcDa9GJwZA2b3hGgxBdjrkzLoky3dl1pkiMOYds"


def anthropic_stream(*wire: Json) -> list[Json]:
    return [MESSAGE_EVENTS.validate_python(event).model_dump() for event in wire]


def message_start(**usage: Any) -> Json:
    return {
        "type": "message_start",
        "message": {
            "id": MSG_ID,
            "type": "message",
            "role": "assistant",
            "content": [],
            "model": ANTHROPIC_MODEL,
            "stop_reason": None,
            "stop_sequence": None,
            "usage": {"input_tokens": 472, "output_tokens": 2, **usage},
        },
    }


def block_start(index: int, block: Json) -> Json:
    return {"type": "content_block_start", "index": index, "content_block": block}


def block_delta(index: int, **fields: Any) -> Json:
    return {"type": "content_block_delta", "index": index, "delta": fields}


def block_stop(index: int) -> Json:
    return {"type": "content_block_stop", "index": index}


def message_delta(stop_reason: str | None, output_tokens: int, **usage: Any) -> Json:
    return {
        "type": "message_delta",
        "delta": {"stop_reason": stop_reason, "stop_sequence": None},
        "usage": {"output_tokens": output_tokens, **usage},
    }


THINKING_TEXT_TOOL = [
    message_start(),
    block_start(0, {"type": "thinking", "thinking": "", "signature": ""}),
    block_delta(0, type="thinking_delta", thinking="The user wants the weather"),
    block_delta(0, type="thinking_delta", thinking=" in Paris; I'll use the tool."),
    block_delta(0, type="signature_delta", signature=SIGNATURE),
    block_stop(0),
    block_start(1, {"type": "text", "text": ""}),
    block_delta(1, type="text_delta", text="Let me check"),
    block_delta(1, type="text_delta", text=" the weather."),
    block_stop(1),
    block_start(2, {"type": "tool_use", "id": TOOL_ID, "name": "get_weather", "input": {}}),
    block_delta(2, type="input_json_delta", partial_json=""),
    block_delta(2, type="input_json_delta", partial_json='{"location": "Par'),
    block_delta(2, type="input_json_delta", partial_json='is, France", "unit": '),
    block_delta(2, type="input_json_delta", partial_json='"celsius"}'),
    block_stop(2),
    message_delta("tool_use", 89),
    {"type": "message_stop"},
]

THINKING_BLOCK = {
    "type": "thinking",
    "thinking": "The user wants the weather in Paris; I'll use the tool.",
    "signature": SIGNATURE,
}
TEXT_BLOCK = {"type": "text", "text": "Let me check the weather.", "citations": None}
TOOL_BLOCK = {
    "type": "tool_use",
    "id": TOOL_ID,
    "name": "get_weather",
    "input": {"location": "Paris, France", "unit": "celsius"},
    "caller": None,
    "toolset_name": None,
}


def message(content: list[Json], stop_reason: str | None, output_tokens: int, **usage: Any) -> Json:
    """The expected message, in the shape of message_start's `model_dump()`."""
    start: Json = anthropic_stream(message_start())[0]["message"]
    return {
        **start,
        "content": content,
        "stop_reason": stop_reason,
        "usage": {**start["usage"], "output_tokens": output_tokens, **usage},
    }


def test_anthropic_thinking_text_and_tool_use() -> None:
    result = anthropic_message(anthropic_stream(*THINKING_TEXT_TOOL))

    assert result == message([THINKING_BLOCK, TEXT_BLOCK, TOOL_BLOCK], "tool_use", 89)
    non_streamed = {
        "id": MSG_ID,
        "type": "message",
        "role": "assistant",
        "model": ANTHROPIC_MODEL,
        "content": [
            {"type": "thinking", "thinking": THINKING_BLOCK["thinking"], "signature": SIGNATURE},
            {"type": "text", "text": "Let me check the weather."},
            {"type": "tool_use", "id": TOOL_ID, "name": "get_weather", "input": TOOL_BLOCK["input"]},
        ],
        "stop_reason": "tool_use",
        "stop_sequence": None,
        "usage": {"input_tokens": 472, "output_tokens": 89},
    }
    assert Message.model_validate(result) == Message.model_validate(non_streamed)


def test_anthropic_early_stop_keeps_partial_tool_input() -> None:
    result = anthropic_message(anthropic_stream(*THINKING_TEXT_TOOL[:13]))

    partial_tool = {**TOOL_BLOCK, "input": '{"location": "Par'}
    assert result == message([THINKING_BLOCK, TEXT_BLOCK, partial_tool], None, 2)


def test_anthropic_early_stop_before_any_tool_input_validates() -> None:
    result = anthropic_message(anthropic_stream(*THINKING_TEXT_TOOL[:9]))

    assert result == message([THINKING_BLOCK, TEXT_BLOCK], None, 2)
    Message.model_validate(result)


def test_anthropic_tool_use_without_arguments_keeps_empty_input() -> None:
    result = anthropic_message(
        anthropic_stream(
            message_start(),
            block_start(0, {"type": "tool_use", "id": TOOL_ID, "name": "get_time", "input": {}}),
            block_delta(0, type="input_json_delta", partial_json=""),
            block_stop(0),
            message_delta("tool_use", 12),
            {"type": "message_stop"},
        )
    )

    assert result["content"] == [{**TOOL_BLOCK, "name": "get_time", "input": {}}]
    Message.model_validate(result)


def test_anthropic_citations_and_stop_sequence() -> None:
    citation = {
        "type": "char_location",
        "cited_text": "The grass is green.",
        "document_index": 0,
        "document_title": "My Document",
        "start_char_index": 0,
        "end_char_index": 20,
    }
    events = anthropic_stream(
        message_start(),
        block_start(0, {"type": "text", "text": "", "citations": None}),
        block_delta(0, type="citations_delta", citation=citation),
        block_delta(0, type="text_delta", text="the grass is green"),
        block_stop(0),
        {
            "type": "message_delta",
            "delta": {"stop_reason": "stop_sequence", "stop_sequence": "###"},
            "usage": {"output_tokens": 9},
        },
        {"type": "message_stop"},
    )

    result = anthropic_message(events)

    citation_dump = events[2]["delta"]["citation"]
    assert result == {
        **message(
            [{"type": "text", "text": "the grass is green", "citations": [citation_dump]}], "stop_sequence", 9
        ),
        "stop_sequence": "###",
    }
    Message.model_validate(result)


def test_anthropic_usage_totals_replace_and_absent_ones_stay() -> None:
    events = anthropic_stream(
        message_start(cache_read_input_tokens=1024, cache_creation_input_tokens=0),
        block_start(0, {"type": "text", "text": ""}),
        block_delta(0, type="text_delta", text="Hi"),
        block_stop(0),
        message_delta(
            "end_turn",
            15,
            input_tokens=None,
            cache_creation_input_tokens=None,
            cache_read_input_tokens=1024,
            server_tool_use={"web_search_requests": 1, "web_fetch_requests": 0},
        ),
        {"type": "message_stop"},
    )

    result = anthropic_message(events)

    usage_dump = events[0]["message"]["usage"]
    assert result["usage"] == {
        **usage_dump,
        "input_tokens": 472,
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": 1024,
        "output_tokens": 15,
        "server_tool_use": events[4]["usage"]["server_tool_use"],
    }
    assert result["stop_reason"] == "end_turn"
    Message.model_validate(result)


def test_anthropic_stream_helper_events_are_not_counted_twice() -> None:
    """`messages.stream()` adds its own events (text, input_json, snapshots) to the raw ones."""
    raw = anthropic_stream(*THINKING_TEXT_TOOL)
    final = message([THINKING_BLOCK, TEXT_BLOCK, TOOL_BLOCK], "tool_use", 89)
    with_helpers = [
        *raw[:8],
        {"type": "text", "text": "Let me check", "snapshot": "Let me check"},
        *raw[8:13],
        {"type": "input_json", "partial_json": '{"location": "Par', "snapshot": {"location": "Par"}},
        {"type": "thinking", "thinking": "x", "snapshot": "x"},
        {"type": "signature", "signature": "y"},
        {"type": "citation", "citation": {}, "snapshot": []},
        *raw[13:15],
        {"type": "content_block_stop", "index": 2, "content_block": TOOL_BLOCK},
        *raw[16:],
        {"type": "message_stop", "message": final},
    ]

    assert anthropic_message(with_helpers) == final


def test_anthropic_signature_delta_replaces() -> None:
    """As in the SDK's own accumulation: a signature_delta carries the whole signature."""
    result = anthropic_message(
        anthropic_stream(
            message_start(),
            block_start(0, {"type": "thinking", "thinking": "", "signature": "placeholder"}),
            block_delta(0, type="thinking_delta", thinking="Hmm."),
            block_delta(0, type="signature_delta", signature="first"),
            block_delta(0, type="signature_delta", signature=SIGNATURE),
        )
    )

    assert result["content"] == [{"type": "thinking", "thinking": "Hmm.", "signature": SIGNATURE}]


def test_anthropic_empty_stream_gives_a_valid_shell() -> None:
    result = anthropic_message([])

    assert result == {
        "id": "",
        "type": "message",
        "role": "assistant",
        "model": "",
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {"input_tokens": 0, "output_tokens": 0},
    }
    Message.model_validate(result)


def test_anthropic_inputs_are_not_changed() -> None:
    events = anthropic_stream(*THINKING_TEXT_TOOL)
    before = copy.deepcopy(events)
    result = anthropic_message(events)
    result["content"][2]["input"]["unit"] = "kelvin"
    result["usage"]["output_tokens"] = 0

    assert events == before


# ============================================================================ robustness

AGGREGATORS: list[tuple[Callable[[Any], Json], str, str]] = [
    (openai_chat_completion, "object", "chat.completion"),
    (openai_response, "object", "response"),
    (anthropic_message, "type", "message"),
]
FIELD_NAMES = st.sampled_from(
    [
        "id", "type", "index", "choices", "delta", "content", "tool_calls", "function", "arguments",
        "name", "finish_reason", "logprobs", "usage", "refusal", "audio", "annotations", "function_call",
        "response", "output", "item", "output_index", "content_index", "summary_index", "item_id", "part",
        "text", "message", "content_block", "partial_json", "stop_reason", "annotation", "status",
    ]
)  # fmt: skip
EVENT_TYPES = st.sampled_from(
    [
        "response.created", "response.completed", "response.output_item.added", "response.output_item.done",
        "response.output_text.delta", "response.output_text.done", "response.content_part.added",
        "response.function_call_arguments.delta", "response.reasoning_summary_text.delta",
        "response.output_text.annotation.added", "response.refusal.done", "error", "message_start",
        "content_block_start", "content_block_delta", "message_delta", "text_delta", "input_json_delta",
        "thinking_delta", "signature_delta", "citations_delta", "tool_use", "text",
    ]
)  # fmt: skip
JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=5)
    | EVENT_TYPES,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(FIELD_NAMES, inner, max_size=6),
    max_leaves=30,
)


@settings(max_examples=300, deadline=None)
@given(st.lists(JSON_VALUES, max_size=8))
def test_arbitrary_json_never_raises(chunks: list[Any]) -> None:
    for aggregate, marker, value in AGGREGATORS:
        result = aggregate(chunks)
        assert isinstance(result, dict)
        assert result[marker] == value
        json.dumps(result)


REALISTIC: list[tuple[Callable[[Any], Json], list[Json]]] = [
    (openai_chat_completion, PARALLEL_TOOL_CALLS),
    (
        openai_response,
        responses_stream(
            *created(), *text_message_events(0), *function_call_events(1), COMPLETED_TEXT_AND_CALL
        ),
    ),
    (anthropic_message, anthropic_stream(*THINKING_TEXT_TOOL)),
]


@settings(max_examples=100, deadline=None)
@given(st.data())
def test_reordered_dropped_and_repeated_chunks_never_raise(data: st.DataObject) -> None:
    for aggregate, stream in REALISTIC:
        picked = data.draw(st.lists(st.sampled_from(stream), max_size=len(stream) + 3))
        result = aggregate(picked)
        assert isinstance(result, dict)
        json.dumps(result)


def scramble(value: Any) -> None:
    """Change every container in `value` in place."""
    if isinstance(value, dict):
        for item in list(value.values()):
            scramble(item)
        value.clear()
        value["scrambled"] = True
    elif isinstance(value, list):
        for item in value:
            scramble(item)
        value.append("scrambled")


def test_results_share_nothing_with_the_chunks() -> None:
    for aggregate, stream in REALISTIC:
        chunks = copy.deepcopy(stream)
        scramble(aggregate(chunks))
        assert chunks == stream


def test_a_chunk_whose_reading_fails_is_skipped() -> None:
    class Hostile(Mapping[str, Any]):
        def __getitem__(self, key: str) -> Any:
            raise RuntimeError("no")

        def __iter__(self) -> Any:
            raise RuntimeError("no")

        def __len__(self) -> int:
            return 1

    for aggregate, stream in REALISTIC:
        assert aggregate([Hostile(), *stream]) == aggregate(stream)


def test_input_that_fails_midway_keeps_the_chunks_read() -> None:
    def broken() -> Any:
        yield from TEXT_STREAM[:2]
        raise RuntimeError("connection reset")

    assert openai_chat_completion(broken()) == openai_chat_completion(TEXT_STREAM[:2])
    assert openai_chat_completion(None) == openai_chat_completion([])  # type: ignore[arg-type]
