"""Rebuilding the full response of a streamed provider call from its chunks.

A streamed call hands the caller one chunk (OpenAI) or event (Responses API, Anthropic) at a
time; what PromptLayer logs is the response the same call would have returned without
streaming. Each function here takes the chunks as received, in order, each as the SDK
object's ``model_dump()`` dict, and returns that response as a JSON-shaped dict:

- `openai_chat_completion`: ``chat.completion.chunk`` chunks -> a ``chat.completion`` object;
- `openai_response`: Responses API ``response.*`` events -> a ``response`` object;
- `anthropic_message`: ``message_start`` / ``content_block_*`` / ``message_delta`` /
  ``message_stop`` events -> a ``message`` object.

They are pure (no I/O) and never raise: this is a logging helper running inside the user's
stream. A malformed chunk is skipped (a DEBUG record on the "promptlayer" logger), an unknown
chunk or field is ignored, and entries that are neither mappings nor SDK models (anything
with ``model_dump()``, dumped first) are skipped.

Decisions, the same for all three:

- Empty input (or nothing usable in it) gives an empty-but-valid shell, never None, so the
  caller always has an object to log: the provider's object type with ``id`` and ``model``
  set to ``""``, no content and no usage. It validates as the SDK's non-streaming type.
- A stream that stopped early (closed by the caller, connection lost) gives the best partial
  response: everything received so far, with the "finished" markers left unset:
  ``finish_reason`` None (chat), ``stop_reason`` None (Anthropic), ``status`` "incomplete"
  (Responses). A partial chat completion therefore does not validate as ``ChatCompletion``
  (its ``finish_reason`` is required) -- saying "stop" would be a lie.
- Chat completion fields follow the wire format of a non-streamed call: ``tool_calls``,
  ``function_call``, ``annotations`` and ``audio`` appear in a message only when the stream
  carried them, ``moderation`` at the top only when a chunk carried it. The Responses and
  Anthropic objects keep the shape of the object the stream itself carried (the
  ``response`` of ``response.created``/``response.completed``, the ``message`` of
  ``message_start``), so they match ``model_dump()`` of the SDK's non-streaming type.
"""

from __future__ import annotations

import copy
import json
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

__all__ = ["anthropic_message", "openai_chat_completion", "openai_response"]

logger = logging.getLogger("promptlayer")

JsonDict = dict[str, Any]


# ----------------------------------------------------------------------------- helpers


