"""`pl.openai`: the openai module with its requests logged to PromptLayer.

Logged, on every client class (OpenAI, AsyncOpenAI, AzureOpenAI...) and on the module-level
API (`pl.openai.chat.completions.create(...)`), with their raw-response views (see
raw_responses.py): `chat.completions.create` / `parse` / `stream()`, also reached as
`beta.chat.completions.*` where older SDKs kept `parse` and `stream` (logged under that
path), `responses.create` / `parse` / `stream()`, `beta.responses.create` and the legacy
`completions.create`. Streams are logged once, aggregated into the response they amount to;
`parse` with the parsed response (a pydantic `response_format` / `text_format` as the JSON
schema format the SDK sends for it); the `stream()` helpers keep all their own helpers
(events, `get_final_completion()`...) and are logged as the `create` call they send.

`responses.stream(response_id=...)` re-reads the stream of a response made earlier: it makes
no new request to the model and is not logged (the call that made the response was), so
`pl_tags` / `return_pl_id` are refused there. Left unlogged, and forwarded as they are
(`pl_tags` is the SDK's unknown argument there): retrieving, listing, updating, deleting or
cancelling stored chat completions and responses, `responses.compact` (it condenses a
conversation into an opaque item, not a reply), `responses.connect` and the realtime API
(websocket sessions), embeddings, moderations, images, audio, the Assistants, ChatKit and
agents betas, and every other resource (files, batches, fine-tuning, evals, vector stores...).

Calls through Azure clients are logged as "openai.AzureOpenAI.<method>" with provider type
"openai.azure", as PromptLayer names them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .formats.openai_chat import ChatCompletionAggregator
from .formats.openai_completions import TextCompletionAggregator
from .formats.openai_responses import ResponseAggregator
from .proxy import Method, Naming, ProviderSpec, provider_proxy, sent_formats

if TYPE_CHECKING:
    from .._context import ClientContext


# `parse` (and the helpers) take `response_format` / `text_format` types: logged as the formats sent.
structured_kwargs = sent_formats(
    response_format=("openai.lib._parsing._completions", "type_to_response_format_param"),
    text_format=("openai.lib._parsing._responses", "type_to_text_format_param"),
)

# Chat completions, reachable as `chat.completions` and (the same resource) `beta.chat.completions`.
_CHAT_METHODS = {
    "create": Method(aggregator=ChatCompletionAggregator),
    "parse": Method(log_kwargs=structured_kwargs),
    # The helper sends create(stream=True): logged under that name, aggregated.
    "stream": Method(
        aggregator=ChatCompletionAggregator,
        stream_helper=True,
        logged_as="create",
        log_kwargs=structured_kwargs,
    ),
}

OPENAI = ProviderSpec(
    module="openai",
    error_base="OpenAIError",
    methods={
        **{("chat", "completions", name): method for name, method in _CHAT_METHODS.items()},
        **{("beta", "chat", "completions", name): method for name, method in _CHAT_METHODS.items()},
        ("responses", "create"): Method(aggregator=ResponseAggregator),
        ("responses", "parse"): Method(aggregator=ResponseAggregator, log_kwargs=structured_kwargs),
        # Sends responses.create(stream=True); with response_id it re-reads a response's stream.
        ("responses", "stream"): Method(
            aggregator=ResponseAggregator,
            stream_helper=True,
            logged_as="create",
            log_kwargs=structured_kwargs,
            rereads_with="response_id",
        ),
        ("beta", "responses", "create"): Method(aggregator=ResponseAggregator),
        ("completions", "create"): Method(aggregator=TextCompletionAggregator),
    },
    namings={
        "AzureOpenAI": Naming("openai.AzureOpenAI", "openai.azure"),
        "AsyncAzureOpenAI": Naming("openai.AzureOpenAI", "openai.azure"),
    },
    key_env=("OPENAI_API_KEY", "AZURE_OPENAI_API_KEY", "OPENAI_ADMIN_KEY"),
)


def openai_proxy(context: ClientContext) -> Any:
    """`client.openai`: the openai module, logging through the client's `context`."""
    return provider_proxy(OPENAI, context)
