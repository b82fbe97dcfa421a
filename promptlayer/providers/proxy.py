"""Provider proxies: `pl.openai` / `pl.anthropic` stand in for the provider SDK modules.

What the user gets is the real SDK, seen through a few transparent proxies:

- the module proxy forwards every attribute to the provider module (errors, types, helpers
  come back as they are); its client classes (`OpenAI`, `AsyncAnthropic`...) are wrapped so
  that constructing one gives the real client behind a client proxy;
- proxies follow the attribute paths that lead to a request method (`chat` ->
  `completions` -> `create`), from the client or from the module (OpenAI's module-level
  API); the request methods listed in the provider's `ProviderSpec` are intercepted;
  anything else is returned unwrapped;
- an intercepted call takes two extra keyword arguments, `pl_tags` and `return_pl_id`,
  calls the SDK and logs the call through the PromptLayer client's call log
  (POST /track-request). Provider errors are logged (status ERROR) and re-raised unchanged.
- a streamed answer comes back as a `LoggedStream` / `AsyncLoggedStream` that yields the
  chunks as they arrive and logs the response aggregated from them once, when the stream
  ends, fails or is closed early. Stream helpers that open their stream later (Anthropic's
  `messages.stream()` context manager) get the same logging on the raw stream they open, so
  their own helpers (`text_stream`, `get_final_message()`...) keep working. A stream left
  before its end is logged with what arrived, status WARNING, PROVIDER_PARTIAL_RESPONSE.

- the raw-response views of the intercepted methods (`with_raw_response`,
  `with_streaming_response`, at any level: `client.chat.completions.with_raw_response.create`
  or `client.with_raw_response.chat.completions.create`) answer exactly what the SDK answers
  and are logged from what is read of the body (raw_responses.py).
- a call that re-reads what an earlier call made (`Method.rereads_with`, e.g.
  `responses.stream(response_id=...)`) is forwarded unlogged: the earlier call was logged.

Other methods are forwarded unlogged (the provider modules list which). Proxies report the
wrapped object's class (`isinstance(client, openai.OpenAI)` holds).
Logging never breaks the user's call: it runs in the background (or waits, for
`return_pl_id=True`), and any failure is a warning on the "promptlayer" logger. Provider
keys are removed from what is logged: sensitive kwargs and headers are dropped, and the
client's keys are masked wherever they would appear.
"""

from __future__ import annotations

import asyncio
import functools
import importlib
import logging
import os
import time
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from types import ModuleType
from typing import TYPE_CHECKING, Any

from .._context import AsyncContext, SyncContext
from .._transport.drivers import ASYNC_LOCAL, LOCAL
from .._transport.flow import END, Emit, Invoke, Iterate, Next
from ..errors import PromptLayerError, PromptLayerValidationError
from .formats import Aggregator
from .log_body import Failure, is_omitted, streamed_response, track_request_body
from .raw_responses import (
    UNFOLLOWED_BODY,
    AsyncStreamedResponse,
    StreamedResponse,
    is_event_stream,
    parsed_raw_async,
    parsed_raw_sync,
    tap_body,
)
from .redact import secrets_among

if TYPE_CHECKING:
    from .._context import ClientContext
    from .._transport.call_log import CallLog
    from .._transport.flow import Flow, StreamFlow
    from ..tracing.client_tracing import ClientTracing
    from ..tracing.off import NoTracing

logger = logging.getLogger("promptlayer")

# Methods of a client that answer a new, differently configured client.
_CLIENT_COPIES = frozenset({"with_options", "copy"})
_NOTHING: Any = object()


# -- what a provider looks like ----------------------------------------------------------------


