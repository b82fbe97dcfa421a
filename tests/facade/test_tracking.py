"""log_request, track.* and group.create through both clients, checked against what the
local server received and what it stored.
"""

from __future__ import annotations

import json
import math
import os
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any

import pytest
from promptlayer_api.api.request_logs import get_request
from promptlayer_api.models import RequestLogDetailResponse

from promptlayer import (
    PromptLayerBadRequestError,
    PromptLayerNotFoundError,
    PromptLayerValidationError,
)
from promptlayer.testing import LocalPromptLayer

INPUT: dict[str, Any] = {
    "type": "chat",
    "input_variables": [],
    "messages": [{"role": "user", "content": [{"type": "text", "text": "Hi Ada, tell me about engines."}]}],
}
OUTPUT: dict[str, Any] = {
    "type": "chat",
    "input_variables": [],
    "messages": [
        {"role": "assistant", "content": [{"type": "text", "text": "Engines turn fuel into work."}]}
    ],
}
START = datetime(2024, 5, 1, 10, 0, 0, tzinfo=UTC)
START_EPOCH = 1_714_557_600  # START as epoch seconds
WELCOME_V1 = {
    "prompt_template": {
        "type": "chat",
        "input_variables": ["name", "topic"],
        "messages": [
            {"role": "system", "content": [{"type": "text", "text": "You are a concise assistant."}]},
            {"role": "user", "content": [{"type": "text", "text": "Hi {name}, tell me about {topic}."}]},
        ],
    },
    "commit_message": "v1",
    "metadata": {"model": {"provider": "openai", "name": "gpt-4o-mini", "parameters": {"temperature": 0.2}}},
}
WELCOME_V2 = {**WELCOME_V1, "commit_message": "v2"}


def log_args(**overrides: Any) -> dict[str, Any]:
    args: dict[str, Any] = {
        "provider": "openai",
        "model": "gpt-4o-mini",
        "input": INPUT,
        "output": OUTPUT,
        "request_start_time": START,
        "request_end_time": START + timedelta(seconds=1.5),
    }
    args.update(overrides)
    return args


def record(server: LocalPromptLayer, request_id: int) -> dict[str, Any]:
    found = server.state.tracking.get(request_id)
    assert found is not None, f"no request log {request_id} on the server"
    return found


def sent(server: LocalPromptLayer, operation_id: str) -> list[Any]:
    return [r.json() for r in server.requests_for(operation_id)]


@pytest.fixture
def india_time() -> Iterator[None]:
    """Local time is UTC+05:30 (a POSIX TZ rule, no tz database needed) for the test."""
    previous = os.environ.get("TZ")
    os.environ["TZ"] = "IST-05:30"
    time.tzset()
    try:
        yield
    finally:
        if previous is None:
            del os.environ["TZ"]
        else:
            os.environ["TZ"] = previous
        time.tzset()


# -- log_request ------------------------------------------------------------------------------


