"""`pl.openai`: the openai module with its requests logged to PromptLayer.

Intercepted, on every client class (OpenAI, AsyncOpenAI, AzureOpenAI...) and on the
module-level API (`pl.openai.chat.completions.create(...)`): `chat.completions.create`,
`responses.create` and the legacy `completions.create`, streamed or not. Calls through
Azure clients are logged as "openai.AzureOpenAI.<method>" with provider type "openai.azure",
as PromptLayer names them.
"""

from __future__ import annotations

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


OPENAI = ProviderSpec(
    module="openai",
    error_base="OpenAIError",
    methods={
        ("chat", "completions", "create"): Method(aggregate=openai_chat_completion),
        ("responses", "create"): Method(aggregate=openai_response),
        ("completions", "create"): Method(aggregate=legacy_completion),
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
