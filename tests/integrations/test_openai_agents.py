"""openai-agents runs -> OpenTelemetry spans -> PromptLayer.

Real `agents.Agent` runs whose model calls go to a local, scripted Responses API
(`openai_responses_replay`, recorded answers in `openai_agents_responses.json`), traced by
the processor into an in-memory exporter, or end to end into the local PromptLayer server.
openai-agents' own export to OpenAI is replaced by a recorder in every test and must never run.
"""

# PromptLayer.traceable returns Any (promptlayer/client.py), so a function it decorates is untyped
# to mypy: allowed here until traceable is typed to return the decorated function's type.
# mypy: disallow-untyped-decorators=False

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import agents
import openai
import pytest
from agents import (
    Agent,
    GuardrailFunctionOutput,
    InputGuardrailTripwireTriggered,
    OpenAIResponsesModel,
    RunConfig,
    Runner,
    custom_span,
    function_tool,
    generation_span,
    input_guardrail,
    set_trace_processors,
    trace,
)
from agents.tracing import SpanData, TracingProcessor, get_trace_provider
from agents.tracing.processors import BackendSpanExporter
from opentelemetry import trace as otel_trace
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind, StatusCode

from promptlayer import PromptLayer, PromptLayerError, PromptLayerValidationError
from promptlayer.client import context_of
from promptlayer.integrations.openai_agents import OpenAIAgentsTracingProcessor, instrument_openai_agents
from promptlayer.integrations.openai_agents import _attributes as attrs
from promptlayer.testing import LocalPromptLayer
from tests.integrations.openai_responses_replay import ResponsesReplay, recorded

PL_KEY = "agents-test-key"
WEATHER_INSTRUCTIONS = "You answer weather questions. Use the get_weather tool."
RUN_CONFIG = RunConfig(workflow_name="Weather lookup", group_id="chat-42", trace_metadata={"user": "u-1"})


# -- fixtures and helpers ---------------------------------------------------------------------------


class Recorder(TracingProcessor):
    """Keeps every agents trace and span it is told about (to compare with the OTel spans)."""

    def __init__(self) -> None:
        self.traces: list[Any] = []
        self.spans: list[Any] = []

    def on_trace_start(self, trace: Any) -> None:
        self.traces.append(trace)

    def on_trace_end(self, trace: Any) -> None:
        pass

    def on_span_start(self, span: Any) -> None:
        pass

    def on_span_end(self, span: Any) -> None:
        self.spans.append(span)

    def shutdown(self) -> None:
        pass

    def force_flush(self) -> None:
        pass


@pytest.fixture(autouse=True)
def agents_processors(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Start each test with no agents processors, restore the previous ones afterwards, and fail
    if anything reached openai-agents' exporter to OpenAI."""
    provider = get_trace_provider()
    saved = list(provider._multi_processor._processors)  # type: ignore[attr-defined]  # no public getter
    sent_to_openai: list[Any] = []
    monkeypatch.setattr(BackendSpanExporter, "export", lambda self, items: sent_to_openai.append(items))
    set_trace_processors([])
    yield
    set_trace_processors(saved)
    assert sent_to_openai == []


@pytest.fixture
def exporter() -> Iterator[InMemorySpanExporter]:
    memory = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(memory))
    memory.provider = provider  # type: ignore[attr-defined]
    yield memory
    provider.shutdown()


@pytest.fixture
def processor(exporter: InMemorySpanExporter) -> OpenAIAgentsTracingProcessor:
    return instrument_openai_agents(tracer_provider=exporter.provider)  # type: ignore[attr-defined]


@pytest.fixture
def server() -> Iterator[LocalPromptLayer]:
    with LocalPromptLayer(api_key=PL_KEY) as running:
        yield running


def model(api: ResponsesReplay, name: str = "gpt-4o") -> OpenAIResponsesModel:
    return OpenAIResponsesModel(
        model=name, openai_client=openai.AsyncOpenAI(base_url=api.url, api_key="test", max_retries=0)
    )


@function_tool
def get_weather(city: str) -> str:
    """Current weather for a city."""
    return f"sunny, 22 C in {city}"


@function_tool
def broken_weather(city: str) -> str:
    """Current weather for a city."""
    raise ConnectionError(f"weather service down for {city}")


broken_weather.name = "get_weather"


def weather_agent(api: ResponsesReplay, tool: Any = get_weather) -> Agent[Any]:
    return Agent(name="Weather agent", instructions=WEATHER_INSTRUCTIONS, tools=[tool], model=model(api))


def run(agent: Agent[Any], question: str, how: str = "run_sync", **kwargs: Any) -> Any:
    """Run an agent with Runner.run_sync, Runner.run, or Runner.run_streamed (drained)."""
    if how == "run_sync":
        return Runner.run_sync(agent, question, **kwargs)
    if how == "run":
        return asyncio.run(Runner.run(agent, question, **kwargs))

    async def streamed() -> Any:
        result = Runner.run_streamed(agent, question, **kwargs)
        async for _ in result.stream_events():
            pass
        return result

    return asyncio.run(streamed())


