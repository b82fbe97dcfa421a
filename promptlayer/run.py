"""`client.run()`: fetch a prompt template, call its provider with it, log the call.

The logic is written once here, as one flow (`run_flow`, and `_stream_flow` for a stream):
provider calls are `Invoke` effects and stream chunks `Next` effects, so the same code runs
on PromptLayer's driver (sync SDK client) and on AsyncPromptLayer's (async SDK client, awaited).

1. The arguments are checked (PromptLayerValidationError, before any request).
2. The template comes from `client.templates.get` (so from the cache when it is on), with
   version, label, input_variables, provider, model and model_parameter_overrides.
   `metadata` is not sent there: it is the request log's metadata. It neither selects a
   template version (that is `templates.get`'s `metadata_filters`) nor enters the cache key.
3. The provider SDK is called directly with the template's `llm_kwargs` (`stream` set as
   asked; streamed chat completions also ask for usage), on a client built from the
   provider's own environment variables (OPENAI_API_KEY, ANTHROPIC_API_KEY...) and the
   template's `provider_base_url.url` when it has one. Which call: OpenAI chat templates
   use chat completions, or the Responses API when `metadata.model.api_type` is
   "responses"; OpenAI completion templates use the legacy completions; Anthropic chat
   templates use messages. Provider clients are reused per PromptLayer client (and, for
   async, per event loop).
4. The call is logged (POST /track-request) with the template link (prompt_id, version,
   input variables), tags, metadata and group_id, asking for the prompt blueprint back. A
   provider error is logged (status ERROR) and re-raised unchanged. A failed log never fails
   the run: it is a warning, and `request_id` / `prompt_blueprint` are then None.

With tracing on, each run is a "PromptLayer Run" span (current while the template is fetched
and the provider called, so spans those start nest under it; ended when the reply, or the
stream, is done) and the request log names it (`span_id`).

Provider keys never reach PromptLayer: they are not part of `llm_kwargs`, and anything
logged is masked for them.
"""

from __future__ import annotations

import asyncio
import copy
import functools
import importlib
import logging
import os
import threading
import time
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypedDict

from . import _validate as check
from ._redact import secrets_among
from ._transport.flow import END, Emit, Invoke, Iterate, Next
from .errors import PromptLayerError, PromptLayerValidationError
from .providers.anthropic import ANTHROPIC
from .providers.formats import Format, format_for, names_api
from .providers.log_body import streamed_response, track_request_body
from .providers.openai import OPENAI
from .providers.proxy import ProviderSpec
from .templates.resource import TemplateQuery

if TYPE_CHECKING:
    from ._context import ClientContext
    from ._transport.flow import Flow, StreamFlow
    from .templates.resource import TemplatesCore

logger = logging.getLogger("promptlayer")

_NOTHING: Any = object()


class RunResponse(TypedDict):
    """What `run()` answers (and, with `stream=True`, what each streamed item is)."""

    request_id: int | None
    raw_response: Any
    prompt_blueprint: dict[str, Any] | None


# -- the providers run() can call ---------------------------------------------------------------


@dataclass(frozen=True)
class Route:
    """One provider API run() can call: the provider SDK, and the format spoken (its method)."""

    spec: ProviderSpec
    format: Format

    @property
    def path(self) -> tuple[str, ...]:
        return self.format.method

    @property
    def function_name(self) -> str:
        return ".".join((self.spec.module, *self.path))


# The providers run() can call, and the client classes of each one's module: (sync, async).
_SPECS = {"openai": OPENAI, "anthropic": ANTHROPIC}
_CLIENT_CLASSES = {"openai": ("OpenAI", "AsyncOpenAI"), "anthropic": ("Anthropic", "AsyncAnthropic")}
# The Chat Completions API, as `metadata.model.api_type` may name it (None: the default).
_CHAT_COMPLETIONS_API_TYPES = (None, "", "chat-completions", "chat.completions", "chat_completions")


