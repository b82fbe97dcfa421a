"""PromptLayer and AsyncPromptLayer: wiring only.

Each client builds one context (`_context.py`: settings, retry policy, driver, call log,
tracing, closers) and hands it to its resources. Both clients take the same parameters and
list the same operations; a method's signature and docstring live where its logic is (the
cores' flows, `RunCall`), and `_faces.py` derives the sync and the async method from it.
The two differ only in their driver: httpx.Client or httpx.AsyncClient, one per client,
pooled and reused, with a finite timeout on every request.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

import httpx

from . import _validate as check
from ._context import AsyncContext, ClientContext, SyncContext
from ._faces import AsyncFace, SyncFace, Twin, operation
from ._settings import Settings, http_verify, resolve_settings, url_for_display
from ._transport.call_log import AsyncCallLog, CallLog
from ._transport.drivers import AsyncDriver, SyncDriver
from ._transport.light import LightDriver, background_transport_mode, light_transport_applies
from ._transport.retry import RetryPolicy
from ._version import __version__
from .errors import PromptLayerValidationError
from .skills import AsyncSkills, Skills, SkillsCore
from .templates.cache import DEFAULT_MAX_ENTRIES, TemplateCache
from .templates.resource import AsyncTemplates, Templates, TemplatesCore
from .tracing.off import NO_TRACING
from .tracking import AsyncGroup, AsyncTrack, Group, Track, TrackingCore
from .workflows import WorkflowsCore

if TYPE_CHECKING:
    from promptlayer_api import AuthenticatedClient

    from .evaluations.runner import AsyncEvalManager, EvalManager
    from .run import RunCall
    from .tables.faces import AsyncTableManager, TableManager
    from .tracing.client_tracing import ClientTracing
    from .tracing.off import NoTracing

logger = logging.getLogger("promptlayer")
HttpT = TypeVar("HttpT", httpx.Client, httpx.AsyncClient)
F = TypeVar("F", bound=Callable[..., Any])  # a decorated function keeps its own type

CONNECT_TIMEOUT_SECONDS = 10.0
# The background log worker sends each log once per try and decides itself when to try again.
ONE_TRY = RetryPolicy(max_retries=0)


def _timeout(settings: Settings) -> httpx.Timeout:
    seconds = settings.timeout
    return httpx.Timeout(seconds, connect=min(seconds, CONNECT_TIMEOUT_SECONDS))


def _request_headers(settings: Settings) -> dict[str, str]:
    return {
        "User-Agent": f"promptlayer-python/{__version__}",
        **settings.default_headers,
        "X-API-KEY": settings.api_key,
    }


def _sync_context(
    settings: Settings,
    policy: RetryPolicy,
    tracing: ClientTracing | NoTracing,
    http_client: httpx.Client | None,
) -> SyncContext:
    owns_http = http_client is None
    http = http_client or httpx.Client(timeout=_timeout(settings), verify=http_verify(settings.base_url))
    headers = _request_headers(settings)
    driver = SyncDriver(http, settings.base_url, headers)
    context = SyncContext(settings, policy, tracing, driver)

    def background() -> SyncDriver:
        """LightDriver when it talks to PromptLayer exactly as the client would, else the client's
        (for background logs, and for an evaluation's rows)."""
        if not light_transport_applies(settings.base_url, own_http_client=owns_http):
            return driver
        return LightDriver(driver, settings.base_url, headers, settings.timeout)

    context.make_bulk_driver = background
    context.call_log = CallLog(
        driver,
        TrackingCore(policy).track_request,
        TrackingCore(ONE_TRY).track_request,
        background,
        queue_size=settings.log_queue_size,
        close_timeout=settings.close_timeout,
    )
    if owns_http:
        context.on_close(http.close)  # registered first: closed last
    return context


def _async_context(
    settings: Settings,
    policy: RetryPolicy,
    tracing: ClientTracing | NoTracing,
    http_client: httpx.AsyncClient | None,
) -> AsyncContext:
    owns_http = http_client is None
    verify = http_verify(settings.base_url)

    def new_pool() -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=_timeout(settings), verify=verify)

    http = http_client or new_pool()
    driver = AsyncDriver(
        http, settings.base_url, _request_headers(settings), make_http=new_pool if owns_http else None
    )
    # The twin has the same settings, its own connections, and no tracing: spans stay this client's.
    context = AsyncContext(
        settings,
        policy,
        tracing,
        driver,
        make_twin=lambda: _sync_context(settings, policy, NO_TRACING, None),
    )
    context.call_log = AsyncCallLog(
        driver,
        TrackingCore(policy).track_request,
        TrackingCore(ONE_TRY).track_request,
        lambda: context.sync_twin().call_log,
        loop_only=not owns_http,
        queue_size=settings.log_queue_size,
        close_timeout=settings.close_timeout,
    )
    if owns_http:
        context.on_close(lambda: driver.http.aclose())  # the pool of the last loop used
    return context


