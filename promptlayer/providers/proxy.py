"""Provider proxies: `pl.openai` / `pl.anthropic` stand in for the provider SDK modules.

The user gets the real SDK through transparent stand-ins that report the wrapped object's
class (`isinstance(client, openai.OpenAI)` holds) and forward all they do not intercept.
Proxies follow only the attribute paths to the request methods a `ProviderSpec` lists, from
the module (OpenAI's module-level API; client classes are wrapped so that a client is built
behind a proxy) or from a client, through the raw-response views too (raw_responses.py).

An intercepted call takes `pl_tags` and `return_pl_id` and is logged (POST /track-request);
a provider error is logged and re-raised unchanged. A stream is logged once, aggregated, when
it ends, fails or is left early (partial); a helper that opens its stream later
(`messages.stream()`) has its raw stream logged, so its own helpers keep working. Each logged
call, stream and context manager is one flow of effects, run by the sync or the async runner.
Logging never breaks the call: it runs in the background (or waits, for `return_pl_id=True`),
and a failure is a warning on the "promptlayer" logger.
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
from .._redact import secrets_among
from .._transport.drivers import ASYNC_LOCAL, LOCAL
from .._transport.flow import END, Emit, Invoke, Iterate, Next
from ..errors import PromptLayerError, PromptLayerValidationError
from .formats import Aggregator
from .log_body import Ending, is_omitted, streamed_response, track_request_body
from .raw_responses import StreamedResponse, logged_raw

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
    """An intercepted request method: how its calls are logged."""

    # Adds up a stream of the method's calls (its format's, see formats/); None: it does not stream.
    aggregator: Callable[[], Aggregator] | None = None
    # The method answers a context manager that opens a helper stream on entry (the SDK's raw
    # stream in `_raw_stream`), like Anthropic's `messages.stream()`.
    stream_helper: bool = False
    # The method name logged, when not its own (a helper is logged as the request it sends).
    logged_as: str | None = None
    # The call's kwargs as logged, before they are made JSON-safe (see `sent_formats`).
    log_kwargs: Callable[[Mapping[str, Any]], dict[str, Any]] | None = None
    # A kwarg that makes the call re-read what an earlier, logged call made, like
    # `responses.stream(response_id=...)`: such calls are not logged.
    rereads_with: str | None = None


def sent_formats(**conversions: tuple[str, str]) -> Callable[[Mapping[str, Any]], dict[str, Any]]:
    """A `Method.log_kwargs` for response formats given as types, logged as the SDK sends them:
    `name=(module, function)` names the SDK's own conversion (the type's name if it fails)."""

    def log_kwargs(kwargs: Mapping[str, Any]) -> dict[str, Any]:
        logged = dict(kwargs)
        for name, (module, convert) in conversions.items():
            value = logged.get(name)
            if isinstance(value, type):
                try:
                    logged[name] = getattr(importlib.import_module(module), convert)(value)
                except Exception:
                    logged[name] = value.__name__
        return logged

    return log_kwargs


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

    def ensure_open(self) -> None:
        """Raise PromptLayerClientClosedError when the PromptLayer client is closed: checked
        before the provider call, as its log could not be delivered (an unlogged call would
        be lost without a word, and raising after it would throw away an answer paid for)."""
        self._context.ensure_open()

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

    def client_proxy(self, client: Any) -> _ClientProxy:
        """`client` behind a proxy, logging under its own naming."""
        is_async = isinstance(client, self.runtime.async_client)
        context = replace(self, root=client, is_async=is_async, naming=self.spec.naming_for(type(client)))
        return _ClientProxy(client, context, ())

    def _client_copier(self, function: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(function)
        def copier(*args: Any, **kwargs: Any) -> Any:
            return self.client_proxy(function(*args, **kwargs))

        return copier

    def secrets(self) -> list[str]:
        """The provider keys in use, to mask wherever they would be logged."""
        found = [getattr(self.root, name, None) for name in ("api_key", "auth_token", "admin_api_key")]
        found += [os.environ.get(name) for name in self.spec.key_env]
        return secrets_among(found)


class _StandIn:
    """Stands for `_pl_target`: its class (isinstance holds), its repr, and every attribute
    the stand-in does not have."""

    __slots__ = ()
    _pl_target: Any

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_pl_"):  # not set yet: never forward the stand-in's own state
            raise AttributeError(name)
        return getattr(self._pl_target, name)

    def __repr__(self) -> str:
        return repr(self._pl_target)

    __class__ = property(lambda self: type(self._pl_target))


class _Proxy(_StandIn):
    """Forwards everything to `target`; attributes on the way to a request method are wrapped."""

    __slots__ = ("_pl_context", "_pl_path", "_pl_target")

    def __init__(self, target: Any, context: _Context, path: tuple[str, ...]) -> None:
        object.__setattr__(self, "_pl_target", target)
        object.__setattr__(self, "_pl_context", context)
        object.__setattr__(self, "_pl_path", path)

    def __getattr__(self, name: str) -> Any:
        return self._pl_context.wrap(super().__getattr__(name), (*self._pl_path, name))

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._pl_target, name, value)

    def __delattr__(self, name: str) -> None:
        delattr(self._pl_target, name)

    def __dir__(self) -> list[str]:
        return dir(self._pl_target)


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
        return self._pl_context.client_proxy(self._pl_class(*args, **kwargs))

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
    """`function` (found at `path`, in the `view` named by split_view) with its calls logged:
    one flow, run for sync or for async provider code. A method answering a context manager
    that sends the request when entered (a stream helper, the streaming view) is itself sync."""
    opens_manager = view == "streaming" or method.stream_helper

    def call_sync(*args: Any, **kwargs: Any) -> Any:
        call = _Call(context, path, method, args, kwargs, view)
        return _logged_manager(call, function) if opens_manager else LOCAL.run(_logged_call(call, function))

    async def call_async(*args: Any, **kwargs: Any) -> Any:
        return await ASYNC_LOCAL.run(_logged_call(_Call(context, path, method, args, kwargs, view), function))

    wrapper = call_async if context.is_async and not opens_manager else call_sync
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


def _logged_call(call: _Call, function: Any) -> Flow[Any]:
    """One call of a request method: the SDK's answer, logged (a stream as it is read, a raw
    response from its body)."""
    try:
        with call.tracing.use(call.span):
            result = yield Invoke(lambda: function(*call.args, **call.kwargs))
    except Exception as error:
        yield from call.ended(Ending(error=error))
        raise
    if call.view == "raw":
        request_id = yield from logged_raw(result, call)
    elif isinstance(result, call.context.runtime.streams):
        stream = AsyncLoggedStream if call.context.is_async else LoggedStream
        return stream(result, call, pairs=call.return_pl_id)
    else:
        request_id = yield from call.ended(Ending(response=result))
    return (result, request_id) if call.return_pl_id else result


def _logged_manager(call: _Call, function: Any) -> Any:
    """The SDK's context manager (it sends the request when entered), logged through its block."""
    try:
        with call.tracing.use(call.span):
            manager = function(*call.args, **call.kwargs)
    except Exception as error:
        # A failed call is never waited for, so the sync runner logs it for async clients too.
        LOCAL.run(call.ended(Ending(error=error)))
        raise
    flows = StreamedResponse(call) if call.view == "streaming" else _StreamHelper(call)
    return (AsyncManagerProxy if call.context.is_async else ManagerProxy)(manager, flows)


