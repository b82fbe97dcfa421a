"""`pl.openai`: the openai module with its requests logged to PromptLayer.

Intercepted, on every client class (OpenAI, AsyncOpenAI, AzureOpenAI...) and on the
module-level API (`pl.openai.chat.completions.create(...)`): `chat.completions.create`,
`responses.create` and the legacy `completions.create`, streamed or not, and the structured
output methods `chat.completions.parse` and `responses.parse` (logged with the parsed
response; a pydantic `response_format` / `text_format` is logged as the JSON schema format
the SDK sends for it), and the streaming helpers `chat.completions.stream()` and
`responses.stream()`, whose streams keep all their helpers (events, `get_final_completion()`,
`get_final_response()`...) and which are logged once, aggregated, as the request they send
("openai.chat.completions.create", "openai.responses.create"). Calls through
Azure clients are logged as "openai.AzureOpenAI.<method>" with provider type "openai.azure",
as PromptLayer names them.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .aggregate import openai_chat_completion, openai_response
from .proxy import Method, Naming, ProviderSpec, provider_proxy

if TYPE_CHECKING:
    from ..client import _ClientBase


def legacy_completion(chunks: list[dict[str, Any]]) -> dict[str, Any]:
    """The `text_completion` a streamed legacy completion amounts to: texts joined per choice."""
    texts: dict[int, list[str]] = {}
    finish_reasons: dict[int, Any] = {}
    for chunk in chunks:
        for choice in chunk.get("choices") or []:
            index = choice.get("index") or 0
            texts.setdefault(index, []).append(choice.get("text") or "")
            if choice.get("finish_reason"):
                finish_reasons[index] = choice["finish_reason"]
    first = chunks[0] if chunks else {}
    usage = next((chunk["usage"] for chunk in reversed(chunks) if chunk.get("usage")), None)
    return {
        "id": first.get("id", ""),
        "object": "text_completion",
        "created": first.get("created", 0),
        "model": first.get("model", ""),
        "system_fingerprint": first.get("system_fingerprint"),
        "choices": [
            {
                "index": index,
                "text": "".join(parts),
                "finish_reason": finish_reasons.get(index),
                "logprobs": None,
            }
            for index, parts in sorted(texts.items())
        ],
        "usage": usage,
    }


def _format_param(value: Any, module: str, convert: str) -> Any:
    """A response format given as a type, as the SDK sends it (its name if it cannot be)."""
    if not isinstance(value, type):
        return value
    try:
        return getattr(importlib.import_module(module), convert)(value)
    except Exception:
        return value.__name__


def structured_kwargs(kwargs: Mapping[str, Any]) -> dict[str, Any]:
    """The kwargs of `parse`: `response_format` / `text_format` types as the formats sent."""
    logged = dict(kwargs)
    if "response_format" in logged:
        logged["response_format"] = _format_param(
            logged["response_format"], "openai.lib._parsing._completions", "type_to_response_format_param"
        )
    if "text_format" in logged:
        logged["text_format"] = _format_param(
            logged["text_format"], "openai.lib._parsing._responses", "type_to_text_format_param"
        )
    return logged


OPENAI = ProviderSpec(
    module="openai",
    error_base="OpenAIError",
    methods={
        ("chat", "completions", "create"): Method(aggregate=openai_chat_completion),
        ("responses", "create"): Method(aggregate=openai_response),
        ("completions", "create"): Method(aggregate=legacy_completion),
        ("chat", "completions", "parse"): Method(log_kwargs=structured_kwargs),
        ("responses", "parse"): Method(aggregate=openai_response, log_kwargs=structured_kwargs),
        # The helpers send create(stream=True): logged under that name, aggregated.
        ("chat", "completions", "stream"): Method(
            aggregate=openai_chat_completion,
            stream_helper=True,
            logged_as=("chat", "completions", "create"),
            log_kwargs=structured_kwargs,
        ),
        ("responses", "stream"): Method(
            aggregate=openai_response,
            stream_helper=True,
            logged_as=("responses", "create"),
            log_kwargs=structured_kwargs,
        ),
    },
    namings={
        "AzureOpenAI": Naming("openai.AzureOpenAI", "openai.azure"),
        "AsyncAzureOpenAI": Naming("openai.AzureOpenAI", "openai.azure"),
    },
    key_env=("OPENAI_API_KEY", "AZURE_OPENAI_API_KEY", "OPENAI_ADMIN_KEY"),
)


def openai_proxy(client: _ClientBase) -> Any:
    """`client.openai`: the openai module, logging through `client`."""
    return provider_proxy(OPENAI, client)