def _route(provider: str, api_type: Any, template_type: Any, prompt_name: str) -> Route:
    if (
        provider == "openai"
        and api_type not in _CHAT_COMPLETIONS_API_TYPES
        and not names_api(provider, api_type)
    ):
        raise PromptLayerError(
            f"run() cannot call the OpenAI {api_type!r} API (template {prompt_name!r}); "
            'it supports "chat-completions" and "responses"'
        )
    spec = _SPECS.get(provider)
    found = format_for(provider, api_type, template_type) if spec is not None else None
    if spec is None or found is None or found.reply is None:
        raise PromptLayerError(
            f"run() cannot call {provider!r} for a {template_type!r} template ({prompt_name!r}): it "
            "supports OpenAI chat and completion templates and Anthropic chat templates"
        )
    return Route(spec, found)


# -- one run ------------------------------------------------------------------------------------


class RunCall:
    """One `run()` call, its arguments checked; builds everything but does no I/O."""

    def __init__(
        self,
        context: ClientContext,
        prompt_name: Any,
        prompt_version: Any,
        prompt_release_label: Any,
        input_variables: Any,
        tags: Any,
        metadata: Any,
        group_id: Any,
        model_parameter_overrides: Any,
        stream: Any,
        provider: Any,
        model: Any,
    ) -> None:
        if not isinstance(stream, bool):
            raise PromptLayerValidationError(f"stream must be True or False, got {stream!r}")
        params = {
            "version": prompt_version,
            "label": prompt_release_label,
            "input_variables": input_variables,
            "provider": provider,
            "model": model,
            "model_parameter_overrides": model_parameter_overrides,
        }
        self.template_params = {name: value for name, value in params.items() if value is not None}
        TemplateQuery(prompt_name, self.template_params)  # checks the name and every parameter
        self.context = context
        self.prompt_name = str(prompt_name)
        self.provider = provider
        self.input_variables: dict[str, Any] = dict(input_variables or {})
        self.tags = check.strings(tags, "tags")
        self.metadata = None if metadata is None else check.string_map(metadata, "metadata")
        self.group_id = None if group_id is None else check.positive(group_id, "group_id")
        self.stream = stream

    def span_attributes(self) -> dict[str, Any]:
        """The run span's attributes known before the template is fetched."""
        attributes: dict[str, Any] = {
            "node_type": "CODE_EXECUTION",
            "promptlayer.prompt.name": self.prompt_name,
        }
        if "version" in self.template_params:
            attributes["promptlayer.prompt.requested.version"] = self.template_params["version"]
        if "label" in self.template_params:
            attributes["promptlayer.prompt.requested.label"] = self.template_params["label"]
        for key, value in (self.metadata or {}).items():
            attributes[f"promptlayer.metadata.{key}"] = value
        return attributes

    def plan(self, template: Mapping[str, Any]) -> Plan:
        """What to call for this template (PromptLayerError when run() cannot call it)."""
        metadata = template.get("metadata")
        model_info = metadata.get("model") if isinstance(metadata, Mapping) else None
        model_info = model_info if isinstance(model_info, Mapping) else {}
        provider = self.provider or model_info.get("provider")
        if not isinstance(provider, str) or not provider:
            raise PromptLayerValidationError(
                f"Prompt {self.prompt_name!r} has no model to run: set its model in the PromptLayer "
                "registry (metadata.model), or pass provider= and model="
            )
        api_type = model_info.get("api_type") if provider == model_info.get("provider") else None
        prompt_template = template.get("prompt_template")
        template_type = prompt_template.get("type") if isinstance(prompt_template, Mapping) else None
        route = _route(provider, api_type, template_type, self.prompt_name)
        llm_kwargs = template.get("llm_kwargs")
        if not isinstance(llm_kwargs, Mapping) or not llm_kwargs:
            raise PromptLayerValidationError(
                f"Prompt {self.prompt_name!r} came without llm_kwargs: give it a model name in the "
                "PromptLayer registry (metadata.model), or pass model="
            )
        kwargs = copy.deepcopy(dict(llm_kwargs))
        kwargs["stream"] = self.stream
        if self.stream:
            kwargs.update(copy.deepcopy(dict(route.format.stream_kwargs)))
        base_url = template.get("provider_base_url")
        url = base_url.get("url") if isinstance(base_url, Mapping) else None
        return Plan(self, template, route, kwargs, url if isinstance(url, str) and url else None)