def test_log_request_with_every_field(pl: Any, server: LocalPromptLayer) -> None:
    result = pl.log_request(
        provider="anthropic",
        model="claude-sonnet-4",
        input=INPUT,
        output=OUTPUT,
        request_start_time=datetime(2024, 5, 1, 12, 0, 0, tzinfo=timezone(timedelta(hours=2))),
        request_end_time=datetime(2024, 5, 1, 10, 0, 1, 500000, tzinfo=UTC),
        parameters={"temperature": 0.5, "max_tokens": 256},
        tags=["prod", "chat"],
        metadata={"user": "ada", "session": "s-1"},
        prompt_name="welcome",
        prompt_version_number=1,
        prompt_input_variables={"name": "Ada", "topic": "engines"},
        input_tokens=12,
        output_tokens=34,
        price=0.0025,
        function_name="anthropic.messages.create",
        score=90,
        score_name="accuracy",
        api_type="messages",
        status="WARNING",
        error_type="PROVIDER_PARTIAL_RESPONSE",
        error_message="stream cut short",
    )
    assert result == {
        "id": 1,
        "prompt_version": WELCOME_V1,
        "status": "WARNING",
        "error_type": "PROVIDER_PARTIAL_RESPONSE",
        "error_message": "stream cut short",
    }
    assert sent(server, "log_request") == [
        {
            "provider": "anthropic",
            "model": "claude-sonnet-4",
            "input": INPUT,
            "output": OUTPUT,
            "request_start_time": "2024-05-01T10:00:00+00:00",
            "request_end_time": "2024-05-01T10:00:01.500000+00:00",
            "parameters": {"temperature": 0.5, "max_tokens": 256},
            "tags": ["prod", "chat"],
            "metadata": {"user": "ada", "session": "s-1"},
            "prompt_name": "welcome",
            "prompt_version_number": 1,
            "prompt_input_variables": {"name": "Ada", "topic": "engines"},
            "input_tokens": 12,
            "output_tokens": 34,
            "price": 0.0025,
            "function_name": "anthropic.messages.create",
            "score": 90,
            "score_name": "accuracy",
            "api_type": "messages",
            "status": "WARNING",
            "error_type": "PROVIDER_PARTIAL_RESPONSE",
            "error_message": "stream cut short",
        }
    ]
    stored = record(server, 1)
    expected = {
        "provider": "anthropic",
        "model": "claude-sonnet-4",
        "input": INPUT,
        "output": OUTPUT,
        "request_start_time": "2024-05-01T10:00:00Z",
        "request_end_time": "2024-05-01T10:00:01.500000Z",
        "request_start_epoch": float(START_EPOCH),
        "request_end_epoch": START_EPOCH + 1.5,
        "latency_ms": 1500.0,
        "parameters": {"temperature": 0.5, "max_tokens": 256},
        "tags": ["prod", "chat"],
        "metadata": {"user": "ada", "session": "s-1"},
        "prompt_id": 1,
        "prompt_name": "welcome",
        "prompt_version_number": 1,
        "prompt_version_id": 1,
        "prompt_version": WELCOME_V1,
        "prompt_input_variables": {"name": "Ada", "topic": "engines"},
        "input_tokens": 12,
        "output_tokens": 34,
        "price": 0.0025,
        "function_name": "anthropic.messages.create",
        "score": 90,
        "score_name": "accuracy",
        "scores": {"accuracy": 90},
        "api_type": "messages",
        "status": "WARNING",
        "error_type": "PROVIDER_PARTIAL_RESPONSE",
        "error_message": "stream cut short",
        "group_id": None,
    }
    assert {key: stored[key] for key in expected} == expected


def test_log_request_minimal_sends_the_documented_defaults(pl: Any, server: LocalPromptLayer) -> None:
    result = pl.log_request(**log_args())
    assert result == {
        "id": 1,
        "prompt_version": None,
        "status": "SUCCESS",
        "error_type": None,
        "error_message": None,
    }
    assert sent(server, "log_request") == [
        {
            "provider": "openai",
            "model": "gpt-4o-mini",
            "input": INPUT,
            "output": OUTPUT,
            "request_start_time": "2024-05-01T10:00:00+00:00",
            "request_end_time": "2024-05-01T10:00:01.500000+00:00",
            "parameters": {},
            "tags": [],
            "metadata": {},
            "prompt_input_variables": {},
            "input_tokens": 0,
            "output_tokens": 0,
            "price": 0.0,
            "function_name": "",
            "score": 0,
            "status": "SUCCESS",
        }
    ]
    stored = record(server, 1)
    assert stored["prompt_name"] is None
    assert stored["prompt_version"] is None
    assert stored["status"] == "SUCCESS"


def test_log_request_ids_increase(pl: Any, server: LocalPromptLayer) -> None:
    assert [pl.log_request(**log_args())["id"] for _ in range(3)] == [1, 2, 3]
    assert [log["id"] for log in server.state.snapshot()["tracking"]["request_logs"]] == [1, 2, 3]


