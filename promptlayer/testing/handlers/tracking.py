"""Request logs: log-request, track-request, track-*, groups, get_request, search, traces.

Every logged request becomes one record (a JSON-shaped dict) in `TrackingStore`; the
handlers read and change those records. `get_trace`/`close_trace` live here because the
spec groups them with request logs, but the spans themselves are kept by the TraceStore of
`handlers/tracing.py`.
"""

from __future__ import annotations

import copy
import json
import math
import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from ...tracking import ERROR_TYPES, STATUSES
from .._types import ApiError, Context, Handler, Request, Response, State, iso_time
from .logged_calls import logged_templates

DEFAULT_SCORE_NAME = "default"
DEFAULT_PER_PAGE = 10
MAX_PER_PAGE = 25

# kwargs of a provider call that describe the prompt rather than model parameters.
_PROMPT_KWARGS = frozenset(
    {"messages", "model", "system", "prompt", "input", "instructions", "tools", "tool_choice", "functions"}
    | {"function_call", "stream", "stream_options", "extra_headers", "extra_body", "timeout"}
)


class TrackingStore:
    """Request logs, request groups and the scores/metadata attached to logs."""

    def __init__(self, state: State) -> None:
        self.state = state
        self._logs: dict[int, dict[str, Any]] = {}
        self._groups: dict[int, dict[str, Any]] = {}

    # -- seeding and inspection -----------------------------------------------------------

    def seed(self, items: list[dict[str, Any]]) -> None:
        """Load request logs given in log-request body shape, each optionally with an "id"."""
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                raise ValueError(f"request_logs[{index}] must be an object in log-request shape")
            body = copy.deepcopy(item)
            wanted = body.pop("id", None)
            if wanted is not None and (isinstance(wanted, bool) or not isinstance(wanted, int) or wanted < 1):
                raise ValueError(f"request_logs[{index}].id must be a positive integer")
            if wanted is not None and wanted in self._logs:
                raise ValueError(f"request_logs[{index}].id {wanted} is used twice")
            try:
                record = self.prepare_log(body, now=_now())
            except ApiError as exc:
                raise ValueError(f"request_logs[{index}]: {exc.message}") from None
            record["source"] = "seed"
            self.add(record, request_id=wanted)

    def snapshot(self) -> dict[str, Any]:
        logs = [copy.deepcopy(record) for _, record in sorted(self._logs.items())]
        groups = []
        for group_id, group in sorted(self._groups.items()):
            members = [
                log_id for log_id, record in sorted(self._logs.items()) if record["group_id"] == group_id
            ]
            groups.append({**group, "request_ids": members})
        scores = [
            {"request_id": record["id"], "name": name, "score": value}
            for record in logs
            for name, value in record["scores"].items()
        ]
        metadata = {str(record["id"]): dict(record["metadata"]) for record in logs if record["metadata"]}
        return {"request_logs": logs, "groups": groups, "scores": scores, "metadata": metadata}

    # -- records ---------------------------------------------------------------------------

    def get(self, request_id: int) -> dict[str, Any] | None:
        """A copy of one request log record."""
        record = self._logs.get(request_id)
        return copy.deepcopy(record) if record is not None else None

    def logs(self) -> list[dict[str, Any]]:
        """Copies of every request log record, oldest first."""
        return [copy.deepcopy(record) for _, record in sorted(self._logs.items())]

    def add(self, record: dict[str, Any], request_id: int | None = None) -> int:
        """Store a record built by prepare_log/prepare_tracked; answers its id."""
        if request_id is None:
            request_id = self.state.next_id("request_log")
            while request_id in self._logs:  # seeded logs may have taken explicit ids
                request_id = self.state.next_id("request_log")
        record["id"] = request_id
        self._logs[request_id] = record
        return request_id

    def _existing(self, raw_id: Any) -> dict[str, Any]:
        """The live record for a track-* call; 400 (the status those operations document) if unknown."""
        request_id = _as_int(raw_id, "request_id", status=400)
        record = self._logs.get(request_id)
        if record is None:
            raise ApiError(400, f"Request log {request_id} not found")
        return record

    def prepare_log(
        self, body: dict[str, Any], *, now: float, default_times: tuple[float, float] | None = None
    ) -> dict[str, Any]:
        """Check a log-request body and turn it into a record (not stored yet).

        `default_times` (epoch seconds) stand in for missing request times: a span's own
        start and end when the log arrives inside a span.
        """
        missing = [name for name in ("provider", "model", "input", "output") if name not in body]
        if default_times is None:
            missing += [name for name in ("request_start_time", "request_end_time") if name not in body]
        if missing:
            raise ApiError(422, f"Missing required field(s): {', '.join(missing)}")
        provider = _as_str(body["provider"], "provider")
        model = _as_str(body["model"], "model")
        template_in = _as_template(body["input"], "input")
        template_out = _as_template(body["output"], "output")
        if "request_start_time" in body:
            start = _parse_datetime(body["request_start_time"], "request_start_time")
        else:
            start = default_times[0] if default_times else now
        if "request_end_time" in body:
            end = _parse_datetime(body["request_end_time"], "request_end_time")
        else:
            end = default_times[1] if default_times else now
        status = _as_status(body.get("status"))
        error_type = body.get("error_type")
        if error_type is not None and error_type not in ERROR_TYPES:
            raise ApiError(422, f"error_type must be one of {', '.join(ERROR_TYPES)}, got {error_type!r}")
        error_message = _optional_str(body.get("error_message"), "error_message")
        if error_message is not None and len(error_message) > 1024:
            raise ApiError(422, "error_message is longer than 1024 characters")
        score: int | None = None
        if "score" in body and body["score"] is not None:
            score = _as_score(body["score"])
        score_name = _optional_str(body.get("score_name"), "score_name")
        tags = _as_tags(body.get("tags"))
        metadata = _as_metadata(body.get("metadata"), status=422)
        link = self._prompt_link(
            body.get("prompt_name") if body.get("prompt_name") is not None else body.get("prompt_id"),
            body.get("prompt_version_number"),
            not_found_status=404,
        )
        record = _new_record(
            source="log_request",
            provider=provider,
            model=model,
            template_in=template_in,
            template_out=template_out,
            start=start,
            end=end,
            now=now,
        )
        record.update(
            api_type=_optional_str(body.get("api_type"), "api_type"),
            function_name=_as_str(body.get("function_name", ""), "function_name"),
            parameters=_as_object(body.get("parameters"), "parameters"),
            tags=tags,
            metadata=metadata,
            prompt_input_variables=_as_object(body.get("prompt_input_variables"), "prompt_input_variables"),
            input_tokens=_as_count(body.get("input_tokens", 0), "input_tokens"),
            output_tokens=_as_count(body.get("output_tokens", 0), "output_tokens"),
            price=_as_price(body.get("price", 0)),
            score=score,
            score_name=score_name,
            status=status,
            error_type=error_type,
            error_message=error_message,
        )
        _apply_link(
            record, link, body.get("prompt_name"), body.get("prompt_id"), body.get("prompt_version_number")
        )
        if score is not None:
            record["scores"][score_name or DEFAULT_SCORE_NAME] = score
        return record

    def prepare_tracked(self, body: dict[str, Any], *, now: float) -> dict[str, Any]:
        """Check a track-request body (provider-native kwargs/response) and make a record."""
        required = ("function_name", "provider_type", "kwargs", "request_response")
        missing = [name for name in (*required, "request_start_time", "request_end_time") if name not in body]
        if missing:
            raise ApiError(422, f"Missing required field(s): {', '.join(missing)}")
        provider = _as_str(body["provider_type"], "provider_type")
        kwargs = _as_object(body["kwargs"], "kwargs")
        response = body["request_response"]
        if response is None:
            response = {}
        if not isinstance(response, dict):
            raise ApiError(422, "request_response must be an object")
        args = body.get("args") or []
        if not isinstance(args, list):
            raise ApiError(422, "args must be an array")
        start = _epoch_seconds(body["request_start_time"], "request_start_time")
        end = _epoch_seconds(body["request_end_time"], "request_end_time")
        group_id = body.get("group_id")
        if group_id is not None:
            group_id = _as_int(group_id, "group_id", status=400)
            if group_id not in self._groups:
                raise ApiError(400, f"Group {group_id} not found; create it with /create-group first")
        span_id = _optional_str(body.get("span_id"), "span_id")
        link = self._prompt_link(body.get("prompt_id"), body.get("prompt_version"), not_found_status=400)
        model = kwargs.get("model") or response.get("model") or ""
        input_tokens, output_tokens = _usage(response)
        function_name = body["function_name"]
        template_in, template_out = logged_templates(
            provider, function_name if isinstance(function_name, str) else "", kwargs, response
        )
        record = _new_record(
            source="track_request",
            provider=provider,
            model=str(model),
            template_in=template_in,
            template_out=template_out,
            start=start,
            end=end,
            now=now,
        )
        record.update(
            function_name=_as_str(body["function_name"], "function_name"),
            parameters={key: value for key, value in kwargs.items() if key not in _PROMPT_KWARGS},
            request_args=copy.deepcopy(args),
            request_kwargs=copy.deepcopy(kwargs),
            request_response=copy.deepcopy(response),
            tags=_as_tags(body.get("tags")),
            metadata=_as_metadata(body.get("metadata"), status=400),
            prompt_input_variables=_as_object(body.get("prompt_input_variables"), "prompt_input_variables"),
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            status=_as_status(body.get("status")),
            error_type=_optional_str(body.get("error_type"), "error_type"),
            error_message=_optional_str(body.get("error_message"), "error_message"),
            group_id=group_id,
            span_id=span_id,
        )
        prompt_id = body.get("prompt_id")
        if isinstance(prompt_id, str) and prompt_id.isdigit():
            prompt_id = int(prompt_id)
        prompt_name = prompt_id if isinstance(prompt_id, str) else None
        _apply_link(record, link, prompt_name, prompt_id, body.get("prompt_version"))
        return record

    def _prompt_link(self, identifier: Any, version: Any, *, not_found_status: int) -> dict[str, Any] | None:
        """The template a log points at, or None when it names none (or lookup isn't available)."""
        if identifier is None or identifier == "":
            return None
        if version is not None:
            version = _as_int(version, "prompt version", status=422)
        lookup = _template_lookup(self.state)
        if lookup is None:
            return None  # the template store cannot resolve yet: keep the names as sent
        found = lookup(identifier, version=version, label=None)
        if found is None:
            suffix = f" version {version}" if version is not None else ""
            raise ApiError(not_found_status, f"Prompt template {identifier!r}{suffix} not found")
        return dict(found)

    # -- changes ---------------------------------------------------------------------------

    def set_metadata(self, raw_id: Any, metadata: Any) -> int:
        record = self._existing(raw_id)
        record["metadata"].update(_as_metadata(metadata, status=400))
        return int(record["id"])

    def set_score(self, raw_id: Any, score: Any, name: Any) -> int:
        record = self._existing(raw_id)
        value = _as_score(score)
        if name is not None and (not isinstance(name, str) or not name):
            raise ApiError(400, "name must be a non-empty string")
        record["scores"][name or DEFAULT_SCORE_NAME] = value
        return int(record["id"])

    def link_prompt(self, body: dict[str, Any]) -> int:
        record = self._existing(body.get("request_id"))
        prompt_name = body.get("prompt_name")
        if not isinstance(prompt_name, str) or not prompt_name:
            raise ApiError(400, "prompt_name must be a non-empty string")
        version = body.get("version")
        if version is not None:
            version = _as_int(version, "version", status=400)
        label = _optional_str(body.get("label"), "label", status=400)
        variables = body.get("prompt_input_variables")
        if variables is not None and not isinstance(variables, dict):
            raise ApiError(400, "prompt_input_variables must be an object")
        lookup = _template_lookup(self.state)
        if lookup is None:
            raise ApiError(
                400,
                "The local server cannot resolve prompt templates yet (TemplateStore.lookup is missing), "
                "so track-prompt cannot link one",
            )
        found = lookup(prompt_name, version=version, label=label)
        if found is None:
            wanted = f" version {version}" if version is not None else (f" label {label!r}" if label else "")
            raise ApiError(400, f"Prompt template {prompt_name!r}{wanted} not found")
        _apply_link(record, dict(found), prompt_name, None, version)
        if variables is not None:
            record["prompt_input_variables"] = copy.deepcopy(variables)
        return int(record["id"])

    def create_group(self, now: float) -> int:
        group_id: int = self.state.next_id("request_group")
        self._groups[group_id] = {"id": group_id, "created_at": iso_time(now)}
        return group_id

    def add_to_group(self, raw_request_id: Any, raw_group_id: Any) -> tuple[int, int]:
        record = self._existing(raw_request_id)
        group_id = _as_int(raw_group_id, "group_id", status=400)
        if group_id not in self._groups:
            raise ApiError(400, f"Group {group_id} not found; create it with /create-group first")
        record["group_id"] = group_id
        return int(record["id"]), group_id

    def link_span(self, request_id: int, span_id: str, trace_id: str) -> None:
        """Tie a stored log to the span (and trace) it was created with."""
        record = self._logs[request_id]
        record["span_id"] = span_id
        record["trace_id"] = trace_id

    def find_by_span(self, span_id: str) -> int | None:
        """Id of the newest log that names `span_id`, if any."""
        found = [log_id for log_id, record in self._logs.items() if record["span_id"] == span_id]
        return max(found) if found else None

    def trace_of(self, record: dict[str, Any]) -> str | None:
        """The trace a log belongs to: set when made from a span, else found through its span_id."""
        if record.get("trace_id"):
            return str(record["trace_id"])
        span_id = record.get("span_id")
        if not span_id:
            return None
        span = self.state.traces.find_span(str(span_id))
        return str(span["trace_id"]) if span is not None else None


