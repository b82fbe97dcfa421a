"""`client.traceable`: a span around each call of a function, generator or coroutine.

For generators the span is current during each step only, so the caller's own spans between
steps do not nest under it.
"""

from __future__ import annotations

import dataclasses
import functools
import inspect
import json
from collections.abc import AsyncGenerator, Callable, Generator, Mapping, Sequence
from typing import Any, TypeVar, cast

from opentelemetry.context import attach, detach
from opentelemetry.trace import set_span_in_context

from ..errors import PromptLayerValidationError
from .client_tracing import ClientTracing, record_error
from .off import NoTracing

F = TypeVar("F", bound=Callable[..., Any])
MAX_VALUE_CHARS = 8192
_SCALARS = (str, bool, int, float)
_TRUNCATED = "...[truncated]"


def _plain(value: Any) -> Any:
    """What JSON cannot carry as is: pydantic models (provider responses) and dataclasses as
    their fields, sets and tuples as lists, anything else as its repr."""
    dump = getattr(value, "model_dump", None)
    if callable(dump) and not isinstance(value, type):
        try:
            return dump(mode="json")
        except Exception:
            return repr(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    if isinstance(value, (set, frozenset)):
        return list(value)
    return repr(value)


_JSON = json.JSONEncoder(default=_plain, ensure_ascii=False)  # one encoder: json.dumps makes one a call


def encode(value: Any, limit: int = MAX_VALUE_CHARS) -> str:
    """JSON for a span attribute (see `_plain` for values JSON cannot carry), cut at `limit` chars."""
    try:
        text = _JSON.encode(value)
    except (TypeError, ValueError, RecursionError):
        text = repr(value)
    return text if len(text) <= limit else text[: limit - len(_TRUNCATED)] + _TRUNCATED


class _GeneratorSpan:
    """The span of one traced generator, ended when the iteration ends: an exception marks it
    failed, a close (GeneratorExit) does not. Yielded items are kept for `function_output`
    until their encoding would pass the limit."""

    def __init__(self, span: Any) -> None:
        self.span = span
        self.items: list[Any] = []
        self.size = 0
        self.count = 0

    def add(self, item: Any) -> None:
        self.count += 1
        if self.size <= MAX_VALUE_CHARS:
            self.items.append(item)
            self.size += len(encode(item, MAX_VALUE_CHARS + 1)) + 2

    def __enter__(self) -> _GeneratorSpan:
        return self

    def __exit__(self, kind: Any, error: BaseException | None, traceback: Any) -> None:
        if error is not None and not isinstance(error, GeneratorExit):
            record_error(self.span, error)
        self.span.set_attribute("function_output", encode(self.items))
        self.span.set_attribute("promptlayer.yielded_items", self.count)
        self.span.end()


def check_attributes(attributes: Any) -> dict[str, Any]:
    """Span attributes as OpenTelemetry accepts them, else PromptLayerValidationError."""
    if attributes is None:
        return {}
    if not isinstance(attributes, Mapping):
        raise PromptLayerValidationError(f"attributes must be a mapping, got {type(attributes).__name__}")
    checked: dict[str, Any] = {}
    for key, value in attributes.items():
        if not isinstance(key, str) or not key:
            raise PromptLayerValidationError(f"attribute names must be non-empty strings, got {key!r}")
        if isinstance(value, _SCALARS):
            checked[key] = value
        elif (
            isinstance(value, Sequence)
            and not isinstance(value, (str, bytes))
            and len({type(item) for item in value}) <= 1
            and all(isinstance(item, _SCALARS) for item in value)
        ):
            checked[key] = tuple(value)
        else:
            raise PromptLayerValidationError(
                f"attribute {key!r} must be a str, bool, int, float or a list of one of them; got {value!r}"
            )
    return checked


def traceable(
    tracing: ClientTracing | NoTracing,
    attributes: Mapping[str, Any] | Callable[..., Any] | None = None,
    name: str | None = None,
) -> Any:
    """The decorator (`@client.traceable()`, `@client.traceable({"team": "a"}, "step")`), or,
    used bare (`@client.traceable`), the decorated function. Attributes come first, as in the
    official SDK."""
    if callable(attributes):
        return traceable(tracing, None, name)(attributes)
    if name is not None and (not isinstance(name, str) or not name):
        raise PromptLayerValidationError(f"name must be a non-empty string, got {name!r}")
    static = check_attributes(attributes)

    def decorate(func: F) -> F:
        if not callable(func):
            raise PromptLayerValidationError(f"traceable decorates functions, got {func!r}")
        if not isinstance(tracing, ClientTracing):
            return func
        span_name = name or getattr(func, "__name__", None) or type(func).__name__
        return cast(F, _wrap(tracing, func, span_name, static))

    return decorate


def trace_tool(
    tracing: ClientTracing | NoTracing,
    name: str | Callable[..., Any] | None = None,
    attributes: Mapping[str, Any] | None = None,
) -> Any:
    """`traceable` for a tool: the span is "Tool: <tool>" and says it ran code, as the trajectory
    scorers and the trace view expect (`node_type`, `tool.name`, `function_name`)."""
    if callable(name):
        return trace_tool(tracing, None, attributes)(name)
    if name is not None and (not isinstance(name, str) or not name):
        raise PromptLayerValidationError(f"name must be a non-empty string, got {name!r}")
    extra = check_attributes(attributes)

    def decorate(func: F) -> F:
        tool = name or getattr(func, "__name__", None) or type(func).__name__
        tool_attributes = {"node_type": "CODE_EXECUTION", "tool.name": tool, "function_name": tool, **extra}
        return cast(F, traceable(tracing, tool_attributes, f"Tool: {tool}")(func))

    return decorate


def _start(tracing: ClientTracing, span_name: str, static: dict[str, Any], args: Any, kwargs: Any) -> Any:
    # The input goes in with the static attributes: one attribute set built once per span.
    attributes = {**static, "function_input": encode({"args": args, "kwargs": kwargs})}
    return tracing.start_span(span_name, attributes)


def _wrap(tracing: ClientTracing, func: Callable[..., Any], span_name: str, static: dict[str, Any]) -> Any:
    if inspect.isasyncgenfunction(func):

        async def async_generator(*args: Any, **kwargs: Any) -> AsyncGenerator[Any, Any]:
            with _GeneratorSpan(_start(tracing, span_name, static, args, kwargs)) as traced:
                generator = func(*args, **kwargs)
                step, value = generator.asend, None
                while True:
                    with tracing.use(traced.span):
                        try:
                            item = await step(value)
                        except StopAsyncIteration:
                            break
                    traced.add(item)
                    try:
                        value = yield item
                        step = generator.asend
                    except GeneratorExit:
                        traced.span.set_attribute("promptlayer.closed_early", True)
                        await generator.aclose()
                        raise
                    except BaseException as thrown:
                        step, value = generator.athrow, thrown

        return functools.wraps(func)(async_generator)

    if inspect.isgeneratorfunction(func):

        def generator_function(*args: Any, **kwargs: Any) -> Generator[Any, Any, Any]:
            with _GeneratorSpan(_start(tracing, span_name, static, args, kwargs)) as traced:
                generator = func(*args, **kwargs)
                step, value = generator.send, None
                while True:
                    with tracing.use(traced.span):
                        try:
                            item = step(value)
                        except StopIteration as stop:
                            return stop.value
                    traced.add(item)
                    try:
                        value = yield item
                        step = generator.send
                    except GeneratorExit:
                        traced.span.set_attribute("promptlayer.closed_early", True)
                        generator.close()
                        raise
                    except BaseException as thrown:
                        step, value = generator.throw, thrown

        return functools.wraps(func)(generator_function)

    if inspect.iscoroutinefunction(func):

        async def coroutine(*args: Any, **kwargs: Any) -> Any:
            span = _start(tracing, span_name, static, args, kwargs)
            try:
                token = attach(set_span_in_context(span))
                try:
                    result = await func(*args, **kwargs)
                finally:
                    detach(token)
                span.set_attribute("function_output", encode(result))
                return result
            except BaseException as error:
                record_error(span, error)
                raise
            finally:
                span.end()

        return functools.wraps(func)(coroutine)

    def function(*args: Any, **kwargs: Any) -> Any:
        span = _start(tracing, span_name, static, args, kwargs)
        try:
            token = attach(set_span_in_context(span))  # not `with tracing.use()`: the hot path
            try:
                result = func(*args, **kwargs)
            finally:
                detach(token)
            span.set_attribute("function_output", encode(result))
            return result
        except BaseException as error:
            record_error(span, error)
            raise
        finally:
            span.end()

    return functools.wraps(func)(function)
