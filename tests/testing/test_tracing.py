"""Spans (spans-bulk and OTLP/HTTP) and traces against the local server, via the generated client."""

from __future__ import annotations

import gzip
import io
import json
import sys
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from opentelemetry.proto.collector.trace.v1 import trace_service_pb2
from opentelemetry.proto.trace.v1 import trace_pb2
from promptlayer_api import AuthenticatedClient
from promptlayer_api.api.request_logs import close_trace, get_request, get_trace
from promptlayer_api.api.tracing import create_spans_bulk, ingest_otlp_traces
from promptlayer_api.api.tracking import track_request
from promptlayer_api.models import (
    CreateSpansBulk,
    OtlpContentEncoding,
    OtlpExportTraceServiceRequest,
    TrackRequest,
)
from promptlayer_api.types import File

from promptlayer.testing import LocalPromptLayer

API_KEY = "test-key"
TRACE = "d4b5e2a13c8f4e9ab7d61a2b3c4d5e6f"
OTHER_TRACE = "0af7651916cd43dd8448eb211c80319c"
ROOT = "a1b2c3d45e6f7a8b"
CHILD = "b2c3d4e56f7a8b9c"
START = 1_630_000_000_000_000_000
END = 1_630_000_001_500_000_000


@pytest.fixture
def server() -> Iterator[LocalPromptLayer]:
    with LocalPromptLayer(api_key=API_KEY) as running:
        yield running


@pytest.fixture
def client(server: LocalPromptLayer) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(
        base_url=server.base_url, token=server.api_key, prefix="", auth_header_name="X-API-KEY"
    ) as api:
        yield api


def ok(response: Any, status: int = 200) -> dict[str, Any]:
    assert response.status_code == status, response.content
    parsed: dict[str, Any] = json.loads(response.content)
    return parsed


def bulk_span(span_id: str = ROOT, trace_id: str = TRACE, **extra: Any) -> dict[str, Any]:
    """A span as the SDK's exporter renders it (0x-prefixed ids, SpanKind./StatusCode. names)."""
    return {
        "name": "llm_call",
        "context": {"trace_id": f"0x{trace_id}", "span_id": f"0x{span_id}", "trace_state": "[]"},
        "kind": "SpanKind.CLIENT",
        "parent_id": None,
        "start_time": START,
        "end_time": END,
        "status": {"status_code": "StatusCode.OK", "description": None},
        "attributes": {"llm.model": "gpt-4o", "retries": 2},
        "events": [{"name": "first_token", "timestamp": "2021-08-26T17:46:40.5Z", "attributes": {"n": 1}}],
        "links": [],
        "resource": {"attributes": {"service.name": "my-app"}, "schema_url": ""},
        **extra,
    }


def log_for_span(**extra: Any) -> dict[str, Any]:
    return {
        "provider": "openai",
        "model": "gpt-4o",
        "input": {
            "type": "chat",
            "messages": [{"role": "user", "content": [{"type": "text", "text": "Hi"}]}],
        },
        "output": {
            "type": "chat",
            "messages": [{"role": "assistant", "content": [{"type": "text", "text": "Yo"}]}],
        },
        "request_start_time": "2021-08-26T17:46:40Z",
        "request_end_time": "2021-08-26T17:46:41Z",
        **extra,
    }


def send_bulk(
    client: AuthenticatedClient, *spans: dict[str, Any], close_after: bool = False
) -> dict[str, Any]:
    body = CreateSpansBulk.from_dict({"spans": list(spans), "close_after": close_after})
    return ok(create_spans_bulk.sync_detailed(client=client, body=body), 201)


def otlp_request(*spans: trace_pb2.Span, service: str = "svc") -> trace_service_pb2.ExportTraceServiceRequest:
    request = trace_service_pb2.ExportTraceServiceRequest()
    resource_spans = request.resource_spans.add()
    attribute = resource_spans.resource.attributes.add()
    attribute.key, attribute.value.string_value = "service.name", service
    scope_spans = resource_spans.scope_spans.add()
    scope_spans.scope.name = "my.instrumentation"
    scope_spans.spans.extend(spans)
    return request