# -- records and their pieces --------------------------------------------------------------


def _new_record(
    *,
    source: str,
    provider: str,
    model: str,
    template_in: dict[str, Any],
    template_out: dict[str, Any],
    start: float,
    end: float,
    now: float,
) -> dict[str, Any]:
    """Every field a record has, with neutral defaults; callers fill what they know."""
    return {
        "id": 0,
        "source": source,
        "provider": provider,
        "model": model,
        "api_type": None,
        "function_name": "",
        "input": template_in,
        "output": template_out,
        "parameters": {},
        "request_args": None,
        "request_kwargs": None,
        "request_response": None,
        "request_start_time": iso_time(start),
        "request_end_time": iso_time(end),
        "request_start_epoch": start,
        "request_end_epoch": end,
        "latency_ms": round(max(0.0, end - start) * 1000, 3),
        "tags": [],
        "metadata": {},
        "prompt_id": None,
        "prompt_name": None,
        "prompt_version_number": None,
        "prompt_version_id": None,
        "prompt_version": None,
        "prompt_input_variables": {},
        "input_tokens": 0,
        "output_tokens": 0,
        "price": 0.0,
        "score": None,
        "score_name": None,
        "scores": {},
        "status": "SUCCESS",
        "error_type": None,
        "error_message": None,
        "group_id": None,
        "span_id": None,
        "trace_id": None,
        "created_at": iso_time(now),
    }


