"""`pl.anthropic`: the anthropic module with its requests logged to PromptLayer.

Logged, on every client class (Anthropic, AsyncAnthropic, AnthropicBedrock...), with their
raw-response views (see raw_responses.py): `messages.create` / `parse` / `stream()`, also as
`beta.messages.*`, and the legacy text completions `completions.create` (SDKs before 2.0).
Streams are logged once, aggregated into the message (or `completion`) they amount to;
`parse` with the parsed message (a type given as `output_format` as the JSON schema format
the SDK sends for it); the `stream()` helpers keep all their own helpers (`text_stream`,
`get_final_message()`...) and are logged as the `create` call they send.

Left unlogged, and forwarded as they are (`pl_tags` is the SDK's unknown argument there):
`count_tokens` (no completion), message batches (asynchronous jobs whose results are fetched
later), `beta.messages.tool_runner()` and `beta.messages.thread()` (helpers that send their
requests through the SDK's own client, out of the proxy's reach), and every other resource
(models, files, skills, the beta agents, sessions, environments...).

Calls through Bedrock clients are logged with provider type "anthropic.bedrock", as
PromptLayer names them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .formats.anthropic_completions import AnthropicCompletionAggregator
from .formats.anthropic_messages import MessageAggregator
from .proxy import Method, Naming, ProviderSpec, provider_proxy, sent_formats

if TYPE_CHECKING:
    from .._context import ClientContext


# `parse` (and the helper) take an `output_format` type: logged as the format the SDK sends for it.
parse_kwargs = sent_formats(output_format=("anthropic.lib._parse._transform", "to_json_output_format"))


# Messages, reachable as `messages` and `beta.messages`.
_MESSAGE_METHODS = {
    "create": Method(aggregator=MessageAggregator),
    "parse": Method(log_kwargs=parse_kwargs),
    # The helper sends messages.create(stream=True): logged under that name.
    "stream": Method(
        aggregator=MessageAggregator, stream_helper=True, logged_as="create", log_kwargs=parse_kwargs
    ),
}


ANTHROPIC = ProviderSpec(
    module="anthropic",
    error_base="AnthropicError",
    methods={
        **{("messages", name): method for name, method in _MESSAGE_METHODS.items()},
        **{("beta", "messages", name): method for name, method in _MESSAGE_METHODS.items()},
        ("completions", "create"): Method(aggregator=AnthropicCompletionAggregator),
    },
    namings={
        "AnthropicBedrock": Naming("anthropic", "anthropic.bedrock"),
        "AsyncAnthropicBedrock": Naming("anthropic", "anthropic.bedrock"),
    },
    key_env=("ANTHROPIC_API_KEY", "ANTHROPIC_AUTH_TOKEN"),
)


def anthropic_proxy(context: ClientContext) -> Any:
    """`client.anthropic`: the anthropic module, logging through the client's `context`."""
    return provider_proxy(ANTHROPIC, context)
