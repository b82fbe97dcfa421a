"""PromptLayer and AsyncPromptLayer: settings, the pooled HTTP client, raw API access.

The higher-level capabilities (templates and cache, logging and tracking, run, workflows,
tracing, skills) arrive in later steps; until then they raise NotImplementedError naming
what is missing rather than pretending to work.
"""

from __future__ import annotations

from types import TracebackType
from typing import TYPE_CHECKING, Any, NoReturn

import httpx

from ._settings import Settings, resolve_settings

if TYPE_CHECKING:
    from promptlayer_api import AuthenticatedClient

_NOT_BUILT = "{what} is not built yet in this SDK (see the project's open issues)."


def _not_built(what: str) -> NoReturn:
    raise NotImplementedError(_NOT_BUILT.format(what=what))


class _ClientBase:
    """What both clients share; holds no I/O of its own."""

    _settings: Settings

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
        default_headers: dict[str, str] | None = None,
    ) -> None:
        self._settings = resolve_settings(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            throw_on_error=throw_on_error,
            cache_ttl_seconds=cache_ttl_seconds,
            default_headers=default_headers,
        )
        if enable_tracing:
            _not_built("Tracing (enable_tracing=True)")

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    def _headers(self) -> dict[str, str]:
        return {**self._settings.default_headers, "X-API-KEY": self._settings.api_key}

    def _timeout(self) -> httpx.Timeout:
        return httpx.Timeout(self._settings.timeout)

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

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self._settings.base_url!r})"

    @property
    def templates(self) -> Any:
        _not_built("Prompt templates (client.templates)")

    @property
    def track(self) -> Any:
        _not_built("Tracking (client.track)")

    @property
    def group(self) -> Any:
        _not_built("Groups (client.group)")

    def log_request(self, *args: Any, **kwargs: Any) -> Any:
        _not_built("log_request")

    def run(self, *args: Any, **kwargs: Any) -> Any:
        _not_built("run()")

    def run_workflow(self, *args: Any, **kwargs: Any) -> Any:
        _not_built("run_workflow()")


class PromptLayer(_ClientBase):
    """Synchronous PromptLayer client. Close it (or use `with`) to release connections."""

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
        default_headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(
            api_key,
            enable_tracing,
            base_url,
            throw_on_error,
            cache_ttl_seconds,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        self._api = self._generated_client()

    @property
    def api(self) -> AuthenticatedClient:
        """The generated client, configured like this one, for any endpoint of the API.

        Example: `get_prompt_template.sync_detailed("name", client=pl.api, body=...)`.
        """
        return self._api

    def close(self) -> None:
        """Release pooled connections."""
        self._api.get_httpx_client().close()

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
    """Asynchronous PromptLayer client. `await aclose()` it (or use `async with`)."""

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
        default_headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(
            api_key,
            enable_tracing,
            base_url,
            throw_on_error,
            cache_ttl_seconds,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
        )
        self._api = self._generated_client()

    @property
    def api(self) -> AuthenticatedClient:
        """The generated client, configured like this one; call its `asyncio_detailed` functions."""
        return self._api

    async def aclose(self) -> None:
        """Release pooled connections."""
        await self._api.get_async_httpx_client().aclose()

    async def __aenter__(self) -> AsyncPromptLayer:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