def _apply_link(
    record: dict[str, Any], found: dict[str, Any] | None, name: Any, prompt_id: Any, version: Any
) -> None:
    """Record the template link: resolved details when known, else the names as sent."""
    if found is not None:
        record["prompt_id"] = found.get("id")
        record["prompt_name"] = found.get("prompt_name")
        record["prompt_version_number"] = found.get("version")
        record["prompt_version_id"] = found.get("prompt_version_id")
        template = found.get("prompt_template")
        record["prompt_version"] = (
            {
                "prompt_template": copy.deepcopy(template),
                "commit_message": found.get("commit_message"),
                "metadata": copy.deepcopy(found.get("metadata")),
            }
            if isinstance(template, dict)
            else None
        )
        return
    if name is not None or prompt_id is not None:
        record["prompt_name"] = name if isinstance(name, str) else None
        record["prompt_id"] = (
            prompt_id if isinstance(prompt_id, int) and not isinstance(prompt_id, bool) else None
        )
        record["prompt_version_number"] = version if isinstance(version, int) else None


def _template_lookup(state: State) -> Callable[..., Any] | None:
    """TemplateStore.lookup(identifier, version=None, label=None), when that store has it."""
    lookup = getattr(state.templates, "lookup", None)
    return lookup if callable(lookup) else None


