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
import string
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jinja2 import Template
    from jinja2.sandbox import SandboxedEnvironment

__all__ = [
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
        return functools.partial(_render_jinja2, text)
    fields = _fstring_fields(text)
    if fields is None:
        return None  # unbalanced braces: str.format would fail, so the text stays as written
    if not fields and "{" not in text and "}" not in text:
        return None
    return functools.partial(_render_fstring, text, tuple(dict.fromkeys(fields)))


def variable_names(text: str, template_format: str | None) -> set[str]:
    """The top-level variable names `text` refers to (best effort; for probing renders)."""
    if template_format == JINJA2:
        try:
            from jinja2 import meta

            return set(meta.find_undeclared_variables(_jinja2_environment().parse(text)))
        except Exception:
            return set()
    return {field.split(".", 1)[0].split("[", 1)[0] for field in _fstring_fields(text) or ()}


def _fstring_fields(text: str) -> list[str] | None:
    """The replacement fields of `text`, in order; None when its braces do not balance."""
    try:
        return [field for _lit, field, _spec, _conv in _FORMATTER.parse(text) if field]
    except ValueError:
        return None


def _render_fstring(text: str, fields: tuple[str, ...], variables: Mapping[str, Any]) -> str:
    values: dict[str, Any] = {}
    for field in fields:  # a loop, not a comprehension: this runs on every cache hit
        value = variables.get(field)
        values[field] = "" if value is None else value
    try:
        return text.format_map(values)
    except Exception:
        # A broken placeholder must not break fetching the template: the service sends the
        # text back as written, and so do we.
        return text


def _render_jinja2(text: str, variables: Mapping[str, Any]) -> str:
    try:
        return _compile_jinja2(text).render(dict(variables))
    except ImportError:
        raise
    except Exception:
        return text


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
    for message in rendered.get("messages") or []:
        if isinstance(message, dict) and not _is_placeholder(message):
            _render_parts(message.get("content"), message.get("template_format"), variables)
    if "messages" in rendered:
        rendered["messages"] = _filled(rendered["messages"] or [], _is_placeholder, variables)
    if isinstance(rendered.get("tools"), list):
        rendered["tools"] = _filled(rendered["tools"], _is_tool_variable, variables)
    return rendered


def needs_server_rendering(prompt_template: Mapping[str, Any]) -> bool:
    """True when only the service can render the template (placeholder messages, tool variables)."""
    return any(map(_is_placeholder, prompt_template.get("messages") or [])) or any(
        map(_is_tool_variable, prompt_template.get("tools") or [])
    )


def _is_placeholder(message: Any) -> bool:
    return isinstance(message, dict) and message.get("role") == "placeholder"


def _is_tool_variable(tool: Any) -> bool:
    return isinstance(tool, dict) and tool.get("type") == "variable"


def _filled(items: Any, is_slot: Callable[[Any], bool], variables: Mapping[str, Any]) -> list[Any]:
    """`items`, each slot whose variable (named by the slot) holds a list of objects replaced by it."""
    filled: list[Any] = []
    for item in items:
        supplied = _list_variable(variables, item.get("name")) if is_slot(item) else None
        filled.extend(supplied if supplied is not None else [item])
    return filled


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
