"""W3C trace context: continuing an upstream trace (PROMPTLAYER_TRACEPARENT) and handing ours on.

Uses only opentelemetry-api (a core dependency), so it costs nothing when tracing is off.
"""

from __future__ import annotations

import os
import re

from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.trace import NonRecordingSpan, SpanContext, TraceFlags

TRACEPARENT_ENV = "PROMPTLAYER_TRACEPARENT"
_TRACEPARENT = re.compile(r"^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(?:-.*)?$")


def parse_traceparent(value: str | None) -> SpanContext | None:
    """The remote span context a `traceparent` header names; None when absent or malformed."""
    if not value:
        return None
    match = _TRACEPARENT.match(value.strip().lower())
    if match is None or match.group(1) == "ff":
        return None
    trace_id, span_id = int(match.group(2), 16), int(match.group(3), 16)
    if not trace_id or not span_id:
        return None
    return SpanContext(trace_id, span_id, is_remote=True, trace_flags=TraceFlags(int(match.group(4), 16)))


def upstream_context() -> Context | None:
    """A context whose parent is the span PROMPTLAYER_TRACEPARENT names, or None."""
    remote = parse_traceparent(os.environ.get(TRACEPARENT_ENV))
    return trace.set_span_in_context(NonRecordingSpan(remote)) if remote is not None else None


def current_traceparent() -> str | None:
    """The `traceparent` of the active span, or None outside any (valid) span."""
    context = trace.get_current_span().get_span_context()
    if not context.is_valid:
        return None
    return f"00-{context.trace_id:032x}-{context.span_id:016x}-{int(context.trace_flags):02x}"
