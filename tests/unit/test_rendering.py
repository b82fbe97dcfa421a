"""Template rendering and provider kwargs: the pure functions shared by the local server and the SDK."""

from __future__ import annotations

import copy
import string
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from promptlayer.providers.formats import build_llm_kwargs
from promptlayer.templates import rendering
from promptlayer.templates.rendering import (
    needs_server_rendering,
    render_prompt_template,
    render_text,
    template_kind,
)


def text(value: str) -> dict[str, Any]:
    return {"type": "text", "text": value}


def chat(*messages: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"type": "chat", "messages": list(messages), **extra}


def msg(role: str, *parts: str, **extra: Any) -> dict[str, Any]:
    return {"role": role, "content": [text(p) for p in parts], **extra}


def completion(*parts: str, **extra: Any) -> dict[str, Any]:
    return {"type": "completion", "content": [text(p) for p in parts], **extra}


def model_metadata(provider: str = "openai", name: str = "gpt-4o", **model: Any) -> dict[str, Any]:
    return {"model": {"provider": provider, "name": name, **model}}


# ── f-string ─────────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("template", "variables", "expected"),
    [
        ("Hello {name}!", {"name": "Ada"}, "Hello Ada!"),
        ("Hello {name}!", {}, "Hello !"),  # missing renders empty
        ("Hello {name}!", {"name": None}, "Hello !"),  # None renders empty
        ("{a}{b}{a}", {"a": "x", "b": 1}, "x1x"),
        ("{n:>5}|{q!r}|{f:.2f}", {"n": "ab", "q": "q", "f": 3}, "   ab|'q'|3.00"),  # specs and conversions
        ("{{literal}} {x}", {"x": "y"}, "{literal} y"),  # escaped braces
        ("no fields at all", {"x": 1}, "no fields at all"),
    ],
)
def test_fstring_fills_every_referenced_field(
    template: str, variables: dict[str, Any], expected: str
) -> None:
    assert render_text(template, "f-string", variables) == expected


@pytest.mark.parametrize(
    "template",
    [
        "{unclosed",  # not a format string
        "{} positional",  # positional fields cannot be filled from variables
        "{0}",
        "{user.name}",  # attribute access on a name that resolves to ""
        "{items[0]}",
        "{missing:.2f}",  # "" cannot take a float spec
    ],
)
def test_fstring_that_fails_to_render_is_left_unchanged(template: str) -> None:
    assert render_text(template, "f-string", {"user": {"name": "x"}, "items": [1]}) == template


def test_unknown_or_missing_format_means_fstring() -> None:
    assert render_text("{x}", None, {"x": "1"}) == "1"
    assert render_text("{x}", "mustache", {"x": "1"}) == "1"


identifiers = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,15}", fullmatch=True)
plain = st.text(alphabet=st.characters(exclude_characters="{}", exclude_categories=["Cs"]), max_size=30)


@given(name=identifiers, value=plain, before=plain, after=plain)
def test_fstring_property_variable_substituted(name: str, value: str, before: str, after: str) -> None:
    assert render_text(f"{before}{{{name}}}{after}", "f-string", {name: value}) == before + value + after


@given(variables=st.dictionaries(identifiers, plain, max_size=5), body=plain)
def test_fstring_property_text_without_fields_is_unchanged(variables: dict[str, str], body: str) -> None:
    assert render_text(body, "f-string", variables) == body


@given(names=st.lists(identifiers, min_size=1, max_size=5, unique=True))
def test_fstring_property_missing_variables_vanish(names: list[str]) -> None:
    template = "|".join("{" + n + "}" for n in names)
    assert render_text(template, "f-string", {}) == "|" * (len(names) - 1)


@settings(max_examples=200)
@given(template=st.text(alphabet=string.printable, max_size=40), value=plain)
def test_fstring_property_never_raises(template: str, value: str) -> None:
    assert isinstance(render_text(template, "f-string", {"x": value}), str)


