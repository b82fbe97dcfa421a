"""What a user meets outside the happy path: a closed client, a second event loop, failures
that must be seen without any logging set up, certificates, and the environment variables.

Both clients where it applies (the `mode` fixture); every check goes through the public API
against the local server.
"""

from __future__ import annotations

import asyncio
import json
import ssl
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme
from promptlayer_api.api.prompt_templates import list_prompt_templates

from promptlayer import (
    AsyncPromptLayer,
    PromptLayer,
    PromptLayerAPIConnectionError,
    PromptLayerAPITimeoutError,
    PromptLayerClientClosedError,
    PromptLayerError,
    PromptLayerValidationError,
)
from promptlayer.testing import Fault, LocalPromptLayer

from ..modes import build, call_operation
from .conftest import KEY

GET = "get_prompt_template"
CHAT_REPLY = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1_700_000_000,
    "model": "gpt-4o-mini",
    "choices": [
        {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": "Hello there."}}
    ],
    "usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5},
}
CHAT_ARGS: dict[str, Any] = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": "hi"}]}


def openai_client(pl: Any, mode: str, answered: list[str]) -> Any:
    """A proxied OpenAI client whose provider side is a mock transport (`answered` counts calls)."""
    import httpx2

    def reply(request: httpx2.Request) -> httpx2.Response:
        answered.append(str(request.url))
        return httpx2.Response(200, json=CHAT_REPLY)

    transport = httpx2.MockTransport(reply)
    if mode == "async":
        return pl.openai.AsyncOpenAI(api_key="sk-test", http_client=httpx2.AsyncClient(transport=transport))
    return pl.openai.OpenAI(api_key="sk-test", http_client=httpx2.Client(transport=transport))


# -- a closed client ------------------------------------------------------------------------------


def test_a_closed_client_says_so(make_client: Any, server: LocalPromptLayer) -> None:
    pl = make_client(cache_ttl_seconds=60)
    lenient = make_client(throw_on_error=False)  # a caller's bug, not an outage: raised all the same
    assert pl.templates.get("welcome") is not None  # cached: the next get needs no request
    for client in (pl, lenient):
        client.close()
    calls: list[Callable[[], Any]] = [
        lambda: pl.templates.get("welcome"),
        lambda: pl.run("welcome", input_variables={"name": "Ada", "topic": "engines"}),
        lambda: pl.group.create(),
        lambda: lenient.templates.list(),
    ]
    for call in calls:
        with pytest.raises(PromptLayerClientClosedError, match="client is closed"):
            call()
    assert len(server.requests) == 1  # the first get


def test_the_generated_client_of_a_closed_client_says_so(
    server: LocalPromptLayer, mode: str, loop: asyncio.AbstractEventLoop
) -> None:
    async def make() -> AsyncPromptLayer:
        return AsyncPromptLayer(api_key=KEY, base_url=server.base_url)

    pl = (
        PromptLayer(api_key=KEY, base_url=server.base_url)
        if mode == "sync"
        else loop.run_until_complete(make())
    )
    api = pl.api
    assert call_operation(mode, list_prompt_templates, loop, client=api).status_code == 200
    if isinstance(pl, PromptLayer):
        pl.close()
    else:
        loop.run_until_complete(pl.aclose())
    with pytest.raises(PromptLayerClientClosedError):
        call_operation(mode, list_prompt_templates, loop, client=api)
    assert len(server.requests_for("list_prompt_templates")) == 1


def test_a_proxied_provider_client_of_a_closed_client_raises_before_calling(
    make_client: Any, server: LocalPromptLayer, mode: str, loop: Any
) -> None:
    """Its log could not be delivered: raised before the provider is called (nothing paid for)."""
    answered: list[str] = []
    pl = make_client()
    openai = openai_client(pl, mode, answered)
    chat = view_call(openai.chat.completions.create, loop)
    assert chat(**CHAT_ARGS).choices[0].message.content == "Hello there."
    pl.close()
    with pytest.raises(PromptLayerClientClosedError):
        chat(**CHAT_ARGS)
    assert len(answered) == 1
    assert len(server.requests_for("track_request")) == 1  # the call made while open was logged


