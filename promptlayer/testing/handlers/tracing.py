"""Spans: POST /spans-bulk (SDK span batches) and POST /v1/traces (OTLP/HTTP, protobuf or JSON).

However a span arrives it is stored in one normalised shape (see `TraceStore`), so tests and
get_trace read every span the same way. A closed trace accepts no more spans: spans-bulk
drops them (and says so in its 201 answer), OTLP refuses the whole batch with 409.
"""

from __future__ import annotations

import base64
import copy
import gzip
import json
import uuid
import zlib
from datetime import UTC, datetime
from typing import Any

from .._types import ApiError, Context, Handler, Request, Response, State, iso_time

WORKSPACE_ID = 1
PROTOBUF = "application/x-protobuf"
OTLP_PACKAGE = "opentelemetry-proto"

# OTLP enum numbers -> the names spans are stored with.
SPAN_KINDS = {0: "UNSPECIFIED", 1: "INTERNAL", 2: "SERVER", 3: "CLIENT", 4: "PRODUCER", 5: "CONSUMER"}
STATUS_CODES = {0: "UNSET", 1: "OK", 2: "ERROR"}


class TraceStore:
    """Spans by trace, and which traces are closed.

    A stored span: {id, trace_id, span_id, parent_span_id, name, kind, start_time_unix_nano,
    end_time_unix_nano, attributes, status: {code, message}, events: [{name, time_unix_nano,
    attributes}], links: [{trace_id, span_id, attributes}], resource_attributes, scope_name,
    trace_state, source ("spans_bulk" | "otlp"), request_log_id}. Ids are lower-case hex;
    kind is UNSPECIFIED/INTERNAL/SERVER/CLIENT/PRODUCER/CONSUMER; status code UNSET/OK/ERROR.
    """

    def __init__(self, state: State) -> None:
        self.state = state
        self._traces: dict[str, dict[str, dict[str, Any]]] = {}  # trace id -> span id -> span
        self._closed: dict[str, dict[str, Any]] = {}

    def seed(self, items: list[dict[str, Any]]) -> None:
        """Load spans already in the stored shape (no seed section feeds this yet)."""
        for index, item in enumerate(items):
            if not isinstance(item, dict) or not item.get("trace_id") or not item.get("span_id"):
                raise ValueError(f"spans[{index}] needs at least trace_id and span_id")
            span = _blank_span("", "", "seed")
            span.update(
                {key: copy.deepcopy(value) for key, value in item.items() if key in span and key != "id"}
            )
            span["trace_id"] = normalise_id(str(item["trace_id"]))
            span["span_id"] = normalise_id(str(item["span_id"]))
            self.add(span)

    def snapshot(self) -> dict[str, Any]:
        return {"spans": self.spans(), "closed_traces": [copy.deepcopy(c) for c in self._closed.values()]}

    def spans(self, trace_id: str | None = None) -> list[dict[str, Any]]:
        """Copies of the stored spans (of one trace, or all), in arrival order."""
        if trace_id is not None:
            return [copy.deepcopy(span) for span in self._traces.get(trace_id, {}).values()]
        return [copy.deepcopy(span) for trace in self._traces.values() for span in trace.values()]

    def add(self, span: dict[str, Any]) -> dict[str, Any]:
        """Store a normalised span (a resent span id replaces the earlier copy); answers a copy."""
        trace = self._traces.setdefault(span["trace_id"], {})
        previous = trace.get(span["span_id"])
        span["id"] = previous["id"] if previous is not None else self.state.next_id("span")
        trace[span["span_id"]] = span
        return copy.deepcopy(span)

    def set_request_log(self, trace_id: str, span_id: str, request_log_id: int) -> None:
        self._traces[trace_id][span_id]["request_log_id"] = request_log_id

    def find_span(self, span_id: str) -> dict[str, Any] | None:
        """A copy of the newest span with this id, in any trace."""
        for trace in reversed(list(self._traces.values())):
            span: dict[str, Any] | None = trace.get(span_id)
            if span is not None:
                return copy.deepcopy(span)
        return None

    def is_closed(self, trace_id: str) -> bool:
        return trace_id in self._closed

    def close(self, trace_id: str, now: float) -> dict[str, Any]:
        """Close a trace; answers its closure record (the existing one if closed before)."""
        if trace_id not in self._closed:
            stamp = iso_time(now)
            self._closed[trace_id] = {
                "id": str(uuid.uuid4()),
                "workspace_id": WORKSPACE_ID,
                "trace_id": trace_id,
                "status": "closed",
                "created_at": stamp,
                "updated_at": stamp,
            }
        return copy.deepcopy(self._closed[trace_id])


