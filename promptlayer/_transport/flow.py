"""I/O-free request flows: generators that yield effects and receive their results.

Every facade method is written once as a flow. A driver (sync or async) performs the
effects: `Send` one HTTP exchange, `Sleep` between retries, `Shared` work that concurrent
callers for one key must do only once, `Background` work nobody waits for. Request
building, retry decisions and error mapping therefore exist in one place, for both clients.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Generator, Hashable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx

from ..errors import PromptLayerUnexpectedResponseError, error_for_response, error_for_transport
from .retry import RetryPolicy

logger = logging.getLogger("promptlayer")

T = TypeVar("T")
NO_BODY: Any = object()


@dataclass(frozen=True)
class ApiRequest:
    """One API call, described without doing it."""

    method: str
    path: str  # already percent-encoded, starting with "/"
    action: str  # what the call does, for messages: "getting prompt template 'welcome'"
    params: list[tuple[str, Any]] = field(default_factory=list)
    body: Any = NO_BODY  # JSON-encoded by the driver, unless a RawBody
    idempotent: bool = True
    success: tuple[int, ...] = (200,)
    max_retries: int | None = None  # None: the client's setting
    objects: tuple[int, ...] = ()  # success statuses whose body must be a JSON object


@dataclass(frozen=True)
class RawBody:
    """A body already encoded by the flow (multipart/form-data...), sent as is."""

    content: bytes
    content_type: str


@dataclass(frozen=True)
class Send:
    request: ApiRequest


@dataclass(frozen=True)
class Sleep:
    seconds: float


@dataclass(frozen=True)
class Shared:
    """Run `start()` once for all concurrent callers with the same key; all get its result."""

    key: Hashable
    start: Callable[[], Flow[Any]]


@dataclass(frozen=True)
class Background:
    """Run `start()` without waiting for it (its failures are logged, not raised)."""

    start: Callable[[], Flow[Any]]


@dataclass(frozen=True)
class Invoke:
    """Call `function()` (a provider SDK method, a stream's close); an async driver awaits
    what it returns when that is awaitable. This is how one flow drives both SDK faces."""

    function: Callable[[], Any]


@dataclass(frozen=True)
class Iterate:
    """An iterator over `iterable`: `iter()` on a sync driver, `aiter()` on an async one."""

    iterable: Any


@dataclass(frozen=True)
class Next:
    """The next item of an iterator from `Iterate`, or `END` when it is exhausted."""

    iterator: Any


@dataclass(frozen=True)
class Emit:
    """Not an effect: an item a stream flow hands to its consumer (see `drivers.*.iterate`)."""

    item: Any


class Closed(BaseException):
    """Thrown into a stream flow when its consumer stops early: the flow may still yield
    effects to clean up (close the provider stream, log what arrived), and its Emits are dropped."""


END: Any = object()

Effect = Send | Sleep | Shared | Background | Invoke | Iterate | Next
Flow = Generator[Effect, Any, T]
# A flow that also emits items: a driver's `iterate` turns it into an (async) iterator.
StreamFlow = Generator[Effect | Emit, Any, None]
Outcome = httpx.Response | httpx.RequestError


def closing(flow: StreamFlow) -> Flow[None]:
    """What is left of a stream flow whose consumer stopped early: `Closed` is thrown in, its
    cleanup effects pass through, its Emits are dropped (the drivers run this at close)."""
    value: Any = None
    error: BaseException | None = Closed()
    while True:
        try:
            step = flow.throw(error) if error is not None else flow.send(value)
        except (StopIteration, Closed):
            return
        value, error = None, None
        if not isinstance(step, Emit):
            try:
                value = yield step
            except Exception as exc:
                error = exc


def exchange(request: ApiRequest, policy: RetryPolicy) -> Flow[httpx.Response]:
    """Send `request`, retrying as the policy allows; the final response, whatever its status.

    Raises the SDK's connection or timeout error when no response could be had.
    """
    limit = policy.max_retries if request.max_retries is None else request.max_retries
    attempt = 0
    while True:
        outcome: Outcome = yield Send(request)
        if attempt >= limit or not policy.should_retry(attempt, request.idempotent, outcome):
            break
        wait = policy.delay(attempt, outcome)
        logger.warning(
            "PromptLayer: retrying %s %s in %.2f s (retry %d of %d) after %s",
            request.method,
            request.path,
            wait,
            attempt + 1,
            limit,
            _describe(outcome),
        )
        yield Sleep(wait)
        attempt += 1
    if isinstance(outcome, httpx.RequestError):
        raise error_for_transport(outcome, request.action) from outcome
    return outcome


def call(request: ApiRequest, policy: RetryPolicy) -> Flow[Any]:
    """`exchange`, then the decoded JSON of a success; the mapped SDK error otherwise."""
    response = yield from exchange(request, policy)
    return decode(response, request)


def decode(response: httpx.Response, request: ApiRequest) -> Any:
    """The JSON of a success (None for an empty body, where the spec promises no object).
    A body that is not JSON, or not the object the spec promises for this status, raises
    PromptLayerUnexpectedResponseError: callers index what they get as the spec says."""
    status = response.status_code
    if status not in request.success:
        raise error_for_response(response, request.action)
    expects_object = status in request.objects
    if not response.content:
        if not expects_object:
            return None
        raise PromptLayerUnexpectedResponseError(
            f"Error {request.action}: HTTP {status} with an empty body where the API answers an object",
            response=response,
            body="",
        )
    try:
        result = json.loads(response.content)
    except ValueError:
        raise PromptLayerUnexpectedResponseError(
            f"Error {request.action}: HTTP {status} with a body that is not JSON",
            response=response,
            body=response.text,
        ) from None
    if expects_object and not isinstance(result, dict):
        raise PromptLayerUnexpectedResponseError(
            f"Error {request.action}: HTTP {status} with a JSON {_json_kind(result)} "
            "where the API answers an object",
            response=response,
            body=result,
        )
    return result


def _json_kind(value: Any) -> str:
    kinds = {list: "array", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else kinds.get(type(value), type(value).__name__)


def _describe(outcome: Outcome) -> str:
    if isinstance(outcome, httpx.Response):
        return f"HTTP {outcome.status_code}"
    return type(outcome).__name__
