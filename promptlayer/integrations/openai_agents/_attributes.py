"""openai-agents span data -> OpenTelemetry span names and attributes (the README lists them).

Pure functions over duck-typed span data (nothing here imports `agents`), so the mapping is
testable on its own. Model calls follow the OpenTelemetry GenAI semantic conventions, which
PromptLayer turns into request logs; everything specific to openai-agents sits under
`openai_agents.*`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

AttributeValue = str | bool | int | float | list[str]
Attributes = dict[str, AttributeValue]

DEFAULT_MAX_ATTRIBUTE_CHARS = 16_384
MIN_ATTRIBUTE_CHARS = 256
TRUNCATED = "...[truncated]"
_MIN_STRING_CAP = 64

# Request settings (ModelSettings / Response fields) -> GenAI request attributes.
_REQUEST_SETTINGS = {
    "temperature": "gen_ai.request.temperature",
    "top_p": "gen_ai.request.top_p",
    "max_tokens": "gen_ai.request.max_tokens",
    "max_output_tokens": "gen_ai.request.max_tokens",
    "frequency_penalty": "gen_ai.request.frequency_penalty",
    "presence_penalty": "gen_ai.request.presence_penalty",
    "seed": "gen_ai.request.seed",
}
MODEL_SPAN_TYPES = frozenset({"generation", "response"})
# JSON dumps of the SDK's own objects, beside the mapped attributes: left out when the caller
# turns raw payloads off (`include_raw_payloads=False`, as the official SDK calls it).
RAW_PAYLOADS = frozenset(
    {
        "openai_agents.model_config",
        "openai_agents.mcp_data",
        "openai_agents.custom.data",
        "openai_agents.usage",
        "openai_agents.span_data",
    }
)


# -- values -------------------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """JSON-shaped data from pydantic models, mappings and sequences (anything else as is)."""
    dump = getattr(value, "model_dump", None)
    if callable(dump):
        try:
            return plain(dump(mode="json", exclude_none=True))
        except Exception:  # a foreign model_dump with another signature
            return repr(value)
    if isinstance(value, Mapping):
        return {str(key): plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(item) for item in value]
    return value


def _dumps(value: Any) -> str:
    return json.dumps(value, default=repr, ensure_ascii=False, separators=(",", ":"))


def _shorten(value: Any, cap: int) -> Any:
    if isinstance(value, str):
        return value if len(value) <= cap else value[:cap] + TRUNCATED
    if isinstance(value, dict):
        return {key: _shorten(item, cap) for key, item in value.items()}
    if isinstance(value, list):
        return [_shorten(item, cap) for item in value]
    return value


def cut(text: str, limit: int) -> str:
    """`text` cut to `limit` characters, marked as truncated."""
    return text if len(text) <= limit else text[: max(limit - len(TRUNCATED), 0)] + TRUNCATED


def encode(value: Any, limit: int) -> str:
    """JSON text of at most `limit` characters.

    Long strings inside are shortened first, so the result stays valid JSON (PromptLayer
    parses message attributes); only when that is not enough is the text itself cut.
    """
    value = plain(value)
    try:
        text = _dumps(value)
    except (TypeError, ValueError, RecursionError):
        return cut(repr(value), limit)
    cap = limit // 2
    while len(text) > limit and cap >= _MIN_STRING_CAP:
        text = _dumps(_shorten(value, cap))
        cap //= 2
    return cut(text, limit)


def text_value(value: Any, limit: int) -> str:
    """A string attribute: strings as they are, anything else as JSON; cut at `limit`."""
    return cut(value, limit) if isinstance(value, str) else encode(value, limit)


def _set(attributes: Attributes, key: str, value: Any) -> None:
    """Set a number/bool/string attribute when the value is one (None and others skipped)."""
    if isinstance(value, (bool, int, float, str)):
        attributes[key] = value


def _set_json(attributes: Attributes, key: str, value: Any, limit: int) -> None:
    """Set a JSON attribute when there is something to say (None and empty values skipped)."""
    if value:
        attributes[key] = encode(value, limit)


def _set_names(attributes: Attributes, key: str, value: Any) -> None:
    """Set a list-of-strings attribute when the value is a list or tuple."""
    if isinstance(value, (list, tuple)):
        attributes[key] = [str(item) for item in value]


def ns_from_iso(stamp: str | None) -> int | None:
    """Nanoseconds since the epoch from openai-agents' ISO 8601 timestamps (exact to the µs)."""
    if not stamp:
        return None
    from datetime import UTC, datetime

    try:
        moment = datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    delta = moment - datetime(1970, 1, 1, tzinfo=UTC)
    return (delta.days * 86_400 + delta.seconds) * 1_000_000_000 + delta.microseconds * 1_000


