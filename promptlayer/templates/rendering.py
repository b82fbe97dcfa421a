"""Filling prompt templates with input variables, and turning them into provider kwargs.

Pure functions without I/O. The local server (`promptlayer.testing`) and the SDK's client-side
template cache both use them, so a template renders the same wherever it is rendered, and the
same as the service renders it:

- ``f-string`` (the default): Python ``str.format`` in which every referenced field resolves
  to its variable; a missing variable and ``None`` both render as ``""``. Format specs and
  conversions apply as ``str.format`` applies them.
- ``jinja2``: a sandboxed jinja2 environment in which undefined names render as ``""`` (chained
  attribute access on them too).
- Only ``text`` content parts are rendered; a text that fails to render is returned unchanged.

jinja2 is imported on first use (it is the ``promptlayer[jinja2]`` extra).
"""

from __future__ import annotations

import copy
import functools
import json
import string
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jinja2 import Template
    from jinja2.sandbox import SandboxedEnvironment

__all__ = [
    "build_llm_kwargs",
    "needs_server_rendering",
    "render_prompt_template",
    "render_text",
    "renders_on_fetch",
    "resolved_provider",
    "template_kind",
    "variable_names",
]

FSTRING = "f-string"
JINJA2 = "jinja2"

_FORMATTER = string.Formatter()
_JINJA2_CACHE_SIZE = 512


# ── text ─────────────────────────────────────────────────────────────────────────────────────


def render_text(text: str, template_format: str | None, variables: Mapping[str, Any]) -> str:
    """`text` with `variables` filled in; unchanged when it does not render."""
    renderer = compile_text(text, template_format)
    return text if renderer is None else renderer(variables)


TextRenderer = Callable[[Mapping[str, Any]], str]


def compile_text(text: str, template_format: str | None) -> TextRenderer | None:
    """A function rendering `text` for given variables; None when `text` has nothing to fill.

    Compiling once and rendering many times is what the SDK's template cache does; the result
    is always exactly `render_text`'s.
    """
    if template_format == JINJA2:
        if "{{" not in text and "{%" not in text and "{#" not in text:
            return None
        return functools.partial(_guarded_jinja2, text)
    try:
        fields = tuple(dict.fromkeys(field for _lit, field, _spec, _conv in _FORMATTER.parse(text) if field))
    except ValueError:
        return None  # unbalanced braces: str.format would fail, so the text stays as written
    if not fields and "{" not in text and "}" not in text:
        return None
    return functools.partial(_render_fstring, text, fields)


def variable_names(text: str, template_format: str | None) -> set[str]:
    """The top-level variable names `text` refers to (best effort; for probing renders)."""
    if template_format == JINJA2:
        try:
            from jinja2 import meta

            return set(meta.find_undeclared_variables(_jinja2_environment().parse(text)))
        except Exception:
            return set()
    try:
        fields = [field for _lit, field, _spec, _conv in _FORMATTER.parse(text) if field]
    except ValueError:
        return set()
    return {field.split(".", 1)[0].split("[", 1)[0] for field in fields}


def _render_fstring(text: str, fields: tuple[str, ...], variables: Mapping[str, Any]) -> str:
    values: dict[str, Any] = {}
    for field in fields:
        value = variables.get(field)
        values[field] = "" if value is None else value
    try:
        return text.format_map(values)
    except Exception:
        # A broken placeholder must not break fetching the template: the service sends the
        # text back as written, and so do we.
        return text


def _guarded_jinja2(text: str, variables: Mapping[str, Any]) -> str:
    try:
        return _render_jinja2(text, variables)
    except ImportError:
        raise
    except Exception:
        return text


def _render_jinja2(text: str, variables: Mapping[str, Any]) -> str:
    return _compile_jinja2(text).render(dict(variables))


@functools.lru_cache(maxsize=_JINJA2_CACHE_SIZE)
def _compile_jinja2(text: str) -> Template:
    return _jinja2_environment().from_string(text)


@functools.cache
def _jinja2_environment() -> SandboxedEnvironment:
    try:
        import jinja2
        from jinja2.sandbox import SandboxedEnvironment
    except ImportError as exc:  # pragma: no cover - depends on the installation
        raise ImportError(
            "Rendering jinja2 prompt templates needs jinja2: pip install 'promptlayer[jinja2]'"
        ) from exc
    return SandboxedEnvironment(undefined=jinja2.ChainableUndefined)


