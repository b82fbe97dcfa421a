"""`client.templates`: get with every parameter, list/all/iterate, publish, labels, invalidation.

Every test runs for PromptLayer and AsyncPromptLayer (through `pl` / `make_client`) and checks
both what the client returned and what the local server received.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from promptlayer.errors import PromptLayerNotFoundError, PromptLayerValidationError
from promptlayer.testing import LocalPromptLayer

KEY = "facade-test-key"
OPENAI = {"provider": "openai", "name": "gpt-4o-mini", "parameters": {"temperature": 0.2}}


def text(value: str) -> dict[str, Any]:
    return {"type": "text", "text": value}


def chat(system: str, user: str) -> dict[str, Any]:
    return {
        "type": "chat",
        "messages": [
            {"role": "system", "content": [text(system)]},
            {"role": "user", "content": [text(user)]},
        ],
    }


def completion(value: str) -> dict[str, Any]:
    return {"type": "completion", "content": [text(value)]}


WELCOME_V1 = chat("You are a helper.", "Hello {name} (v1).")
WELCOME_V2 = chat("You are a concise assistant.", "Hi {name}, tell me about {topic}.")
SUMMARY = completion("Summarise {topic} in one line.")
DIGEST = chat("You write digests.", "Digest for {name}.")

SEED: dict[str, Any] = {
    "prompt_templates": [
        {
            "prompt_name": "welcome",
            "tags": ["onboarding"],
            "versions": [
                {
                    "prompt_template": WELCOME_V1,
                    "metadata": {"model": OPENAI, "audience": "beta"},
                    "commit_message": "v1",
                },
                {
                    "prompt_template": WELCOME_V2,
                    "metadata": {"model": OPENAI, "audience": "general"},
                    "commit_message": "v2",
                    "release_labels": ["prod"],
                },
            ],
        },
        {
            "prompt_name": "summary",
            "tags": ["onboarding", "email"],
            "external_ids": [{"source": "notion", "external_id": "doc-1"}],
            "versions": [{"prompt_template": SUMMARY, "metadata": None, "release_labels": ["staging"]}],
        },
        {
            "prompt_name": "digest",
            "tags": ["email"],
            "versions": [{"prompt_template": DIGEST, "metadata": {"model": OPENAI}}],
        },
        {
            "prompt_name": "retired",
            "deleted": True,
            "versions": [{"prompt_template": completion("old")}],
        },
    ]
}
# ids: welcome 1 (versions 1, 2), summary 2 (version id 3), digest 3 (4), retired 4 (5);
# labels: prod 1 (welcome v2), staging 2 (summary v1).


@pytest.fixture
def promptlayer_seed() -> dict[str, Any]:
    return SEED


def raw(client: Any) -> Any:
    """The PromptLayer / AsyncPromptLayer behind a (possibly async-view) client."""
    return getattr(client, "_target", client)


def gets(server: LocalPromptLayer) -> list[Any]:
    return server.requests_for("get_prompt_template")


def lists(server: LocalPromptLayer) -> list[Any]:
    return server.requests_for("list_prompt_templates")


def user_text(result: dict[str, Any]) -> str:
    return str(result["prompt_template"]["messages"][1]["content"][0]["text"])


def rendered_chat(system: str, user: str) -> dict[str, Any]:
    return chat(system, user)


def openai_kwargs(system: str, user: str, **params: Any) -> dict[str, Any]:
    return {
        "model": "gpt-4o-mini",
        "temperature": 0.2,
        **params,
        "messages": [
            {"role": "system", "content": [text(system)]},
            {"role": "user", "content": [text(user)]},
        ],
        "stream": False,
    }


VARIABLES = {"name": "Ada", "topic": "engines"}


# ── get ───────────────────────────────────────────────────────────────────────────────────────


def test_get_latest_version_rendered(pl: Any, server: LocalPromptLayer) -> None:
    result = pl.templates.get("welcome", {"input_variables": VARIABLES})
    assert result == {
        "id": 1,
        "prompt_name": "welcome",
        "prompt_template": rendered_chat("You are a concise assistant.", "Hi Ada, tell me about engines."),
        "metadata": {"model": OPENAI, "audience": "general"},
        "commit_message": "v2",
        "llm_kwargs": openai_kwargs("You are a concise assistant.", "Hi Ada, tell me about engines."),
        "version": 2,
    }
    [request] = gets(server)
    assert request.method == "POST"
    assert request.path == "/prompt-templates/welcome"
    assert request.json() == {"input_variables": VARIABLES}
    assert request.headers["x-api-key"] == KEY


def test_get_without_params_sends_an_empty_body(pl: Any, server: LocalPromptLayer) -> None:
    result = pl.templates.get("welcome")
    # llm_kwargs are built (the template names openai), so placeholders render empty.
    assert user_text(result) == "Hi , tell me about ."
    assert [r.json() for r in gets(server)] == [{}]


def test_get_by_version(pl: Any, server: LocalPromptLayer) -> None:
    result = pl.templates.get("welcome", {"version": 1, "input_variables": {"name": "Bo"}})
    assert result["version"] == 1
    assert result["commit_message"] == "v1"
    assert result["metadata"] == {"model": OPENAI, "audience": "beta"}
    assert user_text(result) == "Hello Bo (v1)."
    assert result["llm_kwargs"] == openai_kwargs("You are a helper.", "Hello Bo (v1).")
    assert [r.json() for r in gets(server)] == [{"version": 1, "input_variables": {"name": "Bo"}}]


def test_get_by_label(pl: Any, server: LocalPromptLayer) -> None:
    result = pl.templates.get("welcome", {"label": "prod", "input_variables": VARIABLES})
    assert result["version"] == 2
    assert user_text(result) == "Hi Ada, tell me about engines."
    assert [r.json() for r in gets(server)] == [{"label": "prod", "input_variables": VARIABLES}]


def test_get_with_anthropic_provider(pl: Any, server: LocalPromptLayer) -> None:
    result = pl.templates.get("welcome", {"provider": "anthropic", "input_variables": VARIABLES})
    assert result["llm_kwargs"] == {
        "model": "gpt-4o-mini",
        "max_tokens": 1024,
        "temperature": 0.2,
        "messages": [{"role": "user", "content": [text("Hi Ada, tell me about engines.")]}],
        "system": "You are a concise assistant.",
        "stream": False,
    }
    assert user_text(result) == "Hi Ada, tell me about engines."
    assert [r.json() for r in gets(server)] == [{"provider": "anthropic", "input_variables": VARIABLES}]


def test_get_with_model_override(pl: Any, server: LocalPromptLayer) -> None:
    result = pl.templates.get("welcome", {"model": "gpt-4.1", "input_variables": VARIABLES})
    assert result["llm_kwargs"]["model"] == "gpt-4.1"
    assert result["metadata"]["model"]["name"] == "gpt-4o-mini"  # the stored metadata is unchanged
    assert [r.json() for r in gets(server)] == [{"model": "gpt-4.1", "input_variables": VARIABLES}]


def test_get_with_metadata_filters_selects_the_matching_version(pl: Any, server: LocalPromptLayer) -> None:
    beta = pl.templates.get(
        "welcome", {"metadata_filters": {"audience": "beta"}, "input_variables": VARIABLES}
    )
    general = pl.templates.get("welcome", {"metadata_filters": {"audience": "general"}})
    assert (beta["version"], general["version"]) == (1, 2)
    assert user_text(beta) == "Hello Ada (v1)."
    assert [r.json() for r in gets(server)] == [
        {"metadata_filters": {"audience": "beta"}, "input_variables": VARIABLES},
        {"metadata_filters": {"audience": "general"}},
    ]


def test_get_with_model_parameter_overrides(pl: Any, server: LocalPromptLayer) -> None:
    overrides = {"temperature": 0.9, "max_tokens": 50}
    result = pl.templates.get(
        "welcome", {"model_parameter_overrides": overrides, "input_variables": VARIABLES}
    )
    assert result["llm_kwargs"] == {
        **openai_kwargs("You are a concise assistant.", "Hi Ada, tell me about engines."),
        "temperature": 0.9,
        "max_tokens": 50,
    }
    assert [r.json() for r in gets(server)] == [
        {"model_parameter_overrides": overrides, "input_variables": VARIABLES}
    ]


def test_get_with_every_parameter_at_once(pl: Any, server: LocalPromptLayer) -> None:
    params = {
        "version": 1,
        "provider": "anthropic",
        "model": "claude-3-5-haiku",
        "input_variables": {"name": "Cy"},
        "model_parameter_overrides": {"max_tokens": 7},
    }
    result = pl.templates.get("welcome", params)
    assert result["version"] == 1
    assert result["llm_kwargs"] == {
        "model": "claude-3-5-haiku",
        "max_tokens": 7,
        "temperature": 0.2,
        "messages": [{"role": "user", "content": [text("Hello Cy (v1).")]}],
        "system": "You are a helper.",
        "stream": False,
    }
    assert [r.json() for r in gets(server)] == [params]


def test_get_drops_none_parameters(pl: Any, server: LocalPromptLayer) -> None:
    pl.templates.get("welcome", {"version": None, "label": None, "input_variables": VARIABLES})
    assert [r.json() for r in gets(server)] == [{"input_variables": VARIABLES}]


def test_get_by_numeric_id(pl: Any, server: LocalPromptLayer) -> None:
    assert pl.templates.get(3)["prompt_name"] == "digest"
    assert pl.templates.get("2")["prompt_name"] == "summary"
    assert [r.path for r in gets(server)] == ["/prompt-templates/3", "/prompt-templates/2"]


def test_get_percent_encodes_the_name(pl: Any, server: LocalPromptLayer) -> None:
    name = "team/welcome mail?"
    pl.templates.publish({"prompt_name": name, "prompt_template": completion("Hey {who}")})
    result = pl.templates.get(name, {"input_variables": {"who": "you"}})
    assert result["prompt_name"] == name
    assert result["prompt_template"]["content"] == [text("Hey you")]
    assert gets(server)[0].path == "/prompt-templates/team/welcome mail?"  # decoded by the server


def test_get_unknown_template_raises_not_found(pl: Any, server: LocalPromptLayer) -> None:
    with pytest.raises(PromptLayerNotFoundError) as caught:
        pl.templates.get("nope")
    assert caught.value.status_code == 404
    assert "'nope'" in str(caught.value)
    assert len(gets(server)) == 1  # 404 is not retried


def test_get_unknown_template_without_throwing_returns_none(
    make_client: Callable[..., Any], server: LocalPromptLayer
) -> None:
    client = make_client(throw_on_error=False)
    assert client.templates.get("nope") is None
    assert client.templates.get("welcome", {"version": 9}) is None
    assert len(gets(server)) == 2


# ── list / all / iterate ──────────────────────────────────────────────────────────────────────


def page(items: list[str], page: int, pages: int, total: int) -> dict[str, Any]:
    return {
        "names": items,
        "page": page,
        "pages": pages,
        "total": total,
        "has_next": page < pages,
        "has_prev": page > 1,
        "next_num": page + 1 if page < pages else None,
        "prev_num": page - 1 if page > 1 else None,
    }


def envelope(result: dict[str, Any]) -> dict[str, Any]:
    summary = {key: value for key, value in result.items() if key != "items"}
    return {"names": [item["prompt_name"] for item in result["items"]], **summary}


def test_list_default_envelope_and_items(pl: Any, server: LocalPromptLayer) -> None:
    result = pl.templates.list()
    assert set(result) == {"items", "page", "pages", "total", "has_next", "has_prev", "next_num", "prev_num"}
    assert envelope(result) == page(["digest", "summary", "welcome"], 1, 1, 3)
    assert result["items"][2] == {
        "id": 1,
        "prompt_name": "welcome",
        "prompt_template": WELCOME_V2,
        "metadata": {"model": OPENAI, "audience": "general"},
        "commit_message": "v2",
        "llm_kwargs": None,
        "version": 2,
        "external_ids": [],
        "is_snippet": False,
    }
    [request] = lists(server)
    assert (request.method, request.path, request.query) == ("GET", "/prompt-templates", [])


def test_list_pages(pl: Any, server: LocalPromptLayer) -> None:
    first = pl.templates.list(page=1, per_page=2)
    second = pl.templates.list(2, 2)
    assert envelope(first) == page(["digest", "summary"], 1, 2, 3)
    assert envelope(second) == page(["welcome"], 2, 2, 3)
    assert [r.query for r in lists(server)] == [
        [("page", "1"), ("per_page", "2")],
        [("page", "2"), ("per_page", "2")],
    ]


@pytest.mark.parametrize(
    ("filters", "query", "names"),
    [
        ({"label": "staging"}, [("label", "staging")], ["summary"]),
        ({"label": "prod"}, [("label", "prod")], ["welcome"]),
        ({"name": "SUM"}, [("name", "SUM")], ["summary"]),
        ({"tags": ["email"]}, [("tags", "email")], ["digest", "summary"]),
        ({"tags": ["onboarding", "email"]}, [("tags", "onboarding"), ("tags", "email")], ["summary"]),
        ({"status": "active"}, [("status", "active")], ["digest", "summary", "welcome"]),
        ({"status": "deleted"}, [("status", "deleted")], ["retired"]),
        ({"status": "all"}, [("status", "all")], ["retired", "digest", "summary", "welcome"]),
        (
            {"external_source": "notion", "external_id": "doc-1"},
            [("external_source", "notion"), ("external_id", "doc-1")],
            ["summary"],
        ),
        (
            {"external_source": "notion", "external_id": "doc-2"},
            [("external_source", "notion"), ("external_id", "doc-2")],
            [],
        ),
        (  # other API filters pass through
            {"sort_by": "name", "sort_order": "asc", "is_snippet": False},
            [("sort_by", "name"), ("sort_order", "asc"), ("is_snippet", "false")],
            ["digest", "summary", "welcome"],
        ),
    ],
)
def test_list_filters(
    pl: Any, server: LocalPromptLayer, filters: dict[str, Any], query: list[Any], names: list[str]
) -> None:
    result = pl.templates.list(**filters)
    assert [item["prompt_name"] for item in result["items"]] == names
    assert result["total"] == len(names)
    assert [r.query for r in lists(server)] == [query]


def test_list_with_label_returns_the_labelled_version(pl: Any) -> None:
    pl.templates.publish({"prompt_name": "summary", "prompt_template": completion("newer")})
    [item] = pl.templates.list(label="staging")["items"]
    assert (item["prompt_name"], item["version"], item["prompt_template"]) == ("summary", 1, SUMMARY)
    [latest] = pl.templates.list(name="summary")["items"]
    assert latest["version"] == 2


def test_all_returns_the_items_like_the_official_sdk(pl: Any, server: LocalPromptLayer) -> None:
    items = pl.templates.all()
    assert isinstance(items, list)
    assert items == pl.templates.list(page=1, per_page=30)["items"]
    assert [item["prompt_name"] for item in pl.templates.all(label="prod")] == ["welcome"]
    assert [item["prompt_name"] for item in pl.templates.all(2, 1)] == ["summary"]
    assert [r.query for r in lists(server)] == [
        [("page", "1"), ("per_page", "30")],
        [("page", "1"), ("per_page", "30")],
        [("page", "1"), ("per_page", "30"), ("label", "prod")],
        [("page", "2"), ("per_page", "1")],
    ]


def test_all_without_throwing_returns_none_on_failure(
    make_client: Callable[..., Any], server: LocalPromptLayer
) -> None:
    from promptlayer.testing import Fault

    client = make_client(throw_on_error=False, max_retries=0)
    server.inject("list_prompt_templates", Fault.http_status(403))
    assert client.templates.all() is None


def seed_many(server: LocalPromptLayer, count: int) -> None:
    extra = {
        "prompt_templates": [
            {
                "prompt_name": f"bulk-{n:02d}",
                "tags": ["bulk"],
                "versions": [{"prompt_template": completion("x")}],
            }
            for n in range(count)
        ]
    }
    server.call(lambda: server.state.load_seed(extra))


def test_iterate_walks_every_page(pl: Any, server: LocalPromptLayer) -> None:
    seed_many(server, 20)  # 23 active templates in all
    names = [item["prompt_name"] for item in pl.templates.iterate(per_page=7)]
    assert len(names) == 23
    assert len(set(names)) == 23
    assert set(names) == {f"bulk-{n:02d}" for n in range(20)} | {"welcome", "summary", "digest"}
    assert [r.query for r in lists(server)] == [[("page", str(n)), ("per_page", "7")] for n in (1, 2, 3, 4)]


def test_iterate_with_filters_and_exact_page_boundary(pl: Any, server: LocalPromptLayer) -> None:
    seed_many(server, 6)
    names = [item["prompt_name"] for item in pl.templates.iterate(per_page=3, tags=["bulk"])]
    assert names == [f"bulk-{n:02d}" for n in range(5, -1, -1)]  # newest first
    assert [r.query for r in lists(server)] == [
        [("page", "1"), ("per_page", "3"), ("tags", "bulk")],
        [("page", "2"), ("per_page", "3"), ("tags", "bulk")],
    ]


def test_iterate_with_no_matches_makes_one_request(pl: Any, server: LocalPromptLayer) -> None:
    assert list(pl.templates.iterate(name="zzz")) == []
    assert len(lists(server)) == 1


# ── publish ───────────────────────────────────────────────────────────────────────────────────


FLAT_BODY: dict[str, Any] = {
    "prompt_name": "fresh",
    "prompt_template": chat("System {tone}.", "Ask {q}"),
    "commit_message": "first",
    "metadata": {"model": OPENAI},
    "tags": ["new"],
    "release_labels": ["prod", "beta"],
}


def test_publish_flat_body_creates_template_and_versions(pl: Any, server: LocalPromptLayer) -> None:
    created = pl.templates.publish(FLAT_BODY)
    assert created == {
        "id": 5,
        "prompt_name": "fresh",
        "prompt_version_id": 6,
        "version_number": 1,
        "tags": ["new"],
        "release_labels": ["beta", "prod"],
        "prompt_template": FLAT_BODY["prompt_template"],
        "metadata": {"model": OPENAI},
        "commit_message": "first",
        "external_ids": [],
    }
    [request] = server.requests_for("publish_prompt_template")
    assert (request.method, request.path) == ("POST", "/rest/prompt-templates")
    assert request.json() == {
        "prompt_template": {"prompt_name": "fresh", "tags": ["new"]},
        "prompt_version": {
            "prompt_template": FLAT_BODY["prompt_template"],
            "commit_message": "first",
            "metadata": {"model": OPENAI},
        },
        "release_labels": ["prod", "beta"],
    }
    second = pl.templates.publish({"prompt_name": "fresh", "prompt_template": chat("S2", "Q2 {q}")})
    assert (second["id"], second["version_number"], second["release_labels"]) == (5, 2, [])
    assert second["tags"] == ["new"]  # kept when not given
    latest = pl.templates.get("fresh", {"input_variables": {"q": "why"}})
    assert (latest["version"], user_text(latest)) == (2, "Q2 why")
    labelled = pl.templates.get("fresh", {"label": "beta", "input_variables": {"q": "why", "tone": "calm"}})
    assert labelled["prompt_template"] == chat("System calm.", "Ask why")


def test_publish_nested_api_body(pl: Any, server: LocalPromptLayer) -> None:
    body = {
        "prompt_template": {"prompt_name": "welcome", "tags": ["onboarding", "v3"]},
        "prompt_version": {"prompt_template": chat("S3", "Yo {name}"), "commit_message": "v3"},
        "release_labels": ["prod"],
    }
    created = pl.templates.publish(body)
    assert (created["id"], created["version_number"], created["release_labels"]) == (1, 3, ["prod"])
    assert created["tags"] == ["onboarding", "v3"]
    assert server.requests_for("publish_prompt_template")[0].json() == body
    result = pl.templates.get("welcome", {"label": "prod", "input_variables": {"name": "Di"}})
    assert (result["version"], user_text(result)) == (3, "Yo Di")


def test_publish_invalidates_that_name_in_the_cache(
    make_client: Callable[..., Any], server: LocalPromptLayer
) -> None:
    client = make_client(cache_ttl_seconds=300)
    assert user_text(client.templates.get("welcome", {"input_variables": VARIABLES})) == (
        "Hi Ada, tell me about engines."
    )
    client.templates.get("digest", {"input_variables": VARIABLES})
    client.templates.get("welcome", {"input_variables": VARIABLES})
    assert len(gets(server)) == 2  # the second welcome was a hit
    client.templates.publish({"prompt_name": "welcome", "prompt_template": chat("S", "Brand new {name}")})
    result = client.templates.get("welcome", {"input_variables": VARIABLES})
    assert (result["version"], user_text(result)) == (3, "Brand new Ada")
    client.templates.get("digest", {"input_variables": VARIABLES})  # another name stays cached
    assert len(gets(server)) == 3


def test_publish_nested_body_invalidates_too(
    make_client: Callable[..., Any], server: LocalPromptLayer
) -> None:
    client = make_client(cache_ttl_seconds=300)
    client.templates.get("summary")
    client.templates.publish(
        {
            "prompt_template": {"prompt_name": "summary"},
            "prompt_version": {"prompt_template": completion("v2")},
        }
    )
    assert client.templates.get("summary")["prompt_template"]["content"] == [text("v2")]
    assert len(gets(server)) == 2


# ── labels ────────────────────────────────────────────────────────────────────────────────────


def test_labels_list(pl: Any, server: LocalPromptLayer) -> None:
    assert pl.templates.labels("welcome") == [
        {"release_label_id": 1, "release_label": "prod", "prompt_version_id": 2, "prompt_version_number": 2}
    ]
    assert pl.templates.labels("digest") == []
    assert [r.path for r in server.requests_for("list_prompt_template_labels")] == [
        "/prompt-templates/welcome/labels",
        "/prompt-templates/digest/labels",
    ]


def test_label_create_move_delete(pl: Any, server: LocalPromptLayer) -> None:
    created = pl.templates.create_label(1, "canary", 1)
    assert {k: v for k, v in created.items() if k != "created_at"} == {
        "id": 3,
        "name": "canary",
        "prompt_id": 1,
        "prompt_version_id": 1,
    }
    assert isinstance(created["created_at"], str)
    assert server.requests_for("create_prompt_label")[0].json() == {
        "name": "canary",
        "prompt_version_number": 1,
    }
    assert server.requests_for("create_prompt_label")[0].path == "/prompts/1/label"
    assert pl.templates.get("welcome", {"label": "canary"})["version"] == 1

    moved = pl.templates.move_label(3, 2)
    assert (moved["id"], moved["name"], moved["prompt_version_id"]) == (3, "canary", 2)
    [move] = server.requests_for("move_prompt_label")
    assert (move.method, move.path, move.json()) == (
        "PATCH",
        "/prompt-labels/3",
        {"prompt_version_number": 2},
    )
    assert pl.templates.get("welcome", {"label": "canary"})["version"] == 2
    assert [label["release_label"] for label in pl.templates.labels("welcome")] == ["prod", "canary"]

    assert pl.templates.delete_label(3) is True
    [delete] = server.requests_for("delete_prompt_label")
    assert (delete.method, delete.path, delete.status) == ("DELETE", "/prompt-labels/3", 204)
    assert [label["release_label"] for label in pl.templates.labels("welcome")] == ["prod"]
    with pytest.raises(PromptLayerNotFoundError):
        pl.templates.get("welcome", {"label": "canary"})


def test_label_errors_map_to_classes(pl: Any) -> None:
    with pytest.raises(PromptLayerNotFoundError):
        pl.templates.move_label(99, 1)
    with pytest.raises(PromptLayerNotFoundError):
        pl.templates.delete_label(99)
    with pytest.raises(PromptLayerNotFoundError):
        pl.templates.labels("nope")


def test_label_changes_invalidate_cached_label_lookups(
    make_client: Callable[..., Any], server: LocalPromptLayer
) -> None:
    client = make_client(cache_ttl_seconds=300)
    assert client.templates.get("welcome", {"label": "prod"})["version"] == 2
    assert client.templates.get("welcome", {"label": "prod"})["version"] == 2
    assert len(gets(server)) == 1
    client.templates.move_label(1, 1)
    assert client.templates.get("welcome", {"label": "prod"})["version"] == 1
    assert len(gets(server)) == 2
    created = client.templates.create_label(1, "canary", 2)
    assert client.templates.get("welcome", {"label": "prod"})["version"] == 1
    assert len(gets(server)) == 3  # create_label dropped every cached entry
    client.templates.delete_label(created["id"])
    assert client.templates.get("welcome", {"label": "prod"})["version"] == 1
    assert len(gets(server)) == 4


# ── invalidate ────────────────────────────────────────────────────────────────────────────────


def test_client_invalidate_one_name_or_everything(
    make_client: Callable[..., Any], server: LocalPromptLayer
) -> None:
    client = make_client(cache_ttl_seconds=300)

    def fetch_both() -> None:
        client.templates.get("welcome", {"input_variables": VARIABLES})
        client.templates.get("digest", {"input_variables": VARIABLES})

    fetch_both()
    fetch_both()
    assert [r.path for r in gets(server)] == ["/prompt-templates/welcome", "/prompt-templates/digest"]
    client.invalidate("welcome")
    fetch_both()
    assert len(gets(server)) == 3
    assert gets(server)[-1].path == "/prompt-templates/welcome"
    client.invalidate()
    fetch_both()
    assert len(gets(server)) == 5
    client.templates.invalidate("digest")
    fetch_both()
    assert gets(server)[-1].path == "/prompt-templates/digest"
    assert len(gets(server)) == 6
    client.templates.invalidate()
    fetch_both()
    assert len(gets(server)) == 8


def test_invalidate_without_cache_is_a_no_op(pl: Any, server: LocalPromptLayer) -> None:
    pl.invalidate("welcome")
    pl.invalidate()
    pl.templates.invalidate()
    assert server.requests == []


# ── validation before any request ─────────────────────────────────────────────────────────────


Call = Callable[[Any], Any]

INVALID_CALLS: list[tuple[str, Call]] = [
    ("empty name", lambda c: c.templates.get("")),
    ("None name", lambda c: c.templates.get(None)),
    ("bool name", lambda c: c.templates.get(True)),
    ("list name", lambda c: c.templates.get(["welcome"])),
    ("version 0", lambda c: c.templates.get("welcome", {"version": 0})),
    ("negative version", lambda c: c.templates.get("welcome", {"version": -1})),
    ("string version", lambda c: c.templates.get("welcome", {"version": "2"})),
    ("bool version", lambda c: c.templates.get("welcome", {"version": True})),
    ("float version", lambda c: c.templates.get("welcome", {"version": 1.0})),
    ("unknown param key", lambda c: c.templates.get("welcome", {"variables": {"a": 1}})),
    ("params a list", lambda c: c.templates.get("welcome", [("version", 1)])),
    ("params a string", lambda c: c.templates.get("welcome", "version=1")),
    ("empty label", lambda c: c.templates.get("welcome", {"label": ""})),
    ("provider not a string", lambda c: c.templates.get("welcome", {"provider": 3})),
    ("empty model", lambda c: c.templates.get("welcome", {"model": ""})),
    ("input_variables a list", lambda c: c.templates.get("welcome", {"input_variables": ["a"]})),
    ("input_variables int key", lambda c: c.templates.get("welcome", {"input_variables": {1: "a"}})),
    ("metadata_filters int value", lambda c: c.templates.get("welcome", {"metadata_filters": {"a": 1}})),
    ("overrides a string", lambda c: c.templates.get("welcome", {"model_parameter_overrides": "x"})),
    ("fallback a string", lambda c: c.templates.get("welcome", None, fallback="x")),
    ("list page 0", lambda c: c.templates.list(page=0)),
    ("list per_page 0", lambda c: c.templates.list(per_page=0)),
    ("list page a string", lambda c: c.templates.list(page="1")),
    ("list page a bool", lambda c: c.templates.list(page=True)),
    ("list bad status", lambda c: c.templates.list(status="gone")),
    ("list tags a string", lambda c: c.templates.list(tags="email")),
    ("list tags not strings", lambda c: c.templates.list(tags=[1])),
    ("list external_source alone", lambda c: c.templates.list(external_source="notion")),
    ("list external_id alone", lambda c: c.templates.list(external_id="doc-1")),
    ("list empty label", lambda c: c.templates.list(label="")),
    ("list name not a string", lambda c: c.templates.list(name=3)),
    ("list filter an object", lambda c: c.templates.list(created_after={"y": 2024})),
    ("all per_page 0", lambda c: c.templates.all(per_page=0)),
    ("iterate per_page 0", lambda c: list(c.templates.iterate(per_page=0))),
    ("publish not a dict", lambda c: c.templates.publish(["x"])),
    ("publish without name", lambda c: c.templates.publish({"prompt_template": completion("x")})),
    (
        "publish empty name",
        lambda c: c.templates.publish({"prompt_name": "", "prompt_template": completion("x")}),
    ),
    (
        "publish template not a dict",
        lambda c: c.templates.publish({"prompt_name": "a", "prompt_template": "x"}),
    ),
    (
        "publish bad template type",
        lambda c: c.templates.publish({"prompt_name": "a", "prompt_template": {"type": "image"}}),
    ),
    (
        "publish tags a string",
        lambda c: c.templates.publish({"prompt_name": "a", "prompt_template": completion("x"), "tags": "t"}),
    ),
    (
        "publish labels a string",
        lambda c: c.templates.publish(
            {"prompt_name": "a", "prompt_template": completion("x"), "release_labels": "prod"}
        ),
    ),
    (
        "publish nested version not a dict",
        lambda c: c.templates.publish({"prompt_template": {"prompt_name": "a"}, "prompt_version": "x"}),
    ),
    (
        "publish nested without name",
        lambda c: c.templates.publish(
            {"prompt_template": {}, "prompt_version": {"prompt_template": completion("x")}}
        ),
    ),
    ("labels empty name", lambda c: c.templates.labels("")),
    ("create_label prompt_id 0", lambda c: c.templates.create_label(0, "x", 1)),
    ("create_label empty name", lambda c: c.templates.create_label(1, "", 1)),
    ("create_label version 0", lambda c: c.templates.create_label(1, "x", 0)),
    ("move_label negative id", lambda c: c.templates.move_label(-1, 1)),
    ("move_label version a string", lambda c: c.templates.move_label(1, "2")),
    ("delete_label id 0", lambda c: c.templates.delete_label(0)),
    ("delete_label id a bool", lambda c: c.templates.delete_label(True)),
]


@pytest.mark.parametrize("call", [c for _, c in INVALID_CALLS], ids=[name for name, _ in INVALID_CALLS])
@pytest.mark.parametrize("throw_on_error", [True, False])
def test_invalid_arguments_raise_before_any_request(
    make_client: Callable[..., Any], server: LocalPromptLayer, call: Call, throw_on_error: bool
) -> None:
    client = make_client(throw_on_error=throw_on_error, cache_ttl_seconds=60)
    with pytest.raises(PromptLayerValidationError):
        call(client)
    assert server.requests == []


def test_params_are_not_mutated(pl: Any) -> None:
    params = {"label": "prod", "input_variables": {"name": "Ada", "nested": {"k": [1]}}}
    before = copy.deepcopy(params)
    pl.templates.get("welcome", params)
    assert params == before
