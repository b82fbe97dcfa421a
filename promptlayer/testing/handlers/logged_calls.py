"""A logged provider call read back as prompt templates: the prompt and reply the local server
stores with a request log.

Readers are picked by the SDK resource the call was made on (`READERS`), not through the
facade's format registry: a format the facade learns to call needs no reader here until the
server should show its logs as templates.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Mapping
from typing import Any

from ...providers.formats._base import JsonDict, dicts, function_calls, tool_call

# A logged call's kwargs, or its response, read as a prompt template (None: not there).
Reader = Callable[[Mapping[str, Any]], JsonDict | None]

# -- templates and their parts ---------------------------------------------------------------------


def _text_part(text: Any) -> JsonDict:
    return {"type": "text", "text": "" if text is None else str(text)}


def _image_part(url: Any) -> JsonDict:
    return {"type": "image_url", "image_url": {"url": str(url or "")}}


def _part(block: Any) -> JsonDict:
    """One content block, of any provider, as a template part."""
    if isinstance(block, str):
        return _text_part(block)
    kind = block.get("type") if isinstance(block, dict) else None
    if kind in ("text", "input_text", "output_text"):
        return _text_part(block.get("text"))
    if kind == "image_url":
        image = block.get("image_url")
        return _image_part(image.get("url") if isinstance(image, dict) else image)
    if kind == "image" and isinstance(block.get("source"), dict):
        source = block["source"]
        return _image_part(
            source.get("url") or f"data:{source.get('media_type', '')};base64,{source.get('data', '')}"
        )
    if kind == "thinking":
        thinking = str(block.get("thinking", ""))
        return {"type": "thinking", "thinking": thinking, "signature": block.get("signature")}
    if isinstance(kind, str):
        return copy.deepcopy(block)  # other kinds pass through (UnknownContent parses them)
    return _text_part(json.dumps(block))


def _content_parts(content: Any) -> list[JsonDict]:
    """Message content (a string or a list of blocks) as template parts."""
    if content is None:
        return []
    if isinstance(content, str):
        return [_text_part(content)]
    if not isinstance(content, list):
        return [_text_part(json.dumps(content))]
    return [_part(block) for block in content]


def _chat_template(
    messages: list[JsonDict], tools: list[JsonDict] | None = None, tool_choice: Any = None
) -> JsonDict:
    template: JsonDict = {"type": "chat", "messages": messages, "input_variables": []}
    if tools:
        template["tools"] = tools
    if tool_choice is not None:
        template["tool_choice"] = copy.deepcopy(tool_choice)
    return template


def _completion_template(parts: list[JsonDict]) -> JsonDict:
    return {"type": "completion", "content": parts, "input_variables": []}


# -- OpenAI ----------------------------------------------------------------------------------------


def _openai_messages(raw: Any) -> list[JsonDict]:
    """OpenAI-style messages (chat, or Responses API input) as template messages."""
    messages: list[JsonDict] = []
    for message in dicts(raw):
        role = message.get("role", "user")
        entry: JsonDict = {"role": role, "content": _content_parts(message.get("content"))}
        if role == "assistant":
            calls = [tool_call(*call) for call in function_calls(message, missing=None)]
            if calls:
                entry["tool_calls"] = calls
        if role == "tool":
            entry["tool_call_id"] = str(message.get("tool_call_id", ""))
        if isinstance(message.get("name"), str):
            entry["name"] = message["name"]
        messages.append(entry)
    return messages


def _first_choice(response: Mapping[str, Any]) -> dict[str, Any] | None:
    choices = response.get("choices")
    if isinstance(choices, list) and choices and isinstance(choices[0], dict):
        return choices[0]
    return None


def _chat_prompt(kwargs: Mapping[str, Any]) -> JsonDict | None:
    if "messages" not in kwargs:
        return None
    tools = [copy.deepcopy(tool) for tool in dicts(kwargs.get("tools"))]
    return _chat_template(_openai_messages(kwargs["messages"]), tools, kwargs.get("tool_choice"))


def _chat_reply(response: Mapping[str, Any]) -> JsonDict | None:
    choice = _first_choice(response)
    if choice is None or not isinstance(choice.get("message"), dict):
        return None
    message = dict(choice["message"])
    message.setdefault("role", "assistant")
    return _chat_template(_openai_messages([message]))


def _prompt_text(kwargs: Mapping[str, Any]) -> JsonDict | None:
    """The `prompt` of a text completion call (a None prompt: no content)."""
    if "prompt" not in kwargs:
        return None
    prompt = kwargs["prompt"]
    return _completion_template([_text_part(prompt)] if prompt is not None else [])


def _text_completion_prompt(kwargs: Mapping[str, Any]) -> JsonDict | None:
    """The prompt; a list of prompts is read as one, a line each."""
    if isinstance(kwargs.get("prompt"), list):
        kwargs = {"prompt": "\n".join(str(item) for item in kwargs["prompt"])}
    return _prompt_text(kwargs)


def _text_completion_reply(response: Mapping[str, Any]) -> JsonDict | None:
    choice = _first_choice(response)
    if choice is None or "text" not in choice:
        return None
    return _completion_template([_text_part(choice.get("text"))])


def _responses_prompt(kwargs: Mapping[str, Any]) -> JsonDict | None:
    """The input (a bare string is one user turn), after the `instructions`."""
    if "input" not in kwargs:
        return None
    raw = kwargs["input"]
    if isinstance(raw, str):
        raw = [{"role": "user", "content": raw}]
    messages = _openai_messages(raw)
    if kwargs.get("instructions") is not None:
        messages.insert(0, {"role": "system", "content": _content_parts(kwargs["instructions"])})
    tools = [copy.deepcopy(tool) for tool in dicts(kwargs.get("tools"))]
    return _chat_template(messages, tools, kwargs.get("tool_choice"))


def _responses_reply(response: Mapping[str, Any]) -> JsonDict | None:
    """The output's message texts and function calls, as one assistant message."""
    if not isinstance(response.get("output"), list):
        return None
    parts: list[JsonDict] = []
    calls: list[JsonDict] = []
    for item in dicts(response["output"]):
        if item.get("type") == "message":
            parts.extend(_content_parts(item.get("content")))
        elif item.get("type") == "function_call":
            calls.append(tool_call(item.get("call_id"), item.get("name"), item.get("arguments")))
    assistant: JsonDict = {"role": "assistant", "content": parts}
    if calls:
        assistant["tool_calls"] = calls
    return _chat_template([assistant])