@pytest.mark.parametrize(
    ("start", "end", "stored_start", "stored_end", "latency_ms"),
    [
        (START, START + timedelta(seconds=2), "2024-05-01T10:00:00Z", "2024-05-01T10:00:02Z", 2000.0),
        (
            datetime(2024, 5, 1, 12, 0, tzinfo=timezone(timedelta(hours=2))),
            datetime(2024, 5, 1, 3, 0, 0, 250000, tzinfo=timezone(timedelta(hours=-7))),
            "2024-05-01T10:00:00Z",
            "2024-05-01T10:00:00.250000Z",
            250.0,
        ),
        (START_EPOCH, START_EPOCH + 3, "2024-05-01T10:00:00Z", "2024-05-01T10:00:03Z", 3000.0),
        (
            START_EPOCH + 0.25,
            START_EPOCH + 0.75,
            "2024-05-01T10:00:00.250000Z",
            "2024-05-01T10:00:00.750000Z",
            500.0,
        ),
        (START, START_EPOCH + 1, "2024-05-01T10:00:00Z", "2024-05-01T10:00:01Z", 1000.0),
        (START_EPOCH, START, "2024-05-01T10:00:00Z", "2024-05-01T10:00:00Z", 0.0),
    ],
    ids=["utc", "offsets", "epoch-int", "epoch-float", "datetime-then-epoch", "same-instant"],
)
def test_log_request_timestamps(
    pl: Any,
    server: LocalPromptLayer,
    start: Any,
    end: Any,
    stored_start: str,
    stored_end: str,
    latency_ms: float,
) -> None:
    request_id = pl.log_request(**log_args(request_start_time=start, request_end_time=end))["id"]
    stored = record(server, request_id)
    assert (stored["request_start_time"], stored["request_end_time"]) == (stored_start, stored_end)
    assert stored["latency_ms"] == latency_ms


def test_log_request_naive_datetime_is_local_time(
    pl: Any, server: LocalPromptLayer, india_time: None
) -> None:
    naive_start = datetime(2024, 5, 1, 12, 0, 0)
    request_id = pl.log_request(
        **log_args(request_start_time=naive_start, request_end_time=naive_start + timedelta(seconds=4))
    )["id"]
    assert sent(server, "log_request")[0]["request_start_time"] == "2024-05-01T06:30:00+00:00"
    stored = record(server, request_id)
    assert stored["request_start_time"] == "2024-05-01T06:30:00Z"
    assert stored["request_end_time"] == "2024-05-01T06:30:04Z"
    assert stored["request_start_epoch"] == 1_714_545_000.0


def test_logged_request_reads_back_through_the_api(pl: Any, server: LocalPromptLayer, mode: str) -> None:
    request_id = pl.log_request(
        **log_args(
            request_start_time=START_EPOCH + 0.5,
            request_end_time=START + timedelta(seconds=2),
            parameters={"temperature": 0.1},
            input_tokens=7,
            output_tokens=5,
            price=0.5,
        )
    )["id"]
    if mode == "sync":
        response = get_request.sync_detailed(request_id, client=pl.api)
    else:  # the async view: await the generated client's coroutine on the test's loop
        response = pl._loop.run_until_complete(
            get_request.asyncio_detailed(request_id, client=pl._target.api)
        )
    assert response.status_code == 200
    parsed = response.parsed
    assert isinstance(parsed, RequestLogDetailResponse)
    assert parsed.request_start_time == START + timedelta(seconds=0.5)
    assert parsed.request_end_time == START + timedelta(seconds=2)
    data = json.loads(response.content)
    assert data["request_id"] == request_id
    assert (data["provider"], data["model"]) == ("openai", "gpt-4o-mini")
    assert (data["input_tokens"], data["output_tokens"], data["tokens"], data["price"]) == (7, 5, 12, 0.5)
    assert data["request_start_time"] == "2024-05-01T10:00:00.500000Z"
    assert data["request_end_time"] == "2024-05-01T10:00:02Z"
    assert data["latency_ms"] == 1500.0
    blueprint = data["prompt_blueprint"]
    assert blueprint["prompt_template"]["messages"] == INPUT["messages"] + OUTPUT["messages"]
    assert blueprint["metadata"]["model"] == {
        "provider": "openai",
        "name": "gpt-4o-mini",
        "parameters": {"temperature": 0.1},
    }


def test_log_request_links_a_template_by_id(pl: Any, server: LocalPromptLayer) -> None:
    result = pl.log_request(**log_args(prompt_id=1, prompt_version_number=2))
    assert result["prompt_version"] == WELCOME_V2
    stored = record(server, result["id"])
    assert (stored["prompt_id"], stored["prompt_name"], stored["prompt_version_number"]) == (1, "welcome", 2)
    assert sent(server, "log_request")[0]["prompt_id"] == 1