class Plan:
    """A run whose template is known: the provider call to make and how to log it."""

    def __init__(
        self,
        call: RunCall,
        template: Mapping[str, Any],
        route: Route,
        kwargs: dict[str, Any],
        base_url: str | None,
    ) -> None:
        self.call = call
        self.template = template
        self.route = route
        self.kwargs = kwargs
        self.base_url = base_url
        self.start = 0.0
        self.span_id: str | None = None
        self.module = _import_provider(route.spec)

    # -- the provider side

    def provider_client(self, is_async: bool) -> Any:
        """The provider SDK client for this run (reused for the same settings)."""
        spec = self.route.spec
        name = _CLIENT_CLASSES[spec.module][1 if is_async else 0]
        key_env = tuple(os.environ.get(variable) for variable in (*spec.key_env, *_CLIENT_ENV[spec.module]))
        key = (name, self.base_url, key_env)
        return _clients.get(self.call.context, key, is_async, lambda: self._make_client(name))

    def _make_client(self, name: str) -> Any:
        options = {"base_url": self.base_url} if self.base_url else {}
        return getattr(self.module, name)(**options)

    def method(self, provider_client: Any) -> Any:
        target = provider_client
        for name in self.route.path:
            target = getattr(target, name)
        return target

    def is_stream(self, result: Any) -> bool:
        return isinstance(result, (self.module.Stream, self.module.AsyncStream))

    # -- the PromptLayer side

    def log_body(
        self, response: Any = None, *, error: BaseException | None = None, partial: bool = False
    ) -> dict[str, Any]:
        """The /track-request body of this run."""
        template = self.template
        return track_request_body(
            self.route.function_name,
            self.route.spec.module,
            self.kwargs,
            response,
            start=self.start,
            tags=self.call.tags,
            secrets=self._secrets(),
            provider_error=getattr(self.module, self.route.spec.error_base),
            span_id=self.span_id,
            error=error,
            partial=partial,
            metadata=self.call.metadata,
            prompt_id=template.get("id"),
            prompt_version=template.get("version"),
            prompt_input_variables=self.call.input_variables,
            group_id=self.call.group_id,
            return_prompt_blueprint=True,
        )

    def _secrets(self) -> list[str]:
        found = [os.environ.get(name) for name in self.route.spec.key_env]
        found.append(self.call.context.settings.api_key)
        return secrets_among(found)

    def stream_state(self) -> StreamState:
        return StreamState(self)

    def span_attributes(self) -> dict[str, Any]:
        """The run span's attributes once the template is known."""
        template, model = self.template, self.kwargs.get("model")
        attributes = {
            "promptlayer.prompt.id": template.get("id"),
            "promptlayer.prompt.version": template.get("version"),
            "gen_ai.system": self.route.spec.module,
            "gen_ai.request.model": model if isinstance(model, str) else None,
            "promptlayer.function_name": self.route.function_name,
        }
        return {name: value for name, value in attributes.items() if isinstance(value, (str, int))}


def _planned(context: ClientContext, call: RunCall, template: Mapping[str, Any], span: Any) -> Plan:
    plan = call.plan(template)
    plan.span_id = context.tracing.span_id(span)
    span.set_attributes(plan.span_attributes())
    plan.start = time.time()
    return plan


def _answered(span: Any, request_id: int | None) -> None:
    if request_id is not None:
        span.set_attribute("promptlayer.request_id", request_id)


_CLIENT_ENV = {
    "openai": ("OPENAI_BASE_URL", "OPENAI_ORG_ID", "OPENAI_PROJECT_ID"),
    "anthropic": ("ANTHROPIC_BASE_URL", "ANTHROPIC_AUTH_TOKEN"),
}


