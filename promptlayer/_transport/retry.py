"""When to retry and how long to wait: one policy for every request the facade sends.

Retried: 429 and 5xx answers, and failures to connect or to get an answer. A request is
only sent again when that cannot apply a change twice: reads always; writes only when the
server cannot have acted on them (429, 503, or the connection never opened). Waits grow
exponentially with jitter, up to a cap; a server's Retry-After wins, up to its own cap.
"""

from __future__ import annotations

import math
import random
import ssl
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    from collections.abc import Callable

DEFAULT_MAX_RETRIES = 3
BASE_DELAY_SECONDS = 0.5
MAX_DELAY_SECONDS = 8.0
MAX_RETRY_AFTER_SECONDS = 30.0
JITTER_FRACTION = 0.25

# Statuses after which a write is known not to have been applied.
_WRITE_SAFE_STATUSES = frozenset({429, 503})
# Transport failures raised before the request could reach the server.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def is_transient_status(status: int) -> bool:
    return status == 429 or status >= 500


@dataclass(frozen=True)
class RetryPolicy:
    max_retries: int = DEFAULT_MAX_RETRIES
    base_delay: float = BASE_DELAY_SECONDS
    max_delay: float = MAX_DELAY_SECONDS
    max_retry_after: float = MAX_RETRY_AFTER_SECONDS
    jitter: float = JITTER_FRACTION
    rand: Callable[[], float] = field(default=random.random, compare=False, repr=False)

    def should_retry(
        self, attempt: int, idempotent: bool, outcome: httpx.Response | httpx.RequestError
    ) -> bool:
        """`attempt` counts retries already made (0 after the first try)."""
        if attempt >= self.max_retries:
            return False
        if isinstance(outcome, httpx.Response):
            if not is_transient_status(outcome.status_code):
                return False
            return idempotent or outcome.status_code in _WRITE_SAFE_STATUSES
        if not isinstance(outcome, httpx.TransportError):
            return False  # an undecodable body or a redirect loop: trying again will not help
        if is_certificate_failure(outcome):
            return False  # the same certificate will fail the same way
        return idempotent or isinstance(outcome, _NEVER_SENT)

    def delay(self, attempt: int, outcome: httpx.Response | httpx.RequestError) -> float:
        """Seconds to wait before retry number `attempt + 1`."""
        if isinstance(outcome, httpx.Response):
            retry_after = parse_retry_after(outcome.headers.get("retry-after"))
            if retry_after is not None:
                return min(retry_after, self.max_retry_after)
        backoff: float = min(self.max_delay, self.base_delay * 2.0**attempt)
        return backoff * (1 - self.jitter * self.rand())


def is_certificate_failure(error: BaseException) -> bool:
    """Whether `error` comes from a certificate that could not be verified (httpx wraps the
    ssl error, so look through the chain of causes)."""
    seen: BaseException | None = error
    for _ in range(10):  # a chain is short; a cycle must not loop forever
        if seen is None:
            return False
        if isinstance(seen, ssl.SSLCertVerificationError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def parse_retry_after(value: str | None) -> float | None:
    """Retry-After as seconds: a number of seconds or an HTTP date; None when absent or unusable
    (then the backoff applies). "nan" is unusable: `float()` reads it, and a NaN wait would be
    no wait at all. A negative number or a past date means now; "inf" is capped by the caller."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        from datetime import UTC, datetime

        if moment.tzinfo is None:  # "-0000": zone unknown; HTTP dates are GMT
            moment = moment.replace(tzinfo=UTC)
        seconds = (moment - datetime.now(UTC)).total_seconds()
    return None if math.isnan(seconds) else max(0.0, seconds)