# ── jinja2 ───────────────────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize(
    ("template", "variables", "expected"),
    [
        ("Hello {{ name }}!", {"name": "Ada"}, "Hello Ada!"),
        ("Hello {{ name }}!", {}, "Hello !"),  # undefined renders empty
        ("{{ user.profile.name }}.", {}, "."),  # chained undefined too
        ("{{ name | upper }}", {"name": "ada"}, "ADA"),
        ("{% for x in xs %}{{ x }},{% endfor %}", {"xs": [1, 2, 3]}, "1,2,3,"),
        ("{% if vip %}VIP{% else %}guest{% endif %}", {"vip": True}, "VIP"),
        ("{name} stays", {"name": "x"}, "{name} stays"),  # f-string syntax means nothing here
    ],
)
def test_jinja2_basics(template: str, variables: dict[str, Any], expected: str) -> None:
    assert render_text(template, "jinja2", variables) == expected


def test_jinja2_syntax_error_leaves_text_unchanged() -> None:
    assert render_text("{% if %}", "jinja2", {}) == "{% if %}"
    assert render_text("{{ unclosed", "jinja2", {}) == "{{ unclosed"


def test_jinja2_is_sandboxed() -> None:
    rendered = render_text("{{ ''.__class__.__mro__ }}", "jinja2", {})
    assert "class" not in rendered


def test_jinja2_compiled_templates_are_cached_and_bounded() -> None:
    rendering._compile_jinja2.cache_clear()
    for _ in range(3):
        assert render_text("Hi {{ who }}", "jinja2", {"who": "there"}) == "Hi there"
    info = rendering._compile_jinja2.cache_info()
    assert info.hits == 2 and info.misses == 1
    assert info.maxsize is not None and info.maxsize > 0


@given(
    name=identifiers.filter(lambda n: n not in {"true", "false", "none", "True", "False", "None"}),
    value=plain,
)
def test_jinja2_property_variable_substituted(name: str, value: str) -> None:
    # jinja2 strips a single trailing newline by default; keep values free of that edge.
    value = value.rstrip("\n")
    assert render_text(f"<{{{{ {name} }}}}>", "jinja2", {name: value}) == f"<{value}>"


# ── templates ────────────────────────────────────────────────────────────────────────────────


def test_chat_messages_render_with_their_own_format() -> None:
    template = chat(
        msg("system", "You help {team}."),
        msg("user", "Hi {{ name }}, {name}", template_format="jinja2"),
    )
    rendered = render_prompt_template(template, {"team": "support", "name": "Ada"})
    assert rendered["messages"][0]["content"][0]["text"] == "You help support."
    assert rendered["messages"][1]["content"][0]["text"] == "Hi Ada, {name}"


def test_completion_uses_the_template_format() -> None:
    f = render_prompt_template(completion("Say {w}"), {"w": "hi"})
    j = render_prompt_template(completion("Say {{ w }}", template_format="jinja2"), {"w": "hi"})
    assert f["content"] == [text("Say hi")]
    assert j["content"] == [text("Say hi")]


def test_only_text_parts_are_rendered() -> None:
    image = {"type": "image_url", "image_url": {"url": "https://x/{name}.png"}}
    template = chat({"role": "user", "content": [text("{name}"), image]})
    rendered = render_prompt_template(template, {"name": "a"})
    assert rendered["messages"][0]["content"] == [text("a"), image]


def test_render_returns_a_new_object_and_leaves_the_input_alone() -> None:
    template = chat(msg("user", "Hi {name}"), tools=[{"type": "variable", "name": "extra"}])
    before = copy.deepcopy(template)
    tools: list[dict[str, Any]] = [{"type": "function", "function": {"name": "f"}}]
    rendered = render_prompt_template(template, {"name": "Ada", "extra": tools})
    assert template == before
    assert rendered is not template and rendered["messages"][0] is not template["messages"][0]
    rendered["tools"][0]["function"]["name"] = "changed"
    assert tools[0]["function"]["name"] == "f"  # nor aliases the variables


