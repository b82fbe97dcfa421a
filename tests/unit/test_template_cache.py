"""TemplateCache (LRU + TTL) and the render plans compiled from fetched templates. No server."""

from __future__ import annotations

import copy
import threading
import time
from typing import Any

import pytest

from promptlayer.templates.cache import CacheEntry, CacheKey, RenderPlan, TemplateCache, make_entry
from promptlayer.templates.rendering import renders_on_fetch

OPENAI_META = {"model": {"provider": "openai", "name": "gpt-4o", "parameters": {}}}
ANTHROPIC_META = {"model": {"provider": "anthropic", "name": "claude-3-5-haiku", "parameters": {}}}


def text(value: str) -> dict[str, Any]:
    return {"type": "text", "text": value}


def msg(role: str, *parts: str, **extra: Any) -> dict[str, Any]:
    return {"role": role, "content": [text(p) for p in parts], **extra}


def response(prompt_template: dict[str, Any], metadata: Any = None, llm_kwargs: Any = None) -> dict[str, Any]:
    return {
        "id": 7,
        "prompt_name": "p",
        "prompt_template": prompt_template,
        "metadata": metadata,
        "commit_message": None,
        "llm_kwargs": llm_kwargs,
        "version": 1,
    }


def key(name: str, version: int | None = None, label: str | None = None) -> CacheKey:
    return (name, version, label, None, None)


def entry(stored_at: float = 0.0, name: str = "x") -> CacheEntry:
    return make_entry(response({"type": "completion", "content": [text(name)]}), None, stored_at)


def paths(plan: RenderPlan | None) -> list[tuple[str | int, ...]]:
    assert plan is not None
    return [path for path, _ in plan.steps]