def pb_span(trace_id: str, span_id: str, name: str = "op", parent: str = "") -> trace_pb2.Span:
    span = trace_pb2.Span(
        trace_id=bytes.fromhex(trace_id),
        span_id=bytes.fromhex(span_id),
        parent_span_id=bytes.fromhex(parent),
        name=name,
        kind=trace_pb2.Span.SPAN_KIND_CLIENT,
        start_time_unix_nano=START,
        end_time_unix_nano=END,
    )
    return span


def post_protobuf(
    client: AuthenticatedClient, request: trace_service_pb2.ExportTraceServiceRequest, **options: Any
) -> Any:
    return ingest_otlp_traces.sync_detailed(
        client=client, body=File(payload=io.BytesIO(request.SerializeToString())), **options
    )


def otlp_json(*spans: dict[str, Any]) -> dict[str, Any]:
    return {
        "resourceSpans": [
            {
                "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "json-svc"}}]},
                "scopeSpans": [{"scope": {"name": "json.scope", "version": "1"}, "spans": list(spans)}],
            }
        ]
    }


def json_span(trace_id: str, span_id: str, **extra: Any) -> dict[str, Any]:
    return {
        "traceId": trace_id,
        "spanId": span_id,
        "name": "json-op",
        "kind": 2,
        "startTimeUnixNano": str(START),
        "endTimeUnixNano": str(END),
        **extra,
    }


# -- /spans-bulk ----------------------------------------------------------------------------------------


def test_spans_bulk_stores_normalised_spans_and_links_request_logs(
    server: LocalPromptLayer, client: AuthenticatedClient
) -> None:
    root = bulk_span(log_request=log_for_span(tags=["traced"]))
    child = bulk_span(CHILD, parent_id=f"0x{ROOT}", name="tool", kind="SpanKind.INTERNAL")
    child["status"] = {"status_code": "StatusCode.ERROR", "description": "boom"}
    answer = send_bulk(client, root, child)
    assert answer["success"] is True
    assert [(s["name"], s["span_id"]) for s in answer["spans"]] == [("llm_call", ROOT), ("tool", CHILD)]
    assert answer["request_logs"] == [{"id": 1, "span_id": ROOT}]
    assert "rejected_span_ids" not in answer

    stored = server.state.traces.spans(TRACE)
    assert [span["span_id"] for span in stored] == [ROOT, CHILD]
    first, second = stored
    assert first["trace_id"] == TRACE
    assert first["kind"] == "CLIENT"
    assert first["status"] == {"code": "OK", "message": ""}
    assert (first["start_time_unix_nano"], first["end_time_unix_nano"]) == (START, END)
    assert first["attributes"] == {"llm.model": "gpt-4o", "retries": 2}
    assert first["resource_attributes"] == {"service.name": "my-app"}
    assert first["events"] == [
        {"name": "first_token", "time_unix_nano": START + 500_000_000, "attributes": {"n": 1}}
    ]
    assert first["request_log_id"] == 1
    assert (second["parent_span_id"], second["kind"]) == (ROOT, "INTERNAL")
    assert second["status"] == {"code": "ERROR", "message": "boom"}

    log = server.state.tracking.get(1)
    assert log is not None
    assert (log["span_id"], log["trace_id"], log["tags"]) == (ROOT, TRACE, ["traced"])
    assert ok(get_request.sync_detailed(1, client=client))["trace_id"] == TRACE


def test_spans_bulk_log_request_inherits_span_times() -> None:
    # The spec marks the log's times required, so only a server without contract checks sees this.
    log = log_for_span()
    del log["request_start_time"], log["request_end_time"]
    with LocalPromptLayer(api_key=API_KEY, validate=False) as running:
        with httpx.Client(base_url=running.base_url, headers={"X-API-KEY": API_KEY}) as raw:
            response = raw.post("/spans-bulk", json={"spans": [bulk_span(log_request=log)]})
        assert response.status_code == 201
        stored = running.state.tracking.get(1)
        assert stored is not None
        assert stored["request_start_time"] == "2021-08-26T17:46:40Z"
        assert stored["request_end_time"] == "2021-08-26T17:46:41.500000Z"
        assert stored["latency_ms"] == 1500