def normalise_id(value: str) -> str:
    """Trace/span ids as lower-case hex without the 0x the OpenTelemetry SDK prints."""
    text = value.strip()
    if text[:2].lower() == "0x":
        text = text[2:]
    return text.lower() if _is_hex(text) else text


def _is_hex(text: str) -> bool:
    return bool(text) and all(ch in "0123456789abcdefABCDEF" for ch in text)


def _obj(value: Any) -> dict[str, Any]:
    """`value` when it is a JSON object, else an empty one (for optional nested objects)."""
    return value if isinstance(value, dict) else {}


def _blank_span(trace_id: str, span_id: str, source: str) -> dict[str, Any]:
    return {
        "id": 0,
        "trace_id": trace_id,
        "span_id": span_id,
        "parent_span_id": None,
        "name": "",
        "kind": "UNSPECIFIED",
        "start_time_unix_nano": 0,
        "end_time_unix_nano": 0,
        "attributes": {},
        "status": {"code": "UNSET", "message": ""},
        "events": [],
        "links": [],
        "resource_attributes": {},
        "scope_name": None,
        "trace_state": None,
        "source": source,
        "request_log_id": None,
    }


# -- /spans-bulk ----------------------------------------------------------------------------


def _bulk_error(message: str, loc: list[Any]) -> ApiError:
    """A 400 in the ValidationErrorDetail shape /spans-bulk documents."""
    return ApiError(400, message, loc=loc, msg=message, type="value_error")


def _nanos(value: Any, loc: list[Any]) -> int:
    """Nanoseconds since the epoch from an integer or an ISO 8601 string."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str):
        if value.strip().isdigit():
            return int(value)
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=UTC)  # a missing zone means UTC, as for request logs
            return int(moment.timestamp() * 1_000_000_000)
    raise _bulk_error(f"{'.'.join(map(str, loc))} must be nanoseconds since the epoch", loc)


def _enum_name(value: Any, prefix: str, default: str) -> str:
    """Drop the Python SDK's enum prefix: SpanKind.CLIENT -> CLIENT, StatusCode.OK -> OK."""
    if not isinstance(value, str) or not value:
        return default
    return value.split(".", 1)[1] if value.startswith(prefix) else value.upper()


def _bulk_span(raw: Any, index: int) -> dict[str, Any]:
    loc: list[Any] = ["body", "spans", index]
    if not isinstance(raw, dict):
        raise _bulk_error(f"spans[{index}] must be an object", loc)
    context = raw.get("context")
    if not isinstance(context, dict) or not context.get("trace_id") or not context.get("span_id"):
        raise _bulk_error(f"spans[{index}].context needs trace_id and span_id", [*loc, "context"])
    span = _blank_span(
        normalise_id(str(context["trace_id"])), normalise_id(str(context["span_id"])), "spans_bulk"
    )
    parent = raw.get("parent_id")
    status = _obj(raw.get("status"))
    resource = _obj(raw.get("resource"))
    attributes = raw.get("attributes") or {}
    if not isinstance(attributes, dict):
        raise _bulk_error(f"spans[{index}].attributes must be an object", [*loc, "attributes"])
    span.update(
        name=str(raw.get("name", "")),
        kind=_enum_name(raw.get("kind"), "SpanKind.", "INTERNAL"),
        parent_span_id=normalise_id(str(parent)) if parent else None,
        start_time_unix_nano=_nanos(raw.get("start_time", 0), [*loc, "start_time"]),
        end_time_unix_nano=_nanos(raw.get("end_time", 0), [*loc, "end_time"]),
        attributes=copy.deepcopy(attributes),
        status={
            "code": _enum_name(status.get("status_code"), "StatusCode.", "UNSET"),
            "message": status.get("description") or "",
        },
        events=[_bulk_event(event, [*loc, "events", n]) for n, event in enumerate(raw.get("events") or [])],
        links=[_bulk_link(link) for link in raw.get("links") or [] if isinstance(link, dict)],
        resource_attributes=copy.deepcopy(resource.get("attributes") or {}),
        scope_name=_obj(raw.get("instrumentation_scope")).get("name"),
        trace_state=context.get("trace_state") or None,
    )
    return span