def test_log_request_links_the_latest_version_by_default(pl: Any, server: LocalPromptLayer) -> None:
    result = pl.log_request(**log_args(prompt_name="welcome"))
    assert result["prompt_version"] == WELCOME_V2
    assert record(server, result["id"])["prompt_version_number"] == 2


def test_log_request_unknown_template_is_not_found(pl: Any, server: LocalPromptLayer) -> None:
    with pytest.raises(PromptLayerNotFoundError) as caught:
        pl.log_request(**log_args(prompt_name="nope"))
    assert caught.value.status_code == 404
    assert str(caught.value) == "Error logging a request: HTTP 404: Prompt template 'nope' not found"
    with pytest.raises(PromptLayerNotFoundError) as caught:
        pl.log_request(**log_args(prompt_name="welcome", prompt_version_number=9))
    assert (
        str(caught.value)
        == "Error logging a request: HTTP 404: Prompt template 'welcome' version 9 not found"
    )
    assert server.state.snapshot()["tracking"]["request_logs"] == []


def test_log_request_error_status(pl: Any, server: LocalPromptLayer) -> None:
    result = pl.log_request(
        **log_args(status="ERROR", error_type="PROVIDER_RATE_LIMIT", error_message="429 from provider")
    )
    assert (result["status"], result["error_type"], result["error_message"]) == (
        "ERROR",
        "PROVIDER_RATE_LIMIT",
        "429 from provider",
    )
    stored = record(server, result["id"])
    assert (stored["status"], stored["error_type"], stored["error_message"]) == (
        "ERROR",
        "PROVIDER_RATE_LIMIT",
        "429 from provider",
    )


def test_log_request_long_error_message_is_cut_to_1024(pl: Any, server: LocalPromptLayer) -> None:
    message = "".join(str(i % 10) for i in range(3000))
    result = pl.log_request(**log_args(status="ERROR", error_type="UNKNOWN_ERROR", error_message=message))
    assert result["error_message"] == message[:1024]
    assert sent(server, "log_request")[0]["error_message"] == message[:1024]
    assert record(server, result["id"])["error_message"] == message[:1024]


def test_log_request_accepts_tuples_and_completion_templates(pl: Any, server: LocalPromptLayer) -> None:
    completion_in = {
        "type": "completion",
        "content": [{"type": "text", "text": "2+2="}],
        "input_variables": [],
    }
    completion_out = {"type": "completion", "content": [{"type": "text", "text": "4"}], "input_variables": []}
    result = pl.log_request(**log_args(input=completion_in, output=completion_out, tags=("a", "b")))
    stored = record(server, result["id"])
    assert stored["tags"] == ["a", "b"]
    assert (stored["input"], stored["output"]) == (completion_in, completion_out)


# -- track.* and group.create -----------------------------------------------------------------


def test_track_metadata(pl: Any, server: LocalPromptLayer) -> None:
    request_id = pl.log_request(**log_args(metadata={"user": "ada"}))["id"]
    assert pl.track.metadata(request_id, {"session": "s-9"}) is True
    assert pl.track.metadata(str(request_id), {"user": "grace"}) is True
    assert sent(server, "track_metadata") == [
        {"request_id": request_id, "metadata": {"session": "s-9"}},
        {"request_id": str(request_id), "metadata": {"user": "grace"}},
    ]
    assert server.state.snapshot()["tracking"]["metadata"] == {
        str(request_id): {"user": "grace", "session": "s-9"}
    }


