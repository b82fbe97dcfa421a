"""Client construction: settings from arguments and environment, secrets kept out of reprs."""

from __future__ import annotations

import asyncio
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


def test_generated_client_sends_the_key_header_only() -> None:
    seen: list[httpx.Request] = []
    with PromptLayer(api_key=KEY, base_url="https://api.test", default_headers={"X-Team": "a"}) as client:
        client.api.set_httpx_client(
            httpx.Client(
                base_url="https://api.test",
                transport=httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(404)),
                headers=client.api.get_httpx_client().headers,
            )
        )
        from promptlayer_api.api.prompt_templates import get_prompt_template_raw

        get_prompt_template_raw.sync_detailed("x", client=client.api)
    assert seen[0].headers["X-API-KEY"] == KEY
    assert seen[0].headers["X-Team"] == "a"
    assert "authorization" not in seen[0].headers


def test_own_pool_has_the_configured_timeout_and_headers() -> None:
    client = PromptLayer(api_key=KEY, timeout=7.5)
    http = client.api.get_httpx_client()
    assert http.timeout == httpx.Timeout(7.5)
    assert http.headers["X-API-KEY"] == KEY
    assert str(http.base_url) == "https://api.promptlayer.com"
    client.close()
    assert http.is_closed


def test_async_client_closes_its_pool() -> None:
    async def scenario() -> httpx.AsyncClient:
        async with AsyncPromptLayer(api_key=KEY) as client:
            http = client.api.get_async_httpx_client()
            assert http.headers["X-API-KEY"] == KEY
        return http

    assert asyncio.run(scenario()).is_closed


@pytest.mark.parametrize(
    "use",
    [
        lambda c: c.templates,
        lambda c: c.track,
        lambda c: c.group,
        lambda c: c.log_request(),
        lambda c: c.run("x"),
        lambda c: c.run_workflow("x"),
    ],
)
def test_unbuilt_capabilities_say_so(use: object) -> None:
    client = PromptLayer(api_key=KEY)
    with pytest.raises(NotImplementedError, match="not built yet"):
        use(client)  # type: ignore[operator]


def test_tracing_not_built_yet_says_so() -> None:
    with pytest.raises(NotImplementedError, match="Tracing"):
        PromptLayer(api_key=KEY, enable_tracing=True)


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