def _materialize(value: Any) -> Any:
    if isinstance(value, Iterator) and not hasattr(value, "read"):  # generators, not files
        return list(value)
    return value


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
        context.sink.ensure_open()
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
        self.view = view
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
        self.done = False  # logged: a call is logged once, however it ends
        self.request_id: int | None = None  # when its log was waited for

    def restart(self) -> None:
        """The request starts now (helpers that send it later than the method call)."""
        self.start = time.time()

    def ended(self, ending: Ending) -> Flow[int | None]:
        """Log the call unless it is logged already: the request id, when it was waited for."""
        if not self.done:
            self.done = True
            self.request_id = yield Invoke(functools.partial(self._log, ending))
        return self.request_id

    def stream_ended(self, *, error: BaseException | None = None, partial: bool = False) -> Flow[int | None]:
        """`ended` for a streamed answer, logged as what arrived of it."""
        return self.ended(Ending(stream=self.chunks, error=error, partial=partial))

    @functools.cached_property
    def chunks(self) -> Aggregator | None:
        """A streamed answer's chunks, added up as they come (None when the method does not stream)."""
        return self.stream()

    def stream(self, chunks: Iterable[object] = ()) -> Aggregator | None:
        """What adds up a stream of this call (None when the method does not stream), fed `chunks`."""
        if self.method.aggregator is None:
            return None
        aggregator = self.method.aggregator()
        for chunk in chunks:
            aggregator.add(chunk)
        return aggregator

    def _log(self, ending: Ending) -> Any:
        """End the call's span and log it, in the background; or, when the caller asked for the
        request id of a call that succeeded, now: the id (None if logging failed), awaitable
        from async provider code."""
        body = self._body(ending)
        if ending.partial:
            self.span.set_attribute("promptlayer.closed_early", True)
        self.tracing.end(self.span, ending.error)
        sink = self.context.sink
        if body is None:
            return None
        if not (self.return_pl_id and ending.succeeded):
            sink.submit(body)
            return None
        return sink.asend(body) if self.context.is_async else sink.send(body)

    def _body(self, ending: Ending) -> dict[str, Any] | None:
        """The /track-request body; None (and a warning) if it cannot be built."""
        try:
            return track_request_body(
                self.function_name,
                self.context.naming.provider_type,
                self.method.log_kwargs(self.kwargs) if self.method.log_kwargs else self.kwargs,
                streamed_response(ending.stream) if ending.stream is not None else ending.response,
                start=self.start,
                tags=self.tags,
                secrets=self.context.secrets(),
                provider_error=self.context.runtime.error,
                args=self.args,
                span_id=self.tracing.span_id(self.span),
                error=ending.error,
                failure=ending.failure,
                partial=ending.partial,
                reason=ending.reason,
            )
        except Exception as failure:
            logger.warning("PromptLayer: could not prepare the log of %s: %s", self.function_name, failure)
            return None