def _bulk_event(event: Any, loc: list[Any]) -> dict[str, Any]:
    if not isinstance(event, dict):
        raise _bulk_error("events must be objects", loc)
    stamp = event.get("time_unix_nano", event.get("timestamp"))
    return {
        "name": str(event.get("name", "")),
        "time_unix_nano": _nanos(stamp, [*loc, "timestamp"]) if stamp is not None else None,
        "attributes": copy.deepcopy(event.get("attributes") or {}),
    }


def _bulk_link(link: dict[str, Any]) -> dict[str, Any]:
    context = _obj(link.get("context")) or link
    return {
        "trace_id": normalise_id(str(context.get("trace_id", ""))),
        "span_id": normalise_id(str(context.get("span_id", ""))),
        "attributes": copy.deepcopy(link.get("attributes") or {}),
    }


def create_spans_bulk(ctx: Context, req: Request) -> Response:
    """Store a batch of spans; spans with log_request also create (and link) a request log.

    Everything is checked before anything is stored, so a 4xx leaves the state unchanged.
    Spans of closed traces are dropped and listed in rejected_span_ids/rejected_trace_ids.
    """
    body = req.json_object()
    raw_spans = body.get("spans")
    if not isinstance(raw_spans, list):
        raise _bulk_error("spans must be an array", ["body", "spans"])
    traces, tracking = ctx.state.traces, ctx.state.tracking
    now = ctx.clock()
    prepared: list[tuple[dict[str, Any], dict[str, Any] | None]] = []
    for index, raw in enumerate(raw_spans):
        span = _bulk_span(raw, index)
        log_body = raw.get("log_request")
        record = None
        if log_body is not None:
            if not isinstance(log_body, dict):
                raise _bulk_error(f"spans[{index}].log_request must be an object", ["body", "spans", index])
            times = (span["start_time_unix_nano"] / 1e9, span["end_time_unix_nano"] / 1e9)
            try:
                record = tracking.prepare_log(log_body, now=now, default_times=times)
            except ApiError as exc:
                where = ["body", "spans", index, "log_request"]
                raise _bulk_error(f"spans[{index}].log_request: {exc.message}", where) from None
            record["source"] = "spans_bulk"
        prepared.append((span, record))

    stored: list[dict[str, Any]] = []
    logs: list[dict[str, Any]] = []
    rejected_spans: list[str] = []
    rejected_traces: list[str] = []
    for span, record in prepared:
        if traces.is_closed(span["trace_id"]):
            rejected_spans.append(span["span_id"])
            if span["trace_id"] not in rejected_traces:
                rejected_traces.append(span["trace_id"])
            continue
        if record is not None:
            log_id = tracking.add(record)
            tracking.link_span(log_id, span["span_id"], span["trace_id"])
            span["request_log_id"] = log_id
            logs.append({"id": log_id, "span_id": span["span_id"]})
        saved = traces.add(span)
        stored.append(
            {
                "id": saved["id"],
                "name": saved["name"],
                "span_id": saved["span_id"],
                "trace_id": saved["trace_id"],
            }
        )
    if body.get("close_after"):
        for trace_id in dict.fromkeys(item["trace_id"] for item in stored):
            traces.close(trace_id, now)

    answer: dict[str, Any] = {"success": True, "spans": stored, "request_logs": logs}
    if rejected_spans:
        answer.update(
            rejected_span_ids=rejected_spans,
            rejected_trace_ids=rejected_traces,
            rejection_reason="trace_closed",
        )
    return Response.json(answer, 201)