@overload
def context_of(client: PromptLayer) -> SyncContext: ...
@overload
def context_of(client: AsyncPromptLayer) -> AsyncContext: ...
def context_of(client: PromptLayer | AsyncPromptLayer) -> ClientContext:
    """A client's context, for the integrations that work with a client's settings and tracing."""
    if not isinstance(client, (PromptLayer, AsyncPromptLayer)):
        raise PromptLayerValidationError(
            f"client must be a PromptLayer or AsyncPromptLayer client, got {type(client).__name__}"
        )
    return client._context


def _define_run(
    context: ClientContext,
    prompt_name: str,
    prompt_version: int | None = None,
    prompt_release_label: str | None = None,
    input_variables: Mapping[str, Any] | None = None,
    model_parameter_overrides: Mapping[str, Any] | None = None,
    tags: list[str] | None = None,
    metadata: Mapping[str, str] | None = None,
    group_id: int | None = None,
    stream: bool = False,
    provider: str | None = None,
    model: str | None = None,
) -> RunCall:
    """Run a prompt template: fetch it, call its provider with its `llm_kwargs`, log the call.

    Answers {"request_id", "raw_response" (the provider SDK's response), "prompt_blueprint"};
    with `stream=True`, an iterator of such items (an async iterator on AsyncPromptLayer),
    one per chunk, the last one carrying the request id (see `promptlayer.run`). The template
    comes from `templates.get` (the cache when it is on) with `prompt_version`,
    `prompt_release_label`, `input_variables`, `provider`, `model` and
    `model_parameter_overrides`; `metadata` (like `tags` and `group_id`) only goes on the
    request log: it does not select the template and is not part of the cache key. Provider
    keys come from the provider's environment variables (OPENAI_API_KEY, ANTHROPIC_API_KEY);
    provider errors are logged and re-raised unchanged. With `throw_on_error=False`, None when
    the template cannot be fetched.
    """
    from .run import RunCall  # the provider layer loads on the first run

    return RunCall(
        context,
        prompt_name,
        prompt_version,
        prompt_release_label,
        input_variables,
        tags=tags,
        metadata=metadata,
        group_id=group_id,
        model_parameter_overrides=model_parameter_overrides,
        stream=stream,
        provider=provider,
        model=model,
    )


def _sdk_provider(tracer_provider: Any) -> Any:
    if tracer_provider is None:
        return None
    needed = ("add_span_processor", "get_tracer")
    if not all(callable(getattr(tracer_provider, name, None)) for name in needed):
        raise PromptLayerValidationError(
            "tracer_provider must be an OpenTelemetry SDK tracer provider, "
            f"got {type(tracer_provider).__name__}"
        )
    return tracer_provider


def _refuse_provider_instrumentation(tracing_providers: Iterable[str] | None) -> None:
    """Official clients instrument provider SDKs for the names given (all installed ones for None);
    this SDK traces its own calls only, so an explicit list it cannot honour is refused."""
    if tracing_providers is None:
        return
    if isinstance(tracing_providers, str) or not isinstance(tracing_providers, Iterable):
        raise PromptLayerValidationError(
            f"tracing_providers must be a list of provider names, got {type(tracing_providers).__name__}"
        )
    names = list(tracing_providers)
    if names:
        raise PromptLayerValidationError(
            f"tracing_providers={names!r} is not supported yet: this SDK does not instrument provider "
            "SDKs; pass tracing_providers=None or [] (its own calls and traceable spans are traced)"
        )


def _run_sync(client: PromptLayer, call: RunCall) -> Any:
    from .run import Streamed, run_flow

    client._context.ensure_open()
    driver = client._context.driver
    result = driver.run(run_flow(client._context, client._templates, call))
    return driver.iterate(result.flow) if isinstance(result, Streamed) else result


