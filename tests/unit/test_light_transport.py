"""Background request logs through LightDriver (http.client): the same requests, retries and
errors as through httpx, against the local server."""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import trustme

from promptlayer import PromptLayer
from promptlayer._transport.light import LightDriver, light_transport_applies
from promptlayer.client import context_of
from promptlayer.testing import Fault, LocalPromptLayer, recorded_waits

KEY = "light-transport-key"


def log_body(tag: str) -> dict[str, Any]:
    now = time.time()
    return {
        "function_name": "openai.chat.completions.create",
        "provider_type": "openai",
        "args": [],
        "kwargs": {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]},
        "request_response": {"id": "chatcmpl-1", "choices": []},
        "request_start_time": now,
        "request_end_time": now,
        "tags": [tag],
    }


@pytest.fixture
def server() -> Iterator[LocalPromptLayer]:
    with LocalPromptLayer(api_key=KEY) as running:
        yield running
    assert not running.contract_errors


@pytest.fixture
def sleeps() -> Iterator[list[float]]:
    with recorded_waits() as waits:
        yield waits


@pytest.fixture
def pl(server: LocalPromptLayer, sleeps: list[float]) -> Iterator[PromptLayer]:
    with PromptLayer(api_key=KEY, base_url=server.base_url) as client:
        yield client


def tags_logged(server: LocalPromptLayer) -> list[str]:
    return [request.json()["tags"][0] for request in server.requests_for("track_request")]


def test_background_logs_go_through_http_client(pl: PromptLayer, server: LocalPromptLayer) -> None:
    for index in range(20):
        context_of(pl).call_log.submit(log_body(f"t{index}"))
    context_of(pl).call_log.flush(timeout=10)
    assert isinstance(context_of(pl).call_log._background, LightDriver)
    assert sorted(tags_logged(server)) == sorted(f"t{index}" for index in range(20))
    request = server.requests_for("track_request")[0]
    assert request.headers["x-api-key"] == KEY
    assert request.headers["user-agent"].startswith("promptlayer-python/")
    assert request.headers["content-type"] == "application/json"


def test_same_headers_as_the_httpx_path(server: LocalPromptLayer) -> None:
    with PromptLayer(api_key=KEY, base_url=server.base_url, default_headers={"X-Team": "search"}) as pl:
        context_of(pl).call_log.submit(log_body("light"))
        context_of(pl).call_log.flush(timeout=10)
        context_of(pl).call_log.send(log_body("httpx"))  # the caller's thread: the client's httpx driver
    light, heavy = server.requests_for("track_request")
    for name in ("x-api-key", "x-team", "user-agent", "content-type"):
        assert light.headers[name] == heavy.headers[name]


def test_transient_answer_is_retried(pl: PromptLayer, server: LocalPromptLayer, sleeps: list[float]) -> None:
    server.inject("track_request", Fault.http_status(503, retry_after=0.25))
    context_of(pl).call_log.submit(log_body("retried"))
    context_of(pl).call_log.flush(timeout=10)
    assert tags_logged(server) == ["retried", "retried"]  # the 503, then the stored one
    assert sleeps == [0.25]
    assert len(server.state.tracking.snapshot()["request_logs"]) == 1


def test_server_closing_idle_connections_is_survived(pl: PromptLayer, server: LocalPromptLayer) -> None:
    context_of(pl).call_log.submit(log_body("first"))
    context_of(pl).call_log.flush(timeout=10)
    driver = context_of(pl).call_log._background
    assert isinstance(driver, LightDriver)
    for connection in list(driver._connections):
        assert connection.sock is not None
        connection.sock.shutdown(2)  # as if the server had closed the idle keep-alive connection
    context_of(pl).call_log.submit(log_body("second"))
    context_of(pl).call_log.flush(timeout=10)
    assert tags_logged(server) == ["first", "second"]


def test_unreachable_server_is_a_warning(sleeps: list[float], caplog: pytest.LogCaptureFixture) -> None:
    with LocalPromptLayer(api_key=KEY) as gone:
        base_url = gone.base_url
    with PromptLayer(api_key=KEY, base_url=base_url, max_retries=2) as pl:
        context_of(pl).call_log.submit(log_body("lost"))
        context_of(pl).call_log.flush(timeout=10)
    assert len(sleeps) == 2  # connection refused: never sent, so retried even though it is a write
    assert "could not log the openai call" in caplog.text
    assert "could not reach PromptLayer" in caplog.text
    assert KEY not in caplog.text


def test_not_used_with_a_client_of_your_own_or_a_proxy(
    server: LocalPromptLayer, monkeypatch: pytest.MonkeyPatch
) -> None:
    with httpx.Client() as mine, PromptLayer(api_key=KEY, base_url=server.base_url, http_client=mine) as pl:
        context_of(pl).call_log.submit(log_body("own"))
        context_of(pl).call_log.flush(timeout=10)
        assert context_of(pl).call_log._background is context_of(pl).driver
    assert light_transport_applies(server.base_url, own_http_client=True)
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.invalid:3128")
    assert not light_transport_applies(server.base_url, own_http_client=True)
    assert tags_logged(server) == ["own"]


def test_a_patched_http_stack_sees_every_background_log(
    pl: PromptLayer, server: LocalPromptLayer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Mocking tools (respx, pytest-httpx, vcrpy...) patch httpx: logs then go through httpx."""
    seen: list[str] = []
    original = httpx.HTTPTransport.handle_request

    def spy(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        seen.append(request.url.path)
        return original(self, request)

    context_of(pl).call_log.submit(log_body("before"))
    context_of(pl).call_log.flush(timeout=10)
    assert seen == []  # unpatched: http.client
    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", spy)
    context_of(pl).call_log.submit(log_body("patched"))
    context_of(pl).call_log.flush(timeout=10)
    assert seen == ["/track-request"]
    assert tags_logged(server) == ["before", "patched"]


# -- HTTPS: the light path verifies certificates as httpx would ----------------------------------


@pytest.fixture(scope="module")
def certificate_authority() -> Any:
    return trustme.CA()


@pytest.fixture
def tls_server(certificate_authority: Any) -> Iterator[LocalPromptLayer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate_authority.issue_cert("127.0.0.1").configure_cert(context)
    with LocalPromptLayer(api_key=KEY, ssl_context=context) as running:
        yield running


def test_https_logs_go_through_http_client(
    tls_server: LocalPromptLayer, certificate_authority: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    bundle = tmp_path / "ca.pem"
    certificate_authority.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))  # trusted the way httpx trusts: its env
    assert tls_server.base_url.startswith("https://")
    with PromptLayer(api_key=KEY, base_url=tls_server.base_url) as pl:
        context_of(pl).call_log.submit(log_body("over-tls"))
        context_of(pl).call_log.flush(timeout=10)
        assert isinstance(context_of(pl).call_log._background, LightDriver)
        assert context_of(pl).call_log._background._connections  # the log went over http.client
        context_of(pl).call_log.send(log_body("httpx-tls"))
    assert tags_logged(tls_server) == ["over-tls", "httpx-tls"]


def test_https_with_an_untrusted_certificate_is_refused(
    tls_server: LocalPromptLayer, caplog: pytest.LogCaptureFixture
) -> None:
    with PromptLayer(api_key=KEY, base_url=tls_server.base_url, max_retries=0) as pl:
        context_of(pl).call_log.submit(log_body("refused"))
        context_of(pl).call_log.flush(timeout=10)
    assert tags_logged(tls_server) == []
    assert "CERTIFICATE_VERIFY_FAILED" in caplog.text