def only(spans: list[ReadableSpan], name: str) -> ReadableSpan:
    matches = [span for span in spans if span.name == name]
    assert len(matches) == 1, (name, [span.name for span in spans])
    return matches[0]


def named(spans: list[ReadableSpan], name: str) -> list[ReadableSpan]:
    return sorted((span for span in spans if span.name == name), key=lambda span: span.start_time or 0)


def parent_of(spans: list[ReadableSpan], span: ReadableSpan) -> ReadableSpan | None:
    if span.parent is None:
        return None
    return next(s for s in spans if s.context.span_id == span.parent.span_id)


def attributes(span: ReadableSpan) -> dict[str, Any]:
    return dict(span.attributes or {})


# -- the span tree of real runs ---------------------------------------------------------------------


@pytest.mark.parametrize("how", ["run_sync", "run", "run_streamed"])
def test_tool_run_becomes_a_span_tree(
    processor: OpenAIAgentsTracingProcessor, exporter: InMemorySpanExporter, how: str
) -> None:
    recorder = Recorder()
    agents.add_trace_processor(recorder)
    with ResponsesReplay([recorded("weather_tool_call"), recorded("weather_answer")]) as api:
        result = run(weather_agent(api), "What's the weather in Paris?", how, run_config=RUN_CONFIG)
    assert result.final_output == "It is sunny and 22 °C in Paris right now."
    assert [request["body"].get("stream", False) for request in api.requests] == [how == "run_streamed"] * 2

    spans = list(exporter.get_finished_spans())
    root = only(spans, "Weather lookup")
    task = only(spans, "task Weather lookup")
    agent = only(spans, "invoke_agent Weather agent")
    turn1, turn2 = only(spans, "turn 1 Weather agent"), only(spans, "turn 2 Weather agent")
    call, answer = named(spans, "chat gpt-4o-2024-08-06")
    tool = only(spans, "execute_tool get_weather")
    assert len(spans) == 8
    assert root.parent is None
    assert {span.context.trace_id for span in spans} == {root.context.trace_id}
    expected_parents = {
        task: root,
        agent: task,
        turn1: agent,
        turn2: agent,
        call: turn1,
        tool: turn1,
        answer: turn2,
    }
    for child, parent in expected_parents.items():
        assert parent_of(spans, child) is parent, child.name
        times = (parent.start_time, child.start_time, child.end_time, parent.end_time)
        assert None not in times and sorted(times) == list(times), child.name  # type: ignore[type-var]

    # Start and end times are the agents spans' own timestamps.
    agents_spans = {span.span_id: span for span in recorder.spans}
    for span in spans:
        if span is root:
            continue
        source = agents_spans[attributes(span)["openai_agents.span_id"]]
        assert span.start_time == attrs.ns_from_iso(source.started_at)
        assert span.end_time == attrs.ns_from_iso(source.ended_at)

    assert attributes(root) == {
        "openai_agents.span.type": "trace",
        "gen_ai.workflow.name": "Weather lookup",
        "openai_agents.trace_id": recorder.traces[0].trace_id,
        "gen_ai.conversation.id": "chat-42",
        "openai_agents.group_id": "chat-42",
        "promptlayer.metadata.user": "u-1",
    }
    assert attributes(agent)["gen_ai.agent.name"] == "Weather agent"
    assert attributes(agent)["openai_agents.agent.tools"] == ("get_weather",)
    assert attributes(agent)["openai_agents.agent.output_type"] == "str"

    assert tool.kind == SpanKind.INTERNAL and tool.status.status_code == StatusCode.UNSET
    assert attributes(tool)["gen_ai.tool.name"] == "get_weather"
    assert json.loads(attributes(tool)["function_input"]) == {"city": "Paris"}
    assert attributes(tool)["function_output"] == "sunny, 22 C in Paris"
    assert attributes(tool)["gen_ai.tool.call.result"] == "sunny, 22 C in Paris"

    first, second = attributes(call), attributes(answer)
    assert call.kind == SpanKind.CLIENT
    assert first["gen_ai.provider.name"] == "openai" and first["gen_ai.operation.name"] == "chat"
    assert first["gen_ai.request.model"] == "gpt-4o-2024-08-06"
    assert first["gen_ai.response.id"] == "resp_68b1f0c2a6e08190a1c3d4e5f6a7b8c9"
    assert (first["gen_ai.usage.input_tokens"], first["gen_ai.usage.output_tokens"]) == (62, 16)
    assert (second["gen_ai.usage.input_tokens"], second["gen_ai.usage.output_tokens"]) == (97, 14)
    assert second["gen_ai.usage.cache_read.input_tokens"] == 64
    assert first["gen_ai.response.finish_reasons"] == ("tool_call",)
    assert second["gen_ai.response.finish_reasons"] == ("stop",)
    # trace-wide facts reach the model-call spans, which PromptLayer turns into request logs
    assert first["gen_ai.conversation.id"] == "chat-42" and first["promptlayer.metadata.user"] == "u-1"
    assert json.loads(first["gen_ai.system_instructions"]) == [
        {"type": "text", "content": WEATHER_INSTRUCTIONS}
    ]
    assert json.loads(first["gen_ai.input.messages"]) == [
        {"role": "user", "parts": [{"type": "text", "content": "What's the weather in Paris?"}]}
    ]
    call_part = {
        "type": "tool_call",
        "id": "call_Xq3mZ8rT1vK9bN2cL5pW7yHd",
        "name": "get_weather",
        "arguments": {"city": "Paris"},
    }
    assert json.loads(first["gen_ai.output.messages"]) == [
        {"role": "assistant", "parts": [call_part], "finish_reason": "tool_call"}
    ]
    assert json.loads(second["gen_ai.input.messages"])[1:] == [
        {"role": "assistant", "parts": [call_part]},
        {
            "role": "tool",
            "parts": [
                {
                    "type": "tool_call_response",
                    "id": "call_Xq3mZ8rT1vK9bN2cL5pW7yHd",
                    "response": "sunny, 22 C in Paris",
                }
            ],
        },
    ]
    assert json.loads(second["gen_ai.output.messages"]) == [
        {
            "role": "assistant",
            "parts": [{"type": "text", "content": "It is sunny and 22 °C in Paris right now."}],
            "finish_reason": "stop",
        }
    ]
    assert json.loads(first["gen_ai.tool.definitions"])[0]["name"] == "get_weather"