def test_spans_bulk_with_a_bad_log_stores_nothing(
    server: LocalPromptLayer, client: AuthenticatedClient
) -> None:
    good = bulk_span(CHILD)
    bad = bulk_span(log_request=log_for_span(prompt_name="no-such-template"))
    response = create_spans_bulk.sync_detailed(
        client=client, body=CreateSpansBulk.from_dict({"spans": [good, bad]})
    )
    assert response.status_code == 400
    detail = json.loads(response.content)
    assert detail["loc"] == ["body", "spans", 1, "log_request"]
    assert detail["type"] == "value_error"
    assert "no-such-template" in detail["msg"]
    assert server.state.traces.spans() == []
    assert server.state.tracking.logs() == []


def test_spans_bulk_drops_spans_of_closed_traces(
    server: LocalPromptLayer, client: AuthenticatedClient
) -> None:
    first = send_bulk(client, bulk_span(), close_after=True)
    assert [span["span_id"] for span in first["spans"]] == [ROOT]
    assert server.state.traces.is_closed(TRACE)

    late = bulk_span(CHILD, log_request=log_for_span())
    elsewhere = bulk_span("c3d4e5f60718293a", trace_id=OTHER_TRACE)
    answer = send_bulk(client, late, elsewhere)
    assert [span["span_id"] for span in answer["spans"]] == ["c3d4e5f60718293a"]
    assert answer["rejected_span_ids"] == [CHILD]
    assert answer["rejected_trace_ids"] == [TRACE]
    assert answer["rejection_reason"] == "trace_closed"
    assert answer["request_logs"] == []
    assert [span["span_id"] for span in server.state.traces.spans(TRACE)] == [ROOT]
    assert server.state.tracking.logs() == []


def test_resending_a_span_replaces_it(server: LocalPromptLayer, client: AuthenticatedClient) -> None:
    send_bulk(client, bulk_span(name="draft"))
    send_bulk(client, bulk_span(name="final"))
    assert [span["name"] for span in server.state.traces.spans(TRACE)] == ["final"]


# -- /v1/traces ------------------------------------------------------------------------------------------


def test_otlp_protobuf_ingestion(server: LocalPromptLayer, client: AuthenticatedClient) -> None:
    root = pb_span(OTHER_TRACE, ROOT, "root")
    root.status.code = trace_pb2.Status.STATUS_CODE_ERROR
    root.status.message = "failed"
    scalars: dict[str, tuple[str, Any]] = {
        "s": ("string_value", "text"),
        "i": ("int_value", 2**40),
        "d": ("double_value", 0.5),
        "b": ("bool_value", True),
        "raw": ("bytes_value", b"\x00\x01"),
    }
    for key, (field, value) in scalars.items():
        attribute = root.attributes.add()
        attribute.key = key
        setattr(attribute.value, field, value)
    listed = root.attributes.add()
    listed.key = "list"
    listed.value.array_value.values.add().string_value = "x"
    listed.value.array_value.values.add().int_value = 3
    nested = root.attributes.add()
    nested.key = "map"
    entry = nested.value.kvlist_value.values.add()
    entry.key, entry.value.string_value = "inner", "v"
    event = root.events.add()
    event.name, event.time_unix_nano = "exception", START + 5
    link = root.links.add()
    link.trace_id, link.span_id = bytes.fromhex(TRACE), bytes.fromhex(CHILD)
    child = pb_span(OTHER_TRACE, CHILD, "child", parent=ROOT)

    response = post_protobuf(client, otlp_request(root, child))
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/x-protobuf"
    answer = trace_service_pb2.ExportTraceServiceResponse.FromString(response.content)
    # An empty partial_success is OTLP's way of saying "all accepted".
    assert (answer.partial_success.rejected_spans, answer.partial_success.error_message) == (0, "")

    first, second = server.state.traces.spans(OTHER_TRACE)
    assert (first["name"], first["span_id"], first["parent_span_id"], first["kind"]) == (
        "root",
        ROOT,
        None,
        "CLIENT",
    )
    assert first["status"] == {"code": "ERROR", "message": "failed"}
    assert first["attributes"] == {
        "s": "text",
        "i": 2**40,
        "d": 0.5,
        "b": True,
        "raw": "AAE=",
        "list": ["x", 3],
        "map": {"inner": "v"},
    }
    assert first["events"] == [{"name": "exception", "time_unix_nano": START + 5, "attributes": {}}]
    assert first["links"] == [{"trace_id": TRACE, "span_id": CHILD, "attributes": {}}]
    assert (first["resource_attributes"], first["scope_name"], first["source"]) == (
        {"service.name": "svc"},
        "my.instrumentation",
        "otlp",
    )
    assert second["parent_span_id"] == ROOT