async def _run_async(client: AsyncPromptLayer, call: RunCall) -> Any:
    from .run import Streamed, run_flow

    client._context.ensure_open()
    driver = client._context.driver
    result = await driver.run(run_flow(client._context, client._templates, call))
    return driver.iterate(result.flow) if isinstance(result, Streamed) else result


class _ClientBase(Generic[HttpT]):
    """What both clients do the same way: the constructor (one signature for both) and
    everything without I/O. A subclass names its HTTP client class and builds its context
    and resources in `_wire`."""

    _HTTP_CLIENT: type[HttpT]
    _context: SyncContext | AsyncContext

    def __init__(
        self,
        api_key: str | None = None,
        enable_tracing: bool = False,
        base_url: str | None = None,
        throw_on_error: bool = True,
        cache_ttl_seconds: float = 0,
        tracer_provider: Any = None,
        tracing_providers: Iterable[str] | None = None,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        http_client: HttpT | None = None,
        default_headers: Mapping[str, str] | None = None,
        cache_max_entries: int = DEFAULT_MAX_ENTRIES,
        stale_while_revalidate: bool = False,
        close_timeout: float | None = None,
        log_queue_size: int | None = None,
    ) -> None:
        """- `api_key`: else PROMPTLAYER_API_KEY. `base_url`: else PROMPTLAYER_BASE_URL, else the cloud.
        - `throw_on_error=False`: API failures return None and are logged as warnings
          (invalid arguments still raise PromptLayerValidationError).
        - `cache_ttl_seconds > 0`: templates are cached and rendered locally (see `templates.get`).
        - with `enable_tracing=True`: `tracer_provider` (an OpenTelemetry SDK provider) gets this
          client's export to PromptLayer and makes its spans; `tracing_providers` must be empty or
          None: instrumenting provider SDKs (openai, anthropic...) is not supported yet.
          Both are ignored with tracing off, as in the official SDK.
        - `timeout` (seconds, every request), `max_retries` (429/5xx/network, default 3),
          `http_client` (your own httpx client, sync or async as the client; left open on close),
          `default_headers`; `cache_max_entries` bounds the cache, `stale_while_revalidate`
          serves an expired entry at once while it is fetched again in the background.
        - `close_timeout` (else PROMPTLAYER_CLOSE_TIMEOUT, else 5 s): the most `close()` and
          interpreter exit wait for background call logs; what is left is dropped with a warning.
          `log_queue_size` (default 10,000): background logs kept while PromptLayer is unreachable.
        """
        settings = resolve_settings(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            throw_on_error=throw_on_error,
            cache_ttl_seconds=cache_ttl_seconds,
            default_headers=default_headers,
            close_timeout=close_timeout,
            log_queue_size=log_queue_size,
        )
        background_transport_mode()  # a bad PROMPTLAYER_BACKGROUND_TRANSPORT fails here, not at a log
        check.boolean(enable_tracing, "enable_tracing")
        check.positive(cache_max_entries, "cache_max_entries")
        check.boolean(stale_while_revalidate, "stale_while_revalidate")
        if http_client is not None and not isinstance(http_client, self._HTTP_CLIENT):
            raise PromptLayerValidationError(
                f"http_client must be an httpx.{self._HTTP_CLIENT.__name__} for {type(self).__name__}"
            )
        policy = RetryPolicy(max_retries=settings.max_retries)
        cache = (
            TemplateCache(settings.cache_ttl_seconds, cache_max_entries)
            if settings.cache_ttl_seconds > 0
            else None
        )
        self._templates = TemplatesCore(policy, cache, stale_while_revalidate=stale_while_revalidate)
        self._tracking = TrackingCore(policy)
        self._workflows = WorkflowsCore(policy)
        self._skills = SkillsCore(policy)
        tracing: ClientTracing | NoTracing = NO_TRACING
        if enable_tracing:
            from .tracing.client_tracing import ClientTracing
            from .tracing.export import require_tracing_sdk

            _refuse_provider_instrumentation(tracing_providers)
            provider = _sdk_provider(tracer_provider)
            require_tracing_sdk()
            tracing = ClientTracing(settings, tracer_provider=provider)
        self._wire(settings, policy, tracing, http_client)

    def _wire(
        self,
        settings: Settings,
        policy: RetryPolicy,
        tracing: ClientTracing | NoTracing,
        http_client: HttpT | None,
    ) -> None:
        raise NotImplementedError

    @property
    def tracing_enabled(self) -> bool:
        return self._context.tracing.enabled

    @property
    def base_url(self) -> str:
        return self._context.settings.base_url

    @property
    def throw_on_error(self) -> bool:
        return self._context.settings.throw_on_error

    def _generated_client(self, **pools: Any) -> AuthenticatedClient:
        from ._transport.api_client import RetryingClient  # loads the generated package

        settings = self._context.settings
        return RetryingClient(
            **pools,
            base_url=settings.base_url,
            token=settings.api_key,
            prefix="",
            auth_header_name="X-API-KEY",
            headers=dict(settings.default_headers),
            timeout=_timeout(settings),
            policy=self._context.policy,
        )

    def invalidate(self, prompt_name: str | None = None) -> None:
        """Forget cached templates: one by name, or all of them."""
        self._templates.invalidate(prompt_name)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={url_for_display(self._context.settings.base_url)!r})"

    @cached_property
    def openai(self) -> Any:
        """The `openai` module with every request logged to PromptLayer (`pl.openai.OpenAI()`,
        `pl.openai.chat.completions.create(...)`); request methods also take `pl_tags=[...]`
        and `return_pl_id=True`. Needs the extra: `pip install "promptlayer[openai]"`."""
        from .providers.openai import openai_proxy

        return openai_proxy(self._context)

    @cached_property
    def anthropic(self) -> Any:
        """The `anthropic` module with every request logged to PromptLayer (`pl.anthropic.Anthropic()`);
        see `openai`. Needs the extra: `pip install "promptlayer[anthropic]"`."""
        from .providers.anthropic import anthropic_proxy

        return anthropic_proxy(self._context)

    @overload
    def traceable(self, attributes: F, name: None = None) -> F: ...
    @overload
    def traceable(
        self, attributes: Mapping[str, Any] | None = None, name: str | None = None
    ) -> Callable[[F], F]: ...
    def traceable(
        self, attributes: Mapping[str, Any] | Callable[..., Any] | None = None, name: str | None = None
    ) -> Any:
        """Decorate a function, generator, coroutine or async generator so each call is a span
        (named `name`, else the function's name) with `attributes`, its inputs and output
        (`function_input` / `function_output`, JSON, cut at 8 KB) and, when it raises, status
        ERROR. Spans it starts nest under it. With tracing off it returns the function unchanged.

        `@pl.traceable()`, `@pl.traceable({"team": "search"}, "step")` (attributes first, as in
        the official SDK), `@pl.traceable(name="step")`, `@pl.traceable`.
        """
        from .tracing.traceable import traceable

        return traceable(self._context.tracing, attributes, name)

    @overload
    def traceTool(self, name: F, attributes: Mapping[str, Any] | None = None) -> F: ...
    @overload
    def traceTool(
        self, name: str | None = None, attributes: Mapping[str, Any] | None = None
    ) -> Callable[[F], F]: ...
    def traceTool(  # the official SDK's name
        self, name: str | Callable[..., Any] | None = None, attributes: Mapping[str, Any] | None = None
    ) -> Any:
        """`traceable` for a tool the agent calls: the span is "Tool: <name>" (else the function's
        name) with `node_type` CODE_EXECUTION, `tool.name` and `function_name`, plus `attributes`.
        Name first here, as in the official SDK."""
        from .tracing.traceable import trace_tool

        return trace_tool(self._context.tracing, name, attributes)