# -- messages (GenAI semantic conventions) ------------------------------------------------------


def _arguments(raw: Any) -> Any:
    """Tool-call arguments as an object when they are JSON text, else as given."""
    if isinstance(raw, str):
        try:
            return json.loads(raw)
        except ValueError:
            return raw
    return raw


def _text_of(value: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, list):
        return "".join(_text_of(item) for item in value)
    if isinstance(value, dict):
        text = value.get("text", value.get("content"))
        return text if isinstance(text, str) else _dumps(value)
    return "" if value is None else str(value)


def _tool_call(call_id: Any, name: Any, arguments: Any) -> dict[str, Any]:
    return {"type": "tool_call", "id": call_id, "name": name, "arguments": _arguments(arguments)}


def _tool_response(call_id: Any, response: Any) -> dict[str, Any]:
    return {"role": "tool", "parts": [{"type": "tool_call_response", "id": call_id, "response": response}]}


def _content_parts(content: Any) -> list[dict[str, Any]]:
    """Message content (a string or a list of content parts) as GenAI parts."""
    if content is None:
        return []
    if not isinstance(content, list):
        return [{"type": "text", "content": _text_of(content)}]
    parts: list[dict[str, Any]] = []
    for part in content:
        if not isinstance(part, dict):
            parts.append({"type": "text", "content": part if isinstance(part, str) else str(part)})
        elif part.get("type") in ("text", "input_text", "output_text"):
            parts.append({"type": "text", "content": part.get("text", "")})
        elif part.get("type") == "refusal":
            parts.append({"type": "refusal", "content": part.get("refusal", "")})
        else:
            parts.append(dict(part))  # images, files, audio...: kept as a generic part
    return parts


def _chat_message(item: dict[str, Any]) -> dict[str, Any]:
    """A Chat Completions or Responses message item as a GenAI message."""
    role = str(item.get("role") or "user")
    if role == "tool":
        return _tool_response(item.get("tool_call_id"), _text_of(item.get("content")))
    parts = _content_parts(item.get("content"))
    if item.get("refusal"):
        parts.append({"type": "refusal", "content": item["refusal"]})
    for call in item.get("tool_calls") or []:
        if isinstance(call, dict):
            function = call.get("function") or {}
            parts.append(_tool_call(call.get("id"), function.get("name"), function.get("arguments")))
    return {"role": "system" if role == "developer" else role, "parts": parts}


def _item_message(item: dict[str, Any]) -> dict[str, Any]:
    """A Responses API item that is not a message (tool calls, their outputs, reasoning...)."""
    kind = str(item.get("type"))
    if kind == "function_call":
        call = _tool_call(item.get("call_id"), item.get("name"), item.get("arguments"))
        return {"role": "assistant", "parts": [call]}
    if kind == "function_call_output":
        return _tool_response(item.get("call_id"), item.get("output"))
    if kind == "reasoning":
        summary = _text_of(item.get("summary") or item.get("content") or [])
        return {"role": "assistant", "parts": [{"type": "reasoning", "content": summary}]}
    role = "tool" if kind.endswith("_output") else "assistant"
    return {"role": role, "parts": [dict(item)]}


def messages(items: Any) -> list[dict[str, Any]]:
    """Chat Completions messages or Responses API items as GenAI messages (role + parts).

    Responses items that belong to one turn (reasoning, a message, its tool calls; several
    tool outputs) are merged into one message; distinct messages stay distinct.
    """
    if items is None:
        return []
    result: list[dict[str, Any]] = []
    previous_is_message = False
    for raw in plain(items) if isinstance(items, (list, tuple)) else [plain(items)]:
        if not isinstance(raw, dict):
            result.append({"role": "user", "parts": [{"type": "text", "content": _text_of(raw)}]})
            previous_is_message = True
            continue
        if raw.get("object") == "response" and isinstance(raw.get("output"), list):
            result.extend(messages(raw["output"]))  # a whole Response (streamed generations)
            previous_is_message = True
            continue
        is_message = raw.get("type") in (None, "message")
        message = _chat_message(raw) if is_message else _item_message(raw)
        previous = result[-1] if result else None
        if (
            previous is not None
            and previous["role"] == message["role"] in ("assistant", "tool")
            and not (is_message and previous_is_message)
        ):
            previous["parts"].extend(message["parts"])
        else:
            result.append(message)
        previous_is_message = is_message
    return result