# -- /v1/traces (OTLP/HTTP) ---------------------------------------------------------------------


class _Rejected(Exception):
    """A span that cannot be stored (bad ids); counted in partialSuccess."""


def _otlp_id(value: str, size: int, what: str) -> str:
    text = value.strip().lower()
    if len(text) != size * 2 or not _is_hex(text):
        raise _Rejected(f"Invalid {what} length or encoding: expected {size * 2} hex digits, got {value!r}")
    if set(text) == {"0"}:
        raise _Rejected(f"Invalid {what}: all zeroes")
    return text


def _json_get(data: dict[str, Any], camel: str, default: Any = None) -> Any:
    """OTLP/JSON uses lowerCamelCase; snake_case is accepted too, as protobuf JSON parsers do."""
    if camel in data:
        return data[camel]
    snake = "".join(f"_{ch.lower()}" if ch.isupper() else ch for ch in camel)
    return data.get(snake, default)


def _json_value(value: Any) -> Any:
    """An OTLP/JSON AnyValue as a plain value."""
    if not isinstance(value, dict):
        return value
    for key in ("stringValue", "string_value"):
        if key in value:
            return value[key]
    for key in ("boolValue", "bool_value"):
        if key in value:
            return bool(value[key])
    for key in ("intValue", "int_value"):
        if key in value:
            return int(value[key])
    for key in ("doubleValue", "double_value"):
        if key in value:
            return float(value[key])
    for key in ("bytesValue", "bytes_value"):
        if key in value:
            return value[key]  # already base64 text
    array = _json_get(value, "arrayValue")
    if isinstance(array, dict):
        return [_json_value(item) for item in array.get("values") or []]
    kvlist = _json_get(value, "kvlistValue")
    if isinstance(kvlist, dict):
        return _json_attributes(kvlist.get("values"))
    return None


def _json_attributes(items: Any) -> dict[str, Any]:
    if not isinstance(items, list):
        return {}
    return {str(item.get("key")): _json_value(item.get("value")) for item in items if isinstance(item, dict)}


def _json_enum(value: Any, names: dict[int, str], prefix: str) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return names.get(value, names[0])
    if isinstance(value, str):
        name = value.upper().removeprefix(prefix)
        return name if name in names.values() else names[0]
    return names[0]


def _json_nanos(value: Any) -> int:
    if value is None or value == "":
        return 0
    return int(value)


def _spans_from_json(data: Any) -> tuple[list[dict[str, Any]], list[str]]:
    """Normalised spans and the reasons for spans that were rejected."""
    if not isinstance(data, dict):
        raise ApiError(422, "The OTLP/JSON body must be an ExportTraceServiceRequest object")
    try:
        return _walk_json(data)
    except (TypeError, ValueError, AttributeError) as exc:
        raise ApiError(422, f"The OTLP/JSON body is malformed: {exc}") from None


def _walk_json(data: dict[str, Any]) -> tuple[list[dict[str, Any]], list[str]]:
    spans: list[dict[str, Any]] = []
    rejected: list[str] = []
    for resource_spans in _json_get(data, "resourceSpans") or []:
        if not isinstance(resource_spans, dict):
            raise ApiError(422, "resourceSpans items must be objects")
        resource = _json_get(resource_spans, "resource") or {}
        resource_attributes = _json_attributes(
            resource.get("attributes") if isinstance(resource, dict) else None
        )
        for scope_spans in _json_get(resource_spans, "scopeSpans") or []:
            if not isinstance(scope_spans, dict):
                raise ApiError(422, "scopeSpans items must be objects")
            scope = _obj(scope_spans.get("scope"))
            for raw in scope_spans.get("spans") or []:
                try:
                    span = _json_span(raw)
                except _Rejected as exc:
                    rejected.append(str(exc))
                    continue
                except (TypeError, ValueError, AttributeError) as exc:
                    rejected.append(f"Malformed span: {exc}")
                    continue
                span["resource_attributes"] = copy.deepcopy(resource_attributes)
                span["scope_name"] = scope.get("name") or None
                spans.append(span)
    return spans, rejected


