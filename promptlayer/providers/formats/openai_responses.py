"""OpenAI Responses API (`responses.create`), chosen by ``metadata.model.api_type: "responses"``.

A stream of ``response.*`` events adds up to the ``response`` object it carried (the one of
``response.created`` / ``response.completed``), so it matches ``model_dump()`` of the SDK's
non-streaming type; one that stopped early has ``status`` "incomplete".
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ...templates.rendering import template_kind
from . import openai_chat
from ._base import (
    Aggregator,
    Format,
    JsonDict,
    Reply,
    as_int,
    as_list,
    as_mapping,
    as_str,
    chat_template,
    content_parts,
    deep_copy,
    dicts,
    forced_function,
    joined_text,
    tool_call,
)

# -- template -> kwargs ----------------------------------------------------------------------------

# Parameter names that differ between Chat Completions and Responses.
_PARAM_NAMES = {"max_tokens": "max_output_tokens", "max_completion_tokens": "max_output_tokens"}


def _part(part: dict[str, Any], text_type: str) -> dict[str, Any] | None:
    if part.get("type") == "text" and isinstance(part.get("text"), str):
        return {"type": text_type, "text": part["text"]}
    if part.get("type") == "image_url" and isinstance(part.get("image_url"), dict):
        image = part["image_url"]
        return {"type": "input_image", "image_url": image.get("url"), "detail": image.get("detail") or "auto"}
    return None


def _items(message: dict[str, Any]) -> list[dict[str, Any]]:
    role = message.get("role")
    if role == "placeholder":
        return []
    if role in ("tool", "function"):
        call_id = message.get("tool_call_id") if role == "tool" else message.get("name")
        return [
            {
                "type": "function_call_output",
                "call_id": call_id,
                "output": joined_text(message.get("content")),
            }
        ]
    text_type = "output_text" if role == "assistant" else "input_text"
    content = [m for p in dicts(message.get("content")) if (m := _part(p, text_type)) is not None]
    items: list[dict[str, Any]] = [{"role": role, "content": content}] if content else []
    for call in dicts(message.get("tool_calls")):
        function = call.get("function") or {}
        items.append(
            {
                "type": "function_call",
                "call_id": call.get("id"),
                "name": function.get("name"),
                "arguments": function.get("arguments", ""),
            }
        )
    return items


def _tools(template: Mapping[str, Any]) -> list[dict[str, Any]]:
    tools: list[dict[str, Any]] = []
    for tool in dicts(template.get("tools")):
        if tool.get("type", "function") == "function" and isinstance(tool.get("function"), dict):
            tools.append({"type": "function", **copy.deepcopy(tool["function"])})
        elif isinstance(tool.get("config"), dict) and str(tool.get("provider", "openai")).startswith(
            "openai"
        ):
            tools.append({"type": tool.get("type"), **copy.deepcopy(tool["config"])})  # built-in tool
    return tools


def llm_kwargs(template: Mapping[str, Any], params: dict[str, Any], model: str) -> dict[str, Any]:
    """Chat and completion templates alike: a completion template's text is the input."""
    kwargs: dict[str, Any] = {"model": model}
    kwargs.update({_PARAM_NAMES.get(key, key): value for key, value in params.items()})
    if template_kind(template) == "completion":
        kwargs["input"] = joined_text(template.get("content"))
        return kwargs
    kwargs["input"] = [item for message in dicts(template.get("messages")) for item in _items(message)]
    tools = _tools(template)
    if tools:
        kwargs["tools"] = tools
        choice = template.get("tool_choice")
        forced = forced_function(choice)
        if forced is not None:
            kwargs["tool_choice"] = {"type": "function", "name": forced}
        elif choice is not None:
            kwargs["tool_choice"] = copy.deepcopy(choice)
    return kwargs


# -- stream -> response ----------------------------------------------------------------------------

_SNAPSHOTS = frozenset({"response.created", "response.queued", "response.in_progress"})
_ENDINGS = frozenset({"response.completed", "response.incomplete", "response.failed"})


