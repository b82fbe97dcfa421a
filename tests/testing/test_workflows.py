"""Workflows on the local server, driven through the generated client over real sockets."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from promptlayer_api import AuthenticatedClient
from promptlayer_api.api.workflows import (
    get_workflow,
    get_workflow_version_execution_results,
    list_workflow_labels,
    list_workflows,
    run_workflow,
)
from promptlayer_api.models import (
    ErrorResponse,
    GetWorkflowResponse,
    ListWorkflowLabelsResponse,
    ListWorkflowsResponse,
    RunWorkflowRequest,
    RunWorkflowResponse,
    WorkflowListError,
    WorkflowSortField,
    WorkflowSortOrder,
)
from promptlayer_api.types import Response

from promptlayer.testing import LocalPromptLayer
from promptlayer.testing._state import State

KEY = "workflow-test-key"
SLOW = 0.4  # long enough to catch a run in progress, short enough to poll through
SEED: dict[str, Any] = {
    "workflows": [
        {
            "name": "greeter",
            "created_by_email": "ann@example.com",
            "external_ids": [{"source": "git", "external_id": "greeter-1"}],
            "versions": [
                {
                    "labels": ["staging"],
                    "commit_message": "first",
                    "duration_seconds": 0.01,
                    "nodes": [{"name": "greet", "is_output_node": True, "output_template": "Hello {name}"}],
                },
                {
                    "labels": ["production"],
                    "duration_seconds": SLOW,
                    "nodes": [
                        {"name": "lookup", "node_type": "VARIABLE", "output": {"tier": "gold"}},
                        {
                            "name": "reply",
                            "node_type": "PROMPT_TEMPLATE",
                            "is_output_node": True,
                            "output_template": "Hi {name}, welcome back",
                            "dependencies": ["lookup"],
                            "configuration": {"template": {"name": "welcome"}},
                        },
                    ],
                    "edges": [{"source_node_name": "lookup", "target_node_name": "reply"}],
                },
            ],
        },
        {
            "name": "flaky",
            "duration_seconds": 0.01,
            "nodes": [
                {"name": "draft", "is_output_node": True, "output": "draft"},
                {"name": "ok", "is_output_node": True, "output": [1, 2, 3]},
                {
                    "name": "broken",
                    "is_output_node": True,
                    "status": "FAILED",
                    "error_message": "Rate limited by provider",
                    "raw_error_message": "openai.RateLimitError: 429",
                },
            ],
        },
        {
            "name": "doomed",
            "duration_seconds": 0.01,
            "nodes": [{"name": "only", "is_output_node": True, "status": "FAILED", "error_message": "boom"}],
        },
    ]
}


@pytest.fixture
def server() -> Iterator[LocalPromptLayer]:
    with LocalPromptLayer(api_key=KEY, seed=SEED) as running:
        yield running


@pytest.fixture
def client(server: LocalPromptLayer) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url=server.base_url, token=server.api_key, prefix="", auth_header_name="X-API-KEY"
    )


def body(response: Response[Any]) -> Any:
    return json.loads(response.content)


def run(client: AuthenticatedClient, workflow: str, **fields: Any) -> int:
    response = run_workflow.sync_detailed(workflow, client=client, body=RunWorkflowRequest.from_dict(fields))
    assert response.status_code == 201, response.content
    assert isinstance(response.parsed, RunWorkflowResponse)
    return response.parsed.workflow_version_execution_id


def wait_for_results(client: AuthenticatedClient, execution_id: int, all_outputs: bool = False) -> Any:
    """Poll until the execution answers 200; fail after a deadline."""
    deadline = time.monotonic() + 5
    while True:
        response = get_workflow_version_execution_results.sync_detailed(
            client=client, workflow_version_execution_id=execution_id, return_all_outputs=all_outputs
        )
        if response.status_code == 200:
            return body(response)
        assert response.status_code == 202, response.content
        assert time.monotonic() < deadline, "workflow execution did not finish"
        time.sleep(0.02)


# -- listing -----------------------------------------------------------------------------------


def test_list_workflows_summarises_each_workflow(client: AuthenticatedClient) -> None:
    response = list_workflows.sync_detailed(client=client)
    assert response.status_code == 200
    page = response.parsed
    assert isinstance(page, ListWorkflowsResponse)
    assert [item.name for item in page.items] == ["doomed", "flaky", "greeter"]  # newest first
    greeter = page.items[2]
    assert greeter.latest_version_number == 2
    assert greeter.release_labels == ["production", "staging"]
    assert greeter.is_deleted is False
    assert body(response)["items"][2]["external_ids"] == [{"source": "git", "external_id": "greeter-1"}]
    assert (page.page, page.per_page, page.total, page.pages) == (1, 30, 3, 1)
    assert (page.has_next, page.has_prev, page.next_num, page.prev_num) == (False, False, None, None)


def test_list_workflows_pages_sorts_and_filters(client: AuthenticatedClient) -> None:
    second = list_workflows.sync_detailed(
        client=client, page=2, per_page=1, sort_by=WorkflowSortField.NAME, sort_order=WorkflowSortOrder.ASC
    ).parsed
    assert isinstance(second, ListWorkflowsResponse)
    assert [item.name for item in second.items] == ["flaky"]
    assert (second.pages, second.has_next, second.has_prev, second.next_num, second.prev_num) == (
        3,
        True,
        True,
        3,
        1,
    )

    by_email = list_workflows.sync_detailed(client=client, created_by_email="ann@example.com").parsed
    assert isinstance(by_email, ListWorkflowsResponse)
    assert [item.name for item in by_email.items] == ["greeter"]

    by_external = list_workflows.sync_detailed(
        client=client, external_source="git", external_id="greeter-1"
    ).parsed
    assert isinstance(by_external, ListWorkflowsResponse)
    assert [item.name for item in by_external.items] == ["greeter"]

    now = datetime.now(UTC)
    future = list_workflows.sync_detailed(client=client, created_after=now + timedelta(minutes=1)).parsed
    assert isinstance(future, ListWorkflowsResponse)
    assert (future.items, future.total, future.pages) == ([], 0, 0)
    past = list_workflows.sync_detailed(
        client=client, created_after=now - timedelta(minutes=1), updated_before=now + timedelta(minutes=1)
    ).parsed
    assert isinstance(past, ListWorkflowsResponse)
    assert past.total == 3

    beyond = list_workflows.sync_detailed(client=client, page=9).parsed
    assert isinstance(beyond, ListWorkflowsResponse)
    assert (beyond.items, beyond.total, beyond.has_prev) == ([], 3, True)


def test_list_workflows_rejects_half_an_external_id(client: AuthenticatedClient) -> None:
    response = list_workflows.sync_detailed(client=client, external_source="git")
    assert response.status_code == 400
    assert isinstance(response.parsed, WorkflowListError)
    assert "external_id" in response.parsed.message


# -- one workflow ------------------------------------------------------------------------------


def test_get_workflow_latest_by_name_and_by_id(client: AuthenticatedClient) -> None:
    by_name = get_workflow.sync_detailed("greeter", client=client)
    assert by_name.status_code == 200
    latest = by_name.parsed
    assert isinstance(latest, GetWorkflowResponse)
    assert (latest.workflow_name, latest.version, latest.release_labels) == ("greeter", 2, ["production"])
    assert [node.name for node in latest.nodes] == ["lookup", "reply"]
    reply = latest.nodes[1]
    assert (reply.node_type, reply.is_output_node, reply.dependencies) == (
        "PROMPT_TEMPLATE",
        True,
        ["lookup"],
    )
    assert body(by_name)["nodes"][1]["configuration"] == {"template": {"name": "welcome"}}
    assert [(e.source_node_name, e.target_node_name) for e in latest.edges] == [("lookup", "reply")]
    assert body(by_name)["required_input_variables"] == {"name": "string"}

    by_id = get_workflow.sync_detailed(str(latest.workflow_id), client=client)
    assert body(by_id) == body(by_name)


def test_get_workflow_by_version_and_label(client: AuthenticatedClient) -> None:
    first = get_workflow.sync_detailed("greeter", client=client, version=1).parsed
    assert isinstance(first, GetWorkflowResponse)
    assert (first.version, first.commit_message, first.release_labels) == (1, "first", ["staging"])
    staged = get_workflow.sync_detailed("greeter", client=client, label="staging").parsed
    assert isinstance(staged, GetWorkflowResponse)
    assert staged.workflow_version_id == first.workflow_version_id


def test_get_workflow_errors(client: AuthenticatedClient) -> None:
    assert get_workflow.sync_detailed("nobody", client=client).status_code == 404
    assert get_workflow.sync_detailed("greeter", client=client, version=7).status_code == 404
    missing_label = get_workflow.sync_detailed("greeter", client=client, label="canary")
    assert missing_label.status_code == 404
    assert "canary" in body(missing_label)["message"]
    both = get_workflow.sync_detailed("greeter", client=client, version=1, label="staging")
    assert both.status_code == 422
    assert "not both" in body(both)["message"]


def test_list_workflow_labels(client: AuthenticatedClient) -> None:
    response = list_workflow_labels.sync_detailed("greeter", client=client)
    assert response.status_code == 200
    labels = response.parsed
    assert isinstance(labels, ListWorkflowLabelsResponse)
    assert [(label.release_label, label.workflow_version_number) for label in labels.release_labels] == [
        ("staging", 1),
        ("production", 2),
    ]
    version_two = get_workflow.sync_detailed("greeter", client=client, version=2).parsed
    assert isinstance(version_two, GetWorkflowResponse)
    assert labels.release_labels[1].workflow_version_id == version_two.workflow_version_id
    assert list_workflow_labels.sync_detailed("flaky", client=client).parsed == ListWorkflowLabelsResponse(
        success=True, release_labels=[]
    )
    assert list_workflow_labels.sync_detailed("nobody", client=client).status_code == 404


# -- running -----------------------------------------------------------------------------------


def test_run_is_in_progress_then_finishes(client: AuthenticatedClient, server: LocalPromptLayer) -> None:
    started = time.monotonic()
    execution_id = run(client, "greeter", input_variables={"name": "Ann"}, metadata={"user": "u1"})
    progress = get_workflow_version_execution_results.sync_detailed(
        client=client, workflow_version_execution_id=execution_id
    )
    if progress.status_code != 202:  # only a machine slower than SLOW may miss the in-progress answer
        assert time.monotonic() - started >= SLOW, progress.content
        pytest.skip("too slow to observe the run in progress")
    assert {name: node["status"] for name, node in body(progress).items()} == {
        "lookup": "RUNNING",
        "reply": "QUEUED",
    }
    assert all(node["value"] is None for node in body(progress).values())

    assert wait_for_results(client, execution_id) == "Hi Ann, welcome back"
    assert time.monotonic() - started >= SLOW * 0.9
    everything = wait_for_results(client, execution_id, all_outputs=True)
    assert everything == {
        "lookup": {
            "status": "SUCCESS",
            "value": {"tier": "gold"},
            "error_message": None,
            "raw_error_message": None,
            "is_output_node": False,
        },
        "reply": {
            "status": "SUCCESS",
            "value": "Hi Ann, welcome back",
            "error_message": None,
            "raw_error_message": None,
            "is_output_node": True,
        },
    }

    recorded = server.call(server.state.snapshot)["workflows"]["executions"]
    assert len(recorded) == 1
    assert recorded[0]["id"] == execution_id
    assert (recorded[0]["input_variables"], recorded[0]["metadata"]) == ({"name": "Ann"}, {"user": "u1"})
    assert (recorded[0]["version_number"], recorded[0]["status"]) == (2, "COMPLETE")


def test_run_selects_version_by_label_or_number(client: AuthenticatedClient) -> None:
    by_label = run(client, "greeter", workflow_label_name="staging", input_variables={"name": "Bo"})
    by_number = run(client, "greeter", workflow_version_number=1, input_variables={"name": "Cy"})
    assert wait_for_results(client, by_label) == "Hello Bo"
    assert wait_for_results(client, by_number) == "Hello Cy"


def test_run_by_numeric_id(client: AuthenticatedClient) -> None:
    listing = list_workflows.sync_detailed(client=client, sort_by=WorkflowSortField.NAME).parsed
    assert isinstance(listing, ListWorkflowsResponse)
    flaky = next(item for item in listing.items if item.name == "flaky")
    assert wait_for_results(client, run(client, str(flaky.id))) == [1, 2, 3]


def test_failed_nodes_are_reported(client: AuthenticatedClient) -> None:
    execution_id = run(client, "flaky")
    # The final output is the last output node that succeeded.
    assert wait_for_results(client, execution_id) == [1, 2, 3]
    nodes = wait_for_results(client, execution_id, all_outputs=True)
    assert nodes["broken"] == {
        "status": "FAILED",
        "value": None,
        "error_message": "Rate limited by provider",
        "raw_error_message": "openai.RateLimitError: 429",
        "is_output_node": True,
    }
    assert (nodes["draft"]["value"], nodes["ok"]["status"]) == ("draft", "SUCCESS")


def test_without_a_successful_output_the_node_map_is_returned(client: AuthenticatedClient) -> None:
    nodes = wait_for_results(client, run(client, "doomed"))
    assert nodes == {
        "only": {
            "status": "FAILED",
            "value": None,
            "error_message": "boom",
            "raw_error_message": "boom",
            "is_output_node": True,
        }
    }


def test_missing_input_variable_fails_the_node_and_warns(client: AuthenticatedClient) -> None:
    response = run_workflow.sync_detailed(
        "greeter",
        client=client,
        body=RunWorkflowRequest.from_dict({"workflow_version_number": 1, "input_variables": {"nme": "typo"}}),
    )
    assert response.status_code == 201
    assert isinstance(response.parsed, RunWorkflowResponse)
    assert response.parsed.warning == "Missing input variables: name; Unused input variables: nme"
    nodes = wait_for_results(client, response.parsed.workflow_version_execution_id, all_outputs=True)
    assert nodes["greet"]["status"] == "FAILED"
    assert nodes["greet"]["error_message"] == "Missing input variable 'name'"


def test_callback_url_is_accepted_with_202(client: AuthenticatedClient, server: LocalPromptLayer) -> None:
    response = run_workflow.sync_detailed(
        "flaky",
        client=client,
        body=RunWorkflowRequest.from_dict({"callback_url": "https://example.com/hook"}),
    )
    assert response.status_code == 202
    assert isinstance(response.parsed, RunWorkflowResponse)
    assert response.parsed.message == "Workflow execution accepted"
    assert wait_for_results(client, response.parsed.workflow_version_execution_id) == [1, 2, 3]
    assert (
        server.call(server.state.snapshot)["workflows"]["executions"][0]["callback_url"]
        == "https://example.com/hook"
    )


def test_run_errors(client: AuthenticatedClient, server: LocalPromptLayer) -> None:
    def attempt(workflow: str, **fields: Any) -> Response[Any]:
        return run_workflow.sync_detailed(workflow, client=client, body=RunWorkflowRequest.from_dict(fields))

    assert attempt("nobody").status_code == 404
    assert attempt("greeter", workflow_label_name="canary").status_code == 404
    assert attempt("greeter", workflow_version_number=9).status_code == 404
    both = attempt("greeter", workflow_label_name="staging", workflow_version_number=1)
    assert both.status_code == 400
    assert "not both" in body(both)["message"]
    assert server.call(server.state.snapshot)["workflows"]["executions"] == []


def test_results_of_an_unknown_execution(client: AuthenticatedClient) -> None:
    response = get_workflow_version_execution_results.sync_detailed(
        client=client, workflow_version_execution_id=424242
    )
    assert response.status_code == 404
    assert isinstance(response.parsed, ErrorResponse)
    assert isinstance(response.parsed.message, str)
    assert "424242" in response.parsed.message


def test_async_run_and_poll(client: AuthenticatedClient) -> None:
    async def scenario() -> Any:
        started = await run_workflow.asyncio_detailed(
            "greeter",
            client=client,
            body=RunWorkflowRequest.from_dict(
                {"workflow_label_name": "staging", "input_variables": {"name": "Di"}}
            ),
        )
        assert started.status_code == 201
        assert isinstance(started.parsed, RunWorkflowResponse)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            result = await get_workflow_version_execution_results.asyncio_detailed(
                client=client,
                workflow_version_execution_id=started.parsed.workflow_version_execution_id,
                return_all_outputs=True,
            )
            if result.status_code == 200:
                return body(result)
            assert result.status_code == 202
            await asyncio.sleep(0.01)
        raise AssertionError("workflow execution did not finish")

    nodes = asyncio.run(scenario())
    assert nodes["greet"]["value"] == "Hello Di"
    assert nodes["greet"]["is_output_node"] is True


# -- seeding -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("workflow", "problem"),
    [
        ({"nodes": [{"name": "a", "is_output_node": True}]}, "name"),
        ({"name": "w", "nodes": [{"name": "a"}]}, "is_output_node"),
        ({"name": "w", "nodes": [{"name": "a", "is_output_node": True, "status": "DONE"}]}, "status"),
        ({"name": "w", "versions": []}, "versions"),
        (
            {"name": "w", "nodes": [{"name": "a", "is_output_node": True, "output_template": "Hi {x"}]},
            "malformed",
        ),
        (
            {
                "name": "w",
                "versions": [
                    {"labels": ["x"], "nodes": [{"name": "a", "is_output_node": True}]},
                    {"labels": ["x"], "nodes": [{"name": "a", "is_output_node": True}]},
                ],
            },
            "label",
        ),
    ],
)
def test_bad_seed_is_refused(workflow: dict[str, Any], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        State().load_seed({"workflows": [workflow]})