def blueprint_of(record: dict[str, Any]) -> dict[str, Any]:
    """A logged request as a prompt blueprint: its input with the model's reply appended."""
    template = copy.deepcopy(record["input"])
    output = record["output"]
    if template.get("type") == "chat" and isinstance(output, dict) and output.get("type") == "chat":
        template["messages"] = list(template.get("messages") or []) + copy.deepcopy(
            output.get("messages") or []
        )
    return {
        "prompt_template": template,
        "metadata": {
            "model": {
                "provider": record["provider"],
                "name": record["model"],
                "parameters": copy.deepcopy(record["parameters"]),
            }
        },
        "inference_client_name": None,
    }


def _usage(response: dict[str, Any]) -> tuple[int, int]:
    usage = response.get("usage")
    if not isinstance(usage, dict):
        return 0, 0
    prompt = usage.get("prompt_tokens", usage.get("input_tokens", 0))
    completion = usage.get("completion_tokens", usage.get("output_tokens", 0))
    return (
        prompt if isinstance(prompt, int) and not isinstance(prompt, bool) else 0,
        completion if isinstance(completion, int) and not isinstance(completion, bool) else 0,
    )


# -- value checks -----------------------------------------------------------------------------


def _now() -> float:
    return datetime.now(UTC).timestamp()


def _parse_datetime(value: Any, name: str, status: int = 422) -> float:
    """ISO 8601 text (a missing zone means UTC) as epoch seconds."""
    if not isinstance(value, str):
        raise ApiError(status, f"{name} must be an ISO 8601 date-time string")
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        raise ApiError(status, f"{name} is not an ISO 8601 date-time: {value!r}") from None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.timestamp()


def _epoch_seconds(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ApiError(422, f"{name} must be a number of seconds since the Unix epoch")
    return float(value)


def _as_int(value: Any, name: str, *, status: int) -> int:
    if isinstance(value, bool):
        raise ApiError(status, f"{name} must be an integer")
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value)
    raise ApiError(status, f"{name} must be an integer, got {value!r}")


