"""The client-side template cache, end to end against the local server (both clients).

A cached client fetches each template once, unrendered, and renders it locally for every
call's variables. Whether a render is right is judged against golden files in
tests/testing/test_rendering_golden.py, not here. Clocks are faked
(`client.templates.cache.clock`), backoff waits are recorded in `sleeps`, and the only real
waiting is a few milliseconds for the local server.
"""

from __future__ import annotations

import asyncio
import copy
import itertools
import logging
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from promptlayer import PromptLayer
from promptlayer._context import AsyncContext
from promptlayer.client import context_of
from promptlayer.errors import (
    PromptLayerAPIConnectionError,
    PromptLayerInternalServerError,
    PromptLayerNotFoundError,
)
from promptlayer.testing import Fault, LocalPromptLayer

TTL = 60.0
OPENAI = {"model": {"provider": "openai", "name": "gpt-4o-mini", "parameters": {"temperature": 0.2}}}
ANTHROPIC = {
    "model": {"provider": "anthropic", "name": "claude-3-5-haiku", "parameters": {"max_tokens": 300}}
}


def text(value: str) -> dict[str, Any]:
    return {"type": "text", "text": value}


def msg(role: str, *parts: str, **extra: Any) -> dict[str, Any]:
    return {"role": role, "content": [text(p) for p in parts], **extra}


def chat(*messages: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"type": "chat", "messages": list(messages), **extra}


def completion(*parts: str, **extra: Any) -> dict[str, Any]:
    return {"type": "completion", "content": [text(p) for p in parts], **extra}


NO_MODEL = chat(msg("user", "Hi {name}, {topic}?"))

PLACEHOLDER_TEMPLATE = chat(
    msg("system", "You help {name}."),
    {"role": "placeholder", "name": "history"},
    msg("user", "Now: {topic}"),
)
VARIABLE_TOOL_TEMPLATE = chat(
    msg("user", "Use a tool, {name}."), tools=[{"type": "variable", "name": "tools"}]
)

WELCOME = chat(
    msg("system", "You are a concise assistant."), msg("user", "Hi {name}, tell me about {topic}.")
)

SEED: dict[str, Any] = {
    "prompt_templates": [
        {
            "prompt_name": "welcome",
            "versions": [
                {"prompt_template": WELCOME, "metadata": OPENAI, "commit_message": "v1"},
                {
                    "prompt_template": WELCOME,
                    "metadata": OPENAI,
                    "commit_message": "v2",
                    "release_labels": ["prod"],
                },
            ],
        },
        {
            "prompt_name": "with-placeholder",
            "versions": [{"prompt_template": PLACEHOLDER_TEMPLATE, "metadata": OPENAI}],
        },
        {
            "prompt_name": "with-tool-variable",
            "versions": [{"prompt_template": VARIABLE_TOOL_TEMPLATE, "metadata": OPENAI}],
        },
        {"prompt_name": "no-model", "versions": [{"prompt_template": NO_MODEL, "metadata": None}]},
    ]
}

VARIABLES = {"name": "Ada", "topic": "engines"}


@pytest.fixture
def promptlayer_seed() -> dict[str, Any]:
    return SEED


class FakeClock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def raw(client: Any) -> Any:
    """The PromptLayer / AsyncPromptLayer behind a (possibly async-view) client."""
    return getattr(client, "_target", client)


def cache_of(client: Any) -> Any:
    return raw(client).templates.cache


def with_clock(client: Any) -> FakeClock:
    clock = FakeClock()
    cache_of(client).clock = clock
    return clock


def gets(server: LocalPromptLayer) -> list[Any]:
    return server.requests_for("get_prompt_template")


def user_text(result: dict[str, Any], index: int = 1) -> str:
    return str(result["prompt_template"]["messages"][index]["content"][0]["text"])


def wait_until(condition: Callable[[], bool], seconds: float = 3.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.001)


def settle(client: Any, mode: str) -> None:
    """Let background refreshes finish: drain the async client's tasks on its loop."""
    if mode == "async":
        context = context_of(raw(client))
        assert isinstance(context, AsyncContext)  # context_of() is typed for both kinds of client
        client._loop.run_until_complete(context.driver.drain())


def publish_now(server: LocalPromptLayer, name: str, template: dict[str, Any], metadata: Any = None) -> None:
    """A new version straight into the server's state (no request recorded)."""
    server.call(
        lambda: server.state.templates.publish(name, template, now=time.time(), metadata=metadata or OPENAI)
    )