# ── templates ────────────────────────────────────────────────────────────────────────────────


def template_kind(prompt_template: Mapping[str, Any]) -> str:
    """``"chat"`` or ``"completion"``; templates without `type` are told apart by their fields."""
    kind = prompt_template.get("type")
    if kind in ("chat", "completion"):
        return str(kind)
    return "chat" if "messages" in prompt_template else "completion"


def render_prompt_template(
    prompt_template: Mapping[str, Any], variables: Mapping[str, Any]
) -> dict[str, Any]:
    """A rendered copy of `prompt_template` (the input is never modified).

    Chat templates render each message's text parts with that message's `template_format`;
    completion templates render their content with the template's `template_format`.
    Placeholder messages and ``{"type": "variable"}`` tools whose variable holds a list are
    replaced by that list (the service does this; the SDK cache never renders such templates,
    see `needs_server_rendering`).
    """
    rendered: dict[str, Any] = copy.deepcopy(dict(prompt_template))
    if template_kind(rendered) == "completion":
        _render_parts(rendered.get("content"), rendered.get("template_format"), variables)
        return rendered

    messages: list[Any] = []
    for message in rendered.get("messages") or []:
        if isinstance(message, dict) and message.get("role") == "placeholder":
            supplied = _list_variable(variables, message.get("name"))
            messages.extend(supplied if supplied is not None else [message])
            continue
        if isinstance(message, dict):
            _render_parts(message.get("content"), message.get("template_format"), variables)
        messages.append(message)
    if "messages" in rendered:
        rendered["messages"] = messages

    tools = rendered.get("tools")
    if isinstance(tools, list):
        expanded: list[Any] = []
        for tool in tools:
            supplied = (
                _list_variable(variables, tool.get("name"))
                if isinstance(tool, dict) and tool.get("type") == "variable"
                else None
            )
            expanded.extend(supplied if supplied is not None else [tool])
        rendered["tools"] = expanded
    return rendered


def needs_server_rendering(prompt_template: Mapping[str, Any]) -> bool:
    """True when only the service can render the template (placeholder messages, tool variables)."""
    messages = prompt_template.get("messages") or []
    tools = prompt_template.get("tools") or []
    return any(isinstance(m, dict) and m.get("role") == "placeholder" for m in messages) or any(
        isinstance(t, dict) and t.get("type") == "variable" for t in tools
    )


def _render_parts(parts: Any, template_format: Any, variables: Mapping[str, Any]) -> None:
    """Render the text parts of `parts` in place (the caller owns the copy)."""
    fmt = template_format if isinstance(template_format, str) else FSTRING
    for part in parts if isinstance(parts, list) else []:
        if isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str):
            part["text"] = render_text(part["text"], fmt, variables)


def _list_variable(variables: Mapping[str, Any], name: Any) -> list[Any] | None:
    """A deep copy of the list of objects held by variable `name`, if it holds one."""
    value = variables.get(name) if isinstance(name, str) else None
    if isinstance(value, list) and all(isinstance(item, dict) for item in value):
        return copy.deepcopy(value)
    return None


def resolved_provider(requested: str | None, metadata: Mapping[str, Any] | None) -> str | None:
    """The provider llm_kwargs are built for: the requested one, else the template's own."""
    if requested:
        return requested
    model = metadata.get("model") if metadata else None
    provider = model.get("provider") if isinstance(model, Mapping) else None
    return provider if isinstance(provider, str) and provider else None


def renders_on_fetch(variables: Mapping[str, Any] | None, provider: str | None) -> bool:
    """Whether a template fetch fills in variables: when some are given, or llm_kwargs are built
    (then missing variables render empty). The service's rule, shared by server and cache."""
    return bool(variables) or provider is not None


# ── provider kwargs ──────────────────────────────────────────────────────────────────────────

# Providers whose request shape we can build, and the API family each one speaks.
_PROVIDER_FAMILIES = {"openai": "openai", "openai.azure": "openai", "anthropic": "anthropic"}
# Keys a stored parameter must not override: the builders set them from the template.
_STRUCTURAL_KEYS = frozenset(
    {"model", "messages", "prompt", "input", "system", "tools", "tool_choice", "functions", "function_call"}
)
ANTHROPIC_DEFAULT_MAX_TOKENS = 1024

