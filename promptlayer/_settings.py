"""Client settings resolved once from arguments and environment, shared by both clients.

A setting read from the environment gets the same checks as the argument, and a bad one is
named by its variable. Neither the key nor credentials in the base URL ever reach a message.
"""

from __future__ import annotations

import ipaddress
import logging
import os
import ssl
import urllib.parse
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

from . import _validate as check
from .errors import PromptLayerAuthenticationError, PromptLayerValidationError

logger = logging.getLogger("promptlayer")

DEFAULT_BASE_URL = "https://api.promptlayer.com"
DEFAULT_TIMEOUT_SECONDS = 30.0
DEFAULT_MAX_RETRIES = 3
API_KEY_ENV = "PROMPTLAYER_API_KEY"
BASE_URL_ENV = "PROMPTLAYER_BASE_URL"
CLOSE_TIMEOUT_ENV = "PROMPTLAYER_CLOSE_TIMEOUT"
DEFAULT_CLOSE_TIMEOUT_SECONDS = 5.0
DEFAULT_LOG_QUEUE_SIZE = 10_000
TIMEOUT_ENV = "PROMPTLAYER_TIMEOUT"
MAX_RETRIES_ENV = "PROMPTLAYER_MAX_RETRIES"
# Certificates to trust instead of certifi's: REQUESTS_CA_BUNDLE first (the official SDK is
# built on requests, which reads it), then SSL_CERT_FILE (what httpx reads).
CA_BUNDLE_ENVS = ("REQUESTS_CA_BUNDLE", "SSL_CERT_FILE")

# Plain-http base URLs already warned about: one warning per URL, not one per client.
_warned_plain_http: set[str] = set()


@dataclass(frozen=True, repr=False)
class Settings:
    api_key: str
    base_url: str  # as given: credentials in it still reach httpx, which sends them as Basic auth
    timeout: float
    max_retries: int
    throw_on_error: bool
    cache_ttl_seconds: float
    default_headers: dict[str, str] = field(default_factory=dict)
    close_timeout: float = DEFAULT_CLOSE_TIMEOUT_SECONDS  # the most close() and exit wait for logs
    log_queue_size: int = DEFAULT_LOG_QUEUE_SIZE  # background logs kept while PromptLayer is away

    def __repr__(self) -> str:
        return (
            f"Settings(base_url={url_for_display(self.base_url)!r}, timeout={self.timeout!r}, "
            f"max_retries={self.max_retries!r}, throw_on_error={self.throw_on_error!r}, "
            f"cache_ttl_seconds={self.cache_ttl_seconds!r})"
        )


def resolve_settings(
    *,
    api_key: Any,
    base_url: Any,
    timeout: Any,
    max_retries: Any,
    throw_on_error: Any,
    cache_ttl_seconds: Any,
    default_headers: Any,
    close_timeout: Any = None,
    log_queue_size: Any = None,
) -> Settings:
    """Validate arguments and fill gaps from the environment; raises before any I/O."""
    url = _base_url(base_url, os.environ)
    settings = Settings(
        api_key=_api_key(api_key, os.environ),
        base_url=url,
        timeout=_number(
            timeout, "timeout", os.environ, TIMEOUT_ENV, DEFAULT_TIMEOUT_SECONDS, float, check.seconds
        ),
        max_retries=_number(
            max_retries, "max_retries", os.environ, MAX_RETRIES_ENV, DEFAULT_MAX_RETRIES, int, check.count
        ),
        throw_on_error=check.boolean(throw_on_error, "throw_on_error"),
        cache_ttl_seconds=check.finite(cache_ttl_seconds, "cache_ttl_seconds"),
        default_headers=check.headers(default_headers, "default_headers"),
        close_timeout=_number(  # 0 is allowed: close at once, dropping what is pending (with a warning)
            close_timeout,
            "close_timeout",
            os.environ,
            CLOSE_TIMEOUT_ENV,
            DEFAULT_CLOSE_TIMEOUT_SECONDS,
            float,
            check.finite,
        ),
        log_queue_size=(
            DEFAULT_LOG_QUEUE_SIZE
            if log_queue_size is None
            else check.positive(log_queue_size, "log_queue_size")
        ),
    )
    ca_bundles(os.environ)  # a CA bundle variable naming no file fails here, not at the first request
    _warn_if_key_travels_in_clear(url)
    return settings


