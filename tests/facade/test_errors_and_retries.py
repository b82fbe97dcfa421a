"""Errors and retries through both clients, against the local server.

Every error class comes from a real HTTP exchange (a status the server gives on its own, or
one injected with `Fault`); retries are checked by what the server received and by the
waits the client asked for (recorded in `sleeps`, never slept).
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from promptlayer import (
    PromptLayerAPIConnectionError,
    PromptLayerAPIError,
    PromptLayerAPIStatusError,
    PromptLayerAPITimeoutError,
    PromptLayerAuthenticationError,
    PromptLayerBadRequestError,
    PromptLayerConflictError,
    PromptLayerError,
    PromptLayerInternalServerError,
    PromptLayerNotFoundError,
    PromptLayerPermissionDeniedError,
    PromptLayerRateLimitError,
    PromptLayerUnexpectedResponseError,
    PromptLayerUnprocessableEntityError,
    PromptLayerValidationError,
)
from promptlayer.testing import Fault, LocalPromptLayer

GET = "get_prompt_template"
CHAT: dict[str, Any] = {"type": "chat", "messages": [], "input_variables": []}
WELCOME_VARIABLES = {"input_variables": {"name": "Ada", "topic": "engines"}}
WELCOME_TEXT = "Hi Ada, tell me about engines."


def log_args(**overrides: Any) -> dict[str, Any]:
    """Valid log_request arguments."""
    args: dict[str, Any] = {
        "provider": "openai",
        "model": "gpt-4o-mini",
        "input": {
            "type": "chat",
            "messages": [{"role": "user", "content": [{"type": "text", "text": "hi"}]}],
        },
        "output": {
            "type": "chat",
            "messages": [{"role": "assistant", "content": [{"type": "text", "text": "yo"}]}],
        },
        "request_start_time": 1_700_000_000,
        "request_end_time": 1_700_000_001.5,
    }
    args.update(overrides)
    return args


def closed_port_url() -> str:
    """A base URL on 127.0.0.1 where nothing listens (connections are refused)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def assert_backoff(waits: list[float]) -> None:
    """Wait n (0-based) lies in [0.75, 1] x min(8, 0.5 * 2**n): exponential, jittered down, capped."""
    for n, wait in enumerate(waits):
        ceiling = min(8.0, 0.5 * 2.0**n)
        assert ceiling * (1 - 0.25) <= wait <= ceiling, f"wait {n} was {wait}, expected <= {ceiling}"


def text_of(template: dict[str, Any]) -> str:
    return str(template["prompt_template"]["messages"][1]["content"][0]["text"])


def logs(server: LocalPromptLayer) -> list[dict[str, Any]]:
    return list(server.state.snapshot()["tracking"]["request_logs"])


# -- every error class from a real status -----------------------------------------------------


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, PromptLayerBadRequestError),
        (401, PromptLayerAuthenticationError),
        (403, PromptLayerPermissionDeniedError),
        (404, PromptLayerNotFoundError),
        (409, PromptLayerConflictError),
        (422, PromptLayerUnprocessableEntityError),
        (429, PromptLayerRateLimitError),
        (500, PromptLayerInternalServerError),
        (502, PromptLayerInternalServerError),
        (503, PromptLayerInternalServerError),
        (504, PromptLayerInternalServerError),
        (402, PromptLayerAPIStatusError),
        (418, PromptLayerAPIStatusError),
        (451, PromptLayerAPIStatusError),
    ],
)
def test_status_maps_to_error_class(
    make_client: Any, server: LocalPromptLayer, status: int, error_class: type[PromptLayerAPIError]
) -> None:
    pl = make_client(max_retries=0)
    server.inject(GET, Fault.http_status(status))
    with pytest.raises(PromptLayerError) as caught:
        pl.templates.get("welcome")
    error = caught.value
    assert type(error) is error_class
    assert isinstance(error, PromptLayerAPIError)
    assert error.status_code == status
    assert isinstance(error.response, httpx.Response)
    assert error.response.status_code == status
    assert error.body == {"success": False, "message": f"Injected fault: HTTP {status}"}
    assert (
        error.message
        == f"Error getting prompt template 'welcome': HTTP {status}: Injected fault: HTTP {status}"
    )
    assert str(error) == error.message
    assert len(server.requests_for(GET)) == 1