@dataclass(frozen=True)
class Method:
    """An intercepted request method: how its streamed chunks become one logged response.

    `aggregator`: adds up a stream of the method's calls (its format's, see formats/); None
    for a method that does not stream.
    `stream_helper`: the method returns a context manager that opens a helper stream (with
    the SDK's raw stream in `_raw_stream`) on entry, like Anthropic's `messages.stream()`.
    `logged_as`: the method name logged in the function name, when not the method's own (a
    helper is logged as the request it sends).
    `log_kwargs`: turns the call's kwargs into what is logged of them, before they are made
    JSON-safe (e.g. a pydantic model given as a response format becomes the JSON schema the
    SDK sends for it).
    `rereads_with`: a keyword argument that makes the call re-read something an earlier call
    made (and logged), like `responses.stream(response_id=...)`: such calls are not logged.
    """

    aggregator: Callable[[], Aggregator] | None = None
    stream_helper: bool = False
    logged_as: str | None = None
    log_kwargs: Callable[[Mapping[str, Any]], dict[str, Any]] | None = None
    rereads_with: str | None = None


@dataclass(frozen=True)
class Naming:
    """How calls through one kind of client are logged: `<function_prefix>.<path>`, provider_type."""

    function_prefix: str
    provider_type: str


@dataclass(frozen=True)
class ProviderSpec:
    """One provider SDK: its module (also the name of the extra), what to intercept, how to log it.

    `methods` maps attribute paths from a client (or the module) to the intercepted methods;
    `namings` gives client classes (by class name) their own naming; `key_env` names the
    environment variables the SDK reads keys from (masked in logs like the client's keys).
    """

    module: str
    methods: Mapping[tuple[str, ...], Method]
    error_base: str
    namings: Mapping[str, Naming] = field(default_factory=dict)
    key_env: tuple[str, ...] = ()

    @property
    def default_naming(self) -> Naming:
        return Naming(self.module, self.module)

    def naming_for(self, cls: type) -> Naming:
        for klass in cls.__mro__:
            if klass.__name__ in self.namings:
                return self.namings[klass.__name__]
        return self.default_naming

    def leads_to_method(self, path: tuple[str, ...]) -> bool:
        return any(method[: len(path)] == path for method in self.methods)


# The SDKs' views of their resources whose methods answer the HTTP response (see raw_responses).
RESPONSE_VIEWS = {"with_raw_response": "raw", "with_streaming_response": "streaming"}


def split_view(path: tuple[str, ...]) -> tuple[str | None, tuple[str, ...]]:
    """(`raw` / `streaming` / None, the path without the view): `chat.with_raw_response.completions`
    and `with_raw_response.chat.completions` both lead to `chat.completions` in the raw view."""
    for position, name in enumerate(path):
        if name in RESPONSE_VIEWS:
            return RESPONSE_VIEWS[name], path[:position] + path[position + 1 :]
    return None, path


@dataclass(frozen=True)
class _Runtime:
    """The classes of the imported SDK the proxies need to recognise."""

    sync_client: type
    async_client: type
    streams: tuple[type, ...]
    error: type

    @classmethod
    def load(cls, spec: ProviderSpec, module: ModuleType) -> _Runtime:
        # Both SDKs are generated alike: their clients derive from these two base classes.
        base = importlib.import_module(f"{spec.module}._base_client")
        return cls(
            sync_client=base.SyncAPIClient,
            async_client=base.AsyncAPIClient,
            streams=(module.Stream, module.AsyncStream),
            error=getattr(module, spec.error_base),
        )


def provider_proxy(spec: ProviderSpec, client: ClientContext) -> Any:
    """The provider module behind a proxy that logs its calls through the client `context`."""
    try:
        module = importlib.import_module(spec.module)
    except ImportError as error:
        raise PromptLayerError(
            f"The {spec.module} proxy needs the {spec.module} package: "
            f'pip install "promptlayer[{spec.module}]"'
        ) from error
    context = _Context(
        spec=spec,
        runtime=_Runtime.load(spec, module),
        sink=LogSink(client),
        root=module,
        is_async=False,
        naming=spec.default_naming,
    )
    return _Proxy(module, context, ())


# -- where logs go -------------------------------------------------------------------------------


