"""With tracing on, proxy calls and run() are spans, and each request log names its span.

Provider answers come from the same cassettes as the other provider tests; spans are read
from the application's in-memory exporter (`otel_spans`) and from the local server.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import openai
import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

from promptlayer import AsyncPromptLayer, PromptLayer
from promptlayer.testing import LocalPromptLayer
from tests.modes import build
from tests.providers.conftest import provider_client
from tests.providers.provider_calls import CHAT, CHAT_STREAM, CHAT_UNAUTHORIZED
from tests.providers.provider_checks import INVALID_KEY, OPENAI_KEY, PL_KEY, RECORDING, logged

pytestmark = pytest.mark.skipif(RECORDING, reason="uses cassettes recorded by the other tests")

CHAT_TEMPLATE: dict[str, Any] = {
    "type": "chat",
    "input_variables": ["count"],
    "messages": [
        {"role": "system", "content": [{"type": "text", "text": "You are terse."}]},
        {"role": "user", "content": [{"type": "text", "text": "Say hello in {count} words."}]},
    ],
}
SEED = {
    "prompt_templates": [
        {
            "prompt_name": "greeting",
            "versions": [
                {
                    "prompt_template": CHAT_TEMPLATE,
                    "metadata": {
                        "model": {
                            "provider": "openai",
                            "name": "gpt-4o-mini",
                            "parameters": {"temperature": 0},
                        }
                    },
                }
            ],
        }
    ]
}
VARIABLES = {"count": "five"}


@pytest.fixture
def server() -> Iterator[LocalPromptLayer]:
    with LocalPromptLayer(api_key=PL_KEY, seed=SEED) as running:
        yield running
    assert not running.contract_errors


@pytest.fixture
def pl(server: LocalPromptLayer, otel_spans: InMemorySpanExporter) -> Iterator[PromptLayer]:
    with PromptLayer(api_key=PL_KEY, base_url=server.base_url, max_retries=0, enable_tracing=True) as client:
        yield client


@pytest.fixture
def mode_pl(
    mode: str, loop: asyncio.AbstractEventLoop, server: LocalPromptLayer, otel_spans: InMemorySpanExporter
) -> Iterator[Any]:
    """The tracing PromptLayer client of `mode`: PromptLayer, or an AsyncPromptLayer behind a view."""
    made = build(
        mode,
        loop,
        PromptLayer,
        AsyncPromptLayer,
        api_key=PL_KEY,
        base_url=server.base_url,
        max_retries=0,
        enable_tracing=True,
    )
    yield made
    made.close()


@pytest.fixture(autouse=True)
def provider_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", OPENAI_KEY)
    for name in ("OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID"):
        monkeypatch.delenv(name, raising=False)


def only_span(exporter: InMemorySpanExporter, name: str) -> Any:
    (span,) = [span for span in exporter.get_finished_spans() if span.name == name]
    return span


def span_hex(span: Any) -> str:
    return f"{span.context.span_id:016x}"


# -- proxies --------------------------------------------------------------------------------------


def test_proxy_call_is_a_span_its_log_names(
    mode: str,
    loop: asyncio.AbstractEventLoop,
    mode_pl: Any,
    server: LocalPromptLayer,
    otel_spans: InMemorySpanExporter,
    cassette: Any,
) -> None:
    tracer = trace.get_tracer("app")
    with (
        provider_client(mode, loop, mode_pl.openai, "OpenAI", api_key=OPENAI_KEY, max_retries=0) as client,
        cassette("openai_chat"),
        tracer.start_as_current_span("handler"),
    ):
        client.chat.completions.create(**CHAT)
    (body,) = logged(server, mode_pl)
    span = only_span(otel_spans, "openai.chat.completions.create")
    assert body["span_id"] == span_hex(span)
    assert span.parent.span_id == only_span(otel_spans, "handler").context.span_id
    assert span.attributes["gen_ai.system"] == "openai"
    assert span.attributes["gen_ai.request.model"] == CHAT["model"]
    assert span.status.status_code is StatusCode.UNSET
    # Delivered to PromptLayer too, and the server links the log to the trace the span belongs to.
    mode_pl.flush()
    stored = sorted(stored["name"] for stored in server.state.traces.spans())
    assert stored == ["handler", "openai.chat.completions.create"]
    log_id = server.state.tracking.find_by_span(body["span_id"])
    assert log_id is not None
    log = server.state.tracking.get(log_id)
    assert log is not None and log["span_id"] == body["span_id"]


def test_proxy_stream_span_ends_with_the_stream(
    pl: PromptLayer, server: LocalPromptLayer, otel_spans: InMemorySpanExporter, cassette: Any
) -> None:
    with pl.openai.OpenAI(api_key=OPENAI_KEY, max_retries=0) as client, cassette("openai_chat_stream"):
        stream = client.chat.completions.create(**CHAT_STREAM)
        next(stream)
        assert otel_spans.get_finished_spans() == ()  # still streaming
        list(stream)
    span = only_span(otel_spans, "openai.chat.completions.create")
    (body,) = logged(server, pl)
    assert body["span_id"] == span_hex(span)


def test_proxy_provider_error_marks_the_span(
    pl: PromptLayer, server: LocalPromptLayer, otel_spans: InMemorySpanExporter, cassette: Any
) -> None:
    with (
        pl.openai.OpenAI(api_key=INVALID_KEY, max_retries=0) as client,
        cassette("openai_unauthorized"),
        pytest.raises(openai.AuthenticationError),
    ):
        client.chat.completions.create(**CHAT_UNAUTHORIZED)
    span = only_span(otel_spans, "openai.chat.completions.create")
    assert span.status.status_code is StatusCode.ERROR
    assert span.attributes["error.type"] == "openai.AuthenticationError"
    (body,) = logged(server, pl)
    assert body["status"] == "ERROR" and body["span_id"] == span_hex(span)


def test_tracing_off_logs_carry_no_span(server: LocalPromptLayer, cassette: Any) -> None:
    with (
        PromptLayer(api_key=PL_KEY, base_url=server.base_url, max_retries=0) as pl,
        pl.openai.OpenAI(api_key=OPENAI_KEY, max_retries=0) as client,
        cassette("openai_chat"),
    ):
        client.chat.completions.create(**CHAT)
        (body,) = logged(server, pl)
    assert "span_id" not in body
    assert server.state.traces.spans() == []


# -- run() ----------------------------------------------------------------------------------------


def test_run_is_a_span_its_log_names(
    mode_pl: Any, server: LocalPromptLayer, otel_spans: InMemorySpanExporter, cassette: Any
) -> None:
    with cassette("run_openai_chat"):
        result = mode_pl.run("greeting", input_variables=VARIABLES, metadata={"user": "u1"})
    span = only_span(otel_spans, "PromptLayer Run")
    (body,) = logged(server, mode_pl)
    assert body["span_id"] == span_hex(span)
    attributes = span.attributes
    assert attributes["promptlayer.prompt.name"] == "greeting"
    assert attributes["promptlayer.prompt.id"] == 1
    assert attributes["promptlayer.prompt.version"] == 1
    assert attributes["promptlayer.metadata.user"] == "u1"
    assert attributes["gen_ai.request.model"] == "gpt-4o-mini"
    assert attributes["promptlayer.request_id"] == result["request_id"]
    assert span.status.status_code is StatusCode.UNSET
    # End to end: the span reached PromptLayer, and the server places the log in its trace.
    mode_pl.flush()
    (stored,) = [item for item in server.state.traces.spans() if item["name"] == "PromptLayer Run"]
    assert stored["span_id"] == body["span_id"]
    record = server.state.tracking.get(result["request_id"])
    assert record is not None
    assert server.state.tracking.trace_of(record) == stored["trace_id"] == f"{span.context.trace_id:032x}"


def test_run_stream_span_ends_after_the_last_item(
    pl: PromptLayer, server: LocalPromptLayer, otel_spans: InMemorySpanExporter, cassette: Any
) -> None:
    with cassette("run_openai_chat_stream"):
        items = pl.run("greeting", input_variables=VARIABLES, stream=True)
        first = next(items)
        assert first["request_id"] is None
        assert otel_spans.get_finished_spans() == ()
        rest = list(items)
    span = only_span(otel_spans, "PromptLayer Run")
    assert span.attributes["promptlayer.request_id"] == rest[-1]["request_id"]
    (body,) = logged(server, pl)
    assert body["span_id"] == span_hex(span)


def test_run_provider_error_marks_the_span(
    pl: PromptLayer,
    server: LocalPromptLayer,
    otel_spans: InMemorySpanExporter,
    cassette: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", INVALID_KEY)
    with cassette("run_openai_unauthorized"), pytest.raises(openai.AuthenticationError):
        pl.run("greeting", input_variables=VARIABLES)
    span = only_span(otel_spans, "PromptLayer Run")
    assert span.status.status_code is StatusCode.ERROR
    (body,) = logged(server, pl)
    assert body["status"] == "ERROR" and body["span_id"] == span_hex(span)