def test_authentication_error_is_also_a_value_error(make_client: Any, server: LocalPromptLayer) -> None:
    pl = make_client(api_key="pl_wrong_key_123")
    with pytest.raises(ValueError) as caught:
        pl.templates.get("welcome")
    error = caught.value
    assert type(error) is PromptLayerAuthenticationError
    assert error.status_code == 401
    assert error.body == {"success": False, "message": "Invalid or missing API key (X-API-KEY)"}
    assert str(error) == (
        "Error getting prompt template 'welcome': HTTP 401: Invalid or missing API key (X-API-KEY)"
    )
    assert "pl_wrong_key_123" not in str(error)
    assert len(server.requests_for(GET)) == 1  # a 401 is not retried


def test_not_found_from_a_missing_template(pl: Any, server: LocalPromptLayer, sleeps: list[float]) -> None:
    with pytest.raises(PromptLayerNotFoundError) as caught:
        pl.templates.get("no-such-template")
    error = caught.value
    assert error.status_code == 404
    assert error.response is not None
    assert error.response.status_code == 404
    assert error.body == {"success": False, "message": "Prompt template 'no-such-template' not found"}
    assert str(error) == (
        "Error getting prompt template 'no-such-template': HTTP 404: "
        "Prompt template 'no-such-template' not found"
    )
    assert len(server.requests_for(GET)) == 1
    assert sleeps == []


def test_not_found_for_labels_of_a_missing_template(pl: Any, server: LocalPromptLayer) -> None:
    with pytest.raises(PromptLayerNotFoundError) as caught:
        pl.templates.labels("nope")
    assert (
        str(caught.value)
        == "Error listing the release labels of 'nope': HTTP 404: Prompt template 'nope' not found"
    )


def test_bad_request_from_tracking_an_unknown_request(pl: Any, server: LocalPromptLayer) -> None:
    with pytest.raises(PromptLayerBadRequestError) as caught:
        pl.track.score(999, 50)
    error = caught.value
    assert error.status_code == 400
    assert error.body == {"success": False, "message": "Request log 999 not found"}
    assert str(error) == "Error tracking a score for request 999: HTTP 400: Request log 999 not found"
    assert len(server.requests_for("track_score")) == 1


def test_unprocessable_from_a_contract_violation(pl: Any, server: LocalPromptLayer) -> None:
    # Tags longer than 512 characters break the spec; the facade leaves that check to the API.
    with pytest.raises(PromptLayerUnprocessableEntityError) as caught:
        pl.log_request(**log_args(tags=["t" * 513]))
    error = caught.value
    assert error.status_code == 422
    assert error.body["message"].startswith("Request breaks the API contract: body.tags[0]:")
    assert error.body["detail"][0]["type"] == "contract_violation"
    assert str(error).startswith(
        "Error logging a request: HTTP 422: Request breaks the API contract: body.tags[0]:"
    )
    assert len(server.requests_for("log_request")) == 1
    assert logs(server) == []


def test_unprocessable_from_a_bad_list_filter(pl: Any, server: LocalPromptLayer) -> None:
    with pytest.raises(PromptLayerUnprocessableEntityError) as caught:
        pl.templates.list(sort_by="bogus")
    assert "query.sort_by: 'bogus' is not one of" in str(caught.value)
    assert len(server.requests_for("list_prompt_templates")) == 1


