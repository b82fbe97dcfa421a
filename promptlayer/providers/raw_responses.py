"""Logging the raw-response views of the intercepted methods, which answer the HTTP response
rather than its parsed data: each is logged from what is read of its body.

- `with_raw_response.<method>(...)` answers the SDK's raw response. Unless streamed, its body
  is read already: it is logged at once with the SDK's `.parse()` (cached by the SDK, so the
  caller's `.parse()` answers the same object). A streamed one is left unread for the caller
  and logged when its HTTP response closes (read to the end, or closed early), from the
  events read; one dropped unfinished and unclosed is not logged (the SDK leaves its
  connection open too).
- `with_streaming_response.<method>(...)` answers the SDK's context manager: the request is
  sent on entry, the call logged on exit from what the caller read (`.parse()`, `.read()`,
  `.iter_lines()`...): a body read to its end is parsed (by the SDK when it kept it, else as
  JSON), events are aggregated; a body left unread, or read in part, is logged with what is
  known without reading it for the caller, status WARNING.

Reading is observed by wrapping the HTTP response's byte stream, as the SDKs' own
instrumentation does, so every way of reading is seen and none is changed. The streamed
views log only once the body has been read, after the call returned, so they refuse
`return_pl_id` before sending anything.
"""

from __future__ import annotations

import functools
import importlib
import json
import logging
import re
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from .._transport.drivers import ASYNC_LOCAL, LOCAL
from .._transport.flow import Invoke
from .log_body import Ending, Failure

if TYPE_CHECKING:
    from .._transport.flow import Flow
    from .formats import Aggregator

logger = logging.getLogger("promptlayer")

UNREAD_BODY = "The response body was not read: the answer is not logged."
PARTLY_READ_BODY = "The response body was not read to its end: the answer is not logged."
UNFOLLOWED_BODY = "The response body could not be followed: the answer is not logged."
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


class _Call(Protocol):
    """What a tapped body needs of the proxy's call (proxy.py `_Call`), named here so the two
    modules need not import each other."""

    context: Any
    done: bool
    function_name: str
    span: Any
    tracing: Any

    def restart(self) -> None: ...

    def stream(self, chunks: Iterable[object] = ()) -> Aggregator | None: ...

    def ended(self, ending: Ending) -> Flow[int | None]: ...


# -- server-sent events ----------------------------------------------------------------------------


def sse_events(text: str) -> Iterator[tuple[str | None, str]]:
    """The (event, data) pairs of a server-sent event stream; an unfinished last event is left out."""
    event: str | None = None
    data: list[str] = []
    # The last piece is the line still being received (or "" after a final line break).
    for line in _LINE_BREAK.split(text)[:-1]:
        if not line:
            if data:
                yield event, "\n".join(data)
            event, data = None, []
            continue
        if line.startswith(":"):
            continue
        name, _, value = line.partition(":")
        value = value.removeprefix(" ")
        if name == "event":
            event = value
        elif name == "data":
            data.append(value)


@dataclass
class EventsRead:
    """What a streamed body said: its JSON chunks, whether it reached its end marker, its error."""

    chunks: list[dict[str, Any]] = field(default_factory=list)
    done: bool = False
    failure: Failure | None = None


def read_events(text: str) -> EventsRead:
    """The chunks of a streamed body, as the SDKs' streams read them (each event's JSON data).

    `[DONE]` (OpenAI's end marker) ends the stream; `ping` events carry nothing; an error
    event (or an OpenAI chunk carrying `error`) ends it as a failure, the chunk kept.
    """
    read = EventsRead()
    for event, data in sse_events(text):
        if data.startswith("[DONE]"):
            read.done = True
            break
        if event == "ping":
            continue
        try:
            chunk = json.loads(data)
        except ValueError:
            continue
        if not isinstance(chunk, dict):
            continue
        read.chunks.append(chunk)
        error = chunk.get("error")
        if event == "error" or chunk.get("type") == "error" or isinstance(error, Mapping):
            details = error if isinstance(error, Mapping) else chunk
            message = details.get("message")
            if not isinstance(message, str) or not message:
                message = "The stream reported an error."
            read.failure = Failure("PROVIDER_ERROR", message)
            break
    return read


# -- watching what is read of a response body ------------------------------------------------------


def _is_event_stream(http_response: Any) -> bool:
    """Whether an HTTP response (or None) carries server-sent events."""
    headers = getattr(http_response, "headers", None)
    content_type = str(headers.get("content-type", "")) if headers is not None else ""
    return content_type.startswith("text/event-stream")


