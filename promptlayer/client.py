"""PromptLayer and AsyncPromptLayer.

Both hold the same settings, retry policy, template cache and operation cores; they differ
only in the driver that performs HTTP (httpx.Client or httpx.AsyncClient, one per client,
pooled and reused, a finite timeout on every request).
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable, Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, Unpack

import httpx

from . import __version__
from ._settings import Settings, resolve_settings
from ._transport.drivers import AsyncDriver, SyncDriver
from ._transport.flow import Flow
from ._transport.retry import RetryPolicy
from .errors import PromptLayerError, PromptLayerValidationError
from .providers.call_log import AsyncCallLog, CallLog
from .skills import AsyncSkills, Skills, SkillsCore
from .templates.cache import DEFAULT_MAX_ENTRIES, TemplateCache
from .templates.resource import AsyncTemplates, Templates, TemplatesCore
from .tracing.off import NO_TRACING
from .tracking import AsyncGroup, AsyncTrack, Group, Track, TrackingCore
from .types import LogRequestParams, LogRequestResponse
from .workflows import WorkflowsCore

if TYPE_CHECKING:
    from promptlayer_api import AuthenticatedClient

    from .tracing.client_tracing import ClientTracing
    from .tracing.off import NoTracing

logger = logging.getLogger("promptlayer")
T = TypeVar("T")

CONNECT_TIMEOUT_SECONDS = 10.0


class _ClientBase:
    """Settings and the I/O-free parts both clients share."""

    def __init__(
        self,
        api_key: str | None,
        enable_tracing: bool,
        base_url: str | None,
        throw_on_error: bool,
        cache_ttl_seconds: float,
        timeout: float | None,
        max_retries: int | None,
        default_headers: Mapping[str, str] | None,
        cache_max_entries: int,
        stale_while_revalidate: bool,
    ) -> None:
        self._settings: Settings = resolve_settings(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            throw_on_error=throw_on_error,
            cache_ttl_seconds=cache_ttl_seconds,
            default_headers=dict(default_headers) if default_headers else None,
        )
        if not isinstance(enable_tracing, bool):
            raise PromptLayerValidationError(f"enable_tracing must be True or False, got {enable_tracing!r}")
        if not isinstance(cache_max_entries, int) or cache_max_entries < 1:
            raise PromptLayerValidationError(
                f"cache_max_entries must be a positive integer, got {cache_max_entries!r}"
            )
        self._policy = RetryPolicy(max_retries=self._settings.max_retries)
        cache = (
            TemplateCache(self._settings.cache_ttl_seconds, cache_max_entries)
            if self._settings.cache_ttl_seconds > 0
            else None
        )
        self._templates_core = TemplatesCore(
            self._policy, cache, stale_while_revalidate=stale_while_revalidate
        )
        self._tracking_core = TrackingCore(self._policy)
        self._workflows_core = WorkflowsCore(self._policy)
        self._tracing: ClientTracing | NoTracing = NO_TRACING
        if enable_tracing:
            from .tracing.client_tracing import ClientTracing
            from .tracing.export import require_tracing_sdk

            require_tracing_sdk()
            self._tracing = ClientTracing(self._settings)

    @property
    def tracing_enabled(self) -> bool:
        return self._tracing.enabled

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def throw_on_error(self) -> bool:
        return self._settings.throw_on_error

    def _request_headers(self) -> dict[str, str]:
        return {
            "User-Agent": f"promptlayer-python/{__version__}",
            **self._settings.default_headers,
            "X-API-KEY": self._settings.api_key,
        }

    def _timeout(self) -> httpx.Timeout:
        seconds = self._settings.timeout
        return httpx.Timeout(seconds, connect=min(seconds, CONNECT_TIMEOUT_SECONDS))

    def _generated_client(self) -> AuthenticatedClient:
        from promptlayer_api import AuthenticatedClient

        return AuthenticatedClient(
            base_url=self._settings.base_url,
            token=self._settings.api_key,
            prefix="",
            auth_header_name="X-API-KEY",
            headers=dict(self._settings.default_headers),
            timeout=self._timeout(),
        )

    def _failed(self, error: PromptLayerError) -> None:
        """With throw_on_error=False, an API failure becomes a warning and a None result."""
        if self._settings.throw_on_error or isinstance(error, PromptLayerValidationError):
            raise error
        logger.warning("PromptLayer: %s", error)

    def invalidate(self, prompt_name: str | None = None) -> None:
        """Forget cached templates: one by name, or all of them."""
        self._templates_core.invalidate(prompt_name)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._settings.base_url!r})"

    @cached_property
    def openai(self) -> Any:
        """The `openai` module with every request logged to PromptLayer (`pl.openai.OpenAI()`,
        `pl.openai.chat.completions.create(...)`); request methods also take `pl_tags=[...]`
        and `return_pl_id=True`. Needs the extra: `pip install "promptlayer[openai]"`."""
        from .providers.openai import openai_proxy

        return openai_proxy(self)

    @cached_property
    def anthropic(self) -> Any:
        """The `anthropic` module with every request logged to PromptLayer (`pl.anthropic.Anthropic()`);
        see `openai`. Needs the extra: `pip install "promptlayer[anthropic]"`."""
        from .providers.anthropic import anthropic_proxy

        return anthropic_proxy(self)

    def traceable(
        self, name: str | Callable[..., Any] | None = None, attributes: Mapping[str, Any] | None = None
    ) -> Any:
        """Decorate a function, generator, coroutine or async generator so each call is a span
        (named `name`, else the function's name) with `attributes`, its inputs and output
        (`function_input` / `function_output`, JSON, cut at 8 KB) and, when it raises, status
        ERROR. Spans it starts nest under it. With tracing off it returns the function unchanged.

        `@pl.traceable()`, `@pl.traceable(name="step", attributes={"team": "search"})`, `@pl.traceable`.
        """
        from .tracing.traceable import traceable

        return traceable(self._tracing, name, attributes)


class PromptLayer(_ClientBase):
    """The synchronous client. Close it, or use it in a `with` block, to release connections.

    - `api_key`: else PROMPTLAYER_API_KEY. `base_url`: else PROMPTLAYER_BASE_URL, else the cloud.
    - `throw_on_error=False`: API failures return None and are logged as warnings
      (invalid arguments still raise PromptLayerValidationError).
    - `cache_ttl_seconds > 0`: templates are cached and rendered locally (see `templates.get`).
    - `timeout` (seconds, every request), `max_retries` (429/5xx/network, default 3),
      `http_client` (your own httpx.Client; left open on close), `default_headers`.
    """

    def __init__(
        self,
        api_key: str | None = None,
        enable_tracing: bool = False,
        base_url: str | None = None,
        throw_on_error: bool = True,
        cache_ttl_seconds: float = 0,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        http_client: httpx.Client | None = None,
        default_headers: Mapping[str, str] | None = None,
        cache_max_entries: int = DEFAULT_MAX_ENTRIES,
        stale_while_revalidate: bool = False,
        sleep: Callable[[float], None] | None = None,
    ) -> None:
        super().__init__(
            api_key,
            enable_tracing,
            base_url,
            throw_on_error,
            cache_ttl_seconds,
            timeout,
            max_retries,
            default_headers,
            cache_max_entries,
            stale_while_revalidate,
        )
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise PromptLayerValidationError(
                "http_client must be an httpx.Client (AsyncPromptLayer takes an AsyncClient)"
            )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(timeout=self._timeout())
        self._driver = SyncDriver(self._http, self._settings.base_url, self._request_headers())
        if sleep is not None:
            self._driver.sleep = sleep
        self.templates = Templates(self, self._templates_core)
        self.track = Track(self, self._tracking_core)
        self.skills = Skills(self, SkillsCore(self._policy))
        self.group = Group(self, self._tracking_core)
        self._call_log = CallLog(self)

    def _run(self, flow: Flow[T]) -> T | None:
        try:
            return self._driver.run(flow)
        except PromptLayerError as error:
            self._failed(error)
            return None

    @cached_property
    def api(self) -> AuthenticatedClient:
        """The generated client for any endpoint, sharing this client's connections and settings.

        `from promptlayer_api.api.workflows import list_workflows`
        `list_workflows.sync_detailed(client=pl.api)`
        """
        client = self._generated_client()
        client.set_httpx_client(self._http)
        return client

    def log_request(self, **kwargs: Unpack[LogRequestParams]) -> LogRequestResponse | None:
        """Log one LLM request (fields: `promptlayer.types.LogRequestParams`).

        Timestamps are datetimes or epoch seconds. Returns the created log ({"id", ...}).
        """
        return self._run(self._tracking_core.log_request(**kwargs))

    def run(
        self,
        prompt_name: str,
        prompt_version: int | None = None,
        prompt_release_label: str | None = None,
        input_variables: Mapping[str, Any] | None = None,
        tags: list[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        group_id: int | None = None,
        model_parameter_overrides: Mapping[str, Any] | None = None,
        stream: bool = False,
        provider: str | None = None,
        model: str | None = None,
    ) -> Any:
        """Run a prompt template: fetch it, call its provider with its `llm_kwargs`, log the call.

        Answers {"request_id", "raw_response" (the provider SDK's response), "prompt_blueprint"};
        with `stream=True`, an iterator of such items, one per chunk, the last one carrying
        the request id (see `promptlayer.run`). The template comes from `templates.get` (the
        cache when it is on) with `prompt_version`, `prompt_release_label`, `input_variables`,
        `provider`, `model` and `model_parameter_overrides`; `metadata` (like `tags` and
        `group_id`) only goes on the request log: it does not select the template and is not
        part of the cache key. Provider keys come from the provider's environment variables
        (OPENAI_API_KEY, ANTHROPIC_API_KEY); provider errors are logged and re-raised unchanged.
        With `throw_on_error=False`, None when the template cannot be fetched.
        """
        from .run import RunCall, run_sync

        call = RunCall(
            self,
            prompt_name,
            prompt_version,
            prompt_release_label,
            input_variables,
            tags,
            metadata,
            group_id,
            model_parameter_overrides,
            stream,
            provider,
            model,
        )
        return run_sync(self, call)

    def run_workflow(
        self,
        workflow_id_or_name: int | str | None = None,
        input_variables: Mapping[str, Any] | None = None,
        metadata: Mapping[str, str] | None = None,
        workflow_label_name: str | None = None,
        workflow_version: int | None = None,
        return_all_outputs: bool = False,
        timeout: float | None = None,
        workflow_name: str | None = None,
    ) -> Any:
        """Run a workflow and wait for it: the final output's value, or every node's result
        with `return_all_outputs=True` ({node: {status, value, error_message, ...}}).

        Version: `workflow_label_name` or `workflow_version` (a number), else the latest.
        Raises PromptLayerAPITimeoutError after `timeout` seconds (default one hour) and
        PromptLayerAPIError, naming the node errors, when no output node succeeds.
        `workflow_name` is a deprecated alias of `workflow_id_or_name`.
        """
        return self._run(
            self._workflows_core.run_workflow(
                workflow_id_or_name,
                input_variables,
                metadata,
                workflow_label_name,
                workflow_version,
                return_all_outputs,
                timeout,
                workflow_name,
            )
        )

    def flush(self, timeout: float | None = None) -> None:
        """Deliver what is pending now: background call logs, then finished spans."""
        seconds = self._settings.timeout if timeout is None else timeout
        self._call_log.flush(timeout=seconds)
        self._tracing.flush(seconds)

    def close(self) -> None:
        """Wait for background refreshes and call logs, deliver pending spans, then release
        pooled connections (a client passed in as http_client is left open)."""
        self._driver.drain(timeout=self._settings.timeout)
        self._call_log.close(timeout=self._settings.timeout)
        self._tracing.close()
        runs = sys.modules.get("promptlayer.run")  # loaded only if run() was used
        if runs is not None:
            runs.close_provider_clients(self)
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> PromptLayer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncPromptLayer(_ClientBase):
    """The asynchronous client: the same parameters and methods as PromptLayer, awaited.

    `await client.aclose()`, or use it in an `async with` block.
    """

    def __init__(
        self,
        api_key: str | None = None,
        enable_tracing: bool = False,
        base_url: str | None = None,
        throw_on_error: bool = True,
        cache_ttl_seconds: float = 0,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        http_client: httpx.AsyncClient | None = None,
        default_headers: Mapping[str, str] | None = None,
        cache_max_entries: int = DEFAULT_MAX_ENTRIES,
        stale_while_revalidate: bool = False,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        super().__init__(
            api_key,
            enable_tracing,
            base_url,
            throw_on_error,
            cache_ttl_seconds,
            timeout,
            max_retries,
            default_headers,
            cache_max_entries,
            stale_while_revalidate,
        )
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise PromptLayerValidationError(
                "http_client must be an httpx.AsyncClient (PromptLayer takes a Client)"
            )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(timeout=self._timeout())
        self._driver = AsyncDriver(self._http, self._settings.base_url, self._request_headers())
        if sleep is not None:
            self._driver.sleep = sleep
        self.templates = AsyncTemplates(self, self._templates_core)
        self.track = AsyncTrack(self, self._tracking_core)
        self.skills = AsyncSkills(self, SkillsCore(self._policy))
        self.group = AsyncGroup(self, self._tracking_core)
        self._call_log = AsyncCallLog(self)

    async def _run(self, flow: Flow[T]) -> T | None:
        try:
            return await self._driver.run(flow)
        except PromptLayerError as error:
            self._failed(error)
            return None

    @cached_property
    def api(self) -> AuthenticatedClient:
        """The generated client for any endpoint; call its `asyncio_detailed` functions."""
        client = self._generated_client()
        client.set_async_httpx_client(self._http)
        return client

    async def log_request(self, **kwargs: Unpack[LogRequestParams]) -> LogRequestResponse | None:
        """Log one LLM request; see PromptLayer.log_request."""
        return await self._run(self._tracking_core.log_request(**kwargs))

    async def run(
        self,
        prompt_name: str,
        prompt_version: int | None = None,
        prompt_release_label: str | None = None,
        input_variables: Mapping[str, Any] | None = None,
        tags: list[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        group_id: int | None = None,
        model_parameter_overrides: Mapping[str, Any] | None = None,
        stream: bool = False,
        provider: str | None = None,
        model: str | None = None,
    ) -> Any:
        """Run a prompt template; see PromptLayer.run. With `stream=True`, an async iterator."""
        from .run import RunCall, run_async

        call = RunCall(
            self,
            prompt_name,
            prompt_version,
            prompt_release_label,
            input_variables,
            tags,
            metadata,
            group_id,
            model_parameter_overrides,
            stream,
            provider,
            model,
        )
        return await run_async(self, call)

    async def run_workflow(
        self,
        workflow_id_or_name: int | str | None = None,
        input_variables: Mapping[str, Any] | None = None,
        metadata: Mapping[str, str] | None = None,
        workflow_label_name: str | None = None,
        workflow_version: int | None = None,
        return_all_outputs: bool = False,
        timeout: float | None = None,
        workflow_name: str | None = None,
    ) -> Any:
        """Run a workflow and wait for it; see PromptLayer.run_workflow."""
        return await self._run(
            self._workflows_core.run_workflow(
                workflow_id_or_name,
                input_variables,
                metadata,
                workflow_label_name,
                workflow_version,
                return_all_outputs,
                timeout,
                workflow_name,
            )
        )

    async def flush(self, timeout: float | None = None) -> None:
        """Deliver what is pending now: background call logs, then finished spans (exported
        in a worker thread, so the event loop keeps running)."""
        seconds = self._settings.timeout if timeout is None else timeout
        await self._call_log.flush(timeout=seconds)
        if self._tracing.enabled:
            await asyncio.to_thread(self._tracing.flush, seconds)

    async def aclose(self) -> None:
        """Wait for background refreshes and call logs, deliver pending spans, then release
        pooled connections."""
        await self._driver.drain()
        await self._call_log.close(timeout=self._settings.timeout)
        if self._tracing.enabled:
            await asyncio.to_thread(self._tracing.close)
        runs = sys.modules.get("promptlayer.run")  # loaded only if run() was used
        if runs is not None:
            await runs.aclose_provider_clients(self)
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> AsyncPromptLayer:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
