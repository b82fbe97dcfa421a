"""A client's tracing (`enable_tracing=True`): the tracer its spans come from and the span
processor it owns, added to the application's global SDK provider when there is one.

Clients with the same provider, endpoint and key share one processor (no double export).
When tracing is off, clients hold `off.NO_TRACING` instead (same methods, no OpenTelemetry).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import threading
import weakref
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, cast

from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.trace import Span, Status, StatusCode

from .._settings import url_for_display
from .._version import __version__
from .context import upstream_context
from .export import DEFAULT_SERVICE_NAME, batch_processor, create_span_exporter, traces_endpoint

if TYPE_CHECKING:
    from opentelemetry.context import Context
    from opentelemetry.sdk.trace import SpanProcessor

    from .._settings import Settings

logger = logging.getLogger("promptlayer")
TRACER_NAME = "promptlayer"
# How long close() and interpreter exit wait for spans: one OTLP export attempt's time limit,
# so an unreachable endpoint costs at most this much (its spans are then dropped).
CLOSE_TIMEOUT_SECONDS = 10.0
DEFAULT_FLUSH_TIMEOUT_SECONDS = 30.0
MAX_ERROR_DESCRIPTION = 1024


def error_type(error: BaseException) -> str:
    cls = type(error)
    module = cls.__module__
    return cls.__qualname__ if module == "builtins" else f"{module}.{cls.__qualname__}"


class _Export:
    """Our batch processor, and the exporter it calls: the OTLP exporter, until `shutdown()`.

    The SDK's `force_flush` ignores its timeout and an unreachable endpoint is retried for
    10 s per batch, so flushing runs in a helper thread and is given up on at the deadline;
    `stop` then shuts the OTLP exporter down, which ends its retries, so a dead endpoint never
    holds up close() or interpreter exit for longer than the deadline.
    """

    def __init__(self, settings: Settings, endpoint: str) -> None:
        self._exporter = create_span_exporter(
            settings.api_key, endpoint=endpoint, headers=settings.default_headers
        )
        self._stopped = False
        self.processor: SpanProcessor = batch_processor(self)  # type: ignore[arg-type]
        self.users = 0

    def export(self, spans: Any) -> Any:
        if self._stopped:
            from opentelemetry.sdk.trace.export import SpanExportResult

            return SpanExportResult.FAILURE
        return self._exporter.export(spans)

    def force_flush(self, timeout_millis: int = 30_000) -> bool:
        return bool(self._exporter.force_flush(timeout_millis))

    def shutdown(self) -> None:
        if not self._stopped:
            self._stopped = True
            self._exporter.shutdown()

    def deliver(self, timeout: float) -> bool:
        """Export every finished span; False (and a warning) when the deadline passed first."""
        done = threading.Event()

        def flush() -> None:
            try:
                self.processor.force_flush()
            except Exception as error:  # best effort: never break the caller
                logger.warning("PromptLayer: could not deliver pending spans: %s", error)
            finally:
                done.set()

        threading.Thread(target=flush, name="promptlayer-span-flush", daemon=True).start()
        if done.wait(timeout):
            return True
        logger.warning("PromptLayer: pending spans not delivered within %.1f s", timeout)
        return False

    def stop(self, timeout: float) -> None:
        if not self.deliver(timeout):
            self.shutdown()  # ends retries at once; what is still queued is dropped
        self.processor.shutdown()


class _SharedExports:
    """One export per (application provider, endpoint, key), counted by the clients using it."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._entries: weakref.WeakKeyDictionary[Any, dict[tuple[str, str], _Export]] = (
            weakref.WeakKeyDictionary()
        )

    def acquire(self, provider: Any, endpoint: str, settings: Settings) -> _Export:
        key = (endpoint, hashlib.sha256(settings.api_key.encode()).hexdigest())
        with self._lock:
            entries = self._entries.setdefault(provider, {})
            export = entries.get(key)
            if export is None:
                export = entries[key] = _Export(settings, endpoint)
                provider.add_span_processor(export.processor)
            export.users += 1
            return export

    def release(self, provider: Any, export: _Export) -> bool:
        """Drop one user; True when it was the last (the caller then stops the export)."""
        with self._lock:
            export.users -= 1
            if export.users > 0:
                return False
            entries = self._entries.get(provider, {})
            for key, entry in list(entries.items()):
                if entry is export:
                    del entries[key]
            return True


_shared = _SharedExports()


class TraceWatch:
    """A span processor counting the spans started in the traces it is told to watch, so an
    evaluation knows which cases' traces hold more than the case's own span (only those can
    carry request logs worth waiting for). Spans of other traces cost one dict lookup."""

    def __init__(self) -> None:
        self._counts: dict[int, int] = {}
        self._lock = threading.Lock()

    def watch(self, trace_id: int) -> None:
        """Count the spans started in `trace_id` from now on."""
        with self._lock:
            self._counts[trace_id] = 0

    def release(self, trace_id: int) -> int:
        """Stop watching `trace_id`: the spans started in it meanwhile."""
        with self._lock:
            return self._counts.pop(trace_id, 0)

    def on_start(self, span: Any, parent_context: Any = None) -> None:
        trace_id = span.get_span_context().trace_id
        if trace_id in self._counts:
            with self._lock:
                if trace_id in self._counts:
                    self._counts[trace_id] += 1

    def _on_ending(self, span: Any) -> None:
        return None

    def on_end(self, span: Any) -> None:
        return None

    def shutdown(self) -> None:
        return None

    def force_flush(self, timeout_millis: int = 30_000) -> bool:
        return True