# -- Anthropic -------------------------------------------------------------------------------------


def _anthropic_messages(raw: Any) -> list[JsonDict]:
    """Anthropic messages as template messages: tool results, which travel in a user turn,
    become tool messages; tool uses become the assistant's tool calls."""
    messages: list[JsonDict] = []
    for message in dicts(raw):
        role = message.get("role", "user")
        content = message.get("content")
        blocks = content if isinstance(content, list) else []
        tool_uses = [b for b in blocks if isinstance(b, dict) and b.get("type") == "tool_use"]
        tool_results = [b for b in blocks if isinstance(b, dict) and b.get("type") == "tool_result"]
        for result in tool_results:
            messages.append(
                {
                    "role": "tool",
                    "tool_call_id": str(result.get("tool_use_id", "")),
                    "content": _content_parts(result.get("content")),
                }
            )
        if tool_results:
            rest = [b for b in blocks if b not in tool_results]
            if rest:
                messages.append({"role": role, "content": _content_parts(rest)})
            continue
        if role != "assistant":
            messages.append({"role": role, "content": _content_parts(content)})
            continue
        kept = [b for b in blocks if b not in tool_uses] if blocks else content
        entry: JsonDict = {"role": role, "content": _content_parts(kept)}
        if tool_uses:
            entry["tool_calls"] = [tool_call(b.get("id"), b.get("name"), b.get("input")) for b in tool_uses]
        messages.append(entry)
    return messages


def _anthropic_tools(raw: Any) -> list[JsonDict]:
    """Anthropic tools as function tools (others, like server tools, as they are)."""
    tools: list[JsonDict] = []
    for tool in dicts(raw):
        if "input_schema" in tool and "function" not in tool:
            function = {"name": tool.get("name", ""), "description": tool.get("description", "")}
            tools.append({"type": "function", "function": {**function, "parameters": tool["input_schema"]}})
        else:
            tools.append(copy.deepcopy(tool))
    return tools


def _messages_prompt(kwargs: Mapping[str, Any]) -> JsonDict | None:
    """The messages, after the `system` prompt."""
    if "messages" not in kwargs:
        return None
    messages = _anthropic_messages(kwargs["messages"])
    if kwargs.get("system") is not None:
        messages.insert(0, {"role": "system", "content": _content_parts(kwargs["system"])})
    return _chat_template(messages, _anthropic_tools(kwargs.get("tools")), kwargs.get("tool_choice"))


def _messages_reply(response: Mapping[str, Any]) -> JsonDict | None:
    if not isinstance(response.get("content"), list):
        return None
    message = {"role": response.get("role") or "assistant", "content": response["content"]}
    return _chat_template(_anthropic_messages([message]))


def _anthropic_completion_reply(response: Mapping[str, Any]) -> JsonDict | None:
    completion = response.get("completion")
    return _completion_template([_text_part(completion)]) if isinstance(completion, str) else None


# -- picking the readers ---------------------------------------------------------------------------

# (provider family, SDK resource path) -> (prompt reader, reply reader). A call whose function
# name names none of them tries them in this order, those of its provider first.
READERS: dict[tuple[str, tuple[str, ...]], tuple[Reader, Reader]] = {
    ("openai", ("chat", "completions")): (_chat_prompt, _chat_reply),
    ("openai", ("completions",)): (_text_completion_prompt, _text_completion_reply),
    ("openai", ("responses",)): (_responses_prompt, _responses_reply),
    ("anthropic", ("messages",)): (_messages_prompt, _messages_reply),
    ("anthropic", ("completions",)): (_prompt_text, _anthropic_completion_reply),
}


def _named_readers(function_name: str) -> tuple[Reader, Reader] | None:
    """The readers a logged function name (`openai.AzureOpenAI.chat.completions.create`) names:
    its family first, its resource path just before the method name (the longest one that fits)."""
    path = tuple(function_name.split("."))[:-1]
    named = [
        (family, resource)
        for family, resource in READERS
        if path[:1] == (family,) and path[-len(resource) :] == resource
    ]
    return READERS[max(named, key=lambda key: len(key[1]))] if named else None


def logged_templates(
    provider_type: str, function_name: str, kwargs: Mapping[str, Any], response: Mapping[str, Any]
) -> tuple[JsonDict, JsonDict]:
    """A logged call's prompt and reply, as templates.

    Both are read by the readers its function name names. For a name that names none, each is
    read by the first reader that finds it, those of the call's provider tried first. What is
    not found reads as an empty completion prompt, or an empty chat reply.
    """
    named = _named_readers(function_name)
    if named is not None:
        readers = [named]
    else:
        family = provider_type.partition(".")[0]
        readers = [READERS[key] for key in sorted(READERS, key=lambda key: key[0] != family)]
    prompt = next((found for read, _ in readers if (found := read(kwargs)) is not None), None)
    reply = next((found for _, read in readers if (found := read(response)) is not None), None)
    return prompt or _completion_template([]), reply or _chat_template([])
