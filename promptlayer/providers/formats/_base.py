"""What every format module builds on: the `Format` record, the stream `Aggregator` and `Reply`
bases, and small readers of JSON-shaped values shared by several formats."""

from __future__ import annotations

import json
import logging
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

logger = logging.getLogger("promptlayer")

JsonDict = dict[str, Any]
# (rendered prompt template, model parameters, model name) -> the SDK call's kwargs.
Builder = Callable[[Mapping[str, Any], dict[str, Any], str], JsonDict]


@dataclass(frozen=True)
class Format:
    """One provider API format: everything the SDK knows about it.

    `method`: the SDK method making the call, from a client (its provider family is the
    format's key in `FORMATS`); `llm_kwargs`: a rendered template as that call's kwargs;
    `aggregator`: adds a stream of the call up to the response it stands for; `reply`: a
    streamed reply as a blueprint message (None: run() does not call this format);
    `stream_kwargs`: what run() adds to the kwargs of a streamed call.
    """

    method: tuple[str, ...]
    llm_kwargs: Builder
    aggregator: Callable[[], Aggregator]
    reply: Callable[[], Reply] | None = None
    stream_kwargs: Mapping[str, Any] = field(default_factory=dict)


# -- reading JSON-shaped values --------------------------------------------------------------------


def as_mapping(value: object) -> Mapping[str, Any] | None:
    return value if isinstance(value, Mapping) else None


def as_str(value: object) -> str | None:
    return value if isinstance(value, str) else None


def as_int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def as_list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def dicts(items: Any) -> Iterator[dict[str, Any]]:
    """The dicts among `items` (a list, else nothing)."""
    return (item for item in (items if isinstance(items, list) else []) if isinstance(item, dict))


def converted(items: Any, convert: Callable[[dict[str, Any]], JsonDict | None]) -> list[JsonDict]:
    """What `convert` makes of each dict among `items`, leaving out those it drops (None)."""
    return [out for item in dicts(items) if (out := convert(item)) is not None]


# -- templates -> kwargs ---------------------------------------------------------------------------