class LogSink:
    """A PromptLayer client's call log, reachable from sync and async provider code alike.

    With PromptLayer, sync code logs directly and async code waits for `send` in a thread.
    With AsyncPromptLayer, async code uses its call log; sync provider code (a sync client,
    or OpenAI's module-level API) outside a running event loop has no loop to log on, so it
    logs through the client's sync twin (the same settings).
    """

    def __init__(self, context: ClientContext) -> None:
        self._context = context

    @property
    def tracing(self) -> ClientTracing | NoTracing:
        """The client's tracing: each call is a span, and its log names it."""
        return self._context.tracing

    def submit(self, body: Mapping[str, Any]) -> None:
        """Log in the background."""
        context = self._context
        if isinstance(context, AsyncContext) and _has_running_loop():
            context.call_log.submit(body)
        else:
            self._sync_log().submit(body)

    def send(self, body: Mapping[str, Any]) -> int | None:
        """Log now, from sync code; the request id (None when logging failed)."""
        return self._sync_log().send(body)

    async def asend(self, body: Mapping[str, Any]) -> int | None:
        """Log now, from async code; the request id (None when logging failed)."""
        context = self._context
        if isinstance(context, AsyncContext):
            return await context.call_log.send(body)
        return await asyncio.to_thread(self._sync_log().send, body)

    def _sync_log(self) -> CallLog:
        context = self._context
        assert isinstance(context, (SyncContext, AsyncContext))  # the only two kinds
        return context.sync_log()


def _has_running_loop() -> bool:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return False
    return True


# -- the proxies ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    """What every proxy under one root (the module, or one client) shares."""

    spec: ProviderSpec
    runtime: _Runtime
    sink: LogSink
    root: Any  # the module or the client: where the provider keys are read
    is_async: bool
    naming: Naming

    def wrap(self, value: Any, path: tuple[str, ...]) -> Any:
        """What `getattr` on a proxy answers for `value`, found at `path` from the root."""
        view, request_path = split_view(path)
        method = self.spec.methods.get(request_path)
        if method is not None and callable(value):
            if view is not None and method.stream_helper:
                return value  # no such view of a helper in the SDKs: left as it is
            return _intercept(self, request_path, method, value, view)
        at_root = len(path) == 1
        if at_root and isinstance(self.root, ModuleType):
            if isinstance(value, type) and issubclass(
                value, (self.runtime.sync_client, self.runtime.async_client)
            ):
                return ClientClass(value, self)
        elif at_root and path[0] in _CLIENT_COPIES and callable(value):
            return self._client_copier(value)
        if self.spec.leads_to_method(request_path):
            return _Proxy(value, self, path)
        return value

    def for_client(self, client: Any) -> _Context:
        cls = type(client)
        return replace(
            self,
            root=client,
            is_async=isinstance(client, self.runtime.async_client),
            naming=self.spec.naming_for(cls),
        )

    def _client_copier(self, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def copier(*args: Any, **kwargs: Any) -> Any:
            client = function(*args, **kwargs)
            return _ClientProxy(client, self.for_client(client), ())

        return copier

    def secrets(self) -> list[str]:
        """The provider keys in use, to mask wherever they would be logged."""
        found = [getattr(self.root, name, None) for name in ("api_key", "auth_token", "admin_api_key")]
        found += [os.environ.get(name) for name in self.spec.key_env]
        return secrets_among(found)


class _Proxy:
    """Forwards everything to `target`; attributes on the way to a request method are wrapped."""

    __slots__ = ("_pl_context", "_pl_path", "_pl_target")

    def __init__(self, target: Any, context: _Context, path: tuple[str, ...]) -> None:
        object.__setattr__(self, "_pl_target", target)
        object.__setattr__(self, "_pl_context", context)
        object.__setattr__(self, "_pl_path", path)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_pl_"):  # not set yet: never forward the proxy's own state
            raise AttributeError(name)
        value = getattr(self._pl_target, name)
        return self._pl_context.wrap(value, (*self._pl_path, name))

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._pl_target, name, value)

    def __delattr__(self, name: str) -> None:
        delattr(self._pl_target, name)

    def __dir__(self) -> list[str]:
        return dir(self._pl_target)

    def __repr__(self) -> str:
        return repr(self._pl_target)

    # isinstance() and type checks see the wrapped object's class.
    __class__ = property(lambda self: type(self._pl_target))