message_strategy = st.fixed_dictionaries(
    {
        "role": st.sampled_from(["system", "user", "assistant"]),
        "template_format": st.sampled_from(["f-string", "jinja2"]),
        "content": st.lists(st.builds(text, st.text(max_size=20)), max_size=3),
    }
)


@given(
    messages=st.lists(message_strategy, max_size=4),
    variables=st.dictionaries(identifiers, st.one_of(plain, st.none(), st.integers()), max_size=4),
)
def test_property_input_never_mutated(messages: list[dict[str, Any]], variables: dict[str, Any]) -> None:
    template = chat(*messages)
    before = copy.deepcopy(template)
    vars_before = copy.deepcopy(variables)
    rendered = render_prompt_template(template, variables)
    assert template == before
    assert variables == vars_before
    assert len(rendered["messages"]) == len(messages)


def test_placeholder_messages_and_tool_variables_expand_from_list_variables() -> None:
    history = [msg("user", "earlier {not_rendered}"), msg("assistant", "answer")]
    template = chat(
        msg("system", "sys"),
        {"role": "placeholder", "name": "history"},
        msg("user", "now"),
        tools=[{"type": "variable", "name": "tools"}],
    )
    tool = {"type": "function", "function": {"name": "lookup"}}
    rendered = render_prompt_template(template, {"history": history, "tools": [tool]})
    assert [m["role"] for m in rendered["messages"]] == ["system", "user", "assistant", "user"]
    assert rendered["messages"][1]["content"][0]["text"] == "earlier {not_rendered}"
    assert rendered["tools"] == [tool]
    # Without list variables the slots stay, for the caller to see.
    unfilled = render_prompt_template(template, {"history": "not a list"})
    assert unfilled["messages"][1]["role"] == "placeholder"
    assert unfilled["tools"] == [{"type": "variable", "name": "tools"}]


def test_needs_server_rendering() -> None:
    assert not needs_server_rendering(chat(msg("user", "hi")))
    assert not needs_server_rendering(completion("hi"))
    assert needs_server_rendering(chat({"role": "placeholder", "name": "h"}))
    assert needs_server_rendering(chat(msg("user", "x"), tools=[{"type": "variable", "name": "t"}]))
    assert not needs_server_rendering(chat(msg("user", "x"), tools=None))


def test_template_kind() -> None:
    assert template_kind({"type": "completion", "content": []}) == "completion"
    assert template_kind({"messages": []}) == "chat"
    assert template_kind({"content": []}) == "completion"


# ── llm kwargs: OpenAI ───────────────────────────────────────────────────────────────────────

WEATHER = {
    "name": "get_weather",
    "description": "Weather for a city",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
}


def tool_template() -> dict[str, Any]:
    return chat(
        msg("system", "Be brief."),
        {
            "role": "user",
            "content": [
                text("Weather?"),
                {"type": "image_url", "image_url": {"url": "https://x/a.png", "detail": "low"}},
            ],
        },
        {
            "role": "assistant",
            "content": [],
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city":"Oslo"}'},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_1", "content": [text("cold")]},
        tools=[{"type": "function", "function": WEATHER}],
        tool_choice={"type": "function", "function": {"name": "get_weather"}},
    )


def test_openai_chat_kwargs() -> None:
    metadata = model_metadata(parameters={"temperature": 0.2, "max_tokens": 50, "messages": "ignored"})
    kwargs = build_llm_kwargs(tool_template(), metadata, "openai")
    assert kwargs["model"] == "gpt-4o"
    assert kwargs["temperature"] == 0.2 and kwargs["max_tokens"] == 50
    assert kwargs["stream"] is False
    assert kwargs["messages"] == [
        {"role": "system", "content": [text("Be brief.")]},
        {
            "role": "user",
            "content": [
                text("Weather?"),
                {"type": "image_url", "image_url": {"url": "https://x/a.png", "detail": "low"}},
            ],
        },
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city":"Oslo"}'},
                }
            ],
        },
        {"role": "tool", "content": [text("cold")], "tool_call_id": "call_1"},
    ]
    assert kwargs["tools"] == [{"type": "function", "function": WEATHER}]
    assert kwargs["tool_choice"] == {"type": "function", "function": {"name": "get_weather"}}


