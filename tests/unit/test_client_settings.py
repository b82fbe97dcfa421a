"""Client construction: settings from arguments and environment, secrets kept out of reprs."""

from __future__ import annotations

import asyncio
import base64
import logging
import ssl
import subprocess
import sys

import httpx
import pytest

import promptlayer
from promptlayer import (
    AsyncPromptLayer,
    PromptLayer,
    PromptLayerAuthenticationError,
    PromptLayerError,
    PromptLayerValidationError,
)
from promptlayer._settings import http_verify

KEY = "pl_secret_abc"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PROMPTLAYER_API_KEY", raising=False)
    monkeypatch.delenv("PROMPTLAYER_BASE_URL", raising=False)


clients = pytest.mark.parametrize("client_class", [PromptLayer, AsyncPromptLayer])


@clients
def test_missing_key_fails_at_construction_saying_how_to_fix(client_class: type) -> None:
    with pytest.raises(PromptLayerAuthenticationError) as caught:
        client_class()
    assert "PROMPTLAYER_API_KEY" in str(caught.value)
    assert isinstance(caught.value, ValueError)  # code written for the official SDK catches this
    assert isinstance(caught.value, PromptLayerError)


@clients
def test_key_and_base_url_from_environment(client_class: type, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PROMPTLAYER_API_KEY", KEY)
    monkeypatch.setenv("PROMPTLAYER_BASE_URL", "http://127.0.0.1:9/")
    client = client_class()
    assert client.base_url == "http://127.0.0.1:9"
    assert KEY not in repr(client)
    assert KEY not in repr(client.api)


@clients
def test_default_base_url(client_class: type) -> None:
    assert client_class(api_key=KEY).base_url == "https://api.promptlayer.com"


@clients
@pytest.mark.parametrize(
    "kwargs",
    [
        {"timeout": 0},
        {"timeout": -1},
        {"max_retries": -1},
        {"max_retries": True},
        {"cache_ttl_seconds": -5},
        {"base_url": "ftp://x"},
    ],
)
def test_invalid_arguments_raise_validation_error(client_class: type, kwargs: dict[str, object]) -> None:
    with pytest.raises(PromptLayerValidationError):
        client_class(api_key=KEY, **kwargs)


def test_one_pool_for_facade_and_generated_calls_with_the_key_on_each_request() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200,
            json={
                "has_next": False,
                "has_prev": False,
                "items": [],
                "next_num": None,
                "prev_num": None,
                "page": 1,
                "pages": 1,
                "total": 0,
            },
        )

    mine = httpx.Client(transport=httpx.MockTransport(answer))
    with PromptLayer(
        api_key=KEY, base_url="https://api.test", http_client=mine, default_headers={"X-Team": "a"}
    ) as pl:
        from promptlayer_api.api.prompt_templates import list_prompt_templates

        pl.templates.list()
        list_prompt_templates.sync_detailed(client=pl.api)
        assert pl.api.get_httpx_client() is mine
    assert [str(r.url) for r in seen] == ["https://api.test/prompt-templates"] * 2
    for request in seen:
        assert request.headers["X-API-KEY"] == KEY
        assert request.headers["X-Team"] == "a"
        assert "authorization" not in request.headers
    assert not mine.is_closed  # the caller's client stays open
    mine.close()


def test_own_pool_has_the_configured_timeout_and_is_closed() -> None:
    client = PromptLayer(api_key=KEY, timeout=7.5)
    http = client.api.get_httpx_client()
    assert http.timeout == httpx.Timeout(7.5, connect=7.5)
    assert KEY not in str(dict(http.headers))  # the key travels per request, not in a shared header set
    client.close()
    assert http.is_closed


def test_async_client_closes_its_pool() -> None:
    async def scenario() -> httpx.AsyncClient:
        async with AsyncPromptLayer(api_key=KEY, timeout=3) as client:
            http = client.api.get_async_httpx_client()
            assert http.timeout == httpx.Timeout(3, connect=3)
        return http

    assert asyncio.run(scenario()).is_closed


def test_http_client_of_the_wrong_kind_is_refused() -> None:
    with pytest.raises(PromptLayerValidationError):
        PromptLayer(api_key=KEY, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(PromptLayerValidationError):
        AsyncPromptLayer(api_key=KEY, http_client=httpx.Client())  # type: ignore[arg-type]


def test_tracing_without_its_extra_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "opentelemetry.sdk.trace", None)  # import fails
    with pytest.raises(PromptLayerError, match=r"promptlayer\[tracing\]"):
        PromptLayer(api_key=KEY, enable_tracing=True)


def test_enable_tracing_must_be_a_bool() -> None:
    with pytest.raises(PromptLayerValidationError, match="enable_tracing"):
        PromptLayer(api_key=KEY, enable_tracing="yes")  # type: ignore[arg-type]