@pytest.fixture
def cached(make_client: Callable[..., Any]) -> Any:
    return make_client(cache_ttl_seconds=TTL)


# ── hits, keys, what is fetched ───────────────────────────────────────────────────────────────


def test_hit_makes_no_request_and_renders_each_calls_variables(cached: Any, server: LocalPromptLayer) -> None:
    first = cached.templates.get("welcome", {"input_variables": VARIABLES})
    second = cached.templates.get("welcome", {"input_variables": {"name": "Bo", "topic": "tides"}})
    third = cached.templates.get("welcome", {"input_variables": {"name": "Cy"}})
    bare = cached.templates.get("welcome")
    assert user_text(first) == "Hi Ada, tell me about engines."
    assert user_text(second) == "Hi Bo, tell me about tides."
    assert user_text(third) == "Hi Cy, tell me about ."
    assert user_text(bare) == "Hi , tell me about ."  # llm_kwargs are built, so placeholders empty
    assert second["llm_kwargs"]["messages"][1]["content"] == [text("Hi Bo, tell me about tides.")]
    assert len(gets(server)) == 1
    assert len(cache_of(cached)) == 1


def test_the_fetch_is_unrendered(cached: Any, server: LocalPromptLayer) -> None:
    cached.templates.get("welcome", {"label": "prod", "provider": "anthropic", "input_variables": VARIABLES})
    [request] = gets(server)
    assert request.json() == {"label": "prod", "provider": "anthropic", "skip_input_variable_rendering": True}


def test_cache_keys_are_name_version_label_provider_model(cached: Any, server: LocalPromptLayer) -> None:
    keyed: list[tuple[str, dict[str, Any]]] = [
        ("welcome", {}),
        ("welcome", {"version": 2}),
        ("welcome", {"version": 1}),
        ("welcome", {"label": "prod"}),  # the same version as 2, but another key
        ("welcome", {"provider": "anthropic"}),
        ("welcome", {"model": "gpt-4.1"}),
        ("welcome", {"provider": "anthropic", "model": "claude-3-opus"}),
        ("no-model", {}),
    ]
    for _ in range(3):
        for name, params in keyed:
            cached.templates.get(name, {**params, "input_variables": VARIABLES})
    assert len(gets(server)) == len(keyed)
    assert [r.json() for r in gets(server)] == [
        {**params, "skip_input_variable_rendering": True} for _, params in keyed
    ]
    assert len(cache_of(cached)) == len(keyed)
    result = cached.templates.get(
        "welcome", {"provider": "anthropic", "model": "claude-3-opus", "input_variables": VARIABLES}
    )
    assert result["llm_kwargs"]["model"] == "claude-3-opus"
    assert result["llm_kwargs"]["system"] == "You are a concise assistant."


@pytest.mark.parametrize(
    "extra",
    [
        {"metadata_filters": {"env": "prod"}},
        {"model_parameter_overrides": {"temperature": 1.0}},
        {"skip_input_variable_rendering": True},
    ],
    ids=["metadata_filters", "model_parameter_overrides", "skip_input_variable_rendering"],
)
def test_uncacheable_params_bypass_the_cache(
    cached: Any, server: LocalPromptLayer, extra: dict[str, Any]
) -> None:
    params = {**extra, "input_variables": VARIABLES}
    results = [cached.templates.get("welcome", params) for _ in range(2)]
    assert [r.json() for r in gets(server)] == [params, params]
    assert len(cache_of(cached)) == 0
    assert results[0] == results[1]


def test_uncacheable_call_does_not_disturb_cached_entries(cached: Any, server: LocalPromptLayer) -> None:
    cached.templates.get("welcome", {"input_variables": VARIABLES})
    overridden = cached.templates.get(
        "welcome", {"model_parameter_overrides": {"temperature": 0.7}, "input_variables": VARIABLES}
    )
    assert overridden["llm_kwargs"]["temperature"] == 0.7
    again = cached.templates.get("welcome", {"input_variables": VARIABLES})
    assert again["llm_kwargs"]["temperature"] == 0.2
    assert len(gets(server)) == 2


