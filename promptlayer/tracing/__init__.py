"""OpenTelemetry tracing to PromptLayer (`enable_tracing=True`, `client.traceable`).

Importing this package needs only opentelemetry-api; the SDK and OTLP exporter (the extra
`promptlayer[tracing]`) load when tracing is switched on.
"""

from .context import current_traceparent, parse_traceparent
from .export import create_span_exporter, create_tracer_provider, traces_endpoint

__all__ = [
    "create_span_exporter",
    "create_tracer_provider",
    "current_traceparent",
    "parse_traceparent",
    "traces_endpoint",
]