def test_conflict_from_an_external_id_linked_elsewhere(
    pl: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    external = [{"source": "github", "external_id": "prompts/other.txt"}]
    created = pl.templates.publish(
        {"prompt_name": "other", "prompt_template": CHAT, "external_ids": external}
    )
    assert created["prompt_name"] == "other"
    with pytest.raises(PromptLayerConflictError) as caught:
        pl.templates.publish({"prompt_name": "welcome", "prompt_template": CHAT, "external_ids": external})
    error = caught.value
    assert error.status_code == 409
    message = "External id github:prompts/other.txt is already linked to template 'other'"
    assert error.body == {"success": False, "message": message}
    assert str(error) == f"Error publishing prompt template 'welcome': HTTP 409: {message}"
    assert len(server.requests_for("publish_prompt_template")) == 2
    assert sleeps == []


def test_html_error_page_keeps_the_text(make_client: Any, server: LocalPromptLayer) -> None:
    pl = make_client(max_retries=0)
    server.inject(GET, Fault.html_error(502))
    with pytest.raises(PromptLayerInternalServerError) as caught:
        pl.templates.get("welcome")
    error = caught.value
    page = (
        "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
        "<body><h1>Bad Gateway</h1></body></html>"
    )
    assert error.status_code == 502
    assert error.body == page
    assert str(error) == f"Error getting prompt template 'welcome': HTTP 502: {page}"


def test_malformed_json_on_success_is_an_api_error_with_the_raw_body(
    pl: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    server.inject(GET, Fault.malformed_json())
    with pytest.raises(PromptLayerAPIError) as caught:
        pl.templates.get("welcome")
    error = caught.value
    assert type(error) is PromptLayerUnexpectedResponseError
    assert error.status_code == 200
    assert error.response is not None
    assert error.response.status_code == 200
    assert isinstance(error.body, str)
    assert error.body == error.response.text
    assert error.body.startswith('{"id":1,"prompt_name":"welcome"')
    assert error.body.endswith(',"')
    assert str(error) == "Error getting prompt template 'welcome': HTTP 200 with a body that is not JSON"
    assert len(server.requests_for(GET)) == 1  # an answer came: nothing to retry
    assert sleeps == []


def test_malformed_json_on_a_write_is_not_resent(pl: Any, server: LocalPromptLayer) -> None:
    server.inject("log_request", Fault.malformed_json())
    with pytest.raises(PromptLayerAPIError) as caught:
        pl.log_request(**log_args())
    assert caught.value.status_code == 201
    assert len(server.requests_for("log_request")) == 1
    assert len(logs(server)) == 1


# -- connection errors and timeouts -----------------------------------------------------------


def test_closed_port_is_a_connection_error_after_retries(make_client: Any, sleeps: list[float]) -> None:
    url = closed_port_url()
    pl = make_client(base_url=url)
    with pytest.raises(PromptLayerAPIConnectionError) as caught:
        pl.templates.get("welcome")
    error = caught.value
    assert error.status_code is None
    assert error.response is None
    assert error.body is None
    host = url.removeprefix("http://")  # the message names where it could not go
    assert str(error).startswith(
        f"Error getting prompt template 'welcome': could not reach {host} (ConnectError"
    )
    assert isinstance(error.__cause__, httpx.ConnectError)
    assert len(sleeps) == 3
    assert_backoff(sleeps)


def test_closed_port_retries_writes_too(make_client: Any, sleeps: list[float]) -> None:
    """A refused connection never reached a server: resending a write is safe."""
    pl = make_client(base_url=closed_port_url())
    with pytest.raises(PromptLayerAPIConnectionError):
        pl.log_request(**log_args())
    assert len(sleeps) == 3
    with pytest.raises(PromptLayerAPIConnectionError):
        pl.group.create()
    assert len(sleeps) == 6


@pytest.mark.parametrize(
    ("fault", "cause"),
    [
        (Fault.drop(), httpx.RemoteProtocolError),
        (Fault.reset(), httpx.ReadError),
        (Fault.truncated(), httpx.RemoteProtocolError),
    ],
    ids=["drop", "reset", "truncated"],
)
def test_broken_connections_on_reads_are_retried_then_raised(
    pl: Any, server: LocalPromptLayer, sleeps: list[float], fault: Fault, cause: type[Exception]
) -> None:
    server.inject(GET, fault, times=None)
    with pytest.raises(PromptLayerAPIConnectionError) as caught:
        pl.templates.get("welcome")
    assert isinstance(caught.value.__cause__, cause)
    assert caught.value.status_code is None
    host = server.base_url.removeprefix("http://")
    assert str(caught.value).startswith(
        f"Error getting prompt template 'welcome': could not reach {host} ({cause.__name__}: "
    )
    assert len(server.requests_for(GET)) == 4
    assert len(sleeps) == 3
    assert_backoff(sleeps)


@pytest.mark.parametrize(
    "fault", [Fault.drop(), Fault.reset(), Fault.truncated()], ids=["drop", "reset", "truncated"]
)
def test_one_broken_connection_on_a_read_is_recovered(
    pl: Any, server: LocalPromptLayer, sleeps: list[float], fault: Fault
) -> None:
    server.inject(GET, fault)
    template = pl.templates.get("welcome", WELCOME_VARIABLES)
    assert text_of(template) == WELCOME_TEXT
    assert [r.status for r in server.requests_for(GET)] == [None if fault.kind != "truncate" else 200, 200]
    assert len(sleeps) == 1
    assert_backoff(sleeps)


def test_timeout_raises_timeout_error(
    make_client: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    pl = make_client(timeout=0.2, max_retries=0)
    server.inject(GET, Fault.delay(1.0))
    with pytest.raises(PromptLayerAPITimeoutError) as caught:
        pl.templates.get("welcome")
    error = caught.value
    assert not isinstance(error, PromptLayerAPIConnectionError)
    assert error.status_code is None
    assert error.response is None
    assert str(error) == "Error getting prompt template 'welcome': timed out (ReadTimeout)"
    assert isinstance(error.__cause__, httpx.ReadTimeout)
    assert sleeps == []


def test_timeouts_on_reads_are_retried(
    make_client: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    pl = make_client(timeout=0.2, max_retries=2)
    server.inject(GET, Fault.delay(1.0), times=3)
    with pytest.raises(PromptLayerAPITimeoutError):
        pl.templates.get("welcome")
    assert len(sleeps) == 2
    assert_backoff(sleeps)
    # The next call finds no fault left and succeeds on the same client.
    assert text_of(pl.templates.get("welcome", WELCOME_VARIABLES)) == WELCOME_TEXT


def test_one_timeout_on_a_read_is_recovered(
    make_client: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    pl = make_client(timeout=0.2)
    server.inject(GET, Fault.delay(1.0))
    assert text_of(pl.templates.get("welcome", WELCOME_VARIABLES)) == WELCOME_TEXT
    assert len(sleeps) == 1


def test_timeout_on_a_write_is_not_resent(
    make_client: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    pl = make_client(timeout=0.2)
    server.inject("log_request", Fault.delay(1.0))
    with pytest.raises(PromptLayerAPITimeoutError) as caught:
        pl.log_request(**log_args())
    assert str(caught.value) == "Error logging a request: timed out (ReadTimeout)"
    assert sleeps == []


# -- retries: counts, backoff, Retry-After, settings ------------------------------------------


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_server_errors_on_reads_are_retried_three_times(
    pl: Any, server: LocalPromptLayer, sleeps: list[float], status: int
) -> None:
    server.inject(GET, Fault.server_error(status), times=None)
    with pytest.raises(PromptLayerInternalServerError) as caught:
        pl.templates.get("welcome")
    assert caught.value.status_code == status
    assert [r.status for r in server.requests_for(GET)] == [status] * 4
    assert len(sleeps) == 3
    assert_backoff(sleeps)


def test_rate_limit_without_retry_after_uses_backoff(
    pl: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    server.inject(GET, Fault.rate_limited(retry_after=None), times=None)
    with pytest.raises(PromptLayerRateLimitError) as caught:
        pl.templates.get("welcome")
    assert caught.value.status_code == 429
    assert len(server.requests_for(GET)) == 4
    assert len(sleeps) == 3
    assert_backoff(sleeps)


def test_transient_errors_then_success(pl: Any, server: LocalPromptLayer, sleeps: list[float]) -> None:
    server.inject(GET, Fault.server_error(503))
    server.inject(GET, Fault.rate_limited(retry_after=None))
    server.inject(GET, Fault.server_error(500))
    assert text_of(pl.templates.get("welcome", WELCOME_VARIABLES)) == WELCOME_TEXT
    assert [r.status for r in server.requests_for(GET)] == [503, 429, 500, 200]
    assert len(sleeps) == 3
    assert_backoff(sleeps)


@pytest.mark.parametrize(
    ("call", "operation"),
    [
        (lambda pl: pl.templates.list(), "list_prompt_templates"),
        (lambda pl: pl.templates.all(), "list_prompt_templates"),
        (lambda pl: pl.templates.labels("welcome"), "list_prompt_template_labels"),
        (lambda pl: pl.track.group(1, 1), "track_group"),
    ],
    ids=["list", "all", "labels", "track.group"],
)
def test_other_reads_and_idempotent_calls_are_retried(
    pl: Any,
    server: LocalPromptLayer,
    sleeps: list[float],
    call: Callable[[Any], Any],
    operation: str,
) -> None:
    if operation == "track_group":
        request_id = pl.log_request(**log_args())["id"]
        group_id = pl.group.create()
        assert (request_id, group_id) == (1, 1)
    server.inject(operation, Fault.server_error(500), times=2)
    assert call(pl) is not None
    assert [r.status for r in server.requests_for(operation)] == [500, 500, 200]
    assert len(sleeps) == 2
    assert_backoff(sleeps)


def test_retry_after_is_honoured_exactly(pl: Any, server: LocalPromptLayer, sleeps: list[float]) -> None:
    server.inject(GET, Fault.rate_limited(retry_after=2))
    assert text_of(pl.templates.get("welcome", WELCOME_VARIABLES)) == WELCOME_TEXT
    assert sleeps == [2.0]
    assert [r.status for r in server.requests_for(GET)] == [429, 200]


def test_retry_after_on_a_server_error_is_honoured(
    pl: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    server.inject(GET, Fault.http_status(503, retry_after=0.25))
    server.inject(GET, Fault.http_status(503, retry_after=5))
    pl.templates.get("welcome")
    assert sleeps == [0.25, 5.0]


def test_huge_retry_after_is_capped_at_30_seconds(
    pl: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    server.inject(GET, Fault.rate_limited(retry_after=86_400), times=2)
    pl.templates.get("welcome")
    assert sleeps == [30.0, 30.0]


def test_max_retries_zero_disables_retries(
    make_client: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    pl = make_client(max_retries=0)
    server.inject(GET, Fault.server_error(503), times=None)
    with pytest.raises(PromptLayerInternalServerError):
        pl.templates.get("welcome")
    server.clear_faults()
    server.inject(GET, Fault.drop())
    with pytest.raises(PromptLayerAPIConnectionError):
        pl.templates.get("welcome")
    assert len(server.requests_for(GET)) == 2
    assert sleeps == []


def test_max_retries_five(make_client: Any, server: LocalPromptLayer, sleeps: list[float]) -> None:
    pl = make_client(max_retries=5)
    server.inject(GET, Fault.server_error(500), times=None)
    with pytest.raises(PromptLayerInternalServerError):
        pl.templates.get("welcome")
    assert len(server.requests_for(GET)) == 6
    assert len(sleeps) == 5
    assert_backoff(sleeps)
    assert 6.0 <= sleeps[4] <= 8.0


def test_backoff_is_capped_at_8_seconds(
    make_client: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    pl = make_client(max_retries=7)
    server.inject(GET, Fault.server_error(502), times=None)
    with pytest.raises(PromptLayerInternalServerError):
        pl.templates.get("welcome")
    assert len(server.requests_for(GET)) == 8
    assert len(sleeps) == 7
    assert_backoff(sleeps)
    assert all(6.0 <= wait <= 8.0 for wait in sleeps[4:])


@pytest.mark.parametrize(
    ("fault", "status"),
    [
        (Fault.http_status(400), 400),
        (Fault.http_status(401), 401),
        (Fault.http_status(403), 403),
        (Fault.http_status(404), 404),
        (Fault.http_status(409), 409),
        (Fault.http_status(422), 422),
        (Fault.http_status(418), 418),
    ],
)
def test_client_errors_are_not_retried(
    pl: Any, server: LocalPromptLayer, sleeps: list[float], fault: Fault, status: int
) -> None:
    server.inject(GET, fault, times=None)
    with pytest.raises(PromptLayerAPIError) as caught:
        pl.templates.get("welcome")
    assert caught.value.status_code == status
    assert len(server.requests_for(GET)) == 1
    assert sleeps == []


def test_each_retry_is_logged_without_the_api_key(
    pl: Any, server: LocalPromptLayer, sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="promptlayer")
    server.inject(GET, Fault.server_error(503))
    server.inject(GET, Fault.rate_limited(retry_after=2))
    server.inject(GET, Fault.drop())
    pl.templates.get("welcome")
    records = [r for r in caplog.records if r.name == "promptlayer"]
    assert [r.levelno for r in records] == [logging.WARNING] * 3
    assert [r.getMessage() for r in records] == [
        f"PromptLayer: retrying POST /prompt-templates/welcome in {sleeps[0]:.2f} s "
        "(retry 1 of 3) after HTTP 503",
        "PromptLayer: retrying POST /prompt-templates/welcome in 2.00 s (retry 2 of 3) after HTTP 429",
        f"PromptLayer: retrying POST /prompt-templates/welcome in {sleeps[2]:.2f} s "
        "(retry 3 of 3) after RemoteProtocolError",
    ]
    assert server.api_key not in caplog.text


def test_failed_retries_and_errors_never_log_the_key(
    make_client: Any, server: LocalPromptLayer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    pl = make_client(throw_on_error=False)
    server.inject("*", Fault.server_error(500), times=None)
    assert pl.templates.get("welcome") is None
    assert pl.log_request(**log_args()) is None
    assert pl.track.score(1, 5) is None
    bad = make_client(api_key="pl_secret_wrong_key", throw_on_error=False)
    server.clear_faults()
    assert bad.templates.get("welcome") is None
    assert caplog.records  # retries and failures were logged...
    assert server.api_key not in caplog.text  # ...and no key appears
    assert "pl_secret_wrong_key" not in caplog.text


# -- writes are never sent twice when the server may have applied them ------------------------


def test_log_request_not_resent_after_500(pl: Any, server: LocalPromptLayer, sleeps: list[float]) -> None:
    server.inject("log_request", Fault.server_error(500), times=None)
    with pytest.raises(PromptLayerInternalServerError) as caught:
        pl.log_request(**log_args())
    assert caught.value.status_code == 500
    assert len(server.requests_for("log_request")) == 1
    assert sleeps == []


def test_log_request_not_resent_after_502(pl: Any, server: LocalPromptLayer, sleeps: list[float]) -> None:
    server.inject("log_request", Fault.server_error(502))
    with pytest.raises(PromptLayerInternalServerError):
        pl.log_request(**log_args())
    assert len(server.requests_for("log_request")) == 1
    assert sleeps == []


def test_log_request_retried_after_429(pl: Any, server: LocalPromptLayer, sleeps: list[float]) -> None:
    server.inject("log_request", Fault.rate_limited())
    result = pl.log_request(**log_args())
    assert result["id"] == 1
    assert [r.status for r in server.requests_for("log_request")] == [429, 201]
    assert sleeps == [1.0]
    assert [log["id"] for log in logs(server)] == [1]


def test_log_request_retried_after_503(pl: Any, server: LocalPromptLayer, sleeps: list[float]) -> None:
    server.inject("log_request", Fault.server_error(503), times=2)
    result = pl.log_request(**log_args())
    assert result["id"] == 1
    assert [r.status for r in server.requests_for("log_request")] == [503, 503, 201]
    assert len(sleeps) == 2
    assert_backoff(sleeps)
    assert len(logs(server)) == 1


def test_log_request_gives_up_after_repeated_503(
    pl: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    server.inject("log_request", Fault.server_error(503), times=None)
    with pytest.raises(PromptLayerInternalServerError):
        pl.log_request(**log_args())
    assert len(server.requests_for("log_request")) == 4
    assert len(sleeps) == 3
    assert logs(server) == []


def test_lost_answer_to_log_request_is_not_resent(
    pl: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    server.inject("log_request", Fault.drop(after_handling=True))
    with pytest.raises(PromptLayerAPIConnectionError):
        pl.log_request(**log_args(tags=["once"]))
    assert len(server.requests_for("log_request")) == 1
    assert sleeps == []
    # Why it must not be resent: the server did store the log before the connection died.
    stored = logs(server)
    assert len(stored) == 1
    assert stored[0]["tags"] == ["once"]


def test_reset_after_log_request_is_not_resent(
    pl: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    server.inject("log_request", Fault.reset(after_handling=True))
    with pytest.raises(PromptLayerAPIConnectionError):
        pl.log_request(**log_args())
    assert len(server.requests_for("log_request")) == 1
    assert len(logs(server)) == 1
    assert sleeps == []


def test_dropped_log_request_is_not_resent(pl: Any, server: LocalPromptLayer, sleeps: list[float]) -> None:
    """The connection died after the request was sent: the client cannot know it was not applied."""
    server.inject("log_request", Fault.drop())
    with pytest.raises(PromptLayerAPIConnectionError):
        pl.log_request(**log_args())
    assert len(server.requests_for("log_request")) == 1
    assert logs(server) == []
    assert sleeps == []


def test_lost_answer_to_group_create_is_not_resent(
    pl: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    server.inject("create_group", Fault.drop(after_handling=True))
    with pytest.raises(PromptLayerAPIConnectionError):
        pl.group.create()
    assert len(server.requests_for("create_group")) == 1
    assert [g["id"] for g in server.state.snapshot()["tracking"]["groups"]] == [1]
    assert pl.group.create() == 2
    assert sleeps == []


def test_group_create_not_resent_after_500(pl: Any, server: LocalPromptLayer, sleeps: list[float]) -> None:
    server.inject("create_group", Fault.server_error(500))
    with pytest.raises(PromptLayerInternalServerError):
        pl.group.create()
    assert len(server.requests_for("create_group")) == 1
    assert sleeps == []


def test_publish_not_resent_after_500_or_lost_answer(
    pl: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    body = {"prompt_name": "welcome", "prompt_template": CHAT, "commit_message": "v3"}
    server.inject("publish_prompt_template", Fault.server_error(500))
    with pytest.raises(PromptLayerInternalServerError):
        pl.templates.publish(body)
    server.inject("publish_prompt_template", Fault.drop(after_handling=True))
    with pytest.raises(PromptLayerAPIConnectionError):
        pl.templates.publish(body)
    assert len(server.requests_for("publish_prompt_template")) == 2
    assert sleeps == []
    # The lost answer hid a real publish: version 3 exists once.
    assert pl.templates.get("welcome", {"version": 3})["commit_message"] == "v3"
    with pytest.raises(PromptLayerNotFoundError):
        pl.templates.get("welcome", {"version": 4})


def test_publish_retried_after_503(pl: Any, server: LocalPromptLayer, sleeps: list[float]) -> None:
    server.inject("publish_prompt_template", Fault.server_error(503))
    created = pl.templates.publish({"prompt_name": "welcome", "prompt_template": CHAT})
    assert created["version_number"] == 3
    assert [r.status for r in server.requests_for("publish_prompt_template")] == [503, 200]
    assert len(sleeps) == 1


def test_reads_are_resent_after_a_dropped_connection(
    pl: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    server.inject(GET, Fault.drop(after_handling=True), times=2)
    assert text_of(pl.templates.get("welcome", WELCOME_VARIABLES)) == WELCOME_TEXT
    assert [r.status for r in server.requests_for(GET)] == [None, None, 200]
    assert len(sleeps) == 2


def test_tracking_calls_are_resent_after_a_lost_answer(
    pl: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    """track.* set state, so a resend is harmless."""
    request_id = pl.log_request(**log_args())["id"]
    server.inject("track_score", Fault.drop(after_handling=True))
    server.inject("track_metadata", Fault.server_error(500))
    assert pl.track.score(request_id, 80) is True
    assert pl.track.metadata(request_id, {"user": "ada"}) is True
    assert len(server.requests_for("track_score")) == 2
    assert len(server.requests_for("track_metadata")) == 2
    assert len(sleeps) == 2
    tracking = server.state.snapshot()["tracking"]
    assert {"request_id": request_id, "name": "default", "score": 80} in tracking["scores"]
    assert tracking["metadata"] == {str(request_id): {"user": "ada"}}


# -- throw_on_error=False ---------------------------------------------------------------------


def test_throw_on_error_false_returns_none_and_warns(
    make_client: Any, server: LocalPromptLayer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="promptlayer")
    pl = make_client(throw_on_error=False, max_retries=0)
    external = [{"source": "github", "external_id": "a.txt"}]
    assert pl.templates.publish({"prompt_name": "other", "prompt_template": CHAT, "external_ids": external})
    assert pl.log_request(**log_args())["id"] == 1
    caplog.clear()
    server.clear_requests()

    calls: list[tuple[str, Callable[[], Any], str]] = [
        ("get", lambda: pl.templates.get("missing"), "HTTP 404: Prompt template 'missing' not found"),
        ("list", lambda: pl.templates.list(sort_by="bogus"), "HTTP 422: Request breaks the API contract"),
        (
            "publish",
            lambda: pl.templates.publish(
                {"prompt_name": "welcome", "prompt_template": CHAT, "external_ids": external}
            ),
            "HTTP 409: External id github:a.txt is already linked to template 'other'",
        ),
        ("labels", lambda: pl.templates.labels("missing"), "HTTP 404: Prompt template 'missing' not found"),
        ("create_label", lambda: pl.templates.create_label(999, "beta", 1), "HTTP 404: Prompt template 999"),
        ("move_label", lambda: pl.templates.move_label(999, 1), "HTTP 404: Release label 999 not found"),
        ("delete_label", lambda: pl.templates.delete_label(999), "HTTP 404: Release label 999 not found"),
        (
            "log_request",
            lambda: pl.log_request(**log_args(prompt_name="missing")),
            "HTTP 404: Prompt template",
        ),
        ("track.metadata", lambda: pl.track.metadata(999, {"a": "b"}), "HTTP 400: Request log 999 not found"),
        ("track.prompt", lambda: pl.track.prompt(999, "welcome", {}), "HTTP 400: Request log 999 not found"),
        ("track.score", lambda: pl.track.score(999, 10), "HTTP 400: Request log 999 not found"),
        ("track.group", lambda: pl.track.group(999, 1), "HTTP 400: Request log 999 not found"),
    ]
    for name, call, message in calls:
        caplog.clear()
        assert call() is None, name
        warnings = [r for r in caplog.records if r.name == "promptlayer" and r.levelno == logging.WARNING]
        assert len(warnings) == 1, name
        assert warnings[0].getMessage().startswith("PromptLayer: Error "), name
        assert message in warnings[0].getMessage(), name
    assert len(server.requests) == len(calls)

    server.inject("list_prompt_templates", Fault.http_status(403), times=2)
    assert pl.templates.all() is None
    assert list(pl.templates.iterate()) == []
    server.inject("create_group", Fault.server_error(500))
    assert pl.group.create() is None
    server.inject(GET, Fault.malformed_json())
    assert pl.templates.get("welcome") is None
    server.inject(GET, Fault.drop())
    assert pl.templates.get("welcome") is None
    assert "with a body that is not JSON" in caplog.text
    assert f"could not reach {server.base_url.removeprefix('http://')} (RemoteProtocolError" in caplog.text


def test_throw_on_error_false_connection_and_timeout(
    make_client: Any, server: LocalPromptLayer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="promptlayer")
    url = closed_port_url()
    offline = make_client(base_url=url, throw_on_error=False, max_retries=0)
    assert offline.templates.get("welcome") is None
    assert offline.log_request(**log_args()) is None
    assert offline.track.score(1, 1) is None
    slow = make_client(timeout=0.2, throw_on_error=False, max_retries=0)
    server.inject(GET, Fault.delay(1.0))
    assert slow.templates.get("welcome") is None
    assert f"could not reach {url.removeprefix('http://')} (ConnectError" in caplog.text
    assert "Error getting prompt template 'welcome': timed out (ReadTimeout)" in caplog.text


INVALID_CALLS: list[tuple[str, Callable[[Any], Any]]] = [
    ("get: empty name", lambda pl: pl.templates.get("")),
    ("get: version 0", lambda pl: pl.templates.get("welcome", {"version": 0})),
    ("get: unknown param", lambda pl: pl.templates.get("welcome", {"lable": "prod"})),
    ("list: page 0", lambda pl: pl.templates.list(page=0)),
    ("list: bad status", lambda pl: pl.templates.list(status="archived")),
    ("all: per_page 0", lambda pl: pl.templates.all(per_page=0)),
    ("iterate: tags as a string", lambda pl: list(pl.templates.iterate(tags="a"))),
    ("publish: no name", lambda pl: pl.templates.publish({"prompt_template": CHAT})),
    ("labels: empty name", lambda pl: pl.templates.labels("")),
    ("create_label: id 0", lambda pl: pl.templates.create_label(0, "beta", 1)),
    ("move_label: version 0", lambda pl: pl.templates.move_label(1, 0)),
    ("delete_label: id -1", lambda pl: pl.templates.delete_label(-1)),
    ("log_request: score 101", lambda pl: pl.log_request(**log_args(score=101))),
    ("log_request: end before start", lambda pl: pl.log_request(**log_args(request_end_time=1))),
    ("track.metadata: empty", lambda pl: pl.track.metadata(1, {})),
    (
        "track.prompt: version and label",
        lambda pl: pl.track.prompt(1, "welcome", {}, version=1, label="prod"),
    ),
    ("track.score: 101", lambda pl: pl.track.score(1, 101)),
    ("track.group: group 0", lambda pl: pl.track.group(1, 0)),
]


@pytest.mark.parametrize("throw_on_error", [True, False])
@pytest.mark.parametrize(("name", "call"), INVALID_CALLS, ids=[name for name, _ in INVALID_CALLS])
def test_invalid_arguments_raise_before_any_request(
    make_client: Any,
    server: LocalPromptLayer,
    name: str,
    call: Callable[[Any], Any],
    throw_on_error: bool,
) -> None:
    pl = make_client(throw_on_error=throw_on_error)
    with pytest.raises(PromptLayerValidationError):
        call(pl)
    assert server.requests == []