def _as_str(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise ApiError(422, f"{name} must be a string")
    return value


def _optional_str(value: Any, name: str, status: int = 422) -> str | None:
    if value is not None and not isinstance(value, str):
        raise ApiError(status, f"{name} must be a string or null")
    return value


def _as_object(value: Any, name: str) -> dict[str, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ApiError(422, f"{name} must be an object")
    return copy.deepcopy(value)


def _as_template(value: Any, name: str) -> dict[str, Any]:
    if not isinstance(value, dict) or value.get("type", "chat") not in ("chat", "completion"):
        raise ApiError(422, f"{name} must be a chat or completion template object")
    template = copy.deepcopy(value)
    kind = template.setdefault("type", "chat")
    key = "messages" if kind == "chat" else "content"
    if not isinstance(template.get(key), list):
        raise ApiError(422, f"{name} is a {kind} template and needs a {key} array")
    return template


def _as_tags(value: Any) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(tag, str) for tag in value):
        raise ApiError(422, "tags must be an array of strings")
    return list(value)


def _as_metadata(value: Any, *, status: int) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ApiError(status, "metadata must be an object")
    wrong = sorted(key for key, item in value.items() if not isinstance(item, str))
    if wrong:
        raise ApiError(status, f"metadata values must be strings (not for: {', '.join(wrong)})")
    return dict(value)


def _as_status(value: Any) -> str:
    if value is None:
        return "SUCCESS"
    if value not in STATUSES:
        raise ApiError(422, f"status must be one of {', '.join(STATUSES)}, got {value!r}")
    return str(value)


def _as_score(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ApiError(422, "score must be an integer from 0 to 100")
    if not 0 <= value <= 100:
        raise ApiError(422, f"score must be from 0 to 100, got {value}")
    return value


def _as_count(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ApiError(422, f"{name} must be a non-negative integer")
    return value


def _as_price(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
        raise ApiError(422, "price must be a non-negative number")
    return float(value)


# -- search -------------------------------------------------------------------------------------

_FIELD_KINDS = {
    "pl_id": "number",
    "prompt_id": "number",
    "engine": "string",
    "provider_type": "string",
    "input_text": "string",
    "output_text": "string",
    "prompt_version_number": "number",
    "input_tokens": "number",
    "output_tokens": "number",
    "cost": "number",
    "latency_ms": "number",
    "request_start_time": "datetime",
    "request_end_time": "datetime",
    "status": "string",
    "is_json": "bool",
    "is_tool_call": "bool",
    "is_plain_text": "bool",
    "tags": "list",
    "metadata_keys": "list",
    "metadata": "dict",
    "tool_names": "list",
    "output": "dict",
    "output_keys": "list",
    "input_variables": "dict",
    "input_variable_keys": "list",
}
_UNSUPPORTED_FIELDS = {"user_intent", "agent_intent"}
_NULL_OPS = {"is_null", "is_not_null", "is_empty", "is_not_empty"}
_OPERATORS = {
    "string": {"is", "is_not", "in", "not_in", "contains", "not_contains", "starts_with", "ends_with"}
    | _NULL_OPS,
    "number": {"is", "is_not", "eq", "neq", "gt", "gte", "lt", "lte", "between", "in", "not_in"} | _NULL_OPS,
    "datetime": {
        "before",
        "after",
        "between",
        "eq",
        "neq",
        "gt",
        "gte",
        "lt",
        "lte",
        "is_null",
        "is_not_null",
    },
    "bool": {"is_true", "is_false", "is", "is_not"},
    "list": {"contains", "not_contains", "in", "not_in", "is", "is_not", "is_empty", "is_not_empty"},
    "dict": {"key_equals", "key_not_equals", "key_contains", "is", "is_not", "contains", "not_contains"}
    | {"starts_with", "ends_with", "in", "not_in", "eq", "neq", "gt", "gte", "lt", "lte"}
    | _NULL_OPS,
}
_SORT_KEYS: dict[str, Callable[[dict[str, Any]], Any]] = {
    "request_start_time": lambda r: r["request_start_epoch"],
    "input_tokens": lambda r: r["input_tokens"],
    "output_tokens": lambda r: r["output_tokens"],
    "cost": lambda r: r["price"],
    "latency_ms": lambda r: r["latency_ms"],
    "status": lambda r: r["status"],
}


def _template_text(template: Any) -> str:
    """All text of a template's messages or content blocks, one block per line."""
    if not isinstance(template, dict):
        return ""
    blocks: list[Any] = []
    if template.get("type") == "completion":
        blocks = list(template.get("content") or [])
    else:
        for message in template.get("messages") or []:
            if isinstance(message, dict) and isinstance(message.get("content"), list):
                blocks.extend(message["content"])
    lines = []
    for block in blocks:
        if isinstance(block, dict) and isinstance(block.get("text"), str):
            lines.append(block["text"])
        elif isinstance(block, dict) and isinstance(block.get("thinking"), str):
            lines.append(block["thinking"])
    return "\n".join(lines)


def _tool_names(template: Any) -> list[str]:
    names: list[str] = []
    if isinstance(template, dict):
        for message in template.get("messages") or []:
            for call in (message.get("tool_calls") or []) if isinstance(message, dict) else []:
                function = call.get("function") if isinstance(call, dict) else None
                if isinstance(function, dict) and isinstance(function.get("name"), str):
                    names.append(function["name"])
    return names


def _json_output(text: str) -> Any:
    stripped = text.strip()
    if not stripped or stripped[0] not in "[{":
        return None
    try:
        return json.loads(stripped)
    except ValueError:
        return None


def _field_value(record: dict[str, Any], field: str) -> Any:
    """The value a filter on `field` tests, computed from the record."""
    output_text = _template_text(record["output"])
    parsed = _json_output(output_text)
    is_tool_call = bool(_tool_names(record["output"]))
    values: dict[str, Callable[[], Any]] = {
        "pl_id": lambda: record["id"],
        "prompt_id": lambda: record["prompt_id"],
        "engine": lambda: record["model"],
        "provider_type": lambda: record["provider"],
        "input_text": lambda: _template_text(record["input"]),
        "output_text": lambda: output_text,
        "prompt_version_number": lambda: record["prompt_version_number"],
        "input_tokens": lambda: record["input_tokens"],
        "output_tokens": lambda: record["output_tokens"],
        "cost": lambda: record["price"],
        "latency_ms": lambda: record["latency_ms"],
        "request_start_time": lambda: record["request_start_epoch"],
        "request_end_time": lambda: record["request_end_epoch"],
        "status": lambda: record["status"],
        "is_json": lambda: parsed is not None,
        "is_tool_call": lambda: is_tool_call,
        "is_plain_text": lambda: parsed is None and not is_tool_call,
        "tags": lambda: list(record["tags"]),
        "metadata_keys": lambda: list(record["metadata"]),
        "metadata": lambda: record["metadata"],
        "tool_names": lambda: _tool_names(record["output"]),
        "output": lambda: parsed if isinstance(parsed, dict) else {},
        "output_keys": lambda: list(parsed) if isinstance(parsed, dict) else [],
        "input_variables": lambda: record["prompt_input_variables"],
        "input_variable_keys": lambda: list(record["prompt_input_variables"]),
    }
    return values[field]()


def _check_group(group: Any, path: str) -> None:
    """400 for filters the local server cannot evaluate, before any record is looked at."""
    if not isinstance(group, dict) or not isinstance(group.get("filters"), list):
        raise ApiError(400, f"{path} must be a filter group with a filters array")
    if group.get("logic", "AND") not in ("AND", "OR"):
        raise ApiError(400, f"{path}.logic must be AND or OR")
    for index, item in enumerate(group["filters"]):
        where = f"{path}.filters[{index}]"
        if isinstance(item, dict) and "filters" in item and "field" not in item:
            _check_group(item, where)
            continue
        if not isinstance(item, dict):
            raise ApiError(400, f"{where} must be a filter or a filter group")
        field, operator = item.get("field"), item.get("operator")
        if field in _UNSUPPORTED_FIELDS:
            raise ApiError(
                400, f"{where}: the local server cannot classify tone, so {field} filters are unsupported"
            )
        if field not in _FIELD_KINDS:
            raise ApiError(400, f"{where}: unknown filter field {field!r}")
        kind = _FIELD_KINDS[field]
        if operator not in _OPERATORS[kind]:
            raise ApiError(400, f"{where}: operator {operator!r} does not apply to {field} ({kind} field)")
        if kind == "dict" and not item.get("nested_key") and operator not in ("is_empty", "is_not_empty"):
            raise ApiError(400, f"{where}: {field} filters need nested_key (the key inside {field} to test)")
        _check_operand(item, kind, where)


def _check_operand(item: dict[str, Any], kind: str, where: str) -> None:
    operator, value = item["operator"], item.get("value")
    if operator in _NULL_OPS or operator in ("is_true", "is_false"):
        return
    if operator in ("in", "not_in") and not isinstance(value, list):
        raise ApiError(400, f"{where}: operator {operator} takes an array value")
    if operator == "between" and (not isinstance(value, list) or len(value) != 2):
        raise ApiError(400, f"{where}: operator between takes a [low, high] array")
    if kind == "number" and operator not in ("in", "not_in", "between") and _number(value) is None:
        raise ApiError(400, f"{where}: {item['field']} compares with a number, got {value!r}")
    if kind == "datetime":
        bounds: list[Any] = list(value or []) if operator == "between" else [value]
        for bound in bounds:
            if _moment(bound) is None:
                raise ApiError(
                    400, f"{where}: {item['field']} compares with an ISO 8601 date-time, got {bound!r}"
                )
    if kind == "bool" and not isinstance(value, bool):
        raise ApiError(400, f"{where}: {item['field']} compares with true or false")


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def _moment(value: Any) -> float | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    try:
        return _parse_datetime(value, "value", status=400)
    except ApiError:
        return None


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _compare(actual: Any, operator: str, value: Any, kind: str) -> bool:
    """One operator on one (scalar or list) value."""
    if operator == "is_null":
        return actual is None
    if operator == "is_not_null":
        return actual is not None
    if operator == "is_empty":
        return _empty(actual)
    if operator == "is_not_empty":
        return not _empty(actual)
    if operator in ("is_true", "is_false"):
        return actual is (operator == "is_true")
    if kind == "list":
        items = [str(item) for item in actual or []]
        if operator in ("contains", "is"):
            return str(value) in items
        if operator in ("not_contains", "is_not"):
            return str(value) not in items
        wanted = {str(item) for item in value}
        return bool(wanted & set(items)) if operator == "in" else not wanted & set(items)
    if kind == "bool":
        return (actual is value) if operator == "is" else (actual is not value)
    if kind in ("number", "datetime"):
        convert = _number if kind == "number" else _moment
        if operator in ("in", "not_in"):
            found = actual is not None and float(actual) in {convert(item) for item in value}
            return found if operator == "in" else not found
        if actual is None:
            return operator in ("is_not", "neq")
        number = float(actual)
        if operator == "between":
            low, high = (convert(bound) for bound in value)
            return low is not None and high is not None and low <= number <= high
        other = convert(value)
        if other is None:
            return False
        checks = {
            "is": number == other,
            "eq": number == other,
            "is_not": number != other,
            "neq": number != other,
            "gt": number > other,
            "after": number > other,
            "gte": number >= other,
            "lt": number < other,
            "before": number < other,
            "lte": number <= other,
        }
        return checks[operator]
    return _compare_text(actual, operator, value)


def _compare_text(actual: Any, operator: str, value: Any) -> bool:
    """Text operators; contains/starts/ends ignore case, is/in are exact."""
    if operator in ("in", "not_in"):
        found = actual is not None and str(actual) in {str(item) for item in value}
        return found if operator == "in" else not found
    if operator in ("is", "eq", "key_equals"):
        return actual is not None and (actual == value or str(actual) == str(value))
    if operator in ("is_not", "neq", "key_not_equals"):
        return actual is None or (actual != value and str(actual) != str(value))
    if operator in ("gt", "gte", "lt", "lte"):
        left, right = _number(actual), _number(value)
        if left is None or right is None:
            return False
        return {"gt": left > right, "gte": left >= right, "lt": left < right, "lte": left <= right}[operator]
    if actual is None:
        return operator == "not_contains"
    text, needle = str(actual).lower(), str(value).lower()
    if operator in ("contains", "key_contains"):
        return needle in text
    if operator == "not_contains":
        return needle not in text
    if operator == "starts_with":
        return text.startswith(needle)
    return text.endswith(needle)  # ends_with


def _matches(group: dict[str, Any], record: dict[str, Any]) -> bool:
    results = []
    for item in group["filters"]:
        if "filters" in item and "field" not in item:
            results.append(_matches(item, record))
            continue
        field, operator, kind = item["field"], item["operator"], _FIELD_KINDS[item["field"]]
        actual = _field_value(record, field)
        if kind == "dict":
            key = item.get("nested_key")
            if key:
                actual = actual.get(key) if isinstance(actual, dict) else None
                kind = "string"
        results.append(_compare(actual, operator, item.get("value"), kind))
    if not results:
        return True
    return all(results) if group.get("logic", "AND") == "AND" else any(results)


def _text_matches(query: str, record: dict[str, Any]) -> bool:
    """Every word of `query` starts some word of the request's input or output."""
    terms = re.findall(r"\w+", query.lower())
    words = set(
        re.findall(r"\w+", f"{_template_text(record['input'])}\n{_template_text(record['output'])}".lower())
    )
    return all(any(word.startswith(term) for word in words) for term in terms)


def _search_item(record: dict[str, Any], include_prompt_name: bool) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": record["id"],
        "engine": record["model"],
        "provider_type": record["provider"],
        "input_tokens": record["input_tokens"],
        "output_tokens": record["output_tokens"],
        "price": record["price"],
        "request_start_time": record["request_start_time"],
        "request_end_time": record["request_end_time"],
        "latency": round(record["latency_ms"] / 1000, 6),
        "tags_array": list(record["tags"]),
        "metadata": [{key: value} for key, value in record["metadata"].items()],
        "scores": [{"name": name, "score": value} for name, value in record["scores"].items()],
    }
    if include_prompt_name:
        item["prompt_name"] = record["prompt_name"]
    return item


def _page_option(body: dict[str, Any], name: str, default: int, maximum: int | None) -> int:
    value = body.get(name)
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int) or value < 1 or (maximum and value > maximum):
        bound = f" and at most {maximum}" if maximum else ""
        raise ApiError(422, f"{name} must be an integer of at least 1{bound}")
    return value


def select_logs(store: TrackingStore, query: dict[str, Any]) -> list[dict[str, Any]]:
    """Copies of the logs a search selects (filter_group, q, sort_by, sort_order), in order.

    Shared by request-log search and the dataset versions built from a request-log query;
    a query the local server cannot evaluate is a 400.
    """
    group = query.get("filter_group")
    if group is not None:
        _check_group(group, "filter_group")
    text = query.get("q")
    if text is not None and not isinstance(text, str):
        raise ApiError(400, "q must be a string")
    sort_by = query.get("sort_by") or "request_start_time"
    if sort_by not in _SORT_KEYS:
        raise ApiError(400, f"sort_by must be one of {', '.join(_SORT_KEYS)}, got {sort_by!r}")
    sort_order = query.get("sort_order") or "desc"
    if sort_order not in ("asc", "desc"):
        raise ApiError(400, f"sort_order must be asc or desc, got {sort_order!r}")
    records = store.logs()
    if group is not None:
        records = [record for record in records if _matches(group, record)]
    if text and text.strip():
        records = [record for record in records if _text_matches(text, record)]
    key = _SORT_KEYS[sort_by]
    records.sort(key=lambda r: (key(r), r["id"]), reverse=sort_order == "desc")
    return records


def template_text(template: Any) -> str:
    """All text of a logged prompt or reply template, one block per line."""
    return _template_text(template)


# -- handlers -----------------------------------------------------------------------------------


def _store(ctx: Context) -> TrackingStore:
    store: TrackingStore = ctx.state.tracking
    return store


def log_request(ctx: Context, req: Request) -> Response:
    """Store a request log sent as input/output templates (201)."""
    store = _store(ctx)
    record = store.prepare_log(req.json_object(), now=ctx.clock())
    store.add(record)
    return Response.json(
        {
            "id": record["id"],
            "prompt_version": copy.deepcopy(record["prompt_version"]),
            "status": record["status"],
            "error_type": record["error_type"],
            "error_message": record["error_message"],
        },
        201,
    )


def track_request(ctx: Context, req: Request) -> Response:
    """Store a provider call captured by the SDK; optionally answer it as a prompt blueprint."""
    store = _store(ctx)
    body = req.json_object()
    try:
        record = store.prepare_tracked(body, now=ctx.clock())
    except ApiError as exc:
        raise ApiError(400 if exc.status == 404 else exc.status, exc.message) from None
    request_id = store.add(record)
    blueprint = blueprint_of(record) if body.get("return_prompt_blueprint") else None
    return Response.json(
        {"success": True, "request_id": request_id, "prompt_blueprint": blueprint, "message": None}
    )


def track_metadata(ctx: Context, req: Request) -> Response:
    body = req.json_object()
    if "metadata" not in body:
        raise ApiError(400, "metadata is required")
    request_id = _store(ctx).set_metadata(body.get("request_id"), body["metadata"])
    return Response.json({"success": True, "message": f"Metadata stored for request {request_id}"})


def track_score(ctx: Context, req: Request) -> Response:
    body = req.json_object()
    request_id = _store(ctx).set_score(body.get("request_id"), body.get("score"), body.get("name"))
    name = body.get("name") or DEFAULT_SCORE_NAME
    return Response.json({"success": True, "message": f"Score {name!r} stored for request {request_id}"})


def track_prompt(ctx: Context, req: Request) -> Response:
    request_id = _store(ctx).link_prompt(req.json_object())
    return Response.json({"success": True, "message": f"Prompt template linked to request {request_id}"})


def track_group(ctx: Context, req: Request) -> Response:
    body = req.json_object()
    request_id, group_id = _store(ctx).add_to_group(body.get("request_id"), body.get("group_id"))
    return Response.json({"success": True, "message": f"Request {request_id} added to group {group_id}"})


def create_group(ctx: Context, req: Request) -> Response:
    return Response.json({"success": True, "id": _store(ctx).create_group(ctx.clock())})


def get_request(ctx: Context, req: Request) -> Response:
    """One request log with its prompt blueprint (404 when unknown)."""
    store = _store(ctx)
    request_id = _as_int(req.path_params.get("request_id"), "request_id", status=422)
    record = store.get(request_id)
    if record is None:
        raise ApiError(404, f"Request log {request_id} not found")
    return Response.json(
        {
            "success": True,
            "prompt_blueprint": blueprint_of(record),
            "request_id": record["id"],
            "provider": record["provider"],
            "model": record["model"],
            "input_tokens": record["input_tokens"],
            "output_tokens": record["output_tokens"],
            "tokens": record["input_tokens"] + record["output_tokens"],
            "price": record["price"],
            "request_start_time": record["request_start_time"],
            "request_end_time": record["request_end_time"],
            "latency_ms": record["latency_ms"],
            "trace_id": store.trace_of(record),
        }
    )


def search_request_logs(ctx: Context, req: Request) -> Response:
    """Filter, text-search, sort and page request logs.

    Unsupported: user_intent/agent_intent filters (400, they need a tone classifier);
    metadata_cost_breakdown_key is accepted and ignored (it only shapes analytics).
    """
    body = req.json_object()
    records = select_logs(_store(ctx), body)
    page = _page_option(body, "page", 1, None)
    per_page = _page_option(body, "per_page", DEFAULT_PER_PAGE, MAX_PER_PAGE)
    total = len(records)
    pages = math.ceil(total / per_page)
    chunk = records[(page - 1) * per_page : page * per_page]
    include_prompt_name = bool(body.get("include_prompt_name"))
    return Response.json(
        {
            "success": True,
            "items": [_search_item(record, include_prompt_name) for record in chunk],
            "page": page,
            "pages": pages,
            "per_page": per_page,
            "total": total,
            "has_next": page < pages,
            "has_prev": page > 1,
            "next_num": page + 1 if page < pages else None,
            "prev_num": page - 1 if page > 1 else None,
        }
    )


def get_trace(ctx: Context, req: Request) -> Response:
    """The spans of one trace, each with the request log it produced (404 when unknown)."""
    trace_id = _trace_id(req)
    spans = ctx.state.traces.spans(trace_id)
    if not spans:
        raise ApiError(404, f"Trace {trace_id} not found")
    store = _store(ctx)
    out = []
    for span in spans:
        log_id = span.get("request_log_id") or store.find_by_span(span["span_id"])
        out.append(
            {
                **span,
                "parent_id": span["parent_span_id"],
                "request_log_id": log_id,
                "start_time": iso_time(span["start_time_unix_nano"] / 1e9),
                "end_time": iso_time(span["end_time_unix_nano"] / 1e9),
            }
        )
    return Response.json({"success": True, "trace_id": trace_id, "spans": out})


def close_trace(ctx: Context, req: Request) -> Response:
    """Close a known trace (201); 409 when closed before, 404 when no span of it was stored."""
    traces = ctx.state.traces
    trace_id = _trace_id(req)
    if traces.is_closed(trace_id):
        raise ApiError(409, f"Trace {trace_id} is already closed")
    if not traces.spans(trace_id):
        raise ApiError(404, f"Trace {trace_id} not found")
    closure = traces.close(trace_id, ctx.clock())
    return Response.json({"success": True, "closure": closure}, 201)


def _trace_id(req: Request) -> str:
    from .tracing import normalise_id

    return normalise_id(req.path_params.get("trace_id", ""))


ROUTES: dict[str, Handler] = {
    "log_request": log_request,
    "track_request": track_request,
    "track_metadata": track_metadata,
    "track_score": track_score,
    "track_prompt": track_prompt,
    "track_group": track_group,
    "create_group": create_group,
    "get_request": get_request,
    "search_request_logs": search_request_logs,
    "get_trace": get_trace,
    "close_trace": close_trace,
}