def test_track_prompt_by_label_and_by_version(pl: Any, server: LocalPromptLayer) -> None:
    request_id = pl.log_request(**log_args())["id"]
    assert pl.track.prompt(request_id, "welcome", {"name": "Ada"}, label="prod") is True
    stored = record(server, request_id)
    assert (stored["prompt_name"], stored["prompt_version_number"]) == ("welcome", 2)
    assert stored["prompt_version"] == WELCOME_V2
    assert stored["prompt_input_variables"] == {"name": "Ada"}

    assert pl.track.prompt(request_id, "welcome", {"name": "Grace", "topic": "ships"}, version=1) is True
    stored = record(server, request_id)
    assert stored["prompt_version_number"] == 1
    assert stored["prompt_version"] == WELCOME_V1
    assert stored["prompt_input_variables"] == {"name": "Grace", "topic": "ships"}
    assert sent(server, "track_prompt") == [
        {
            "request_id": request_id,
            "prompt_name": "welcome",
            "prompt_input_variables": {"name": "Ada"},
            "label": "prod",
        },
        {
            "request_id": request_id,
            "prompt_name": "welcome",
            "prompt_input_variables": {"name": "Grace", "topic": "ships"},
            "version": 1,
        },
    ]


def test_track_prompt_unknown_template(pl: Any, server: LocalPromptLayer) -> None:
    request_id = pl.log_request(**log_args())["id"]
    with pytest.raises(PromptLayerBadRequestError) as caught:
        pl.track.prompt(request_id, "nope", {})
    assert caught.value.status_code == 400
    assert str(caught.value) == (
        f"Error linking a prompt template for request {request_id}: HTTP 400: "
        "Prompt template 'nope' not found"
    )


def test_track_score(pl: Any, server: LocalPromptLayer) -> None:
    request_id = pl.log_request(**log_args())["id"]
    assert pl.track.score(request_id, 70) is True
    assert pl.track.score(str(request_id), 100, score_name="accuracy") is True
    assert pl.track.score(request_id, 0, "accuracy") is True
    assert sent(server, "track_score") == [
        {"request_id": request_id, "score": 70},
        {"request_id": request_id, "score": 100, "name": "accuracy"},
        {"request_id": request_id, "score": 0, "name": "accuracy"},
    ]
    assert record(server, request_id)["scores"] == {"default": 70, "accuracy": 0}


def test_group_create_and_track_group(pl: Any, server: LocalPromptLayer) -> None:
    first = pl.log_request(**log_args())["id"]
    second = pl.log_request(**log_args())["id"]
    group = pl.group.create()
    other = pl.group.create()
    assert (group, other) == (1, 2)
    assert [r.body for r in server.requests_for("create_group")] == [b"", b""]
    assert pl.track.group(first, group) is True
    assert pl.track.group(str(second), group) is True
    assert sent(server, "track_group") == [
        {"request_id": first, "group_id": group},
        {"request_id": second, "group_id": group},
    ]
    groups = server.state.snapshot()["tracking"]["groups"]
    assert [(g["id"], g["request_ids"]) for g in groups] == [(1, [first, second]), (2, [])]


def test_track_group_unknown_group(pl: Any, server: LocalPromptLayer) -> None:
    request_id = pl.log_request(**log_args())["id"]
    with pytest.raises(PromptLayerBadRequestError) as caught:
        pl.track.group(request_id, 42)
    assert str(caught.value) == (
        f"Error adding a request to a group for request {request_id}: HTTP 400: "
        "Group 42 not found; create it with /create-group first"
    )


@pytest.mark.parametrize(
    ("call", "action"),
    [
        (lambda pl: pl.track.metadata(999, {"a": "b"}), "tracking metadata"),
        (lambda pl: pl.track.prompt(999, "welcome", {}), "linking a prompt template"),
        (lambda pl: pl.track.score(999, 50), "tracking a score"),
        (lambda pl: pl.track.group(999, 1), "adding a request to a group"),
    ],
    ids=["metadata", "prompt", "score", "group"],
)
def test_tracking_an_unknown_request_is_a_bad_request(
    pl: Any, server: LocalPromptLayer, call: Callable[[Any], Any], action: str
) -> None:
    """The API documents 400 ("the payload was rejected") for an unknown request id."""
    pl.group.create()
    with pytest.raises(PromptLayerBadRequestError) as caught:
        call(pl)
    error = caught.value
    assert error.status_code == 400
    assert error.body == {"success": False, "message": "Request log 999 not found"}
    assert str(error) == f"Error {action} for request 999: HTTP 400: Request log 999 not found"


# -- invalid arguments: PromptLayerValidationError, nothing sent ------------------------------