class _ClientProxy(_Proxy):
    """A provider client; `with` / `async with` keep the proxy."""

    __slots__ = ()

    def __enter__(self) -> Any:
        entered = self._pl_target.__enter__()
        return self if entered is self._pl_target else entered

    def __exit__(self, *exc_info: Any) -> Any:
        return self._pl_target.__exit__(*exc_info)

    async def __aenter__(self) -> Any:
        entered = await self._pl_target.__aenter__()
        return self if entered is self._pl_target else entered

    async def __aexit__(self, *exc_info: Any) -> Any:
        return await self._pl_target.__aexit__(*exc_info)


class ClientClass:
    """A provider client class: calling it builds the real client and answers it proxied."""

    def __init__(self, cls: type, context: _Context) -> None:
        self._pl_class = cls
        self._pl_context = context

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        client = self._pl_class(*args, **kwargs)
        return _ClientProxy(client, self._pl_context.for_client(client), ())

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_pl_"):
            raise AttributeError(name)
        return getattr(self._pl_class, name)

    def __instancecheck__(self, instance: Any) -> bool:
        return isinstance(instance, self._pl_class)

    def __repr__(self) -> str:
        return repr(self._pl_class)


# -- intercepted calls ---------------------------------------------------------------------------


def _intercept(
    context: _Context, path: tuple[str, ...], method: Method, function: Any, view: str | None = None
) -> Any:
    """`function` (found at `path`, in the `view` named by split_view) with its calls logged."""
    if view == "raw":
        wrapper = _caller(context, path, method, function, _logged_raw_call)
    elif view == "streaming":
        wrapper = _streaming_caller(context, path, method, function)
    elif method.stream_helper:
        wrapper = _helper_opener(context, path, method, function)
    else:
        wrapper = _caller(context, path, method, function, _logged_call)
    if method.rereads_with is not None:
        wrapper = _unlogged_rereads(method.rereads_with, function, wrapper)
    return functools.wraps(function)(wrapper)


def _unlogged_rereads(
    argument: str, function: Callable[..., Any], logged: Callable[..., Any]
) -> Callable[..., Any]:
    """Calls given `argument` re-read what an earlier, logged call made: forwarded unlogged."""

    def call(*args: Any, **kwargs: Any) -> Any:
        value = kwargs.get(argument)
        if value is None or is_omitted(value):
            return logged(*args, **kwargs)
        given = [name for name in ("pl_tags", "return_pl_id") if name in kwargs]
        if given:
            raise PromptLayerValidationError(
                f"{' and '.join(given)} cannot be used with {argument}=: the call re-reads a response "
                "logged when it was created, and is not logged again"
            )
        return function(*args, **kwargs)

    return call


def _helper_opener(context: _Context, path: tuple[str, ...], method: Method, function: Any) -> Any:
    def open_helper(*args: Any, **kwargs: Any) -> Any:
        call = _Call(context, path, method, args, kwargs)
        try:
            with call.tracing.use(call.span):
                manager = function(*call.args, **call.kwargs)
        except Exception as error:
            call.finish_sync(error=error)
            raise
        return (AsyncStreamHelper if context.is_async else StreamHelper)(manager, call)

    return open_helper


CallFlow = Callable[[_Context, tuple[str, ...], Method, Any, tuple[Any, ...], dict[str, Any]], "Flow[Any]"]


def _caller(context: _Context, path: tuple[str, ...], method: Method, function: Any, flow: CallFlow) -> Any:
    """The request method with its calls logged: `flow`, run for sync or for async provider code."""
    if context.is_async:

        async def call_async(*args: Any, **kwargs: Any) -> Any:
            return await ASYNC_LOCAL.run(flow(context, path, method, function, args, kwargs))

        return call_async

    def call_sync(*args: Any, **kwargs: Any) -> Any:
        return LOCAL.run(flow(context, path, method, function, args, kwargs))

    return call_sync