def test_handoff_to_a_second_agent(
    processor: OpenAIAgentsTracingProcessor, exporter: InMemorySpanExporter
) -> None:
    with ResponsesReplay([recorded("triage_handoff"), recorded("spanish_answer")]) as api:
        spanish = Agent(
            name="Spanish agent",
            instructions="Responde siempre en español.",
            handoff_description="Speaks Spanish.",
            model=model(api, "gpt-4o-mini"),
        )
        triage = Agent(
            name="Triage agent",
            instructions="Route the user to the agent that speaks their language.",
            handoffs=[spanish],
            model=model(api, "gpt-4o-mini"),
        )
        result = run(triage, "Hola, ¿cómo estás?", "run")
    assert result.final_output.startswith("¡Hola!")
    assert [tool["name"] for tool in api.requests[0]["body"]["tools"]] == ["transfer_to_spanish_agent"]

    spans = list(exporter.get_finished_spans())
    triage_span = only(spans, "invoke_agent Triage agent")
    spanish_span = only(spans, "invoke_agent Spanish agent")
    handoff = only(spans, "handoff Triage agent -> Spanish agent")
    assert attributes(handoff)["openai_agents.handoff.from_agent"] == "Triage agent"
    assert attributes(handoff)["openai_agents.handoff.to_agent"] == "Spanish agent"
    assert attributes(triage_span)["openai_agents.agent.handoffs"] == ("Spanish agent",)
    handoff_turn = parent_of(spans, handoff)
    assert handoff_turn is not None and parent_of(spans, handoff_turn) is triage_span
    assert parent_of(spans, triage_span) is parent_of(spans, spanish_span)  # both under the task
    mini = "gpt-4o-mini-2024-07-18"
    triage_call, spanish_call = (attributes(span) for span in named(spans, f"chat {mini}"))
    assert triage_call["gen_ai.request.model"] == spanish_call["gen_ai.request.model"] == mini
    assert triage_call["gen_ai.request.temperature"] == 0.2
    assert spanish_call["gen_ai.request.temperature"] == 1.0
    assert json.loads(triage_call["gen_ai.output.messages"]) == [
        {
            "role": "assistant",
            "parts": [
                {
                    "type": "tool_call",
                    "id": "call_Hn4sKp2Lw8Qe6Rt1Yv3Bz9Mx",
                    "name": "transfer_to_spanish_agent",
                    "arguments": {},
                }
            ],
            "finish_reason": "tool_call",
        }
    ]
    spanish_output = json.loads(spanish_call["gen_ai.output.messages"])
    assert spanish_output[0]["parts"][0]["content"].startswith("¡Hola!")


def test_tripped_guardrail(processor: OpenAIAgentsTracingProcessor, exporter: InMemorySpanExporter) -> None:
    @input_guardrail(name="no_homework", run_in_parallel=False)
    def no_homework(context: Any, agent: Any, question: Any) -> GuardrailFunctionOutput:
        return GuardrailFunctionOutput(
            output_info={"reason": "homework"}, tripwire_triggered="homework" in question
        )

    with ResponsesReplay([]) as api:
        agent = Agent(name="Tutor", instructions="Help.", input_guardrails=[no_homework], model=model(api))
        with pytest.raises(InputGuardrailTripwireTriggered):
            run(agent, "Do my homework please")
    assert api.requests == []  # the guardrail ran before the model

    spans = list(exporter.get_finished_spans())
    guardrail = only(spans, "guardrail no_homework")
    assert attributes(guardrail)["openai_agents.guardrail.name"] == "no_homework"
    assert attributes(guardrail)["openai_agents.guardrail.triggered"] is True
    turn = only(spans, "turn 1 Tutor")  # openai-agents records the trip on the current span
    assert parent_of(spans, guardrail) is turn
    assert turn.status.status_code == StatusCode.ERROR
    assert turn.status.description == "Guardrail tripwire triggered"
    assert json.loads(attributes(turn)["openai_agents.error.data"]) == {"guardrail": "no_homework"}
    root = only(spans, "Agent workflow")
    assert root.parent is None and root.end_time is not None


