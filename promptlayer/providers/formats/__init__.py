"""Provider API formats: one module each, defining the `Format` that holds everything the SDK
knows about it. run() and llm_kwargs find formats through `FORMATS`.

Adding a format means one new module plus one registration line in `FORMATS`.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from ...templates.rendering import template_kind
from . import anthropic_completions, anthropic_messages, openai_chat, openai_completions, openai_responses
from ._base import Aggregator, Format, Reply, as_mapping

__all__ = [
    "FORMATS",
    "Aggregator",
    "Format",
    "Reply",
    "build_llm_kwargs",
    "format_for",
    "names_api",
]

# (provider family, API type) or (provider family, template type) -> format. A template's
# format is the one its `metadata.model.api_type` names, else the one of its type.
FORMATS: dict[tuple[str, str], Format] = {
    ("openai", "chat"): openai_chat.FORMAT,
    ("openai", "completion"): openai_completions.FORMAT,
    ("openai", "responses"): openai_responses.FORMAT,
    ("anthropic", "chat"): anthropic_messages.FORMAT,
    ("anthropic", "completion"): anthropic_completions.FORMAT,
}
_TEMPLATE_TYPES = ("chat", "completion")


def names_api(family: str, api_type: Any) -> bool:
    """Whether `api_type` names a format of `family` (rather than leaving it to the template type)."""
    return isinstance(api_type, str) and api_type not in _TEMPLATE_TYPES and (family, api_type) in FORMATS


def format_for(family: str, api_type: Any, template_type: Any) -> Format | None:
    """The format of a template of `template_type` whose model has `api_type`."""
    if names_api(family, api_type):
        return FORMATS[(family, api_type)]
    return FORMATS.get((family, template_type)) if isinstance(template_type, str) else None


# ── provider kwargs ──────────────────────────────────────────────────────────────────────────

# Providers whose request shape we can build, and the API family each one speaks.
_PROVIDER_FAMILIES = {"openai": "openai", "openai.azure": "openai", "anthropic": "anthropic"}
# Keys a stored parameter must not override: the builders set them from the template.
_STRUCTURAL_KEYS = frozenset(
    {"model", "messages", "prompt", "input", "system", "tools", "tool_choice", "functions", "function_call"}
)


def build_llm_kwargs(
    prompt_template: Mapping[str, Any],
    metadata: Mapping[str, Any] | None,
    provider: str,
    model: str | None = None,
) -> dict[str, Any]:
    """Keyword arguments for the provider SDK's create call, from an already rendered template.

    The model is `model` when given, else ``metadata.model.name``; model parameters come from
    ``metadata.model.parameters``. The format is the one
    ``metadata.model.api_type`` names (OpenAI's ``"responses"``), else the one of the template's
    type. Raises ValueError for a provider we cannot build for, or when no model name is known.
    """
    family = _PROVIDER_FAMILIES.get(provider)
    if family is None:
        raise ValueError(
            f"cannot build llm_kwargs for provider {provider!r}; supported: {sorted(_PROVIDER_FAMILIES)}"
        )
    model_info = as_mapping(metadata.get("model") if metadata else None) or {}
    model_name = model or model_info.get("name")
    if not isinstance(model_name, str) or not model_name:
        raise ValueError("cannot build llm_kwargs without a model name (metadata.model.name or `model`)")
    parameters = as_mapping(model_info.get("parameters")) or {}
    params = {
        key: copy.deepcopy(value)
        for key, value in parameters.items()
        if key not in _STRUCTURAL_KEYS and key != "stream"
    }
    found = format_for(family, model_info.get("api_type"), template_kind(prompt_template))
    assert found is not None  # every family has a format for each template type
    kwargs = found.llm_kwargs(prompt_template, params, model_name)
    kwargs["stream"] = False
    return kwargs
