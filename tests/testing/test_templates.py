"""Prompt templates and release labels on the local server, over real sockets via the generated client."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from promptlayer_api import AuthenticatedClient
from promptlayer_api.api.prompt_templates import (
    get_prompt_template,
    get_prompt_template_raw,
    list_prompt_templates,
    patch_prompt_template_version,
    publish_prompt_template,
)
from promptlayer_api.api.release_labels import (
    create_prompt_label,
    delete_prompt_label,
    list_prompt_template_labels,
    move_prompt_label,
)
from promptlayer_api.models import (
    CreatePromptLabel,
    CreatePromptTemplate,
    CreatePromptTemplateResponse,
    GetPromptTemplate,
    GetPromptTemplateLabelResponse,
    GetPromptTemplateRawResponse,
    GetPromptTemplateResponse,
    ListPromptTemplates,
    MovePromptLabel,
    PatchPromptTemplateVersion,
    PromptLabel,
    PromptTemplateSortField,
    PromptTemplateStatusFilter,
    SortOrder,
)

from promptlayer.testing import LocalPromptLayer

KEY = "templates-test-key"


def text(value: str) -> dict[str, Any]:
    return {"type": "text", "text": value}


def chat(*messages: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"type": "chat", "messages": list(messages), **extra}


def msg(role: str, value: str, **extra: Any) -> dict[str, Any]:
    return {"role": role, "content": [text(value)], **extra}


OPENAI = {
    "model": {
        "provider": "openai",
        "name": "gpt-4o-mini",
        "parameters": {"temperature": 0.7, "max_tokens": 64},
    }
}
ANTHROPIC = {
    "model": {"provider": "anthropic", "name": "claude-sonnet-4", "parameters": {"temperature": 0.1}}
}

GREETING_V1 = chat(msg("system", "You are terse."), msg("user", "Hi {name}"))
GREETING_V2 = chat(msg("system", "You are kind to {name}."), msg("user", "Hello {name}, about {topic}"))
JINJA = chat(
    msg("user", "{% if vip %}Dear {{ name }}{% else %}Hi {{ name }}{% endif %}", template_format="jinja2")
)

SEED: dict[str, Any] = {
    "prompt_templates": [
        {
            "prompt_name": "greeting",
            "tags": ["support", "email"],
            "versions": [
                {"prompt_template": GREETING_V1, "metadata": OPENAI, "commit_message": "first"},
                {
                    "prompt_template": GREETING_V2,
                    "metadata": {**OPENAI, "segment": "beta"},
                    "commit_message": "second",
                    "release_labels": ["prod"],
                },
                {
                    "prompt_template": chat(msg("user", "v3 {name}")),
                    "metadata": OPENAI,
                    "release_labels": ["staging"],
                },
            ],
        },
        {
            "prompt_name": "vip-note",
            "tags": ["support"],
            "created_by_email": "ada@example.com",
            "versions": [{"prompt_template": JINJA, "metadata": ANTHROPIC, "release_labels": ["prod"]}],
        },
        {
            "prompt_name": "plain",
            "versions": [{"prompt_template": {"type": "completion", "content": [text("Summarise: {doc}")]}}],
        },
        {
            "prompt_name": "tone",
            "is_snippet": True,
            "tags": ["snippet"],
            "versions": [{"prompt_template": {"type": "completion", "content": [text("Be warm.")]}}],
        },
        {
            "prompt_name": "with-snippet",
            "versions": [{"prompt_template": chat(msg("system", "@@@tone@@@ Help {name}."))}],
        },
        {
            "prompt_name": "retired",
            "deleted": True,
            "tags": ["support"],
            "versions": [{"prompt_template": chat(msg("user", "old"))}],
        },
    ]
}


@pytest.fixture
def server() -> Iterator[LocalPromptLayer]:
    with LocalPromptLayer(api_key=KEY, seed=SEED) as running:
        yield running  # leaving the block raises if any response broke the spec


@pytest.fixture
def client(server: LocalPromptLayer) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=server.base_url, token=server.api_key, prefix="", auth_header_name="X-API-KEY"
    )


def body_of(response: Any) -> Any:
    return json.loads(response.content) if response.content else None


def fetch(client: AuthenticatedClient, identifier: str, **options: Any) -> Any:
    """POST /prompt-templates/{identifier}; answers (status, JSON body)."""
    response = get_prompt_template.sync_detailed(
        identifier, client=client, body=GetPromptTemplate.from_dict(options)
    )
    return int(response.status_code), body_of(response)


def publish(client: AuthenticatedClient, name: str, template: dict[str, Any], **extra: Any) -> Any:
    version = {"prompt_template": template}
    for key in ("metadata", "commit_message"):
        if key in extra:
            version[key] = extra.pop(key)
    entry = {"prompt_name": name}
    for key in ("tags", "folder_id"):
        if key in extra:
            entry[key] = extra.pop(key)
    payload = {"prompt_template": entry, "prompt_version": version, **extra}
    return publish_prompt_template.sync_detailed(client=client, body=CreatePromptTemplate.from_dict(payload))


def listing(client: AuthenticatedClient, **query: Any) -> dict[str, Any]:
    response = list_prompt_templates.sync_detailed(client=client, **query)
    assert response.status_code == 200, response.content
    assert isinstance(response.parsed, ListPromptTemplates)
    data: dict[str, Any] = body_of(response)
    return data


def names(page: dict[str, Any]) -> list[str]:
    return [item["prompt_name"] for item in page["items"]]


# ── publish ──────────────────────────────────────────────────────────────────────────────────


def test_first_publish_creates_the_template_then_versions_count_up(client: AuthenticatedClient) -> None:
    first = publish(
        client, "fresh", chat(msg("user", "one")), tags=["a"], commit_message="v1", release_labels=["dev"]
    )
    assert first.status_code == 200
    assert isinstance(first.parsed, CreatePromptTemplateResponse)
    one = body_of(first)
    assert one["version_number"] == 1
    assert one["tags"] == ["a"]
    assert one["release_labels"] == ["dev"]
    assert one["commit_message"] == "v1"
    assert one["external_ids"] == []

    second = body_of(
        publish(client, "fresh", chat(msg("user", "two")), metadata=OPENAI, release_labels=["dev"])
    )
    third = body_of(publish(client, "fresh", chat(msg("user", "three")), tags=["b", "c"]))
    assert second["id"] == third["id"] == one["id"]
    assert [second["version_number"], third["version_number"]] == [2, 3]
    assert one["prompt_version_id"] < second["prompt_version_id"] < third["prompt_version_id"]
    assert second["release_labels"] == ["dev"]  # the label moved to the newest version naming it
    assert second["metadata"] == OPENAI
    assert third["tags"] == ["b", "c"]  # tags given on publish replace the template's tags
    assert third["release_labels"] == []

    status, dev = fetch(client, "fresh", label="dev", skip_input_variable_rendering=True)
    assert (status, dev["version"], dev["prompt_template"]["messages"][0]["content"][0]["text"]) == (
        200,
        2,
        "two",
    )
    status, latest = fetch(client, "fresh")
    assert latest["version"] == 3


def test_new_template_ids_follow_the_seeded_ones(client: AuthenticatedClient) -> None:
    created = body_of(publish(client, "another", {"type": "completion", "content": [text("x")]}))
    assert created["id"] == 7  # six seeded templates
    assert created["prompt_template"]["type"] == "completion"


def test_publish_links_external_ids_and_rejects_ones_linked_elsewhere(client: AuthenticatedClient) -> None:
    ext = [{"source": "github", "external_id": "prompts/a.yaml"}]
    linked = body_of(publish(client, "ext-a", chat(msg("user", "a")), external_ids=ext))
    assert linked["external_ids"] == ext
    again = publish(client, "ext-a", chat(msg("user", "a2")), external_ids=ext)
    assert again.status_code == 200  # same template: fine
    clash = publish(client, "ext-b", chat(msg("user", "b")), external_ids=ext)
    assert clash.status_code == 409
    assert body_of(clash)["success"] is False
    assert "ext-a" in body_of(clash)["message"]
    assert listing(client, name="ext-b")["total"] == 0  # nothing was created


def test_publish_rejects_a_body_without_a_version(
    client: AuthenticatedClient, server: LocalPromptLayer
) -> None:
    response = client.get_httpx_client().post(
        "/rest/prompt-templates", json={"prompt_template": {"prompt_name": "x"}}
    )
    assert response.status_code == 422


# ── fetching ─────────────────────────────────────────────────────────────────────────────────


def test_fetch_by_name_id_version_and_label(client: AuthenticatedClient) -> None:
    status, latest = fetch(client, "greeting")
    assert status == 200 and latest["version"] == 3 and latest["id"] == 1
    assert fetch(client, "1")[1]["prompt_name"] == "greeting"
    assert fetch(client, "greeting", version=1)[1]["commit_message"] == "first"
    assert fetch(client, "greeting", label="prod")[1]["version"] == 2
    assert fetch(client, "greeting", label="staging")[1]["version"] == 3
    response = get_prompt_template.sync_detailed("greeting", client=client)  # no body at all
    assert response.status_code == 200
    assert isinstance(response.parsed, GetPromptTemplateResponse)
    assert response.parsed.version == 3


def test_a_name_wins_over_an_id(client: AuthenticatedClient) -> None:
    created = body_of(publish(client, "1", chat(msg("user", "named one"))))
    assert created["id"] == 7
    assert fetch(client, "1")[1]["id"] == 7  # the template named "1", not the one with id 1
    assert fetch(client, "7")[1]["prompt_name"] == "1"
    assert fetch(client, "2")[1]["prompt_name"] == "vip-note"


@pytest.mark.parametrize(
    ("identifier", "options", "status", "message"),
    [
        ("missing", {}, 404, "not found"),
        ("999", {}, 404, "not found"),
        ("retired", {}, 404, "not found"),  # deleted templates cannot be fetched
        ("²", {}, 404, "not found"),  # digit-like but not a number
        ("greeting", {"version": 9}, 404, "no version 9"),
        ("greeting", {"label": "nope"}, 404, "no release label 'nope'"),
        ("greeting", {"version": 1, "label": "prod"}, 422, "not both"),
    ],
)
def test_fetch_errors(
    client: AuthenticatedClient, identifier: str, options: dict[str, Any], status: int, message: str
) -> None:
    got, answer = fetch(client, identifier, **options)
    assert got == status
    assert answer["success"] is False
    assert message in answer["message"]


def test_input_variables_render_into_prompt_template_and_openai_kwargs(client: AuthenticatedClient) -> None:
    status, answer = fetch(
        client, "greeting", label="prod", input_variables={"name": "Ada", "topic": "billing"}
    )
    assert status == 200
    assert [m["content"][0]["text"] for m in answer["prompt_template"]["messages"]] == [
        "You are kind to Ada.",
        "Hello Ada, about billing",
    ]
    # No provider given: the version's metadata.model.provider (openai) is used.
    assert answer["llm_kwargs"] == {
        "model": "gpt-4o-mini",
        "temperature": 0.7,
        "max_tokens": 64,
        "messages": [
            {"role": "system", "content": [text("You are kind to Ada.")]},
            {"role": "user", "content": [text("Hello Ada, about billing")]},
        ],
        "stream": False,
    }
    assert answer["metadata"]["segment"] == "beta"


def test_jinja2_renders_into_anthropic_kwargs(client: AuthenticatedClient) -> None:
    status, answer = fetch(client, "vip-note", input_variables={"name": "Ada", "vip": "yes"})
    assert status == 200
    assert answer["prompt_template"]["messages"][0]["content"][0]["text"] == "Dear Ada"
    assert answer["llm_kwargs"] == {
        "model": "claude-sonnet-4",
        "max_tokens": 1024,
        "temperature": 0.1,
        "messages": [{"role": "user", "content": [text("Dear Ada")]}],
        "stream": False,
    }


def test_provider_and_model_override_the_stored_model(client: AuthenticatedClient) -> None:
    status, answer = fetch(
        client,
        "greeting",
        version=2,
        provider="anthropic",
        model="claude-haiku",
        input_variables={"name": "Bo"},
    )
    assert status == 200
    kwargs = answer["llm_kwargs"]
    assert kwargs["model"] == "claude-haiku"
    assert kwargs["system"] == "You are kind to Bo."
    assert kwargs["messages"] == [{"role": "user", "content": [text("Hello Bo, about ")]}]
    assert kwargs["max_tokens"] == 64  # from the stored parameters
    assert answer["metadata"]["model"]["provider"] == "openai"  # metadata is reported as stored


def test_model_parameter_overrides_merge_into_llm_kwargs(client: AuthenticatedClient) -> None:
    status, answer = fetch(
        client, "greeting", provider="openai", model_parameter_overrides={"temperature": 0, "top_p": 0.5}
    )
    assert status == 200
    assert answer["llm_kwargs"]["temperature"] == 0
    assert answer["llm_kwargs"]["top_p"] == 0.5
    assert answer["llm_kwargs"]["max_tokens"] == 64


def test_skip_input_variable_rendering_keeps_placeholders_everywhere(client: AuthenticatedClient) -> None:
    status, answer = fetch(
        client, "greeting", version=1, input_variables={"name": "Ada"}, skip_input_variable_rendering=True
    )
    assert status == 200
    assert answer["prompt_template"]["messages"][1]["content"][0]["text"] == "Hi {name}"
    assert answer["llm_kwargs"]["messages"][1]["content"][0]["text"] == "Hi {name}"


def test_llm_kwargs_render_placeholders_empty_without_variables(client: AuthenticatedClient) -> None:
    status, answer = fetch(client, "greeting", version=1)
    assert status == 200
    assert answer["llm_kwargs"]["messages"][1]["content"] == [text("Hi ")]
    assert answer["prompt_template"]["messages"][1]["content"] == [text("Hi ")]


def test_without_a_model_there_are_no_llm_kwargs_and_no_rendering(client: AuthenticatedClient) -> None:
    status, bare = fetch(client, "plain")
    assert status == 200
    assert bare["llm_kwargs"] is None and bare["metadata"] is None
    assert bare["prompt_template"]["content"] == [text("Summarise: {doc}")]
    _, rendered = fetch(client, "plain", input_variables={"doc": "the doc"})
    assert rendered["prompt_template"]["content"] == [text("Summarise: the doc")]
    _, asked = fetch(client, "plain", provider="openai", input_variables={"doc": "d"})
    assert asked["llm_kwargs"] is None  # no model name known
    _, named = fetch(
        client, "plain", provider="openai", model="gpt-3.5-turbo-instruct", input_variables={"doc": "d"}
    )
    assert named["llm_kwargs"] == {
        "model": "gpt-3.5-turbo-instruct",
        "prompt": "Summarise: d",
        "stream": False,
    }


def test_metadata_filters_pick_the_newest_matching_version(client: AuthenticatedClient) -> None:
    assert fetch(client, "greeting", metadata_filters={"segment": "beta"})[1]["version"] == 2
    assert (
        fetch(client, "greeting", metadata_filters={"segment": "gamma"})[1]["version"] == 3
    )  # no match: latest
    assert fetch(client, "greeting", version=1, metadata_filters={"segment": "beta"})[1]["version"] == 1


def test_snippets_are_expanded_when_fetching(client: AuthenticatedClient) -> None:
    _, answer = fetch(client, "with-snippet", input_variables={"name": "Ada"})
    assert answer["prompt_template"]["messages"][0]["content"][0]["text"] == "Be warm. Help Ada."


# ── raw fetch ────────────────────────────────────────────────────────────────────────────────


def test_raw_fetch_returns_the_stored_version(client: AuthenticatedClient) -> None:
    response = get_prompt_template_raw.sync_detailed("greeting", client=client, label="prod")
    assert response.status_code == 200
    assert isinstance(response.parsed, GetPromptTemplateRawResponse)
    raw = body_of(response)
    assert raw["success"] is True
    assert (raw["id"], raw["version"], raw["workspace_id"]) == (1, 2, 1)
    assert raw["tags"] == ["support", "email"]
    assert raw["prompt_template"] == GREETING_V2  # never rendered
    assert raw["snippets"] == []
    assert raw["llm_kwargs"] is None
    assert datetime.fromisoformat(raw["created_at"]).tzinfo is not None


def test_raw_fetch_with_llm_kwargs_and_snippet_control(client: AuthenticatedClient) -> None:
    with_kwargs = body_of(
        get_prompt_template_raw.sync_detailed("1", client=client, version=1, include_llm_kwargs=True)
    )
    assert with_kwargs["llm_kwargs"]["messages"][1]["content"] == [text("Hi {name}")]
    kept = body_of(
        get_prompt_template_raw.sync_detailed("with-snippet", client=client, resolve_snippets=False)
    )
    expanded = body_of(get_prompt_template_raw.sync_detailed("with-snippet", client=client))
    assert kept["prompt_template"]["messages"][0]["content"][0]["text"] == "@@@tone@@@ Help {name}."
    assert expanded["prompt_template"]["messages"][0]["content"][0]["text"] == "Be warm. Help {name}."
    assert kept["snippets"] == expanded["snippets"] == [{"prompt_name": "tone", "version": 1, "label": None}]


@pytest.mark.parametrize(
    ("identifier", "query", "status"),
    [
        ("missing", {}, 404),
        ("greeting", {"version": 7}, 404),
        ("greeting", {"label": "nope"}, 404),
        ("greeting", {"version": 1, "label": "prod"}, 422),
    ],
)
def test_raw_fetch_errors(
    client: AuthenticatedClient, identifier: str, query: dict[str, Any], status: int
) -> None:
    response = get_prompt_template_raw.sync_detailed(identifier, client=client, **query)
    assert response.status_code == status
    assert body_of(response)["success"] is False


# ── listing ──────────────────────────────────────────────────────────────────────────────────


def test_list_envelope_across_pages(client: AuthenticatedClient) -> None:
    first = listing(client, per_page=2, sort_by=PromptTemplateSortField.ID, sort_order=SortOrder.ASC)
    assert names(first) == ["greeting", "vip-note"]
    assert {
        k: first[k] for k in ("page", "pages", "total", "has_next", "has_prev", "next_num", "prev_num")
    } == {
        "page": 1,
        "pages": 3,
        "total": 5,  # the deleted template is left out
        "has_next": True,
        "has_prev": False,
        "next_num": 2,
        "prev_num": None,
    }
    middle = listing(client, page=2, per_page=2, sort_by=PromptTemplateSortField.ID, sort_order=SortOrder.ASC)
    assert names(middle) == ["plain", "tone"]
    assert (middle["has_prev"], middle["prev_num"], middle["has_next"], middle["next_num"]) == (
        True,
        1,
        True,
        3,
    )
    last = listing(client, page=3, per_page=2, sort_by=PromptTemplateSortField.ID, sort_order=SortOrder.ASC)
    assert names(last) == ["with-snippet"]
    assert (last["has_next"], last["next_num"], last["prev_num"]) == (False, None, 2)
    beyond = listing(client, page=9, per_page=2)
    assert beyond["items"] == [] and beyond["total"] == 5 and beyond["next_num"] is None


def test_list_items_describe_the_latest_version(client: AuthenticatedClient) -> None:
    page = listing(client, name="greeting")
    [item] = page["items"]
    assert item["version"] == 3 and item["id"] == 1
    assert item["prompt_template"]["messages"][0]["content"] == [text("v3 {name}")]
    assert item["external_ids"] == [] and item["is_snippet"] is False


def test_list_default_order_is_newest_first(client: AuthenticatedClient) -> None:
    assert names(listing(client)) == ["with-snippet", "tone", "plain", "vip-note", "greeting"]
    assert names(listing(client, sort_by=PromptTemplateSortField.NAME, sort_order=SortOrder.ASC)) == [
        "greeting",
        "plain",
        "tone",
        "vip-note",
        "with-snippet",
    ]


def test_list_filters(client: AuthenticatedClient) -> None:
    assert names(listing(client, name="GREET")) == ["greeting"]  # case-insensitive substring
    assert sorted(names(listing(client, name="i"))) == ["greeting", "plain", "vip-note", "with-snippet"]
    assert sorted(names(listing(client, tags=["support"]))) == ["greeting", "vip-note"]
    assert names(listing(client, tags=["support", "email"])) == ["greeting"]  # all tags must match
    assert names(listing(client, tags="email")) == ["greeting"]
    assert names(listing(client, is_snippet=True)) == ["tone"]
    assert "tone" not in names(listing(client, is_snippet=False))
    assert names(listing(client, created_by_email="ADA@example.com")) == ["vip-note"]
    labelled = listing(client, label="prod", sort_by=PromptTemplateSortField.ID, sort_order=SortOrder.ASC)
    assert names(labelled) == ["greeting", "vip-note"]
    assert labelled["items"][0]["version"] == 2  # the labelled version, not the latest


def test_list_by_status(client: AuthenticatedClient, server: LocalPromptLayer) -> None:
    assert names(listing(client, status=PromptTemplateStatusFilter.DELETED)) == ["retired"]
    assert "retired" in names(listing(client, status=PromptTemplateStatusFilter.ALL))
    assert listing(client, status=PromptTemplateStatusFilter.ALL)["total"] == 6
    server.call(lambda: server.state.templates.delete("plain"))
    assert "plain" not in names(listing(client))
    assert sorted(names(listing(client, status=PromptTemplateStatusFilter.DELETED))) == ["plain", "retired"]
    assert fetch(client, "plain")[0] == 404  # gone for fetching too


def test_list_by_time_and_external_id(client: AuthenticatedClient) -> None:
    now = datetime.now(UTC)
    assert listing(client, created_after=now + timedelta(days=1))["total"] == 0
    assert listing(client, created_before=now + timedelta(days=1))["total"] == 5
    assert listing(client, updated_after=now - timedelta(days=1))["total"] == 5
    assert listing(client, updated_before=now - timedelta(days=1))["total"] == 0
    publish(client, "tracked", chat(msg("user", "x")), external_ids=[{"source": "git", "external_id": "p/1"}])
    assert names(listing(client, external_source="git", external_id="p/1")) == ["tracked"]
    assert listing(client, external_source="git", external_id="p/2")["total"] == 0
    response = list_prompt_templates.sync_detailed(client=client, external_source="git")
    assert response.status_code == 422
    assert "together" in body_of(response)["message"]


def test_list_rejects_a_non_positive_page(client: AuthenticatedClient) -> None:
    assert list_prompt_templates.sync_detailed(client=client, page=0).status_code == 422


# ── patching ─────────────────────────────────────────────────────────────────────────────────


def patch(client: AuthenticatedClient, identifier: str, **fields: Any) -> Any:
    body = PatchPromptTemplateVersion.from_dict(fields)
    response = patch_prompt_template_version.sync_detailed(identifier, client=client, body=body)
    return int(response.status_code), body_of(response)


def test_patch_creates_a_new_version_from_the_latest(client: AuthenticatedClient) -> None:
    status, created = patch(
        client,
        "greeting",
        messages={"0": msg("user", "patched {name}")},
        model_parameters={"temperature": 0.2, "top_p": 0.9},
        commit_message="tune",
        release_labels=["canary"],
    )
    assert status == 201
    assert (created["version_number"], created["commit_message"], created["release_labels"]) == (
        4,
        "tune",
        ["canary"],
    )
    assert created["prompt_template"]["messages"] == [msg("user", "patched {name}")]
    assert created["metadata"]["model"]["parameters"] == {"temperature": 0.2, "max_tokens": 64, "top_p": 0.9}
    assert fetch(client, "greeting", label="canary")[1]["version"] == 4
    assert fetch(client, "greeting", version=3, skip_input_variable_rendering=True)[1]["prompt_template"][
        "messages"
    ] == [msg("user", "v3 {name}")]  # the base version is untouched


def test_patch_from_a_label_or_version_with_replacements(client: AuthenticatedClient) -> None:
    tool = {"type": "function", "function": {"name": "lookup", "parameters": {"type": "object"}}}
    status, first = patch(client, "greeting", label="prod", messages=[msg("user", "only")], tools=[tool])
    assert status == 201
    assert first["prompt_template"]["messages"] == [msg("user", "only")]
    assert first["prompt_template"]["tools"] == [tool]
    assert first["metadata"]["segment"] == "beta"  # carried over from version 2
    status, second = patch(
        client, "1", version=4, tools=None, tool_choice="none", response_format={"type": "json"}
    )
    assert status == 201 and second["version_number"] == 5
    assert second["prompt_template"]["tools"] is None
    assert second["prompt_template"]["tool_choice"] == "none"
    assert second["metadata"]["model"]["parameters"]["response_format"] == {"type": "json"}
    status, third = patch(client, "greeting", response_format=None)
    assert "response_format" not in third["metadata"]["model"]["parameters"]


def test_patch_completion_content(client: AuthenticatedClient) -> None:
    status, created = patch(client, "plain", content={"0": text("Condense: {doc}")})
    assert status == 201
    assert created["prompt_template"]["content"] == [text("Condense: {doc}")]


@pytest.mark.parametrize(
    ("identifier", "fields", "status", "message"),
    [
        ("missing", {"commit_message": "x"}, 404, "not found"),
        ("greeting", {"version": 42}, 404, "no version 42"),
        ("greeting", {"label": "nope"}, 404, "no release label"),
        ("greeting", {"version": 1, "label": "prod"}, 400, "not both"),
        ("greeting", {"messages": {"5": msg("user", "x")}}, 400, "out of bounds"),
        ("greeting", {"messages": {"first": msg("user", "x")}}, 400, "not an index"),
        ("greeting", {"content": [text("x")]}, 400, "completion templates only"),
        ("plain", {"messages": [msg("user", "x")]}, 400, "chat templates only"),
        ("plain", {"model_parameters": {"temperature": 1}}, 400, "no model"),
        (
            "greeting",
            {"model_parameters": {"response_format": {}}, "response_format": {"type": "json"}},
            400,
            "not both",
        ),
    ],
)
def test_patch_errors(
    client: AuthenticatedClient, identifier: str, fields: dict[str, Any], status: int, message: str
) -> None:
    got, answer = patch(client, identifier, **fields)
    assert got == status
    assert message in answer["message"]
    assert fetch(client, "greeting")[1]["version"] == 3  # nothing was created


# ── release labels ───────────────────────────────────────────────────────────────────────────


def labels_of(client: AuthenticatedClient, identifier: str) -> dict[str, int]:
    response = list_prompt_template_labels.sync_detailed(identifier, client=client)
    assert response.status_code == 200
    assert isinstance(response.parsed, GetPromptTemplateLabelResponse)
    return {label.release_label: label.prompt_version_number for label in response.parsed.release_labels}


def test_list_labels(client: AuthenticatedClient) -> None:
    response = list_prompt_template_labels.sync_detailed("greeting", client=client)
    assert body_of(response) == {
        "release_labels": [
            {
                "release_label_id": 1,
                "release_label": "prod",
                "prompt_version_id": 2,
                "prompt_version_number": 2,
            },
            {
                "release_label_id": 2,
                "release_label": "staging",
                "prompt_version_id": 3,
                "prompt_version_number": 3,
            },
        ]
    }
    assert labels_of(client, "2") == {"prod": 1}
    assert labels_of(client, "plain") == {}
    missing = list_prompt_template_labels.sync_detailed("missing", client=client)
    assert missing.status_code == 404
    assert body_of(missing) == {"success": False, "message": "Prompt template 'missing' not found"}


def test_create_move_and_delete_a_label(client: AuthenticatedClient) -> None:
    created = create_prompt_label.sync_detailed(
        1, client=client, body=CreatePromptLabel(prompt_version_number=1, name="qa")
    )
    assert created.status_code == 200
    assert isinstance(created.parsed, PromptLabel)
    label = body_of(created)
    assert (label["name"], label["prompt_id"], label["prompt_version_id"]) == ("qa", 1, 1)
    assert datetime.fromisoformat(label["created_at"]).tzinfo is not None
    assert fetch(client, "greeting", label="qa")[1]["version"] == 1

    moved = move_prompt_label.sync_detailed(
        label["id"], client=client, body=MovePromptLabel(prompt_version_number=3)
    )
    assert moved.status_code == 200
    assert body_of(moved)["prompt_version_id"] == 3 and body_of(moved)["id"] == label["id"]
    assert fetch(client, "greeting", label="qa")[1]["version"] == 3
    assert labels_of(client, "greeting") == {"prod": 2, "staging": 3, "qa": 3}

    deleted = delete_prompt_label.sync_detailed(label["id"], client=client)
    assert deleted.status_code == 204 and deleted.content == b""
    assert labels_of(client, "greeting") == {"prod": 2, "staging": 3}
    assert fetch(client, "greeting", label="qa")[0] == 404
    # Publishing with the name again creates a fresh label.
    republished = body_of(publish(client, "greeting", chat(msg("user", "v4")), release_labels=["qa"]))
    assert labels_of(client, "greeting")["qa"] == republished["version_number"] == 4


@pytest.mark.parametrize(
    ("prompt_id", "version", "name", "status", "message"),
    [
        (999, 1, "x", 404, "not found"),
        (6, 1, "x", 404, "not found"),  # the deleted template
        (1, 9, "x", 404, "no version 9"),
        (1, 1, "prod", 422, "already has a label 'prod'"),
    ],
)
def test_create_label_errors(
    client: AuthenticatedClient, prompt_id: int, version: int, name: str, status: int, message: str
) -> None:
    response = create_prompt_label.sync_detailed(
        prompt_id, client=client, body=CreatePromptLabel(prompt_version_number=version, name=name)
    )
    assert response.status_code == status
    assert message in body_of(response)["message"]


def test_move_and_delete_label_errors(client: AuthenticatedClient) -> None:
    unknown = move_prompt_label.sync_detailed(
        77, client=client, body=MovePromptLabel(prompt_version_number=1)
    )
    assert unknown.status_code == 404 and "Release label 77 not found" in body_of(unknown)["message"]
    bad_version = move_prompt_label.sync_detailed(
        1, client=client, body=MovePromptLabel(prompt_version_number=50)
    )
    assert bad_version.status_code == 404 and "no version 50" in body_of(bad_version)["message"]
    assert labels_of(client, "greeting")["prod"] == 2
    gone = delete_prompt_label.sync_detailed(77, client=client)
    assert gone.status_code == 404
    assert body_of(gone)["success"] is False


# ── the store's own interface: lookup, seed, snapshot ────────────────────────────────────────


def test_lookup_for_other_stores(server: LocalPromptLayer) -> None:
    store = server.state.templates
    found = server.call(lambda: store.lookup("greeting", label="prod"))
    assert found == {
        "id": 1,
        "prompt_name": "greeting",
        "version": 2,
        "prompt_version_id": 2,
        "prompt_template": GREETING_V2,
        "metadata": {**OPENAI, "segment": "beta"},
        "commit_message": "second",
        "tags": ["support", "email"],
    }
    found["prompt_template"]["messages"].clear()  # a fresh copy: the store is unaffected
    assert server.call(lambda: store.lookup(1, version=2))["prompt_template"] == GREETING_V2
    assert server.call(lambda: store.lookup("2"))["prompt_name"] == "vip-note"
    assert server.call(lambda: store.lookup("greeting"))["version"] == 3
    assert server.call(lambda: store.lookup("missing")) is None
    assert server.call(lambda: store.lookup("greeting", version=9)) is None
    assert server.call(lambda: store.lookup("greeting", label="nope")) is None
    assert server.call(lambda: store.lookup("retired")) is None


def test_snapshot_shows_templates_versions_and_labels(server: LocalPromptLayer) -> None:
    snapshot = server.state.snapshot()["templates"]
    json.dumps(snapshot)  # JSON-shaped
    greeting = snapshot["prompt_templates"][0]
    assert greeting["prompt_name"] == "greeting" and greeting["deleted"] is False
    assert [v["version"] for v in greeting["versions"]] == [1, 2, 3]
    assert [v["release_labels"] for v in greeting["versions"]] == [[], ["prod"], ["staging"]]
    assert {label["release_label"] for label in greeting["release_labels"]} == {"prod", "staging"}
    assert snapshot["prompt_templates"][5]["deleted"] is True


@pytest.mark.parametrize(
    "bad",
    [
        [{"versions": [{"prompt_template": {"messages": []}}]}],
        [{"prompt_name": "x", "versions": []}],
        [{"prompt_name": "x", "tags": "not-a-list", "versions": [{"prompt_template": {"messages": []}}]}],
        [{"prompt_name": "x", "versions": [{"metadata": {}}]}],
        [{"prompt_name": "x", "versions": [{"prompt_template": {"messages": []}, "release_labels": "prod"}]}],
        [{"prompt_name": "x", "versions": [{"prompt_template": {"messages": []}, "metadata": []}]}],
        [
            {
                "prompt_name": "x",
                "versions": [{"prompt_template": {"messages": []}}],
                "external_ids": [{"source": 1}],
            }
        ],
    ],
)
def test_bad_seed_is_a_value_error(bad: list[Any]) -> None:
    with pytest.raises(ValueError, match="prompt_templates"):
        LocalPromptLayer(seed={"prompt_templates": bad})


# ── async ────────────────────────────────────────────────────────────────────────────────────


def test_async_publish_fetch_list_and_label(client: AuthenticatedClient) -> None:
    async def scenario() -> None:
        payload = {
            "prompt_template": {"prompt_name": "async-one", "tags": ["async"]},
            "prompt_version": {"prompt_template": JINJA, "metadata": OPENAI},
        }
        published = await publish_prompt_template.asyncio_detailed(
            client=client, body=CreatePromptTemplate.from_dict(payload)
        )
        assert published.status_code == 200
        created = body_of(published)

        fetched, page, labelled = await asyncio.gather(
            get_prompt_template.asyncio_detailed(
                "async-one",
                client=client,
                body=GetPromptTemplate.from_dict({"input_variables": {"name": "Ada"}, "provider": "openai"}),
            ),
            list_prompt_templates.asyncio_detailed(client=client, tags=["async"]),
            create_prompt_label.asyncio_detailed(
                created["id"], client=client, body=CreatePromptLabel(prompt_version_number=1, name="live")
            ),
        )
        assert body_of(fetched)["llm_kwargs"]["messages"] == [{"role": "user", "content": [text("Hi Ada")]}]
        assert names(body_of(page)) == ["async-one"]
        assert labelled.status_code == 200
        raw = await get_prompt_template_raw.asyncio_detailed("async-one", client=client, label="live")
        assert body_of(raw)["version"] == 1

    asyncio.run(scenario())
