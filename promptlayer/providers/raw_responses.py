"""Logging the raw-response variants of the intercepted methods, whose answer is the HTTP
response rather than its parsed data.

- `with_raw_response.<method>(...)` answers the SDK's own raw response object. Unless it is
  streamed, its body has already been read, so it is logged at once with what the SDK's own
  `.parse()` gives (parsing is cached by the SDK: the caller's `.parse()` answers the same
  object). A streamed one (`stream=True`) is left unread for the caller; it is logged when
  its HTTP response closes -- read to the end (through `.parse()`'s stream or the raw bytes),
  or closed early -- from the server-sent events that were read, aggregated like a plain
  stream. A streamed raw response dropped without being read to the end or closed is not
  logged (the SDK would leave its connection open too).
- `with_streaming_response.<method>(...)` answers the SDK's context manager: the request is
  sent when the block is entered and the call is logged when the block exits, from what the
  caller read of the body (`.parse()`, `.read()`, `.json()`, `.iter_lines()`...): a body read
  to its end is parsed (by the SDK when it kept it, else as JSON), streamed events are
  aggregated; a body left unread, or read in part, is logged with what can be known without
  reading it for the caller (its events so far, or no answer), status WARNING.

Reading is observed by wrapping the HTTP response's byte stream (`response.stream`), the way
the SDKs' own instrumentation does, so every way of reading the body is seen and none is
changed. `return_pl_id=True` answers `(raw_response, request_id)` for a raw response that is
not streamed; for the streamed variants the log is only written once the body has been read,
after the call returned, so `return_pl_id` is refused there before any request is sent.
"""

from __future__ import annotations

import functools
import importlib
import inspect
import json
import logging
import re
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from .._transport.drivers import ASYNC_LOCAL, LOCAL
from .._transport.flow import Invoke
from .log_body import PARTIAL_STREAM, Failure

if TYPE_CHECKING:
    from .._transport.flow import Flow
    from .formats import Aggregator

logger = logging.getLogger("promptlayer")

UNREAD_BODY = "The response body was not read: the answer is not logged."
PARTLY_READ_BODY = "The response body was not read to its end: the answer is not logged."
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass
class Ending:
    """How a call ended: what `_Call.finish_sync` / `finish_async` log."""

    response: Any = None
    stream: Aggregator | None = None  # a stream's chunks, added up
    error: BaseException | None = None
    failure: Failure | None = None
    partial: bool = False
    reason: str | None = None


class _Call(Protocol):
    """What a tapped body needs of the proxy's call (proxy.py `_Call`), named here so the two
    modules need not import each other."""

    context: Any
    function_name: str
    span: Any
    tracing: Any

    def restart(self) -> None: ...

    def stream(self, chunks: Iterable[object] = ()) -> Aggregator | None: ...

    def finish_sync(
        self,
        response: Any = None,
        *,
        stream: Aggregator | None = None,
        error: BaseException | None = None,
        partial: bool = False,
        failure: Failure | None = None,
        reason: str | None = None,
    ) -> int | None: ...

    async def finish_async(
        self,
        response: Any = None,
        *,
        stream: Aggregator | None = None,
        error: BaseException | None = None,
        partial: bool = False,
        failure: Failure | None = None,
        reason: str | None = None,
    ) -> int | None: ...


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


UNFOLLOWED_BODY = "The response body could not be followed: the answer is not logged."


