"""`enable_tracing=True` and `client.traceable`: spans in memory and at the local server's /v1/traces.

Two set-ups, as applications have them: an application that installed its own SDK
TracerProvider globally (`otel_spans` keeps what it finishes; our exporter is added beside
it), and one that has none (the client uses its own provider; spans are read back from the
local PromptLayer server, where they arrive over OTLP/HTTP).
"""

# PromptLayer.traceable returns Any (promptlayer/client.py), so every function it decorates, and
# what calling one returns, is Any to mypy: allowed in this file until traceable is typed to
# return the decorated function's type.
# mypy: disallow-untyped-decorators=False, warn-return-any=False

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Generator, Iterator
from typing import Any

import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode
from opentelemetry.util._once import Once

from promptlayer import AsyncPromptLayer, PromptLayer, PromptLayerValidationError
from promptlayer.client import context_of
from promptlayer.testing import Fault, LocalPromptLayer
from promptlayer.tracing.traceable import MAX_VALUE_CHARS

KEY = "tracing-test-key"
UPSTREAM_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736"
UPSTREAM_SPAN = "00f067aa0ba902b7"


@pytest.fixture
def server() -> Iterator[LocalPromptLayer]:
    with LocalPromptLayer(api_key=KEY) as running:
        yield running
    assert not running.contract_errors


@pytest.fixture
def no_global_tracer_provider() -> Iterator[None]:
    trace._TRACER_PROVIDER_SET_ONCE = Once()
    trace._TRACER_PROVIDER = None
    yield
    trace._TRACER_PROVIDER_SET_ONCE = Once()
    trace._TRACER_PROVIDER = None


@pytest.fixture
def pl(server: LocalPromptLayer, otel_spans: InMemorySpanExporter) -> Iterator[PromptLayer]:
    client = PromptLayer(api_key=KEY, base_url=server.base_url, enable_tracing=True)
    yield client
    client.close()


def finished(exporter: InMemorySpanExporter) -> dict[str, Any]:
    """Finished spans by name (names are unique in these tests)."""
    spans = exporter.get_finished_spans()
    by_name = {span.name: span for span in spans}
    assert len(by_name) == len(spans), [span.name for span in spans]
    return by_name


def stored(server: LocalPromptLayer) -> dict[str, dict[str, Any]]:
    return {span["name"]: span for span in server.state.traces.spans()}


# -- what a span records -------------------------------------------------------------------------


def test_sync_function_span_with_inputs_output_and_attributes(
    pl: PromptLayer, otel_spans: InMemorySpanExporter
) -> None:
    @pl.traceable(name="lookup", attributes={"team": "search", "weights": [1, 2]})
    def find(query: str, *, limit: int = 3) -> dict[str, Any]:
        return {"query": query, "hits": limit}

    assert find("cats", limit=2) == {"query": "cats", "hits": 2}
    assert find.__name__ == "find"  # functools.wraps

    span = finished(otel_spans)["lookup"]
    assert span.attributes["team"] == "search"
    assert span.attributes["weights"] == (1, 2)
    assert json.loads(span.attributes["function_input"]) == {"args": ["cats"], "kwargs": {"limit": 2}}
    assert json.loads(span.attributes["function_output"]) == {"query": "cats", "hits": 2}
    assert span.status.status_code is StatusCode.UNSET
    assert span.parent is None


def test_nested_calls_are_parent_and_child(pl: PromptLayer, otel_spans: InMemorySpanExporter) -> None:
    @pl.traceable()
    def inner(x: int) -> int:
        return x + 1

    @pl.traceable
    def outer(x: int) -> int:
        return inner(x) * 2

    assert outer(1) == 4
    spans = finished(otel_spans)
    assert spans["inner"].parent.span_id == spans["outer"].context.span_id
    assert spans["inner"].context.trace_id == spans["outer"].context.trace_id