def test_import_is_light() -> None:
    script = (
        "import sys, promptlayer\n"
        "names = ('httpx', 'promptlayer_api', 'attrs', 'jinja2', 'opentelemetry')\n"
        "heavy = [m for m in names if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.strip() == ""


def test_public_names() -> None:
    for name in promptlayer.__all__:
        assert getattr(promptlayer, name) is not None
    with pytest.raises(AttributeError):
        promptlayer.NoSuchThing  # noqa: B018


# -- settings from the environment get the argument's checks, named by the variable --------------


@clients
@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("PROMPTLAYER_API_KEY", KEY + "\n"),
        ("PROMPTLAYER_API_KEY", " " + KEY),
        ("PROMPTLAYER_API_KEY", KEY + "\u00e9"),
        ("PROMPTLAYER_BASE_URL", "ftp://user:hunter22@example.com"),
        ("PROMPTLAYER_BASE_URL", "api.promptlayer.com"),
        ("PROMPTLAYER_BASE_URL", "https://"),
        ("PROMPTLAYER_BASE_URL", "http://[::1"),
        ("PROMPTLAYER_BASE_URL", "https://host:port"),
    ],
)
def test_a_bad_environment_setting_is_named_by_its_variable(
    client_class: type, monkeypatch: pytest.MonkeyPatch, variable: str, value: str
) -> None:
    monkeypatch.setenv("PROMPTLAYER_API_KEY", KEY)
    monkeypatch.setenv(variable, value)
    with pytest.raises(PromptLayerValidationError) as caught:
        client_class()
    message = str(caught.value)
    assert message.startswith(f"{variable} must be")
    assert KEY not in message and "hunter22" not in message


@clients
def test_arguments_win_over_the_environment_and_are_named_as_arguments(
    client_class: type, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROMPTLAYER_BASE_URL", "not a url")
    assert client_class(api_key=KEY, base_url="https://api.test").base_url == "https://api.test"
    with pytest.raises(PromptLayerValidationError, match=r"^base_url must be"):
        client_class(api_key=KEY, base_url="ftp://x")


# -- credentials in base_url --------------------------------------------------------------------


@clients
def test_credentials_in_the_base_url_stay_out_of_reprs(client_class: type) -> None:
    client = client_class(api_key=KEY, base_url="https://user:hunter22@proxy.test/pl")
    for shown in (repr(client), repr(client.api)):
        assert "hunter22" not in shown and "user" not in shown
        assert "proxy.test/pl" in shown
    assert KEY not in repr(client.api)


def test_credentials_in_the_base_url_are_still_used_for_basic_auth() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"success": True})

    http = httpx.Client(transport=httpx.MockTransport(answer))
    with PromptLayer(api_key=KEY, base_url="https://user:hunter22@proxy.test", http_client=http) as pl:
        pl.track.score(1, 50)
    [request] = seen
    assert request.headers["Authorization"] == "Basic " + base64.b64encode(b"user:hunter22").decode()
    assert request.headers["X-API-KEY"] == KEY
    http.close()


def test_a_bad_base_url_with_credentials_does_not_show_them() -> None:
    with pytest.raises(PromptLayerValidationError) as caught:
        PromptLayer(api_key=KEY, base_url="ftp://user:hunter22@example.com")
    assert "hunter22" not in str(caught.value)
    assert "example.com" in str(caught.value)


# -- the key over plain http --------------------------------------------------------------------


def plain_http_warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        record.getMessage()
        for record in caplog.records
        if record.name == "promptlayer"
        and record.levelno == logging.WARNING
        and "unencrypted" in record.getMessage()
    ]


@clients
def test_the_key_over_plain_http_to_a_remote_host_is_warned_once(
    client_class: type, caplog: pytest.LogCaptureFixture
) -> None:
    url = f"http://user:hunter22@pl-{client_class.__name__.lower()}.example.com:8080"
    with caplog.at_level(logging.WARNING, logger="promptlayer"):
        client_class(api_key=KEY, base_url=url)
        client_class(api_key=KEY, base_url=url)
    [warning] = plain_http_warnings(caplog)
    assert f"pl-{client_class.__name__.lower()}.example.com:8080" in warning
    assert "hunter22" not in warning and KEY not in warning


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080",
        "http://127.3.2.1",
        "http://localhost:9",
        "http://LOCALHOST",
        "http://[::1]:8000",
        "https://api.example.com",
    ],
)
def test_no_warning_for_local_hosts_or_https(url: str, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="promptlayer"):
        PromptLayer(api_key=KEY, base_url=url)
    assert plain_http_warnings(caplog) == []


def test_a_host_that_only_looks_local_is_warned(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="promptlayer"):
        PromptLayer(api_key=KEY, base_url="http://127.0.0.1.nip.example")
        PromptLayer(api_key=KEY, base_url="http://localhost.evil.example")
    assert len(plain_http_warnings(caplog)) == 2


def test_an_http_base_url_gets_a_tls_context_that_trusts_nothing() -> None:
    """An http:// pool never makes a TLS connection: its context loads no certificates (the
    cost of a client), and would refuse any https server rather than accept it unverified."""
    context = http_verify("http://127.0.0.1:8080")
    assert isinstance(context, ssl.SSLContext)
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert context.cert_store_stats()["x509_ca"] == 0
    secure = http_verify("https://api.promptlayer.com")  # httpx's default, or the named CA bundles
    assert secure is True or (isinstance(secure, ssl.SSLContext) and secure.cert_store_stats()["x509_ca"] > 0)
