"""`pl.anthropic`: the anthropic module with its requests logged to PromptLayer.

Logged, on every client class (Anthropic, AsyncAnthropic, AnthropicBedrock...):

- `messages.create` and `beta.messages.create`, streamed or not ("anthropic.messages.create",
  "anthropic.beta.messages.create"); streams are aggregated into the message they amount to;
- the `messages.stream()` / `beta.messages.stream()` helpers, whose streams keep all their
  helpers (`text_stream`, `get_final_message()`, ...) and which are logged as the request they
  send ("anthropic.messages.create", "anthropic.beta.messages.create");
- the structured output methods `messages.parse` and `beta.messages.parse`, logged with the
  parsed message (a type given as `output_format` is logged as the JSON schema format the SDK
  sends for it);
- the legacy text completions `completions.create` (streamed or not; SDKs before 2.0 have
  them), a stream logged as the `completion` it amounts to;
- the raw-response views of all of these (`with_raw_response`, `with_streaming_response`):
  see raw_responses.py.

Left unlogged, and forwarded as they are (`pl_tags` is the SDK's unknown argument there):
`count_tokens` (no completion), message batches (asynchronous jobs whose results are fetched
later), `beta.messages.tool_runner()` and `beta.messages.thread()` (helpers that send their
requests through the SDK's own client, out of the proxy's reach), and every other resource
(models, files, skills, the beta agents, sessions, environments...).

Calls through Bedrock clients are logged with provider type "anthropic.bedrock", as
PromptLayer names them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .formats.anthropic_completions import AnthropicCompletionAggregator
from .formats.anthropic_messages import MessageAggregator
from .proxy import Method, Naming, ProviderSpec, format_param, provider_proxy

if TYPE_CHECKING:
    from .._context import ClientContext


def parse_kwargs(kwargs: Mapping[str, Any]) -> dict[str, Any]:
    """The kwargs of `parse`: an `output_format` type as the format the SDK sends for it."""
    logged = dict(kwargs)
    if "output_format" in logged:
        logged["output_format"] = format_param(
            logged["output_format"], "anthropic.lib._parse._transform", "to_json_output_format"
        )
    return logged


def _message_methods() -> dict[str, Method]:
    return {
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
        **{("messages", name): method for name, method in _message_methods().items()},
        **{("beta", "messages", name): method for name, method in _message_methods().items()},
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