def is_event_stream(response: Any) -> bool:
    """Whether the SDK's raw response (or None) carries server-sent events."""
    headers = getattr(getattr(response, "http_response", None), "headers", None)
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
        self.logged = False
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
        return str(self.http_response.headers.get("content-type", "")).startswith("text/event-stream")

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
            if error is not None:
                return Ending(stream=stream, error=error)
            if read.failure is not None:
                return Ending(stream=stream, failure=read.failure)
            if self.finished or read.done:
                return Ending(stream=stream)
            return Ending(stream=stream, partial=True, reason=PARTIAL_STREAM)
        if error is not None:
            return Ending(error=error)
        if not self.finished:
            return Ending(partial=True, reason=PARTLY_READ_BODY if self.started else UNREAD_BODY)
        return Ending(response=answer if answer is not None else json_body(self.body()))

    def closed_sync(self) -> None:
        if self.log_on_close and not self.logged:
            self.logged = True
            end_sync(self.call, self.ending())

    async def closed_async(self) -> None:
        if self.log_on_close and not self.logged:
            self.logged = True
            await end_async(self.call, self.ending())


def json_body(body: bytes) -> dict[str, Any]:
    try:
        value = json.loads(body)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def end_sync(call: _Call, ending: Ending) -> int | None:
    return call.finish_sync(
        ending.response,
        stream=ending.stream,
        error=ending.error,
        failure=ending.failure,
        partial=ending.partial,
        reason=ending.reason,
    )


async def end_async(call: _Call, ending: Ending) -> int | None:
    return await call.finish_async(
        ending.response,
        stream=ending.stream,
        error=ending.error,
        failure=ending.failure,
        partial=ending.partial,
        reason=ending.reason,
    )


_TAP_CLASSES: dict[tuple[type, type], type] = {}


def _tap_class(response_class: type, body_class: type) -> type:
    key = (response_class, body_class)
    if key not in _TAP_CLASSES:
        _TAP_CLASSES[key] = _make_tap_class(response_class, body_class)
    return _TAP_CLASSES[key]


def _make_tap_class(response_class: type, body_class: type) -> type:
    """A byte stream of the response's HTTP library (httpx or its fork) that feeds a BodyTap.

    It is a sync stream, an async one or both, like the body it wraps, so the HTTP library's
    own checks (sync reads of a sync body...) still hold.
    """
    library = importlib.import_module(response_class.__module__.partition(".")[0])
    sync_base: type = library.SyncByteStream
    async_base: type = library.AsyncByteStream

    class SyncTapped(sync_base):  # type: ignore[misc]
        def __init__(self, body: Any, tap: BodyTap) -> None:
            self._pl_body = body
            self._pl_tap = tap

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
                self._pl_tap.closed_sync()

        def __getattr__(self, name: str) -> Any:  # e.g. `elapsed`, an SDK's stream observer
            if name.startswith("_pl_"):
                raise AttributeError(name)
            return getattr(self._pl_body, name)

    class AsyncTapped(async_base):  # type: ignore[misc]
        def __init__(self, body: Any, tap: BodyTap) -> None:
            self._pl_body = body
            self._pl_tap = tap

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
                await self._pl_tap.closed_async()

        def __getattr__(self, name: str) -> Any:
            if name.startswith("_pl_"):
                raise AttributeError(name)
            return getattr(self._pl_body, name)

    class BothTapped(SyncTapped, AsyncTapped):
        pass

    is_sync, is_async = issubclass(body_class, sync_base), issubclass(body_class, async_base)
    if is_sync and is_async:
        return BothTapped
    return AsyncTapped if is_async else SyncTapped


# -- with_streaming_response -----------------------------------------------------------------------


def _provider_error(call: _Call, error: BaseException | None) -> BaseException | None:
    """The exception that ended the block, when it is the provider's (not the caller's own)."""
    return error if isinstance(error, call.context.runtime.error) else None


