"""`run_workflow`: start a workflow run, then poll its results until done or out of time.

The run is started once (a write: never resent when the server may have started it); the
results are then read with growing pauses. The time limit counts the pauses as well as the
requests, so tests that replace the sleep function get the same decisions without waiting.
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from . import _validate as check
from ._transport.flow import Flow, Sleep, call, decode, exchange
from ._transport.routes import request_for
from .errors import PromptLayerAPIError, PromptLayerAPITimeoutError, PromptLayerValidationError, masked

if TYPE_CHECKING:
    import httpx

    from ._transport.retry import RetryPolicy

FIRST_POLL_SECONDS = 0.2
MAX_POLL_SECONDS = 5.0
DEFAULT_TIMEOUT_SECONDS = 3600.0  # what the official SDK allows a run by default


class WorkflowsCore:
    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy

    def run_workflow(
        self,
        workflow_id_or_name: int | str | None = None,
        input_variables: Mapping[str, Any] | None = None,
        metadata: Mapping[str, str] | None = None,
        workflow_label_name: str | None = None,
        workflow_version: int | None = None,
        return_all_outputs: bool = False,
        workflow_name: str | None = None,
        timeout: float | None = None,
    ) -> Flow[Any]:
        """Run a workflow and wait for it: the final output's value, or every node's result
        with `return_all_outputs=True` ({node: {status, value, error_message, ...}}).

        Version: `workflow_label_name` or `workflow_version` (a number), else the latest.
        Raises PromptLayerAPITimeoutError after `timeout` seconds (default one hour) and
        PromptLayerAPIError, naming the node errors, when no output node succeeds.
        `workflow_name` is a deprecated alias of `workflow_id_or_name`.
        """
        target = _target(workflow_id_or_name, workflow_name)
        limit = DEFAULT_TIMEOUT_SECONDS if timeout is None else check.seconds(timeout, "timeout")
        if workflow_label_name is not None and workflow_version is not None:
            raise PromptLayerValidationError("pass workflow_label_name or workflow_version, not both")
        body: dict[str, Any] = {
            "input_variables": check.string_keys(input_variables, "input_variables"),
            "return_all_outputs": check.boolean(return_all_outputs, "return_all_outputs"),
        }
        if metadata is not None:
            body["metadata"] = check.string_map(metadata, "metadata")
        if workflow_label_name is not None:
            body["workflow_label_name"] = check.text(workflow_label_name, "workflow_label_name")
        if workflow_version is not None:
            body["workflow_version_number"] = check.positive(workflow_version, "workflow_version")

        started = time.monotonic()
        start = request_for(
            "run_workflow", f"running workflow {target!r}", path_params={"workflow_name": target}, body=body
        )
        run = yield from call(start, self.policy)
        execution_id = run.get("workflow_version_execution_id") if isinstance(run, dict) else None
        if not isinstance(execution_id, int):
            raise PromptLayerAPIError(
                f"Error running workflow {target!r}: no execution id in the answer", body=run
            )

        poll = request_for(
            "get_workflow_version_execution_results",
            f"getting the results of workflow run {execution_id}",
            params=[
                ("workflow_version_execution_id", execution_id),
                ("return_all_outputs", "true" if return_all_outputs else "false"),
            ],
        )
        waited = 0.0
        pause = FIRST_POLL_SECONDS
        while True:
            response = yield from exchange(poll, self.policy)
            result = decode(response, poll)
            if response.status_code == 200:
                return _final(result, return_all_outputs, target, response)
            elapsed = max(waited, time.monotonic() - started)
            if elapsed + pause > limit:
                raise PromptLayerAPITimeoutError(
                    f"Workflow {target!r} (run {execution_id}) did not finish within {limit:g} s", body=result
                )
            yield Sleep(pause)
            waited += pause
            pause = min(pause * 2, MAX_POLL_SECONDS)


def _final(result: Any, return_all_outputs: bool, target: str, response: httpx.Response) -> Any:
    """The run's answer; when no output node succeeded, an error whose message names each failed
    node's error (credentials masked: a node may echo them) and whose `body` holds every node's
    result."""
    if not _is_node_map(result):
        return result  # the final output's value
    outputs = {name: node for name, node in result.items() if node.get("is_output_node")}
    if any(node.get("status") == "SUCCESS" for node in outputs.values()):
        return result
    failed = {
        name: node.get("error_message") or node.get("raw_error_message") or node.get("status")
        for name, node in result.items()
        if node.get("status") != "SUCCESS"
    }
    summary = "; ".join(f"{name}: {error}" for name, error in failed.items()) or "no output node"
    raise PromptLayerAPIError(f"Workflow {target!r} failed: {masked(summary, response)}", body=result)


def _is_node_map(result: Any) -> bool:
    return (
        isinstance(result, dict)
        and bool(result)
        and all(
            isinstance(node, dict) and "status" in node and "is_output_node" in node
            for node in result.values()
        )
    )


def _target(workflow_id_or_name: int | str | None, workflow_name: str | None) -> str:
    if (
        workflow_id_or_name is not None
        and workflow_name is not None
        and str(workflow_id_or_name) != workflow_name
    ):
        raise PromptLayerValidationError("pass workflow_id_or_name or the deprecated workflow_name, not both")
    value = workflow_id_or_name if workflow_id_or_name is not None else workflow_name
    return check.identifier(value, "workflow_id_or_name")