def tap_body(response: Any, call: _Call, *, log_on_close: bool = True) -> BodyTap | None:
    """A BodyTap on the SDK response's HTTP response (logging `call` when it closes, for a raw
    response); None, and a warning, should the response have no body to follow."""
    try:
        return BodyTap(response.http_response, call, log_on_close=log_on_close)
    except Exception as error:
        logger.warning("PromptLayer: cannot follow the body of %s: %s", call.function_name, error)
        return None


class BodyTap:
    """Keeps the bytes of an HTTP response's body as they are read, whoever reads them.

    With `log_on_close`, `call` is logged once the response closes (a streamed raw response);
    otherwise the caller logs it (`with_streaming_response`'s block exit).
    """

    def __init__(self, http_response: Any, call: _Call, *, log_on_close: bool = True) -> None:
        self.http_response = http_response
        self.call = call
        self.log_on_close = log_on_close
        self.received = bytearray()
        self.started = False
        self.finished = False  # the body was read to its end
        self.failed: BaseException | None = None  # reading the body failed
        self.decoded = False  # `received` is already decoded
        try:
            content = http_response.content  # read already (e.g. by a mock transport)
        except Exception:  # the HTTP library's ResponseNotRead: it will be read through the stream
            content = None
        if isinstance(content, bytes):
            self.received += content
            self.started = self.finished = self.decoded = True
        body = http_response.stream
        http_response.stream = _tap_class(type(http_response), type(body))(body, self)

    @property
    def streamed(self) -> bool:
        return _is_event_stream(self.http_response)

    def body(self) -> bytes:
        """What was read, decoded as the response's content encoding says."""
        received = bytes(self.received)
        encoding = str(self.http_response.headers.get("content-encoding", "identity")).strip().lower()
        if not received or self.decoded or encoding in ("", "identity"):
            return received
        try:
            response = type(self.http_response)(
                self.http_response.status_code, headers=self.http_response.headers, content=received
            )
            decoded: bytes = response.content
            return decoded
        except Exception:  # a body cut off mid-way may not decode
            logger.debug("PromptLayer: could not decode a response body", exc_info=True)
            return b""

    def text(self) -> str:
        return self.body().decode(self.http_response.encoding or "utf-8", errors="replace")

    def ending(self, *, error: BaseException | None = None, answer: Any = None) -> Ending:
        """How the call ended, from what was read (`answer`: the parsed body, when it was read)."""
        error = error or self.failed
        if self.streamed:
            read = read_events(self.text())
            stream = self.call.stream(read.chunks)
            if error is not None or read.failure is not None:  # an error is logged over a failure
                return Ending(stream=stream, error=error, failure=read.failure)
            # Partial when the stream was left before its end (the default reason says so).
            return Ending(stream=stream, partial=not (self.finished or read.done))
        if error is not None:
            return Ending(error=error)
        if not self.finished:
            return Ending(partial=True, reason=PARTLY_READ_BODY if self.started else UNREAD_BODY)
        return Ending(response=answer if answer is not None else json_body(self.body()))

    def closed(self) -> Flow[None]:
        """The response closed: the call is logged, when this tap logs it and has not yet."""
        if self.log_on_close and not self.call.done:
            yield from self.call.ended(self.ending())


def json_body(body: bytes) -> dict[str, Any]:
    try:
        value = json.loads(body)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


class _Tapped:
    """What the tapped byte streams share: the body they wrap and the tap they feed."""

    def __init__(self, body: Any, tap: BodyTap) -> None:
        self._pl_body = body
        self._pl_tap = tap

    def __getattr__(self, name: str) -> Any:  # e.g. `elapsed`, an SDK's stream observer
        if name.startswith("_pl_"):
            raise AttributeError(name)
        return getattr(self._pl_body, name)


_TAP_CLASSES: dict[tuple[type, type], type] = {}