def test_exception_marks_the_span_error_and_propagates(
    pl: PromptLayer, otel_spans: InMemorySpanExporter
) -> None:
    @pl.traceable()
    def fail() -> None:
        raise KeyError("missing")

    with pytest.raises(KeyError, match="missing"):
        fail()
    span = finished(otel_spans)["fail"]
    assert span.status.status_code is StatusCode.ERROR
    assert span.status.description.startswith("KeyError")
    assert span.attributes["error.type"] == "KeyError"
    assert [event.name for event in span.events] == ["exception"]
    assert "function_output" not in span.attributes


def test_async_function(pl: PromptLayer, otel_spans: InMemorySpanExporter) -> None:
    @pl.traceable()
    def child() -> str:
        return "c"

    @pl.traceable(attributes={"kind": "async"})
    async def work(x: int) -> str:
        await asyncio.sleep(0)
        return child() * x

    assert asyncio.iscoroutinefunction(work)
    assert asyncio.run(work(2)) == "cc"
    spans = finished(otel_spans)
    assert spans["work"].attributes["function_output"] == '"cc"'
    assert spans["child"].parent.span_id == spans["work"].context.span_id


def test_async_exception(pl: PromptLayer, otel_spans: InMemorySpanExporter) -> None:
    @pl.traceable()
    async def broken() -> None:
        raise RuntimeError("nope")

    with pytest.raises(RuntimeError):
        asyncio.run(broken())
    assert finished(otel_spans)["broken"].status.status_code is StatusCode.ERROR


def test_generator_span_covers_the_iteration(pl: PromptLayer, otel_spans: InMemorySpanExporter) -> None:
    @pl.traceable()
    def step(i: int) -> int:
        return i * 10

    @pl.traceable()
    def numbers(n: int) -> Iterator[int]:
        for i in range(n):
            yield step(i)
        return None

    tracer = trace.get_tracer("app")
    generator = numbers(3)
    assert next(generator) == 0
    # Between steps the caller's context is its own: a span started here is not a child.
    with tracer.start_as_current_span("between"):
        pass
    assert list(generator) == [10, 20]

    spans: tuple[Any, ...] = otel_spans.get_finished_spans()  # read as finished() does
    numbers_span = next(span for span in spans if span.name == "numbers")
    steps = [span for span in spans if span.name == "step"]
    assert len(steps) == 3
    assert all(span.parent.span_id == numbers_span.context.span_id for span in steps)
    between = next(span for span in spans if span.name == "between")
    assert between.parent is None
    assert json.loads(numbers_span.attributes["function_output"]) == [0, 10, 20]
    assert numbers_span.attributes["promptlayer.yielded_items"] == 3


def test_generator_send_throw_and_early_close(pl: PromptLayer, otel_spans: InMemorySpanExporter) -> None:
    @pl.traceable()
    def echo() -> Generator[str, str, None]:
        received = "start"
        while True:
            try:
                received = yield received
            except ValueError:
                received = "recovered"

    generator = echo()
    assert next(generator) == "start"
    assert generator.send("a") == "a"
    assert generator.throw(ValueError("x")) == "recovered"
    generator.close()

    span = finished(otel_spans)["echo"]
    assert span.status.status_code is StatusCode.UNSET  # closing early is not an error
    assert span.attributes["promptlayer.closed_early"] is True
    assert json.loads(span.attributes["function_output"]) == ["start", "a", "recovered"]


def test_generator_error(pl: PromptLayer, otel_spans: InMemorySpanExporter) -> None:
    @pl.traceable()
    def broken() -> Iterator[int]:
        yield 1
        raise ValueError("half way")

    with pytest.raises(ValueError, match="half way"):
        list(broken())
    span = finished(otel_spans)["broken"]
    assert span.status.status_code is StatusCode.ERROR
    assert json.loads(span.attributes["function_output"]) == [1]


def test_async_generator(pl: PromptLayer, otel_spans: InMemorySpanExporter) -> None:
    @pl.traceable()
    async def part(i: int) -> int:
        return i + 100

    @pl.traceable(name="stream-parts")
    async def parts(n: int) -> Any:
        for i in range(n):
            yield await part(i)

    async def consume() -> list[int]:
        return [item async for item in parts(2)]

    assert asyncio.run(consume()) == [100, 101]
    spans: tuple[Any, ...] = otel_spans.get_finished_spans()  # read as finished() does
    outer = next(span for span in spans if span.name == "stream-parts")
    children = [span for span in spans if span.name == "part"]
    assert [span.parent.span_id for span in children] == [outer.context.span_id] * 2
    assert json.loads(outer.attributes["function_output"]) == [100, 101]