def test_failing_tool_marks_its_span_as_error(
    processor: OpenAIAgentsTracingProcessor, exporter: InMemorySpanExporter
) -> None:
    with ResponsesReplay([recorded("weather_tool_call"), recorded("reasoned_answer")]) as api:
        result = run(weather_agent(api, broken_weather), "What's the weather in Paris?")
    assert result.final_output == "Sorry, the weather service is unavailable."

    spans = list(exporter.get_finished_spans())
    tool = only(spans, "execute_tool get_weather")
    assert tool.status.status_code == StatusCode.ERROR
    assert tool.status.description == "Error running tool (non-fatal)"
    assert json.loads(attributes(tool)["openai_agents.error.data"])["tool_name"] == "get_weather"
    answer = attributes(only(spans, "chat o4-mini-2025-04-16"))
    assert answer["gen_ai.usage.reasoning.output_tokens"] == 32
    assert json.loads(answer["gen_ai.output.messages"]) == [
        {
            "role": "assistant",
            "parts": [
                {"type": "reasoning", "content": "The tool failed; tell the user."},
                {"type": "text", "content": "Sorry, the weather service is unavailable."},
            ],
            "finish_reason": "stop",
        }
    ]
    assert only(spans, "invoke_agent Weather agent").status.status_code == StatusCode.UNSET


def test_model_error_marks_the_model_span(
    processor: OpenAIAgentsTracingProcessor, exporter: InMemorySpanExporter
) -> None:
    with ResponsesReplay([(500, recorded("error_500"))]) as api, pytest.raises(openai.InternalServerError):
        run(weather_agent(api), "What's the weather in Paris?")
    spans = list(exporter.get_finished_spans())
    failed = only(spans, "chat")  # the model is unknown without an answer
    assert failed.status.status_code == StatusCode.ERROR
    assert failed.status.description == "Error getting response"
    assert "server had an error" in attributes(failed)["openai_agents.error.data"]
    assert only(spans, "Agent workflow").end_time is not None


# -- span types without a run -------------------------------------------------------------------------


class MysterySpanData(SpanData):
    """A span type this integration has never heard of."""

    @property
    def type(self) -> str:
        return "mystery"

    def export(self) -> dict[str, Any]:
        return {"type": self.type, "clue": "the butler"}


def test_custom_generation_and_unknown_spans(
    processor: OpenAIAgentsTracingProcessor, exporter: InMemorySpanExporter
) -> None:
    chat_input: list[dict[str, Any]] = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": [{"type": "text", "text": "Weather in Oslo?"}]},
    ]
    chat_output = [
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city":"Oslo"}'},
                }
            ],
        }
    ]
    with trace("Manual flow", group_id="g-1", metadata={"tier": "pro"}):
        with (
            custom_span("lookup", {"rows": 3}),
            generation_span(
                input=chat_input,
                model="gpt-4o-mini",
                model_config={"temperature": 0.3, "max_tokens": 200, "base_url": "https://api.openai.com/v1"},
            ) as generation,
        ):
            generation.span_data.output = chat_output
            generation.span_data.usage = {"input_tokens": 20, "output_tokens": 9}
        with get_trace_provider().create_span(MysterySpanData()):
            pass

    spans = list(exporter.get_finished_spans())
    root = only(spans, "Manual flow")
    custom = only(spans, "lookup")
    generation_otel = only(spans, "chat gpt-4o-mini")
    mystery = only(spans, "mystery")
    assert parent_of(spans, custom) is root and parent_of(spans, mystery) is root
    assert parent_of(spans, generation_otel) is custom
    assert json.loads(attributes(custom)["openai_agents.custom.data"]) == {"rows": 3}
    assert attributes(mystery)["openai_agents.span.type"] == "mystery"
    assert json.loads(attributes(mystery)["openai_agents.span_data"]) == {"clue": "the butler"}

    gen = attributes(generation_otel)
    assert gen["gen_ai.request.model"] == "gpt-4o-mini" and gen["gen_ai.provider.name"] == "openai"
    assert gen["gen_ai.request.temperature"] == 0.3 and gen["gen_ai.request.max_tokens"] == 200
    assert (gen["gen_ai.usage.input_tokens"], gen["gen_ai.usage.output_tokens"]) == (20, 9)
    assert gen["gen_ai.conversation.id"] == "g-1" and gen["promptlayer.metadata.tier"] == "pro"
    assert json.loads(gen["gen_ai.input.messages"]) == [
        {"role": "system", "parts": [{"type": "text", "content": "Be brief."}]},
        {"role": "user", "parts": [{"type": "text", "content": "Weather in Oslo?"}]},
    ]
    assert json.loads(gen["gen_ai.output.messages"]) == [
        {
            "role": "assistant",
            "parts": [
                {"type": "tool_call", "id": "call_1", "name": "get_weather", "arguments": {"city": "Oslo"}}
            ],
            "finish_reason": "tool_call",
        }
    ]