def _logged_call(
    context: _Context, path: tuple[str, ...], method: Method, function: Any, args: Any, kwargs: Any
) -> Flow[Any]:
    """One call of a request method: the SDK's answer, logged (a stream: as it is read)."""
    call = _Call(context, path, method, args, kwargs)
    try:
        with call.tracing.use(call.span):
            result = yield Invoke(lambda: function(*call.args, **call.kwargs))
    except Exception as error:
        yield call.finished(error=error)
        raise
    if isinstance(result, context.runtime.streams):
        stream = AsyncLoggedStream if context.is_async else LoggedStream
        return stream(result, StreamLog(call), pairs=call.return_pl_id)
    request_id = yield call.finished(result)
    return (result, request_id) if call.return_pl_id else result


def _logged_raw_call(
    context: _Context, path: tuple[str, ...], method: Method, function: Any, args: Any, kwargs: Any
) -> Flow[Any]:
    """`with_raw_response.<method>`: the SDK's raw response, logged parsed (or when its stream closes)."""
    call = _Call(context, path, method, args, kwargs, view="raw")
    try:
        with call.tracing.use(call.span):
            raw = yield Invoke(lambda: function(*call.args, **call.kwargs))
    except Exception as error:
        yield call.finished(error=error)
        raise
    if is_event_stream(raw):
        tap = tap_body(raw, call)  # logs the call when the response closes
        if tap is None:
            yield call.finished(partial=True, reason=UNFOLLOWED_BODY)
        elif tap.finished:  # read already (a mock transport): nothing will close it
            yield Invoke(tap.closed_async if context.is_async else tap.closed_sync)
        return (raw, None) if call.return_pl_id else raw
    parsed = yield Invoke(functools.partial(parsed_raw_async if context.is_async else parsed_raw_sync, raw))
    request_id = yield call.finished(parsed)
    return (raw, request_id) if call.return_pl_id else raw


def _streaming_caller(context: _Context, path: tuple[str, ...], method: Method, function: Any) -> Any:
    """`with_streaming_response.<method>`: the SDK's context manager, logged when its block exits."""

    def open_response(*args: Any, **kwargs: Any) -> Any:
        call = _Call(context, path, method, args, kwargs, view="streaming")
        manager = function(*call.args, **call.kwargs)  # sends nothing until entered
        return (AsyncStreamedResponse if context.is_async else StreamedResponse)(manager, call)

    return open_response


