"""Clients passed as `client=` to every endpoint function.

`Client` sends no credentials; `AuthenticatedClient` adds one header carrying the key.
Either wraps one httpx client per flavour (sync, async), created on first use or supplied
with `set_httpx_client` / `set_async_httpx_client` so connections are pooled and reused.
URL and credentials are added to each request, so a supplied httpx client needs neither a
base URL nor the key. Credentials and headers never appear in `repr()`.
"""

import ssl
from typing import Any, Self

import httpx
from attrs import define, evolve, field


@define
class Client:
    """An unauthenticated client.

    Keyword arguments are handed to httpx when it builds its own client: `cookies`,
    `headers`, `timeout`, `verify_ssl`, `follow_redirects`, and any others in `httpx_args`.
    With `raise_on_unexpected_status=True`, an undocumented status raises
    `errors.UnexpectedStatus` instead of giving `parsed=None`.
    """

    _base_url: str = field(alias="base_url")
    raise_on_unexpected_status: bool = field(default=False, kw_only=True)
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies", repr=False)
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers", repr=False)
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(default=True, kw_only=True, alias="verify_ssl")
    _follow_redirects: bool = field(default=False, kw_only=True, alias="follow_redirects")
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args", repr=False)
    _client: httpx.Client | None = field(default=None, init=False, repr=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    def _credentials(self) -> dict[str, str]:
        return {}

    def _all_headers(self) -> dict[str, str]:
        return {**self._headers, **self._credentials()}

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A copy with these extra headers (also applied to live httpx clients)."""
        for live in (self._client, self._async_client):
            if live is not None:
                live.headers.update(headers)
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A copy with these extra cookies (also applied to live httpx clients)."""
        for live in (self._client, self._async_client):
            if live is not None:
                live.cookies.update(cookies)
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A copy with another timeout (also applied to live httpx clients)."""
        for live in (self._client, self._async_client):
            if live is not None:
                live.timeout = timeout
        return evolve(self, timeout=timeout)

    def _prepare(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """Absolute URL and credentials on every request, so any httpx client can carry it."""
        kwargs["url"] = self._base_url.rstrip("/") + kwargs["url"]
        kwargs["headers"] = {**self._all_headers(), **kwargs.get("headers", {})}
        return kwargs

    def request(self, **kwargs: Any) -> httpx.Response:
        """Send one request built by an endpoint module (sync)."""
        return self.get_httpx_client().request(**self._prepare(kwargs))

    async def arequest(self, **kwargs: Any) -> httpx.Response:
        """Send one request built by an endpoint module (async)."""
        return await self.get_async_httpx_client().request(**self._prepare(kwargs))

    def _build_kwargs(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._all_headers(),
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use this httpx client for sync calls; its own settings then apply as they are."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(**self._build_kwargs())
        return self._client

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use this httpx client for async calls; its own settings then apply as they are."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._build_kwargs())
        return self._async_client

    def __enter__(self) -> Self:
        self.get_httpx_client().__enter__()
        return self

    def __exit__(self, *args: Any, **kwargs: Any) -> None:
        self.get_httpx_client().__exit__(*args, **kwargs)

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(self, *args: Any, **kwargs: Any) -> None:
        await self.get_async_httpx_client().__aexit__(*args, **kwargs)


@define
class AuthenticatedClient(Client):
    """A client that sends `token` in `auth_header_name`, after `prefix` when one is set.

    For PromptLayer: `AuthenticatedClient(base_url=..., token=key, prefix="",
    auth_header_name="X-API-KEY")`.
    """

    token: str = field(kw_only=True, repr=False)
    prefix: str = field(default="Bearer", kw_only=True)
    auth_header_name: str = field(default="Authorization", kw_only=True)

    def _credentials(self) -> dict[str, str]:
        value = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {self.auth_header_name: value}
