"""What both proxies share: the missing extra, provider naming, and keeping credentials out
of cassettes and logs.
"""

from __future__ import annotations

import asyncio
import json
import re
import sys
from typing import Any

import anthropic
import openai
import pytest
import yaml
from openai.types.chat import ChatCompletion

from promptlayer import AsyncPromptLayer, PromptLayer, PromptLayerError
from promptlayer import _redact as redact
from promptlayer.providers import log_body, proxy
from promptlayer.providers.anthropic import ANTHROPIC
from promptlayer.providers.openai import OPENAI
from promptlayer.testing import LocalPromptLayer
from tests.providers.provider_calls import CHAT, CHAT_UNAUTHORIZED
from tests.providers.provider_checks import (
    CASSETTE_DIR,
    INVALID_KEY,
    KEYS,
    OPENAI_KEY,
    RECORDING,
    check_log,
    logged,
)

# -- the extras ---------------------------------------------------------------------------------


@pytest.mark.parametrize("provider", ["openai", "anthropic"])
@pytest.mark.parametrize("client_class", [PromptLayer, AsyncPromptLayer])
def test_a_missing_provider_sdk_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, provider: str, client_class: type[Any]
) -> None:
    monkeypatch.setitem(sys.modules, provider, None)  # `import <provider>` now fails
    client = client_class(api_key="k", base_url="http://127.0.0.1:9")
    try:
        with pytest.raises(PromptLayerError, match=re.escape(f'pip install "promptlayer[{provider}]"')):
            getattr(client, provider)
    finally:
        if isinstance(client, PromptLayer):
            client.close()
        else:
            asyncio.run(client.aclose())


# -- naming ---------------------------------------------------------------------------------------


def test_clients_are_named_as_promptlayer_names_them() -> None:
    assert OPENAI.naming_for(openai.OpenAI) == proxy.Naming("openai", "openai")
    assert OPENAI.naming_for(openai.AsyncAzureOpenAI) == proxy.Naming("openai.AzureOpenAI", "openai.azure")
    assert ANTHROPIC.naming_for(anthropic.AsyncAnthropic) == proxy.Naming("anthropic", "anthropic")
    assert ANTHROPIC.naming_for(anthropic.AnthropicBedrock) == proxy.Naming("anthropic", "anthropic.bedrock")


@pytest.mark.skipif(RECORDING, reason="hand-written cassette: recording it needs an Azure resource")
def test_azure_calls(pl: PromptLayer, server: LocalPromptLayer, cassette: Any) -> None:
    client = pl.openai.AzureOpenAI(
        api_key=OPENAI_KEY,
        api_version="2024-10-21",
        azure_endpoint="https://example-resource.openai.azure.com",
        max_retries=0,
    )
    assert isinstance(client, openai.AzureOpenAI)
    with cassette("openai_azure_chat"):
        response = client.chat.completions.create(**CHAT)
    (body,) = logged(server, pl)
    logged_response = check_log(
        body,
        function_name="openai.AzureOpenAI.chat.completions.create",
        provider_type="openai.azure",
        kwargs=CHAT,
    )
    assert logged_response == response.model_dump(mode="json")
    assert type(response) is ChatCompletion


# -- credentials ----------------------------------------------------------------------------------


def test_cassettes_hold_no_credentials() -> None:
    cassettes = sorted(CASSETTE_DIR.glob("*.yaml"))
    assert cassettes
    sensitive = {"authorization", "x-api-key", "api-key", "cookie", "set-cookie"}
    for path in cassettes:
        text = path.read_text(encoding="utf-8")
        for key in KEYS:
            assert key not in text, f"{path.name} holds a provider key"
        for interaction in yaml.safe_load(text)["interactions"]:
            for headers in (interaction["request"]["headers"], interaction["response"]["headers"]):
                assert not sensitive & {name.lower() for name in headers}, f"{path.name}: {headers}"


