"""OpenTelemetry tracing to PromptLayer (`enable_tracing=True`, `client.traceable`).

Names load on first use: importing this package costs nothing; opentelemetry-api loads with
the first helper used, the SDK and OTLP exporter (the extra `promptlayer[tracing]`) only when
tracing is switched on.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "create_span_exporter": "export",
    "create_tracer_provider": "export",
    "traces_endpoint": "export",
    "current_traceparent": "context",
    "parse_traceparent": "context",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