class PromptLayer(_ClientBase[httpx.Client], SyncFace):
    """The synchronous client. Close it, or use it in a `with` block, to release connections.
    Its parameters: see `_ClientBase.__init__` (the same for AsyncPromptLayer)."""

    _HTTP_CLIENT = httpx.Client
    _context: SyncContext

    def _wire(
        self,
        settings: Settings,
        policy: RetryPolicy,
        tracing: ClientTracing | NoTracing,
        http_client: httpx.Client | None,
    ) -> None:
        context = _sync_context(settings, policy, tracing, http_client)
        SyncFace.__init__(self, context)
        self.templates = Templates(context, self._templates)
        self.track = Track(context, self._tracking)
        self.skills = Skills(context, self._skills)
        self.group = Group(context, self._tracking)

    log_request = operation(TrackingCore.log_request, part="_tracking")
    run_workflow = operation(WorkflowsCore.run_workflow, part="_workflows")
    run = Twin(_define_run, sync=_run_sync, async_=_run_async, part="_context")

    @cached_property
    def tables(self) -> TableManager:
        """Tables of datasets and evaluations: `pl.tables.list()`, `pl.tables.create({...})`,
        `pl.tables.sheets(table_id).for_sheet(sheet_id).rows.add({...})`... (see promptlayer.tables).
        Loaded on first use."""
        from .tables.core import TablesCore
        from .tables.faces import TableManager

        return TableManager(self._context, TablesCore(self._context.policy))

    @cached_property
    def evals(self) -> EvalManager:
        """Evaluations with this client's key and URL: `pl.evals.run({"name", "dataset",
        "runner", "scorers", ...})`, as `promptlayer.evaluate` takes them. Loaded on first use."""
        from .evaluations.runner import EvalManager

        return EvalManager(self._context)

    @cached_property
    def api(self) -> AuthenticatedClient:
        """The generated client for any endpoint, sharing this client's connections, settings
        and retry policy (reads retried; writes resent only when they cannot have applied).

        `from promptlayer_api.api.workflows import list_workflows`
        `list_workflows.sync_detailed(client=pl.api)`
        """
        client = self._generated_client(pool=self._context.driver.current_http)
        return client.set_httpx_client(self._context.driver.http)

    def flush(self, timeout: float | None = None) -> None:
        """Deliver what is pending now: background call logs, then finished spans."""
        self._context.flush(self._context.settings.timeout if timeout is None else timeout)

    def close(self) -> None:
        """Wait (at most `close_timeout` seconds) for background refreshes and call logs, dropping
        what is left with a warning; deliver pending spans, then release pooled connections (a
        client passed in as http_client is left open)."""
        self._context.close()

    def __enter__(self) -> PromptLayer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncPromptLayer(_ClientBase[httpx.AsyncClient], AsyncFace):
    """The asynchronous client: the same parameters and methods as PromptLayer, awaited.

    `await client.aclose()`, or use it in an `async with` block.
    """

    _HTTP_CLIENT = httpx.AsyncClient
    _context: AsyncContext

    def _wire(
        self,
        settings: Settings,
        policy: RetryPolicy,
        tracing: ClientTracing | NoTracing,
        http_client: httpx.AsyncClient | None,
    ) -> None:
        context = _async_context(settings, policy, tracing, http_client)
        AsyncFace.__init__(self, context)
        self.templates = AsyncTemplates(context, self._templates)
        self.track = AsyncTrack(context, self._tracking)
        self.skills = AsyncSkills(context, self._skills)
        self.group = AsyncGroup(context, self._tracking)

    log_request = operation(TrackingCore.log_request, part="_tracking")
    run_workflow = operation(WorkflowsCore.run_workflow, part="_workflows")
    run = Twin(_define_run, sync=_run_sync, async_=_run_async, part="_context")

    @cached_property
    def tables(self) -> AsyncTableManager:
        """`pl.tables` of the async client: the same methods, awaited. Loaded on first use."""
        from .tables.core import TablesCore
        from .tables.faces import AsyncTableManager

        return AsyncTableManager(self._context, TablesCore(self._context.policy))

    @cached_property
    def evals(self) -> AsyncEvalManager:
        """`pl.evals` of the async client: `await pl.evals.run({...})`. Loaded on first use."""
        from .evaluations.runner import AsyncEvalManager

        return AsyncEvalManager(self._context)

    @cached_property
    def api(self) -> AuthenticatedClient:
        """The generated client for any endpoint, with this client's retry policy; call its
        `asyncio_detailed` functions."""
        client = self._generated_client(async_pool=self._context.driver.current_http)
        return client.set_async_httpx_client(self._context.driver.http)

    async def flush(self, timeout: float | None = None) -> None:
        """Deliver what is pending now: background call logs, then finished spans (exported
        in a worker thread, so the event loop keeps running)."""
        await self._context.flush(self._context.settings.timeout if timeout is None else timeout)

    async def aclose(self) -> None:
        """Wait for background refreshes and call logs, deliver pending spans, then release
        pooled connections."""
        await self._context.aclose()

    async def __aenter__(self) -> AsyncPromptLayer:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