class Clock:
    def __init__(self, now: float = 0.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


# ── TemplateCache ─────────────────────────────────────────────────────────────────────────────


def test_lookup_miss_hit_and_freshness() -> None:
    clock = Clock(100.0)
    cache = TemplateCache(10.0, clock=clock)
    assert cache.lookup(key("a")) is None
    stored = entry(stored_at=100.0)
    cache.store(key("a"), stored)
    clock.now = 109.999
    assert cache.lookup(key("a")) == (stored, True)
    clock.now = 110.0  # exactly the TTL old: stale, but still returned
    assert cache.lookup(key("a")) == (stored, False)
    clock.now = 10_000.0
    assert cache.lookup(key("a")) == (stored, False)
    assert len(cache) == 1


def test_lru_evicts_the_least_recently_used_at_max_entries() -> None:
    cache = TemplateCache(60.0, max_entries=3, clock=Clock())
    entries = {name: entry(name=name) for name in "abcde"}
    for name in "abc":
        cache.store(key(name), entries[name])
    assert cache.lookup(key("a")) is not None  # a moves to the front: b is now the oldest
    cache.store(key("d"), entries["d"])
    assert len(cache) == 3
    assert cache.lookup(key("b")) is None
    assert [cache.lookup(key(n)) is not None for n in "acd"] == [True, True, True]
    # use order is now a, c, d (d most recent); looking up c makes a the oldest
    assert cache.lookup(key("c")) is not None
    cache.store(key("e"), entries["e"])
    assert cache.lookup(key("a")) is None
    assert {n for n in "abcde" if cache.lookup(key(n)) is not None} == {"c", "d", "e"}


def test_storing_an_existing_key_replaces_it_and_counts_as_use() -> None:
    cache = TemplateCache(60.0, max_entries=2, clock=Clock())
    first, second, replacement = entry(name="1"), entry(name="2"), entry(name="1b")
    cache.store(key("a"), first)
    cache.store(key("b"), second)
    cache.store(key("a"), replacement)  # a is now the most recent
    assert len(cache) == 2
    cache.store(key("c"), entry())
    assert cache.lookup(key("b")) is None
    found = cache.lookup(key("a"))
    assert found is not None
    assert found[0] is replacement


def test_a_miss_does_not_change_the_order() -> None:
    cache = TemplateCache(60.0, max_entries=2, clock=Clock())
    cache.store(key("a"), entry())
    cache.store(key("b"), entry())
    assert cache.lookup(key("zzz")) is None
    cache.store(key("c"), entry())
    assert cache.lookup(key("a")) is None
    assert cache.lookup(key("b")) is not None


def test_max_entries_one() -> None:
    cache = TemplateCache(60.0, max_entries=1, clock=Clock())
    cache.store(key("a"), entry())
    cache.store(key("b"), entry())
    assert len(cache) == 1
    assert cache.lookup(key("a")) is None


def test_invalidate_one_name_drops_every_variant_of_it() -> None:
    cache = TemplateCache(60.0, clock=Clock())
    keys: list[CacheKey] = [
        ("a", None, None, None, None),
        ("a", 2, None, None, None),
        ("a", None, "prod", None, None),
        ("a", None, None, "anthropic", "claude"),
        ("ab", None, None, None, None),  # another name, even with a shared prefix
        ("b", None, None, None, None),
    ]
    for k in keys:
        cache.store(k, entry())
    cache.invalidate("a")
    assert [cache.lookup(k) is not None for k in keys] == [False, False, False, False, True, True]
    cache.invalidate("missing")  # no-op
    assert len(cache) == 2
    cache.invalidate()
    assert len(cache) == 0
    assert cache.lookup(keys[-1]) is None


def test_concurrent_store_and_lookup_stay_bounded() -> None:
    cache = TemplateCache(60.0, max_entries=50, clock=Clock())
    errors: list[BaseException] = []

    def work(worker: int) -> None:
        try:
            for i in range(2000):
                k = key(f"t{(worker * 7 + i) % 120}")
                cache.store(k, entry())
                cache.lookup(key(f"t{i % 120}"))
                if i % 500 == 0:
                    cache.invalidate(f"t{i % 120}")
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(cache) == 50


def test_invalidate_while_lookups_reorder_the_entries_never_raises() -> None:
    """Lookups move entries to the end without the lock; invalidating one name used to iterate
    the entries and fail with "OrderedDict mutated during iteration"."""
    cache = TemplateCache(60.0, clock=Clock())
    names = [f"t{i}" for i in range(200)]
    errors: list[BaseException] = []
    stop = threading.Event()

    def read() -> None:
        try:
            while not stop.is_set():
                for name in names:
                    cache.lookup(key(name))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    readers = [threading.Thread(target=read) for _ in range(4)]
    for reader in readers:
        reader.start()
    deadline = time.monotonic() + 1.0  # a bounded stretch of contention, whatever the machine
    rounds = 0
    try:
        while rounds < 300 and time.monotonic() < deadline:
            for name in names:
                cache.store(key(name), entry())
            cache.invalidate(names[rounds % len(names)])
            rounds += 1
    finally:
        stop.set()
        for reader in readers:
            reader.join()
    assert rounds > 0
    assert errors == []


def test_a_fetch_started_before_an_invalidation_is_not_stored() -> None:
    cache = TemplateCache(60.0, clock=Clock())
    before = cache.generation("a")
    other = cache.generation("b")
    cache.invalidate("a")
    assert cache.store(key("a"), entry(), before) is False
    assert cache.lookup(key("a")) is None
    assert cache.store(key("b"), entry(), other) is True  # another name's fetch is unaffected
    after = cache.generation("a")
    assert cache.store(key("a", 2), entry(), after) is True
    assert cache.lookup(key("a", 2)) is not None


def test_invalidating_everything_drops_every_fetch_in_flight() -> None:
    cache = TemplateCache(60.0, clock=Clock())
    tokens = {name: cache.generation(name) for name in "ab"}
    cache.invalidate("a")
    cache.invalidate()
    assert [cache.store(key(n), entry(), tokens[n]) for n in "ab"] == [False, False]
    assert len(cache) == 0
    assert cache.store(key("a"), entry(), cache.generation("a")) is True


def test_the_per_name_counts_stay_bounded_and_stay_safe() -> None:
    cache = TemplateCache(60.0, max_entries=3, clock=Clock())
    token = cache.generation("kept")
    for i in range(10):  # more invalidated names than entries: the counts are folded
        cache.invalidate(f"gone{i}")
    late = cache.generation("gone9")
    cache.invalidate("gone9")
    assert cache.store(key("gone9"), entry(), late) is False
    # Folding may cost an in-flight fetch its caching, never serve an invalidated version.
    assert cache.store(key("kept"), entry(), token) is False
    assert cache.store(key("kept"), entry(), cache.generation("kept")) is True


def test_an_entry_evicted_then_invalidated_leaves_nothing_behind() -> None:
    cache = TemplateCache(60.0, max_entries=2, clock=Clock())
    for name in "abc":
        cache.store(key(name), entry())
    cache.invalidate("a")  # already evicted
    cache.invalidate("b")
    assert [cache.lookup(key(n)) is not None for n in "abc"] == [False, False, True]
    cache.store(key("a"), entry())
    assert len(cache) == 2


# ── make_entry and RenderPlan ─────────────────────────────────────────────────────────────────


def test_openai_chat_plan_finds_template_and_llm_kwargs_texts() -> None:
    template = {
        "type": "chat",
        "messages": [
            msg("system", "Static system."),
            msg("user", "Hi {name}", "and {topic}"),
            {
                "role": "user",
                "content": [{"type": "image_url", "image_url": {"url": "https://x/{name}.png"}}],
            },
        ],
    }
    llm_kwargs: dict[str, Any] = {
        "model": "gpt-4o",
        "messages": [
            {"role": "system", "content": [text("Static system.")]},
            {"role": "user", "content": [text("Hi {name}"), text("and {topic}")]},
            {
                "role": "user",
                "content": [{"type": "image_url", "image_url": {"url": "https://x/{name}.png"}}],
            },
        ],
        "stream": False,
    }
    made = make_entry(response(template, OPENAI_META, llm_kwargs), None, 12.5)
    assert made.stored_at == 12.5
    assert made.plan is not None
    assert made.plan.provider == "openai"
    assert paths(made.plan) == [
        ("prompt_template", "messages", 1, "content", 0, "text"),
        ("prompt_template", "messages", 1, "content", 1, "text"),
        ("llm_kwargs", "messages", 1, "content", 0, "text"),
        ("llm_kwargs", "messages", 1, "content", 1, "text"),
    ]
    rendered = made.render({"name": "Ada", "topic": "tides"})
    assert rendered is not None
    assert rendered["prompt_template"]["messages"][1]["content"] == [text("Hi Ada"), text("and tides")]
    assert rendered["llm_kwargs"]["messages"][1]["content"] == [text("Hi Ada"), text("and tides")]
    # image URLs are not text parts: left as written, like the server does
    assert rendered["llm_kwargs"]["messages"][2] == llm_kwargs["messages"][2]
    assert rendered["prompt_template"]["messages"][2] == template["messages"][2]
    assert {k: rendered[k] for k in ("id", "prompt_name", "metadata", "version")} == {
        "id": 7,
        "prompt_name": "p",
        "metadata": OPENAI_META,
        "version": 1,
    }


def test_anthropic_plan_finds_system_and_messages() -> None:
    template = {"type": "chat", "messages": [msg("system", "Be {tone}."), msg("user", "Ask {q}")]}
    llm_kwargs = {
        "model": "claude-3-5-haiku",
        "max_tokens": 1024,
        "system": "Be {tone}.",
        "messages": [
            {"role": "user", "content": [text("Ask {q}")]},
            {"role": "assistant", "content": "Plain {q}"},  # string content is a text too
        ],
        "stream": False,
    }
    made = make_entry(response(template, ANTHROPIC_META, llm_kwargs), None, 0.0)
    assert made.plan is not None
    assert made.plan.provider == "anthropic"
    assert paths(made.plan) == [
        ("prompt_template", "messages", 0, "content", 0, "text"),
        ("prompt_template", "messages", 1, "content", 0, "text"),
        ("llm_kwargs", "messages", 0, "content", 0, "text"),
        ("llm_kwargs", "messages", 1, "content"),
        ("llm_kwargs", "system"),
    ]
    rendered = made.render({"tone": "calm", "q": "why"})
    assert rendered is not None
    assert rendered["llm_kwargs"]["system"] == "Be calm."
    assert rendered["llm_kwargs"]["messages"] == [
        {"role": "user", "content": [text("Ask why")]},
        {"role": "assistant", "content": "Plain why"},
    ]


def test_completion_plan_finds_content_and_prompt() -> None:
    template = {"type": "completion", "content": [text("Summarise {topic}.")]}
    llm_kwargs = {"model": "gpt-4o", "prompt": "Summarise {topic}.", "stream": False}
    made = make_entry(response(template, OPENAI_META, llm_kwargs), None, 0.0)
    assert paths(made.plan) == [("prompt_template", "content", 0, "text"), ("llm_kwargs", "prompt")]
    rendered = made.render({"topic": "tides"})
    assert rendered is not None
    assert rendered["prompt_template"]["content"] == [text("Summarise tides.")]
    assert rendered["llm_kwargs"]["prompt"] == "Summarise tides."


def test_completion_template_format_applies_to_its_content() -> None:
    template = {"type": "completion", "template_format": "jinja2", "content": [text("{{ a }} {b}")]}
    made = make_entry(response(template, OPENAI_META, {"prompt": "{{ a }} {b}"}), None, 0.0)
    rendered = made.render({"a": "A", "b": "B"})
    assert rendered is not None
    assert rendered["prompt_template"]["content"] == [text("A {b}")]
    assert rendered["llm_kwargs"]["prompt"] == "A {b}"


def test_responses_input_plan() -> None:
    template = {"type": "chat", "messages": [msg("user", "Question: {q}")]}
    llm_kwargs = {
        "model": "gpt-4.1",
        "input": [{"role": "user", "content": [{"type": "input_text", "text": "Question: {q}"}]}],
        "stream": False,
    }
    made = make_entry(response(template, OPENAI_META, llm_kwargs), None, 0.0)
    assert paths(made.plan) == [
        ("prompt_template", "messages", 0, "content", 0, "text"),
        ("llm_kwargs", "input", 0, "content", 0, "text"),
    ]
    rendered = made.render({"q": "why?"})
    assert rendered is not None
    assert rendered["llm_kwargs"]["input"][0]["content"] == [{"type": "input_text", "text": "Question: why?"}]


def test_per_message_template_format() -> None:
    template = {
        "type": "chat",
        "messages": [
            msg("system", "{{ a }} and {b}", template_format="jinja2"),
            msg("user", "{b} and {{a}}"),  # f-string: {{a}} is a literal {a}
        ],
    }
    llm_kwargs = {
        "messages": [
            {"role": "system", "content": [text("{{ a }} and {b}")]},
            {"role": "user", "content": [text("{b} and {{a}}")]},
        ]
    }
    made = make_entry(response(template, OPENAI_META, llm_kwargs), None, 0.0)
    rendered = made.render({"a": "A", "b": "B"})
    assert rendered is not None
    assert [m["content"][0]["text"] for m in rendered["prompt_template"]["messages"]] == [
        "A and {b}",
        "B and {a}",
    ]
    assert [m["content"][0]["text"] for m in rendered["llm_kwargs"]["messages"]] == ["A and {b}", "B and {a}"]


def test_texts_without_placeholders_get_no_steps() -> None:
    template = {"type": "chat", "messages": [msg("user", "Nothing here.")]}
    llm_kwargs = {"messages": [{"role": "user", "content": [text("Nothing here.")]}]}
    made = make_entry(response(template, OPENAI_META, llm_kwargs), None, 0.0)
    assert made.plan is not None
    assert made.plan.steps == ()
    assert made.render({"x": 1}) == response(template, OPENAI_META, llm_kwargs)


def test_provider_is_the_requested_one_else_the_templates() -> None:
    template = {"type": "chat", "messages": [msg("user", "{a}")]}
    requested = make_entry(response(template, OPENAI_META), "anthropic", 0.0).plan
    assert requested is not None
    assert requested.provider == "anthropic"
    from_metadata = make_entry(response(template, OPENAI_META), None, 0.0).plan
    assert from_metadata is not None
    assert from_metadata.provider == "openai"
    none = make_entry(response(template, None), None, 0.0).plan
    assert none is not None
    assert none.provider is None
    no_provider_in_model = make_entry(response(template, {"model": {"name": "m"}}), None, 0.0).plan
    assert no_provider_in_model is not None
    assert no_provider_in_model.provider is None


@pytest.mark.parametrize(
    "template",
    [
        {"type": "chat", "messages": [msg("user", "{a}"), {"role": "placeholder", "name": "history"}]},
        {"type": "chat", "messages": [msg("user", "{a}")], "tools": [{"type": "variable", "name": "tools"}]},
    ],
    ids=["placeholder-message", "variable-tool"],
)
def test_templates_only_the_server_can_render_have_no_plan(template: dict[str, Any]) -> None:
    made = make_entry(response(template, OPENAI_META), None, 3.0)
    assert made.plan is None
    assert made.stored_at == 3.0
    assert made.render({"a": "A"}) is None
    assert made.render({}) is None


@pytest.mark.parametrize("prompt_template", [None, "text", ["list"]])
def test_responses_without_a_template_object_have_no_plan(prompt_template: Any) -> None:
    made = make_entry({"id": 1, "prompt_template": prompt_template}, None, 0.0)
    assert made.plan is None


def test_results_are_independent_of_each_other_and_of_the_fetched_response() -> None:
    template = {"type": "chat", "messages": [msg("user", "Hi {name}")]}
    llm_kwargs = {"messages": [{"role": "user", "content": [text("Hi {name}")]}], "temperature": 0.5}
    fetched = response(template, OPENAI_META, llm_kwargs)
    made = make_entry(fetched, None, 0.0)
    fetched["prompt_template"]["messages"][0]["content"][0]["text"] = "changed after caching"
    fetched["metadata"] = None
    first = made.render({"name": "Ada"})
    assert first is not None
    expected = copy.deepcopy(first)
    first["prompt_template"]["messages"].append("junk")
    first["llm_kwargs"]["temperature"] = 2
    first["metadata"]["model"]["name"] = "other"
    second = made.render({"name": "Ada"})
    assert second == expected
    assert second is not None
    assert second["prompt_template"]["messages"][0]["content"][0]["text"] == "Hi Ada"
    assert second["metadata"] == OPENAI_META
    unrendered = made.render({})  # provider known: rendered with empties, also a fresh object
    assert unrendered is not None
    assert unrendered["prompt_template"] is not second["prompt_template"]


# ── renders_on_fetch ──────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("variables", "provider", "renders"),
    [
        ({}, None, False),
        (None, None, False),
        ({"a": 1}, None, True),
        ({"a": None}, None, True),  # a given variable counts even when None
        ({}, "openai", True),
        (None, "anthropic", True),
        ({"a": 1}, "openai", True),
    ],
)
def test_renders_on_fetch_rule(variables: dict[str, Any] | None, provider: str | None, renders: bool) -> None:
    assert renders_on_fetch(variables, provider) is renders