def test_openai_chat_legacy_functions_and_function_messages() -> None:
    template = chat(
        msg("user", "hi", name="ada"),
        {"role": "assistant", "content": None, "function_call": {"name": "f", "arguments": "{}"}},
        {"role": "function", "name": "f", "content": [text("a"), text("b")]},
        {"role": "placeholder", "name": "unfilled"},
        functions=[{"name": "f", "parameters": {}}],
        function_call="auto",
    )
    kwargs = build_llm_kwargs(template, model_metadata(), "openai")
    assert kwargs["messages"] == [
        {"role": "user", "content": [text("hi")], "name": "ada"},
        {"role": "assistant", "content": None, "function_call": {"name": "f", "arguments": "{}"}},
        {"role": "function", "name": "f", "content": "ab"},
    ]
    assert kwargs["functions"] == [{"name": "f", "parameters": {}}]
    assert kwargs["function_call"] == "auto"
    assert "tools" not in kwargs and "tool_choice" not in kwargs


def test_openai_completion_kwargs() -> None:
    kwargs = build_llm_kwargs(
        completion("Say ", "hi"), model_metadata(parameters={"temperature": 1}), "openai"
    )
    assert kwargs == {"model": "gpt-4o", "temperature": 1, "prompt": "Say hi", "stream": False}


def test_openai_responses_api_kwargs() -> None:
    metadata = model_metadata(api_type="responses", parameters={"max_tokens": 99, "temperature": 0})
    kwargs = build_llm_kwargs(tool_template(), metadata, "openai")
    assert "messages" not in kwargs
    assert kwargs["max_output_tokens"] == 99 and "max_tokens" not in kwargs
    assert kwargs["input"] == [
        {"role": "system", "content": [{"type": "input_text", "text": "Be brief."}]},
        {
            "role": "user",
            "content": [
                {"type": "input_text", "text": "Weather?"},
                {"type": "input_image", "image_url": "https://x/a.png", "detail": "low"},
            ],
        },
        {"type": "function_call", "call_id": "call_1", "name": "get_weather", "arguments": '{"city":"Oslo"}'},
        {"type": "function_call_output", "call_id": "call_1", "output": "cold"},
    ]
    assert kwargs["tools"] == [{"type": "function", **WEATHER}]
    assert kwargs["tool_choice"] == {"type": "function", "name": "get_weather"}
    assert build_llm_kwargs(completion("x"), metadata, "openai")["input"] == "x"


def test_azure_speaks_openai_and_model_override_wins() -> None:
    kwargs = build_llm_kwargs(chat(msg("user", "hi")), model_metadata(), "openai.azure", model="my-deploy")
    assert kwargs["model"] == "my-deploy"
    assert kwargs["messages"] == [{"role": "user", "content": [text("hi")]}]


# ── llm kwargs: Anthropic ────────────────────────────────────────────────────────────────────