@pytest.mark.parametrize(
    ("name", "variables"),
    [
        (
            "with-placeholder",
            {"name": "Ada", "topic": "tides", "history": [msg("user", "earlier"), msg("assistant", "reply")]},
        ),
        ("with-tool-variable", {"name": "Ada", "tools": [{"type": "function", "function": {"name": "f"}}]}),
    ],
)
def test_templates_only_the_server_can_render_are_rendered_by_the_server(
    cached: Any,
    make_client: Callable[..., Any],
    server: LocalPromptLayer,
    name: str,
    variables: dict[str, Any],
) -> None:
    expected = make_client().templates.get(name, {"input_variables": variables})
    server.clear_requests()
    first = cached.templates.get(name, {"input_variables": variables})
    second = cached.templates.get(name, {"input_variables": variables})
    assert first == expected
    assert second == expected
    # one unrendered fetch (cached, but without a render plan), then a rendered request per call
    assert [r.json() for r in gets(server)] == [
        {"skip_input_variable_rendering": True},
        {"input_variables": variables},
        {"input_variables": variables},
    ]
    assert cache_of(cached).lookup((name, None, None, None, None))[0].plan is None


# ── the cache against the server's render path ────────────────────────────────────────────
#
# Correct renders are pinned by the golden cases (tests/testing/test_rendering_golden.py). This
# property test is differential on purpose. The cache fills placeholders in place in the response
# it fetched unrendered, through a plan compiled to generated code, and rebuilds llm_kwargs only
# when in-place filling would be wrong. The server renders the template and builds llm_kwargs
# afresh. Random templates and variables reach far more shapes than golden files can list, and on
# every one of them the two paths must agree.


@pytest.fixture
def plain(make_client: Callable[..., Any]) -> Any:
    return make_client()


SAFE_CHARS = st.characters(blacklist_categories=["Cs"], blacklist_characters="{}")
VAR_NAMES = st.lists(st.from_regex(r"v_[a-z0-9]{1,4}", fullmatch=True), min_size=1, max_size=4, unique=True)
VALUES = st.one_of(
    st.just(""),  # degenerate values first: they are where renderers disagree
    st.none(),
    st.text(st.characters(blacklist_categories=["Cs"]), max_size=10),
    st.integers(-(10**6), 10**6),
    st.booleans(),
)


@st.composite
def template_text(draw: st.DrawFn, names: list[str], fmt: str) -> str:
    literal = st.text(SAFE_CHARS, max_size=8)
    if fmt == "jinja2":
        placeholder = st.sampled_from(names).map(lambda n: "{{ " + n + " }}")
        chunk = st.one_of(literal, placeholder)
    else:
        placeholder = st.sampled_from(names).map(lambda n: "{" + n + "}")
        chunk = st.one_of(literal, placeholder, st.sampled_from(["{{", "}}"]))
    return "".join(draw(st.lists(chunk, max_size=6)))


@st.composite
def message(draw: st.DrawFn, role: str, names: list[str]) -> dict[str, Any]:
    fmt = draw(st.sampled_from(["f-string", "jinja2", None]))
    extra = {} if fmt is None else {"template_format": fmt}
    return msg(role, draw(template_text(names, fmt or "f-string")), **extra)


@st.composite
def case(draw: st.DrawFn) -> tuple[dict[str, Any], Any, dict[str, Any], list[dict[str, Any]]]:
    names = draw(VAR_NAMES)
    shape = draw(st.sampled_from(["system-user", "systems-user", "conversation", "completion"]))
    metadata = draw(st.sampled_from([OPENAI, ANTHROPIC, None]))
    providers: list[str | None] = [None, "openai", "anthropic"]
    if shape == "system-user":
        template = chat(draw(message("system", names)), draw(message("user", names)))
    elif shape == "systems-user":  # Anthropic joins the system texts into one
        systems = [draw(message("system", names)) for _ in range(2)]
        template = chat(*systems, draw(message("user", names)))
    elif shape == "conversation":
        roles = ["user", "assistant", "user"]
        template = chat(*(draw(message(role, names)) for role in roles))
    else:
        fmt = draw(st.sampled_from(["f-string", "jinja2"]))
        template = completion(draw(template_text(names, fmt)), template_format=fmt)
    params: dict[str, Any] = {}
    provider = draw(st.sampled_from(providers))
    if provider is not None:
        params["provider"] = provider
    variable_sets = draw(
        st.lists(st.dictionaries(st.sampled_from(names), VALUES, max_size=len(names)), min_size=1, max_size=3)
    )
    return template, metadata, params, variable_sets


@pytest.fixture
def counter() -> Iterator[int]:
    return itertools.count()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(example=case())