# -- streams -------------------------------------------------------------------------------------


def _logged_chunks(stream: Any, call: _Call, *, pairs: bool, record: bool) -> StreamFlow:
    """A provider stream's chunks, added to the call's as they pass (unless `record` is off),
    the call logged when the stream ends; with `pairs`, `(chunk, None)` and `(chunk,
    request_id)` last, which needs one chunk of look-ahead. One flow for the sync and the
    async stream."""
    aggregator = call.chunks if record else None
    held = _NOTHING
    try:
        chunks = yield Iterate(stream)
        while (chunk := (yield Next(chunks))) is not END:
            if aggregator is not None:
                aggregator.add(chunk)
            if not pairs:
                yield Emit(chunk)
            elif held is not _NOTHING:
                yield Emit((held, None))
            held = chunk
    except Exception as error:
        yield from call.stream_ended(error=error)
        raise
    request_id = yield from call.stream_ended()
    if pairs and held is not _NOTHING:
        yield Emit((held, request_id))


class LoggedStream(_StandIn):
    """A provider stream whose chunks are logged, aggregated, once it ends or is closed.

    Iterates like the SDK's Stream: chunks as they arrive (with `return_pl_id`, `(chunk,
    None)` pairs and `(chunk, request_id)` last). `close()`, `with` and leaving a `for` loop
    early log what arrived so far (status WARNING, PROVIDER_PARTIAL_RESPONSE); anything else
    (`response`, ...) is the stream's. `record=False` only pairs chunks, for a stream whose
    raw stream is already logged.
    """

    def __init__(self, stream: Any, call: _Call, *, pairs: bool, record: bool = True) -> None:
        self._pl_target = stream
        self._pl_call = call
        self._pl_items: Iterator[Any] = LOCAL.iterate(
            _logged_chunks(stream, call, pairs=pairs, record=record)
        )

    def __next__(self) -> Any:
        return next(self._pl_items)

    def __iter__(self) -> Iterator[Any]:
        try:
            # A for loop, not `yield from`: stopping early must not close the stream (the SDK's
            # streams can be resumed), it only logs what arrived.
            for item in self._pl_items:  # noqa: UP028
                yield item
        finally:
            LOCAL.run(self._pl_call.stream_ended(partial=True))  # nothing happens if it has already ended

    def close(self) -> None:
        try:
            self._pl_target.close()
        finally:
            LOCAL.run(self._pl_call.stream_ended(partial=True))

    def __enter__(self) -> LoggedStream:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()