def view_call(function: Any, loop: asyncio.AbstractEventLoop) -> Any:
    def call(*args: Any, **kwargs: Any) -> Any:
        result = function(*args, **kwargs)
        return loop.run_until_complete(result) if asyncio.iscoroutine(result) else result

    return call


def test_a_closed_http_client_of_the_callers_is_named(server: LocalPromptLayer) -> None:
    mine = httpx.Client()
    pl = PromptLayer(api_key=KEY, base_url=server.base_url, http_client=mine)
    mine.close()
    with pytest.raises(PromptLayerClientClosedError, match="http_client"):
        pl.templates.list()
    pl.close()


def test_one_async_client_serves_two_event_loops(server: LocalPromptLayer) -> None:
    """Each asyncio.run() ends its loop, and with it the pool's connections: a new pool serves
    the next loop, the generated client's calls included."""
    pl = AsyncPromptLayer(api_key=KEY, base_url=server.base_url)

    async def fetch() -> Any:
        template = await pl.templates.get("welcome")
        listed = await list_prompt_templates.asyncio_detailed(client=pl.api)
        return template and template["prompt_name"], listed.status_code

    assert asyncio.run(fetch()) == ("welcome", 200)
    assert asyncio.run(fetch()) == ("welcome", 200)
    asyncio.run(pl.aclose())
    with pytest.raises(PromptLayerClientClosedError):
        asyncio.run(fetch())
    assert len(server.requests_for(GET)) == 2


# -- failures that reach a user who configured no logging ------------------------------------------


UNCONFIGURED = textwrap.dedent(
    """
    import sys
    import httpx2
    from promptlayer import PromptLayer
    from promptlayer.testing import LocalPromptLayer

    reply = json.loads(sys.argv[1])
    with LocalPromptLayer(api_key="right-key") as server:
        lenient = PromptLayer(api_key="right-key", base_url=server.base_url, throw_on_error=False)
        assert lenient.templates.get("missing") is None
        lenient.close()
        wrong = PromptLayer(api_key="wrong-key", base_url=server.base_url, max_retries=0)
        transport = httpx2.MockTransport(lambda request: httpx2.Response(200, json=reply))
        openai = wrong.openai.OpenAI(api_key="sk-test", http_client=httpx2.Client(transport=transport))
        openai.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": "hi"}])
        wrong.close()
    """
)