class _StreamedResponse:
    """`with_streaming_response`'s context manager: the SDK's, logged when its block exits.

    Entering sends the request (a provider error is logged and raised as it is) and answers
    the SDK's response object; exiting closes it, as the SDK does, then logs the call from
    what was read of the body. Entering and exiting are written once, as flows; the two
    subclasses run them for `with` and for `async with`.
    """

    def __init__(self, manager: Any, call: _Call) -> None:
        self._pl_manager = manager
        self._pl_call = call
        self._pl_response: Any = None
        self._pl_entered = False
        self._pl_tap: BodyTap | None = None

    __class__ = property(lambda self: type(self._pl_manager))

    def _pl_enter(self, enter: Callable[[], Any]) -> Flow[Any]:
        call = self._pl_call
        call.restart()
        try:
            with call.tracing.use(call.span):
                response = yield Invoke(enter)
        except Exception as error:
            yield Invoke(functools.partial(self._pl_end, Ending(error=error)))
            raise
        self._pl_response = response
        self._pl_entered = True
        self._pl_tap = tap_body(response, call, log_on_close=False)
        return response

    def _pl_exit(self, leave: Callable[..., Any], exc_info: tuple[Any, ...]) -> Flow[Any]:
        try:
            return (yield Invoke(functools.partial(leave, *exc_info)))
        finally:
            tap, error = self._pl_tap, _provider_error(self._pl_call, exc_info[1])
            if tap is None and self._pl_entered:
                ending = Ending(error=error, partial=True, reason=UNFOLLOWED_BODY)
                yield Invoke(functools.partial(self._pl_end, ending))
            elif tap is not None and not tap.logged:
                tap.logged = True
                answer = None
                if tap.finished and not tap.streamed:
                    parse = _parsed_async if self._pl_call.context.is_async else _parsed_sync
                    answer = yield Invoke(functools.partial(parse, self._pl_response))
                ending = tap.ending(error=error, answer=answer)
                yield Invoke(functools.partial(self._pl_end, ending))

    def _pl_end(self, ending: Ending) -> Any:
        """Log the call: the request id, or (async provider code) a coroutine answering it."""
        return (end_async if self._pl_call.context.is_async else end_sync)(self._pl_call, ending)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_pl_"):
            raise AttributeError(name)
        return getattr(self._pl_manager, name)


class StreamedResponse(_StreamedResponse):
    """`with client....with_streaming_response.create(...) as response:`."""

    def __enter__(self) -> Any:
        return LOCAL.run(self._pl_enter(self._pl_manager.__enter__))

    def __exit__(self, *exc_info: Any) -> Any:
        return LOCAL.run(self._pl_exit(self._pl_manager.__exit__, exc_info))


class AsyncStreamedResponse(_StreamedResponse):
    """`async with client....with_streaming_response.create(...) as response:`."""

    async def __aenter__(self) -> Any:
        return await ASYNC_LOCAL.run(self._pl_enter(self._pl_manager.__aenter__))

    async def __aexit__(self, *exc_info: Any) -> Any:
        return await ASYNC_LOCAL.run(self._pl_exit(self._pl_manager.__aexit__, exc_info))


# -- parsing a body that was read ------------------------------------------------------------------


def _parsed_sync(response: Any) -> Any:
    """The SDK's parse of a body already read (None when it cannot: e.g. read as raw bytes)."""
    try:
        return response.parse()
    except Exception:
        logger.debug("PromptLayer: the SDK could not parse the response; logged as JSON", exc_info=True)
        return None


async def _parsed_async(response: Any) -> Any:
    try:
        parsed = response.parse()
        return await parsed if inspect.isawaitable(parsed) else parsed
    except Exception:
        logger.debug("PromptLayer: the SDK could not parse the response; logged as JSON", exc_info=True)
        return None


def parsed_raw_sync(raw: Any) -> Any:
    """What a raw response that was read whole is logged as: the SDK's parse, else its JSON."""
    parsed = _parsed_sync(raw)
    return parsed if parsed is not None else _read_json(raw)


async def parsed_raw_async(raw: Any) -> Any:
    parsed = await _parsed_async(raw)
    return parsed if parsed is not None else _read_json(raw)


def _read_json(raw: Any) -> dict[str, Any]:
    try:
        return json_body(raw.http_response.content)
    except Exception:  # no HTTP response, or its body was not read
        return {}