class _Call:
    """One intercepted call: its PromptLayer arguments, its timing, and the log built from it."""

    def __init__(
        self,
        context: _Context,
        path: tuple[str, ...],
        method: Method,
        args: tuple[Any, ...],
        kwargs: dict[str, Any],
        view: str | None = None,
    ) -> None:
        tags = kwargs.pop("pl_tags", None)
        if tags is None:
            tags = []
        if not isinstance(tags, (list, tuple)) or not all(isinstance(tag, str) for tag in tags):
            raise PromptLayerValidationError(f"pl_tags must be a list of strings, got {tags!r}")
        return_pl_id = kwargs.pop("return_pl_id", False)
        if not isinstance(return_pl_id, bool):
            raise PromptLayerValidationError(f"return_pl_id must be True or False, got {return_pl_id!r}")
        if return_pl_id and (view == "streaming" or (view == "raw" and kwargs.get("stream") is True)):
            raise PromptLayerValidationError(
                f"return_pl_id=True cannot be used with with_{view}_response"
                + (" and stream=True" if view == "raw" else "")
                + ": the call is logged once its body has been read, after the call returned"
            )
        self.context = context
        self.method = method
        name = method.logged_as or path[-1]
        self.function_name = ".".join((context.naming.function_prefix, *path[:-1], name))
        self.tags = list(tags)
        self.return_pl_id = return_pl_id
        # One-shot iterators (generators of messages...) are read once, for the SDK and the log.
        self.args = tuple(_materialize(value) for value in args)
        self.kwargs = {name: _materialize(value) for name, value in kwargs.items()}
        self.tracing = context.sink.tracing
        model = self.kwargs.get("model")
        self.span = self.tracing.start_span(
            self.function_name,
            {"gen_ai.system": context.naming.provider_type}
            | ({"gen_ai.request.model": model} if isinstance(model, str) else {}),
        )
        self.start = time.time()

    def restart(self) -> None:
        """The request starts now (helpers that send it later than the method call)."""
        self.start = time.time()

    def finish_sync(
        self,
        response: Any = None,
        *,
        stream: Aggregator | None = None,
        error: BaseException | None = None,
        partial: bool = False,
        failure: Failure | None = None,
        reason: str | None = None,
    ) -> int | None:
        """Log the call; waits for the request id when the caller asked for it and it succeeded.

        `stream`: the chunks of a streamed answer, added up (then `response` is not given);
        `failure`: an error the provider reported in its answer (no exception); `reason`: why
        a `partial` answer is partial, when not because a stream was closed early.
        """
        body = self._ended(response, stream, error, partial, failure, reason)
        return None if body is None else self.context.sink.send(body)

    async def finish_async(
        self,
        response: Any = None,
        *,
        stream: Aggregator | None = None,
        error: BaseException | None = None,
        partial: bool = False,
        failure: Failure | None = None,
        reason: str | None = None,
    ) -> int | None:
        """`finish_sync` for async provider code: the same log, the wait awaited."""
        body = self._ended(response, stream, error, partial, failure, reason)
        return None if body is None else await self.context.sink.asend(body)

    def finished(
        self,
        response: Any = None,
        *,
        error: BaseException | None = None,
        partial: bool = False,
        reason: str | None = None,
    ) -> Invoke:
        """The effect that logs the call, from sync or async provider code alike (the request
        id when the caller asked for it)."""
        finish = self.finish_async if self.context.is_async else self.finish_sync
        return Invoke(functools.partial(finish, response, error=error, partial=partial, reason=reason))

    def _ended(
        self,
        response: Any,
        stream: Aggregator | None,
        error: BaseException | None,
        partial: bool,
        failure: Failure | None,
        reason: str | None,
    ) -> dict[str, Any] | None:
        """End the call's span and log it: submitted in the background (None), or the body
        handed back to be sent and waited for, when the caller asked for the request id."""
        body = self._body(response, stream, error, partial, failure, reason)
        self._end_span(error, partial)
        if body is None:
            return None
        if self.return_pl_id and error is None and failure is None and not partial:
            return body
        self.context.sink.submit(body)
        return None

    def _end_span(self, error: BaseException | None, partial: bool) -> None:
        if partial:
            self.span.set_attribute("promptlayer.closed_early", True)
        self.tracing.end(self.span, error)

    def stream(self, chunks: Iterable[object] = ()) -> Aggregator | None:
        """What adds up a stream of this call (None when the method does not stream), fed `chunks`."""
        if self.method.aggregator is None:
            return None
        aggregator = self.method.aggregator()
        for chunk in chunks:
            aggregator.add(chunk)
        return aggregator

    def _body(
        self,
        response: Any,
        stream: Aggregator | None,
        error: BaseException | None,
        partial: bool,
        failure: Failure | None = None,
        reason: str | None = None,
    ) -> dict[str, Any] | None:
        """The /track-request body; None (and a warning) if it cannot be built."""
        try:
            return track_request_body(
                self.function_name,
                self.context.naming.provider_type,
                self.method.log_kwargs(self.kwargs) if self.method.log_kwargs else self.kwargs,
                streamed_response(stream) if stream is not None else response,
                start=self.start,
                tags=self.tags,
                secrets=self.context.secrets(),
                provider_error=self.context.runtime.error,
                args=self.args,
                span_id=self.tracing.span_id(self.span),
                error=error,
                failure=failure,
                partial=partial,
                reason=reason,
            )
        except Exception as failure:
            logger.warning("PromptLayer: could not prepare the log of %s: %s", self.function_name, failure)
            return None