def test_large_payloads_are_truncated(exporter: InMemorySpanExporter) -> None:
    instrument_openai_agents(tracer_provider=exporter.provider, max_attribute_chars=1024)  # type: ignore[attr-defined]
    long_text = "x" * 50_000

    @function_tool
    def get_weather(city: str) -> str:
        """Current weather for a city."""
        return long_text

    with ResponsesReplay([recorded("weather_tool_call"), recorded("weather_answer")]) as api:
        run(weather_agent(api, get_weather), "What's the weather in Paris?")
    spans = list(exporter.get_finished_spans())
    output = attributes(only(spans, "execute_tool get_weather"))["function_output"]
    assert len(output) == 1024 and output.endswith("...[truncated]")
    messages = attributes(named(spans, "chat gpt-4o-2024-08-06")[1])["gen_ai.input.messages"]
    assert len(messages) <= 1024
    decoded = json.loads(messages)  # long strings are shortened inside: still valid JSON
    response = decoded[2]["parts"][0]["response"]
    assert response.startswith("xxx") and response.endswith("...[truncated]")


def test_root_span_joins_the_current_opentelemetry_span(
    processor: OpenAIAgentsTracingProcessor, exporter: InMemorySpanExporter
) -> None:
    tracer = exporter.provider.get_tracer("app")  # type: ignore[attr-defined]
    with tracer.start_as_current_span("request handler") as outer, trace("Nested flow"), custom_span("step"):
        pass
    spans = list(exporter.get_finished_spans())
    root = only(spans, "Nested flow")
    assert root.parent is not None and root.parent.span_id == outer.get_span_context().span_id
    assert parent_of(spans, only(spans, "step")) is root


def test_shutdown_ends_open_spans_and_ignores_later_events(
    processor: OpenAIAgentsTracingProcessor, exporter: InMemorySpanExporter
) -> None:
    flow = trace("Interrupted flow")
    flow.start(mark_as_current=True)
    step = custom_span("never finished")
    step.start(mark_as_current=True)
    processor.shutdown()
    names = {span.name: attributes(span) for span in exporter.get_finished_spans()}
    assert names["never finished"]["openai_agents.unfinished"] is True
    assert names["Interrupted flow"]["openai_agents.unfinished"] is True
    step.finish(reset_current=True)
    flow.finish(reset_current=True)
    with trace("After shutdown"), custom_span("late"):
        pass
    assert len(exporter.get_finished_spans()) == 2


def test_span_outliving_its_trace_is_closed_with_it_once(
    processor: OpenAIAgentsTracingProcessor, exporter: InMemorySpanExporter
) -> None:
    flow = trace("Short flow")
    flow.start(mark_as_current=True)
    straggler = custom_span("background job")
    straggler.start()
    flow.finish(reset_current=True)
    straggler.finish()
    spans = {span.name: span for span in exporter.get_finished_spans()}
    assert len(exporter.get_finished_spans()) == 2
    assert attributes(spans["background job"])["openai_agents.unfinished"] is True
    assert parent_of(list(spans.values()), spans["background job"]) is spans["Short flow"]


def test_span_started_before_registration_still_becomes_a_span(exporter: InMemorySpanExporter) -> None:
    with trace("Early flow"):
        early = custom_span("early step")
        early.start(mark_as_current=True)
        instrument_openai_agents(tracer_provider=exporter.provider)  # type: ignore[attr-defined]
        early.finish(reset_current=True)
    (span,) = exporter.get_finished_spans()
    assert span.name == "early step" and span.end_time is not None


def test_processor_failures_never_reach_the_run(
    processor: OpenAIAgentsTracingProcessor, caplog: pytest.LogCaptureFixture
) -> None:
    class Broken:
        trace_id = "trace_x"
        name = "broken"

        @property
        def group_id(self) -> str:
            raise RuntimeError("boom")

    processor.on_trace_start(Broken())  # type: ignore[arg-type]
    processor.on_span_end(object())  # type: ignore[arg-type]
    warnings = [record.getMessage() for record in caplog.records if record.name == "promptlayer"]
    assert warnings == [
        "openai-agents tracing: could not start the trace span",
        "openai-agents tracing: could not end a span",
    ]


# -- mapping details ------------------------------------------------------------------------------------