def test_async_generator_closed_early_and_error(pl: PromptLayer, otel_spans: InMemorySpanExporter) -> None:
    @pl.traceable()
    async def endless() -> Any:
        while True:
            yield 1

    @pl.traceable()
    async def failing() -> Any:
        yield 1
        raise OSError("disk")

    async def scenario() -> None:
        generator = endless()
        assert await generator.__anext__() == 1
        await generator.aclose()
        with pytest.raises(OSError):
            async for _ in failing():
                pass

    asyncio.run(scenario())
    spans = finished(otel_spans)
    assert spans["endless"].attributes["promptlayer.closed_early"] is True
    assert spans["endless"].status.status_code is StatusCode.UNSET
    assert spans["failing"].status.status_code is StatusCode.ERROR


def test_large_inputs_and_outputs_are_cut(pl: PromptLayer, otel_spans: InMemorySpanExporter) -> None:
    @pl.traceable()
    def big(text: str) -> str:
        return text * 2

    class Opaque:
        def __repr__(self) -> str:
            return "<opaque>"

    @pl.traceable()
    def odd(value: Any) -> Any:
        return value

    big("x" * (MAX_VALUE_CHARS * 2))
    odd(Opaque())
    spans = finished(otel_spans)
    for name in ("function_input", "function_output"):
        value = spans["big"].attributes[name]
        assert len(value) == MAX_VALUE_CHARS
        assert value.endswith("...[truncated]")
    assert spans["odd"].attributes["function_output"] == '"<opaque>"'


def test_models_and_dataclasses_are_recorded_as_their_fields(
    pl: PromptLayer, otel_spans: InMemorySpanExporter
) -> None:
    from dataclasses import dataclass

    from pydantic import BaseModel

    class Reply(BaseModel):
        text: str
        tokens: int

    @dataclass
    class Query:
        question: str
        tags: frozenset[str]

    @pl.traceable()
    def ask(query: Query) -> Reply:
        return Reply(text=f"re: {query.question}", tokens=3)

    ask(Query("why?", frozenset({"a"})))
    span = finished(otel_spans)["ask"]
    assert json.loads(span.attributes["function_input"]) == {
        "args": [{"question": "why?", "tags": ["a"]}],
        "kwargs": {},
    }
    assert json.loads(span.attributes["function_output"]) == {"text": "re: why?", "tokens": 3}


def test_bad_decorator_arguments_fail_at_once(pl: PromptLayer) -> None:
    with pytest.raises(PromptLayerValidationError, match="name"):
        pl.traceable(name="")
    with pytest.raises(PromptLayerValidationError, match="attributes must be a mapping"):
        pl.traceable(attributes=[("a", 1)])  # type: ignore[call-overload]
    with pytest.raises(PromptLayerValidationError, match="attribute 'bad'"):
        pl.traceable(attributes={"bad": {"nested": 1}})
    with pytest.raises(PromptLayerValidationError, match="attribute 'mixed'"):
        pl.traceable(attributes={"mixed": [1, "a"]})
    with pytest.raises(PromptLayerValidationError, match="decorates functions"):
        pl.traceable()(42)  # type: ignore[type-var]


# -- the official SDK's call forms ---------------------------------------------------------------


def test_attributes_come_first_positionally_as_in_the_official_sdk(
    pl: PromptLayer, otel_spans: InMemorySpanExporter
) -> None:
    @pl.traceable({"team": "a"})
    def first() -> int:
        return 1

    @pl.traceable({"team": "b"}, "second-step")
    def second() -> int:
        return 2

    assert (first(), second()) == (1, 2)
    spans = finished(otel_spans)
    assert spans["first"].attributes["team"] == "a"
    assert spans["second-step"].attributes["team"] == "b"


