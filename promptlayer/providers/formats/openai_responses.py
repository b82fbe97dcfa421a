"""OpenAI Responses API (`responses.create`), chosen by ``metadata.model.api_type: "responses"``."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from typing import Any

from ...templates.rendering import template_kind
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
    dicts,
    forced_function,
    function_calls,
    joined_text,
    template_messages,
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
    if role in ("tool", "function"):
        call_id = message.get("tool_call_id") if role == "tool" else message.get("name")
        output = joined_text(message.get("content"))
        return [{"type": "function_call_output", "call_id": call_id, "output": output}]
    text_type = "output_text" if role == "assistant" else "input_text"
    content = converted(message.get("content"), lambda part: _part(part, text_type))
    items: list[dict[str, Any]] = [{"role": role, "content": content}] if content else []
    items.extend(
        {"type": "function_call", "call_id": call_id, "name": name, "arguments": arguments}
        for call_id, name, arguments in function_calls(message)
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
    kwargs["input"] = [item for message in template_messages(template) for item in _items(message)]
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
_EMPTY_RESPONSE: JsonDict = {
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
# Blank output items by type (after the event's item id and the type), copied for an event
# about an item not announced (yet).
_ITEMS: dict[str, JsonDict] = {
    "message": {"role": "assistant", "status": "in_progress", "content": []},
    "reasoning": {"summary": [], "status": "in_progress"},
    "function_call": {"call_id": "", "name": "", "arguments": "", "status": "in_progress"},
    "mcp_call": {"name": "", "server_label": "", "arguments": ""},
    "custom_tool_call": {"call_id": "", "name": "", "input": ""},
}
_OUTPUT_TEXT: JsonDict = {"type": "output_text", "text": "", "annotations": [], "logprobs": []}
# An item's list of parts -> the event field indexing it.
_PART_INDEX = {"content": "content_index", "summary": "summary_index"}

# Text streamed into a part of an item: event prefix -> (item type, the item's list of parts,
# blank part, the part's text field). `<prefix>.delta` appends `delta`; `<prefix>.done` sets
# the whole text (from the same-named event field).
_PART_TEXT: dict[str, tuple[str, str, JsonDict, str]] = {
    "response.output_text": ("message", "content", _OUTPUT_TEXT, "text"),
    "response.refusal": ("message", "content", {"type": "refusal", "refusal": ""}, "refusal"),
    "response.reasoning_summary_text": ("reasoning", "summary", {"type": "summary_text", "text": ""}, "text"),
    "response.reasoning_text": ("reasoning", "content", {"type": "reasoning_text", "text": ""}, "text"),
}
# Text streamed into a field of an item itself: event prefix -> (item type, field).
_ITEM_TEXT = {
    "response.function_call_arguments": ("function_call", "arguments"),
    "response.mcp_call_arguments": ("mcp_call", "arguments"),
    "response.custom_tool_call_input": ("custom_tool_call", "input"),
}
# Whole parts announced (`.added`) and finished (`.done`): event prefix -> (item type, parts).
_PARTS = {
    "response.content_part": ("message", "content"),
    "response.reasoning_summary_part": ("reasoning", "summary"),
}
_MAX_INDEX_GAP = 16


def _slot(container: JsonDict, key: str, index: object, blank: JsonDict) -> JsonDict:
    """``container[key][index]``, creating the list and blank entries up to ``index`` as needed."""
    entries = container.get(key)
    if not isinstance(entries, list):
        entries = container[key] = []
    position = as_int(index)
    if position is None or position < 0:
        position = max(len(entries) - 1, 0)
    position = min(position, len(entries) + _MAX_INDEX_GAP)  # a bogus huge index must not allocate
    while len(entries) <= position:
        entries.append(copy.deepcopy(blank))
    if not isinstance(entries[position], dict):
        entries[position] = copy.deepcopy(blank)
    entry: JsonDict = entries[position]
    return entry


def _stream_text(target: JsonDict, key: str, stage: str, event: Mapping[str, Any]) -> None:
    if stage == "delta":
        append_text(target, key, event.get("delta"))
    elif stage == "done" and (final := as_str(event.get(key))) is not None:
        target[key] = final


class ResponseAggregator(Aggregator):
    """``response.*`` events as the ``response`` object they carried (as ``model_dump()`` of
    the SDK's non-streaming type).

    When the stream reached its end (``response.completed``, ``response.incomplete`` or
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
            if response is not None and kind in _ENDINGS:
                self.final = copy.deepcopy(dict(response))
            elif response is not None:
                self.snapshot = copy.deepcopy(dict(response))
        elif prefix == "response.output_item":
            item = as_mapping(event.get("item"))
            if item is not None:
                index = self._index(event, as_str(item.get("id")))
                self.items[index] = copy.deepcopy(dict(item))
                if stage == "done":
                    self.finished_items.add(index)
        elif prefix in _PART_TEXT:
            item_type, parts, blank, key = _PART_TEXT[prefix]
            _stream_text(self._part(event, item_type, parts, blank), key, stage, event)
        elif prefix in _ITEM_TEXT:
            item_type, key = _ITEM_TEXT[prefix]
            _stream_text(self._item(event, item_type), key, stage, event)
        elif prefix in _PARTS:
            item_type, parts = _PARTS[prefix]
            announced = as_mapping(event.get("part"))
            if announced is not None:
                part = self._part(event, item_type, parts, {})
                part.clear()
                part.update(copy.deepcopy(dict(announced)))
        elif kind == "response.output_text.annotation.added":
            part = self._part(event, "message", "content", _OUTPUT_TEXT)
            annotation = event.get("annotation")
            if annotation is not None:
                part["annotations"] = [*as_list(part.get("annotations")), copy.deepcopy(annotation)]
        elif kind == "error":
            self.error = {"code": as_str(event.get("code")), "message": as_str(event.get("message")) or ""}

    def _index(self, event: Mapping[str, Any], item_id: str | None) -> int:
        """The event's output index; without one, that of the item with `item_id`, else the next."""
        index = as_int(event.get("output_index"))
        if index is not None:
            return index
        for known, item in self.items.items():
            if item_id and item.get("id") == item_id:
                return known
        return max(self.items, default=-1) + 1

    def _item(self, event: Mapping[str, Any], item_type: str) -> JsonDict:
        item_id = as_str(event.get("item_id")) or ""
        index = self._index(event, item_id)
        if not isinstance(self.items.get(index), dict):
            self.items[index] = {"id": item_id, "type": item_type, **copy.deepcopy(_ITEMS[item_type])}
        return self.items[index]

    def _part(self, event: Mapping[str, Any], item_type: str, parts: str, blank: JsonDict) -> JsonDict:
        return _slot(self._item(event, item_type), parts, event.get(_PART_INDEX[parts]), blank)

    def build(self) -> JsonDict:
        output = []
        for index, item in sorted(self.items.items()):
            if index not in self.finished_items and item.get("status", "in_progress") == "in_progress":
                item["status"] = "incomplete"
            output.append(item)
        if self.final is not None:
            if not self.final.get("output") and output:
                self.final["output"] = output
            self.final.setdefault("object", "response")
            return self.final
        # A snapshot the stream sent lacking fields (an empty `response`) still gets the shape.
        response = {**copy.deepcopy(_EMPTY_RESPONSE), **(self.snapshot or {})}
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


FORMAT = Format(
    method=("responses", "create"),
    llm_kwargs=llm_kwargs,
    aggregator=ResponseAggregator,
    reply=ResponseReply,
)