def _empty_response() -> JsonDict:
    return {
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


def _message_item(item_id: str) -> JsonDict:
    return {"id": item_id, "type": "message", "role": "assistant", "status": "in_progress", "content": []}


def _function_call_item(item_id: str) -> JsonDict:
    return {
        "id": item_id,
        "type": "function_call",
        "call_id": "",
        "name": "",
        "arguments": "",
        "status": "in_progress",
    }


def _custom_tool_call_item(item_id: str) -> JsonDict:
    return {"id": item_id, "type": "custom_tool_call", "call_id": "", "name": "", "input": ""}


def _mcp_call_item(item_id: str) -> JsonDict:
    return {"id": item_id, "type": "mcp_call", "name": "", "server_label": "", "arguments": ""}


def _reasoning_item(item_id: str) -> JsonDict:
    return {"id": item_id, "type": "reasoning", "summary": [], "status": "in_progress"}


def _output_text() -> JsonDict:
    return {"type": "output_text", "text": "", "annotations": [], "logprobs": []}


def _refusal() -> JsonDict:
    return {"type": "refusal", "refusal": ""}


def _summary_text() -> JsonDict:
    return {"type": "summary_text", "text": ""}


def _reasoning_text() -> JsonDict:
    return {"type": "reasoning_text", "text": ""}


_MAX_INDEX_GAP = 16

ItemFactory = Callable[[str], JsonDict]
PartFactory = Callable[[], JsonDict]

# Text streamed into a part of an item: event prefix -> (blank item, the item's list of
# parts, the event field indexing it, blank part, the part's text field). `<prefix>.delta`
# appends `delta`; `<prefix>.done` sets the whole text (from the same-named event field).
_PART_TEXT: dict[str, tuple[ItemFactory, str, str, PartFactory, str]] = {
    "response.output_text": (_message_item, "content", "content_index", _output_text, "text"),
    "response.refusal": (_message_item, "content", "content_index", _refusal, "refusal"),
    "response.reasoning_summary_text": (_reasoning_item, "summary", "summary_index", _summary_text, "text"),
    "response.reasoning_text": (_reasoning_item, "content", "content_index", _reasoning_text, "text"),
}
# Text streamed into a field of an item itself: event prefix -> (blank item, field).
_ITEM_TEXT: dict[str, tuple[ItemFactory, str]] = {
    "response.function_call_arguments": (_function_call_item, "arguments"),
    "response.mcp_call_arguments": (_mcp_call_item, "arguments"),
    "response.custom_tool_call_input": (_custom_tool_call_item, "input"),
}
# Whole parts announced (`.added`) and finished (`.done`): event prefix -> (blank item,
# the item's list of parts, the event field indexing it).
_PARTS: dict[str, tuple[ItemFactory, str, str]] = {
    "response.content_part": (_message_item, "content", "content_index"),
    "response.reasoning_summary_part": (_reasoning_item, "summary", "summary_index"),
}


def _slot(container: JsonDict, key: str, index: object, blank: PartFactory) -> JsonDict:
    """``container[key][index]``, creating the list and blank entries up to ``index`` as needed."""
    entries = container.get(key)
    if not isinstance(entries, list):
        entries = container[key] = []
    position = as_int(index)
    if position is None or position < 0:
        position = max(len(entries) - 1, 0)
    position = min(position, len(entries) + _MAX_INDEX_GAP)  # a bogus huge index must not allocate
    while len(entries) <= position:
        entries.append(blank())
    if not isinstance(entries[position], dict):
        entries[position] = blank()
    entry: JsonDict = entries[position]
    return entry


def _stream_text(target: JsonDict, key: str, stage: str, event: Mapping[str, Any]) -> None:
    if stage == "delta":
        target[key] = (as_str(target.get(key)) or "") + (as_str(event.get("delta")) or "")
    elif stage == "done" and (final := as_str(event.get(key))) is not None:
        target[key] = final


class ResponseAggregator(Aggregator):
    """When the stream reached its end (``response.completed``, ``response.incomplete`` or
    ``response.failed``) that event's ``response`` is the answer. Otherwise it is rebuilt from
    the last ``response.created``/``queued``/``in_progress`` snapshot plus the output items
    received (``response.output_item.added/done``, with the ``output_text``, ``refusal``,
    ``function_call_arguments``, ``custom_tool_call_input``, ``mcp_call_arguments``,
    ``reasoning_summary_*`` and ``reasoning_text`` deltas applied), with ``status``
    "incomplete" ("failed", with the error, after an ``error`` event) and unfinished items
    marked "incomplete"."""

    def __init__(self) -> None:
        super().__init__()
        self.snapshot: JsonDict | None = None
        self.final: JsonDict | None = None
        self.items: dict[int, JsonDict] = {}
        self.finished_items: set[int] = set()
        self.error: JsonDict | None = None

    def apply(self, chunk: Mapping[str, Any]) -> None:
        event = chunk
        kind = as_str(event.get("type")) or ""
        prefix, _, stage = kind.rpartition(".")
        if kind in _SNAPSHOTS or kind in _ENDINGS:
            response = as_mapping(event.get("response"))
            if response is not None:
                if kind in _ENDINGS:
                    self.final = deep_copy(dict(response))
                else:
                    self.snapshot = deep_copy(dict(response))
        elif prefix == "response.output_item":
            item = as_mapping(event.get("item"))
            if item is not None:
                index = as_int(event.get("output_index"))
                if index is None:
                    index = self._index_of(as_str(item.get("id")))
                self.items[index] = deep_copy(dict(item))
                if stage == "done":
                    self.finished_items.add(index)
        elif prefix in _PART_TEXT:
            blank_item, parts, index_key, blank_part, key = _PART_TEXT[prefix]
            part = _slot(self._item(event, blank_item), parts, event.get(index_key), blank_part)
            _stream_text(part, key, stage, event)
        elif prefix in _ITEM_TEXT:
            blank_item, key = _ITEM_TEXT[prefix]
            _stream_text(self._item(event, blank_item), key, stage, event)
        elif prefix in _PARTS:
            blank_item, parts, index_key = _PARTS[prefix]
            announced = as_mapping(event.get("part"))
            if announced is not None:
                part = _slot(self._item(event, blank_item), parts, event.get(index_key), dict)
                part.clear()
                part.update(deep_copy(dict(announced)))
        elif kind == "response.output_text.annotation.added":
            part = _slot(
                self._item(event, _message_item), "content", event.get("content_index"), _output_text
            )
            annotation = event.get("annotation")
            if annotation is not None:
                part["annotations"] = [*as_list(part.get("annotations")), deep_copy(annotation)]
        elif kind == "error":
            self.error = {"code": as_str(event.get("code")), "message": as_str(event.get("message")) or ""}

    def _index_of(self, item_id: str | None) -> int:
        for index, item in self.items.items():
            if item_id and item.get("id") == item_id:
                return index
        return max(self.items, default=-1) + 1

    def _item(self, event: Mapping[str, Any], blank: ItemFactory) -> JsonDict:
        item_id = as_str(event.get("item_id")) or ""
        index = as_int(event.get("output_index"))
        if index is None:
            index = self._index_of(item_id)
        if not isinstance(self.items.get(index), dict):
            self.items[index] = blank(item_id)
        return self.items[index]

    def build(self) -> JsonDict:
        output = []
        for index, item in sorted(self.items.items()):
            if index not in self.finished_items and item.get("status", "in_progress") == "in_progress":
                item["status"] = "incomplete"
            output.append(item)
        if self.final is not None:
            if not self.final.get("output") and output:
                self.final["output"] = output
            return self.final
        response = self.snapshot if self.snapshot is not None else _empty_response()
        if output or not isinstance(response.get("output"), list):
            response["output"] = output
        response["status"] = "failed" if self.error is not None else "incomplete"
        if self.error is not None:
            response["error"] = self.error
        return response


def openai_response(events: Iterable[Mapping[str, Any]]) -> JsonDict:
    """The Responses API ``response`` object a streamed response amounts to."""
    return ResponseAggregator.of(events)


# -- stream -> blueprint message -------------------------------------------------------------------


class ResponseReply(Reply):
    """Output text, reasoning summaries (as thinking parts) and function calls."""

    def apply(self, chunk: Mapping[str, Any]) -> None:
        kind = chunk.get("type")
        index = chunk.get("output_index") or 0
        if kind == "response.output_text.delta":
            self.text((index, chunk.get("content_index") or 0), chunk.get("delta"))
        elif kind == "response.reasoning_summary_text.delta":
            self.text((index, -1, chunk.get("summary_index") or 0), chunk.get("delta"), "thinking")
        elif kind == "response.output_item.added":
            item = chunk.get("item") or {}
            if item.get("type") == "function_call":
                self.call((index,), item.get("call_id"), item.get("name"), item.get("id"))
        elif kind == "response.function_call_arguments.delta":
            self.add_arguments((index,), chunk.get("delta"))


# -- logged call -> templates ----------------------------------------------------------------------


def logged_prompt(kwargs: Mapping[str, Any]) -> JsonDict | None:
    """The input (a bare string is one user turn), after the `instructions`."""
    if "input" not in kwargs:
        return None
    raw = kwargs["input"]
    if isinstance(raw, str):
        raw = [{"role": "user", "content": raw}]
    messages = openai_chat.logged_messages(raw)
    if kwargs.get("instructions") is not None:
        messages.insert(0, {"role": "system", "content": content_parts(kwargs["instructions"])})
    tools = [copy.deepcopy(tool) for tool in dicts(kwargs.get("tools"))]
    return chat_template(messages, tools, kwargs.get("tool_choice"))


def logged_reply(response: Mapping[str, Any]) -> JsonDict | None:
    """The output's message texts and function calls, as one assistant message."""
    if not isinstance(response.get("output"), list):
        return None
    parts: list[JsonDict] = []
    calls: list[JsonDict] = []
    for item in dicts(response["output"]):
        if item.get("type") == "message":
            parts.extend(content_parts(item.get("content")))
        elif item.get("type") == "function_call":
            calls.append(tool_call(item.get("call_id"), item.get("name"), item.get("arguments")))
    assistant: JsonDict = {"role": "assistant", "content": parts}
    if calls:
        assistant["tool_calls"] = calls
    return chat_template([assistant])


FORMAT = Format(
    family="openai",
    method=("responses", "create"),
    llm_kwargs=llm_kwargs,
    aggregator=ResponseAggregator,
    logged_prompt=logged_prompt,
    logged_reply=logged_reply,
    reply=ResponseReply,
)
