"""The SDK's exceptions: one tree rooted at PromptLayerError, named as in the official SDK.

API errors carry `status_code`, `body` (parsed JSON when the server sent JSON, else text),
`response` (the httpx response) and `message` (the server's own message when it gave one).
A message built from an answer masks the credentials its request carried (the API key, any
credential header): a server that echoes them must not put them in exceptions and logs.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ._redact import is_sensitive_name, mask_secrets, secrets_among

if TYPE_CHECKING:
    import httpx

__all__ = [
    "EvaluationFailedError",
    "PromptLayerAPIConnectionError",
    "PromptLayerAPIError",
    "PromptLayerAPIStatusError",
    "PromptLayerAPITimeoutError",
    "PromptLayerAuthenticationError",
    "PromptLayerBadRequestError",
    "PromptLayerClientClosedError",
    "PromptLayerConflictError",
    "PromptLayerError",
    "PromptLayerInternalServerError",
    "PromptLayerMissingExtraError",
    "PromptLayerNotFoundError",
    "PromptLayerPermissionDeniedError",
    "PromptLayerRateLimitError",
    "PromptLayerUnexpectedResponseError",
    "PromptLayerUnprocessableEntityError",
    "PromptLayerValidationError",
]


class PromptLayerError(Exception):
    """Root of every error this SDK raises."""

    def __init__(
        self,
        message: str,
        response: httpx.Response | None = None,
        body: Any = None,
        *,
        status_code: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.response = response
        self.body = body
        if status_code is None and response is not None:
            status_code = response.status_code
        self.status_code = status_code

    def __str__(self) -> str:
        return self.message


class PromptLayerAPIError(PromptLayerError):
    """The API answered with an error status."""


class PromptLayerBadRequestError(PromptLayerAPIError):
    """400: the request was malformed."""


class PromptLayerAuthenticationError(PromptLayerAPIError, ValueError):
    """401, or no API key configured. Also a ValueError, as the official SDK raised one."""


class PromptLayerPermissionDeniedError(PromptLayerAPIError):
    """403: the key may not do this."""


class PromptLayerNotFoundError(PromptLayerAPIError):
    """404: no such template, request, workflow..."""


class PromptLayerConflictError(PromptLayerAPIError):
    """409: the request conflicts with the resource's current state."""


class PromptLayerUnprocessableEntityError(PromptLayerAPIError):
    """422: well-formed but semantically invalid."""


class PromptLayerRateLimitError(PromptLayerAPIError):
    """429: rate limit exceeded."""


class PromptLayerInternalServerError(PromptLayerAPIError):
    """5xx: the service failed."""


class PromptLayerAPIStatusError(PromptLayerAPIError):
    """Any other non-success status."""


class PromptLayerUnexpectedResponseError(PromptLayerAPIError):
    """A success status whose body is not what the API promises: not JSON, or not the JSON
    object the operation answers. `body` and `status_code` keep what came."""


class PromptLayerAPIConnectionError(PromptLayerError):
    """The service could not be reached (DNS, refused or dropped connection)."""


class PromptLayerAPITimeoutError(PromptLayerError):
    """The request, or a wait such as a workflow run, took longer than allowed."""


class PromptLayerValidationError(PromptLayerError, ValueError):
    """Invalid arguments, caught before any request is sent."""


class EvaluationFailedError(PromptLayerError):
    """An evaluation scored below its passing score, or a scorer failed on some rows.

    Defined for code that catches it; this SDK does not run evaluations yet, so it does not
    raise it itself."""

    def __init__(
        self,
        message: str,
        *,
        score: Any = None,
        passing_score: Any = None,
        result: Any = None,
        failing_row_indices: Iterable[int] | None = None,
    ) -> None:
        super().__init__(message)
        self.score = score
        self.passing_score = passing_score
        self.result = result
        self.failing_row_indices = list(failing_row_indices or [])


class PromptLayerClientClosedError(PromptLayerError):
    """The client was closed (`close()`, `aclose()`, or its own `http_client` closed): make a
    new one. Raised even with throw_on_error=False, as it is a bug in the caller, not an outage."""


class PromptLayerMissingExtraError(PromptLayerError, ImportError):
    """A part of the SDK needs an optional dependency that is not installed; the message names
    the extra to install. Also an ImportError, so `except ImportError` still catches it."""


CLIENT_CLOSED = "This PromptLayer client is closed (close() or aclose() was called): make a new one"

_STATUS_ERRORS: dict[int, type[PromptLayerAPIError]] = {
    400: PromptLayerBadRequestError,
    401: PromptLayerAuthenticationError,
    403: PromptLayerPermissionDeniedError,
    404: PromptLayerNotFoundError,
    409: PromptLayerConflictError,
    422: PromptLayerUnprocessableEntityError,
    429: PromptLayerRateLimitError,
}


def error_for_response(response: httpx.Response, action: str) -> PromptLayerAPIError:
    """The one place an error status becomes an exception; `action` says what was being done."""
    status = response.status_code
    body: Any
    try:
        body = response.json()
    except ValueError:
        body = response.text
    detail = _server_message(mask_secrets(body, _sent_secrets(response)))  # masked, then cut
    message = f"Error {action}: HTTP {status}" + (f": {detail}" if detail else "")
    error_class = _STATUS_ERRORS.get(status) or (
        PromptLayerInternalServerError if status >= 500 else PromptLayerAPIStatusError
    )
    return error_class(message, response=response, body=body)


def error_for_transport(error: Exception, action: str) -> PromptLayerError:
    """A failure without a usable response: timeout, connection error, or an unusable body."""
    import httpx

    if isinstance(error, httpx.TimeoutException):
        return PromptLayerAPITimeoutError(f"Error {action}: timed out ({type(error).__name__})")
    if not isinstance(error, httpx.TransportError):  # e.g. a body that does not decode
        return PromptLayerAPIError(f"Error {action}: unusable response ({type(error).__name__}: {error})")
    from ._transport.retry import is_certificate_failure

    hint = (
        "; to trust another CA, set REQUESTS_CA_BUNDLE or SSL_CERT_FILE to its PEM file"
        if is_certificate_failure(error)
        else ""
    )
    return PromptLayerAPIConnectionError(
        f"Error {action}: could not reach {_host_of(error)} ({type(error).__name__}: {error}){hint}"
    )


def _host_of(error: httpx.TransportError) -> str:
    """`host:port` of the request that failed, for a message that says where it went."""
    try:
        url = error.request.url
    except RuntimeError:  # an error made without its request
        return "PromptLayer"
    port = url.port or (443 if url.scheme == "https" else 80)
    return f"{url.host}:{port}"


def masked(text: str, response: httpx.Response) -> str:
    """`text` (from the answer's body) without the credentials the request carried."""
    return str(mask_secrets(text, _sent_secrets(response)))


def _sent_secrets(response: httpx.Response) -> list[str]:
    """The API key and any other credential header of the request `response` answers."""
    try:
        headers = response.request.headers
    except RuntimeError:  # a response made without its request: nothing was sent
        return []
    return secrets_among(value for name, value in headers.items() if is_sensitive_name(name))


def _server_message(body: Any) -> str | None:
    if isinstance(body, dict):
        for key in ("message", "error", "detail"):
            value = body.get(key)
            if isinstance(value, str) and value:
                return value
            if isinstance(value, list) and value:
                first = value[0]
                return str(first.get("msg", first)) if isinstance(first, dict) else str(first)
        return None
    if isinstance(body, str) and body.strip():
        text = body.strip()
        return text if len(text) <= 200 else text[:200] + "..."
    return None