def finish_reason(output: list[dict[str, Any]], status: Any = None, incomplete: Any = None) -> str:
    """One GenAI finish reason for a model answer."""
    reason = incomplete.get("reason") if isinstance(incomplete, dict) else None
    if reason == "max_output_tokens":
        return "length"
    if reason == "content_filter":
        return "content_filter"
    if status == "failed":
        return "error"
    if any(part.get("type") == "tool_call" for message in output for part in message["parts"]):
        return "tool_call"
    return "stop"


def output_messages(
    items: Any, status: Any = None, incomplete: Any = None
) -> tuple[list[dict[str, Any]], str]:
    """Output messages, each with the answer's finish reason, and that reason."""
    output = [message for message in messages(items) if message["role"] != "tool"]
    reason = finish_reason(output, status, incomplete)
    return [{**message, "finish_reason": reason} for message in output], reason


# -- per span type ------------------------------------------------------------------------------


def _usage(attributes: Attributes, usage: Any) -> None:
    """Token counts in GenAI names (Responses and Chat Completions spellings)."""
    usage = plain(usage)
    if not isinstance(usage, dict):
        return
    input_tokens = usage.get("input_tokens", usage.get("prompt_tokens"))
    output_tokens = usage.get("output_tokens", usage.get("completion_tokens"))
    _set(attributes, "gen_ai.usage.input_tokens", input_tokens)
    _set(attributes, "gen_ai.usage.output_tokens", output_tokens)
    _set(attributes, "openai_agents.usage.total_tokens", usage.get("total_tokens"))
    _set(attributes, "openai_agents.usage.requests", usage.get("requests"))
    details = usage.get("input_tokens_details") or usage.get("prompt_tokens_details")
    if isinstance(details, dict):
        _set(attributes, "gen_ai.usage.cache_read.input_tokens", details.get("cached_tokens"))
    details = usage.get("output_tokens_details") or usage.get("completion_tokens_details")
    if isinstance(details, dict):
        _set(attributes, "gen_ai.usage.reasoning.output_tokens", details.get("reasoning_tokens"))


def _request_settings(attributes: Attributes, settings: Any) -> None:
    if not isinstance(settings, dict):
        return
    for field, key in _REQUEST_SETTINGS.items():
        value = settings.get(field)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            attributes[key] = value


def provider_of(model: Any, model_config: Any = None) -> str:
    """The provider a model call went to: `anthropic/claude-...` (LiteLLM) names it, else openai."""
    if isinstance(model, str) and "/" in model:
        prefix = model.split("/", 1)[0]
        if prefix == "litellm":
            return provider_of(model.split("/", 1)[1])
        return prefix
    impl = model_config.get("model_impl") if isinstance(model_config, dict) else None
    return "openai" if impl in (None, "openai", "openai_chatcompletions") else str(impl)


def _generation(attributes: Attributes, data: Any, limit: int) -> None:
    model = getattr(data, "model", None)
    config = plain(getattr(data, "model_config", None))
    attributes["gen_ai.operation.name"] = "chat"
    attributes["gen_ai.provider.name"] = provider_of(model, config)
    _set(attributes, "gen_ai.request.model", model)
    _request_settings(attributes, config)
    _set_json(attributes, "openai_agents.model_config", config if isinstance(config, dict) else None, limit)
    inputs = getattr(data, "input", None)
    if inputs:
        attributes["gen_ai.input.messages"] = encode(messages(inputs), limit)
    outputs = getattr(data, "output", None)
    if outputs:
        output, reason = output_messages(outputs)
        attributes["gen_ai.output.messages"] = encode(output, limit)
        attributes["gen_ai.response.finish_reasons"] = [reason]
        for item in plain(outputs):
            if isinstance(item, dict) and item.get("object") == "response":
                _set(attributes, "gen_ai.response.id", item.get("id"))
                _set(attributes, "gen_ai.response.model", item.get("model"))
    _usage(attributes, getattr(data, "usage", None))