T = TypeVar("T")


def _number(
    value: Any,
    name: str,
    env: Mapping[str, str],
    variable: str,
    default: T,
    parse: Callable[[str], Any],
    validate: Callable[[Any, str], T],
) -> T:
    """An argument, else its environment variable, else `default`: validated either way, a bad
    variable named by the variable (and refused as it was written when it does not parse)."""
    if value is not None:
        return validate(value, name)
    text = env.get(variable, "").strip()
    if not text:
        return default
    try:
        parsed: Any = parse(text)
    except ValueError:
        parsed = text
    return validate(parsed, variable)


def ca_bundles(env: Mapping[str, str]) -> list[tuple[str, str]]:
    """(variable, path) of each CA bundle the environment names; empty: httpx's default."""
    found = []
    for name in CA_BUNDLE_ENVS:
        path = env.get(name)
        if path:
            if not os.path.exists(path):
                raise PromptLayerValidationError(f"{name} names {path!r}, which does not exist")
            found.append((name, path))
    return found


def http_verify(base_url: str) -> ssl.SSLContext | bool:
    """What a client's httpx pool verifies certificates with. A pool for an http:// base URL
    never makes a TLS connection (it follows no redirects), so it gets a context with no
    certificates loaded, which saves loading them (~80 ms a client) and could only refuse an
    https server, never accept one unverified."""
    if urllib.parse.urlsplit(base_url).scheme == "http":
        return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    return tls_context() or True


def tls_context() -> ssl.SSLContext | None:
    """An SSL context trusting every CA bundle the environment names (a file or a directory of
    certificates; both variables when both are set, as either tool's users expect theirs to
    count), or None when none is named."""
    bundles = ca_bundles(os.environ)
    if not bundles:
        return None
    context = ssl.create_default_context()
    for name, path in bundles:
        try:
            if os.path.isdir(path):
                context.load_verify_locations(capath=path)
            else:
                context.load_verify_locations(cafile=path)
        except (OSError, ssl.SSLError) as error:
            raise PromptLayerValidationError(
                f"{name}: cannot load certificates from {path!r}: {error}"
            ) from None
    return context


def _api_key(api_key: Any, env: Mapping[str, str]) -> str:
    name, key = ("api_key", api_key) if api_key is not None else (API_KEY_ENV, env.get(API_KEY_ENV))
    if key is None or key == "":
        raise PromptLayerAuthenticationError(
            f"No PromptLayer API key: pass api_key=... or set the {API_KEY_ENV} environment variable."
        )
    return check.secret(key, name)


def _base_url(base_url: Any, env: Mapping[str, str]) -> str:
    if base_url is not None and base_url != "":
        name, url = "base_url", check.string(base_url, "base_url")
    elif env.get(BASE_URL_ENV):
        name, url = BASE_URL_ENV, env[BASE_URL_ENV]
    else:
        return DEFAULT_BASE_URL
    url = url.rstrip("/")
    try:
        parts = urlsplit(url)
        scheme, host = parts.scheme, parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:  # e.g. an unclosed "[" around an IPv6 address
        scheme, host = "", None
    if scheme not in ("http", "https") or not host:
        raise PromptLayerValidationError(
            f"{name} must be an http:// or https:// URL with a host, got {url_for_display(url)!r}"
        )
    return url


def url_for_display(url: str) -> str:
    """`url` without the user name and password it may carry, for reprs and messages."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparsable URL>"
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def is_local_host(host: str | None) -> bool:
    """localhost, 127.0.0.0/8 or ::1: traffic that never leaves the machine."""
    if not host:
        return False
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _warn_if_key_travels_in_clear(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme != "http" or is_local_host(parts.hostname):
        return
    shown = url_for_display(url)
    if shown in _warned_plain_http:
        return
    _warned_plain_http.add(shown)
    logger.warning(
        "PromptLayer: the API key will be sent unencrypted to %s (plain http:// to a host that is "
        "not local); use https:// unless this network is trusted",
        shown,
    )
