"""Workflows written through the API (create_workflow, patch_workflow_version) on the local server.

Each test runs through the generated client's sync and async functions. Runs are completed with
the store's `finish_running` instead of waiting out their duration.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from typing import Any

import pytest
from promptlayer_api.api.workflows import (
    create_workflow,
    get_workflow,
    get_workflow_version_execution_results,
    list_workflow_labels,
    list_workflows,
    patch_workflow_version,
    run_workflow,
)
from promptlayer_api.models import (
    CreateWorkflowRequest,
    ErrorResponse,
    ExternalIdErrorResponse,
    GetWorkflowResponse,
    HTTPValidationError,
    RunWorkflowRequest,
    RunWorkflowResponse,
    UpdateWorkflowRequest,
    WorkflowInputVariableTypes,
    WorkflowVersionCreatedResponse,
    WorkflowVersionNodeSummary,
)

from promptlayer.testing import LocalPromptLayer

from .generated_api import Api as Caller
from .generated_api import body

KEY = "workflow-versions-test-key"
SEED: dict[str, Any] = {
    "workflows": [
        {
            "name": "seeded",
            "nodes": [
                {"name": "greet", "is_output_node": True, "output_template": "Hello {name}"},
            ],
        }
    ]
}


def variable(name: str, value: Any, output: bool = False, **extra: Any) -> dict[str, Any]:
    return {
        "name": name,
        "node_type": "VARIABLE",
        "is_output_node": output,
        "configuration": {"value": {"type": "string", "value": value}},
        **extra,
    }


EDGE = {
    "source_node_name": "a",
    "target_node_name": "b",
    "is_and": True,
    "conditionals": [{"position": 0, "operator": "is_not_null", "left_config": {}, "right_config": {}}],
}


@pytest.fixture
def call(mode: str, loop: asyncio.AbstractEventLoop) -> Iterator[Caller]:
    with LocalPromptLayer(api_key=KEY, seed=SEED) as server, Caller(server, mode, loop) as caller:
        yield caller


def create(call: Caller, **fields: Any) -> Any:
    return call(create_workflow, body=CreateWorkflowRequest.from_dict(fields))


def patch(call: Caller, workflow: str, **fields: Any) -> Any:
    return call(patch_workflow_version, workflow, body=UpdateWorkflowRequest.from_dict(fields))


def created(response: Any) -> WorkflowVersionCreatedResponse:
    assert response.status_code == 201, response.content
    assert isinstance(response.parsed, WorkflowVersionCreatedResponse)
    return response.parsed


def nodes(answer: WorkflowVersionCreatedResponse) -> list[WorkflowVersionNodeSummary]:
    assert isinstance(answer.nodes, list)
    return answer.nodes


def run_to_end(call: Caller, workflow: str, **fields: Any) -> Any:
    """Start a run, complete it at once through the store, and answer its final output."""
    started = call(run_workflow, workflow, body=RunWorkflowRequest.from_dict(fields))
    assert started.status_code == 201, started.content
    assert isinstance(started.parsed, RunWorkflowResponse)
    workflows = call.server.state.workflows
    assert call.server.call(lambda: workflows.finish_running(time.time())) == 1
    result = call(
        get_workflow_version_execution_results,
        workflow_version_execution_id=started.parsed.workflow_version_execution_id,
    )
    assert result.status_code == 200, result.content
    return body(result)


def test_create_is_seen_by_get_list_labels_and_run(call: Caller) -> None:
    answer = created(
        create(
            call,
            name="pair",
            commit_message="first",
            nodes=[variable("a", "x"), variable("b", "Hello, World!", output=True, dependencies=["a"])],
            edges=[EDGE],
            required_input_variables={"topic": "string"},
            release_labels=["production"],
        )
    )
    assert (answer.workflow_name, answer.version_number, answer.base_version) == ("pair", 1, None)
    assert answer.release_labels == ["production"]
    assert [(n.name, n.node_type, n.is_output_node) for n in nodes(answer)] == [
        ("a", "VARIABLE", False),
        ("b", "VARIABLE", True),
    ]

    fetched = call(get_workflow, "pair", label="production")
    assert isinstance(fetched.parsed, GetWorkflowResponse)
    assert (fetched.parsed.workflow_id, fetched.parsed.workflow_version_id) == (
        answer.workflow_id,
        answer.workflow_version_id,
    )
    assert fetched.parsed.commit_message == "first"
    assert body(fetched)["nodes"][1]["configuration"] == {
        "value": {"type": "string", "value": "Hello, World!"}
    }
    assert body(fetched)["nodes"][1]["dependencies"] == ["a"]
    assert [(e["source_node_name"], e["target_node_name"]) for e in body(fetched)["edges"]] == [("a", "b")]
    assert body(fetched)["required_input_variables"] == {"topic": "string"}

    listed = {item["name"]: item for item in body(call(list_workflows))["items"]}
    assert (listed["pair"]["latest_version_number"], listed["pair"]["release_labels"]) == (1, ["production"])
    labels = body(call(list_workflow_labels, str(answer.workflow_id)))["release_labels"]
    assert [(lb["release_label"], lb["workflow_version_id"]) for lb in labels] == [
        ("production", answer.workflow_version_id)
    ]
    assert run_to_end(call, "pair", input_variables={"topic": "t"}) == "Hello, World!"


def test_create_adds_versions_and_moves_labels(call: Caller) -> None:
    first = created(create(call, nodes=[variable("out", "one", output=True)], release_labels=["production"]))
    assert first.workflow_name.startswith("workflow-")  # a name is made up when none is given
    second = created(
        create(
            call,
            workflow_name=first.workflow_name,
            nodes=[variable("out", "two", output=True)],
            release_labels=["production", "staging"],
        )
    )
    assert (second.workflow_id, second.version_number) == (first.workflow_id, 2)
    labels = body(call(list_workflow_labels, first.workflow_name))["release_labels"]
    assert {lb["release_label"]: lb["workflow_version_number"] for lb in labels} == {
        "production": 2,
        "staging": 2,
    }
    assert body(call(get_workflow, first.workflow_name, version=1))["release_labels"] == []
    assert run_to_end(call, first.workflow_name, workflow_label_name="production") == "two"
    assert run_to_end(call, str(first.workflow_id), workflow_version_number=1) == "one"


def test_patch_changes_nodes_of_a_base_version(call: Caller) -> None:
    made = created(
        create(call, name="p", nodes=[variable("a", "x"), variable("b", "old", output=True)], edges=[EDGE])
    )
    patched = created(
        patch(
            call,
            "p",
            commit_message="swap",
            nodes={
                "a": None,
                "b": {"configuration": {"value": {"value": "new"}}, "dependencies": ["c"]},
                "c": {"node_type": "CODE_EXECUTION", "configuration": {"code": "1"}},
            },
            release_labels=["live"],
        )
    )
    assert (patched.workflow_id, patched.version_number, patched.base_version) == (made.workflow_id, 2, 1)
    assert [n.name for n in nodes(patched)] == ["b", "c"]
    latest = body(call(get_workflow, "p"))
    assert latest["edges"] == []  # the edge from the removed node went with it
    assert latest["nodes"][0]["configuration"] == {"value": {"type": "string", "value": "new"}}  # deep merge
    assert latest["nodes"][0]["dependencies"] == ["c"]
    assert (latest["commit_message"], latest["release_labels"]) == ("swap", ["live"])
    assert run_to_end(call, "p", workflow_label_name="live") == "new"

    branch = created(
        patch(
            call,
            str(made.workflow_id),
            base_version=1,
            nodes={"b": {"is_output_node": False}, "a": {"is_output_node": True}},
        )
    )
    assert (branch.version_number, branch.base_version) == (3, 1)
    assert [e["source_node_name"] for e in body(call(get_workflow, "p"))["edges"]] == ["a"]  # kept
    assert run_to_end(call, "p") == "x"


def test_patch_keeps_a_seeded_node_s_behaviour(call: Caller) -> None:
    patched = created(
        patch(call, "seeded", nodes={"note": {"node_type": "VARIABLE", "configuration": {"value": 3}}})
    )
    assert isinstance(patched.required_input_variables, WorkflowInputVariableTypes)
    assert patched.required_input_variables.to_dict() == {"name": "string"}
    assert run_to_end(call, "seeded", input_variables={"name": "Ann"}) == "Hello Ann"


def test_errors(call: Caller) -> None:
    def refused(response: Any, status: int, text: str) -> None:
        assert response.status_code == status, response.content
        assert text in body(response)["message"]

    no_output = create(call, name="w", nodes=[variable("a", 1)])
    refused(no_output, 400, "is_output_node")
    assert isinstance(no_output.parsed, ErrorResponse)
    refused(create(call, name="w", nodes=[variable("b", 1, output=True)], edges=[EDGE]), 400, "unknown node")
    refused(create(call, name="seeded", nodes=[variable("a", 1, output=True)]), 400, "already exists")
    refused(create(call, workflow_id=999, nodes=[variable("a", 1, output=True)]), 404, "999")
    refused(patch(call, "nobody", nodes={}), 404, "nobody")
    refused(patch(call, "seeded", nodes={"ghost": None}), 400, "ghost")
    refused(patch(call, "seeded", nodes={"new": {"configuration": {}}}), 400, "node_type")
    refused(patch(call, "seeded", nodes={"greet": None}), 400, "'nodes' must be a non-empty list")
    refused(patch(call, "seeded", base_version=9), 404, "9")

    create(
        call,
        name="owner",
        nodes=[variable("a", 1, output=True)],
        external_ids=[{"source": "s", "external_id": "1"}],
    )
    conflict = create(
        call,
        workflow_name="seeded",
        nodes=[variable("a", 1, output=True)],
        external_ids=[{"source": "s", "external_id": "1"}],
    )
    assert conflict.status_code == 409
    assert isinstance(conflict.parsed, ExternalIdErrorResponse)
    assert body(call(get_workflow, "seeded"))["version"] == 1  # nothing was added

    bad = create(call, nodes=[variable("", 1, output=True)])
    assert bad.status_code == 422  # the contract: a node name has at least one character
    assert isinstance(bad.parsed, HTTPValidationError)
    assert [w["name"] for w in body(call(list_workflows))["items"]].count("seeded") == 1
    assert not call.server.contract_errors