NOT_A_TEMPLATE: list[Any] = [None, "hello", {"messages": []}, {"type": "image"}, [INPUT]]

INVALID_LOGS: list[tuple[str, dict[str, Any]]] = [
    ("end before start", {"request_end_time": START - timedelta(microseconds=1)}),
    ("end before start (epoch)", {"request_start_time": START_EPOCH + 1, "request_end_time": START_EPOCH}),
    ("start as text", {"request_start_time": "2024-05-01T10:00:00Z"}),
    ("start None", {"request_start_time": None}),
    ("start bool", {"request_start_time": True}),
    ("start NaN", {"request_start_time": math.nan}),
    ("end infinite", {"request_end_time": math.inf}),
    ("start out of range", {"request_start_time": 1e20, "request_end_time": 1e20}),
    ("provider empty", {"provider": ""}),
    ("provider None", {"provider": None}),
    ("model number", {"model": 4}),
    *[(f"input {value!r}", {"input": value}) for value in NOT_A_TEMPLATE],
    ("output None", {"output": None}),
    ("parameters list", {"parameters": [("temperature", 1)]}),
    ("tags string", {"tags": "prod"}),
    ("tags numbers", {"tags": ["a", 1]}),
    ("tags int", {"tags": 5}),
    ("metadata int value", {"metadata": {"user": 1}}),
    ("metadata None value", {"metadata": {"user": None}}),
    ("metadata int key", {"metadata": {1: "a"}}),
    ("metadata list", {"metadata": ["a"]}),
    ("prompt_name empty", {"prompt_name": ""}),
    ("prompt_version_number 0", {"prompt_name": "welcome", "prompt_version_number": 0}),
    ("prompt_version_number text", {"prompt_name": "welcome", "prompt_version_number": "1"}),
    ("prompt_id 0", {"prompt_id": 0}),
    ("prompt_id text", {"prompt_id": "welcome"}),
    ("prompt_input_variables list", {"prompt_input_variables": ["name"]}),
    ("input_tokens -1", {"input_tokens": -1}),
    ("output_tokens 1.5", {"output_tokens": 1.5}),
    ("input_tokens bool", {"input_tokens": True}),
    ("price -0.01", {"price": -0.01}),
    ("price text", {"price": "0.1"}),
    ("price NaN", {"price": math.nan}),
    ("price infinite", {"price": math.inf}),
    ("function_name None", {"function_name": None}),
    ("score 101", {"score": 101}),
    ("score -1", {"score": -1}),
    ("score '90'", {"score": "90"}),
    ("score 9.5", {"score": 9.5}),
    ("score bool", {"score": True}),
    ("score_name empty", {"score_name": ""}),
    ("api_type number", {"api_type": 1}),
    ("status unknown", {"status": "OK"}),
    ("status lower case", {"status": "success"}),
    ("error_type unknown", {"error_type": "TIMEOUT"}),
    ("error_message empty", {"error_message": ""}),
    ("error_message number", {"error_message": 500}),
]


@pytest.mark.parametrize(
    "overrides", [args for _, args in INVALID_LOGS], ids=[name for name, _ in INVALID_LOGS]
)
def test_invalid_log_request_raises_before_sending(
    pl: Any, server: LocalPromptLayer, overrides: dict[str, Any]
) -> None:
    with pytest.raises(PromptLayerValidationError):
        pl.log_request(**log_args(**overrides))
    assert server.requests == []


NOT_JSON: list[tuple[str, Callable[[Any], Any]]] = [
    ("log: NaN parameter", lambda pl: pl.log_request(**log_args(parameters={"temperature": math.nan}))),
    ("log: object variable", lambda pl: pl.log_request(**log_args(prompt_input_variables={"x": object()}))),
    ("log: infinite in input", lambda pl: pl.log_request(**log_args(input={**INPUT, "extra": math.inf}))),
    ("log: set parameter", lambda pl: pl.log_request(**log_args(parameters={"stop": {"a"}}))),
    ("prompt: object variable", lambda pl: pl.track.prompt(1, "welcome", {"when": object()})),
]


