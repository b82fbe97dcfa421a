"""The /track-request body: what PromptLayer is told of one provider call, by run() and the
proxies alike.

Everything in it is JSON-compatible and free of credentials: sensitive kwargs and headers are
dropped, the keys in use masked (see _redact.py).
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .._redact import is_sensitive_name, mask_secrets
from .formats import Aggregator

MAX_ERROR_MESSAGE = 1024
PARTIAL_STREAM = "The stream was closed before it ended; the response is partial."


@dataclass(frozen=True)
class Failure:
    """A failure the provider reported inside a successful response (an error event)."""

    error_type: str
    message: str


@dataclass(frozen=True)
class Ending:
    """How a provider call ended: what its log says (see `track_request_body` for the status)."""

    response: Any = None
    stream: Aggregator | None = None  # a stream's chunks, added up (then `response` is not given)
    error: BaseException | None = None
    failure: Failure | None = None
    partial: bool = False
    reason: str | None = None  # why a `partial` answer is, when not because a stream was closed early

    @property
    def succeeded(self) -> bool:
        return self.error is None and self.failure is None and not self.partial


def track_request_body(
    function_name: str,
    provider_type: str,
    kwargs: Mapping[str, Any],
    response: Any,
    *,
    start: float,
    tags: list[str],
    secrets: list[str],
    provider_error: type,
    args: Sequence[Any] = (),
    span_id: str | None = None,
    error: BaseException | None = None,
    failure: Failure | None = None,
    partial: bool = False,
    reason: str | None = None,
    **fields: Any,
) -> dict[str, Any]:
    """The body logging one call that started at `start` and ends now; fields given None are left out.

    Its status: ERROR for a raised `error` (categorised against the SDK's `provider_error`
    base class) or a `failure` the provider reported; WARNING, PROVIDER_PARTIAL_RESPONSE, for
    a `partial` response (why: `reason`, by default a stream closed early); else SUCCESS.
    `fields` are the other body fields (prompt link, metadata, group...).
    """
    end = time.time()
    body: dict[str, Any] = {
        "function_name": function_name,
        "provider_type": provider_type,
        "args": _loggable(list(args)),
        "kwargs": loggable_kwargs(kwargs),
        "request_response": dump_response(response) if response is not None else {},
        "request_start_time": start,
        "request_end_time": max(end, start),
        "tags": tags,
        **fields,
        "span_id": span_id,
        "status": "SUCCESS",
    }
    if error is not None:  # logged like a failure, whatever the provider reported
        failure = Failure(error_type_of(error, provider_error), str(error) or type(error).__name__)
    if failure is not None:
        body.update(
            status="ERROR",
            error_type=failure.error_type,
            error_message=failure.message[:MAX_ERROR_MESSAGE],
        )
    elif partial:
        body.update(
            status="WARNING",
            error_type="PROVIDER_PARTIAL_RESPONSE",
            error_message=reason or PARTIAL_STREAM,
        )
    masked: dict[str, Any] = mask_secrets(
        {name: value for name, value in body.items() if value is not None}, secrets
    )
    return masked


def streamed_response(stream: Aggregator | None) -> dict[str, Any]:
    """What a stream is logged as: the response it amounts to; nothing when it carried no chunk."""
    return stream.result() if stream is not None and stream.count else {}


def error_type_of(error: BaseException, provider_error: type) -> str:
    """The PromptLayer error category of a failed call."""
    status = getattr(error, "status_code", None)
    if "Timeout" in type(error).__name__ or status in (408, 504):
        return "PROVIDER_TIMEOUT"
    if status in (401, 403):
        return "PROVIDER_AUTH_ERROR"
    if status == 429:
        quota = getattr(error, "code", None) == "insufficient_quota"
        return "PROVIDER_QUOTA_LIMIT" if quota else "PROVIDER_RATE_LIMIT"
    if isinstance(error, provider_error):
        return "PROVIDER_ERROR"
    return "UNKNOWN_ERROR"


def dump_response(value: Any) -> dict[str, Any]:
    """A provider object (pydantic model) or dict as JSON-compatible data."""
    # No serializer warnings: a parsed response's `parsed` values are typed by a type variable.
    dumped = value.model_dump(mode="json", warnings=False) if hasattr(value, "model_dump") else value
    if not isinstance(dumped, Mapping):
        return {}
    loggable: dict[str, Any] = _loggable(dumped)
    return loggable


def is_omitted(value: Any) -> bool:
    """The SDKs' markers for "argument not given"."""
    return type(value).__name__ in ("NotGiven", "Omit")


def loggable_kwargs(kwargs: Mapping[str, Any]) -> dict[str, Any]:
    """The call's kwargs as JSON, without credentials (sensitive kwargs and headers)."""
    logged: dict[str, Any] = {}
    for name, value in kwargs.items():
        if is_sensitive_name(name) or is_omitted(value):
            continue
        if name == "extra_headers" and isinstance(value, Mapping):
            value = {key: item for key, item in value.items() if not is_sensitive_name(str(key))}
        logged[name] = _loggable(value)
    return logged


def _loggable(value: Any) -> Any:
    """`value` as JSON-compatible data."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, Mapping):
        return {str(key): _loggable(item) for key, item in value.items() if not is_omitted(item)}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_loggable(item) for item in value if not is_omitted(item)]
    if isinstance(value, type):
        return value.__name__  # e.g. a pydantic model given as a response format
    if hasattr(value, "model_dump"):
        return _loggable(value.model_dump(mode="json"))
    if isinstance(value, (bytes, bytearray)):
        return f"<{len(value)} bytes>"
    return str(value)
