"""Fixtures shared by every test folder."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.util._once import Once


def _reset_global_tracer_provider() -> None:
    # OpenTelemetry lets a process set its global provider once; tests need a fresh one each.
    trace._TRACER_PROVIDER_SET_ONCE = Once()
    trace._TRACER_PROVIDER = None


@pytest.fixture
def global_tracer_provider() -> Iterator[TracerProvider]:
    """An application's own SDK TracerProvider, installed as the global one for the test."""
    _reset_global_tracer_provider()
    provider = TracerProvider()
    trace.set_tracer_provider(provider)
    yield provider
    provider.shutdown()
    _reset_global_tracer_provider()


@pytest.fixture
def otel_spans(global_tracer_provider: TracerProvider) -> InMemorySpanExporter:
    """Every span the global provider finishes, kept in memory (the application's exporter)."""
    exporter = InMemorySpanExporter()
    global_tracer_provider.add_span_processor(SimpleSpanProcessor(exporter))
    return exporter


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    """Which face a test body exercises (see tests/modes.py): every such test runs twice."""
    return str(request.param)


@pytest.fixture
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    """The event loop an async view runs on, closed after the test."""
    running = asyncio.new_event_loop()
    yield running
    running.close()
