"""The openai-agents TracingProcessor that re-emits agent traces as OpenTelemetry spans.

One root span per agents trace, one child span per agents span. OpenTelemetry spans are
started when the agents span starts (so children can name their parent) and ended with the
agents span's own timestamps. Span ids differ from the agents ids (the formats differ); the
agents ids are kept as `openai_agents.trace_id` / `openai_agents.span_id` attributes.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from agents.tracing import Span as AgentsSpan
from agents.tracing import Trace as AgentsTrace
from agents.tracing import TracingProcessor
from opentelemetry import trace as otel_trace
from opentelemetry.trace import SpanKind, Status, StatusCode, TracerProvider

from ..._version import __version__
from . import _attributes as attrs

logger = logging.getLogger("promptlayer")

INSTRUMENTATION_SCOPE = "promptlayer.integrations.openai_agents"
DEFAULT_WORKFLOW_NAME = "Agent workflow"
UNFINISHED = "openai_agents.unfinished"
# Traces ended recently: their stragglers were closed with the trace and are not restarted.
ENDED_TRACES_KEPT = 1_024

_SpanKey = tuple[str, str]  # (agents trace id, agents span id)


@dataclass
class _TraceState:
    root: otel_trace.Span
    group_id: Any
    metadata: Any
    open_spans: set[_SpanKey] = field(default_factory=set)


class OpenAIAgentsTracingProcessor(TracingProcessor):
    """Turns openai-agents traces and spans into OpenTelemetry spans on `tracer_provider`.

    Register it with `agents.set_trace_processors([processor])` (or use
    `instrument_openai_agents`). Thread-safe; never raises into the agent run (failures are
    logged to the `promptlayer` logger). The agents spans are not made current in the
    OpenTelemetry context; the root span joins the OpenTelemetry span current when the
    agents trace starts, if any.
    """

    def __init__(
        self,
        tracer_provider: TracerProvider,
        *,
        owns_provider: bool = False,
        max_attribute_chars: int = attrs.DEFAULT_MAX_ATTRIBUTE_CHARS,
        include_raw_payloads: bool = True,
    ) -> None:
        """`owns_provider`: shut the provider down in `shutdown()` (else only flush it).
        `include_raw_payloads=False` leaves out the JSON dumps of the SDK's objects
        (`attrs.RAW_PAYLOADS`), keeping the mapped messages, usage and names."""
        self._provider = tracer_provider
        self._owns_provider = owns_provider
        self._raw_payloads = bool(include_raw_payloads)
        self._tracer = tracer_provider.get_tracer(INSTRUMENTATION_SCOPE, __version__)
        self._limit = max(int(max_attribute_chars), attrs.MIN_ATTRIBUTE_CHARS)
        self._lock = threading.Lock()
        self._traces: dict[str, _TraceState] = {}
        self._spans: dict[_SpanKey, otel_trace.Span] = {}
        self._ended_traces: OrderedDict[str, None] = OrderedDict()
        self._closed = False

    @property
    def tracer_provider(self) -> TracerProvider:
        return self._provider

    def __repr__(self) -> str:
        return f"{type(self).__name__}(open_traces={len(self._traces)}, open_spans={len(self._spans)})"

    # -- agents TracingProcessor -------------------------------------------------------------

    def on_trace_start(self, trace: AgentsTrace) -> None:
        if self._closed:
            return
        try:
            group_id = getattr(trace, "group_id", None)
            metadata = getattr(trace, "metadata", None)
            attributes = attrs.trace_attributes(trace.trace_id, trace.name, group_id, metadata, self._limit)
            root = self._tracer.start_span(
                trace.name or DEFAULT_WORKFLOW_NAME,
                kind=SpanKind.INTERNAL,
                attributes=attributes,
                # agents timestamps have microseconds: the root must not start after its children
                start_time=time.time_ns() // 1_000 * 1_000,
            )
            with self._lock:
                self._traces[trace.trace_id] = _TraceState(root, group_id, metadata)
        except Exception:
            logger.warning("openai-agents tracing: could not start the trace span", exc_info=True)

    def on_trace_end(self, trace: AgentsTrace) -> None:
        try:
            with self._lock:
                state = self._traces.pop(trace.trace_id, None)
                if state is None:
                    return
                self._ended_traces[trace.trace_id] = None
                if len(self._ended_traces) > ENDED_TRACES_KEPT:
                    self._ended_traces.popitem(last=False)
                leftovers = [self._spans.pop(key) for key in state.open_spans if key in self._spans]
            now = time.time_ns()
            for span in leftovers:
                span.set_attribute(UNFINISHED, True)
                span.end(end_time=now)
            state.root.end(end_time=now)
        except Exception:
            logger.warning("openai-agents tracing: could not end the trace span", exc_info=True)

    def on_span_start(self, span: AgentsSpan[Any]) -> None:
        if self._closed or span.trace_id in self._ended_traces:
            return
        try:
            self._start(span)
        except Exception:
            logger.warning("openai-agents tracing: could not start a span", exc_info=True)

    def on_span_end(self, span: AgentsSpan[Any]) -> None:
        try:
            self._end(span)
        except Exception:
            logger.warning("openai-agents tracing: could not end a span", exc_info=True)

    def force_flush(self) -> None:
        """Deliver the spans ended so far (blocks until the exporter answers or times out)."""
        flush = getattr(self._provider, "force_flush", None)
        if callable(flush):
            try:
                flush()
            except Exception:
                logger.warning("openai-agents tracing: flush failed", exc_info=True)

    def shutdown(self, *, timeout: float | None = None) -> None:
        """End what is still open (marked `openai_agents.unfinished`), deliver everything, and
        shut the provider down when this processor created it. Later agents events are ignored."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            open_spans = list(self._spans.values())
            roots = [state.root for state in self._traces.values()]
            self._spans.clear()
            self._traces.clear()
        now = time.time_ns()
        for span in [*open_spans, *roots]:
            span.set_attribute(UNFINISHED, True)
            span.end(end_time=now)
        if not self._owns_provider:
            self.force_flush()
            return
        stop = getattr(self._provider, "shutdown", None)
        if callable(stop):
            try:
                stop()
            except Exception:
                logger.warning("openai-agents tracing: shutdown failed", exc_info=True)

    # -- internals -----------------------------------------------------------------------------

    def _start(self, span: AgentsSpan[Any]) -> otel_trace.Span:
        """Start the OpenTelemetry span for an agents span, under its parent's span."""
        data = span.span_data
        key = (span.trace_id, span.span_id)
        with self._lock:
            state = self._traces.get(span.trace_id)
            parent = self._spans.get((span.trace_id, span.parent_id)) if span.parent_id else None
        if parent is None and state is not None:
            parent = state.root
        attributes = attrs.base_attributes(span)
        model_call = attrs.is_model_span(data)
        if model_call and state is not None:
            attributes.update(attrs.context_attributes(state.group_id, state.metadata, self._limit))
        started = self._tracer.start_span(
            attrs.span_name(data),
            # a span whose trace this processor never saw joins the current context
            context=otel_trace.set_span_in_context(parent) if parent is not None else None,
            kind=SpanKind.CLIENT if model_call else SpanKind.INTERNAL,
            attributes=attributes,
            start_time=attrs.ns_from_iso(span.started_at) or time.time_ns(),
        )
        with self._lock:
            self._spans[key] = started
            if state is not None:
                state.open_spans.add(key)
        return started

    def _end(self, span: AgentsSpan[Any]) -> None:
        key = (span.trace_id, span.span_id)
        with self._lock:
            late = self._closed or span.trace_id in self._ended_traces
            otel_span = self._spans.pop(key, None)
            state = self._traces.get(span.trace_id)
            if state is not None:
                state.open_spans.discard(key)
        if otel_span is None:
            if late:  # already closed with its trace, or after shutdown
                return
            # started before this processor was registered: still worth a span
            otel_span = self._start(span)
            with self._lock:
                self._spans.pop(key, None)
                if state is not None:
                    state.open_spans.discard(key)
        data = span.span_data
        attributes = attrs.span_attributes(data, self._limit)
        if not self._raw_payloads:
            attributes = {key: value for key, value in attributes.items() if key not in attrs.RAW_PAYLOADS}
        otel_span.set_attributes(attributes)
        otel_span.update_name(attrs.span_name(data))
        if span.error:
            message, extra = attrs.error_attributes(span.error, self._limit)
            otel_span.set_attributes(extra)
            otel_span.set_status(Status(StatusCode.ERROR, message))
        otel_span.end(end_time=attrs.ns_from_iso(span.ended_at) or time.time_ns())