def test_trace_tool_names_the_span_after_the_tool(pl: PromptLayer, otel_spans: InMemorySpanExporter) -> None:
    @pl.traceTool()
    def search(query: str) -> list[str]:
        return [query]

    @pl.traceTool("weather", {"team": "tools"})
    def lookup() -> str:
        return "sunny"

    assert (search("cats"), lookup()) == (["cats"], "sunny")
    spans = finished(otel_spans)
    tool = spans["Tool: search"].attributes
    assert (tool["node_type"], tool["tool.name"], tool["function_name"]) == (
        "CODE_EXECUTION",
        "search",
        "search",
    )
    assert json.loads(tool["function_input"]) == {"args": ["cats"], "kwargs": {}}
    named = spans["Tool: weather"].attributes
    assert (named["tool.name"], named["team"]) == ("weather", "tools")


def test_a_given_tracer_provider_makes_the_spans_and_exports_them(
    server: LocalPromptLayer, no_global_tracer_provider: None
) -> None:
    provider = TracerProvider()
    mine = InMemorySpanExporter()
    provider.add_span_processor(SimpleSpanProcessor(mine))
    with PromptLayer(
        api_key=KEY, base_url=server.base_url, enable_tracing=True, tracer_provider=provider
    ) as pl:
        assert context_of(pl).tracing.tracer_provider is provider

        @pl.traceable()
        def step() -> int:
            return 1

        step()
    assert [span.name for span in mine.get_finished_spans()] == ["step"]
    assert [span["name"] for span in server.state.traces.spans()] == ["step"]
    assert trace.get_tracer_provider() is not provider  # never made global


def test_provider_instrumentation_is_refused_until_it_is_built(server: LocalPromptLayer) -> None:
    with pytest.raises(PromptLayerValidationError, match="tracing_providers=\\['openai'\\] is not supported"):
        PromptLayer(api_key=KEY, base_url=server.base_url, enable_tracing=True, tracing_providers=["openai"])
    with pytest.raises(PromptLayerValidationError, match="OpenTelemetry SDK tracer provider"):
        PromptLayer(api_key=KEY, base_url=server.base_url, enable_tracing=True, tracer_provider=object())
    with PromptLayer(api_key=KEY, base_url=server.base_url, enable_tracing=True, tracing_providers=[]) as pl:
        assert pl.tracing_enabled
    # with tracing off both are ignored, as in the official SDK
    with PromptLayer(
        api_key=KEY, base_url=server.base_url, tracer_provider=object(), tracing_providers=["x"]
    ) as pl:
        assert not pl.tracing_enabled


# -- tracing off --------------------------------------------------------------------------------


def test_tracing_off_returns_the_function_and_exports_nothing(
    server: LocalPromptLayer, otel_spans: InMemorySpanExporter
) -> None:
    def plain(x: int) -> int:
        return x

    with PromptLayer(api_key=KEY, base_url=server.base_url) as pl:
        assert pl.tracing_enabled is False
        assert pl.traceable()(plain) is plain
        assert pl.traceable(plain) is plain
        assert pl.traceable(name="n", attributes={"a": 1})(plain)(3) == 3
        pl.flush()
    assert otel_spans.get_finished_spans() == ()
    assert server.requests_for("ingest_otlp_traces") == []
    assert server.state.traces.spans() == []


# -- where spans go -----------------------------------------------------------------------------


def test_exporter_joins_the_applications_provider(
    server: LocalPromptLayer, otel_spans: InMemorySpanExporter, global_tracer_provider: TracerProvider
) -> None:
    before = dict(os.environ)
    with PromptLayer(api_key=KEY, base_url=server.base_url, enable_tracing=True) as pl:

        @pl.traceable()
        def mine() -> int:
            return 1

        app_tracer = trace.get_tracer("app")
        with app_tracer.start_as_current_span("app-request"):
            mine()
    # Never replaced, never wrote the environment.
    assert trace.get_tracer_provider() is global_tracer_provider
    assert dict(os.environ) == before
    # The application's exporter and PromptLayer both have both spans, in one trace.
    assert {span.name for span in otel_spans.get_finished_spans()} == {"mine", "app-request"}
    at_server = stored(server)
    assert set(at_server) == {"mine", "app-request"}
    assert at_server["mine"]["parent_span_id"] == at_server["app-request"]["span_id"]
    assert at_server["mine"]["trace_id"] == at_server["app-request"]["trace_id"]