def test_plan_without_provider_and_variables_returns_the_template_unrendered() -> None:
    template = {"type": "chat", "messages": [msg("user", "Hi {name}, {topic}")]}
    made = make_entry(response(template, None), None, 0.0)
    unrendered = made.render({})
    assert unrendered is not None
    assert unrendered["prompt_template"]["messages"][0]["content"][0]["text"] == "Hi {name}, {topic}"
    rendered = made.render({"name": "Ada"})  # some variables: missing ones render empty
    assert rendered is not None
    assert rendered["prompt_template"]["messages"][0]["content"][0]["text"] == "Hi Ada, "


def test_plan_with_provider_renders_even_without_variables() -> None:
    template = {"type": "chat", "messages": [msg("user", "Hi {name}")]}
    llm_kwargs = {"messages": [{"role": "user", "content": [text("Hi {name}")]}]}
    made = make_entry(response(template, OPENAI_META, llm_kwargs), None, 0.0)
    rendered = made.render({})
    assert rendered is not None
    assert rendered["prompt_template"]["messages"][0]["content"][0]["text"] == "Hi "
    assert rendered["llm_kwargs"]["messages"][0]["content"][0]["text"] == "Hi "
    requested = make_entry(response(template, None, llm_kwargs), "anthropic", 0.0).render({})
    assert requested is not None
    assert requested["prompt_template"]["messages"][0]["content"][0]["text"] == "Hi "