def test_credentials_in_headers_are_not_logged(
    pl: PromptLayer, server: LocalPromptLayer, cassette: Any
) -> None:
    client = pl.openai.OpenAI(api_key=INVALID_KEY, max_retries=0)
    headers = {"api-key": INVALID_KEY, "Authorization": f"Bearer {INVALID_KEY}", "X-Team": "search"}
    with cassette("openai_unauthorized"), pytest.raises(openai.AuthenticationError):
        client.chat.completions.create(**CHAT_UNAUTHORIZED, extra_headers=headers)
    (body,) = logged(server, pl)  # check_log also asserts no key appears anywhere in it
    check_log(
        body,
        function_name="openai.chat.completions.create",
        provider_type="openai",
        kwargs={**CHAT_UNAUTHORIZED, "extra_headers": {"X-Team": "search"}},
        status="ERROR",
    )


def test_loggable_kwargs_drop_credentials_and_omitted_arguments() -> None:
    kwargs = {
        "model": "m",
        "api_key": "sk-secret-0000000000",
        "temperature": openai.NOT_GIVEN,
        "extra_headers": {"x-api-key": "k", "Proxy-Authorization": "p", "X-Trace": "1"},
        "timeout": 12.5,
        "response_format": ChatCompletion,
        "messages": ({"role": "user", "content": "hi"},),
    }
    assert log_body.loggable_kwargs(kwargs) == {
        "model": "m",
        "extra_headers": {"X-Trace": "1"},
        "timeout": 12.5,
        "response_format": "ChatCompletion",
        "messages": [{"role": "user", "content": "hi"}],
    }
    json.dumps(log_body.loggable_kwargs(kwargs))


def test_keys_are_masked_wherever_they_appear() -> None:
    secret = "sk-live-0123456789abcdef"
    body = {"error_message": f"Incorrect API key provided: {secret}.", "kwargs": {"user": [secret, 3]}}
    assert redact.mask_secrets(body, [secret]) == {
        "error_message": f"Incorrect API key provided: {redact.REDACTED}.",
        "kwargs": {"user": [redact.REDACTED, 3]},
    }


def test_a_generator_of_messages_is_read_once_for_the_sdk_and_the_log(
    pl: PromptLayer, server: LocalPromptLayer, cassette: Any
) -> None:
    client = pl.openai.OpenAI(api_key=OPENAI_KEY, max_retries=0)
    messages = (message for message in CHAT["messages"])
    with cassette("openai_chat"):
        client.chat.completions.create(**{**CHAT, "messages": messages})
    (body,) = logged(server, pl)
    check_log(body, function_name="openai.chat.completions.create", provider_type="openai", kwargs=CHAT)


def test_a_key_echoed_by_the_provider_is_masked_in_the_log(pl: PromptLayer, server: LocalPromptLayer) -> None:
    """Some services echo the key they rejected. (Simulated with a mock transport: a cassette
    must not hold a key, even a fake one.)"""
    import httpx2

    def reject(request: httpx2.Request) -> httpx2.Response:
        message = f"Incorrect API key provided: {OPENAI_KEY}."
        return httpx2.Response(401, json={"error": {"message": message, "code": "invalid_api_key"}})

    http = httpx2.Client(transport=httpx2.MockTransport(reject))
    client = pl.openai.OpenAI(api_key=OPENAI_KEY, max_retries=0, http_client=http)
    with pytest.raises(openai.AuthenticationError) as raised:
        client.chat.completions.create(**CHAT_UNAUTHORIZED)
    assert OPENAI_KEY in str(raised.value)  # the caller's exception is left as it is
    (body,) = logged(server, pl)
    check_log(
        body,
        function_name="openai.chat.completions.create",
        provider_type="openai",
        kwargs=CHAT_UNAUTHORIZED,
        status="ERROR",
    )
    assert f"Incorrect API key provided: {redact.REDACTED}." in body["error_message"]