def test_otlp_protobuf_reports_rejected_spans(server: LocalPromptLayer, client: AuthenticatedClient) -> None:
    bad = trace_pb2.Span(trace_id=b"\x01\x02", span_id=bytes.fromhex(CHILD), name="short id")
    zero = trace_pb2.Span(trace_id=bytes(16), span_id=bytes.fromhex(CHILD), name="zero id")
    response = post_protobuf(client, otlp_request(pb_span(TRACE, ROOT), bad, zero))
    answer = trace_service_pb2.ExportTraceServiceResponse.FromString(response.content)
    assert answer.partial_success.rejected_spans == 2
    assert "traceId" in answer.partial_success.error_message
    assert [span["name"] for span in server.state.traces.spans()] == ["op"]


def test_otlp_gzip_protobuf(server: LocalPromptLayer, client: AuthenticatedClient) -> None:
    payload = gzip.compress(otlp_request(pb_span(TRACE, ROOT, "zipped")).SerializeToString())
    response = ingest_otlp_traces.sync_detailed(
        client=client, body=File(payload=io.BytesIO(payload)), content_encoding=OtlpContentEncoding.GZIP
    )
    assert response.status_code == 200
    assert server.requests_for("ingest_otlp_traces")[-1].headers["content-encoding"] == "gzip"
    assert [span["name"] for span in server.state.traces.spans(TRACE)] == ["zipped"]


def test_otlp_json_ingestion(server: LocalPromptLayer, client: AuthenticatedClient) -> None:
    span = json_span(
        TRACE.upper(),
        ROOT,
        parentSpanId="",
        attributes=[
            {"key": "gen_ai.request.model", "value": {"stringValue": "gpt-4o"}},
            {"key": "gen_ai.usage.input_tokens", "value": {"intValue": "12"}},
            {
                "key": "tags",
                "value": {"arrayValue": {"values": [{"stringValue": "a"}, {"boolValue": False}]}},
            },
        ],
        status={"code": 1},
        events=[{"timeUnixNano": str(START + 1), "name": "e", "attributes": []}],
    )
    body = OtlpExportTraceServiceRequest.from_dict(otlp_json(span))
    response = ingest_otlp_traces.sync_detailed(client=client, body=body)
    assert ok(response) == {"partialSuccess": None}
    (stored,) = server.state.traces.spans(TRACE)
    assert stored["span_id"] == ROOT
    assert stored["parent_span_id"] is None
    assert stored["kind"] == "SERVER"
    assert stored["status"] == {"code": "OK", "message": ""}
    assert stored["attributes"] == {
        "gen_ai.request.model": "gpt-4o",
        "gen_ai.usage.input_tokens": 12,
        "tags": ["a", False],
    }
    assert stored["events"] == [{"name": "e", "time_unix_nano": START + 1, "attributes": {}}]
    assert (stored["resource_attributes"], stored["scope_name"]) == (
        {"service.name": "json-svc"},
        "json.scope",
    )


def test_otlp_gzip_json(server: LocalPromptLayer) -> None:
    payload = gzip.compress(json.dumps(otlp_json(json_span(TRACE, ROOT))).encode())
    headers = {"X-API-KEY": API_KEY, "Content-Type": "application/json", "Content-Encoding": "gzip"}
    response = httpx.post(f"{server.base_url}/v1/traces", content=payload, headers=headers)
    assert response.status_code == 200
    assert response.json() == {"partialSuccess": None}
    assert [span["name"] for span in server.state.traces.spans(TRACE)] == ["json-op"]