Builder = Callable[[Mapping[str, Any], dict[str, Any], str], dict[str, Any]]


def build_llm_kwargs(
    prompt_template: Mapping[str, Any],
    metadata: Mapping[str, Any] | None,
    provider: str,
    model: str | None = None,
) -> dict[str, Any]:
    """Keyword arguments for the provider SDK's create call, from an already rendered template.

    The model is `model` when given, else ``metadata.model.name``; model parameters come from
    ``metadata.model.parameters``. OpenAI templates whose ``metadata.model.api_type`` is
    ``"responses"`` get the Responses API shape. Raises ValueError for a provider we cannot
    build for, or when no model name is known.
    """
    family = _PROVIDER_FAMILIES.get(provider)
    if family is None:
        raise ValueError(
            f"cannot build llm_kwargs for provider {provider!r}; supported: {sorted(_PROVIDER_FAMILIES)}"
        )
    model_info = metadata.get("model") if metadata else None
    model_info = model_info if isinstance(model_info, Mapping) else {}
    model_name = model or model_info.get("name")
    if not isinstance(model_name, str) or not model_name:
        raise ValueError("cannot build llm_kwargs without a model name (metadata.model.name or `model`)")
    if family == "openai" and model_info.get("api_type") == "responses":
        family = "openai.responses"
    parameters = model_info.get("parameters")
    params = {
        key: copy.deepcopy(value)
        for key, value in (parameters.items() if isinstance(parameters, Mapping) else ())
        if key not in _STRUCTURAL_KEYS and key != "stream"
    }
    builder = _BUILDERS[(family, template_kind(prompt_template))]
    kwargs = builder(prompt_template, params, model_name)
    kwargs["stream"] = False
    return kwargs


def _joined_text(parts: Any, separator: str = "") -> str:
    return separator.join(
        part["text"]
        for part in (parts if isinstance(parts, list) else [])
        if isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str)
    )


def _dicts(items: Any) -> Iterable[dict[str, Any]]:
    return (item for item in (items if isinstance(items, list) else []) if isinstance(item, dict))


def _function_tools(template: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The user-defined function definitions among the template's tools."""
    return [
        tool["function"]
        for tool in _dicts(template.get("tools"))
        if tool.get("type", "function") == "function" and isinstance(tool.get("function"), dict)
    ]


def _forced_function(tool_choice: Any) -> str | None:
    """The function name a tool_choice object forces, if it forces one."""
    if isinstance(tool_choice, dict) and isinstance(tool_choice.get("function"), dict):
        name = tool_choice["function"].get("name")
        return name if isinstance(name, str) else None
    return None


# OpenAI Chat Completions ---------------------------------------------------------------------


def _openai_part(part: dict[str, Any]) -> dict[str, Any] | None:
    if part.get("type") == "text" and isinstance(part.get("text"), str):
        return {"type": "text", "text": part["text"]}
    if part.get("type") == "image_url" and isinstance(part.get("image_url"), dict):
        image = {k: v for k, v in part["image_url"].items() if k in ("url", "detail") and v is not None}
        return {"type": "image_url", "image_url": image}
    return None  # reasoning, media and provider-specific blocks have no Chat Completions form


def _openai_parts(parts: Any) -> list[dict[str, Any]]:
    return [mapped for part in _dicts(parts) if (mapped := _openai_part(part)) is not None]


def _openai_tool_call(call: dict[str, Any]) -> dict[str, Any]:
    function = call.get("function") or {}
    return {
        "id": call.get("id"),
        "type": "function",
        "function": {"name": function.get("name"), "arguments": function.get("arguments", "")},
    }


def _openai_message(message: dict[str, Any]) -> dict[str, Any] | None:
    role = message.get("role")
    if role == "placeholder":
        return None  # an unfilled slot has nothing to send
    if role == "function":
        return {
            "role": "function",
            "name": message.get("name"),
            "content": _joined_text(message.get("content")),
        }
    content = _openai_parts(message.get("content"))
    out: dict[str, Any] = {"role": role, "content": content}
    if role == "tool":
        out["tool_call_id"] = message.get("tool_call_id")
    if role == "assistant":
        out["content"] = content or None
        calls = [_openai_tool_call(call) for call in _dicts(message.get("tool_calls"))]
        if calls:
            out["tool_calls"] = calls
        if isinstance(message.get("function_call"), dict):
            out["function_call"] = dict(message["function_call"])
    if isinstance(message.get("name"), str) and role != "tool":
        out["name"] = message["name"]
    return out


def _openai_chat(template: Mapping[str, Any], params: dict[str, Any], model: str) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"model": model, **params}
    kwargs["messages"] = [m for m in map(_openai_message, _dicts(template.get("messages"))) if m is not None]
    functions = _function_tools(template)
    if functions:
        kwargs["tools"] = [{"type": "function", "function": copy.deepcopy(f)} for f in functions]
        if template.get("tool_choice") is not None:
            kwargs["tool_choice"] = copy.deepcopy(template["tool_choice"])
    legacy = list(_dicts(template.get("functions")))
    if legacy:
        kwargs["functions"] = copy.deepcopy(legacy)
        if template.get("function_call") is not None:
            kwargs["function_call"] = copy.deepcopy(template["function_call"])
    return kwargs