def _import_provider(spec: ProviderSpec) -> Any:
    try:
        return importlib.import_module(spec.module)
    except ImportError as error:
        raise PromptLayerError(
            f"run() needs the {spec.module} package for this template: "
            f'pip install "promptlayer[{spec.module}]"'
        ) from error


def _answer(result: Any) -> tuple[int | None, dict[str, Any] | None]:
    """The request id and prompt blueprint in a /track-request answer."""
    if not isinstance(result, Mapping):
        return None, None
    request_id = result.get("request_id")
    blueprint = result.get("prompt_blueprint")
    return (
        request_id if isinstance(request_id, int) and not isinstance(request_id, bool) else None,
        blueprint if isinstance(blueprint, dict) else None,
    )


# -- provider clients, reused ---------------------------------------------------------------------


class _ClientCache:
    """Provider SDK clients per PromptLayer client, so runs share connections.

    Async clients are bound to the event loop they first ran on, so they are also kept per
    loop (and dropped with it).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sync: weakref.WeakKeyDictionary[Any, dict[Any, Any]] = weakref.WeakKeyDictionary()
        self._async: weakref.WeakKeyDictionary[Any, weakref.WeakKeyDictionary[Any, dict[Any, Any]]] = (
            weakref.WeakKeyDictionary()
        )

    def get(self, owner: ClientContext, key: Any, is_async: bool, make: Callable[[], Any]) -> Any:
        with self._lock:
            if owner not in self._sync and owner not in self._async:  # its first: close them with it
                owner.on_close(
                    functools.partial(
                        aclose_provider_clients if owner.is_async else close_provider_clients, owner
                    )
                )
            if is_async:
                per_loop = self._async.setdefault(owner, weakref.WeakKeyDictionary())
                clients = per_loop.setdefault(asyncio.get_running_loop(), {})
            else:
                clients = self._sync.setdefault(owner, {})
            client = clients.get(key)
            if client is None:
                client = clients[key] = make()
            return client

    def pop_sync(self, owner: Any) -> list[Any]:
        with self._lock:
            return list(self._sync.pop(owner, {}).values())

    def pop_async(self, owner: Any) -> list[Any]:
        with self._lock:
            per_loop = self._async.pop(owner, None)
        return [client for clients in (per_loop or {}).values() for client in clients.values()]


def close_provider_clients(owner: Any) -> None:
    """Close the provider clients `owner`'s runs opened (a closer of the sync client)."""
    for client in _clients.pop_sync(owner):
        try:
            client.close()
        except Exception:
            logger.debug("PromptLayer: closing a provider client failed", exc_info=True)


async def aclose_provider_clients(owner: Any) -> None:
    """Close the provider clients `owner`'s runs opened (a closer of the async client); those
    of other event loops can only be dropped."""
    for client in _clients.pop_async(owner) + _clients.pop_sync(owner):
        try:
            result = client.close()
            if asyncio.iscoroutine(result):
                await result
        except Exception:
            logger.debug("PromptLayer: closing a provider client failed", exc_info=True)


_clients = _ClientCache()


# -- streaming ----------------------------------------------------------------------------------