def test_messages_from_every_input_shape() -> None:
    items = [
        {"role": "developer", "content": "Be brief."},
        {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "Hi"}]},
        {
            "type": "message",
            "role": "user",
            "content": [{"type": "input_image", "image_url": "https://x/y.png"}],
        },
        {"type": "reasoning", "summary": [{"type": "summary_text", "text": "Think."}]},
        {"type": "function_call", "call_id": "c1", "name": "lookup", "arguments": "not json"},
        {"type": "web_search_call", "id": "ws_1", "status": "completed"},
        {"type": "function_call_output", "call_id": "c1", "output": "found"},
        {"role": "tool", "tool_call_id": "c2", "content": [{"type": "text", "text": "chat tool"}]},
        "plain text",
    ]
    assert attrs.messages(items) == [
        {"role": "system", "parts": [{"type": "text", "content": "Be brief."}]},
        {"role": "user", "parts": [{"type": "text", "content": "Hi"}]},
        {"role": "user", "parts": [{"type": "input_image", "image_url": "https://x/y.png"}]},
        {
            "role": "assistant",
            "parts": [
                {"type": "reasoning", "content": "Think."},
                {"type": "tool_call", "id": "c1", "name": "lookup", "arguments": "not json"},
                {"type": "web_search_call", "id": "ws_1", "status": "completed"},
            ],
        },
        {
            "role": "tool",
            "parts": [
                {"type": "tool_call_response", "id": "c1", "response": "found"},
                {"type": "tool_call_response", "id": "c2", "response": "chat tool"},
            ],
        },
        {"role": "user", "parts": [{"type": "text", "content": "plain text"}]},
    ]
    assert attrs.messages("just a question") == [
        {"role": "user", "parts": [{"type": "text", "content": "just a question"}]}
    ]


@pytest.mark.parametrize(
    ("incomplete", "status", "expected"),
    [
        ({"reason": "max_output_tokens"}, "incomplete", "length"),
        ({"reason": "content_filter"}, "incomplete", "content_filter"),
        (None, "failed", "error"),
        (None, "completed", "stop"),
    ],
)
def test_finish_reasons(incomplete: Any, status: str, expected: str) -> None:
    output, reason = attrs.output_messages([{"role": "assistant", "content": "partial"}], status, incomplete)
    assert reason == expected and output[0]["finish_reason"] == expected


def test_encode_keeps_json_valid_and_within_the_limit() -> None:
    value = [{"role": "user", "parts": [{"type": "text", "content": "y" * 5_000}]}] * 3
    text = attrs.encode(value, 600)
    assert len(text) <= 600
    assert json.loads(text)[0]["parts"][0]["content"].endswith("...[truncated]")
    many = attrs.encode(list(range(10_000)), 300)  # no long strings to shorten: the text is cut
    assert len(many) == 300 and many.endswith("...[truncated]")
    assert attrs.encode({"fine": 1}, 300) == '{"fine":1}'


def test_timestamps_and_providers() -> None:
    assert attrs.ns_from_iso("2025-08-29T18:26:10.123456+00:00") == 1_756_491_970_123_456_000
    assert attrs.ns_from_iso("2025-08-29T20:26:10.123456+02:00") == 1_756_491_970_123_456_000
    assert attrs.ns_from_iso("2025-08-29T18:26:10.123456") == 1_756_491_970_123_456_000  # naive = UTC
    assert attrs.ns_from_iso("yesterday") is None and attrs.ns_from_iso(None) is None
    assert attrs.provider_of("gpt-4o") == "openai"
    assert attrs.provider_of("litellm/anthropic/claude-sonnet-4-5") == "anthropic"
    assert attrs.provider_of("gemini/gemini-2.5-pro") == "gemini"


# -- registration --------------------------------------------------------------------------------------


def test_exclusive_registration_replaces_the_other_processors(exporter: InMemorySpanExporter) -> None:
    recorder = Recorder()
    set_trace_processors([recorder])
    instrument_openai_agents(tracer_provider=exporter.provider)  # type: ignore[attr-defined]
    with trace("Exclusive"):
        pass
    assert recorder.traces == []
    assert [span.name for span in exporter.get_finished_spans()] == ["Exclusive"]


