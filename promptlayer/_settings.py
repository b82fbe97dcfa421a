"""Client settings resolved once from arguments and environment, shared by both clients."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from .errors import PromptLayerAuthenticationError, PromptLayerValidationError

DEFAULT_BASE_URL = "https://api.promptlayer.com"
DEFAULT_TIMEOUT_SECONDS = 30.0
DEFAULT_MAX_RETRIES = 3
API_KEY_ENV = "PROMPTLAYER_API_KEY"
BASE_URL_ENV = "PROMPTLAYER_BASE_URL"


@dataclass(frozen=True)
class Settings:
    api_key: str = field(repr=False)
    base_url: str
    timeout: float
    max_retries: int
    throw_on_error: bool
    cache_ttl_seconds: float
    default_headers: dict[str, str] = field(default_factory=dict, repr=False)


def resolve_settings(
    *,
    api_key: str | None,
    base_url: str | None,
    timeout: float | None,
    max_retries: int | None,
    throw_on_error: bool,
    cache_ttl_seconds: float,
    default_headers: dict[str, str] | None,
) -> Settings:
    """Validate arguments and fill gaps from the environment; raises before any I/O."""
    key = api_key if api_key is not None else os.environ.get(API_KEY_ENV)
    if not key:
        raise PromptLayerAuthenticationError(
            f"No PromptLayer API key: pass api_key=... or set the {API_KEY_ENV} environment variable."
        )
    url = (base_url or os.environ.get(BASE_URL_ENV) or DEFAULT_BASE_URL).rstrip("/")
    if not url.startswith(("http://", "https://")):
        raise PromptLayerValidationError(f"base_url must start with http:// or https://, got {url!r}")
    seconds = DEFAULT_TIMEOUT_SECONDS if timeout is None else timeout
    if not seconds > 0:
        raise PromptLayerValidationError(f"timeout must be a positive number of seconds, got {timeout!r}")
    retries = DEFAULT_MAX_RETRIES if max_retries is None else max_retries
    if isinstance(retries, bool) or not isinstance(retries, int) or retries < 0:
        raise PromptLayerValidationError(f"max_retries must be an integer >= 0, got {max_retries!r}")
    if cache_ttl_seconds < 0:
        raise PromptLayerValidationError(f"cache_ttl_seconds must be >= 0, got {cache_ttl_seconds!r}")
    return Settings(
        api_key=key,
        base_url=url,
        timeout=float(seconds),
        max_retries=retries,
        throw_on_error=throw_on_error,
        cache_ttl_seconds=float(cache_ttl_seconds),
        default_headers=dict(default_headers or {}),
    )