def test_two_clients_on_one_provider_export_each_span_once(
    server: LocalPromptLayer, otel_spans: InMemorySpanExporter
) -> None:
    first = PromptLayer(api_key=KEY, base_url=server.base_url, enable_tracing=True)
    second = PromptLayer(api_key=KEY, base_url=server.base_url, enable_tracing=True)

    @first.traceable()
    def one() -> None:
        pass

    one()
    first.close()  # the shared processor stays for `second`

    @second.traceable()
    def two() -> None:
        pass

    two()
    second.close()
    names = sorted(span["name"] for span in server.state.traces.spans())
    assert names == ["one", "two"]
    assert len(server.requests_for("ingest_otlp_traces")) >= 1


def test_own_provider_when_the_application_has_none(
    server: LocalPromptLayer, no_global_tracer_provider: None
) -> None:
    with PromptLayer(api_key=KEY, base_url=server.base_url, enable_tracing=True) as pl:

        @pl.traceable(attributes={"step": 1})
        def parent() -> str:
            return child()

        @pl.traceable()
        def child() -> str:
            return "done"

        parent()
        # Still nobody's global provider: we never install one.
        assert not hasattr(trace.get_tracer_provider(), "add_span_processor")
    spans = stored(server)
    assert spans["child"]["parent_span_id"] == spans["parent"]["span_id"]
    assert spans["parent"]["attributes"]["step"] == 1
    assert spans["parent"]["resource_attributes"]["service.name"] == "promptlayer-python"
    (request, *_) = server.requests_for("ingest_otlp_traces")
    assert request.headers["x-api-key"] == KEY
    assert request.headers["content-type"] == "application/x-protobuf"


def test_error_status_reaches_the_server(server: LocalPromptLayer, no_global_tracer_provider: None) -> None:
    with PromptLayer(api_key=KEY, base_url=server.base_url, enable_tracing=True) as pl:

        @pl.traceable()
        def fail() -> None:
            raise ValueError("bad input")

        with pytest.raises(ValueError):
            fail()
    span = stored(server)["fail"]
    assert span["status"]["code"] == "ERROR"
    assert "bad input" in span["status"]["message"]
    assert span["events"][0]["name"] == "exception"


def test_flush_delivers_without_closing(server: LocalPromptLayer, no_global_tracer_provider: None) -> None:
    pl = PromptLayer(api_key=KEY, base_url=server.base_url, enable_tracing=True)

    @pl.traceable()
    def quick() -> None:
        pass

    quick()
    assert server.state.traces.spans() == []  # batched: not sent yet
    pl.flush()
    assert [span["name"] for span in server.state.traces.spans()] == ["quick"]
    quick()
    pl.close()
    assert [span["name"] for span in server.state.traces.spans()] == ["quick", "quick"]


def test_async_client_delivers_on_aclose(server: LocalPromptLayer, no_global_tracer_provider: None) -> None:
    async def scenario() -> None:
        async with AsyncPromptLayer(api_key=KEY, base_url=server.base_url, enable_tracing=True) as pl:

            @pl.traceable()
            async def answer() -> int:
                return 42

            assert await answer() == 42
            await pl.flush()
            assert [span["name"] for span in server.state.traces.spans()] == ["answer"]
            await answer()

    asyncio.run(scenario())
    assert [span["name"] for span in server.state.traces.spans()] == ["answer", "answer"]