def template_messages(template: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """The template's messages, without unfilled placeholders (they have nothing to send)."""
    return (message for message in dicts(template.get("messages")) if message.get("role") != "placeholder")


def function_calls(message: Mapping[str, Any], missing: Any = "") -> Iterator[tuple[Any, Any, Any]]:
    """An OpenAI-style message's tool calls, as (id, function name, arguments): `missing` when
    a call has no arguments."""
    for call in dicts(message.get("tool_calls")):
        function = call.get("function") or {}
        yield call.get("id"), function.get("name"), function.get("arguments", missing)


def joined_text(parts: Any) -> str:
    """The texts of a template's content parts, joined."""
    return "".join(
        p["text"] for p in dicts(parts) if p.get("type") == "text" and isinstance(p.get("text"), str)
    )


def completion_kwargs(template: Mapping[str, Any], params: dict[str, Any], model: str) -> JsonDict:
    """A completion template's text as the `prompt` of a text completion call."""
    return {"model": model, **params, "prompt": joined_text(template.get("content"))}


def function_tools(template: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The user-defined function definitions among the template's tools."""
    return [
        tool["function"]
        for tool in dicts(template.get("tools"))
        if tool.get("type", "function") == "function" and isinstance(tool.get("function"), dict)
    ]


def forced_function(tool_choice: Any) -> str | None:
    """The function name a tool_choice object forces, if it forces one."""
    function = tool_choice.get("function") if isinstance(tool_choice, dict) else None
    return as_str(function.get("name")) if isinstance(function, dict) else None


def tool_call(call_id: Any, name: Any, arguments: Any) -> JsonDict:
    """A template tool call (arguments as JSON text)."""
    if not isinstance(arguments, str):
        arguments = json.dumps(arguments if arguments is not None else {})
    return {
        "id": str(call_id or ""),
        "type": "function",
        "function": {"name": str(name or ""), "arguments": arguments},
    }


# -- streams ---------------------------------------------------------------------------------------


def append_text(target: JsonDict, key: str, piece: Any) -> None:
    """Append `piece` to the text at `target[key]` (a missing or non-text value counts as "")."""
    target[key] = (as_str(target.get(key)) or "") + (as_str(piece) or "")


def _dumped(chunk: object) -> Mapping[str, Any] | None:
    """A chunk as a mapping; SDK models are dumped, anything else is None."""
    if isinstance(chunk, Mapping):
        return chunk
    dump = getattr(chunk, "model_dump", None)
    if callable(dump):
        try:
            dumped = dump()
        except Exception:
            logger.debug("PromptLayer: could not dump a stream chunk", exc_info=True)
            return None
        if isinstance(dumped, Mapping):
            return dumped
    return None


class Aggregator(ABC):
    """A streamed call's chunks, added one at a time, and the response they amount to.

    What PromptLayer logs of a stream is the response the same call would have returned
    without streaming, as a JSON-shaped dict. `add` takes each chunk as received (a mapping,
    or an SDK model, dumped first); `result` answers that response. Neither raises: this runs
    inside the user's stream. A malformed chunk is skipped (a DEBUG record on the "promptlayer"
    logger), unknown chunks and fields are ignored, anything neither a mapping nor a model is
    skipped.

    Decisions every format follows:

    - Nothing usable gives an empty-but-valid shell, never None: the provider's object type
      with ``id`` and ``model`` set to ``""``, no content and no usage.
    - A stream that stopped early (closed by the caller, connection lost) gives the best
      partial response: everything received so far, with the "finished" markers left unset.
    - The result shares nothing with the chunks.
    """

    def __init__(self) -> None:
        self.count = 0  # chunks added

    def add(self, chunk: object) -> None:
        entry = _dumped(chunk)
        if entry is None:
            return
        self.count += 1
        try:
            self.apply(entry)
        except Exception:  # a logging helper must never break the user's stream
            logger.debug("PromptLayer: skipped a malformed stream chunk", exc_info=True)

    def result(self) -> JsonDict:
        try:
            return self.build()
        except Exception:
            logger.debug("PromptLayer: could not rebuild the streamed response", exc_info=True)
            return type(self)().build()

    @classmethod
    def of(cls, chunks: Iterable[object]) -> JsonDict:
        """The response all of `chunks` amount to; should iterating them fail, those read until
        then count."""
        aggregator = cls()
        try:
            for chunk in chunks:
                aggregator.add(chunk)
        except Exception:
            logger.debug("PromptLayer: could not read the stream chunks", exc_info=True)
        return aggregator.result()

    @abstractmethod
    def apply(self, chunk: Mapping[str, Any]) -> None:
        """Take one chunk into the state."""

    @abstractmethod
    def build(self) -> JsonDict:
        """The response the state amounts to."""


class Reply(ABC):
    """The assistant reply a stream has carried so far, as a prompt-template message.

    Subclasses read their format's chunks into text parts (by a key that orders them; a part
    holds its pieces of text until `message` joins them) and tool calls.
    """

    def __init__(self) -> None:
        self.parts: dict[tuple[Any, ...], dict[str, Any]] = {}
        self.calls: dict[tuple[Any, ...], dict[str, Any]] = {}
        self.arguments: dict[tuple[Any, ...], list[str]] = {}

    def add(self, chunk: Mapping[str, Any]) -> None:
        try:
            self.apply(chunk)
        except Exception:  # a malformed chunk must not break the user's stream
            logger.debug("PromptLayer: skipped a stream chunk building the reply", exc_info=True)

    @abstractmethod
    def apply(self, chunk: Mapping[str, Any]) -> None:
        """Take one chunk (a dumped SDK chunk or event) into the reply."""

    def text(self, key: tuple[Any, ...], text: Any, kind: str = "text") -> None:
        """Append to the text (or thinking) part at `key`."""
        if key not in self.parts:
            self.parts[key] = {"type": kind, kind: []}
            if kind == "thinking":
                self.parts[key]["signature"] = None
        if isinstance(text, str) and text:
            part = self.parts[key]
            part[part["type"]].append(text)  # a part keeps the kind it started as

    def call(self, key: tuple[Any, ...], call_id: Any = None, name: Any = None, tool_id: Any = None) -> None:
        """Start (or complete) the tool call at `key`."""
        call = self.calls.setdefault(key, {"id": "", "name": ""})
        self.arguments.setdefault(key, [])
        for field_name, value in (("id", call_id), ("name", name), ("tool_id", tool_id)):
            if isinstance(value, str) and value:
                call[field_name] = value

    def add_arguments(self, key: tuple[Any, ...], text: Any) -> None:
        if isinstance(text, str) and text:
            self.arguments.setdefault(key, []).append(text)

    def message(self) -> dict[str, Any]:
        parts = [part for _, part in sorted(self.parts.items())]
        message: dict[str, Any] = {
            "role": "assistant",
            "content": [{**part, part["type"]: "".join(part[part["type"]])} for part in parts],
            "input_variables": [],
            "template_format": "f-string",
        }
        calls = []
        for key, call in sorted(self.calls.items()):
            calls.append(tool_call(call["id"], call["name"], "".join(self.arguments[key])))
            if "tool_id" in call:
                calls[-1]["tool_id"] = call["tool_id"]
        if calls:
            message["tool_calls"] = calls
        return message