def _response(attributes: Attributes, data: Any, limit: int) -> None:
    attributes["gen_ai.operation.name"] = "chat"
    attributes["gen_ai.provider.name"] = "openai"
    response = getattr(data, "response", None)
    body = plain(response) if response is not None else {}
    if not isinstance(body, dict):
        body = {}
    response_id = body.get("id") or getattr(data, "_response_id", None)
    _set(attributes, "gen_ai.response.id", response_id)
    model = body.get("model")
    _set(attributes, "gen_ai.request.model", model)
    _set(attributes, "gen_ai.response.model", model)
    _request_settings(attributes, body)
    instructions = body.get("instructions")
    if isinstance(instructions, (str, list)) and instructions:
        system = [part for message in messages(instructions) for part in message["parts"]]
        attributes["gen_ai.system_instructions"] = encode(system, limit)
    _set_json(attributes, "gen_ai.tool.definitions", body.get("tools"), limit)
    inputs = getattr(data, "input", None)
    if inputs:
        attributes["gen_ai.input.messages"] = encode(messages(inputs), limit)
    if isinstance(body.get("output"), list):
        output, reason = output_messages(body["output"], body.get("status"), body.get("incomplete_details"))
        attributes["gen_ai.output.messages"] = encode(output, limit)
        attributes["gen_ai.response.finish_reasons"] = [reason]
    _usage(attributes, getattr(data, "usage", None) or body.get("usage"))


def _agent(attributes: Attributes, data: Any, limit: int) -> None:
    attributes["gen_ai.operation.name"] = "invoke_agent"
    _set(attributes, "gen_ai.agent.name", getattr(data, "name", None))
    for field in ("tools", "handoffs"):
        _set_names(attributes, f"openai_agents.agent.{field}", getattr(data, field, None))
    _set(attributes, "openai_agents.agent.output_type", getattr(data, "output_type", None))


def _function(attributes: Attributes, data: Any, limit: int) -> None:
    attributes["gen_ai.operation.name"] = "execute_tool"
    attributes["gen_ai.tool.type"] = "function"
    _set(attributes, "gen_ai.tool.name", getattr(data, "name", None))
    arguments = getattr(data, "input", None)
    if arguments is not None:
        attributes["gen_ai.tool.call.arguments"] = text_value(arguments, limit)
        attributes["function_input"] = text_value(arguments, limit)
    output = getattr(data, "output", None)
    if output is not None:
        text = text_value(plain(output), limit)
        attributes["gen_ai.tool.call.result"] = text
        attributes["function_output"] = text
    _set_json(attributes, "openai_agents.mcp_data", getattr(data, "mcp_data", None), limit)


def _handoff(attributes: Attributes, data: Any, limit: int) -> None:
    _set(attributes, "openai_agents.handoff.from_agent", getattr(data, "from_agent", None))
    _set(attributes, "openai_agents.handoff.to_agent", getattr(data, "to_agent", None))


def _guardrail(attributes: Attributes, data: Any, limit: int) -> None:
    _set(attributes, "openai_agents.guardrail.name", getattr(data, "name", None))
    attributes["openai_agents.guardrail.triggered"] = bool(getattr(data, "triggered", False))


def _custom(attributes: Attributes, data: Any, limit: int) -> None:
    _set(attributes, "openai_agents.custom.name", getattr(data, "name", None))
    _set_json(attributes, "openai_agents.custom.data", getattr(data, "data", None), limit)


def _task(attributes: Attributes, data: Any, limit: int) -> None:
    _set(attributes, "openai_agents.task.name", getattr(data, "name", None))
    _run_usage(attributes, data, limit)


def _turn(attributes: Attributes, data: Any, limit: int) -> None:
    _set(attributes, "openai_agents.turn", getattr(data, "turn", None))
    _set(attributes, "gen_ai.agent.name", getattr(data, "agent_name", None))
    _run_usage(attributes, data, limit)


def _run_usage(attributes: Attributes, data: Any, limit: int) -> None:
    """Usage summed over several model calls: kept out of the gen_ai.usage.* names so that
    token totals are not counted twice."""
    _set_json(attributes, "openai_agents.usage", getattr(data, "usage", None), limit)


def _mcp_tools(attributes: Attributes, data: Any, limit: int) -> None:
    _set(attributes, "openai_agents.mcp.server", getattr(data, "server", None))
    _set_names(attributes, "openai_agents.mcp.tools", getattr(data, "result", None))


def _other(attributes: Attributes, data: Any, limit: int) -> None:
    """Span types without a mapping of their own: their exported data as JSON."""
    try:
        exported = data.export()
    except Exception:
        return
    if isinstance(exported, dict):
        exported = {key: value for key, value in exported.items() if key != "type"}
    _set_json(attributes, "openai_agents.span_data", exported, limit)