def _json_span(raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise _Rejected("A span must be an object")
    trace_id = _otlp_id(str(_json_get(raw, "traceId", "")), 16, "traceId")
    span_id = _otlp_id(str(_json_get(raw, "spanId", "")), 8, "spanId")
    parent = _json_get(raw, "parentSpanId") or ""
    status = _obj(raw.get("status"))
    span = _blank_span(trace_id, span_id, "otlp")
    span.update(
        name=str(raw.get("name", "")),
        kind=_json_enum(raw.get("kind"), SPAN_KINDS, "SPAN_KIND_"),
        parent_span_id=_otlp_id(str(parent), 8, "parentSpanId") if parent else None,
        start_time_unix_nano=_json_nanos(_json_get(raw, "startTimeUnixNano")),
        end_time_unix_nano=_json_nanos(_json_get(raw, "endTimeUnixNano")),
        attributes=_json_attributes(raw.get("attributes")),
        status={
            "code": _json_enum(status.get("code"), STATUS_CODES, "STATUS_CODE_"),
            "message": status.get("message") or "",
        },
        events=[
            {
                "name": str(event.get("name", "")),
                "time_unix_nano": _json_nanos(_json_get(event, "timeUnixNano")),
                "attributes": _json_attributes(event.get("attributes")),
            }
            for event in raw.get("events") or []
            if isinstance(event, dict)
        ],
        links=[
            {
                "trace_id": normalise_id(str(_json_get(link, "traceId", ""))),
                "span_id": normalise_id(str(_json_get(link, "spanId", ""))),
                "attributes": _json_attributes(link.get("attributes")),
            }
            for link in raw.get("links") or []
            if isinstance(link, dict)
        ],
        trace_state=_json_get(raw, "traceState") or None,
    )
    return span


def _protobuf_module() -> Any:
    """The generated OTLP collector classes, imported only when a protobuf body arrives."""
    try:
        from opentelemetry.proto.collector.trace.v1 import trace_service_pb2
    except ImportError:
        raise ApiError(
            415,
            f"application/x-protobuf needs the optional package {OTLP_PACKAGE!r} "
            f"(pip install {OTLP_PACKAGE}); send application/json instead",
        ) from None
    return trace_service_pb2


def _pb_value(value: Any) -> Any:
    kind = value.WhichOneof("value")
    if kind is None:
        return None
    if kind == "array_value":
        return [_pb_value(item) for item in value.array_value.values]
    if kind == "kvlist_value":
        return _pb_attributes(value.kvlist_value.values)
    if kind == "bytes_value":
        return base64.b64encode(value.bytes_value).decode()
    return getattr(value, kind)


def _pb_attributes(items: Any) -> dict[str, Any]:
    return {item.key: _pb_value(item.value) for item in items}


def _spans_from_protobuf(body: bytes) -> tuple[list[dict[str, Any]], list[str]]:
    module = _protobuf_module()
    message = module.ExportTraceServiceRequest()
    try:
        message.ParseFromString(body)
    except Exception as exc:  # google.protobuf.message.DecodeError and friends
        raise ApiError(
            422, f"The body is not a valid ExportTraceServiceRequest protobuf message: {exc}"
        ) from None
    spans: list[dict[str, Any]] = []
    rejected: list[str] = []
    for resource_spans in message.resource_spans:
        resource_attributes = _pb_attributes(resource_spans.resource.attributes)
        for scope_spans in resource_spans.scope_spans:
            for raw in scope_spans.spans:
                try:
                    trace_id = _otlp_id(raw.trace_id.hex(), 16, "traceId")
                    span_id = _otlp_id(raw.span_id.hex(), 8, "spanId")
                    parent = (
                        _otlp_id(raw.parent_span_id.hex(), 8, "parentSpanId") if raw.parent_span_id else None
                    )
                except _Rejected as exc:
                    rejected.append(str(exc))
                    continue
                span = _blank_span(trace_id, span_id, "otlp")
                span.update(
                    name=raw.name,
                    kind=SPAN_KINDS.get(raw.kind, "UNSPECIFIED"),
                    parent_span_id=parent,
                    start_time_unix_nano=raw.start_time_unix_nano,
                    end_time_unix_nano=raw.end_time_unix_nano,
                    attributes=_pb_attributes(raw.attributes),
                    status={
                        "code": STATUS_CODES.get(raw.status.code, "UNSET"),
                        "message": raw.status.message,
                    },
                    events=[
                        {
                            "name": event.name,
                            "time_unix_nano": event.time_unix_nano,
                            "attributes": _pb_attributes(event.attributes),
                        }
                        for event in raw.events
                    ],
                    links=[
                        {
                            "trace_id": link.trace_id.hex(),
                            "span_id": link.span_id.hex(),
                            "attributes": _pb_attributes(link.attributes),
                        }
                        for link in raw.links
                    ],
                    resource_attributes=copy.deepcopy(resource_attributes),
                    scope_name=scope_spans.scope.name or None,
                    trace_state=raw.trace_state or None,
                )
                spans.append(span)
    return spans, rejected


def _decoded_body(req: Request) -> bytes:
    encoding = req.headers.get("content-encoding", "").strip().lower()
    if encoding in ("", "identity"):
        return req.body
    if encoding != "gzip":
        raise ApiError(415, f"Content-Encoding {encoding!r} is not supported; send gzip or no encoding")
    try:
        return gzip.decompress(req.body)
    except (OSError, EOFError, zlib.error) as exc:
        raise ApiError(422, f"The body is marked gzip but does not decompress: {exc}") from None


def ingest_otlp_traces(ctx: Context, req: Request) -> Response:
    """OTLP/HTTP trace export; answers in the request's encoding.

    Spans with bad ids are dropped and counted in partialSuccess. If any span belongs to a
    closed trace the whole batch is refused with 409 and nothing is stored.
    """
    content_type = req.content_type
    if content_type not in (PROTOBUF, "application/json"):
        raise ApiError(
            415, f"Content-Type must be {PROTOBUF} or application/json, got {content_type or 'none'!r}"
        )
    protobuf = content_type == PROTOBUF
    module = _protobuf_module() if protobuf else None
    body = _decoded_body(req)
    if protobuf:
        spans, rejected = _spans_from_protobuf(body)
    else:
        try:
            data = json.loads(body) if body else {}
        except ValueError as exc:
            raise ApiError(422, f"The body is not valid JSON: {exc}") from None
        spans, rejected = _spans_from_json(data)

    traces = ctx.state.traces
    closed = sorted({span["trace_id"] for span in spans if traces.is_closed(span["trace_id"])})
    if closed:
        return Response.json(
            {"error": f"Trace already closed: {', '.join(closed)}", "trace_ids": closed}, 409
        )
    for span in spans:
        traces.add(span)
    if req.query_bool("close_after"):
        now = ctx.clock()
        for trace_id in dict.fromkeys(span["trace_id"] for span in spans):
            traces.close(trace_id, now)

    message = "; ".join(dict.fromkeys(rejected))
    if module is not None:
        answer = module.ExportTraceServiceResponse()
        # An empty partial_success means full success in OTLP; setting it keeps the body
        # non-empty (an empty message would serialise to zero bytes).
        answer.partial_success.SetInParent()
        if rejected:
            answer.partial_success.rejected_spans = len(rejected)
            answer.partial_success.error_message = message
        return Response.binary(answer.SerializeToString(), PROTOBUF)
    partial = {"rejectedSpans": len(rejected), "errorMessage": message} if rejected else None
    return Response.json({"partialSuccess": partial})


ROUTES: dict[str, Handler] = {
    "create_spans_bulk": create_spans_bulk,
    "ingest_otlp_traces": ingest_otlp_traces,
}
