"""`ApiRequest`s for named operations: the wire format comes from openapi.yaml, not from the resources.

A resource names the operation (its operationId) and gives the values; the method, the path
template, the success statuses, whether a resend is safe and which answers are JSON objects are
read from the route table that scripts/regenerate.py writes from the spec, so none of them is
typed twice.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..errors import PromptLayerValidationError
from .flow import NO_BODY, ApiRequest
from .route_table import OBJECT_ANSWERS, ROUTES


def request_for(
    operation_id: str,
    action: str,
    *,
    path_params: Mapping[str, str | int] | None = None,
    params: list[tuple[str, Any]] | None = None,
    body: Any = NO_BODY,
    max_retries: int | None = None,
) -> ApiRequest:
    """The request for `operation_id`, its path parameters percent-encoded (a "/" too).

    `action` says what the call does, for messages; `max_retries` overrides the client's
    setting. An operationId the spec lacks, or path parameters that do not fill the path
    template exactly, are bugs in the SDK: they raise at once (LookupError). A parameter that
    would change the endpoint is the caller's: PromptLayerValidationError (see `_segment`).
    """
    route = ROUTES.get(operation_id)
    if route is None:
        raise LookupError(f"No operation {operation_id!r} in openapi.yaml (see the route table)")
    method, template, success, resend_safe = route
    encoded = {name: _segment(operation_id, name, value) for name, value in (path_params or {}).items()}
    try:
        path: str | None = template.format_map(encoded)
    except KeyError:  # a parameter the template names is missing
        path = None
    if path is None or template.count("{") != len(encoded):
        raise LookupError(f"{operation_id}: path parameters {sorted(encoded)} do not fill {template!r}")
    return ApiRequest(
        method,
        path,
        action,
        [] if params is None else params,
        body,
        idempotent=resend_safe,
        success=success,
        max_retries=max_retries,
        objects=OBJECT_ANSWERS.get(operation_id, ()),
    )


# Segments that percent-encoding leaves as they are and that URL resolution then removes
# ("/prompt-templates/.." is "/"), or that leave the parameter out: each names another endpoint.
_ENDPOINT_CHANGING = frozenset({"", ".", ".."})


def _segment(operation_id: str, name: str, value: str | int) -> str:
    segment = quote(str(value), safe="")
    if segment in _ENDPOINT_CHANGING:
        raise PromptLayerValidationError(
            f"{name} (for {operation_id}) cannot be {str(value)!r}: as a path segment it would "
            "address another endpoint"
        )
    return segment