# One watch per provider (a provider cannot drop a processor, so it is added once).
_watches: weakref.WeakKeyDictionary[Any, TraceWatch] = weakref.WeakKeyDictionary()
_watches_lock = threading.Lock()


def _global_sdk_provider() -> Any | None:
    provider = trace.get_tracer_provider()
    return provider if callable(getattr(provider, "add_span_processor", None)) else None


def _finish(provider: Any, export: _Export, shared: bool, timeout: float) -> None:
    """Deliver what is pending and stop; also run at interpreter exit for unclosed clients."""
    if not shared or _shared.release(provider, export):
        export.stop(timeout)
    else:
        export.deliver(timeout)


class ClientTracing:
    """Spans for one client, exported to PromptLayer (see the module docstring)."""

    enabled = True

    def __init__(
        self,
        settings: Settings,
        *,
        service_name: str = DEFAULT_SERVICE_NAME,
        tracer_provider: Any | None = None,
    ) -> None:
        """`tracer_provider`: the application's SDK provider to add our export to, as the
        global one would be (shared, left running on close); else the global one, else our own."""
        endpoint = traces_endpoint(settings.base_url)
        provider = tracer_provider if tracer_provider is not None else _global_sdk_provider()
        self._owns_provider = provider is None
        if provider is None:
            from opentelemetry.sdk.resources import Resource
            from opentelemetry.sdk.trace import TracerProvider

            provider = TracerProvider(
                resource=Resource.create({"service.name": service_name}), shutdown_on_exit=False
            )
            self._export = _Export(settings, endpoint)
            provider.add_span_processor(self._export.processor)
        else:
            self._export = _shared.acquire(provider, endpoint, settings)
        self._provider = provider
        self.endpoint = endpoint
        self.tracer = provider.get_tracer(TRACER_NAME, __version__)
        # PROMPTLAYER_TRACEPARENT, read once: the parent of spans started outside any span.
        self._upstream: Context | None = upstream_context()
        # Unclosed clients deliver at garbage collection or interpreter exit.
        self._finalizer = weakref.finalize(
            self, _finish, provider, self._export, not self._owns_provider, CLOSE_TIMEOUT_SECONDS
        )

    def start_span(self, name: str, attributes: Mapping[str, Any] | None = None) -> Span:
        parent = None
        if self._upstream is not None and not trace.get_current_span().get_span_context().is_valid:
            parent = self._upstream
        return self.tracer.start_span(name, context=parent, attributes=attributes)

    @contextlib.contextmanager
    def use(self, span: Span) -> Iterator[Span]:
        """Make `span` the current span (children nest under it) for the block."""
        token = otel_context.attach(trace.set_span_in_context(span))
        try:
            yield span
        finally:
            otel_context.detach(token)

    def end(self, span: Span, error: BaseException | None = None) -> None:
        if error is not None:
            record_error(span, error)
        span.end()

    def span_id(self, span: Span) -> str | None:
        """The span's id as PromptLayer logs carry it (16 lower-case hex digits)."""
        context = span.get_span_context()
        return f"{context.span_id:016x}" if context.is_valid else None

    def flush(self, timeout: float | None = None) -> bool:
        """Export every finished span now; False when `timeout` ran out first."""
        return self._export.deliver(DEFAULT_FLUSH_TIMEOUT_SECONDS if timeout is None else timeout)

    def close(self, timeout: float | None = None) -> None:
        """Deliver pending spans (within `timeout`) and stop exporting; an export shared with
        other clients stops with the last of them."""
        if self._finalizer.detach() is not None:
            _finish(
                self._provider,
                self._export,
                not self._owns_provider,
                CLOSE_TIMEOUT_SECONDS if timeout is None else timeout,
            )

    def trace_watch(self) -> TraceWatch:
        """The TraceWatch of this client's provider (added to it on first use)."""
        with _watches_lock:
            watch = _watches.get(self._provider)
            if watch is None:
                watch = _watches[self._provider] = TraceWatch()
                self._provider.add_span_processor(cast("SpanProcessor", watch))  # duck-typed
            return watch

    @property
    def tracer_provider(self) -> Any:
        """The OpenTelemetry tracer provider this client's spans come from."""
        return self._provider

    def __repr__(self) -> str:
        endpoint = url_for_display(self.endpoint)
        return f"ClientTracing(endpoint={endpoint!r}, own_provider={self._owns_provider})"


def record_error(span: Span, error: BaseException) -> None:
    """Mark a span failed: status ERROR, `error.type`, and the exception as an event."""
    kind = error_type(error)
    span.set_attribute("error.type", kind)
    if isinstance(error, Exception):
        span.record_exception(error)
    span.set_status(Status(StatusCode.ERROR, f"{kind}: {error}"[:MAX_ERROR_DESCRIPTION]))
