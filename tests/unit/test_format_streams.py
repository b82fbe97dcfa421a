"""Stream paths of the provider formats that other tests do not reach: the reply run() shows as a
blueprint message while a stream is read (tool calls, thinking), and chat audio and annotations
added up. Chunks are written by hand as the SDKs dump them; expected values are written out.
"""

from __future__ import annotations

from typing import Any

from promptlayer.providers.formats import FORMATS
from promptlayer.providers.formats.openai_chat import openai_chat_completion

Json = dict[str, Any]


def reply_after(format_key: tuple[str, str], chunks: list[Json]) -> Json:
    reply_type = FORMATS[format_key].reply
    assert reply_type is not None
    reply = reply_type()
    for chunk in chunks:
        reply.add(chunk)
    return reply.message()


def chat_delta(index: int = 0, finish_reason: str | None = None, **delta: Any) -> Json:
    return {"choices": [{"index": index, "delta": delta, "finish_reason": finish_reason}]}


def test_chat_reply_has_the_first_choice_text_and_tool_calls() -> None:
    chunks = [
        chat_delta(role="assistant", content=""),
        chat_delta(content="Let me check."),
        chat_delta(
            tool_calls=[
                {
                    "index": 0,
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "weather", "arguments": ""},
                }
            ]
        ),
        chat_delta(tool_calls=[{"index": 0, "function": {"arguments": '{"city": '}}]),
        chat_delta(tool_calls=[{"index": 0, "function": {"arguments": '"Paris"}'}}]),
        chat_delta(index=1, content="another choice"),
        chat_delta(finish_reason="tool_calls"),
    ]

    assert reply_after(("openai", "chat"), chunks) == {
        "role": "assistant",
        "content": [{"type": "text", "text": "Let me check."}],
        "input_variables": [],
        "template_format": "f-string",
        "tool_calls": [
            {
                "id": "call_1",
                "type": "function",
                "function": {"name": "weather", "arguments": '{"city": "Paris"}'},
            }
        ],
    }


def test_anthropic_reply_keeps_thinking_with_its_signature_and_tool_uses() -> None:
    def block_delta(index: int, **delta: Any) -> Json:
        return {"type": "content_block_delta", "index": index, "delta": delta}

    events: list[Json] = [
        {
            "type": "message_start",
            "message": {"id": "msg_1", "type": "message", "role": "assistant", "content": []},
        },
        {
            "type": "content_block_start",
            "index": 0,
            "content_block": {"type": "thinking", "thinking": "", "signature": ""},
        },
        block_delta(0, type="thinking_delta", thinking="A tool knows the weather."),
        block_delta(0, type="signature_delta", signature="sig-1"),
        {"type": "content_block_start", "index": 1, "content_block": {"type": "text", "text": ""}},
        block_delta(1, type="text_delta", text="Checking."),
        {
            "type": "content_block_start",
            "index": 2,
            "content_block": {"type": "tool_use", "id": "toolu_1", "name": "weather", "input": {}},
        },
        block_delta(2, type="input_json_delta", partial_json='{"city": "Paris"}'),
        {"type": "message_stop"},
    ]

    assert reply_after(("anthropic", "chat"), events) == {
        "role": "assistant",
        "content": [
            {"type": "thinking", "thinking": "A tool knows the weather.", "signature": "sig-1"},
            {"type": "text", "text": "Checking."},
        ],
        "input_variables": [],
        "template_format": "f-string",
        "tool_calls": [
            {
                "id": "toolu_1",
                "type": "function",
                "function": {"name": "weather", "arguments": '{"city": "Paris"}'},
            }
        ],
    }


def test_responses_reply_reads_summaries_as_thinking_and_keeps_the_call_item_id() -> None:
    events = [
        {
            "type": "response.output_item.added",
            "output_index": 0,
            "item": {"type": "reasoning", "id": "rs_1"},
        },
        {
            "type": "response.reasoning_summary_text.delta",
            "output_index": 0,
            "summary_index": 0,
            "delta": "Think",
        },
        {"type": "response.output_item.added", "output_index": 1, "item": {"type": "message", "id": "msg_1"}},
        {"type": "response.output_text.delta", "output_index": 1, "content_index": 0, "delta": "Hi"},
        {
            "type": "response.output_item.added",
            "output_index": 2,
            "item": {"type": "function_call", "id": "fc_1", "call_id": "call_1", "name": "weather"},
        },
        {"type": "response.function_call_arguments.delta", "output_index": 2, "delta": '{"city":"Paris"}'},
    ]

    assert reply_after(("openai", "responses"), events) == {
        "role": "assistant",
        "content": [
            {"type": "thinking", "thinking": "Think", "signature": None},
            {"type": "text", "text": "Hi"},
        ],
        "input_variables": [],
        "template_format": "f-string",
        "tool_calls": [
            {
                "id": "call_1",
                "type": "function",
                "function": {"name": "weather", "arguments": '{"city":"Paris"}'},
                "tool_id": "fc_1",
            }
        ],
    }


def test_chat_audio_and_annotations_add_up() -> None:
    first = chat_delta(
        role="assistant", audio={"id": "audio_1", "data": "AAA", "transcript": "Hel", "expires_at": 1700}
    )
    first.update(
        {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": "gpt-4o-audio"}
    )
    chunks = [
        first,
        chat_delta(audio={"data": "BBB", "transcript": "lo"}),
        chat_delta(annotations=[{"type": "url_citation", "url_citation": {"url": "https://example.com"}}]),
        chat_delta(finish_reason="stop"),
    ]

    assert openai_chat_completion(chunks) == {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": "gpt-4o-audio",
        "system_fingerprint": None,
        "service_tier": None,
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": None,
                    "refusal": None,
                    "annotations": [{"type": "url_citation", "url_citation": {"url": "https://example.com"}}],
                    "audio": {"id": "audio_1", "data": "AAABBB", "expires_at": 1700, "transcript": "Hello"},
                },
                "logprobs": None,
                "finish_reason": "stop",
            }
        ],
        "usage": None,
    }