def test_non_exclusive_registration_adds_beside_the_others(exporter: InMemorySpanExporter) -> None:
    recorder = Recorder()
    set_trace_processors([recorder])
    instrument_openai_agents(tracer_provider=exporter.provider, exclusive=False)  # type: ignore[attr-defined]
    with trace("Shared"):
        pass
    assert [t.name for t in recorder.traces] == ["Shared"]
    assert [span.name for span in exporter.get_finished_spans()] == ["Shared"]


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "No PromptLayer API key"),
        ({"api_key": ""}, "No PromptLayer API key"),
        ({"api_key": 42}, "api_key must be a string"),
        ({"api_key": "k", "base_url": "ftp://example.com"}, "http(s) URL"),
        ({"api_key": "k", "endpoint": "localhost:4318"}, "http(s) URL"),
        ({"api_key": "k", "exclusive": "yes"}, "exclusive must be True or False"),
        ({"api_key": "k", "max_attribute_chars": 10}, "max_attribute_chars"),
        ({"client": object()}, "client must be a PromptLayer"),
        ({"tracer_provider": TracerProvider(), "api_key": "k"}, "either tracer_provider"),
        ({"tracer_provider": object()}, "OpenTelemetry TracerProvider"),
    ],
)
def test_invalid_arguments_fail_before_anything_changes(
    monkeypatch: pytest.MonkeyPatch, kwargs: dict[str, Any], message: str
) -> None:
    monkeypatch.delenv("PROMPTLAYER_API_KEY", raising=False)
    monkeypatch.delenv("PROMPTLAYER_OTLP_TRACES_ENDPOINT", raising=False)
    recorder = Recorder()
    set_trace_processors([recorder])
    with pytest.raises(PromptLayerValidationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        instrument_openai_agents(**kwargs)
    assert get_trace_provider()._multi_processor._processors == (recorder,)  # type: ignore[attr-defined]


@pytest.mark.parametrize("missing", ["agents", "opentelemetry.sdk.trace"])
def test_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch, missing: str) -> None:
    monkeypatch.setitem(sys.modules, missing, None)
    with pytest.raises(PromptLayerError, match=r'pip install "promptlayer\[openai-agents\]"') as raised:
        instrument_openai_agents(api_key="k")
    assert not isinstance(raised.value, PromptLayerValidationError)


def test_a_given_tracer_provider_needs_no_sdk_check(
    monkeypatch: pytest.MonkeyPatch, exporter: InMemorySpanExporter
) -> None:
    monkeypatch.setitem(sys.modules, "opentelemetry.exporter.otlp.proto.http.trace_exporter", None)
    processor = instrument_openai_agents(tracer_provider=exporter.provider)  # type: ignore[attr-defined]
    assert processor.tracer_provider is exporter.provider  # type: ignore[attr-defined]


def test_raw_payloads_can_be_left_out(exporter: InMemorySpanExporter) -> None:
    instrument_openai_agents(tracer_provider=exporter.provider, include_raw_payloads=False)  # type: ignore[attr-defined]
    with trace("Quiet flow"):
        with (
            custom_span("lookup", {"rows": 3}),
            generation_span(
                input=[{"role": "user", "content": "Hi"}],
                model="gpt-4o-mini",
                model_config={"temperature": 0.3},
            ),
        ):
            pass
        with get_trace_provider().create_span(MysterySpanData()):
            pass

    spans = list(exporter.get_finished_spans())
    kept = {key for span in spans for key in attributes(span)}
    assert not kept & attrs.RAW_PAYLOADS
    generation = attributes(only(spans, "chat gpt-4o-mini"))
    assert json.loads(generation["gen_ai.input.messages"])[0]["role"] == "user"
    assert generation["gen_ai.request.temperature"] == 0.3
    assert attributes(only(spans, "mystery"))["openai_agents.span.type"] == "mystery"
    with pytest.raises(PromptLayerValidationError, match="include_raw_payloads"):
        instrument_openai_agents(tracer_provider=exporter.provider, include_raw_payloads="no")  # type: ignore[attr-defined, arg-type]


def test_the_official_names(exporter: InMemorySpanExporter) -> None:
    from promptlayer.integrations import openai_agents

    assert openai_agents.PromptLayerOpenAIAgentsProcessor is OpenAIAgentsTracingProcessor
    built = openai_agents.PromptLayerOpenAIAgentsProcessor(
        tracer_provider=exporter.provider,  # type: ignore[attr-defined]
        include_raw_payloads=False,
    )
    assert built.tracer_provider is exporter.provider  # type: ignore[attr-defined]
    with pytest.raises(openai_agents.OpenAIAgentsTracingProviderError) as raised:
        instrument_openai_agents(tracer_provider=object())  # type: ignore[arg-type]
    assert isinstance(raised.value, RuntimeError) and isinstance(raised.value, PromptLayerValidationError)


def test_create_openai_agents_tracer_provider_exports_to_promptlayer(server: LocalPromptLayer) -> None:
    from promptlayer.integrations.openai_agents import create_openai_agents_tracer_provider

    provider = create_openai_agents_tracer_provider(api_key=PL_KEY, base_url=server.base_url)
    assert provider.resource.attributes["service.name"] == "promptlayer-openai-agents"
    instrument_openai_agents(tracer_provider=provider)
    with trace("Provided flow"), custom_span("step", {"n": 1}):
        pass
    provider.shutdown()
    assert {span["name"] for span in server.state.traces.spans()} == {"Provided flow", "step"}
    with pytest.raises(PromptLayerValidationError, match="api_key"):
        create_openai_agents_tracer_provider(api_key="")


