"""run_workflow against the local server: start once, poll with backoff, answer or fail clearly."""

from __future__ import annotations

from typing import Any

import pytest

from promptlayer import (
    PromptLayerAPIError,
    PromptLayerAPITimeoutError,
    PromptLayerInternalServerError,
    PromptLayerNotFoundError,
    PromptLayerValidationError,
)
from promptlayer.testing import Fault, LocalPromptLayer

SEED: dict[str, Any] = {
    "workflows": [
        {
            "name": "greeter",
            "versions": [
                {
                    "version_number": 1,
                    "labels": ["prod"],
                    "duration_seconds": 0.05,
                    "nodes": [
                        {"name": "draft", "is_output_node": False, "output_template": "draft for {name}"},
                        {"name": "greet", "is_output_node": True, "output_template": "Hello {name}"},
                    ],
                },
                {
                    "version_number": 2,
                    "duration_seconds": 0.05,
                    "nodes": [{"name": "greet", "is_output_node": True, "output_template": "Hi {name}, v2"}],
                },
            ],
        },
        {
            "name": "broken",
            "duration_seconds": 0.01,
            "nodes": [
                {"name": "step", "is_output_node": False, "output": "ok"},
                {
                    "name": "answer",
                    "is_output_node": True,
                    "status": "FAILED",
                    "error_message": "model refused",
                    "raw_error_message": "HTTP 400 from provider",
                },
            ],
        },
        {
            "name": "slow",
            "duration_seconds": 30,
            "nodes": [{"name": "out", "is_output_node": True, "output": 1}],
        },
    ]
}


@pytest.fixture
def promptlayer_seed() -> dict[str, Any]:
    return SEED


def runs(server: LocalPromptLayer) -> list[Any]:
    return server.requests_for("run_workflow")


def test_latest_version_final_output(pl: Any, server: LocalPromptLayer, sleeps: list[float]) -> None:
    assert pl.run_workflow("greeter", input_variables={"name": "Ada"}) == "Hi Ada, v2"
    assert len(runs(server)) == 1
    sent = runs(server)[0].json()
    assert sent["input_variables"] == {"name": "Ada"} and sent["return_all_outputs"] is False
    # Polled until done, the pauses doubling from 0.2 s.
    assert sleeps == [min(0.2 * 2**i, 5.0) for i in range(len(sleeps))]
    assert len(server.requests_for("get_workflow_version_execution_results")) == len(sleeps) + 1


def test_label_and_version_selection(pl: Any) -> None:
    assert pl.run_workflow("greeter", {"name": "Bo"}, workflow_label_name="prod") == "Hello Bo"
    assert pl.run_workflow("greeter", {"name": "Cy"}, workflow_version=2) == "Hi Cy, v2"
    assert (
        pl.run_workflow(workflow_name="greeter", input_variables={"name": "Di"}, workflow_version=1)
        == "Hello Di"
    )


def test_workflow_name_comes_before_timeout_positionally(pl: Any) -> None:
    # (workflow_id_or_name, input_variables, metadata, label, version, return_all_outputs, workflow_name)
    assert pl.run_workflow(None, {"name": "Fy"}, None, None, 1, False, "greeter") == "Hello Fy"


def test_all_outputs(pl: Any, server: LocalPromptLayer) -> None:
    result = pl.run_workflow("greeter", {"name": "Ada"}, workflow_version=1, return_all_outputs=True)
    assert set(result) == {"draft", "greet"}
    assert result["greet"]["value"] == "Hello Ada" and result["greet"]["is_output_node"] is True
    assert result["draft"]["value"] == "draft for Ada" and result["draft"]["status"] == "SUCCESS"
    polls = server.requests_for("get_workflow_version_execution_results")
    assert ("return_all_outputs", "true") in polls[-1].query


def test_failed_output_node_raises_with_the_node_errors(pl: Any) -> None:
    with pytest.raises(PromptLayerAPIError) as caught:
        pl.run_workflow("broken", metadata={"team": "a"})
    assert "model refused" in str(caught.value)
    assert caught.value.body["answer"]["status"] == "FAILED"
    assert caught.value.body["answer"]["raw_error_message"] == "HTTP 400 from provider"


def test_timeout_counts_the_pauses(pl: Any, sleeps: list[float]) -> None:
    with pytest.raises(PromptLayerAPITimeoutError, match="did not finish within 1 s"):
        pl.run_workflow("slow", timeout=1)
    assert sleeps == [0.2, 0.4]  # a third pause (0.8 s) would pass the 1 s limit


def test_unknown_workflow(pl: Any) -> None:
    with pytest.raises(PromptLayerNotFoundError):
        pl.run_workflow("nope")


def test_the_run_is_never_sent_twice(pl: Any, server: LocalPromptLayer, sleeps: list[float]) -> None:
    server.inject("run_workflow", Fault.server_error(500))
    with pytest.raises(PromptLayerInternalServerError):
        pl.run_workflow("greeter")
    assert len(runs(server)) == 1 and sleeps == []


def test_polls_are_retried(pl: Any, server: LocalPromptLayer) -> None:
    server.inject("get_workflow_version_execution_results", Fault.server_error(503), times=2)
    assert pl.run_workflow("greeter", {"name": "Ed"}) == "Hi Ed, v2"


@pytest.mark.parametrize(
    "kwargs",
    [
        {},
        {"workflow_id_or_name": ""},
        {"workflow_id_or_name": "greeter", "workflow_name": "other"},
        {"workflow_id_or_name": "greeter", "timeout": 0},
        {"workflow_id_or_name": "greeter", "input_variables": ["a"]},
        {"workflow_id_or_name": "greeter", "metadata": {"a": 1}},
        {"workflow_id_or_name": "greeter", "workflow_version": 0},
        {"workflow_id_or_name": "greeter", "workflow_label_name": "prod", "workflow_version": 1},
    ],
)
def test_invalid_arguments_send_nothing(pl: Any, server: LocalPromptLayer, kwargs: dict[str, Any]) -> None:
    with pytest.raises(PromptLayerValidationError):
        pl.run_workflow(**kwargs)
    assert server.requests == []


def test_without_throwing(make_client: Any) -> None:
    quiet = make_client(throw_on_error=False)
    assert quiet.run_workflow("nope") is None
    assert quiet.run_workflow("broken") is None