def test_otlp_json_bad_ids_are_partial_success() -> None:
    spans = [json_span(TRACE, ROOT), json_span(TRACE, "xyz"), json_span("12", CHILD)]
    with LocalPromptLayer(
        api_key=API_KEY, validate=False
    ) as running:  # the contract would 422 the whole batch
        response = httpx.post(
            f"{running.base_url}/v1/traces", json=otlp_json(*spans), headers={"X-API-KEY": API_KEY}
        )
        assert response.status_code == 200
        partial = response.json()["partialSuccess"]
        assert partial["rejectedSpans"] == 2
        assert "spanId" in partial["errorMessage"]
        assert "traceId" in partial["errorMessage"]
        assert [span["span_id"] for span in running.state.traces.spans()] == [ROOT]


def test_otlp_close_after_then_409_for_the_whole_batch(
    server: LocalPromptLayer, client: AuthenticatedClient
) -> None:
    assert post_protobuf(client, otlp_request(pb_span(TRACE, ROOT)), close_after=True).status_code == 200
    assert server.state.traces.is_closed(TRACE)
    assert server.requests_for("ingest_otlp_traces")[-1].query == [("close_after", "true")]

    mixed = otlp_request(pb_span(OTHER_TRACE, CHILD), pb_span(TRACE, "c3d4e5f60718293a"))
    refused = post_protobuf(client, mixed)
    assert refused.status_code == 409
    assert json.loads(refused.content) == {"error": f"Trace already closed: {TRACE}", "trace_ids": [TRACE]}
    assert server.state.traces.spans(OTHER_TRACE) == []  # nothing from a refused batch is kept
    assert [span["span_id"] for span in server.state.traces.spans(TRACE)] == [ROOT]

    as_json = ingest_otlp_traces.sync_detailed(
        client=client, body=OtlpExportTraceServiceRequest.from_dict(otlp_json(json_span(TRACE, CHILD)))
    )
    assert as_json.status_code == 409
    assert json.loads(as_json.content)["trace_ids"] == [TRACE]


@pytest.mark.parametrize(
    ("headers", "body", "status", "problem"),
    [
        ({"Content-Type": "text/plain"}, b"spans", 415, "Content-Type"),
        ({"Content-Type": "application/x-protobuf", "Content-Encoding": "br"}, b"\x00", 415, "br"),
        ({"Content-Type": "application/x-protobuf", "Content-Encoding": "gzip"}, b"not gzip", 422, "gzip"),
        ({"Content-Type": "application/x-protobuf"}, b"\xff\xff\xff", 422, "protobuf"),
        ({"Content-Type": "application/json"}, b"{oops", 422, "JSON"),
        ({"Content-Type": "application/json"}, b"[1, 2]", 422, "ExportTraceServiceRequest"),
    ],
)
def test_otlp_refuses_bodies_it_cannot_read(
    headers: dict[str, str], body: bytes, status: int, problem: str
) -> None:
    with LocalPromptLayer(api_key=API_KEY, validate=False) as running:  # reach the handler's own checks
        response = httpx.post(
            f"{running.base_url}/v1/traces", content=body, headers={"X-API-KEY": API_KEY, **headers}
        )
        assert response.status_code == status
        assert problem in response.json()["message"]
        assert running.state.traces.spans() == []


