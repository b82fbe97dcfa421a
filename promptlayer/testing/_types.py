"""Request, Response and the error a handler raises: the local server's vocabulary."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

# The server's State (testing/_state.py), which holds one store per handler module. Typed
# loosely here so that the stores and the State that builds them need not import each other.
State = Any


class ApiError(Exception):
    """Raised by a handler to answer with an error status in the API's error shape."""

    def __init__(self, status: int, message: str, **extra: Any) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.extra = extra

    def to_response(self) -> Response:
        return Response.error(self.status, self.message, **self.extra)


@dataclass
class Request:
    """One HTTP request as the server received it."""

    method: str
    path: str  # percent-decoded, without the query string
    query: list[tuple[str, str]]  # in order; repeated names kept
    headers: Mapping[str, str]  # lower-case names
    body: bytes = b""
    raw_path: str = ""  # as sent, still percent-encoded (path parameters are split from it)
    path_params: dict[str, str] = field(default_factory=dict)
    operation_id: str | None = None
    _json: Any = field(default=None, repr=False)
    _json_loaded: bool = field(default=False, repr=False)

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";", 1)[0].strip().lower()

    def json(self) -> Any:
        """The body parsed as JSON (None when empty); 400 when it is not JSON."""
        if not self._json_loaded:
            if not self.body:
                self._json = None
            else:
                try:
                    self._json = json.loads(self.body)
                except ValueError as exc:
                    raise ApiError(400, f"Request body is not valid JSON: {exc}") from None
            self._json_loaded = True
        return self._json

    def json_object(self) -> dict[str, Any]:
        """The body as a JSON object; an empty body is an empty object."""
        data = self.json()
        if data is None:
            return {}
        if not isinstance(data, dict):
            raise ApiError(400, "Request body must be a JSON object")
        return data

    def query_values(self, name: str) -> list[str]:
        return [value for key, value in self.query if key == name]

    def query_value(self, name: str, default: str | None = None) -> str | None:
        values = self.query_values(name)
        return values[0] if values else default

    def query_int(self, name: str, default: int | None = None) -> int | None:
        value = self.query_value(name)
        if value is None or value == "":
            return default
        try:
            return int(value)
        except ValueError:
            raise ApiError(422, f"Query parameter {name!r} must be an integer, got {value!r}") from None

    def query_time(self, name: str) -> float | None:
        """An ISO 8601 date-time parameter as epoch seconds (a time without offset is UTC)."""
        value = self.query_value(name)
        if value is None or value == "":
            return None
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            raise ApiError(422, f"Query parameter {name!r} must be an ISO 8601 time, got {value!r}") from None
        return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()

    def external_id_query(self, status: int = 400) -> tuple[str | None, str | None]:
        """The `external_source` / `external_id` filter of a listing; `status` when only one of
        the two is given (the spec's status for it differs per endpoint)."""
        source, external_id = self.query_value("external_source"), self.query_value("external_id")
        if (source is None) != (external_id is None):
            raise ApiError(status, "external_source and external_id must be given together")
        return source, external_id

    def query_bool(self, name: str, default: bool = False) -> bool:
        value = self.query_value(name)
        if value is None:
            return default
        return value.lower() in ("1", "true", "yes", "on")


@dataclass
class Response:
    """What a handler answers. `body` is bytes; helpers build the common shapes."""

    status: int
    body: bytes = b""
    content_type: str | None = "application/json"
    headers: list[tuple[str, str]] = field(default_factory=list)

    @classmethod
    def json(cls, payload: Any, status: int = 200, headers: Iterable[tuple[str, str]] = ()) -> Response:
        body = json.dumps(payload, separators=(",", ":"), default=_json_default).encode()
        return cls(status, body, "application/json", list(headers))

    @classmethod
    def error(cls, status: int, message: str, **extra: Any) -> Response:
        return cls.json({"success": False, "message": message, **extra}, status)

    @classmethod
    def binary(cls, data: bytes, content_type: str, status: int = 200) -> Response:
        return cls(status, data, content_type)

    @classmethod
    def empty(cls, status: int = 204) -> Response:
        return cls(status, b"", None)

    def parsed(self) -> Any:
        """The body decoded as JSON (for validation and tests)."""
        return json.loads(self.body) if self.body else None


def _json_default(value: Any) -> Any:
    isoformat = getattr(value, "isoformat", None)
    if callable(isoformat):
        return isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


class Context:
    """What a handler may use besides the request: the state, the clock, background work."""

    def __init__(
        self,
        state: State,
        *,
        clock: Callable[[], float],
        schedule: Callable[[float, Callable[[], None]], None],
    ) -> None:
        self.state = state
        self.clock = clock
        self.schedule = schedule


Handler = Callable[[Context, Request], Response]


def iso_time(epoch: float) -> str:
    """Epoch seconds as the ISO 8601 UTC text every response uses."""
    return datetime.fromtimestamp(epoch, UTC).isoformat().replace("+00:00", "Z")