def _openai_completion(template: Mapping[str, Any], params: dict[str, Any], model: str) -> dict[str, Any]:
    return {"model": model, **params, "prompt": _joined_text(template.get("content"))}


# OpenAI Responses ----------------------------------------------------------------------------

# Parameter names that differ between Chat Completions and Responses.
_RESPONSES_PARAM_NAMES = {"max_tokens": "max_output_tokens", "max_completion_tokens": "max_output_tokens"}


def _responses_part(part: dict[str, Any], text_type: str) -> dict[str, Any] | None:
    if part.get("type") == "text" and isinstance(part.get("text"), str):
        return {"type": text_type, "text": part["text"]}
    if part.get("type") == "image_url" and isinstance(part.get("image_url"), dict):
        image = part["image_url"]
        return {"type": "input_image", "image_url": image.get("url"), "detail": image.get("detail") or "auto"}
    return None


def _responses_items(message: dict[str, Any]) -> list[dict[str, Any]]:
    role = message.get("role")
    if role == "placeholder":
        return []
    if role in ("tool", "function"):
        call_id = message.get("tool_call_id") if role == "tool" else message.get("name")
        return [
            {
                "type": "function_call_output",
                "call_id": call_id,
                "output": _joined_text(message.get("content")),
            }
        ]
    text_type = "output_text" if role == "assistant" else "input_text"
    content = [m for p in _dicts(message.get("content")) if (m := _responses_part(p, text_type)) is not None]
    items: list[dict[str, Any]] = [{"role": role, "content": content}] if content else []
    for call in _dicts(message.get("tool_calls")):
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


def _responses_tools(template: Mapping[str, Any]) -> list[dict[str, Any]]:
    tools: list[dict[str, Any]] = []
    for tool in _dicts(template.get("tools")):
        if tool.get("type", "function") == "function" and isinstance(tool.get("function"), dict):
            tools.append({"type": "function", **copy.deepcopy(tool["function"])})
        elif isinstance(tool.get("config"), dict) and str(tool.get("provider", "openai")).startswith(
            "openai"
        ):
            tools.append({"type": tool.get("type"), **copy.deepcopy(tool["config"])})  # built-in tool
    return tools


def _openai_responses(template: Mapping[str, Any], params: dict[str, Any], model: str) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"model": model}
    kwargs.update({_RESPONSES_PARAM_NAMES.get(key, key): value for key, value in params.items()})
    if template_kind(template) == "completion":
        kwargs["input"] = _joined_text(template.get("content"))
        return kwargs
    kwargs["input"] = [
        item for message in _dicts(template.get("messages")) for item in _responses_items(message)
    ]
    tools = _responses_tools(template)
    if tools:
        kwargs["tools"] = tools
        choice = template.get("tool_choice")
        forced = _forced_function(choice)
        if forced is not None:
            kwargs["tool_choice"] = {"type": "function", "name": forced}
        elif choice is not None:
            kwargs["tool_choice"] = copy.deepcopy(choice)
    return kwargs


# Anthropic Messages --------------------------------------------------------------------------