def test_property_cached_render_equals_server_render(
    cached: Any, plain: Any, counter: Iterator[int], example: Any
) -> None:
    template, metadata, params, variable_sets = example
    name = f"prop-{next(counter)}"
    plain.templates.publish({"prompt_name": name, "prompt_template": template, "metadata": metadata})
    for variables in variable_sets:  # the first call fills the cache, later ones are hits
        call = {**params, "input_variables": variables}
        assert cached.templates.get(name, call) == plain.templates.get(name, call)


# ── TTL with a controlled clock ───────────────────────────────────────────────────────────────


def test_fresh_entries_hit_and_expired_entries_are_refetched(
    cached: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    clock = with_clock(cached)
    cached.templates.get("welcome", {"input_variables": VARIABLES})
    clock.now += TTL - 0.001
    cached.templates.get("welcome", {"input_variables": VARIABLES})
    assert len(gets(server)) == 1
    clock.now += 0.001  # exactly TTL old: stale
    publish_now(server, "welcome", chat(msg("system", "S"), msg("user", "New {name}")))
    result = cached.templates.get("welcome", {"input_variables": VARIABLES})
    assert (result["version"], user_text(result)) == (3, "New Ada")
    assert [r.json() for r in gets(server)] == [{"skip_input_variable_rendering": True}] * 2
    clock.now += TTL - 0.001  # the refetched entry is fresh from its own store time
    assert user_text(cached.templates.get("welcome", {"input_variables": {"name": "Bo"}})) == "New Bo"
    assert len(gets(server)) == 2
    assert sleeps == []


# fault, client timeout, the most the stale answer may take
TRANSIENT_FAULTS: dict[str, tuple[Fault, float | None, float]] = {
    "500": (Fault.server_error(), None, 0.05),
    "503": (Fault.server_error(503), None, 0.05),
    "429": (Fault.rate_limited(retry_after=2), None, 0.05),
    "drop": (Fault.drop(), None, 0.05),
    "timeout": (Fault.delay(0.3), 0.1, 0.25),
}


@pytest.mark.parametrize("fault_id", list(TRANSIENT_FAULTS))
def test_stale_entry_is_served_at_once_when_the_refresh_fails(
    make_client: Callable[..., Any],
    server: LocalPromptLayer,
    sleeps: list[float],
    caplog: pytest.LogCaptureFixture,
    fault_id: str,
) -> None:
    fault, timeout, limit = TRANSIENT_FAULTS[fault_id]
    client = make_client(cache_ttl_seconds=TTL, timeout=timeout)
    clock = with_clock(client)
    make_client().templates.get("welcome")  # warm the server up before a short timeout applies
    server.clear_requests()
    first = client.templates.get("welcome", {"input_variables": VARIABLES})
    clock.now += TTL + 1
    server.inject("get_prompt_template", fault, times=None)
    with caplog.at_level(logging.WARNING, logger="promptlayer"):
        started = time.perf_counter()
        stale = client.templates.get("welcome", {"input_variables": {"name": "Bo", "topic": "tides"}})
        elapsed = time.perf_counter() - started
    assert user_text(stale) == "Hi Bo, tell me about tides."
    assert {k: v for k, v in stale.items() if k != "prompt_template" and k != "llm_kwargs"} == {
        k: v for k, v in first.items() if k != "prompt_template" and k != "llm_kwargs"
    }
    assert elapsed < limit, f"stale answer took {elapsed:.3f}s"
    assert sleeps == []  # no retry schedule
    wait_until(lambda: len(gets(server)) == 2, seconds=2)  # a delayed request is recorded late
    assert len(gets(server)) == 2  # one attempt only
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("serving the stale cached 'welcome'" in w for w in warnings), warnings


def test_stale_entry_and_not_found_raises(cached: Any, server: LocalPromptLayer, sleeps: list[float]) -> None:
    clock = with_clock(cached)
    cached.templates.get("welcome", {"input_variables": VARIABLES})
    server.call(lambda: server.state.templates.delete("welcome"))
    clock.now += TTL
    with pytest.raises(PromptLayerNotFoundError):
        cached.templates.get("welcome", {"input_variables": VARIABLES})
    assert len(gets(server)) == 2
    assert sleeps == []


def test_fresh_entry_is_served_while_the_server_is_down(cached: Any, server: LocalPromptLayer) -> None:
    clock = with_clock(cached)
    cached.templates.get("welcome", {"input_variables": VARIABLES})
    server.inject("*", Fault.server_error(), times=None)
    clock.now += TTL / 2
    assert user_text(cached.templates.get("welcome", {"input_variables": {"name": "Bo"}})) == (
        "Hi Bo, tell me about ."
    )
    assert len(gets(server)) == 1


def test_stale_server_rendered_template_cannot_be_served_on_failure(
    cached: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    clock = with_clock(cached)
    variables = {"name": "Ada", "history": [msg("user", "before")]}
    cached.templates.get("with-placeholder", {"input_variables": variables})
    clock.now += TTL
    server.inject("get_prompt_template", Fault.server_error(), times=None)
    with pytest.raises(PromptLayerInternalServerError):
        cached.templates.get("with-placeholder", {"input_variables": variables})
    assert len(gets(server)) == 3  # fetch + render, then the single failed refresh
    assert sleeps == []


# ── stale-while-revalidate ────────────────────────────────────────────────────────────────────


def test_stale_while_revalidate_serves_stale_and_refreshes_in_the_background(
    make_client: Callable[..., Any], server: LocalPromptLayer, mode: str
) -> None:
    client = make_client(cache_ttl_seconds=TTL, stale_while_revalidate=True)
    clock = with_clock(client)
    client.templates.get("welcome", {"input_variables": VARIABLES})
    publish_now(server, "welcome", chat(msg("system", "S"), msg("user", "Fresh {name}")))
    client.templates.get("welcome", {"input_variables": VARIABLES})  # fresh: no background work
    settle(client, mode)
    assert len(gets(server)) == 1
    clock.now += TTL + 5
    started = time.perf_counter()
    stale = client.templates.get("welcome", {"input_variables": VARIABLES})
    assert time.perf_counter() - started < 0.05
    assert (stale["version"], user_text(stale)) == (2, "Hi Ada, tell me about engines.")
    key = ("welcome", None, None, None, None)
    settle(client, mode)
    wait_until(lambda: cache_of(client).lookup(key)[1], seconds=2)  # sync: the refresh thread
    assert [r.json() for r in gets(server)] == [{"skip_input_variable_rendering": True}] * 2
    refreshed = client.templates.get("welcome", {"input_variables": VARIABLES})
    assert (refreshed["version"], user_text(refreshed)) == (3, "Fresh Ada")
    assert len(gets(server)) == 2


def test_stale_while_revalidate_failed_refresh_keeps_the_stale_entry(
    make_client: Callable[..., Any],
    server: LocalPromptLayer,
    mode: str,
    sleeps: list[float],
    caplog: pytest.LogCaptureFixture,
) -> None:
    client = make_client(cache_ttl_seconds=TTL, stale_while_revalidate=True)
    clock = with_clock(client)
    client.templates.get("welcome", {"input_variables": VARIABLES})
    clock.now += TTL
    server.inject("get_prompt_template", Fault.server_error(), times=1)
    with caplog.at_level(logging.WARNING, logger="promptlayer"):
        assert user_text(client.templates.get("welcome", {"input_variables": VARIABLES})) == (
            "Hi Ada, tell me about engines."
        )
        settle(client, mode)
        wait_until(lambda: any("background refresh failed" in r.getMessage() for r in caplog.records))
    assert len(gets(server)) == 2
    assert sleeps == []  # the background refresh makes one attempt
    assert cache_of(client).lookup(("welcome", None, None, None, None))[1] is False
    client.templates.get("welcome", {"input_variables": VARIABLES})  # still stale: refresh again
    settle(client, mode)
    wait_until(lambda: cache_of(client).lookup(("welcome", None, None, None, None))[1])
    assert len(gets(server)) == 3


# ── fallback ──────────────────────────────────────────────────────────────────────────────────

FALLBACK: dict[str, Any] = {
    "prompt_template": chat(msg("system", "Offline helper."), msg("user", "Hi {name}, about {topic}.")),
    "metadata": None,
}


@pytest.mark.parametrize("ttl", [0, TTL], ids=["no-cache", "cache"])
@pytest.mark.parametrize(
    ("fault", "error"),
    [(Fault.drop(), PromptLayerAPIConnectionError), (Fault.server_error(), PromptLayerInternalServerError)],
    ids=["drop", "500"],
)
def test_fallback_when_nothing_is_cached_and_the_api_is_unreachable(
    make_client: Callable[..., Any],
    server: LocalPromptLayer,
    sleeps: list[float],
    caplog: pytest.LogCaptureFixture,
    ttl: float,
    fault: Fault,
    error: type[Exception],
) -> None:
    client = make_client(cache_ttl_seconds=ttl)
    server.inject("get_prompt_template", fault, times=None)
    with caplog.at_level(logging.WARNING, logger="promptlayer"):
        result = client.templates.get("welcome", {"input_variables": VARIABLES}, fallback=FALLBACK)
    assert result == {
        "prompt_template": chat(msg("system", "Offline helper."), msg("user", "Hi Ada, about engines.")),
        "metadata": None,
        "prompt_name": "welcome",
        "is_fallback": True,
    }
    assert len(gets(server)) == 4  # the normal retry schedule first
    assert len(sleeps) == 3
    assert any("using the fallback for 'welcome'" in r.getMessage() for r in caplog.records)
    with pytest.raises(error):  # without a fallback the same failure raises
        client.templates.get("welcome", {"input_variables": VARIABLES})
    assert FALLBACK["prompt_template"]["messages"][1]["content"][0]["text"] == "Hi {name}, about {topic}."


def test_fallback_is_not_used_for_not_found(pl: Any, server: LocalPromptLayer, sleeps: list[float]) -> None:
    with pytest.raises(PromptLayerNotFoundError):
        pl.templates.get("missing", {"input_variables": VARIABLES}, fallback=FALLBACK)
    assert len(gets(server)) == 1
    assert sleeps == []


def test_fallback_is_not_used_when_the_api_answers(cached: Any) -> None:
    result = cached.templates.get("welcome", {"input_variables": VARIABLES}, fallback=FALLBACK)
    assert "is_fallback" not in result
    assert user_text(result) == "Hi Ada, tell me about engines."


def test_a_stale_entry_wins_over_the_fallback(cached: Any, server: LocalPromptLayer) -> None:
    clock = with_clock(cached)
    cached.templates.get("welcome", {"input_variables": VARIABLES})
    clock.now += TTL
    server.inject("get_prompt_template", Fault.server_error(), times=None)
    result = cached.templates.get("welcome", {"input_variables": VARIABLES}, fallback=FALLBACK)
    assert "is_fallback" not in result
    assert user_text(result) == "Hi Ada, tell me about engines."


def test_fallback_builds_llm_kwargs_texts_for_the_requested_provider(
    make_client: Callable[..., Any], server: LocalPromptLayer
) -> None:
    client = make_client(max_retries=0)
    server.inject("get_prompt_template", Fault.drop(), times=None)
    fallback = {
        "prompt_template": completion("Say {word}"),
        "metadata": OPENAI,
        "llm_kwargs": {"prompt": "Say {word}"},
    }
    result = client.templates.get("welcome", {"input_variables": {"word": "hi"}}, fallback=fallback)
    assert result["prompt_template"]["content"] == [text("Say hi")]
    assert result["llm_kwargs"] == {"prompt": "Say hi"}
    assert result["is_fallback"] is True


# ── single flight ─────────────────────────────────────────────────────────────────────────────


def test_concurrent_misses_make_one_request(
    make_client: Callable[..., Any], server: LocalPromptLayer, mode: str
) -> None:
    client = make_client(cache_ttl_seconds=TTL)
    server.inject("get_prompt_template", Fault.delay(0.05))  # keep the one fetch in flight
    if mode == "async":
        target = raw(client)
        count = 200

        async def burst() -> list[Any]:
            return list(
                await asyncio.gather(
                    *(
                        target.templates.get("welcome", {"input_variables": {"name": f"n{i}", "topic": "t"}})
                        for i in range(count)
                    )
                )
            )

        results = client._loop.run_until_complete(burst())
    else:
        count = 16
        barrier = threading.Barrier(count)

        def worker(i: int) -> Any:
            barrier.wait()
            return client.templates.get("welcome", {"input_variables": {"name": f"n{i}", "topic": "t"}})

        with ThreadPoolExecutor(count) as pool:
            results = list(pool.map(worker, range(count)))
    assert len(gets(server)) == 1
    assert [user_text(r) for r in results] == [f"Hi n{i}, tell me about t." for i in range(count)]


def test_concurrent_misses_share_one_failure(
    make_client: Callable[..., Any], server: LocalPromptLayer, mode: str
) -> None:
    client = make_client(cache_ttl_seconds=TTL, max_retries=0)
    server.inject("get_prompt_template", Fault.server_error(), times=None)
    if mode == "async":
        target = raw(client)

        async def burst() -> list[Any]:
            return list(
                await asyncio.gather(
                    *(target.templates.get("welcome") for _ in range(50)), return_exceptions=True
                )
            )

        outcomes = client._loop.run_until_complete(burst())
        assert len(gets(server)) == 1
    else:
        barrier = threading.Barrier(8)

        def worker(_: int) -> Any:
            barrier.wait()
            try:
                return client.templates.get("welcome")
            except Exception as exc:
                return exc

        with ThreadPoolExecutor(8) as pool:
            outcomes = list(pool.map(worker, range(8)))
        # A 500 answers at once, so a thread arriving after it may start its own fetch.
        assert 1 <= len(gets(server)) <= 8
    assert all(isinstance(o, PromptLayerInternalServerError) for o in outcomes)


# ── independence and thread safety ────────────────────────────────────────────────────────────


def test_results_are_independent_objects(cached: Any) -> None:
    params = {"input_variables": VARIABLES}
    first = cached.templates.get("welcome", params)  # the miss path
    second = cached.templates.get("welcome", params)  # a hit
    other = cached.templates.get("welcome", params)  # another caller's result, held meanwhile
    expected = copy.deepcopy(other)
    for result in (first, second):
        result["prompt_template"]["messages"][1]["content"][0]["text"] = "tampered"
        result["prompt_template"]["messages"].append("junk")
        result["metadata"]["model"]["parameters"]["temperature"] = 99
        result["llm_kwargs"]["messages"].clear()
        result["version"] = -1
    assert other == expected
    later = cached.templates.get("welcome", params)
    assert later == expected
    assert user_text(later) == "Hi Ada, tell me about engines."
    assert later["metadata"]["model"]["parameters"]["temperature"] == 0.2
    assert len(later["llm_kwargs"]["messages"]) == 2
    assert later["version"] == 2


def test_variables_passed_in_are_not_kept(cached: Any) -> None:
    variables = {"name": "Ada", "topic": "engines"}
    cached.templates.get("welcome", {"input_variables": variables})
    variables["name"] = "Changed"
    assert user_text(cached.templates.get("welcome", {"input_variables": {"name": "Bo"}})) == (
        "Hi Bo, tell me about ."
    )


def test_threads_share_the_cache_without_mixing_variables(
    cached: Any, server: LocalPromptLayer, mode: str
) -> None:
    cached.templates.get("welcome", {"input_variables": VARIABLES})
    threads, calls = 8, 1000
    templates = raw(cached).templates

    def expected(worker: int, i: int) -> str:
        return f"Hi w{worker}, tell me about t{i}."

    def run_sync(worker: int) -> list[str]:
        wrong = []
        for i in range(calls):
            result = templates.get("welcome", {"input_variables": {"name": f"w{worker}", "topic": f"t{i}"}})
            if user_text(result) != expected(worker, i) or result["llm_kwargs"]["messages"][1]["content"][0][
                "text"
            ] != expected(worker, i):
                wrong.append(user_text(result))
        return wrong

    def run_async(worker: int) -> list[str]:
        async def loop() -> list[str]:
            wrong = []
            for i in range(calls):
                variables = {"name": f"w{worker}", "topic": f"t{i}"}
                result = await templates.get("welcome", {"input_variables": variables})
                if user_text(result) != expected(worker, i):
                    wrong.append(user_text(result))
            return wrong

        return asyncio.run(loop())

    with ThreadPoolExecutor(threads) as pool:
        outcomes = list(pool.map(run_sync if mode == "sync" else run_async, range(threads)))
    assert outcomes == [[] for _ in range(threads)]
    assert len(gets(server)) == 1


# ── invalidation under load, and against a fetch in flight ────────────────────────────────────


def test_invalidate_and_publish_while_sixteen_threads_read_never_raise(server: LocalPromptLayer) -> None:
    """Readers hit a cache of ~100 templates while another thread invalidates one of them, all
    of them, or publishes: an invalidation once iterated the entries that hits reorder, and
    raised "OrderedDict mutated during iteration"."""
    names = ["welcome", *(f"bulk-{i}" for i in range(100))]
    for name in names[1:]:
        publish_now(server, name, chat(msg("user", f"{name} for {{name}}")))
    errors: list[BaseException] = []
    reads = [0] * 16
    invalidations: list[int] = []
    published: list[str] = []
    deadline: list[float] = []
    # Everyone starts together, then runs for about a second (threads start slowly under load).
    start = threading.Barrier(17, action=lambda: deadline.append(time.monotonic() + 1.0))
    with PromptLayer(api_key=server.api_key, base_url=server.base_url, cache_ttl_seconds=TTL) as client:
        for name in names:
            client.templates.get(name)

        def read(worker: int) -> None:
            start.wait()
            for i in itertools.count(worker):
                if time.monotonic() >= deadline[0]:
                    return
                try:
                    client.templates.get(names[i % len(names)], {"input_variables": {"name": f"w{worker}"}})
                    reads[worker] += 1
                except BaseException as exc:
                    errors.append(exc)

        def invalidate() -> None:
            start.wait()
            next_publish = deadline[0] - 0.7
            for round_ in itertools.count():
                now = time.monotonic()
                try:
                    # A publish every 0.3 s (it invalidates too, after a round trip), at least one.
                    if now >= next_publish or (now >= deadline[0] and not published):
                        text = f"Round {round_}, {{name}}"
                        body = {"prompt_name": "welcome", "prompt_template": chat(msg("user", text))}
                        client.templates.publish({**body, "metadata": OPENAI})
                        published.append(text)
                        next_publish = time.monotonic() + 0.3
                    if now >= deadline[0]:
                        return
                    # Mostly one name (the others stay cached for the readers), at times all.
                    client.invalidate(None if round_ % 5_000 == 4_999 else "welcome")
                    invalidations.append(round_)
                except BaseException as exc:
                    errors.append(exc)

        with ThreadPoolExecutor(17) as pool:
            futures = [pool.submit(invalidate)] + [pool.submit(read, worker) for worker in range(16)]
            for future in futures:
                future.result()
        assert errors == []
        assert all(count > 0 for count in reads) and len(invalidations) > 10 and published
        latest = client.templates.get("welcome", {"input_variables": {"name": "Z"}})
        assert latest is not None
        assert user_text(dict(latest), 0) == published[-1].replace("{name}", "Z")


def test_an_invalidation_wins_over_a_fetch_already_in_flight(
    cached: Any, server: LocalPromptLayer, mode: str
) -> None:
    """The fetch is held by the server while a publish completes; what it brings back must not
    be cached over the invalidation (it could be the version the publish replaced)."""
    server.inject("get_prompt_template", Fault.delay(0.3))
    new = {
        "prompt_name": "welcome",
        "prompt_template": chat(msg("user", "Brand new {name}")),
        "metadata": OPENAI,
    }

    def held_by_the_server() -> bool:
        return server.faults.pending() == []  # the fault is taken as the request arrives

    if mode == "async":
        target = raw(cached)

        async def scenario() -> None:
            held = asyncio.ensure_future(target.templates.get("welcome"))
            while not held_by_the_server():
                await asyncio.sleep(0.002)
            await target.templates.publish(new)
            await held

        cached._loop.run_until_complete(scenario())
    else:
        with ThreadPoolExecutor(1) as pool:
            held = pool.submit(cached.templates.get, "welcome")
            wait_until(held_by_the_server)
            cached.templates.publish(new)
            held.result()
    assert len(gets(server)) == 1
    latest = cached.templates.get("welcome", {"input_variables": {"name": "Ada"}})
    assert len(gets(server)) == 2  # fetched again: the held answer was not cached
    assert user_text(latest, 0) == "Brand new Ada"
    cached.templates.get("welcome", {"input_variables": {"name": "Bo"}})
    assert len(gets(server)) == 2  # and that fetch was


def test_a_caller_after_an_invalidation_does_not_join_the_older_fetch(
    make_client: Callable[..., Any], server: LocalPromptLayer, mode: str
) -> None:
    """Single flight shares a fetch among callers of one generation only."""
    client = make_client(cache_ttl_seconds=TTL)
    server.inject("get_prompt_template", Fault.delay(0.3))
    if mode == "async":
        target = raw(client)

        async def scenario() -> None:
            first = asyncio.ensure_future(target.templates.get("welcome"))
            while server.faults.pending():
                await asyncio.sleep(0.002)
            target.invalidate("welcome")
            await asyncio.gather(first, target.templates.get("welcome"))

        client._loop.run_until_complete(scenario())
    else:
        with ThreadPoolExecutor(2) as pool:
            first = pool.submit(client.templates.get, "welcome")
            wait_until(lambda: server.faults.pending() == [])
            client.invalidate("welcome")
            second = pool.submit(client.templates.get, "welcome")
            first.result()
            second.result()
    assert len(gets(server)) == 2
