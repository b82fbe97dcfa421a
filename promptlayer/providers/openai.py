"""`pl.openai`: the openai module with its requests logged to PromptLayer.

Logged, on every client class (OpenAI, AsyncOpenAI, AzureOpenAI...) and on the module-level
API (`pl.openai.chat.completions.create(...)`):

- `chat.completions.create`, `responses.create` and the legacy `completions.create`,
  streamed or not (streams aggregated into the response they amount to), and
  `beta.responses.create` (the Responses API's beta variant, "openai.beta.responses.create");
- the structured output methods `chat.completions.parse` and `responses.parse`, logged with
  the parsed response (a pydantic `response_format` / `text_format` is logged as the JSON
  schema format the SDK sends for it);
- the streaming helpers `chat.completions.stream()` and `responses.stream()`, whose streams
  keep all their helpers (events, `get_final_completion()`, `get_final_response()`...) and
  which are logged once, aggregated, as the request they send ("openai.chat.completions.create",
  "openai.responses.create");
- the same chat methods reached as `beta.chat.completions.*` (where older SDKs kept `parse`
  and `stream`), logged under that path ("openai.beta.chat.completions.parse"...);
- the raw-response views of all of these (`with_raw_response`, `with_streaming_response`):
  see raw_responses.py.

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

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .formats.openai_chat import ChatCompletionAggregator
from .formats.openai_completions import TextCompletionAggregator
from .formats.openai_responses import ResponseAggregator
from .proxy import Method, Naming, ProviderSpec, format_param, provider_proxy

if TYPE_CHECKING:
    from .._context import ClientContext


def structured_kwargs(kwargs: Mapping[str, Any]) -> dict[str, Any]:
    """The kwargs of `parse`: `response_format` / `text_format` types as the formats sent."""
    logged = dict(kwargs)
    if "response_format" in logged:
        logged["response_format"] = format_param(
            logged["response_format"], "openai.lib._parsing._completions", "type_to_response_format_param"
        )
    if "text_format" in logged:
        logged["text_format"] = format_param(
            logged["text_format"], "openai.lib._parsing._responses", "type_to_text_format_param"
        )
    return logged


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