def test_otlp_protobuf_without_the_package_names_it(
    server: LocalPromptLayer, client: AuthenticatedClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = sys.modules["opentelemetry.proto.collector.trace.v1"]
    monkeypatch.delattr(package, "trace_service_pb2")
    monkeypatch.setitem(sys.modules, "opentelemetry.proto.collector.trace.v1.trace_service_pb2", None)
    response = post_protobuf(client, otlp_request(pb_span(TRACE, ROOT)))
    assert response.status_code == 415
    assert "opentelemetry-proto" in json.loads(response.content)["message"]
    json_still_works = ingest_otlp_traces.sync_detailed(
        client=client, body=OtlpExportTraceServiceRequest.from_dict(otlp_json(json_span(TRACE, ROOT)))
    )
    assert json_still_works.status_code == 200


# -- traces: get_trace / close_trace ------------------------------------------------------------------


def test_get_trace_lists_spans_with_their_request_logs(
    server: LocalPromptLayer, client: AuthenticatedClient
) -> None:
    send_bulk(client, bulk_span(log_request=log_for_span()), bulk_span(CHILD, parent_id=ROOT, name="child"))
    trace = ok(get_trace.sync_detailed(TRACE, client=client))
    assert trace["success"] is True
    assert trace["trace_id"] == TRACE
    root, child = trace["spans"]
    assert (root["span_id"], root["request_log_id"], root["parent_id"]) == (ROOT, 1, None)
    assert (root["start_time"], root["end_time"]) == ("2021-08-26T17:46:40Z", "2021-08-26T17:46:41.500000Z")
    assert (child["span_id"], child["request_log_id"], child["parent_id"]) == (CHILD, None, ROOT)
    assert ok(get_trace.sync_detailed(f"0x{TRACE.upper()}", client=client))["trace_id"] == TRACE


def test_track_request_span_links_to_an_otlp_span(
    server: LocalPromptLayer, client: AuthenticatedClient
) -> None:
    tracked = {
        "function_name": "openai.chat.completions.create",
        "provider_type": "openai",
        "kwargs": {"model": "gpt-4o", "messages": [{"role": "user", "content": "hi"}]},
        "request_response": {"choices": [{"message": {"role": "assistant", "content": "hello"}}]},
        "request_start_time": 1.0,
        "request_end_time": 2.0,
        "span_id": CHILD,
    }
    request_id = ok(track_request.sync_detailed(client=client, body=TrackRequest.from_dict(tracked)))[
        "request_id"
    ]
    assert ok(get_request.sync_detailed(request_id, client=client))["trace_id"] is None  # span not seen yet
    post_protobuf(client, otlp_request(pb_span(OTHER_TRACE, ROOT), pb_span(OTHER_TRACE, CHILD, parent=ROOT)))
    assert ok(get_request.sync_detailed(request_id, client=client))["trace_id"] == OTHER_TRACE
    spans = ok(get_trace.sync_detailed(OTHER_TRACE, client=client))["spans"]
    assert [(span["span_id"], span["request_log_id"]) for span in spans] == [
        (ROOT, None),
        (CHILD, request_id),
    ]


def test_get_trace_for_an_unknown_trace_is_404(client: AuthenticatedClient) -> None:
    response = get_trace.sync_detailed(OTHER_TRACE, client=client)
    assert response.status_code == 404
    assert OTHER_TRACE in json.loads(response.content)["message"]


def test_close_trace(server: LocalPromptLayer, client: AuthenticatedClient) -> None:
    send_bulk(client, bulk_span())
    closed = ok(close_trace.sync_detailed(TRACE, client=client), 201)
    closure = closed["closure"]
    assert closed["success"] is True
    assert (closure["trace_id"], closure["status"], closure["workspace_id"]) == (TRACE, "closed", 1)
    assert closure["created_at"] == closure["updated_at"]
    assert len(closure["id"]) == 36
    assert server.state.snapshot()["traces"]["closed_traces"] == [closure]

    again = close_trace.sync_detailed(TRACE, client=client)
    assert again.status_code == 409
    assert json.loads(again.content)["success"] is False
    assert close_trace.sync_detailed(OTHER_TRACE, client=client).status_code == 404

    # A closed trace still reads, and refuses new spans on both ingestion paths.
    assert len(ok(get_trace.sync_detailed(TRACE, client=client))["spans"]) == 1
    assert send_bulk(client, bulk_span(CHILD))["rejected_span_ids"] == [CHILD]
    assert post_protobuf(client, otlp_request(pb_span(TRACE, CHILD))).status_code == 409


def test_spans_accessor_and_snapshot_return_copies(
    server: LocalPromptLayer, client: AuthenticatedClient
) -> None:
    send_bulk(client, bulk_span(), bulk_span(CHILD, trace_id=OTHER_TRACE))
    everything = server.state.traces.spans()
    assert {span["trace_id"] for span in everything} == {TRACE, OTHER_TRACE}
    everything[0]["attributes"]["mutated"] = True
    assert "mutated" not in server.state.traces.spans(TRACE)[0]["attributes"]
    assert len(server.state.snapshot()["traces"]["spans"]) == 2