def _mapping(value: object) -> Mapping[str, Any] | None:
    return value if isinstance(value, Mapping) else None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _integer(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _items(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _entries(chunks: Iterable[object]) -> Iterator[Mapping[str, Any]]:
    """The chunks as mappings; SDK models are dumped, anything else is skipped.

    Should iterating ``chunks`` itself fail, the chunks read until then are kept.
    """
    try:
        iterator = iter(chunks)
    except Exception:
        logger.debug("PromptLayer: could not read the stream chunks", exc_info=True)
        return
    while True:
        try:
            chunk = next(iterator)
        except StopIteration:
            return
        except Exception:
            logger.debug("PromptLayer: could not read the stream chunks", exc_info=True)
            return
        if isinstance(chunk, Mapping):
            yield chunk
            continue
        dump = getattr(chunk, "model_dump", None)
        if callable(dump):
            try:
                dumped = dump()
            except Exception:
                logger.debug("PromptLayer: could not dump a stream chunk", exc_info=True)
                continue
            if isinstance(dumped, Mapping):
                yield dumped


class _Stream(Protocol):
    def apply(self, chunk: Mapping[str, Any]) -> None: ...

    def result(self) -> JsonDict: ...


def _aggregate(stream_type: Callable[[], _Stream], chunks: Iterable[object]) -> JsonDict:
    """Feed every chunk to a fresh stream state; its result (the empty shell should it fail)."""
    stream = stream_type()
    for chunk in _entries(chunks):
        try:
            stream.apply(chunk)
        except Exception:  # a logging helper must never break the user's stream
            logger.debug("PromptLayer: skipped a malformed stream chunk", exc_info=True)
    try:
        return stream.result()
    except Exception:
        logger.debug("PromptLayer: could not rebuild the streamed response", exc_info=True)
        return stream_type().result()


def _copy(value: Any) -> Any:
    return copy.deepcopy(value)


# ----------------------------------------------------------------- OpenAI chat completions


@dataclass
class _Call:
    """A tool call (or legacy function call) put together from its fragments."""

    id: str | None = None
    type: str | None = None
    name: str | None = None
    arguments: list[str] = field(default_factory=list)

    def merge(self, fragment: Mapping[str, Any], function: Mapping[str, Any]) -> None:
        # id, type and name arrive once (in the call's first fragment); the arguments in pieces.
        self.id = self.id or _text(fragment.get("id")) or None
        self.type = self.type or _text(fragment.get("type")) or None
        self.name = self.name or _text(function.get("name")) or None
        arguments = _text(function.get("arguments"))
        if arguments:
            self.arguments.append(arguments)

    def function(self) -> JsonDict:
        return {"name": self.name or "", "arguments": "".join(self.arguments)}


@dataclass
class _Choice:
    role: str | None = None
    content: list[str] | None = None
    refusal: list[str] | None = None
    tool_calls: dict[int, _Call] = field(default_factory=dict)
    function_call: _Call | None = None
    annotations: list[Any] | None = None
    audio: JsonDict | None = None
    finish_reason: str | None = None
    logprobs: JsonDict | None = None

    def merge_delta(self, delta: Mapping[str, Any]) -> None:
        self.role = self.role or _text(delta.get("role")) or None
        content = _text(delta.get("content"))
        if content is not None:
            self.content = [*(self.content or []), content]
        refusal = _text(delta.get("refusal"))
        if refusal is not None:
            self.refusal = [*(self.refusal or []), refusal]
        for fragment in _items(delta.get("tool_calls")):
            fragment = _mapping(fragment)
            if fragment is not None:
                call = self.tool_calls.setdefault(self._tool_call_index(fragment), _Call())
                call.merge(fragment, _mapping(fragment.get("function")) or {})
        function_call = _mapping(delta.get("function_call"))
        if function_call is not None:
            self.function_call = self.function_call or _Call(type="function")
            self.function_call.merge({}, function_call)
        annotations = delta.get("annotations")  # not in the SDK's delta type, but sent with web search
        if isinstance(annotations, list):
            self.annotations = [*(self.annotations or []), *_copy(annotations)]
        audio = _mapping(delta.get("audio"))
        if audio is not None:
            self._merge_audio(audio)

    def _tool_call_index(self, fragment: Mapping[str, Any]) -> int:
        index = _integer(fragment.get("index"))
        if index is not None:
            return index
        # No index (not OpenAI, but seen from compatible servers): a new id starts a new call.
        last = max(self.tool_calls, default=-1)
        call_id = _text(fragment.get("id"))
        if last < 0 or (call_id and call_id != self.tool_calls[last].id):
            return last + 1
        return last

    def _merge_audio(self, audio: Mapping[str, Any]) -> None:
        merged = self.audio if self.audio is not None else {}
        self.audio = merged
        merged["id"] = merged.get("id") or _text(audio.get("id"))
        for key in ("data", "transcript"):
            piece = _text(audio.get(key))
            if piece:
                merged[key] = (merged.get(key) or "") + piece
        expires_at = _integer(audio.get("expires_at"))
        if expires_at is not None:
            merged["expires_at"] = expires_at

    def merge_logprobs(self, logprobs: Mapping[str, Any]) -> None:
        merged: JsonDict = self.logprobs if self.logprobs is not None else {"content": None, "refusal": None}
        self.logprobs = merged
        for key in ("content", "refusal"):
            tokens = logprobs.get(key)
            if isinstance(tokens, list):
                merged[key] = [*(merged[key] or []), *_copy(tokens)]

    def message(self) -> JsonDict:
        message: JsonDict = {
            "role": self.role or "assistant",
            "content": "".join(self.content) if self.content is not None else None,
            "refusal": "".join(self.refusal) if self.refusal is not None else None,
        }
        if self.annotations is not None:
            message["annotations"] = self.annotations
        if self.audio is not None:
            message["audio"] = {
                "id": self.audio.get("id") or "",
                "data": self.audio.get("data") or "",
                "expires_at": self.audio.get("expires_at") or 0,
                "transcript": self.audio.get("transcript") or "",
            }
        if self.function_call is not None:
            message["function_call"] = self.function_call.function()
        if self.tool_calls:
            message["tool_calls"] = [
                {"id": call.id or "", "type": call.type or "function", "function": call.function()}
                for _, call in sorted(self.tool_calls.items())
            ]
        return message


class _ChatStream:
    def __init__(self) -> None:
        self.top: JsonDict = {}
        self.choices: dict[int, _Choice] = {}

    def apply(self, chunk: Mapping[str, Any]) -> None:
        for key, read in (("id", _text), ("created", _integer), ("model", _text)):
            if key not in self.top and (value := read(chunk.get(key))) is not None:
                self.top[key] = value
        for key in ("system_fingerprint", "service_tier", "usage", "moderation"):
            if chunk.get(key) is not None:
                self.top[key] = _copy(chunk[key])
        for entry in _items(chunk.get("choices")):
            entry = _mapping(entry)
            if entry is None:
                continue
            choice = self.choices.setdefault(_integer(entry.get("index")) or 0, _Choice())
            delta = _mapping(entry.get("delta"))
            if delta is not None:
                choice.merge_delta(delta)
            logprobs = _mapping(entry.get("logprobs"))
            if logprobs is not None:
                choice.merge_logprobs(logprobs)
            finish_reason = _text(entry.get("finish_reason"))
            if finish_reason:
                choice.finish_reason = finish_reason

    def result(self) -> JsonDict:
        top = self.top
        completion: JsonDict = {
            "id": top.get("id", ""),
            "object": "chat.completion",
            "created": top.get("created", 0),
            "model": top.get("model", ""),
            "system_fingerprint": top.get("system_fingerprint"),
            "service_tier": top.get("service_tier"),
            "choices": [
                {
                    "index": index,
                    "message": choice.message(),
                    "logprobs": choice.logprobs,
                    "finish_reason": choice.finish_reason,
                }
                for index, choice in sorted(self.choices.items())
            ],
            "usage": top.get("usage"),
        }
        if "moderation" in top:
            completion["moderation"] = top["moderation"]
        return completion


def openai_chat_completion(chunks: Iterable[Mapping[str, Any]]) -> JsonDict:
    """The ``chat.completion`` object a streamed chat completion amounts to.

    Per choice (by ``index``): the content and refusal deltas concatenated (None when none
    came), tool calls merged by their ``index`` (id, type and name from the first fragment,
    arguments concatenated), the legacy ``function_call`` likewise, logprobs concatenated,
    and the last ``finish_reason`` seen (None when the stream stopped before it). ``usage``
    comes from the final usage chunk (``stream_options.include_usage``), else None.
    """
    return _aggregate(_ChatStream, chunks)


# ------------------------------------------------------------------ OpenAI Responses API

_RESPONSE_SNAPSHOTS = frozenset({"response.created", "response.queued", "response.in_progress"})
_RESPONSE_ENDINGS = frozenset({"response.completed", "response.incomplete", "response.failed"})


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
    position = _integer(index)
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
        target[key] = (_text(target.get(key)) or "") + (_text(event.get("delta")) or "")
    elif stage == "done" and (final := _text(event.get(key))) is not None:
        target[key] = final


class _ResponseStream:
    def __init__(self) -> None:
        self.snapshot: JsonDict | None = None
        self.final: JsonDict | None = None
        self.items: dict[int, JsonDict] = {}
        self.finished_items: set[int] = set()
        self.error: JsonDict | None = None

    def apply(self, event: Mapping[str, Any]) -> None:
        kind = _text(event.get("type")) or ""
        prefix, _, stage = kind.rpartition(".")
        if kind in _RESPONSE_SNAPSHOTS or kind in _RESPONSE_ENDINGS:
            response = _mapping(event.get("response"))
            if response is not None:
                if kind in _RESPONSE_ENDINGS:
                    self.final = _copy(dict(response))
                else:
                    self.snapshot = _copy(dict(response))
        elif prefix == "response.output_item":
            item = _mapping(event.get("item"))
            if item is not None:
                index = _integer(event.get("output_index"))
                if index is None:
                    index = self._index_of(_text(item.get("id")))
                self.items[index] = _copy(dict(item))
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
            announced = _mapping(event.get("part"))
            if announced is not None:
                part = _slot(self._item(event, blank_item), parts, event.get(index_key), dict)
                part.clear()
                part.update(_copy(dict(announced)))
        elif kind == "response.output_text.annotation.added":
            part = _slot(
                self._item(event, _message_item), "content", event.get("content_index"), _output_text
            )
            annotation = event.get("annotation")
            if annotation is not None:
                part["annotations"] = [*_items(part.get("annotations")), _copy(annotation)]
        elif kind == "error":
            self.error = {"code": _text(event.get("code")), "message": _text(event.get("message")) or ""}

    def _index_of(self, item_id: str | None) -> int:
        for index, item in self.items.items():
            if item_id and item.get("id") == item_id:
                return index
        return max(self.items, default=-1) + 1

    def _item(self, event: Mapping[str, Any], blank: ItemFactory) -> JsonDict:
        item_id = _text(event.get("item_id")) or ""
        index = _integer(event.get("output_index"))
        if index is None:
            index = self._index_of(item_id)
        if not isinstance(self.items.get(index), dict):
            self.items[index] = blank(item_id)
        return self.items[index]

    def result(self) -> JsonDict:
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
    """The Responses API ``response`` object a streamed response amounts to.

    When the stream reached its end (``response.completed``, ``response.incomplete`` or
    ``response.failed``) that event's ``response`` is the answer. Otherwise (the stream
    stopped early) it is rebuilt from the last ``response.created``/``queued``/``in_progress``
    snapshot plus the output items received (``response.output_item.added/done``, with the
    ``output_text``, ``refusal``, ``function_call_arguments``, ``custom_tool_call_input``,
    ``mcp_call_arguments``, ``reasoning_summary_*`` and ``reasoning_text`` deltas applied),
    with ``status`` "incomplete" ("failed", with the error, after an ``error`` event) and
    unfinished items marked "incomplete".
    """
    return _aggregate(_ResponseStream, events)


# ------------------------------------------------------------------- Anthropic messages


def _empty_message() -> JsonDict:
    return {
        "id": "",
        "type": "message",
        "role": "assistant",
        "model": "",
        "content": [],
        "stop_reason": None,
        "stop_sequence": None,
        "usage": {"input_tokens": 0, "output_tokens": 0},
    }


class _MessageStream:
    def __init__(self) -> None:
        self.message: JsonDict | None = None
        self.blocks: dict[int, JsonDict] = {}
        self.tool_input: dict[int, list[str]] = {}

    def apply(self, event: Mapping[str, Any]) -> None:
        kind = _text(event.get("type"))
        if kind == "message_start":
            message = _mapping(event.get("message"))
            if message is not None and self.message is None:
                self.message = _copy(dict(message))
                for position, existing in enumerate(_items(self.message.get("content"))):
                    if isinstance(existing, dict):
                        self.blocks[position] = existing
        elif kind == "content_block_start":
            block = _mapping(event.get("content_block"))
            if block is not None:
                index = _integer(event.get("index"))
                if index is None:
                    index = max(self.blocks, default=-1) + 1
                self.blocks[index] = _copy(dict(block))
                self.tool_input.pop(index, None)
        elif kind == "content_block_delta":
            delta = _mapping(event.get("delta"))
            if delta is not None:
                self._apply_delta(_integer(event.get("index")), delta)
        elif kind == "message_delta":
            self._apply_message_delta(event)
        # message_stop, content_block_stop, ping, and the `messages.stream()` helper's own
        # events (text, thinking, signature, input_json, citation) add nothing new.

    def _block(self, index: int | None, blank: JsonDict) -> JsonDict:
        position = index if index is not None else max(self.blocks, default=0)
        if position not in self.blocks:
            self.blocks[position] = blank
        return self.blocks[position]

    def _apply_delta(self, index: int | None, delta: Mapping[str, Any]) -> None:
        kind = _text(delta.get("type"))
        if kind == "text_delta":
            block = self._block(index, {"type": "text", "text": "", "citations": None})
            block["text"] = (_text(block.get("text")) or "") + (_text(delta.get("text")) or "")
        elif kind == "input_json_delta":
            position = index if index is not None else max(self.blocks, default=0)
            self._block(position, {"type": "tool_use", "id": "", "name": "", "input": {}})
            self.tool_input.setdefault(position, []).append(_text(delta.get("partial_json")) or "")
        elif kind == "thinking_delta":
            block = self._block(index, {"type": "thinking", "thinking": "", "signature": ""})
            block["thinking"] = (_text(block.get("thinking")) or "") + (_text(delta.get("thinking")) or "")
        elif kind == "signature_delta":
            block = self._block(index, {"type": "thinking", "thinking": "", "signature": ""})
            block["signature"] = _text(delta.get("signature")) or ""
        elif kind == "citations_delta":
            block = self._block(index, {"type": "text", "text": "", "citations": None})
            citation = delta.get("citation")
            if citation is not None:
                block["citations"] = [*_items(block.get("citations")), _copy(citation)]

    def _apply_message_delta(self, event: Mapping[str, Any]) -> None:
        message = self.message if self.message is not None else _empty_message()
        self.message = message
        delta = _mapping(event.get("delta")) or {}
        for key in ("stop_reason", "stop_sequence", "stop_details"):
            if key in delta:
                message[key] = _copy(delta[key])
        if delta.get("container") is not None:
            message["container"] = _copy(delta["container"])
        # Beta messages: set by the event itself (the latter only after a mid-stream fallback).
        for key in ("context_management", "input_transformations"):
            if event.get(key) is not None:
                message[key] = _copy(event[key])
        # message_delta usage counts are running totals: they replace, and an absent (None)
        # one leaves the message_start value in place.
        usage = _mapping(event.get("usage"))
        if usage is not None:
            merged = message.get("usage")
            if not isinstance(merged, dict):
                merged = message["usage"] = {"input_tokens": 0, "output_tokens": 0}
            for key, value in usage.items():
                if value is not None:
                    merged[key] = _copy(value)

    def result(self) -> JsonDict:
        message = self.message if self.message is not None else _empty_message()
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
    """The ``message`` object a streamed Anthropic message amounts to.

    The ``message_start`` message, with the content blocks from ``content_block_start`` and
    their deltas applied (``text_delta`` and ``thinking_delta`` concatenated, ``signature_delta``
    set, ``citations_delta`` appended, ``input_json_delta`` concatenated and parsed into the
    tool block's ``input`` -- kept as the raw string when it does not parse, as when the stream
    was cut off), then ``message_delta``'s ``stop_reason``, ``stop_sequence`` and usage merged
    in (and, for beta messages, its ``container``, ``context_management`` and
    ``input_transformations``). ``stop_reason`` stays None when the stream ended before ``message_delta``.
    """
    return _aggregate(_MessageStream, events)