@pytest.mark.parametrize("throw_on_error", [True, False])
@pytest.mark.parametrize("call", [c for _, c in NOT_JSON], ids=[name for name, _ in NOT_JSON])
def test_values_json_cannot_carry_raise_validation_error(
    make_client: Any, server: LocalPromptLayer, call: Callable[[Any], Any], throw_on_error: bool
) -> None:
    pl = make_client(throw_on_error=throw_on_error)
    with pytest.raises(PromptLayerValidationError):
        call(pl)
    assert server.requests == []


INVALID_TRACKING: list[tuple[str, Callable[[Any], Any]]] = [
    ("metadata: empty", lambda pl: pl.track.metadata(1, {})),
    ("metadata: int value", lambda pl: pl.track.metadata(1, {"a": 1})),
    ("metadata: int key", lambda pl: pl.track.metadata(1, {2: "b"})),
    ("metadata: not a dict", lambda pl: pl.track.metadata(1, "a=b")),
    ("metadata: request id 0", lambda pl: pl.track.metadata(0, {"a": "b"})),
    ("metadata: request id None", lambda pl: pl.track.metadata(None, {"a": "b"})),
    ("metadata: request id bool", lambda pl: pl.track.metadata(True, {"a": "b"})),
    ("metadata: request id empty", lambda pl: pl.track.metadata("", {"a": "b"})),
    ("prompt: empty name", lambda pl: pl.track.prompt(1, "", {})),
    ("prompt: variables list", lambda pl: pl.track.prompt(1, "welcome", ["name"])),
    ("prompt: version and label", lambda pl: pl.track.prompt(1, "welcome", {}, version=1, label="prod")),
    ("prompt: version 0", lambda pl: pl.track.prompt(1, "welcome", {}, version=0)),
    ("prompt: version text", lambda pl: pl.track.prompt(1, "welcome", {}, version="1")),
    ("prompt: empty label", lambda pl: pl.track.prompt(1, "welcome", {}, label="")),
    ("prompt: request id -1", lambda pl: pl.track.prompt(-1, "welcome", {})),
    ("score: 101", lambda pl: pl.track.score(1, 101)),
    ("score: -1", lambda pl: pl.track.score(1, -1)),
    ("score: '90'", lambda pl: pl.track.score(1, "90")),
    ("score: 50.0", lambda pl: pl.track.score(1, 50.0)),
    ("score: bool", lambda pl: pl.track.score(1, False)),
    ("score: empty name", lambda pl: pl.track.score(1, 50, "")),
    ("score: request id 0", lambda pl: pl.track.score(0, 50)),
    ("score: request id text", lambda pl: pl.track.score("abc", 50)),
    ("group: group 0", lambda pl: pl.track.group(1, 0)),
    ("group: group text", lambda pl: pl.track.group(1, "x")),
    ("group: group None", lambda pl: pl.track.group(1, None)),
    ("group: request id -5", lambda pl: pl.track.group(-5, 1)),
]


@pytest.mark.parametrize("call", [c for _, c in INVALID_TRACKING], ids=[name for name, _ in INVALID_TRACKING])
def test_invalid_tracking_raises_before_sending(
    pl: Any, server: LocalPromptLayer, call: Callable[[Any], Any]
) -> None:
    with pytest.raises(PromptLayerValidationError):
        call(pl)
    assert server.requests == []


def test_validation_message_names_the_argument(pl: Any, server: LocalPromptLayer) -> None:
    with pytest.raises(PromptLayerValidationError) as caught:
        pl.track.score(1, 101)
    assert str(caught.value) == "score must be an integer from 0 to 100, got 101 (int)"
    with pytest.raises(PromptLayerValidationError) as caught:
        pl.log_request(**log_args(status="OK"))
    assert str(caught.value) == "status must be one of SUCCESS, WARNING, ERROR, got 'OK' (str)"
    with pytest.raises(PromptLayerValidationError) as caught:
        pl.log_request(**log_args(request_end_time=START - timedelta(seconds=1)))
    assert str(caught.value) == "request_end_time is before request_start_time"
    with pytest.raises(PromptLayerValidationError) as caught:
        pl.log_request(**log_args(prompt_name="welcome", prompt_version_number=0))
    assert str(caught.value).startswith("prompt_version_number must be a positive integer")
    assert server.requests == []
