"""OpenAI Chat Completions (`chat.completions.create`)."""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
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
    dicts,
    function_calls,
    function_tools,
    joined_text,
    template_messages,
)

# -- template -> kwargs ----------------------------------------------------------------------------


def _part(part: dict[str, Any]) -> dict[str, Any] | None:
    if part.get("type") == "text" and isinstance(part.get("text"), str):
        return {"type": "text", "text": part["text"]}
    if part.get("type") == "image_url" and isinstance(part.get("image_url"), dict):
        image = {k: v for k, v in part["image_url"].items() if k in ("url", "detail") and v is not None}
        return {"type": "image_url", "image_url": image}
    return None  # reasoning, media and provider-specific blocks have no Chat Completions form


def _message(message: dict[str, Any]) -> dict[str, Any]:
    role = message.get("role")
    if role == "function":
        return {
            "role": "function",
            "name": message.get("name"),
            "content": joined_text(message.get("content")),
        }
    content = converted(message.get("content"), _part)
    out: dict[str, Any] = {"role": role, "content": content}
    if role == "tool":
        out["tool_call_id"] = message.get("tool_call_id")
    if role == "assistant":
        out["content"] = content or None
        calls = [
            {"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}}
            for call_id, name, arguments in function_calls(message)
        ]
        if calls:
            out["tool_calls"] = calls
        if isinstance(message.get("function_call"), dict):
            out["function_call"] = dict(message["function_call"])
    if isinstance(message.get("name"), str) and role != "tool":
        out["name"] = message["name"]
    return out


def llm_kwargs(template: Mapping[str, Any], params: dict[str, Any], model: str) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"model": model, **params}
    kwargs["messages"] = [_message(message) for message in template_messages(template)]
    functions = function_tools(template)
    if functions:
        kwargs["tools"] = [{"type": "function", "function": copy.deepcopy(f)} for f in functions]
        if template.get("tool_choice") is not None:
            kwargs["tool_choice"] = copy.deepcopy(template["tool_choice"])
    legacy = list(dicts(template.get("functions")))
    if legacy:
        kwargs["functions"] = copy.deepcopy(legacy)
        if template.get("function_call") is not None:
            kwargs["function_call"] = copy.deepcopy(template["function_call"])
    return kwargs


# -- stream -> chat.completion ---------------------------------------------------------------------

_TEXTS = ("content", "refusal")


@dataclass
class _CallFragments:
    """A tool call (or legacy function call) put together from its fragments."""

    id: str | None = None
    type: str | None = None
    name: str | None = None
    arguments: list[str] = field(default_factory=list)

    def merge(self, fragment: Mapping[str, Any], function: Mapping[str, Any]) -> None:
        # id, type and name arrive once (in the call's first fragment); the arguments in pieces.
        self.id = self.id or as_str(fragment.get("id")) or None
        self.type = self.type or as_str(fragment.get("type")) or None
        self.name = self.name or as_str(function.get("name")) or None
        arguments = as_str(function.get("arguments"))
        if arguments:
            self.arguments.append(arguments)

    def function(self) -> JsonDict:
        return {"name": self.name or "", "arguments": "".join(self.arguments)}


