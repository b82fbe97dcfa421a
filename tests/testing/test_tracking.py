"""Request logging and tracking against the local server, over real sockets, via the generated client."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from promptlayer_api import AuthenticatedClient
from promptlayer_api.api.request_logs import get_request, search_request_logs
from promptlayer_api.api.tracking import (
    create_group,
    log_request,
    track_group,
    track_metadata,
    track_prompt,
    track_request,
    track_score,
)
from promptlayer_api.models import (
    LogRequest,
    SearchRequestLogsRequest,
    TrackGroupRequest,
    TrackMetadataRequest,
    TrackPromptRequest,
    TrackRequest,
    TrackScoreRequest,
)

from promptlayer.testing import LocalPromptLayer

API_KEY = "test-key"

GREETING_V1 = {
    "type": "chat",
    "messages": [{"role": "user", "content": [{"type": "text", "text": "Say hello to {name}"}]}],
    "input_variables": ["name"],
}
GREETING_V2 = {
    "type": "chat",
    "messages": [
        {"role": "system", "content": [{"type": "text", "text": "Be brief."}]},
        {"role": "user", "content": [{"type": "text", "text": "Say hello to {name}"}]},
    ],
    "input_variables": ["name"],
}
TEMPLATES = [
    {
        "prompt_name": "greeting",
        "versions": [
            {"prompt_template": GREETING_V1, "commit_message": "first"},
            {"prompt_template": GREETING_V2, "commit_message": "shorter", "release_labels": ["prod"]},
        ],
    }
]


def chat(role: str, text: str) -> dict[str, Any]:
    return {"role": role, "content": [{"type": "text", "text": text}]}


def log_body(question: str = "Hello!", answer: str = "Hi there!", **extra: Any) -> dict[str, Any]:
    """A log-request body in the shape the spec documents."""
    return {
        "provider": "openai",
        "model": "gpt-4o",
        "input": {"type": "chat", "messages": [chat("user", question)]},
        "output": {"type": "chat", "messages": [chat("assistant", answer)]},
        "request_start_time": "2024-01-15T10:30:00Z",
        "request_end_time": "2024-01-15T10:30:05Z",
        **extra,
    }


OPENAI_KWARGS = {
    "model": "gpt-4o-mini",
    "messages": [
        {"role": "system", "content": "You are terse."},
        {"role": "user", "content": "Capital of France?"},
    ],
    "temperature": 0.3,
}
OPENAI_RESPONSE = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "model": "gpt-4o-mini",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "Paris."}, "finish_reason": "stop"}],
    "usage": {"prompt_tokens": 12, "completion_tokens": 3, "total_tokens": 15},
}


def tracked(**extra: Any) -> dict[str, Any]:
    """A track-request body for an OpenAI chat completion."""
    return {
        "function_name": "openai.chat.completions.create",
        "provider_type": "openai",
        "args": [],
        "kwargs": OPENAI_KWARGS,
        "request_response": OPENAI_RESPONSE,
        "request_start_time": 1_700_000_000.0,
        "request_end_time": 1_700_000_001.25,
        **extra,
    }


@pytest.fixture
def server() -> Iterator[LocalPromptLayer]:
    with LocalPromptLayer(api_key=API_KEY, seed={"prompt_templates": TEMPLATES}) as running:
        yield running


@pytest.fixture
def client(server: LocalPromptLayer) -> Iterator[AuthenticatedClient]:
    with AuthenticatedClient(
        base_url=server.base_url, token=server.api_key, prefix="", auth_header_name="X-API-KEY"
    ) as api:
        yield api


def error_message(response: Any, status: int) -> str:
    """The message of an error answer (every error body carries one)."""
    message: str = ok(response, status)["message"]
    return message


def ok(response: Any, status: int = 200) -> dict[str, Any]:
    assert response.status_code == status, response.content
    parsed: dict[str, Any] = json.loads(response.content)
    return parsed


def add_log(client: AuthenticatedClient, **body: Any) -> int:
    created = ok(log_request.sync_detailed(client=client, body=LogRequest.from_dict(log_body(**body))), 201)
    request_id: int = created["id"]
    return request_id


def add_tracked(client: AuthenticatedClient, **body: Any) -> dict[str, Any]:
    return ok(track_request.sync_detailed(client=client, body=TrackRequest.from_dict(tracked(**body))))


def record(server: LocalPromptLayer, request_id: int) -> dict[str, Any]:
    found = server.state.tracking.get(request_id)
    assert found is not None
    return found


def template(server: LocalPromptLayer, name: str, version: int | None = None) -> dict[str, Any]:
    found = server.state.templates.lookup(name, version=version)
    assert found is not None
    return found


# -- log-request and get_request ----------------------------------------------------------------


def test_log_request_round_trips_through_get_request(
    server: LocalPromptLayer, client: AuthenticatedClient
) -> None:
    body = log_body(
        tags=["prod", "greeting"],
        metadata={"user_id": "u1"},
        input_tokens=10,
        output_tokens=4,
        price=0.0025,
        parameters={"temperature": 0.5},
        function_name="openai.chat.completions.create",
        api_type="chat-completions",
        score=80,
        score_name="accuracy",
    )
    created = ok(log_request.sync_detailed(client=client, body=LogRequest.from_dict(body)), 201)
    assert created == {
        "id": 1,
        "prompt_version": None,
        "status": "SUCCESS",
        "error_type": None,
        "error_message": None,
    }

    detail = ok(get_request.sync_detailed(1, client=client))
    assert detail["request_id"] == 1
    assert (detail["provider"], detail["model"]) == ("openai", "gpt-4o")
    assert (detail["input_tokens"], detail["output_tokens"], detail["tokens"]) == (10, 4, 14)
    assert detail["price"] == pytest.approx(0.0025)
    assert detail["request_start_time"] == "2024-01-15T10:30:00Z"
    assert detail["request_end_time"] == "2024-01-15T10:30:05Z"
    assert detail["latency_ms"] == 5000
    assert detail["trace_id"] is None
    blueprint = detail["prompt_blueprint"]
    assert blueprint["prompt_template"]["messages"] == [
        chat("user", "Hello!"),
        chat("assistant", "Hi there!"),
    ]
    assert blueprint["metadata"]["model"] == {
        "provider": "openai",
        "name": "gpt-4o",
        "parameters": {"temperature": 0.5},
    }

    stored = record(server, 1)
    assert stored["tags"] == ["prod", "greeting"]
    assert stored["metadata"] == {"user_id": "u1"}
    assert stored["function_name"] == "openai.chat.completions.create"
    assert stored["api_type"] == "chat-completions"
    assert (stored["score"], stored["score_name"], stored["scores"]) == (80, "accuracy", {"accuracy": 80})
    assert stored["source"] == "log_request"


def test_log_request_keeps_error_details(server: LocalPromptLayer, client: AuthenticatedClient) -> None:
    body = log_body(status="ERROR", error_type="PROVIDER_TIMEOUT", error_message="timed out after 30s")
    body["output"] = {"type": "chat", "messages": []}
    created = ok(log_request.sync_detailed(client=client, body=LogRequest.from_dict(body)), 201)
    assert (created["status"], created["error_type"], created["error_message"]) == (
        "ERROR",
        "PROVIDER_TIMEOUT",
        "timed out after 30s",
    )
    assert record(server, created["id"])["status"] == "ERROR"


def test_log_request_links_a_registry_template(server: LocalPromptLayer, client: AuthenticatedClient) -> None:
    body = log_body(prompt_name="greeting", prompt_version_number=1, prompt_input_variables={"name": "Ada"})
    created = ok(log_request.sync_detailed(client=client, body=LogRequest.from_dict(body)), 201)
    assert created["prompt_version"]["prompt_template"]["messages"] == GREETING_V1["messages"]
    assert created["prompt_version"]["commit_message"] == "first"
    stored = record(server, created["id"])
    assert (stored["prompt_name"], stored["prompt_version_number"]) == ("greeting", 1)
    assert stored["prompt_id"] == template(server, "greeting")["id"]
    assert stored["prompt_input_variables"] == {"name": "Ada"}


def test_log_request_for_an_unknown_template_is_404(
    server: LocalPromptLayer, client: AuthenticatedClient
) -> None:
    response = log_request.sync_detailed(
        client=client, body=LogRequest.from_dict(log_body(prompt_name="missing"))
    )
    assert response.status_code == 404
    assert "missing" in ok(response, 404)["message"]
    response = log_request.sync_detailed(
        client=client, body=LogRequest.from_dict(log_body(prompt_name="greeting", prompt_version_number=9))
    )
    assert response.status_code == 404
    assert server.state.tracking.logs() == []


def test_log_request_without_required_fields_is_422(server: LocalPromptLayer) -> None:
    body = log_body()
    del body["output"]
    with httpx.Client(base_url=server.base_url, headers={"X-API-KEY": API_KEY}) as raw:
        assert raw.post("/log-request", json=body).status_code == 422  # the contract check
    with LocalPromptLayer(api_key=API_KEY, validate=False) as lenient:
        with httpx.Client(base_url=lenient.base_url, headers={"X-API-KEY": API_KEY}) as raw:
            response = raw.post("/log-request", json=body)  # the handler's own check
            assert response.status_code == 422
            assert "output" in response.json()["message"]
            bad_time = raw.post("/log-request", json=log_body(request_start_time="yesterday"))
            assert bad_time.status_code == 422
            assert "request_start_time" in bad_time.json()["message"]
        assert lenient.state.tracking.logs() == []


def test_get_request_for_an_unknown_id_is_404(client: AuthenticatedClient) -> None:
    response = get_request.sync_detailed(41, client=client)
    assert response.status_code == 404
    assert "41" in json.loads(response.content)["message"]


# -- track-request --------------------------------------------------------------------------------


def test_track_request_returns_a_chat_blueprint(
    server: LocalPromptLayer, client: AuthenticatedClient
) -> None:
    answer = add_tracked(client, return_prompt_blueprint=True, tags=["t1"], metadata={"env": "test"})
    assert answer["success"] is True
    request_id = answer["request_id"]
    assert request_id == 1
    template = answer["prompt_blueprint"]["prompt_template"]
    assert template["type"] == "chat"
    assert template["messages"] == [
        chat("system", "You are terse."),
        chat("user", "Capital of France?"),
        chat("assistant", "Paris."),
    ]
    assert answer["prompt_blueprint"]["metadata"]["model"] == {
        "provider": "openai",
        "name": "gpt-4o-mini",
        "parameters": {"temperature": 0.3},
    }

    detail = ok(get_request.sync_detailed(request_id, client=client))
    assert (detail["input_tokens"], detail["output_tokens"], detail["tokens"]) == (12, 3, 15)
    assert detail["latency_ms"] == 1250
    assert detail["request_start_time"] == "2023-11-14T22:13:20Z"
    assert detail["model"] == "gpt-4o-mini"
    stored = record(server, request_id)
    assert stored["request_kwargs"] == OPENAI_KWARGS
    assert stored["request_response"] == OPENAI_RESPONSE
    assert (stored["tags"], stored["metadata"]) == (["t1"], {"env": "test"})
    assert stored["function_name"] == "openai.chat.completions.create"


def test_track_request_without_blueprint_flag_answers_none(client: AuthenticatedClient) -> None:
    answer = add_tracked(client)
    assert answer["prompt_blueprint"] is None
    assert answer["request_id"] == 1


def test_track_request_reads_anthropic_shapes(server: LocalPromptLayer, client: AuthenticatedClient) -> None:
    kwargs = {
        "model": "claude-sonnet-4",
        "max_tokens": 256,
        "system": "Use tools.",
        "messages": [
            {"role": "user", "content": "Weather in Oslo?"},
            {
                "role": "assistant",
                "content": [{"type": "tool_use", "id": "tu_1", "name": "weather", "input": {"city": "Oslo"}}],
            },
            {
                "role": "user",
                "content": [{"type": "tool_result", "tool_use_id": "tu_1", "content": "4C, rain"}],
            },
        ],
        "tools": [{"name": "weather", "description": "Look up weather", "input_schema": {"type": "object"}}],
    }
    response = {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": "claude-sonnet-4",
        "content": [
            {"type": "thinking", "thinking": "It rains.", "signature": "sig"},
            {"type": "text", "text": "Cold and rainy."},
        ],
        "usage": {"input_tokens": 40, "output_tokens": 9},
    }
    answer = add_tracked(
        client,
        function_name="anthropic.messages.create",
        provider_type="anthropic",
        kwargs=kwargs,
        request_response=response,
        return_prompt_blueprint=True,
    )
    template = answer["prompt_blueprint"]["prompt_template"]
    roles = [message["role"] for message in template["messages"]]
    assert roles == ["system", "user", "assistant", "tool", "assistant"]
    assert template["messages"][2]["tool_calls"] == [
        {"id": "tu_1", "type": "function", "function": {"name": "weather", "arguments": '{"city": "Oslo"}'}}
    ]
    assert template["messages"][3]["tool_call_id"] == "tu_1"
    assert template["messages"][4]["content"] == [
        {"type": "thinking", "thinking": "It rains.", "signature": "sig"},
        {"type": "text", "text": "Cold and rainy."},
    ]
    assert template["tools"][0]["function"]["name"] == "weather"
    assert answer["prompt_blueprint"]["metadata"]["model"]["parameters"] == {"max_tokens": 256}
    stored = record(server, answer["request_id"])
    assert (stored["input_tokens"], stored["output_tokens"], stored["provider"]) == (40, 9, "anthropic")


def test_track_request_links_template_and_group(
    server: LocalPromptLayer, client: AuthenticatedClient
) -> None:
    group_id = ok(create_group.sync_detailed(client=client))["id"]
    answer = add_tracked(
        client,
        prompt_id="greeting",
        prompt_version=2,
        prompt_input_variables={"name": "Bo"},
        group_id=group_id,
    )
    stored = record(server, answer["request_id"])
    assert (stored["prompt_name"], stored["prompt_version_number"], stored["group_id"]) == (
        "greeting",
        2,
        group_id,
    )
    assert stored["prompt_input_variables"] == {"name": "Bo"}

    template_id = template(server, "greeting")["id"]
    by_id = record(server, add_tracked(client, prompt_id=template_id)["request_id"])
    assert (by_id["prompt_name"], by_id["prompt_version_number"]) == ("greeting", 2)


def test_track_request_rejects_unknown_group_and_template(
    server: LocalPromptLayer, client: AuthenticatedClient
) -> None:
    no_group = track_request.sync_detailed(client=client, body=TrackRequest.from_dict(tracked(group_id=77)))
    assert no_group.status_code == 400
    assert "Group 77" in json.loads(no_group.content)["message"]
    no_prompt = track_request.sync_detailed(
        client=client, body=TrackRequest.from_dict(tracked(prompt_id="nope"))
    )
    assert no_prompt.status_code == 400
    assert server.state.tracking.logs() == []


def test_track_request_keeps_status_and_span(server: LocalPromptLayer, client: AuthenticatedClient) -> None:
    answer = add_tracked(
        client, status="WARNING", error_type="PROVIDER_PARTIAL_RESPONSE", error_message="cut", span_id="abcd"
    )
    stored = record(server, answer["request_id"])
    assert (stored["status"], stored["error_type"], stored["error_message"]) == (
        "WARNING",
        "PROVIDER_PARTIAL_RESPONSE",
        "cut",
    )
    assert stored["span_id"] == "abcd"


# -- track-metadata / score / prompt / group ------------------------------------------------------------


def test_track_metadata_merges_and_rejects_unknown_ids(
    server: LocalPromptLayer, client: AuthenticatedClient
) -> None:
    request_id = add_log(client, metadata={"a": "1"})
    body = TrackMetadataRequest.from_dict({"request_id": request_id, "metadata": {"b": "2", "a": "3"}})
    answer = ok(track_metadata.sync_detailed(client=client, body=body))
    assert answer["success"] is True
    assert record(server, request_id)["metadata"] == {"a": "3", "b": "2"}
    by_text = TrackMetadataRequest.from_dict({"request_id": str(request_id), "metadata": {"c": "x"}})
    assert track_metadata.sync_detailed(client=client, body=by_text).status_code == 200

    unknown = track_metadata.sync_detailed(
        client=client, body=TrackMetadataRequest.from_dict({"request_id": 999, "metadata": {"a": "b"}})
    )
    assert error_message(unknown, 400) == "Request log 999 not found"
    not_text = track_metadata.sync_detailed(
        client=client, body=TrackMetadataRequest.from_dict({"request_id": request_id, "metadata": {"n": 5}})
    )
    assert "metadata values must be strings" in error_message(not_text, 400)
    assert record(server, request_id)["metadata"] == {"a": "3", "b": "2", "c": "x"}


def test_track_score_stores_named_scores(server: LocalPromptLayer, client: AuthenticatedClient) -> None:
    request_id = add_log(client)
    ok(track_score.sync_detailed(client=client, body=TrackScoreRequest(request_id=request_id, score=70)))
    ok(
        track_score.sync_detailed(
            client=client, body=TrackScoreRequest(request_id=request_id, score=0, name="tone")
        )
    )
    ok(track_score.sync_detailed(client=client, body=TrackScoreRequest(request_id=request_id, score=100)))
    assert record(server, request_id)["scores"] == {"default": 100, "tone": 0}
    assert {"request_id": request_id, "name": "tone", "score": 0} in server.state.snapshot()["tracking"][
        "scores"
    ]

    unknown = track_score.sync_detailed(client=client, body=TrackScoreRequest(request_id=404, score=5))
    assert "Request log 404" in error_message(unknown, 400)


@pytest.mark.parametrize("score", [101, -1])
def test_track_score_out_of_range_is_refused(score: int) -> None:
    for validate in (True, False):  # the contract check, then the handler's own
        with LocalPromptLayer(api_key=API_KEY, validate=validate) as srv:
            with httpx.Client(base_url=srv.base_url, headers={"X-API-KEY": API_KEY}) as raw:
                assert raw.post("/log-request", json=log_body()).status_code == 201
                response = raw.post("/rest/track-score", json={"request_id": 1, "score": score})
            assert response.status_code == 422
            assert str(score) in response.json()["message"]
            assert srv.state.tracking.get(1)["scores"] == {}  # type: ignore[index]


def test_track_prompt_links_by_version_and_label(
    server: LocalPromptLayer, client: AuthenticatedClient
) -> None:
    request_id = add_log(client)
    body = TrackPromptRequest.from_dict(
        {
            "request_id": request_id,
            "prompt_name": "greeting",
            "version": 1,
            "prompt_input_variables": {"name": "X"},
        }
    )
    ok(track_prompt.sync_detailed(client=client, body=body))
    stored = record(server, request_id)
    assert (stored["prompt_name"], stored["prompt_version_number"]) == ("greeting", 1)
    assert stored["prompt_input_variables"] == {"name": "X"}
    assert stored["prompt_version"]["prompt_template"] == template(server, "greeting", 1)["prompt_template"]

    by_label = TrackPromptRequest.from_dict(
        {"request_id": request_id, "prompt_name": "greeting", "label": "prod"}
    )
    ok(track_prompt.sync_detailed(client=client, body=by_label))
    assert record(server, request_id)["prompt_version_number"] == 2


@pytest.mark.parametrize(
    ("body", "problem"),
    [
        ({"request_id": 999, "prompt_name": "greeting"}, "Request log 999 not found"),
        ({"request_id": 1, "prompt_name": "nope"}, "'nope' not found"),
        ({"request_id": 1, "prompt_name": "greeting", "version": 7}, "version 7 not found"),
        ({"request_id": 1, "prompt_name": "greeting", "label": "staging"}, "label 'staging' not found"),
    ],
)
def test_track_prompt_errors_are_400(
    server: LocalPromptLayer, client: AuthenticatedClient, body: dict[str, Any], problem: str
) -> None:
    add_log(client)
    response = track_prompt.sync_detailed(client=client, body=TrackPromptRequest.from_dict(body))
    assert problem in error_message(response, 400)
    assert record(server, 1)["prompt_name"] is None


def test_groups_collect_requests(server: LocalPromptLayer, client: AuthenticatedClient) -> None:
    first, second = add_log(client), add_log(client)
    group_a = ok(create_group.sync_detailed(client=client))
    group_b = ok(create_group.sync_detailed(client=client))
    assert group_a == {"success": True, "id": 1}
    assert group_b["id"] == 2
    ok(track_group.sync_detailed(client=client, body=TrackGroupRequest(request_id=first, group_id=1)))
    ok(track_group.sync_detailed(client=client, body=TrackGroupRequest(request_id=second, group_id=1)))
    ok(track_group.sync_detailed(client=client, body=TrackGroupRequest(request_id=second, group_id=2)))
    groups = {group["id"]: group["request_ids"] for group in server.state.snapshot()["tracking"]["groups"]}
    assert groups == {1: [first], 2: [second]}

    no_group = track_group.sync_detailed(client=client, body=TrackGroupRequest(request_id=first, group_id=3))
    assert "Group 3" in error_message(no_group, 400)
    no_request = track_group.sync_detailed(client=client, body=TrackGroupRequest(request_id=55, group_id=1))
    assert "Request log 55 not found" in error_message(no_request, 400)
    assert record(server, first)["group_id"] == 1


# -- search ---------------------------------------------------------------------------------------------

SEARCH_SEED = [
    {
        **log_body("What is the capital of France?", "Paris is the capital."),
        "id": 10,
        "tags": ["prod", "geo"],
        "metadata": {"user_id": "alice", "plan": "pro"},
        "input_tokens": 100,
        "output_tokens": 20,
        "price": 0.5,
        "request_start_time": "2024-03-01T10:00:00Z",
        "request_end_time": "2024-03-01T10:00:02Z",
        "prompt_name": "greeting",
        "prompt_input_variables": {"name": "Ada"},
    },
    {
        **log_body("Give me JSON", '{"answer": 42, "ok": true}'),
        "id": 11,
        "model": "claude-sonnet-4",
        "provider": "anthropic",
        "tags": ["dev"],
        "metadata": {"user_id": "bob"},
        "input_tokens": 50,
        "output_tokens": 10,
        "price": 0.05,
        "request_start_time": "2024-03-02T10:00:00Z",
        "request_end_time": "2024-03-02T10:00:00.500Z",
        "status": "WARNING",
    },
    {
        **log_body("Call a tool", ""),
        "id": 12,
        "output": {
            "type": "chat",
            "messages": [
                {
                    "role": "assistant",
                    "content": [],
                    "tool_calls": [
                        {"id": "c1", "type": "function", "function": {"name": "lookup", "arguments": "{}"}}
                    ],
                }
            ],
        },
        "input_tokens": 75,
        "output_tokens": 5,
        "price": 0.2,
        "request_start_time": "2024-03-03T10:00:00Z",
        "request_end_time": "2024-03-03T10:00:10Z",
        "status": "ERROR",
        "error_type": "PROVIDER_ERROR",
    },
]


@pytest.fixture
def search_server() -> Iterator[tuple[LocalPromptLayer, AuthenticatedClient]]:
    seed = {"prompt_templates": TEMPLATES, "request_logs": SEARCH_SEED}
    with (
        LocalPromptLayer(api_key=API_KEY, seed=seed) as running,
        AuthenticatedClient(
            base_url=running.base_url, token=API_KEY, prefix="", auth_header_name="X-API-KEY"
        ) as api,
    ):
        yield running, api


def search(client: AuthenticatedClient, status: int = 200, **body: Any) -> dict[str, Any]:
    response = search_request_logs.sync_detailed(client=client, body=SearchRequestLogsRequest.from_dict(body))
    return ok(response, status)


def ids(result: dict[str, Any]) -> list[int]:
    return [item["id"] for item in result["items"]]


def where(*filters: dict[str, Any], logic: str = "AND") -> dict[str, Any]:
    return {"filter_group": {"logic": logic, "filters": list(filters)}}


def test_search_defaults_to_newest_first_with_summaries(
    search_server: tuple[LocalPromptLayer, AuthenticatedClient],
) -> None:
    _, client = search_server
    result = search(client)
    assert ids(result) == [12, 11, 10]
    assert (result["page"], result["pages"], result["per_page"], result["total"]) == (1, 1, 10, 3)
    assert (result["has_next"], result["has_prev"], result["next_num"], result["prev_num"]) == (
        False,
        False,
        None,
        None,
    )
    oldest = result["items"][2]
    assert oldest["engine"] == "gpt-4o"
    assert oldest["provider_type"] == "openai"
    assert oldest["tags_array"] == ["prod", "geo"]
    assert oldest["metadata"] == [{"user_id": "alice"}, {"plan": "pro"}]
    assert oldest["latency"] == 2
    assert "prompt_name" not in oldest
    named = search(client, include_prompt_name=True)["items"]
    assert [item["prompt_name"] for item in named] == [None, None, "greeting"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (where({"field": "tags", "operator": "contains", "value": "prod"}), [10]),
        (where({"field": "tags", "operator": "in", "value": ["dev", "geo"]}), [11, 10]),
        (where({"field": "tags", "operator": "is_empty"}), [12]),
        (
            where({"field": "metadata", "operator": "key_equals", "nested_key": "user_id", "value": "bob"}),
            [11],
        ),
        (
            where(
                {"field": "metadata", "operator": "key_not_equals", "nested_key": "user_id", "value": "bob"}
            ),
            [12, 10],
        ),
        (where({"field": "metadata_keys", "operator": "contains", "value": "plan"}), [10]),
        (where({"field": "cost", "operator": "gte", "value": 0.2}), [12, 10]),
        (where({"field": "input_tokens", "operator": "between", "value": [60, 100]}), [12, 10]),
        (where({"field": "latency_ms", "operator": "lt", "value": 1000}), [11]),
        (where({"field": "engine", "operator": "is", "value": "claude-sonnet-4"}), [11]),
        (where({"field": "provider_type", "operator": "not_in", "value": ["anthropic"]}), [12, 10]),
        (where({"field": "status", "operator": "is_not", "value": "SUCCESS"}), [12, 11]),
        (
            where({"field": "request_start_time", "operator": "after", "value": "2024-03-01T12:00:00Z"}),
            [12, 11],
        ),
        (where({"field": "request_end_time", "operator": "before", "value": "2024-03-02T00:00:00Z"}), [10]),
        (where({"field": "input_text", "operator": "contains", "value": "CAPITAL"}), [10]),
        (where({"field": "output_text", "operator": "starts_with", "value": "paris"}), [10]),
        (where({"field": "is_json", "operator": "is_true"}), [11]),
        (where({"field": "output", "operator": "key_equals", "nested_key": "answer", "value": 42}), [11]),
        (where({"field": "output_keys", "operator": "contains", "value": "ok"}), [11]),
        (where({"field": "is_tool_call", "operator": "is_true"}), [12]),
        (where({"field": "tool_names", "operator": "contains", "value": "lookup"}), [12]),
        (where({"field": "is_plain_text", "operator": "is_true"}), [10]),
        (
            where(
                {"field": "input_variables", "operator": "key_equals", "nested_key": "name", "value": "Ada"}
            ),
            [10],
        ),
        (where({"field": "input_variable_keys", "operator": "is_not_empty"}), [10]),
        (where({"field": "prompt_id", "operator": "is_not_null"}), [10]),
        (where({"field": "pl_id", "operator": "eq", "value": 11}), [11]),
        (
            where(
                {"field": "status", "operator": "is", "value": "ERROR"},
                {
                    "logic": "AND",
                    "filters": [
                        {"field": "tags", "operator": "contains", "value": "prod"},
                        {"field": "cost", "operator": "gt", "value": 0.1},
                    ],
                },
                logic="OR",
            ),
            [12, 10],
        ),
        ({"q": "capit"}, [10]),
        ({"q": "give json"}, [11]),
        ({"q": "capital zebra"}, []),
    ],
)
def test_search_filters(
    search_server: tuple[LocalPromptLayer, AuthenticatedClient], query: dict[str, Any], expected: list[int]
) -> None:
    _, client = search_server
    assert ids(search(client, **query)) == expected


def test_search_sorts_and_pages(search_server: tuple[LocalPromptLayer, AuthenticatedClient]) -> None:
    _, client = search_server
    assert ids(search(client, sort_by="input_tokens", sort_order="asc")) == [11, 12, 10]
    assert ids(search(client, sort_by="cost", sort_order="desc")) == [10, 12, 11]
    assert ids(search(client, sort_by="latency_ms", sort_order="asc")) == [11, 10, 12]
    first = search(client, sort_by="input_tokens", sort_order="asc", per_page=2)
    assert ids(first) == [11, 12]
    assert (first["pages"], first["has_next"], first["next_num"], first["has_prev"]) == (2, True, 2, False)
    second = search(client, sort_by="input_tokens", sort_order="asc", per_page=2, page=2)
    assert ids(second) == [10]
    assert (second["has_next"], second["next_num"], second["has_prev"], second["prev_num"]) == (
        False,
        None,
        True,
        1,
    )
    beyond = search(client, per_page=2, page=5)
    assert (beyond["items"], beyond["total"], beyond["pages"]) == ([], 3, 2)


def test_search_after_tracking_sees_new_scores(
    search_server: tuple[LocalPromptLayer, AuthenticatedClient],
) -> None:
    _, client = search_server
    ok(track_score.sync_detailed(client=client, body=TrackScoreRequest(request_id=11, score=33, name="q")))
    item = search(client, **where({"field": "pl_id", "operator": "eq", "value": 11}))["items"][0]
    assert item["scores"] == [{"name": "q", "score": 33}]


@pytest.mark.parametrize(
    ("query", "problem"),
    [
        (where({"field": "user_intent", "operator": "is", "value": "curious"}), "user_intent"),
        (where({"field": "cost", "operator": "contains", "value": "1"}), "does not apply"),
        (where({"field": "metadata", "operator": "key_equals", "value": "x"}), "nested_key"),
        (where({"field": "cost", "operator": "gt", "value": "cheap"}), "number"),
        (where({"field": "tags", "operator": "in", "value": "prod"}), "array"),
        (where({"field": "request_start_time", "operator": "after", "value": "soon"}), "date-time"),
    ],
)
def test_search_rejects_filters_it_cannot_run(
    search_server: tuple[LocalPromptLayer, AuthenticatedClient], query: dict[str, Any], problem: str
) -> None:
    _, client = search_server
    assert problem in search(client, 400, **query)["message"]


def test_search_page_size_is_capped(search_server: tuple[LocalPromptLayer, AuthenticatedClient]) -> None:
    running, _ = search_server
    with httpx.Client(base_url=running.base_url, headers={"X-API-KEY": API_KEY}) as raw:
        assert raw.post("/api/public/v2/requests/search", json={"per_page": 26}).status_code == 422


# -- seeding and snapshots ------------------------------------------------------------------------------


def test_seeded_logs_keep_their_ids_and_new_ones_skip_them(
    search_server: tuple[LocalPromptLayer, AuthenticatedClient],
) -> None:
    running, client = search_server
    assert ok(get_request.sync_detailed(10, client=client))["model"] == "gpt-4o"
    assert [add_log(client) for _ in range(2)] == [1, 2]
    assert running.state.tracking.get(12)["source"] == "seed"  # type: ignore[index]
    snapshot = running.state.snapshot()["tracking"]
    assert [log["id"] for log in snapshot["request_logs"]] == [1, 2, 10, 11, 12]
    assert snapshot["metadata"]["10"] == {"user_id": "alice", "plan": "pro"}


@pytest.mark.parametrize(
    ("item", "problem"),
    [
        ({"provider": "openai"}, "Missing required field"),
        ({**log_body(), "id": 0}, "positive integer"),
        ({**log_body(), "prompt_name": "missing"}, "not found"),
    ],
)
def test_bad_seed_items_are_refused(item: dict[str, Any], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        LocalPromptLayer(api_key=API_KEY, seed={"request_logs": [item]})


def test_returned_records_are_copies(server: LocalPromptLayer, client: AuthenticatedClient) -> None:
    request_id = add_log(client, tags=["a"])
    copy_one = record(server, request_id)
    copy_one["tags"].append("mutated")
    assert record(server, request_id)["tags"] == ["a"]