class AsyncLoggedStream(_StandIn):
    """LoggedStream for async provider code (`async for`, `await close()`, `async with`)."""

    def __init__(self, stream: Any, call: _Call, *, pairs: bool, record: bool = True) -> None:
        self._pl_target = stream
        self._pl_call = call
        self._pl_items: AsyncIterator[Any] = ASYNC_LOCAL.iterate(
            _logged_chunks(stream, call, pairs=pairs, record=record)
        )

    async def __anext__(self) -> Any:
        return await self._pl_items.__anext__()

    async def __aiter__(self) -> AsyncIterator[Any]:
        try:
            async for item in self._pl_items:
                yield item
        finally:
            await ASYNC_LOCAL.run(self._pl_call.stream_ended(partial=True))

    async def close(self) -> None:
        try:
            await self._pl_target.close()
        finally:
            await ASYNC_LOCAL.run(self._pl_call.stream_ended(partial=True))

    async def __aenter__(self) -> AsyncLoggedStream:
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.close()


# -- context managers that send the request when entered -----------------------------------------


class _Manager(_StandIn):
    """An SDK context manager whose entering and leaving are logged by `flows`, written once;
    the two subclasses run them for `with` and for `async with`."""

    def __init__(self, manager: Any, flows: StreamedResponse | _StreamHelper) -> None:
        self._pl_target = manager
        self._pl_flows = flows


class ManagerProxy(_Manager):
    def __enter__(self) -> Any:
        return LOCAL.run(self._pl_flows.enter(self._pl_target.__enter__))

    def __exit__(self, *exc_info: Any) -> Any:
        return LOCAL.run(self._pl_flows.exit(self._pl_target.__exit__, exc_info))


class AsyncManagerProxy(_Manager):
    async def __aenter__(self) -> Any:
        return await ASYNC_LOCAL.run(self._pl_flows.enter(self._pl_target.__aenter__))

    async def __aexit__(self, *exc_info: Any) -> Any:
        return await ASYNC_LOCAL.run(self._pl_flows.exit(self._pl_target.__aexit__, exc_info))


class _StreamHelper:
    """How a helper's stream manager is logged (`with client.messages.stream(...) as stream:`).

    Entering it sends the request; the raw stream the helper reads is logged, so every way of
    consuming the helper (iteration, `text_stream`, `get_final_message()`, `until_done()`)
    logs the call once; leaving the block before the end logs what arrived (partial). With
    `return_pl_id`, iterating the helper yields pairs.
    """

    def __init__(self, call: _Call) -> None:
        self.call = call

    def enter(self, enter: Callable[[], Any]) -> Flow[Any]:
        call = self.call
        call.restart()
        try:
            stream = yield Invoke(enter)
        except Exception as error:
            yield from call.ended(Ending(error=error))
            raise
        logged = AsyncLoggedStream if call.context.is_async else LoggedStream
        stream._raw_stream = logged(stream._raw_stream, call, pairs=False)
        return logged(stream, call, pairs=True, record=False) if call.return_pl_id else stream

    def exit(self, leave: Callable[..., Any], exc_info: tuple[Any, ...]) -> Flow[Any]:
        try:
            return (yield Invoke(functools.partial(leave, *exc_info)))
        finally:
            # Leaving the block before the end: OpenAI's helpers close the HTTP response, not
            # the raw stream, so what arrived is logged here (nothing happens if already logged).
            yield from self.call.stream_ended(partial=True)