# -- streams -------------------------------------------------------------------------------------


class StreamLog:
    """One streamed call: its chunks added up as they come, logged once when the stream ends
    for any reason."""

    def __init__(self, call: _Call) -> None:
        self.call = call
        self.stream = call.stream()
        self.request_id: int | None = None
        self.done = False

    def add(self, chunk: Any) -> None:
        if self.stream is not None:
            self.stream.add(chunk)

    def end_sync(self, *, error: BaseException | None = None, partial: bool = False) -> None:
        if not self.done:
            self.done = True
            self.request_id = self.call.finish_sync(stream=self.stream, error=error, partial=partial)

    async def end_async(self, *, error: BaseException | None = None, partial: bool = False) -> None:
        if not self.done:
            self.done = True
            self.request_id = await self.call.finish_async(stream=self.stream, error=error, partial=partial)

    def ended(self, *, error: BaseException | None = None) -> Invoke:
        """The effect that ends the log, from sync or async provider code alike."""
        end = self.end_async if self.call.context.is_async else self.end_sync
        return Invoke(functools.partial(end, error=error))


def _logged_chunks(stream: Any, log: StreamLog, *, pairs: bool, record: bool) -> StreamFlow:
    """A provider stream's chunks, added to its log as they pass (unless `record` is off), the
    log ended with the stream; with `pairs`, `(chunk, None)` and `(chunk, request_id)` last,
    which needs one chunk of look-ahead. One flow for the sync and the async stream."""
    held = _NOTHING
    try:
        chunks = yield Iterate(stream)
        while (chunk := (yield Next(chunks))) is not END:
            if record:
                log.add(chunk)
            if not pairs:
                yield Emit(chunk)
            elif held is not _NOTHING:
                yield Emit((held, None))
            held = chunk
    except Exception as error:
        yield log.ended(error=error)
        raise
    yield log.ended()
    if pairs and held is not _NOTHING:
        yield Emit((held, log.request_id))


class LoggedStream:
    """A provider stream whose chunks are logged, aggregated, once it ends or is closed.

    Iterates like the SDK's Stream: chunks as they arrive (with `return_pl_id`, `(chunk,
    None)` pairs and `(chunk, request_id)` last). `close()`, `with` and leaving a `for` loop
    early log what arrived so far (status WARNING, PROVIDER_PARTIAL_RESPONSE); anything else
    (`response`, ...) is the stream's. `record=False` only pairs chunks, for a stream whose
    raw stream is already logged.
    """

    def __init__(self, stream: Any, log: StreamLog, *, pairs: bool, record: bool = True) -> None:
        self._pl_stream = stream
        self._pl_log = log
        self._pl_items: Iterator[Any] = LOCAL.iterate(_logged_chunks(stream, log, pairs=pairs, record=record))

    __class__ = property(lambda self: type(self._pl_stream))

    def __next__(self) -> Any:
        return next(self._pl_items)

    def __iter__(self) -> Iterator[Any]:
        try:
            # A for loop, not `yield from`: stopping early must not close the stream (the SDK's
            # streams can be resumed), it only logs what arrived.
            for item in self._pl_items:  # noqa: UP028
                yield item
        finally:
            self._pl_log.end_sync(partial=True)  # nothing happens if it has already ended

    def close(self) -> None:
        try:
            self._pl_stream.close()
        finally:
            self._pl_log.end_sync(partial=True)

    def __enter__(self) -> LoggedStream:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_pl_"):
            raise AttributeError(name)
        return getattr(self._pl_stream, name)

    def __repr__(self) -> str:
        return repr(self._pl_stream)


