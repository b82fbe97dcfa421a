"""Where spans go: the OTLP/HTTP exporter and tracer provider that send spans to PromptLayer.

The OpenTelemetry SDK and its OTLP exporter are the extra `promptlayer[tracing]`; they are
imported here, lazily, and nowhere else in the core package. Nothing in this module touches
OpenTelemetry's global state or `os.environ`.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING

from .._settings import BASE_URL_ENV, DEFAULT_BASE_URL, url_for_display
from .._version import __version__
from ..errors import PromptLayerError, PromptLayerValidationError

if TYPE_CHECKING:
    from opentelemetry.sdk.trace import SpanProcessor, TracerProvider
    from opentelemetry.sdk.trace.export import SpanExporter

TRACES_ENDPOINT_ENV = "PROMPTLAYER_OTLP_TRACES_ENDPOINT"
TRACING_EXTRA = 'pip install "promptlayer[tracing]"'
DEFAULT_SERVICE_NAME = "promptlayer-python"
EXPORT_TIMEOUT_SECONDS = 10.0
# The SDK's default queue (2,048 spans) drops spans under bursts a busy service reaches;
# 16,384 finished spans is a few MB at most.
MAX_QUEUED_SPANS = 16_384
EXPORT_BATCH_SIZE = 1_024


def require_tracing_sdk() -> None:
    """Raise a PromptLayerError naming the extra when the OpenTelemetry SDK is missing."""
    try:
        import opentelemetry.exporter.otlp.proto.http.trace_exporter
        import opentelemetry.sdk.trace  # noqa: F401
    except ImportError as error:
        raise PromptLayerError(
            f"Tracing needs the OpenTelemetry SDK and OTLP exporter: {TRACING_EXTRA} ({error})"
        ) from error


def traces_endpoint(
    base_url: str | None = None,
    *,
    endpoint: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> str:
    """The OTLP/HTTP traces URL: `endpoint`, else PROMPTLAYER_OTLP_TRACES_ENDPOINT, else
    `{base_url}/v1/traces` (base_url else PROMPTLAYER_BASE_URL else the cloud)."""
    env = os.environ if environ is None else environ
    url = endpoint or env.get(TRACES_ENDPOINT_ENV)
    if not url:
        root = (base_url or env.get(BASE_URL_ENV) or DEFAULT_BASE_URL).rstrip("/")
        url = f"{root}/v1/traces"
    if not url.startswith(("http://", "https://")):
        raise PromptLayerValidationError(
            f"The traces endpoint must be an http(s) URL, got {url_for_display(url)!r}"
        )
    return url


def create_span_exporter(
    api_key: str,
    *,
    base_url: str | None = None,
    endpoint: str | None = None,
    headers: Mapping[str, str] | None = None,
    timeout: float = EXPORT_TIMEOUT_SECONDS,
) -> SpanExporter:
    """An OTLP/HTTP (protobuf) span exporter that authenticates with the PromptLayer API key."""
    if not api_key:
        raise PromptLayerValidationError("Tracing needs a PromptLayer API key")
    url = traces_endpoint(base_url, endpoint=endpoint)
    require_tracing_sdk()
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter

    return OTLPSpanExporter(
        endpoint=url,
        headers={
            "User-Agent": f"promptlayer-python/{__version__}",
            **(headers or {}),
            "X-API-KEY": api_key,
        },
        timeout=timeout,
    )


def create_tracer_provider(
    api_key: str,
    *,
    base_url: str | None = None,
    endpoint: str | None = None,
    service_name: str = DEFAULT_SERVICE_NAME,
) -> TracerProvider:
    """A private SDK TracerProvider (never made global) that batches spans to PromptLayer.

    `shutdown()` on it delivers what is pending; it also shuts down at interpreter exit.
    """
    exporter = create_span_exporter(api_key, base_url=base_url, endpoint=endpoint)
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider

    provider = TracerProvider(resource=Resource.create({"service.name": service_name}))
    provider.add_span_processor(batch_processor(exporter))
    return provider


def batch_processor(exporter: SpanExporter) -> SpanProcessor:
    """The SDK's batch processor, with room for bursts (see MAX_QUEUED_SPANS)."""
    from opentelemetry.sdk.trace.export import BatchSpanProcessor

    return BatchSpanProcessor(
        exporter, max_queue_size=MAX_QUEUED_SPANS, max_export_batch_size=EXPORT_BATCH_SIZE
    )
