"""Logging requests and tracking them: `log_request`, `track.*`, `group.create`.

`track.*` calls set state (a score, metadata, a group, a template link), so repeating them is
harmless and they are retried like reads; `log_request` and `group.create` create records, so
they are only resent when the server cannot have acted on them.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import TYPE_CHECKING, Any, cast

from . import _validate as check
from ._faces import AsyncFace, SyncFace, operation
from ._transport.flow import ApiRequest, Flow, call
from ._transport.routes import request_for
from .errors import PromptLayerAPIError, PromptLayerValidationError
from .types import LogRequestResponse

if TYPE_CHECKING:
    from ._transport.retry import RetryPolicy

STATUSES = ("SUCCESS", "WARNING", "ERROR")
ERROR_TYPES = (
    "PROVIDER_TIMEOUT",
    "PROVIDER_QUOTA_LIMIT",
    "PROVIDER_RATE_LIMIT",
    "PROVIDER_PARTIAL_RESPONSE",
    "PROVIDER_AUTH_ERROR",
    "PROVIDER_ERROR",
    "TEMPLATE_RENDER_ERROR",
    "VARIABLE_MISSING_OR_EMPTY",
    "UNKNOWN_ERROR",
)
MAX_ERROR_MESSAGE = 1024

Timestamp = datetime | float | int


class TrackingCore:
    """The logging and tracking operations as flows."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy

    def log_request(
        self,
        *,
        provider: str,
        model: str,
        input: Mapping[str, Any],
        output: Mapping[str, Any],
        request_start_time: Timestamp,
        request_end_time: Timestamp,
        parameters: Mapping[str, Any] | None = None,
        tags: list[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        prompt_name: str | None = None,
        prompt_version_number: int | None = None,
        prompt_input_variables: Mapping[str, Any] | None = None,
        input_tokens: int = 0,
        output_tokens: int = 0,
        price: float = 0.0,
        function_name: str = "",
        score: int = 0,
        prompt_id: int | None = None,
        score_name: str | None = None,
        api_type: str | None = None,
        status: str = "SUCCESS",
        error_type: str | None = None,
        error_message: str | None = None,
    ) -> Flow[LogRequestResponse]:
        """Log one LLM request made without the proxies (fields: `promptlayer.types.LogRequestParams`).

        Timestamps are datetimes or epoch seconds. Returns the created log ({"id", ...}).
        """
        start = check.timestamp(request_start_time, "request_start_time")
        end = check.timestamp(request_end_time, "request_end_time")
        if end < start:
            raise PromptLayerValidationError("request_end_time is before request_start_time")
        body: dict[str, Any] = {
            "provider": check.text(provider, "provider"),
            "model": check.text(model, "model"),
            "input": check.prompt_template(input, "input"),
            "output": check.prompt_template(output, "output"),
            "request_start_time": start.isoformat(),
            "request_end_time": end.isoformat(),
            "parameters": dict(check.mapping(parameters, "parameters")),
            "tags": check.strings(tags, "tags"),
            "metadata": check.string_map(metadata, "metadata"),
            "prompt_input_variables": dict(check.mapping(prompt_input_variables, "prompt_input_variables")),
            "input_tokens": check.count(input_tokens, "input_tokens"),
            "output_tokens": check.count(output_tokens, "output_tokens"),
            "price": check.finite(price, "price"),
            "function_name": check.string(function_name, "function_name"),
            "score": _score(score),
            "status": check.choice(status, STATUSES, "status"),
        }
        message = check.optional_text(error_message, "error_message")
        optional = {
            "prompt_name": check.optional_text(prompt_name, "prompt_name"),
            "prompt_version_number": None
            if prompt_version_number is None
            else check.positive(prompt_version_number, "prompt_version_number"),
            "prompt_id": None if prompt_id is None else check.record_id(prompt_id, "prompt_id"),
            "score_name": check.optional_text(score_name, "score_name"),
            "api_type": check.optional_text(api_type, "api_type"),
            "error_type": None if error_type is None else check.choice(error_type, ERROR_TYPES, "error_type"),
            "error_message": None if message is None else message[:MAX_ERROR_MESSAGE],
        }
        body.update({key: value for key, value in optional.items() if value is not None})
        request = request_for("log_request", "logging a request", body=body)
        return cast(LogRequestResponse, (yield from call(request, self.policy)))

    def track_request(self, body: Mapping[str, Any]) -> Flow[dict[str, Any]]:
        """Log one provider call (POST /track-request): what the proxies and run() send.

        `body` holds function_name, provider_type, kwargs, request_response, the start and
        end times as epoch seconds, and optionally tags, metadata, the template link
        (prompt_id, prompt_version, prompt_input_variables), group_id, span_id, status,
        error_type and error_message. Answers {success, request_id, prompt_blueprint, message}.
        """
        if not isinstance(body, Mapping):
            check.bad("track_request body", "a dict", body)
        payload = dict(body)
        check.text(payload.get("function_name"), "function_name")
        check.text(payload.get("provider_type"), "provider_type")
        for name in ("request_start_time", "request_end_time"):
            value = payload.get(name)
            if isinstance(value, datetime):
                payload[name] = value.timestamp()
            elif not isinstance(value, (int, float)) or isinstance(value, bool):
                check.bad(name, "epoch seconds or a datetime", value)
        payload["tags"] = check.strings(payload.get("tags"), "tags")
        payload["metadata"] = check.string_map(payload.get("metadata"), "metadata")
        if payload.get("status") is not None:
            check.choice(payload["status"], STATUSES, "status")
        request = request_for("track_request", f"logging a {payload['provider_type']} call", body=payload)
        result = yield from call(request, self.policy)
        return result if isinstance(result, dict) else {}

    def track_metadata(self, request_id: int | str, metadata: Mapping[str, str]) -> Flow[bool]:
        """Attach metadata (string keys and values) to a logged request."""
        if not isinstance(metadata, Mapping) or not metadata:
            raise PromptLayerValidationError("metadata must be a non-empty dict of strings")
        body = {"request_id": _request_id(request_id), "metadata": check.string_map(metadata, "metadata")}
        action = f"tracking metadata for request {body['request_id']}"
        return (yield from self._track(request_for("track_metadata", action, body=body)))

    def track_prompt(
        self,
        request_id: int | str,
        prompt_name: str,
        prompt_input_variables: Mapping[str, Any],
        version: int | None = None,
        label: str | None = None,
    ) -> Flow[bool]:
        """Link a logged request to a prompt template (a `version` number or a release `label`,
        not both) and the input variables it was rendered with."""
        if not isinstance(prompt_input_variables, Mapping):
            raise PromptLayerValidationError("prompt_input_variables must be a dict")
        if version is not None and label is not None:
            raise PromptLayerValidationError("pass version or label, not both")
        body: dict[str, Any] = {
            "request_id": _request_id(request_id),
            "prompt_name": check.text(prompt_name, "prompt_name"),
            "prompt_input_variables": dict(prompt_input_variables),
        }
        if version is not None:
            body["version"] = check.positive(version, "version")
        if label is not None:
            body["label"] = check.text(label, "label")
        action = f"linking a prompt template for request {body['request_id']}"
        return (yield from self._track(request_for("track_prompt", action, body=body)))

    def track_score(self, request_id: int | str, score: int, score_name: str | None = None) -> Flow[bool]:
        """A score from 0 to 100 for a logged request, optionally named."""
        body: dict[str, Any] = {
            "request_id": check.record_id(request_id, "request_id"),
            "score": _score(score),
        }
        if score_name is not None:
            body["name"] = check.text(score_name, "score_name")
        action = f"tracking a score for request {body['request_id']}"
        return (yield from self._track(request_for("track_score", action, body=body)))

    def track_group(self, request_id: int | str, group_id: int) -> Flow[bool]:
        """Add a logged request to a group (see `group.create`)."""
        body = {
            "request_id": check.record_id(request_id, "request_id"),
            "group_id": check.record_id(group_id, "group_id"),
        }
        action = f"adding a request to a group for request {body['request_id']}"
        return (yield from self._track(request_for("track_group", action, body=body)))

    def create_group(self) -> Flow[int]:
        """A new request group; answers its id."""
        request = request_for("create_group", "creating a group")
        result = yield from call(request, self.policy)
        group_id = result.get("id") if isinstance(result, dict) else None
        if not isinstance(group_id, int):
            raise PromptLayerAPIError("Error creating a group: the answer has no group id", body=result)
        return group_id

    def _track(self, request: ApiRequest) -> Flow[bool]:
        yield from call(request, self.policy)
        return True


# -- the faces ---------------------------------------------------------------------------------


class _TrackOperations:
    metadata = operation(TrackingCore.track_metadata)
    prompt = operation(TrackingCore.track_prompt)
    score = operation(TrackingCore.track_score)
    group = operation(TrackingCore.track_group)


class Track(_TrackOperations, SyncFace):
    """`client.track`: attach metadata, a template, a score or a group to a logged request.

    Each returns True on success (None with `throw_on_error=False` when the API fails).
    """


class AsyncTrack(_TrackOperations, AsyncFace):
    """`client.track` of an async client: the same methods, awaited."""


class Group(SyncFace):
    """`client.group.create()`: a new request group's id."""

    create = operation(TrackingCore.create_group)


class AsyncGroup(AsyncFace):
    """`client.group.create()` of an async client, awaited."""

    create = operation(TrackingCore.create_group)


# -- checks of this module's own -------------------------------------------------------------


def _score(value: Any) -> int:
    if check.is_int(value) and 0 <= value <= 100:
        return int(value)
    check.bad("score", "an integer from 0 to 100", value)


def _request_id(value: Any) -> int | str:
    """What `track.metadata` and `track.prompt` take: a positive id or any non-empty string."""
    if check.is_int(value) and value > 0:
        return int(value)
    if isinstance(value, str) and value:
        return value
    check.bad("request_id", "a request id", value)
