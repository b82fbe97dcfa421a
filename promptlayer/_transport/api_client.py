"""`pl.api`: the generated client, sending through the facade's retry policy.

Raw typed calls (`list_tables.sync_detailed(client=pl.api)`) are retried like the facade's own:
reads (and writes the spec marks resend-safe) on 429, 5xx and network failures; other writes
only when the server cannot have applied them (429, 503, or the connection never opened). The
operation is found from the request's method and path in the route table generated from the
spec, so no endpoint needs to say anything. `max_retries=0` on the PromptLayer client turns
this off for `pl.api` too.

Imported only when `pl.api` is first used: it loads the generated package.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from functools import cache
from typing import Any

import httpx
from attrs import define, field
from promptlayer_api import AuthenticatedClient

from .._settings import url_for_display
from .flow import Outcome
from .retry import RetryPolicy
from .route_table import ROUTES
from .waits import WAITS

_RESEND_SAFE_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


@cache
def _patterns() -> list[tuple[str, re.Pattern[str], bool]]:
    """(method, path pattern, resend-safe) per operation, most literal paths first."""
    found = []
    for method, template, _success, resend_safe in ROUTES.values():
        pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template))
        found.append((method, re.compile(f"{pattern}$"), resend_safe, template.count("{")))
    found.sort(key=lambda row: row[3])
    return [(method, pattern, safe) for method, pattern, safe, _ in found]


def resend_safe(method: str, path: str) -> bool:
    """Whether sending this request twice cannot apply it twice (the spec's word, else HTTP's)."""
    method = method.upper()
    for known, pattern, safe in _patterns():
        if known == method and pattern.match(path):
            return safe
    return method in _RESEND_SAFE_METHODS


@define
class RetryingClient(AuthenticatedClient):
    """An AuthenticatedClient whose requests follow a RetryPolicy."""

    policy: RetryPolicy = field(factory=RetryPolicy, kw_only=True)
    # The PromptLayer client's pool for each request: it raises once that client is closed,
    # and the async one follows the client to a new event loop.
    pool: Callable[[], httpx.Client] | None = field(default=None, kw_only=True)
    async_pool: Callable[[], httpx.AsyncClient] | None = field(default=None, kw_only=True)

    def __repr__(self) -> str:  # the generated one shows the base URL with any credentials in it
        return f"{type(self).__name__}(base_url={url_for_display(self._base_url)!r}, policy={self.policy!r})"

    def request(self, **kwargs: Any) -> httpx.Response:
        if self.pool is not None:
            self.set_httpx_client(self.pool())
        idempotent = resend_safe(kwargs["method"], kwargs["url"])
        for attempt in itertools.count():
            try:
                outcome: Outcome = super().request(**dict(kwargs))
            except httpx.RequestError as exc:
                outcome = exc
            wait = self._wait(attempt, idempotent, outcome)
            if wait is None:
                return _result(outcome)
            WAITS.sync(wait)
        raise AssertionError("unreachable")

    async def arequest(self, **kwargs: Any) -> httpx.Response:
        if self.async_pool is not None:
            self.set_async_httpx_client(self.async_pool())
        idempotent = resend_safe(kwargs["method"], kwargs["url"])
        for attempt in itertools.count():
            try:
                outcome: Outcome = await super().arequest(**dict(kwargs))
            except httpx.RequestError as exc:
                outcome = exc
            wait = self._wait(attempt, idempotent, outcome)
            if wait is None:
                return _result(outcome)
            await WAITS.async_(wait)
        raise AssertionError("unreachable")

    def _wait(self, attempt: int, idempotent: bool, outcome: Outcome) -> float | None:
        """Seconds to wait before sending again, or None: this outcome is final."""
        if self.policy.should_retry(attempt, idempotent, outcome):
            return self.policy.delay(attempt, outcome)
        return None


def _result(outcome: Outcome) -> httpx.Response:
    if isinstance(outcome, httpx.RequestError):
        raise outcome
    return outcome