class StreamState:
    """One streamed run: each chunk becomes an item; the whole is logged once at the end.

    Each item's `prompt_blueprint` is the template's with the reply so far: appended as an
    assistant message to a chat template, or as the only message of a chat blueprint for a
    completion template. The last item carries the request id and the blueprint PromptLayer
    answered, which needs one chunk of look-ahead: an item is handed out when the next chunk
    arrives, or the stream ends.
    """

    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.aggregator = plan.route.format.aggregator()
        reply = plan.route.format.reply
        assert reply is not None  # _route picks formats with a reply
        self.reply = reply()
        prompt_template = plan.template.get("prompt_template")
        self.prompt_template = prompt_template if isinstance(prompt_template, Mapping) else {}
        self.metadata = plan.template.get("metadata")
        self.held: Any = _NOTHING
        self.done = False

    def add(self, chunk: Any) -> RunResponse | None:
        """Take a chunk; answers the previous item, now that it is not the last."""
        dumped = chunk.model_dump() if hasattr(chunk, "model_dump") else dict(chunk)
        self.aggregator.add(dumped)
        self.reply.add(dumped)
        item = RunResponse(request_id=None, raw_response=chunk, prompt_blueprint=self._blueprint())
        previous, self.held = self.held, item
        return None if previous is _NOTHING else previous

    def _blueprint(self) -> dict[str, Any]:
        template = copy.deepcopy(dict(self.prompt_template))
        if template.get("type") == "chat":
            template["messages"] = [*(template.get("messages") or []), self.reply.message()]
        else:
            template = {"type": "chat", "messages": [self.reply.message()], "input_variables": []}
        return {"prompt_template": template, "metadata": copy.deepcopy(self.metadata)}

    def body(self, *, error: BaseException | None = None, partial: bool = False) -> dict[str, Any] | None:
        """The log of the stream, once (None when it is already logged)."""
        if self.done:
            return None
        self.done = True
        return self.plan.log_body(streamed_response(self.aggregator), error=error, partial=partial)

    def last(self, answer: Any) -> RunResponse | None:
        """The last item, with the request id and blueprint of the log."""
        if self.held is _NOTHING:
            return None
        item: RunResponse = self.held
        request_id, blueprint = _answer(answer)
        item["request_id"] = request_id
        if blueprint is not None:
            item["prompt_blueprint"] = blueprint
        self.held = _NOTHING
        return item


# -- the run, once for both clients ------------------------------------------------------------


@dataclass(frozen=True)
class Streamed:
    """What a streamed run answers: the flow of its items (a driver's `iterate` runs it)."""

    flow: StreamFlow


def run_flow(
    context: ClientContext, templates: TemplatesCore, call: RunCall
) -> Flow[RunResponse | Streamed | None]:
    """`run()`: None when the template could not be fetched and throw_on_error=False."""
    tracing = context.tracing
    span = tracing.start_span("PromptLayer Run", call.span_attributes())
    try:
        with tracing.use(span):
            try:
                template = templates.cached(call.prompt_name, call.template_params) or (
                    yield from templates.get(call.prompt_name, call.template_params)
                )
            except PromptLayerError as error:
                context.failed(error)  # raises unless throw_on_error=False
                tracing.end(span)
                return None
            plan = _planned(context, call, template, span)
            try:
                result = yield Invoke(
                    lambda: plan.method(plan.provider_client(is_async=context.is_async))(**plan.kwargs)
                )
            except Exception as error:
                yield from context.call_log.flow(plan.log_body(error=error), "run")
                raise
    except BaseException as error:
        tracing.end(span, error)
        raise
    if plan.is_stream(result):
        return Streamed(_stream_flow(context, plan, result, span))
    request_id, blueprint = _answer((yield from context.call_log.flow(plan.log_body(result), "run")))
    _answered(span, request_id)
    tracing.end(span)
    return RunResponse(request_id=request_id, raw_response=result, prompt_blueprint=blueprint)


def _stream_flow(context: ClientContext, plan: Plan, stream: Any, span: Any) -> StreamFlow:
    state = plan.stream_state()
    failure: BaseException | None = None
    try:
        try:
            chunks = yield Iterate(stream)
            while (chunk := (yield Next(chunks))) is not END:
                item = state.add(chunk)
                if item is not None:
                    yield Emit(item)
        except Exception as error:
            failure = error
            body = state.body(error=error)
            if body is not None:
                yield from context.call_log.flow(body, "run")
            raise
        body = state.body()
        last = state.last((yield from context.call_log.flow(body, "run")) if body is not None else None)
        if last is not None:
            _answered(span, last["request_id"])
            yield Emit(last)
    finally:
        body = state.body(partial=True)  # left before the end: log what arrived
        try:
            if body is not None:
                span.set_attribute("promptlayer.closed_early", True)
                try:
                    yield Invoke(stream.close)
                finally:
                    yield from context.call_log.flow(body, "run")
        finally:
            context.tracing.end(span, failure)