def test_anthropic_messages_kwargs() -> None:
    template = tool_template()
    template["messages"].insert(1, msg("system", "Use metric."))
    metadata = model_metadata("anthropic", "claude-sonnet-4", parameters={"temperature": 0.5})
    kwargs = build_llm_kwargs(template, metadata, "anthropic")
    assert kwargs["model"] == "claude-sonnet-4"
    assert kwargs["max_tokens"] == 1024  # the default
    assert kwargs["temperature"] == 0.5 and kwargs["stream"] is False
    assert kwargs["system"] == "Be brief.\n\nUse metric."
    assert kwargs["messages"] == [
        {
            "role": "user",
            "content": [
                text("Weather?"),
                {"type": "image", "source": {"type": "url", "url": "https://x/a.png"}},
            ],
        },
        {
            "role": "assistant",
            "content": [
                {"type": "tool_use", "id": "call_1", "name": "get_weather", "input": {"city": "Oslo"}}
            ],
        },
        {
            "role": "user",
            "content": [{"type": "tool_result", "tool_use_id": "call_1", "content": [text("cold")]}],
        },
    ]
    assert kwargs["tools"] == [
        {"name": "get_weather", "description": "Weather for a city", "input_schema": WEATHER["parameters"]}
    ]
    assert kwargs["tool_choice"] == {"type": "tool", "name": "get_weather"}


def test_anthropic_without_system_omits_it_and_keeps_max_tokens_from_parameters() -> None:
    metadata = model_metadata("anthropic", "claude", parameters={"max_tokens": 300})
    kwargs = build_llm_kwargs(chat(msg("user", "hi")), metadata, "anthropic")
    assert "system" not in kwargs
    assert kwargs["max_tokens"] == 300
    assert kwargs["messages"] == [{"role": "user", "content": [text("hi")]}]


@pytest.mark.parametrize(
    ("choice", "expected"),
    [("auto", {"type": "auto"}), ("required", {"type": "any"}), ("none", {"type": "none"})],
)
def test_anthropic_tool_choice_modes(choice: str, expected: dict[str, str]) -> None:
    template = chat(
        msg("user", "x"), tools=[{"type": "function", "function": {"name": "f"}}], tool_choice=choice
    )
    kwargs = build_llm_kwargs(template, model_metadata("anthropic", "claude"), "anthropic")
    assert kwargs["tool_choice"] == expected
    assert kwargs["tools"] == [
        {"name": "f", "description": "", "input_schema": {"type": "object", "properties": {}}}
    ]


def test_anthropic_data_url_images_become_base64_sources() -> None:
    template = chat(
        {
            "role": "user",
            "content": [{"type": "image_url", "image_url": {"url": "data:image/png;base64,AAA"}}],
        }
    )
    kwargs = build_llm_kwargs(template, model_metadata("anthropic", "claude"), "anthropic")
    assert kwargs["messages"][0]["content"] == [
        {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "AAA"}}
    ]


def test_anthropic_completion_kwargs() -> None:
    metadata = model_metadata("anthropic", "claude-2", parameters={"max_tokens": 10, "temperature": 0})
    kwargs = build_llm_kwargs(completion("\n\nHuman: hi\n\nAssistant:"), metadata, "anthropic")
    assert kwargs == {
        "model": "claude-2",
        "max_tokens_to_sample": 10,
        "temperature": 0,
        "prompt": "\n\nHuman: hi\n\nAssistant:",
        "stream": False,
    }


# ── llm kwargs: errors and purity ────────────────────────────────────────────────────────────


def test_unknown_provider_and_missing_model_are_value_errors() -> None:
    with pytest.raises(ValueError, match="provider"):
        build_llm_kwargs(chat(msg("user", "x")), model_metadata(), "cohere")
    with pytest.raises(ValueError, match="model"):
        build_llm_kwargs(chat(msg("user", "x")), None, "openai")
    assert build_llm_kwargs(chat(msg("user", "x")), None, "openai", model="gpt")["model"] == "gpt"


@pytest.mark.parametrize("provider", ["openai", "anthropic"])
def test_build_llm_kwargs_does_not_touch_its_inputs(provider: str) -> None:
    template = tool_template()
    metadata = model_metadata(parameters={"temperature": 0, "stop": ["x"]})
    before = (copy.deepcopy(template), copy.deepcopy(metadata))
    kwargs = build_llm_kwargs(template, metadata, provider)
    kwargs["stop"].append("y")
    assert (template, metadata) == before