@dataclass
class _Choice:
    role: str | None = None
    texts: dict[str, list[str]] = field(default_factory=dict)  # the content and refusal deltas
    tool_calls: dict[int, _CallFragments] = field(default_factory=dict)
    function_call: _CallFragments | None = None
    annotations: list[Any] | None = None
    audio: JsonDict | None = None
    finish_reason: str | None = None
    logprobs: JsonDict | None = None

    def merge_delta(self, delta: Mapping[str, Any]) -> None:
        self.role = self.role or as_str(delta.get("role")) or None
        for key in _TEXTS:
            piece = as_str(delta.get(key))
            if piece is not None:
                self.texts.setdefault(key, []).append(piece)
        for fragment in as_list(delta.get("tool_calls")):
            fragment = as_mapping(fragment)
            if fragment is not None:
                call = self.tool_calls.setdefault(self._tool_call_index(fragment), _CallFragments())
                call.merge(fragment, as_mapping(fragment.get("function")) or {})
        function_call = as_mapping(delta.get("function_call"))
        if function_call is not None:
            self.function_call = self.function_call or _CallFragments(type="function")
            self.function_call.merge({}, function_call)
        annotations = delta.get("annotations")  # not in the SDK's delta type, but sent with web search
        if isinstance(annotations, list):
            self.annotations = [*(self.annotations or []), *copy.deepcopy(annotations)]
        audio = as_mapping(delta.get("audio"))
        if audio is not None:
            self._merge_audio(audio)

    def _tool_call_index(self, fragment: Mapping[str, Any]) -> int:
        index = as_int(fragment.get("index"))
        if index is not None:
            return index
        # No index (not OpenAI, but seen from compatible servers): a new id starts a new call.
        last = max(self.tool_calls, default=-1)
        call_id = as_str(fragment.get("id"))
        if last < 0 or (call_id and call_id != self.tool_calls[last].id):
            return last + 1
        return last

    def _merge_audio(self, audio: Mapping[str, Any]) -> None:
        if self.audio is None:
            self.audio = {"id": "", "data": "", "expires_at": 0, "transcript": ""}
        self.audio["id"] = self.audio["id"] or as_str(audio.get("id")) or ""
        append_text(self.audio, "data", audio.get("data"))
        append_text(self.audio, "transcript", audio.get("transcript"))
        expires_at = as_int(audio.get("expires_at"))
        if expires_at is not None:
            self.audio["expires_at"] = expires_at

    def merge_logprobs(self, logprobs: Mapping[str, Any]) -> None:
        merged: JsonDict = self.logprobs if self.logprobs is not None else {"content": None, "refusal": None}
        self.logprobs = merged
        for key in ("content", "refusal"):
            tokens = logprobs.get(key)
            if isinstance(tokens, list):
                merged[key] = [*(merged[key] or []), *copy.deepcopy(tokens)]

    def message(self) -> JsonDict:
        message: JsonDict = {"role": self.role or "assistant"}
        for key in _TEXTS:
            message[key] = "".join(self.texts[key]) if key in self.texts else None
        if self.annotations is not None:
            message["annotations"] = self.annotations
        if self.audio is not None:
            message["audio"] = dict(self.audio)
        if self.function_call is not None:
            message["function_call"] = self.function_call.function()
        if self.tool_calls:
            message["tool_calls"] = [
                {"id": call.id or "", "type": call.type or "function", "function": call.function()}
                for _, call in sorted(self.tool_calls.items())
            ]
        return message


class ChatCompletionAggregator(Aggregator):
    """``chat.completion.chunk`` chunks as the ``chat.completion`` of a non-streamed call.

    Per choice (by ``index``): the content and refusal deltas concatenated (None when none
    came), tool calls merged by their ``index`` (id, type and name from the first fragment,
    arguments concatenated), the legacy ``function_call`` likewise, logprobs concatenated, and
    the last ``finish_reason`` seen: None when the stream stopped early, so a partial
    completion does not validate as ``ChatCompletion`` (saying "stop" would be a lie).
    ``tool_calls``, ``function_call``, ``annotations`` and ``audio`` appear in a message, and
    ``moderation`` at the top, only when the stream carried them. ``usage`` comes from the
    final usage chunk (``stream_options.include_usage``), else None."""

    def __init__(self) -> None:
        super().__init__()
        self.top: JsonDict = {}
        self.choices: dict[int, _Choice] = {}

    def apply(self, chunk: Mapping[str, Any]) -> None:
        for key, read in (("id", as_str), ("created", as_int), ("model", as_str)):
            if key not in self.top and (value := read(chunk.get(key))) is not None:
                self.top[key] = value
        for key in ("system_fingerprint", "service_tier", "usage", "moderation"):
            if chunk.get(key) is not None:
                self.top[key] = copy.deepcopy(chunk[key])
        for entry in as_list(chunk.get("choices")):
            entry = as_mapping(entry)
            if entry is None:
                continue
            choice = self.choices.setdefault(as_int(entry.get("index")) or 0, _Choice())
            delta = as_mapping(entry.get("delta"))
            if delta is not None:
                choice.merge_delta(delta)
            logprobs = as_mapping(entry.get("logprobs"))
            if logprobs is not None:
                choice.merge_logprobs(logprobs)
            finish_reason = as_str(entry.get("finish_reason"))
            if finish_reason:
                choice.finish_reason = finish_reason

    def build(self) -> JsonDict:
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
    """The ``chat.completion`` object a streamed chat completion amounts to."""
    return ChatCompletionAggregator.of(chunks)


# -- stream -> blueprint message -------------------------------------------------------------------


class ChatReply(Reply):
    """The first choice's content and tool calls."""

    def apply(self, chunk: Mapping[str, Any]) -> None:
        for choice in chunk.get("choices") or []:
            if (choice.get("index") or 0) != 0:
                continue
            delta = choice.get("delta") or {}
            if delta.get("content"):
                self.text((0,), delta["content"])
            for call in delta.get("tool_calls") or []:
                key = (call.get("index") or 0,)
                function = call.get("function") or {}
                self.call(key, call.get("id"), function.get("name"))
                self.add_arguments(key, function.get("arguments"))


FORMAT = Format(
    method=("chat", "completions", "create"),
    llm_kwargs=llm_kwargs,
    aggregator=ChatCompletionAggregator,
    reply=ChatReply,
    stream_kwargs={"stream_options": {"include_usage": True}},  # streamed calls also ask for usage
)
