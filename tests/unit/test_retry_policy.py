"""RetryPolicy on its own: which outcomes are retried, and how long each wait is.

No server and no client: outcomes are built by hand (httpx responses and transport errors),
and the jitter's random source is fixed so every wait is exact.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from promptlayer._transport.retry import (
    BASE_DELAY_SECONDS,
    DEFAULT_MAX_RETRIES,
    JITTER_FRACTION,
    MAX_DELAY_SECONDS,
    MAX_RETRY_AFTER_SECONDS,
    RetryPolicy,
    is_transient_status,
    parse_retry_after,
)

Outcome = httpx.Response | httpx.TransportError


def response(status: int, retry_after: str | None = None) -> httpx.Response:
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return httpx.Response(status, headers=headers)


def fixed(value: float) -> RetryPolicy:
    """The default policy with a fixed 'random' draw."""
    return RetryPolicy(rand=lambda: value)


# -- defaults ---------------------------------------------------------------------------------


def test_defaults() -> None:
    policy = RetryPolicy()
    assert (DEFAULT_MAX_RETRIES, BASE_DELAY_SECONDS, MAX_DELAY_SECONDS) == (3, 0.5, 8.0)
    assert (MAX_RETRY_AFTER_SECONDS, JITTER_FRACTION) == (30.0, 0.25)
    assert policy.max_retries == 3
    assert policy.base_delay == 0.5
    assert policy.max_delay == 8.0
    assert policy.max_retry_after == 30.0
    assert policy.jitter == 0.25


@pytest.mark.parametrize(
    ("status", "transient"),
    [
        *[(status, False) for status in (200, 204, 400, 401, 404, 409, 418, 422)],
        *[(status, True) for status in (429, 500, 501, 502, 503, 504)],
    ],
)
def test_is_transient_status(status: int, transient: bool) -> None:
    assert is_transient_status(status) is transient


# -- should_retry: the matrix ---------------------------------------------------------------

# (outcome, retried when idempotent, retried when not idempotent)
MATRIX: list[tuple[str, Outcome, bool, bool]] = [
    ("429", response(429), True, True),
    ("503", response(503), True, True),
    ("500", response(500), True, False),
    ("502", response(502), True, False),
    ("504", response(504), True, False),
    ("400", response(400), False, False),
    ("401", response(401), False, False),
    ("404", response(404), False, False),
    ("409", response(409), False, False),
    ("422", response(422), False, False),
    ("200", response(200), False, False),
    ("ConnectError", httpx.ConnectError("refused"), True, True),
    ("ConnectTimeout", httpx.ConnectTimeout("connect timed out"), True, True),
    ("PoolTimeout", httpx.PoolTimeout("no free connection"), True, True),
    ("ReadTimeout", httpx.ReadTimeout("read timed out"), True, False),
    ("WriteTimeout", httpx.WriteTimeout("write timed out"), True, False),
    ("RemoteProtocolError", httpx.RemoteProtocolError("server disconnected"), True, False),
    ("ReadError", httpx.ReadError("connection reset"), True, False),
    ("WriteError", httpx.WriteError("broken pipe"), True, False),
]


@pytest.mark.parametrize(
    ("outcome", "when_idempotent", "when_not"),
    [pytest.param(outcome, yes, no, id=name) for name, outcome, yes, no in MATRIX],
)
def test_should_retry_matrix(outcome: Outcome, when_idempotent: bool, when_not: bool) -> None:
    policy = RetryPolicy()
    assert policy.should_retry(0, True, outcome) is when_idempotent
    assert policy.should_retry(0, False, outcome) is when_not


@pytest.mark.parametrize(
    "outcome",
    [response(429), response(503), httpx.ConnectError("refused"), httpx.ReadTimeout("slow")],
    ids=["429", "503", "ConnectError", "ReadTimeout"],
)
def test_should_retry_stops_after_max_retries(outcome: Outcome) -> None:
    policy = RetryPolicy()
    assert [policy.should_retry(attempt, True, outcome) for attempt in range(6)] == [
        True,
        True,
        True,
        False,
        False,
        False,
    ]


@pytest.mark.parametrize("idempotent", [True, False])
def test_max_retries_zero_never_retries(idempotent: bool) -> None:
    policy = RetryPolicy(max_retries=0)
    for outcome in (response(429), response(503), response(500), httpx.ConnectError("refused")):
        assert policy.should_retry(0, idempotent, outcome) is False


def test_max_retries_is_configurable() -> None:
    policy = RetryPolicy(max_retries=5)
    decisions = [policy.should_retry(attempt, True, response(500)) for attempt in range(7)]
    assert decisions == [True, True, True, True, True, False, False]


# -- delay: exponential backoff with jitter ---------------------------------------------------


@pytest.mark.parametrize(
    ("attempt", "no_jitter"),
    [(0, 0.5), (1, 1.0), (2, 2.0), (3, 4.0), (4, 8.0), (5, 8.0), (10, 8.0), (60, 8.0)],
)
def test_backoff_grows_exponentially_up_to_the_cap(attempt: int, no_jitter: float) -> None:
    outcome = response(503)
    assert fixed(0.0).delay(attempt, outcome) == no_jitter
    assert fixed(1.0).delay(attempt, outcome) == no_jitter * 0.75
    assert fixed(0.5).delay(attempt, outcome) == no_jitter * 0.875


def test_backoff_for_transport_errors_matches_statuses() -> None:
    policy = fixed(0.2)
    for attempt in range(5):
        expected = min(8.0, 0.5 * 2**attempt) * (1 - 0.25 * 0.2)
        assert policy.delay(attempt, httpx.ConnectError("refused")) == pytest.approx(expected)
        assert policy.delay(attempt, httpx.ReadTimeout("slow")) == pytest.approx(expected)
        assert policy.delay(attempt, response(500)) == pytest.approx(expected)


def test_backoff_uses_a_fresh_random_draw_each_time() -> None:
    draws = iter([0.0, 1.0, 0.5])
    policy = RetryPolicy(rand=lambda: next(draws))
    assert [policy.delay(1, response(500)) for _ in range(3)] == [1.0, 0.75, 0.875]


def test_custom_backoff_settings() -> None:
    policy = RetryPolicy(base_delay=1.0, max_delay=3.0, jitter=0.0, rand=lambda: 0.9)
    assert [policy.delay(attempt, response(502)) for attempt in range(4)] == [1.0, 2.0, 3.0, 3.0]


@given(attempt=st.integers(min_value=0, max_value=200), draw=st.floats(min_value=0.0, max_value=1.0))
def test_backoff_always_within_bounds(attempt: int, draw: float) -> None:
    wait = RetryPolicy(rand=lambda: draw).delay(attempt, response(500))
    ceiling = min(8.0, 0.5 * 2.0**attempt)
    assert ceiling * 0.75 <= wait <= ceiling


# -- delay: Retry-After -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "wait"),
    [
        ("2", 2.0),
        ("0", 0.0),
        ("1.5", 1.5),
        (" 7 ", 7.0),
        ("29", 29.0),
        ("30", 30.0),
        ("31", 30.0),
        ("100000", 30.0),
        ("-4", 0.0),
        ("inf", 30.0),
    ],
)
def test_retry_after_seconds_wins_over_backoff_up_to_its_cap(header: str, wait: float) -> None:
    for attempt in (0, 3, 9):
        assert fixed(0.3).delay(attempt, response(429, header)) == wait
        assert fixed(0.3).delay(attempt, response(503, header)) == wait


def test_retry_after_cap_is_configurable() -> None:
    policy = RetryPolicy(max_retry_after=5.0, rand=lambda: 0.0)
    assert policy.delay(0, response(429, "2")) == 2.0
    assert policy.delay(0, response(429, "60")) == 5.0


def test_retry_after_http_date_in_the_future() -> None:
    moment = datetime.now(UTC) + timedelta(seconds=12)
    wait = fixed(0.0).delay(0, response(503, format_datetime(moment, usegmt=True)))
    # The header has whole seconds: up to 1 s is lost to truncation (and a little to the clock).
    assert 10.0 <= wait <= 12.0


def test_retry_after_http_date_far_ahead_is_capped() -> None:
    moment = datetime.now(UTC) + timedelta(hours=2)
    assert fixed(0.0).delay(0, response(429, format_datetime(moment, usegmt=True))) == 30.0


def test_retry_after_http_date_in_the_past_means_now() -> None:
    assert fixed(0.0).delay(2, response(429, "Wed, 21 Oct 2015 07:28:00 GMT")) == 0.0


def test_retry_after_http_date_with_unknown_zone() -> None:
    """RFC 5322's "-0000" (zone unknown): parsedate_to_datetime gives a naive datetime, read as UTC."""
    moment = datetime.now(UTC) + timedelta(seconds=20)
    header = moment.strftime("%a, %d %b %Y %H:%M:%S -0000")
    assert 18.0 <= fixed(0.0).delay(0, response(503, header)) <= 20.0


@pytest.mark.parametrize("header", ["soon", "", "2 seconds", "Wed, 99 Foo 2015", "nan", "NaN", "-nan"])
def test_unusable_retry_after_falls_back_to_backoff(header: str) -> None:
    assert fixed(0.0).delay(2, response(429, header)) == 2.0
    assert fixed(1.0).delay(0, response(503, header)) == 0.375


def test_retry_after_ignored_for_transport_errors() -> None:
    assert fixed(0.0).delay(1, httpx.ConnectError("refused")) == 1.0


# -- parse_retry_after ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        (None, None),
        ("", None),
        ("soon", None),
        ("nan", None),
        ("0", 0.0),
        ("3", 3.0),
        ("2.5", 2.5),
        ("-1", 0.0),
        ("Thu, 01 Jan 1970 00:00:00 GMT", 0.0),
    ],
)
def test_parse_retry_after(value: str | None, seconds: float | None) -> None:
    assert parse_retry_after(value) == seconds


def test_parse_retry_after_date() -> None:
    moment = datetime.now(UTC) + timedelta(minutes=5)
    parsed = parse_retry_after(format_datetime(moment, usegmt=True))
    assert parsed is not None
    assert 298.0 <= parsed <= 300.0