def _tap_class(response_class: type, body_class: type) -> type:
    """A byte stream of the response's HTTP library (httpx or its fork) that feeds a BodyTap.

    It is a sync stream, an async one or both, like the body it wraps, so the HTTP library's
    own checks (sync reads of a sync body...) still hold.
    """
    if (response_class, body_class) in _TAP_CLASSES:
        return _TAP_CLASSES[response_class, body_class]
    library = importlib.import_module(response_class.__module__.partition(".")[0])
    sync_base: type = library.SyncByteStream
    async_base: type = library.AsyncByteStream

    class SyncTapped(_Tapped, sync_base):  # type: ignore[misc]
        def __iter__(self) -> Iterator[bytes]:
            tap = self._pl_tap
            tap.started = True
            try:
                for chunk in self._pl_body:
                    tap.received += chunk
                    yield chunk
            except Exception as error:
                tap.failed = error
                raise
            tap.finished = True

        def close(self) -> None:
            try:
                self._pl_body.close()
            finally:
                LOCAL.run(self._pl_tap.closed())

    class AsyncTapped(_Tapped, async_base):  # type: ignore[misc]
        async def __aiter__(self) -> AsyncIterator[bytes]:
            tap = self._pl_tap
            tap.started = True
            chunks = self._pl_body.__aiter__()
            try:
                async for chunk in chunks:
                    tap.received += chunk
                    yield chunk
            except Exception as error:
                tap.failed = error
                raise
            finally:
                # A body read in part is closed here, in the reading task, not later by the loop.
                if hasattr(chunks, "aclose"):
                    await chunks.aclose()
            tap.finished = True

        async def aclose(self) -> None:
            try:
                await self._pl_body.aclose()
            finally:
                await ASYNC_LOCAL.run(self._pl_tap.closed())

    class BothTapped(SyncTapped, AsyncTapped):
        pass

    is_sync, is_async = issubclass(body_class, sync_base), issubclass(body_class, async_base)
    tapped = BothTapped if is_sync and is_async else AsyncTapped if is_async else SyncTapped
    _TAP_CLASSES[response_class, body_class] = tapped
    return tapped


# -- logging the two views ---------------------------------------------------------------------------


def logged_raw(raw: Any, call: _Call) -> Flow[int | None]:
    """Log `with_raw_response`'s answer: at once from its parse, or, streamed, when its HTTP
    response closes. The request id when it was logged now and waited for."""
    if not _is_event_stream(getattr(raw, "http_response", None)):
        parsed = yield from parsed_body(raw)
        return (yield from call.ended(Ending(response=parsed if parsed is not None else _read_json(raw))))
    tap = tap_body(raw, call)  # logs the call when the response closes
    if tap is None:
        yield from call.ended(Ending(partial=True, reason=UNFOLLOWED_BODY))
    elif tap.finished:  # read already (a mock transport): nothing will close it
        yield from tap.closed()
    return None


class StreamedResponse:
    """How `with_streaming_response`'s context manager is logged, for `with` and `async with`.

    Entering sends the request (a provider error is logged and raised as it is) and answers
    the SDK's response object; exiting closes it, as the SDK does, then logs the call from
    what was read of the body.
    """

    def __init__(self, call: _Call) -> None:
        self.call = call
        self.response: Any = None
        self.entered = False
        self.tap: BodyTap | None = None

    def enter(self, enter: Callable[[], Any]) -> Flow[Any]:
        call = self.call
        call.restart()
        try:
            with call.tracing.use(call.span):
                response = yield Invoke(enter)
        except Exception as error:
            yield from call.ended(Ending(error=error))
            raise
        self.response = response
        self.entered = True
        self.tap = tap_body(response, call, log_on_close=False)
        return response

    def exit(self, leave: Callable[..., Any], exc_info: tuple[Any, ...]) -> Flow[Any]:
        try:
            return (yield Invoke(functools.partial(leave, *exc_info)))
        finally:
            tap, raised = self.tap, exc_info[1]
            # The exception that ended the block is logged when it is the provider's, not the caller's.
            error = raised if isinstance(raised, self.call.context.runtime.error) else None
            if tap is None and self.entered:
                yield from self.call.ended(Ending(error=error, partial=True, reason=UNFOLLOWED_BODY))
            elif tap is not None and not self.call.done:
                answer = None
                if tap.finished and not tap.streamed:
                    answer = yield from parsed_body(self.response)
                yield from self.call.ended(tap.ending(error=error, answer=answer))


def parsed_body(response: Any) -> Flow[Any]:
    """The SDK's parse of a body already read (None when it cannot: e.g. read as raw bytes);
    the async SDKs' parse is awaited by the async runner."""
    try:
        return (yield Invoke(response.parse))
    except Exception:
        logger.debug("PromptLayer: the SDK could not parse the response; logged as JSON", exc_info=True)
        return None


def _read_json(raw: Any) -> dict[str, Any]:
    try:
        return json_body(raw.http_response.content)
    except Exception:  # no HTTP response, or its body was not read
        return {}