def test_traces_endpoint_env_overrides_the_base_url(
    server: LocalPromptLayer, no_global_tracer_provider: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROMPTLAYER_OTLP_TRACES_ENDPOINT", f"{server.base_url}/v1/traces")
    with PromptLayer(api_key=KEY, base_url="http://127.0.0.1:9", enable_tracing=True) as pl:
        pl.traceable(name="routed")(lambda: None)()
    assert [span["name"] for span in server.state.traces.spans()] == ["routed"]


def test_traceparent_env_continues_the_upstream_trace(
    server: LocalPromptLayer, no_global_tracer_provider: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROMPTLAYER_TRACEPARENT", f"00-{UPSTREAM_TRACE}-{UPSTREAM_SPAN}-01")
    with PromptLayer(api_key=KEY, base_url=server.base_url, enable_tracing=True) as pl:

        @pl.traceable()
        def downstream() -> None:
            nested()

        @pl.traceable()
        def nested() -> None:
            pass

        downstream()
    spans = stored(server)
    assert spans["downstream"]["trace_id"] == UPSTREAM_TRACE
    assert spans["downstream"]["parent_span_id"] == UPSTREAM_SPAN
    assert spans["nested"]["parent_span_id"] == spans["downstream"]["span_id"]


def test_malformed_traceparent_starts_a_new_trace(
    server: LocalPromptLayer, no_global_tracer_provider: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROMPTLAYER_TRACEPARENT", "00-not-a-trace-01")
    with PromptLayer(api_key=KEY, base_url=server.base_url, enable_tracing=True) as pl:
        pl.traceable(name="fresh")(lambda: None)()
    (span,) = server.state.traces.spans()
    assert span["parent_span_id"] in (None, "")


def test_export_failure_is_a_warning_not_an_error(
    server: LocalPromptLayer, no_global_tracer_provider: None, caplog: pytest.LogCaptureFixture
) -> None:
    server.inject("ingest_otlp_traces", Fault.http_status(400), times=None)
    with PromptLayer(api_key=KEY, base_url=server.base_url, enable_tracing=True) as pl:
        assert pl.traceable(name="lost")(lambda: 5)() == 5
    assert server.state.traces.spans() == []
    assert KEY not in caplog.text


def test_unreachable_endpoint_costs_close_at_most_its_time_limit(
    no_global_tracer_provider: None, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from promptlayer.tracing import client_tracing

    monkeypatch.setattr(client_tracing, "CLOSE_TIMEOUT_SECONDS", 0.5)
    with LocalPromptLayer(api_key=KEY) as gone:
        base_url = gone.base_url  # stopped below: nothing listens there any more
    pl = PromptLayer(api_key=KEY, base_url=base_url, enable_tracing=True)
    pl.traceable(name="undeliverable")(lambda: None)()
    started = time.monotonic()
    pl.close()
    assert time.monotonic() - started < 3
    assert "not delivered within 0.5 s" in caplog.text
    assert KEY not in caplog.text


def test_unclosed_client_delivers_at_interpreter_exit(server: LocalPromptLayer) -> None:
    script = textwrap.dedent(
        f"""
        from promptlayer import PromptLayer
        pl = PromptLayer(api_key={KEY!r}, base_url={server.base_url!r}, enable_tracing=True)

        @pl.traceable()
        def at_exit():
            return "bye"

        at_exit()
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert [span["name"] for span in server.state.traces.spans()] == ["at_exit"]


def test_the_key_stays_out_of_reprs(server: LocalPromptLayer, no_global_tracer_provider: None) -> None:
    with PromptLayer(api_key=KEY, base_url=server.base_url, enable_tracing=True) as pl:
        assert KEY not in repr(pl) and KEY not in repr(context_of(pl).tracing)
        assert pl.tracing_enabled is True


def test_a_decorated_function_keeps_its_signature_for_type_checkers(pl: PromptLayer) -> None:
    """Checked by mypy (strict, warn_unused_ignores): were the decorators untyped, the ignores
    below would be unused and mypy would fail; at run time the calls behave as the originals."""

    def add(x: int, *, y: int = 1) -> int:
        return x + y

    traced, bare, tool = pl.traceable({"team": "math"})(add), pl.traceable(add), pl.traceTool("adder")(add)
    total: int = traced(2, y=3) + bare(1) + tool(1, y=2)
    assert total == 5 + 2 + 3
    with pytest.raises(TypeError):
        traced("2", z=1)  # type: ignore[arg-type, call-arg]