def test_importing_promptlayer_and_the_integration_loads_neither_agents_nor_the_sdk() -> None:
    code = (
        "import sys, promptlayer, promptlayer.integrations.openai_agents\n"
        "loaded = [m for m in ('agents', 'openai', 'opentelemetry.sdk') if m in sys.modules]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


# -- end to end: the local PromptLayer server -------------------------------------------------------------


def stored_tree(server: LocalPromptLayer) -> dict[str, dict[str, Any]]:
    return {span["span_id"]: span for span in server.state.traces.spans()}


def check_weather_tree(spans: dict[str, dict[str, Any]]) -> None:
    by_name = {span["name"]: span for span in spans.values()}
    assert len(spans) == 8
    assert len({span["trace_id"] for span in spans.values()}) == 1
    root = by_name["Weather lookup"]
    assert root["parent_span_id"] is None
    chain = [
        "execute_tool get_weather",
        "turn 1 Weather agent",
        "invoke_agent Weather agent",
        "task Weather lookup",
    ]
    for child, parent in zip(chain, [*chain[1:], "Weather lookup"], strict=True):
        assert spans[by_name[child]["parent_span_id"]]["name"] == parent
    models = [span for span in spans.values() if span["name"] == "chat gpt-4o-2024-08-06"]
    assert sorted(span["attributes"]["gen_ai.usage.input_tokens"] for span in models) == [62, 97]
    assert all(span["kind"] == "CLIENT" for span in models)
    assert by_name["execute_tool get_weather"]["attributes"]["function_output"] == "sunny, 22 C in Paris"


def run_weather(how: str = "run_sync") -> None:
    with ResponsesReplay([recorded("weather_tool_call"), recorded("weather_answer")]) as api:
        run(weather_agent(api), "What's the weather in Paris?", how, run_config=RUN_CONFIG)


def test_end_to_end_spans_reach_promptlayer(server: LocalPromptLayer) -> None:
    processor = instrument_openai_agents(api_key=PL_KEY, base_url=server.base_url)
    try:
        run_weather()
        processor.force_flush()
        check_weather_tree(stored_tree(server))
    finally:
        processor.shutdown()
    exports = server.requests_for("ingest_otlp_traces")
    assert exports and all(request.status == 200 for request in exports)
    headers = {key.lower(): value for key, value in exports[0].headers.items()}
    assert headers["x-api-key"] == PL_KEY
    assert headers["content-type"] == "application/x-protobuf"


def test_end_to_end_with_a_promptlayer_client(server: LocalPromptLayer) -> None:
    with PromptLayer(api_key=PL_KEY, base_url=server.base_url) as client:
        processor = instrument_openai_agents(client=client)
    run_weather("run")
    processor.shutdown()
    check_weather_tree(stored_tree(server))


def test_a_tracing_client_lends_its_export(server: LocalPromptLayer) -> None:
    previous = otel_trace._TRACER_PROVIDER
    otel_trace._TRACER_PROVIDER = None  # an application without a global provider
    try:
        client = PromptLayer(api_key=PL_KEY, base_url=server.base_url, enable_tracing=True)
        processor = instrument_openai_agents(client=client)
        assert processor.tracer_provider is context_of(client).tracing.tracer_provider

        @client.traceable(name="handle request")
        def handle() -> None:
            run_weather()

        handle()
        processor.shutdown()  # the client's export stays open: its close() delivers
        client.close()
    finally:
        otel_trace._TRACER_PROVIDER = previous
    spans = stored_tree(server)
    by_name = {span["name"]: span for span in spans.values()}
    assert len(spans) == 9  # the agent run's 8, inside the client's own span
    assert len({span["trace_id"] for span in spans.values()}) == 1
    assert by_name["Weather lookup"]["parent_span_id"] == by_name["handle request"]["span_id"]
    assert spans[by_name["execute_tool get_weather"]["parent_span_id"]]["name"] == "turn 1 Weather agent"


def test_end_to_end_wrong_key_is_refused(server: LocalPromptLayer, caplog: pytest.LogCaptureFixture) -> None:
    processor = instrument_openai_agents(api_key="not-the-key", base_url=server.base_url)
    run_weather()
    processor.shutdown()
    assert server.state.traces.spans() == []
    assert [request.status for request in server.requests_for("ingest_otlp_traces")] == [401]
    assert "not-the-key" not in caplog.text


def test_end_to_end_honours_the_traces_endpoint_variable(
    server: LocalPromptLayer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROMPTLAYER_OTLP_TRACES_ENDPOINT", f"{server.base_url}/v1/traces")
    monkeypatch.setenv("PROMPTLAYER_API_KEY", PL_KEY)
    processor = instrument_openai_agents(base_url="http://127.0.0.1:9")  # nothing listens there
    run_weather("run_streamed")
    processor.shutdown()
    check_weather_tree(stored_tree(server))


def test_the_global_tracer_provider_is_left_alone(server: LocalPromptLayer) -> None:
    before = otel_trace.get_tracer_provider()
    processor = instrument_openai_agents(api_key=PL_KEY, base_url=server.base_url)
    processor.shutdown()
    assert otel_trace.get_tracer_provider() is before
    assert processor.tracer_provider is not before