_BY_TYPE = {
    "agent": _agent,
    "generation": _generation,
    "response": _response,
    "function": _function,
    "handoff": _handoff,
    "guardrail": _guardrail,
    "custom": _custom,
    "task": _task,
    "turn": _turn,
    "mcp_tools": _mcp_tools,
}


def span_type(data: Any) -> str:
    kind = getattr(data, "type", None)
    return kind if isinstance(kind, str) and kind else type(data).__name__


def span_attributes(data: Any, limit: int = DEFAULT_MAX_ATTRIBUTE_CHARS) -> Attributes:
    """Everything an agents span's data says, as OpenTelemetry attributes."""
    attributes: Attributes = {}
    _BY_TYPE.get(span_type(data), _other)(attributes, data, limit)
    return attributes


def span_name(data: Any) -> str:
    """A short span name in the GenAI style (`chat gpt-4o`, `execute_tool get_weather`)."""
    kind = span_type(data)
    if kind == "agent":
        return _named("invoke_agent", getattr(data, "name", None))
    if kind == "generation":
        return _named("chat", getattr(data, "model", None))
    if kind == "response":
        model = plain(getattr(data, "response", None) or {})
        return _named("chat", model.get("model") if isinstance(model, dict) else None)
    if kind == "function":
        return _named("execute_tool", getattr(data, "name", None))
    if kind == "handoff":
        source, target = getattr(data, "from_agent", None), getattr(data, "to_agent", None)
        return f"handoff {source or '?'} -> {target}" if target else _named("handoff", source)
    if kind == "guardrail":
        return _named("guardrail", getattr(data, "name", None))
    if kind == "custom":
        return str(getattr(data, "name", None) or "custom")
    if kind == "task":
        return _named("task", getattr(data, "name", None))
    if kind == "turn":
        return f"turn {getattr(data, 'turn', '?')} {getattr(data, 'agent_name', '') or ''}".rstrip()
    if kind == "mcp_tools":
        return _named("mcp_tools", getattr(data, "server", None))
    return kind


def _named(prefix: str, value: Any) -> str:
    return f"{prefix} {value}" if isinstance(value, str) and value else prefix


def error_attributes(error: Any, limit: int) -> tuple[str, Attributes]:
    """An agents SpanError ({message, data}) as a status message and attributes."""
    if not isinstance(error, Mapping):
        return str(error), {"openai_agents.error.message": cut(str(error), limit)}
    message = str(error.get("message") or "error")
    attributes: Attributes = {"openai_agents.error.message": cut(message, limit)}
    _set_json(attributes, "openai_agents.error.data", error.get("data"), limit)
    return message, attributes


def trace_attributes(trace_id: Any, name: Any, group_id: Any, metadata: Any, limit: int) -> Attributes:
    """The root span's attributes: workflow, agents trace id, group (conversation), metadata."""
    attributes: Attributes = {"openai_agents.span.type": "trace"}
    _set(attributes, "gen_ai.workflow.name", name)
    _set(attributes, "openai_agents.trace_id", trace_id)
    attributes.update(context_attributes(group_id, metadata, limit))
    return attributes


def context_attributes(group_id: Any, metadata: Any, limit: int) -> Attributes:
    """Trace-wide facts PromptLayer attaches to request logs: the group as the conversation id
    and each metadata entry as `promptlayer.metadata.<key>`."""
    attributes: Attributes = {}
    if isinstance(group_id, str) and group_id:
        attributes["gen_ai.conversation.id"] = group_id
        attributes["openai_agents.group_id"] = group_id
    if isinstance(metadata, Mapping):
        for key, value in metadata.items():
            if isinstance(value, (bool, int, float)):
                attributes[f"promptlayer.metadata.{key}"] = value
            elif value is not None:
                attributes[f"promptlayer.metadata.{key}"] = text_value(value, limit)
    return attributes


def base_attributes(span: Any) -> Attributes:
    """Ids and type every agents span carries."""
    attributes: Attributes = {"openai_agents.span.type": span_type(span.span_data)}
    _set(attributes, "openai_agents.trace_id", span.trace_id)
    _set(attributes, "openai_agents.span_id", span.span_id)
    _set(attributes, "openai_agents.parent_id", span.parent_id)
    return attributes


def is_model_span(data: Any) -> bool:
    return span_type(data) in MODEL_SPAN_TYPES