class AsyncLoggedStream:
    """LoggedStream for async provider code (`async for`, `await close()`, `async with`)."""

    def __init__(self, stream: Any, log: StreamLog, *, pairs: bool, record: bool = True) -> None:
        self._pl_stream = stream
        self._pl_log = log
        self._pl_items: AsyncIterator[Any] = ASYNC_LOCAL.iterate(
            _logged_chunks(stream, log, pairs=pairs, record=record)
        )

    __class__ = property(lambda self: type(self._pl_stream))

    async def __anext__(self) -> Any:
        return await self._pl_items.__anext__()

    async def __aiter__(self) -> AsyncIterator[Any]:
        try:
            async for item in self._pl_items:
                yield item
        finally:
            await self._pl_log.end_async(partial=True)

    async def close(self) -> None:
        try:
            await self._pl_stream.close()
        finally:
            await self._pl_log.end_async(partial=True)

    async def __aenter__(self) -> AsyncLoggedStream:
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.close()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_pl_"):
            raise AttributeError(name)
        return getattr(self._pl_stream, name)

    def __repr__(self) -> str:
        return repr(self._pl_stream)


class _StreamHelper:
    """A helper's stream manager (`with client.messages.stream(...) as stream:`).

    Entering it sends the request; the raw stream the helper reads is logged, so every way of
    consuming the helper (iteration, `text_stream`, `get_final_message()`, `until_done()`)
    logs the call once; leaving the block before the end logs what arrived (partial). With
    `return_pl_id`, iterating the helper yields pairs. Entering and leaving are written once,
    as flows; the two subclasses run them for `with` and for `async with`.
    """

    def __init__(self, manager: Any, call: _Call) -> None:
        self._pl_manager = manager
        self._pl_call = call
        self._pl_log: StreamLog | None = None

    __class__ = property(lambda self: type(self._pl_manager))

    def _pl_enter(
        self, enter: Callable[[], Any], logged: type[LoggedStream | AsyncLoggedStream]
    ) -> Flow[Any]:
        call = self._pl_call
        call.restart()
        try:
            stream = yield Invoke(enter)
        except Exception as error:
            yield call.finished(error=error)
            raise
        log = self._pl_log = StreamLog(call)
        stream._raw_stream = logged(stream._raw_stream, log, pairs=False)
        return logged(stream, log, pairs=True, record=False) if call.return_pl_id else stream

    def _pl_exit(self, leave: Callable[..., Any], exc_info: tuple[Any, ...]) -> Flow[Any]:
        try:
            return (yield Invoke(functools.partial(leave, *exc_info)))
        finally:
            # Leaving the block before the end: OpenAI's helpers close the HTTP response, not
            # the raw stream, so what arrived is logged here (nothing happens if already logged).
            if self._pl_log is not None:
                log = self._pl_log
                end = log.end_async if self._pl_call.context.is_async else log.end_sync
                yield Invoke(functools.partial(end, partial=True))

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_pl_"):
            raise AttributeError(name)
        return getattr(self._pl_manager, name)


class StreamHelper(_StreamHelper):
    """`with client.messages.stream(...) as stream:`."""

    def __enter__(self) -> Any:
        return LOCAL.run(self._pl_enter(self._pl_manager.__enter__, LoggedStream))

    def __exit__(self, *exc_info: Any) -> Any:
        return LOCAL.run(self._pl_exit(self._pl_manager.__exit__, exc_info))


class AsyncStreamHelper(_StreamHelper):
    """`async with client.messages.stream(...) as stream:`."""

    async def __aenter__(self) -> Any:
        return await ASYNC_LOCAL.run(self._pl_enter(self._pl_manager.__aenter__, AsyncLoggedStream))

    async def __aexit__(self, *exc_info: Any) -> Any:
        return await ASYNC_LOCAL.run(self._pl_exit(self._pl_manager.__aexit__, exc_info))


# -- what gets logged ----------------------------------------------------------------------------


def _materialize(value: Any) -> Any:
    if isinstance(value, Iterator) and not hasattr(value, "read"):  # generators, not files
        return list(value)
    return value


def format_param(value: Any, module: str, convert: str) -> Any:
    """A response format given as a type, as the SDK sends it (its name if it cannot be):
    `module.convert(value)` is the SDK's own conversion."""
    if not isinstance(value, type):
        return value
    try:
        return getattr(importlib.import_module(module), convert)(value)
    except Exception:
        return value.__name__
