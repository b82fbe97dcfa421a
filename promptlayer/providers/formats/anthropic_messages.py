"""Anthropic Messages (`messages.create`)."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Mapping
from typing import Any

from ._base import (
    Aggregator,
    Format,
    JsonDict,
    Reply,
    append_text,
    as_int,
    as_list,
    as_mapping,
    as_str,
    converted,
    forced_function,
    function_calls,
    function_tools,
    joined_text,
    template_messages,
)

# -- template -> kwargs ----------------------------------------------------------------------------

DEFAULT_MAX_TOKENS = 1024  # Anthropic requires max_tokens; the template may not set it
_TOOL_CHOICE = {"auto": {"type": "auto"}, "required": {"type": "any"}, "none": {"type": "none"}}
_SYSTEM_ROLES = ("system", "developer")
_SYSTEM_SEPARATOR = "\n\n"


def _image(url: str) -> dict[str, Any]:
    if url.startswith("data:") and ";base64," in url:
        media_type, data = url[len("data:") :].split(";base64,", 1)
        return {"type": "image", "source": {"type": "base64", "media_type": media_type, "data": data}}
    return {"type": "image", "source": {"type": "url", "url": url}}


def _part(part: dict[str, Any]) -> dict[str, Any] | None:
    kind = part.get("type")
    if kind == "text" and isinstance(part.get("text"), str):
        return {"type": "text", "text": part["text"]}
    if kind == "image_url" and isinstance(part.get("image_url"), dict):
        url = part["image_url"].get("url")
        return _image(url) if isinstance(url, str) else None
    if kind == "thinking" and part.get("signature"):
        return {"type": "thinking", "thinking": part.get("thinking", ""), "signature": part["signature"]}
    return None


def _tool_input(arguments: Any) -> Any:
    try:
        value = json.loads(arguments) if isinstance(arguments, str) and arguments else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _message(message: dict[str, Any]) -> dict[str, Any] | None:
    role = message.get("role")
    if role == "tool":
        result = {"type": "tool_result", "tool_use_id": message.get("tool_call_id")}
        return {"role": "user", "content": [{**result, "content": converted(message.get("content"), _part)}]}
    content = converted(message.get("content"), _part)
    if role == "assistant":
        content.extend(
            {"type": "tool_use", "id": call_id, "name": name, "input": _tool_input(arguments)}
            for call_id, name, arguments in function_calls(message)
        )
    if not content:
        return None  # Anthropic rejects empty messages
    return {"role": "assistant" if role == "assistant" else "user", "content": content}


def llm_kwargs(template: Mapping[str, Any], params: dict[str, Any], model: str) -> dict[str, Any]:
    """System and developer messages become `system`, joined; function tools become tools."""
    kwargs: dict[str, Any] = {"model": model, "max_tokens": DEFAULT_MAX_TOKENS, **params}
    messages = list(template_messages(template))
    system = [joined_text(m.get("content")) for m in messages if m.get("role") in _SYSTEM_ROLES]
    kwargs["messages"] = converted([m for m in messages if m.get("role") not in _SYSTEM_ROLES], _message)
    system_text = _SYSTEM_SEPARATOR.join(text for text in system if text)
    if system_text:
        kwargs["system"] = system_text
    functions = function_tools(template)
    if functions:
        kwargs["tools"] = [
            {
                "name": f.get("name"),
                "description": f.get("description", ""),
                "input_schema": copy.deepcopy(f.get("parameters") or {"type": "object", "properties": {}}),
            }
            for f in functions
        ]
        choice = template.get("tool_choice")
        forced = forced_function(choice)
        if forced is not None:
            kwargs["tool_choice"] = {"type": "tool", "name": forced}
        elif isinstance(choice, str) and choice in _TOOL_CHOICE:
            kwargs["tool_choice"] = dict(_TOOL_CHOICE[choice])
    return kwargs


# -- stream -> message -----------------------------------------------------------------------------


_EMPTY_MESSAGE: JsonDict = {
    "id": "",
    "type": "message",
    "role": "assistant",
    "model": "",
    "content": [],
    "stop_reason": None,
    "stop_sequence": None,
    "usage": {"input_tokens": 0, "output_tokens": 0},
}
# A delta to a block that was not started starts a blank one: delta type -> blank block.
_BLANK_BLOCKS: dict[str, JsonDict] = {
    "text_delta": {"type": "text", "text": "", "citations": None},
    "citations_delta": {"type": "text", "text": "", "citations": None},
    "thinking_delta": {"type": "thinking", "thinking": "", "signature": ""},
    "signature_delta": {"type": "thinking", "thinking": "", "signature": ""},
    "input_json_delta": {"type": "tool_use", "id": "", "name": "", "input": {}},
}


class MessageAggregator(Aggregator):
    """Message stream events as the ``message`` of a non-streamed call (as ``model_dump()`` of
    the SDK's type); one that stopped before ``message_delta`` has ``stop_reason`` None.

    That is the ``message_start`` message, with the content blocks from ``content_block_start`` and
    their deltas applied (``text_delta`` and ``thinking_delta`` concatenated, ``signature_delta``
    set, ``citations_delta`` appended, ``input_json_delta`` concatenated and parsed into the tool
    block's ``input`` -- kept as the raw string when it does not parse, as when the stream was
    cut off), then ``message_delta``'s ``stop_reason``, ``stop_sequence`` and usage merged in
    (and, for beta messages, its ``container``, ``context_management`` and
    ``input_transformations``)."""

    def __init__(self) -> None:
        super().__init__()
        self.message: JsonDict | None = None
        self.blocks: dict[int, JsonDict] = {}
        self.tool_input: dict[int, list[str]] = {}

    def apply(self, chunk: Mapping[str, Any]) -> None:
        event = chunk
        kind = as_str(event.get("type"))
        if kind == "message_start":
            message = as_mapping(event.get("message"))
            if message is not None and self.message is None:
                self.message = copy.deepcopy(dict(message))
                for position, existing in enumerate(as_list(self.message.get("content"))):
                    if isinstance(existing, dict):
                        self.blocks[position] = existing
        elif kind == "content_block_start":
            block = as_mapping(event.get("content_block"))
            if block is not None:
                index = as_int(event.get("index"))
                if index is None:
                    index = max(self.blocks, default=-1) + 1
                self.blocks[index] = copy.deepcopy(dict(block))
                self.tool_input.pop(index, None)
        elif kind == "content_block_delta":
            delta = as_mapping(event.get("delta"))
            if delta is not None:
                self._apply_delta(as_int(event.get("index")), delta)
        elif kind == "message_delta":
            self._apply_message_delta(event)
        # message_stop, content_block_stop, ping, and the `messages.stream()` helper's own
        # events (text, thinking, signature, input_json, citation) add nothing new.

    def _apply_delta(self, index: int | None, delta: Mapping[str, Any]) -> None:
        kind = as_str(delta.get("type"))
        if kind not in _BLANK_BLOCKS:
            return
        position = index if index is not None else max(self.blocks, default=0)
        if position not in self.blocks:
            self.blocks[position] = copy.deepcopy(_BLANK_BLOCKS[kind])
        block = self.blocks[position]
        if kind == "text_delta":
            append_text(block, "text", delta.get("text"))
        elif kind == "thinking_delta":
            append_text(block, "thinking", delta.get("thinking"))
        elif kind == "signature_delta":
            block["signature"] = as_str(delta.get("signature")) or ""
        elif kind == "citations_delta" and delta.get("citation") is not None:
            block["citations"] = [*as_list(block.get("citations")), copy.deepcopy(delta["citation"])]
        elif kind == "input_json_delta":
            self.tool_input.setdefault(position, []).append(as_str(delta.get("partial_json")) or "")

    def _apply_message_delta(self, event: Mapping[str, Any]) -> None:
        message = self.message if self.message is not None else copy.deepcopy(_EMPTY_MESSAGE)
        self.message = message
        delta = as_mapping(event.get("delta")) or {}
        for key in ("stop_reason", "stop_sequence", "stop_details"):
            if key in delta:
                message[key] = copy.deepcopy(delta[key])
        if delta.get("container") is not None:
            message["container"] = copy.deepcopy(delta["container"])
        # Beta messages: set by the event itself (the latter only after a mid-stream fallback).
        for key in ("context_management", "input_transformations"):
            if event.get(key) is not None:
                message[key] = copy.deepcopy(event[key])
        # message_delta usage counts are running totals: they replace, and an absent (None)
        # one leaves the message_start value in place.
        usage = as_mapping(event.get("usage"))
        if usage is not None:
            merged = message.get("usage")
            if not isinstance(merged, dict):
                merged = message["usage"] = {"input_tokens": 0, "output_tokens": 0}
            for key, value in usage.items():
                if value is not None:
                    merged[key] = copy.deepcopy(value)

    def build(self) -> JsonDict:
        message = self.message if self.message is not None else copy.deepcopy(_EMPTY_MESSAGE)
        for index, pieces in self.tool_input.items():
            raw = "".join(pieces)
            if raw:
                try:
                    self.blocks[index]["input"] = json.loads(raw)
                except (ValueError, RecursionError):  # cut off mid-stream: keep what arrived
                    self.blocks[index]["input"] = raw
        message["content"] = [block for _, block in sorted(self.blocks.items())]
        return message


def anthropic_message(events: Iterable[Mapping[str, Any]]) -> JsonDict:
    """The ``message`` object a streamed Anthropic message amounts to."""
    return MessageAggregator.of(events)


# -- stream -> blueprint message -------------------------------------------------------------------


class MessageReply(Reply):
    """Text and thinking blocks (with their signatures) and tool uses."""

    def apply(self, chunk: Mapping[str, Any]) -> None:
        kind = chunk.get("type")
        key = (chunk.get("index") or 0,)
        if kind == "content_block_start":
            block = chunk.get("content_block") or {}
            if block.get("type") == "tool_use":
                self.call(key, block.get("id"), block.get("name"))
            elif block.get("type") in ("text", "thinking"):
                self.text(key, block.get(block["type"]), block["type"])
        elif kind == "content_block_delta":
            delta = chunk.get("delta") or {}
            if delta.get("type") in ("text_delta", "thinking_delta"):
                text_kind = delta["type"].removesuffix("_delta")
                self.text(key, delta.get(text_kind), text_kind)
            elif delta.get("type") == "signature_delta" and key in self.parts:
                self.parts[key]["signature"] = delta.get("signature")
            elif delta.get("type") == "input_json_delta":
                self.add_arguments(key, delta.get("partial_json"))


FORMAT = Format(
    method=("messages", "create"),
    llm_kwargs=llm_kwargs,
    aggregator=MessageAggregator,
    reply=MessageReply,
)
