"""`pl.anthropic`: the anthropic module with its requests logged to PromptLayer.

Intercepted on every client class (Anthropic, AsyncAnthropic, AnthropicBedrock...):
`messages.create` (streamed or not) and the `messages.stream()` helper, whose stream keeps
all its helpers (`text_stream`, `get_final_message()`, ...) and which is logged as the
request it sends, "anthropic.messages.create". Calls through Bedrock clients
are logged with provider type "anthropic.bedrock", as PromptLayer names them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .aggregate import anthropic_message
from .proxy import Method, Naming, ProviderSpec, provider_proxy

if TYPE_CHECKING:
    from ..client import _ClientBase

ANTHROPIC = ProviderSpec(
    module="anthropic",
    error_base="AnthropicError",
    methods={
        ("messages", "create"): Method(aggregate=anthropic_message),
        # The helper sends messages.create(stream=True): logged under that name.
        ("messages", "stream"): Method(
            aggregate=anthropic_message, stream_helper=True, logged_as=("messages", "create")
        ),
    },
    namings={
        "AnthropicBedrock": Naming("anthropic", "anthropic.bedrock"),
        "AsyncAnthropicBedrock": Naming("anthropic", "anthropic.bedrock"),
    },
    key_env=("ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN"),
)


def anthropic_proxy(client: _ClientBase) -> Any:
    """`client.anthropic`: the anthropic module, logging through `client`."""
    return provider_proxy(ANTHROPIC, client)
