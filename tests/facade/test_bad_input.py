"""Bad input is refused before anything is sent (both clients, counted at the local server).

Client settings, run_workflow's timeout and flags, publish's typed fields, and path parameters
that would address another endpoint ("." and ".."); plus a Retry-After the client cannot use.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import pytest

from promptlayer import PromptLayerValidationError
from promptlayer.testing import Fault, LocalPromptLayer

from .conftest import KEY

CHAT = {"type": "chat", "messages": [{"role": "user", "content": [{"type": "text", "text": "Hi {name}"}]}]}

BAD_SETTINGS: list[tuple[str, dict[str, Any]]] = [
    ("timeout", {"timeout": math.inf}),
    ("timeout", {"timeout": math.nan}),
    ("timeout", {"timeout": -1}),
    ("timeout", {"timeout": 0}),
    ("timeout", {"timeout": 1e12}),
    ("timeout", {"timeout": True}),
    ("timeout", {"timeout": "5"}),
    ("cache_ttl_seconds", {"cache_ttl_seconds": "5"}),
    ("cache_ttl_seconds", {"cache_ttl_seconds": math.nan}),
    ("cache_ttl_seconds", {"cache_ttl_seconds": math.inf}),
    ("cache_ttl_seconds", {"cache_ttl_seconds": -1}),
    ("cache_ttl_seconds", {"cache_ttl_seconds": True}),
    ("throw_on_error", {"throw_on_error": "no"}),
    ("throw_on_error", {"throw_on_error": 0}),
    ("api_key", {"api_key": 123}),
    ("api_key", {"api_key": KEY + "\n"}),
    ("default_headers", {"default_headers": {1: "a"}}),
    ("default_headers", {"default_headers": {"X-Team": 1}}),
    ("default_headers", {"default_headers": {"X-Team": None}}),
    ("default_headers", {"default_headers": {"X-Team": "a\r\nX-Injected: b"}}),
    ("default_headers", {"default_headers": "X-Team: a"}),
    ("max_retries", {"max_retries": 1.5}),
    ("cache_max_entries", {"cache_max_entries": True}),
    ("stale_while_revalidate", {"stale_while_revalidate": "yes"}),
    ("base_url", {"base_url": 8080}),
    ("base_url", {"base_url": "127.0.0.1:8080"}),
]


@pytest.mark.parametrize(
    ("argument", "kwargs"), BAD_SETTINGS, ids=[f"{a}={v!r}" for a, k in BAD_SETTINGS for v in k.values()]
)
def test_bad_settings_are_refused_at_construction(
    make_client: Callable[..., Any], server: LocalPromptLayer, argument: str, kwargs: dict[str, Any]
) -> None:
    with pytest.raises(PromptLayerValidationError) as caught:
        client = make_client(**kwargs)
        client.templates.get("welcome")
    message = str(caught.value)
    assert message.startswith(argument) or f"in {argument}" in message or f"{argument}[" in message
    assert KEY not in message
    assert server.requests == []


def test_a_rejected_value_is_named_with_its_type(make_client: Callable[..., Any]) -> None:
    with pytest.raises(PromptLayerValidationError, match=r"^timeout must be .*, got '5' \(str\)$"):
        make_client(timeout="5")
    with pytest.raises(PromptLayerValidationError, match=r"^api_key must be .*, got a value of type int$"):
        make_client(api_key=123)


def test_header_values_never_appear_in_the_message(make_client: Callable[..., Any]) -> None:
    secret = "Bearer sk-very-secret-value"
    with pytest.raises(PromptLayerValidationError) as caught:
        make_client(default_headers={"Authorization": secret + "\n"})
    assert "Authorization" in str(caught.value)
    assert "sk-very-secret" not in str(caught.value)


def test_the_largest_allowed_timeout_still_sends(
    make_client: Callable[..., Any], server: LocalPromptLayer
) -> None:
    client = make_client(timeout=1e9)  # ~31 years: what the validator allows at most
    assert client.templates.get("welcome")["prompt_name"] == "welcome"
    assert len(server.requests) == 1


# -- run_workflow ---------------------------------------------------------------------------------

BAD_WORKFLOW_CALLS: list[tuple[str, dict[str, Any]]] = [
    ("timeout", {"timeout": math.nan}),
    ("timeout", {"timeout": math.inf}),
    ("timeout", {"timeout": -3}),
    ("timeout", {"timeout": "60"}),
    ("timeout", {"timeout": True}),
    ("return_all_outputs", {"return_all_outputs": "yes"}),
    ("return_all_outputs", {"return_all_outputs": 1}),
]


@pytest.mark.parametrize(("argument", "kwargs"), BAD_WORKFLOW_CALLS)
def test_run_workflow_refuses_bad_arguments_before_starting(
    pl: Any, server: LocalPromptLayer, argument: str, kwargs: dict[str, Any]
) -> None:
    with pytest.raises(PromptLayerValidationError, match=rf"^{argument} must be"):
        pl.run_workflow("greeter", input_variables={"name": "Ada"}, **kwargs)
    assert server.requests == []


# -- publish ------------------------------------------------------------------------------------

FLAT = {"prompt_name": "fresh", "prompt_template": CHAT}
BAD_PUBLISH_FIELDS: list[tuple[str, dict[str, Any]]] = [
    ("commit_message", {"commit_message": 7}),
    ("commit_message", {"commit_message": "x" * 73}),
    ("metadata", {"metadata": "gpt-4o"}),
    ("metadata", {"metadata": {1: "a"}}),
    ("folder_id", {"folder_id": "3"}),
    ("folder_id", {"folder_id": 0}),
    ("folder_id", {"folder_id": True}),
    ("workspace_id", {"workspace_id": 1.5}),
    ("workspace_id", {"workspace_id": "w"}),
]


@pytest.mark.parametrize(("argument", "fields"), BAD_PUBLISH_FIELDS)
def test_publish_checks_the_fields_the_spec_types(
    pl: Any, server: LocalPromptLayer, argument: str, fields: dict[str, Any]
) -> None:
    with pytest.raises(PromptLayerValidationError, match=rf"^{argument} must be"):
        pl.templates.publish({**FLAT, **fields})
    assert server.requests == []


@pytest.mark.parametrize(("argument", "fields"), BAD_PUBLISH_FIELDS)
def test_publish_checks_them_in_the_nested_body_too(
    pl: Any, server: LocalPromptLayer, argument: str, fields: dict[str, Any]
) -> None:
    part = "prompt_version" if argument in ("commit_message", "metadata") else "prompt_template"
    body: dict[str, Any] = {
        "prompt_template": {"prompt_name": "fresh"},
        "prompt_version": {"prompt_template": CHAT},
    }
    body[part] = {**body[part], **fields}
    with pytest.raises(PromptLayerValidationError, match=rf"^{part}\.{argument} must be"):
        pl.templates.publish(body)
    assert server.requests == []


def test_publish_sends_the_checked_fields_as_given(pl: Any, server: LocalPromptLayer) -> None:
    pl.templates.publish({**FLAT, "commit_message": "x" * 72, "metadata": {"team": "a"}, "workspace_id": 1})
    [request] = server.requests_for("publish_prompt_template")
    assert request.json()["prompt_template"] == {"prompt_name": "fresh", "workspace_id": 1}
    assert request.json()["prompt_version"] == {
        "prompt_template": CHAT,
        "commit_message": "x" * 72,
        "metadata": {"team": "a"},
    }


# -- names that would change the endpoint -------------------------------------------------------

CALLS: list[tuple[str, Callable[[Any, str], Any]]] = [
    ("templates.get", lambda c, name: c.templates.get(name)),
    ("run_workflow", lambda c, name: c.run_workflow(name)),
    ("skills.pull", lambda c, name: c.skills.pull(name)),
    ("templates.labels", lambda c, name: c.templates.labels(name)),
]


@pytest.mark.parametrize("name", [".", ".."])
@pytest.mark.parametrize("call", [c for _, c in CALLS], ids=[n for n, _ in CALLS])
def test_dot_segments_are_refused_before_any_request(
    pl: Any, server: LocalPromptLayer, call: Callable[[Any, str], Any], name: str
) -> None:
    with pytest.raises(PromptLayerValidationError, match="another endpoint"):
        call(pl, name)
    assert server.requests == []


def test_names_with_dots_inside_still_reach_their_template(pl: Any, server: LocalPromptLayer) -> None:
    pl.templates.publish({"prompt_name": "..a.b..", "prompt_template": CHAT})
    assert pl.templates.get("..a.b..")["prompt_name"] == "..a.b.."
    assert server.requests_for("get_prompt_template")[0].path == "/prompt-templates/..a.b.."


# -- Retry-After the client cannot use ----------------------------------------------------------


def test_a_nan_retry_after_falls_back_to_backoff(
    pl: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    server.inject("get_prompt_template", Fault.rate_limited(retry_after=math.nan))
    assert pl.templates.get("welcome")["prompt_name"] == "welcome"
    assert server.requests[0].status == 429
    [wait] = sleeps
    assert 0.375 <= wait <= 0.5  # the first backoff step, jittered: not the 0 s "nan" gave