def test_swallowed_and_background_failures_reach_stderr_without_logging_configured() -> None:
    """Python's last-resort handler prints WARNING to stderr when no handler is set anywhere;
    the SDK adds none that would hide it, writes nothing to stdout and leaves the root alone."""
    script = "import json\n" + UNCONFIGURED + "import logging\nassert logging.getLogger().handlers == []\n"
    done = subprocess.run(
        [sys.executable, "-c", script, json.dumps(CHAT_REPLY)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert "PromptLayer: Error getting prompt template 'missing': HTTP 404" in lines[0]
    assert any(line.startswith("PromptLayer: could not log the openai call: ") for line in lines[1:])
    assert "HTTP 401" in done.stderr
    assert "wrong-key" not in done.stderr and "right-key" not in done.stderr


# -- certificates ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def tls_server(authority: trustme.CA) -> Iterator[LocalPromptLayer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(context)
    with LocalPromptLayer(api_key=KEY, ssl_context=context) as running:
        yield running


@pytest.fixture
def bundle(authority: trustme.CA, tmp_path: Path) -> str:
    path = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(path))
    return str(path)


@pytest.fixture
def no_ca_env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("REQUESTS_CA_BUNDLE", "SSL_CERT_FILE", "SSL_CERT_DIR"):
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def tls_client(mode: str, loop: Any, server: LocalPromptLayer, **kwargs: Any) -> Any:
    return build(mode, loop, PromptLayer, AsyncPromptLayer, api_key=KEY, base_url=server.base_url, **kwargs)


@pytest.mark.parametrize("variable", ["REQUESTS_CA_BUNDLE", "SSL_CERT_FILE"])
def test_a_ca_bundle_from_the_environment_is_trusted(
    tls_server: LocalPromptLayer,
    bundle: str,
    no_ca_env: pytest.MonkeyPatch,
    variable: str,
    mode: str,
    loop: Any,
) -> None:
    no_ca_env.setenv(variable, bundle)
    assert tls_server.base_url.startswith("https://")
    pl = tls_client(mode, loop, tls_server)
    try:
        assert pl.templates.list() is not None
    finally:
        pl.close()
    assert len(tls_server.requests_for("list_prompt_templates")) == 1


def test_an_untrusted_certificate_fails_at_once_and_says_what_to_set(
    tls_server: LocalPromptLayer, no_ca_env: pytest.MonkeyPatch, sleeps: list[float], mode: str, loop: Any
) -> None:
    pl = tls_client(mode, loop, tls_server)
    with pytest.raises(PromptLayerAPIConnectionError) as caught:
        pl.templates.list()
    pl.close()
    message = str(caught.value)
    assert f"could not reach {tls_server.base_url.removeprefix('https://')}" in message
    assert "CERTIFICATE_VERIFY_FAILED" in message
    assert "set REQUESTS_CA_BUNDLE or SSL_CERT_FILE" in message
    assert sleeps == []  # not retried: the same certificate fails the same way


def test_a_ca_bundle_that_does_not_exist_is_refused(no_ca_env: pytest.MonkeyPatch, tmp_path: Path) -> None:
    no_ca_env.setenv("REQUESTS_CA_BUNDLE", str(tmp_path / "missing.pem"))
    with pytest.raises(PromptLayerValidationError, match=r"REQUESTS_CA_BUNDLE names .*missing\.pem"):
        PromptLayer(api_key=KEY)


# -- timeout and retries from the environment -----------------------------------------------------


def test_retries_from_the_environment(
    make_client: Any, server: LocalPromptLayer, sleeps: list[float], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROMPTLAYER_MAX_RETRIES", "1")
    server.inject(GET, Fault.server_error(500), times=None)
    with pytest.raises(PromptLayerError):
        make_client().templates.get("welcome")
    assert len(server.requests_for(GET)) == 2
    with pytest.raises(PromptLayerError):
        make_client(max_retries=0).templates.get("welcome")  # the argument wins
    assert len(server.requests_for(GET)) == 3


def test_timeout_from_the_environment(
    make_client: Any, server: LocalPromptLayer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PROMPTLAYER_TIMEOUT", "0.2")
    server.inject(GET, Fault.delay(1.0))
    with pytest.raises(PromptLayerAPITimeoutError):
        make_client(max_retries=0).templates.get("welcome")


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("PROMPTLAYER_TIMEOUT", "soon", "a number of seconds > 0"),
        ("PROMPTLAYER_TIMEOUT", "0", "a number of seconds > 0"),
        ("PROMPTLAYER_TIMEOUT", "inf", "a number of seconds > 0"),
        ("PROMPTLAYER_MAX_RETRIES", "-1", "an integer >= 0"),
        ("PROMPTLAYER_MAX_RETRIES", "2.5", "an integer >= 0"),
    ],
)
def test_bad_environment_values_are_named(
    monkeypatch: pytest.MonkeyPatch, mode: str, loop: Any, variable: str, value: str, expected: str
) -> None:
    monkeypatch.setenv(variable, value)
    with pytest.raises(PromptLayerValidationError, match=f"^{variable} must be {expected}"):
        build(mode, loop, PromptLayer, AsyncPromptLayer, api_key=KEY)