_ANTHROPIC_TOOL_CHOICE = {"auto": {"type": "auto"}, "required": {"type": "any"}, "none": {"type": "none"}}
_ANTHROPIC_SYSTEM_ROLES = ("system", "developer")
_ANTHROPIC_SYSTEM_SEPARATOR = "\n\n"


def _anthropic_image(url: str) -> dict[str, Any]:
    if url.startswith("data:") and ";base64," in url:
        media_type, data = url[len("data:") :].split(";base64,", 1)
        return {"type": "image", "source": {"type": "base64", "media_type": media_type, "data": data}}
    return {"type": "image", "source": {"type": "url", "url": url}}


def _anthropic_part(part: dict[str, Any]) -> dict[str, Any] | None:
    kind = part.get("type")
    if kind == "text" and isinstance(part.get("text"), str):
        return {"type": "text", "text": part["text"]}
    if kind == "image_url" and isinstance(part.get("image_url"), dict):
        url = part["image_url"].get("url")
        return _anthropic_image(url) if isinstance(url, str) else None
    if kind == "thinking" and part.get("signature"):
        return {"type": "thinking", "thinking": part.get("thinking", ""), "signature": part["signature"]}
    return None


def _anthropic_parts(parts: Any) -> list[dict[str, Any]]:
    return [mapped for part in _dicts(parts) if (mapped := _anthropic_part(part)) is not None]


def _tool_input(arguments: Any) -> Any:
    try:
        value = json.loads(arguments) if isinstance(arguments, str) and arguments else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _anthropic_message(message: dict[str, Any]) -> dict[str, Any] | None:
    role = message.get("role")
    if role == "tool":
        result = {
            "type": "tool_result",
            "tool_use_id": message.get("tool_call_id"),
            "content": _anthropic_parts(message.get("content")),
        }
        return {"role": "user", "content": [result]}
    content = _anthropic_parts(message.get("content"))
    if role == "assistant":
        for call in _dicts(message.get("tool_calls")):
            function = call.get("function") or {}
            content.append(
                {
                    "type": "tool_use",
                    "id": call.get("id"),
                    "name": function.get("name"),
                    "input": _tool_input(function.get("arguments")),
                }
            )
    if not content:
        return None  # Anthropic rejects empty messages
    return {"role": "assistant" if role == "assistant" else "user", "content": content}


def _anthropic_chat(template: Mapping[str, Any], params: dict[str, Any], model: str) -> dict[str, Any]:
    kwargs: dict[str, Any] = {"model": model, "max_tokens": ANTHROPIC_DEFAULT_MAX_TOKENS, **params}
    system: list[str] = []
    messages: list[dict[str, Any]] = []
    for message in _dicts(template.get("messages")):
        role = message.get("role")
        if role in _ANTHROPIC_SYSTEM_ROLES:
            system.append(_joined_text(message.get("content")))
        elif role != "placeholder" and (mapped := _anthropic_message(message)) is not None:
            messages.append(mapped)
    kwargs["messages"] = messages
    system_text = _ANTHROPIC_SYSTEM_SEPARATOR.join(text for text in system if text)
    if system_text:
        kwargs["system"] = system_text
    functions = _function_tools(template)
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
        forced = _forced_function(choice)
        if forced is not None:
            kwargs["tool_choice"] = {"type": "tool", "name": forced}
        elif isinstance(choice, str) and choice in _ANTHROPIC_TOOL_CHOICE:
            kwargs["tool_choice"] = dict(_ANTHROPIC_TOOL_CHOICE[choice])
    return kwargs


def _anthropic_completion(template: Mapping[str, Any], params: dict[str, Any], model: str) -> dict[str, Any]:
    rest = dict(params)
    max_tokens = rest.pop("max_tokens_to_sample", rest.pop("max_tokens", ANTHROPIC_DEFAULT_MAX_TOKENS))
    return {
        "model": model,
        "max_tokens_to_sample": max_tokens,
        **rest,
        "prompt": _joined_text(template.get("content")),
    }


# (API family, template kind) → builder.
_BUILDERS: dict[tuple[str, str], Builder] = {
    ("openai", "chat"): _openai_chat,
    ("openai", "completion"): _openai_completion,
    ("openai.responses", "chat"): _openai_responses,
    ("openai.responses", "completion"): _openai_responses,
    ("anthropic", "chat"): _anthropic_chat,
    ("anthropic", "completion"): _anthropic_completion,
}
