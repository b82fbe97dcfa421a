"""`instrument_openai_agents`: register the tracing processor, with a provider that exports to
PromptLayer unless the caller brings their own.

Cheap to import: openai-agents and the OpenTelemetry SDK load when the function is called.
"""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING, Any

from ... import _validate as check
from ..._settings import API_KEY_ENV
from ...errors import PromptLayerError, PromptLayerValidationError
from ._attributes import DEFAULT_MAX_ATTRIBUTE_CHARS, MIN_ATTRIBUTE_CHARS

if TYPE_CHECKING:
    from opentelemetry.sdk.trace import TracerProvider as SdkTracerProvider
    from opentelemetry.trace import TracerProvider

    from ._processor import OpenAIAgentsTracingProcessor

EXTRA = 'pip install "promptlayer[openai-agents]"'
SERVICE_NAME = "promptlayer-openai-agents"


class OpenAIAgentsTracingProviderError(PromptLayerValidationError, RuntimeError):
    """The tracer_provider given cannot carry agent spans. A RuntimeError too, as in the official SDK."""


def require(*modules: str) -> None:
    """Raise a PromptLayerError naming the extra when one of `modules` cannot be imported."""
    for module in modules:
        try:
            importlib.import_module(module)
        except ImportError as error:
            raise PromptLayerError(
                f"The openai-agents integration needs {module.split('.')[0]!r}: {EXTRA} ({error})"
            ) from error


def _setting(name: str, value: Any) -> str | None:
    """An export setting; empty means unset. A wrong one is named by its type: it may be a key."""
    if value is not None and not isinstance(value, str):
        check.bad(name, "a string", value, secret=True)
    return value or None


def _client_settings(client: Any) -> tuple[str, str]:
    """api_key and base_url of a PromptLayer / AsyncPromptLayer client."""
    from ...client import context_of

    settings = context_of(client).settings
    return settings.api_key, settings.base_url


def _client_tracer_provider(client: Any) -> Any:
    """The tracer provider of a client made with enable_tracing=True, else None."""
    if client is None:
        return None
    from ...client import context_of

    return context_of(client).tracing.tracer_provider


def instrument_openai_agents(
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    endpoint: str | None = None,
    tracer_provider: TracerProvider | None = None,
    exclusive: bool = True,
    client: Any = None,
    max_attribute_chars: int = DEFAULT_MAX_ATTRIBUTE_CHARS,
    include_raw_payloads: bool = True,
) -> OpenAIAgentsTracingProcessor:
    """Send openai-agents traces to PromptLayer as OpenTelemetry spans; returns the processor.

    Without `tracer_provider`, spans go through a private provider (never made global) to
    `endpoint`, else PROMPTLAYER_OTLP_TRACES_ENDPOINT, else `{base_url}/v1/traces`; the key is
    `api_key`, else the `client`'s, else PROMPTLAYER_API_KEY. A `client` made with
    `enable_tracing=True` (and no other settings given) lends its own tracing instead: agent
    spans then share its export, and `client.flush()` / `close()` deliver them too. With
    `tracer_provider`, spans go wherever that provider sends them (and no key is needed).

    `exclusive=True` replaces openai-agents' processors (its export to OpenAI stops);
    `False` adds this one beside them. Call `processor.force_flush()` / `shutdown()` to
    deliver pending spans before the process ends (it also happens at exit).
    `include_raw_payloads=False` leaves the JSON dumps of the SDK's objects off the spans.
    """
    check.boolean(exclusive, "exclusive")
    check.boolean(include_raw_payloads, "include_raw_payloads")
    limit = max_attribute_chars
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < MIN_ATTRIBUTE_CHARS:
        raise PromptLayerValidationError(
            f"max_attribute_chars must be an integer >= {MIN_ATTRIBUTE_CHARS}, got {limit!r}"
        )
    key = _setting("api_key", api_key)
    url = _setting("base_url", base_url)
    endpoint = _setting("endpoint", endpoint)
    explicit_export = bool(key or url or endpoint)
    if tracer_provider is not None:
        if key or url or endpoint or client is not None:
            raise PromptLayerValidationError(
                "Pass either tracer_provider or the PromptLayer export settings "
                "(api_key, base_url, endpoint, client), not both"
            )
        if not callable(getattr(tracer_provider, "get_tracer", None)):
            raise OpenAIAgentsTracingProviderError(
                "tracer_provider must be an OpenTelemetry TracerProvider, "
                f"got {type(tracer_provider).__name__}"
            )
    else:
        if client is not None:
            client_key, client_url = _client_settings(client)
            key, url = key or client_key, url or client_url
        key = key or os.environ.get(API_KEY_ENV) or None
        if not key:
            raise PromptLayerValidationError(
                f"No PromptLayer API key for tracing: pass api_key=... or client=..., "
                f"or set the {API_KEY_ENV} environment variable"
            )
        from ...tracing.export import traces_endpoint

        traces_endpoint(url, endpoint=endpoint)  # a bad URL fails here, before anything is built

    require("agents")
    if tracer_provider is None:
        require("opentelemetry.sdk.trace", "opentelemetry.exporter.otlp.proto.http.trace_exporter")
    import agents

    from ._processor import OpenAIAgentsTracingProcessor

    owns_provider = tracer_provider is None
    shared = None if explicit_export else _client_tracer_provider(client)
    if shared is not None:
        tracer_provider, owns_provider = shared, False
    if tracer_provider is None:
        from ...tracing.export import create_tracer_provider

        assert key is not None  # checked above
        tracer_provider = create_tracer_provider(key, base_url=url, endpoint=endpoint)
    processor = OpenAIAgentsTracingProcessor(
        tracer_provider,
        owns_provider=owns_provider,
        max_attribute_chars=max_attribute_chars,
        include_raw_payloads=include_raw_payloads,
    )
    if exclusive:
        agents.set_trace_processors([processor])
    else:
        agents.add_trace_processor(processor)
    return processor


def create_openai_agents_tracer_provider(
    *, api_key: str, endpoint: str | None = None, base_url: str | None = None
) -> SdkTracerProvider:
    """A private tracer provider exporting to PromptLayer, for `instrument_openai_agents(tracer_provider=...)`
    or a processor built by hand; the caller shuts it down. `endpoint` / `base_url` as there."""
    key = _setting("api_key", api_key)
    if not key:
        raise PromptLayerValidationError("api_key must be a non-empty string")
    url = _setting("base_url", base_url)
    endpoint = _setting("endpoint", endpoint)
    from ...tracing.export import traces_endpoint

    traces_endpoint(url, endpoint=endpoint)  # a bad URL fails before anything is built
    require("opentelemetry.sdk.trace", "opentelemetry.exporter.otlp.proto.http.trace_exporter")
    from ...tracing.export import create_tracer_provider

    return create_tracer_provider(key, base_url=url, endpoint=endpoint, service_name=SERVICE_NAME)
