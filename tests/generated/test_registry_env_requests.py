"""Env vars, the tool registry, workflow writes and snippet usage: the requests the spec describes.

Same pattern as test_requests.py: each call goes through sync_detailed and asyncio_detailed
over a recording MockTransport, and a canned answer shaped like the service's parses.
"""

from __future__ import annotations

import datetime as dt
import json

from promptlayer_api.api.env_vars import (
    create_registry_tool_env_var,
    create_workspace_env_var,
    delete_registry_tool_env_var,
    list_workspace_env_vars,
    update_registry_tool_env_var,
    update_workspace_env_var,
)
from promptlayer_api.api.prompt_templates import get_snippet_usage
from promptlayer_api.api.tool_registry import (
    create_registry_tool,
    create_registry_tool_version,
    get_registry_tool,
    list_registry_tools,
)
from promptlayer_api.api.tool_registry import test_execute_registry_tool as execute_registry_tool
from promptlayer_api.api.workflows import create_workflow, patch_workflow_version
from promptlayer_api.models import (
    CreateWorkflowRequest,
    EnvVar,
    EnvVarCreateRequest,
    EnvVarDeleteResponse,
    EnvVarErrorResponse,
    EnvVarToolResponse,
    EnvVarUpdateRequest,
    EnvVarWorkspaceListResponse,
    EnvVarWorkspaceResponse,
    ExternalId,
    SnippetUsageResponse,
    ToolRegistryCreateRequest,
    ToolRegistryCreateResponse,
    ToolRegistryDefinition,
    ToolRegistryDetail,
    ToolRegistryDetailResponse,
    ToolRegistryExecution,
    ToolRegistryExecutionLanguage,
    ToolRegistryExecutionType,
    ToolRegistryListResponse,
    ToolRegistrySortBy,
    ToolRegistrySortOrder,
    ToolRegistryTestError,
    ToolRegistryTestExecuteRequest,
    ToolRegistryTestExecuteResponse,
    ToolRegistryTestResult,
    ToolRegistryTestStatus,
    ToolRegistryVersion,
    ToolRegistryVersionCreateRequest,
    ToolRegistryVersionCreateResponse,
    UpdateWorkflowNode,
    UpdateWorkflowNodes,
    UpdateWorkflowRequest,
    WorkflowVersionConditionOperator,
    WorkflowVersionCreatedResponse,
)

from .test_requests import Recorder, assert_auth, call, make_client

STAMP = "2026-03-04T05:06:07+00:00"
MASKED = {
    "id": 11,
    "key": "SEARCH_API_KEY",
    "value_suffix": "9f3a",
    "is_empty": False,
    "created_at": STAMP,
    "updated_at": STAMP,
}
WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
    },
}


def weather_definition() -> ToolRegistryDefinition:
    return ToolRegistryDefinition.from_dict(WEATHER_TOOL)


def python_body(code: str) -> ToolRegistryExecution:
    return ToolRegistryExecution(
        type_=ToolRegistryExecutionType.CODE, language=ToolRegistryExecutionLanguage.PYTHON, code=code
    )


# -- env vars -----------------------------------------------------------------------------


def test_list_workspace_env_vars_parses_masked_values(mode: str) -> None:
    recorder = Recorder(200, {"success": True, "workspace_env_vars": [{**MASKED, "workspace_id": 3}]})
    response = call(mode, list_workspace_env_vars, client=make_client(recorder, mode))
    request = recorder.only
    assert_auth(request)
    assert (request.method, request.url.path, request.url.query) == ("GET", "/api/public/v2/env-vars", b"")
    assert request.content == b""
    parsed = response.parsed
    assert isinstance(parsed, EnvVarWorkspaceListResponse)
    assert isinstance(parsed.workspace_env_vars, list)
    [var] = parsed.workspace_env_vars
    assert isinstance(var, EnvVar)
    assert (var.key, var.value_suffix, var.workspace_id) == ("SEARCH_API_KEY", "9f3a", 3)
    assert var.created_at == dt.datetime(2026, 3, 4, 5, 6, 7, tzinfo=dt.UTC)


def test_create_workspace_env_var_sends_key_and_secret(mode: str) -> None:
    recorder = Recorder(201, {"success": True, "workspace_env_var": {**MASKED, "workspace_id": 3}})
    body = EnvVarCreateRequest(key="SEARCH_API_KEY", value="sk-live-9f3a")
    response = call(mode, create_workspace_env_var, client=make_client(recorder, mode), body=body)
    request = recorder.only
    assert_auth(request)
    assert (request.method, request.url.path) == ("POST", "/api/public/v2/env-vars")
    assert json.loads(request.content) == {"key": "SEARCH_API_KEY", "value": "sk-live-9f3a"}
    assert response.status_code == 201
    assert isinstance(response.parsed, EnvVarWorkspaceResponse)
    assert isinstance(response.parsed.workspace_env_var, EnvVar)
    assert response.parsed.workspace_env_var.id == 11


def test_create_env_var_placeholder_leaves_the_value_out(mode: str) -> None:
    recorder = Recorder(201, {"success": True, "workspace_env_var": {**MASKED, "value_suffix": None}})
    call(
        mode,
        create_workspace_env_var,
        client=make_client(recorder, mode),
        body=EnvVarCreateRequest(key="TOKEN"),
    )
    assert json.loads(recorder.only.content) == {"key": "TOKEN"}


def test_a_duplicate_key_parses_as_the_env_var_error(mode: str) -> None:
    recorder = Recorder(409, {"message": "SEARCH_API_KEY already exists"})
    body = EnvVarCreateRequest(key="SEARCH_API_KEY", value="x")
    response = call(mode, create_workspace_env_var, client=make_client(recorder, mode), body=body)
    assert response.status_code == 409
    assert isinstance(response.parsed, EnvVarErrorResponse)
    assert response.parsed.message == "SEARCH_API_KEY already exists"


def test_update_workspace_env_var_patches_the_value(mode: str) -> None:
    recorder = Recorder(200, {"success": True, "workspace_env_var": {**MASKED, "value_suffix": "0000"}})
    response = call(
        mode,
        update_workspace_env_var,
        var_id=11,
        client=make_client(recorder, mode),
        body=EnvVarUpdateRequest(value="new-secret-0000"),
    )
    request = recorder.only
    assert (request.method, request.url.path) == ("PATCH", "/api/public/v2/env-vars/11")
    assert json.loads(request.content) == {"value": "new-secret-0000"}
    assert isinstance(response.parsed, EnvVarWorkspaceResponse)
    assert isinstance(response.parsed.workspace_env_var, EnvVar)
    assert response.parsed.workspace_env_var.value_suffix == "0000"


def test_create_registry_tool_env_var_quotes_the_tool_name(mode: str) -> None:
    recorder = Recorder(201, {"success": True, "tool_env_var": {**MASKED, "tool_registry_id": 8}})
    response = call(
        mode,
        create_registry_tool_env_var,
        identifier="weather tool/v2",
        client=make_client(recorder, mode),
        body=EnvVarCreateRequest(key="WEATHER_KEY", value="abc123"),
    )
    request = recorder.only
    assert_auth(request)
    assert request.method == "POST"
    assert request.url.raw_path == b"/api/public/v2/tool-registry/weather%20tool%2Fv2/env-vars"
    assert json.loads(request.content) == {"key": "WEATHER_KEY", "value": "abc123"}
    assert isinstance(response.parsed, EnvVarToolResponse)
    assert isinstance(response.parsed.tool_env_var, EnvVar)
    assert response.parsed.tool_env_var.tool_registry_id == 8


def test_update_registry_tool_env_var_path_and_body(mode: str) -> None:
    recorder = Recorder(200, {"success": True, "tool_env_var": {**MASKED, "tool_registry_id": 8}})
    response = call(
        mode,
        update_registry_tool_env_var,
        identifier="8",
        var_id=11,
        client=make_client(recorder, mode),
        body=EnvVarUpdateRequest(value="rotated"),
    )
    request = recorder.only
    assert (request.method, request.url.path) == ("PATCH", "/api/public/v2/tool-registry/8/env-vars/11")
    assert json.loads(request.content) == {"value": "rotated"}
    assert isinstance(response.parsed, EnvVarToolResponse)


def test_delete_registry_tool_env_var_sends_no_body(mode: str) -> None:
    recorder = Recorder(200, {"success": True})
    response = call(
        mode,
        delete_registry_tool_env_var,
        identifier="weather",
        var_id=11,
        client=make_client(recorder, mode),
    )
    request = recorder.only
    assert (request.method, request.url.path) == (
        "DELETE",
        "/api/public/v2/tool-registry/weather/env-vars/11",
    )
    assert request.content == b""
    assert isinstance(response.parsed, EnvVarDeleteResponse)
    assert response.parsed.success is True


# -- tool registry ------------------------------------------------------------------------


def test_list_registry_tools_query_string(mode: str) -> None:
    item = {
        "id": 8,
        "name": "weather",
        "description": None,
        "workspace_id": 3,
        "folder_id": None,
        "created_at": STAMP,
        "updated_at": STAMP,
        "external_ids": [{"source": "github", "external_id": "tools#8"}],
    }
    recorder = Recorder(200, {"success": True, "tool_registries": [item]})
    response = call(
        mode,
        list_registry_tools,
        client=make_client(recorder, mode),
        created_after=dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
        external_source="github",
        external_id="tools#8",
        sort_by=ToolRegistrySortBy.NAME,
        sort_order=ToolRegistrySortOrder.ASC,
    )
    request = recorder.only
    assert_auth(request)
    assert (request.method, request.url.path) == ("GET", "/api/public/v2/tool-registry")
    assert request.url.params.multi_items() == [
        ("created_after", "2026-01-02T03:04:05+00:00"),
        ("external_source", "github"),
        ("external_id", "tools#8"),
        ("sort_by", "name"),
        ("sort_order", "asc"),
    ]
    parsed = response.parsed
    assert isinstance(parsed, ToolRegistryListResponse)
    assert isinstance(parsed.tool_registries, list)
    [tool] = parsed.tool_registries
    assert (tool.name, tool.description, tool.folder_id) == ("weather", None, None)
    assert isinstance(tool.external_ids, list)
    assert tool.external_ids[0].external_id == "tools#8"


def test_create_registry_tool_body(mode: str) -> None:
    answer = {
        "success": True,
        "tool_registry": {"id": 8, "name": "weather"},
        "version": {"id": 21, "number": 1, "tool_definition": WEATHER_TOOL},
        "external_ids": [],
    }
    recorder = Recorder(201, answer)
    body = ToolRegistryCreateRequest(
        name="weather",
        tool_definition=weather_definition(),
        description="Current weather for a city",
        folder_id=None,
        commit_message="first",
        external_ids=[ExternalId(source="github", external_id="tools#8")],
        execution=python_body("return {'city': args['city'], 'temp_c': 21}"),
    )
    response = call(mode, create_registry_tool, client=make_client(recorder, mode), body=body)
    request = recorder.only
    assert_auth(request)
    assert (request.method, request.url.path) == ("POST", "/api/public/v2/tool-registry")
    assert json.loads(request.content) == {
        "name": "weather",
        "tool_definition": WEATHER_TOOL,
        "description": "Current weather for a city",
        "folder_id": None,
        "commit_message": "first",
        "external_ids": [{"source": "github", "external_id": "tools#8"}],
        "execution": {
            "type": "code",
            "language": "python",
            "code": "return {'city': args['city'], 'temp_c': 21}",
        },
    }
    parsed = response.parsed
    assert isinstance(parsed, ToolRegistryCreateResponse)
    assert parsed.external_ids == []
    assert isinstance(parsed.version, ToolRegistryVersion)
    assert parsed.version["tool_definition"] == WEATHER_TOOL


def test_get_registry_tool_by_label(mode: str) -> None:
    answer = {
        "success": True,
        "tool_registry": {
            "id": 8,
            "name": "weather",
            "description": "Current weather",
            "workspace_id": 3,
            "created_at": STAMP,
            "updated_at": STAMP,
            "labels": [{"name": "production", "version_number": 2}],
            "version": {"number": 2, "tool_definition": WEATHER_TOOL},
            "tool_definition": WEATHER_TOOL,
        },
    }
    recorder = Recorder(200, answer)
    response = call(
        mode, get_registry_tool, identifier="weather", client=make_client(recorder, mode), label="production"
    )
    request = recorder.only
    assert (request.method, request.url.path) == ("GET", "/api/public/v2/tool-registry/weather")
    assert request.url.params.multi_items() == [("label", "production")]
    parsed = response.parsed
    assert isinstance(parsed, ToolRegistryDetailResponse)
    tool = parsed.tool_registry
    assert isinstance(tool, ToolRegistryDetail)
    assert isinstance(tool.labels, list)
    assert tool.labels[0]["name"] == "production"
    assert isinstance(tool.version, ToolRegistryVersion)
    assert isinstance(tool.tool_definition, ToolRegistryDefinition)
    assert tool.tool_definition.to_dict() == WEATHER_TOOL


def test_get_registry_tool_sends_the_version_as_text(mode: str) -> None:
    recorder = Recorder(
        200, {"success": True, "tool_registry": {"id": 8, "version": None, "tool_definition": None}}
    )
    response = call(mode, get_registry_tool, identifier="8", client=make_client(recorder, mode), version="3")
    assert recorder.only.url.params.multi_items() == [("version", "3")]
    assert isinstance(response.parsed, ToolRegistryDetailResponse)
    assert isinstance(response.parsed.tool_registry, ToolRegistryDetail)
    assert response.parsed.tool_registry.version is None
    assert response.parsed.tool_registry.tool_definition is None


def test_create_registry_tool_version_body(mode: str) -> None:
    recorder = Recorder(201, {"success": True, "version": {"number": 3}})
    body = ToolRegistryVersionCreateRequest(
        tool_definition=weather_definition(), execution=None, commit_message="drop the code body"
    )
    response = call(
        mode,
        create_registry_tool_version,
        identifier="weather",
        client=make_client(recorder, mode),
        body=body,
    )
    request = recorder.only
    assert (request.method, request.url.path) == ("POST", "/api/public/v2/tool-registry/weather/versions")
    assert json.loads(request.content) == {
        "tool_definition": WEATHER_TOOL,
        "execution": None,
        "commit_message": "drop the code body",
    }
    assert isinstance(response.parsed, ToolRegistryVersionCreateResponse)
    assert isinstance(response.parsed.version, ToolRegistryVersion)
    assert response.parsed.version["number"] == 3


def test_test_execute_registry_tool_query_body_and_user_error(mode: str) -> None:
    answer = {
        "success": True,
        "message": "executed",
        "result": {
            "status": "error",
            "result": None,
            "stdout": "",
            "stderr": "Traceback ...",
            "duration_ms": 41,
            "error": {"type": "KeyError", "message": "'city'"},
        },
    }
    recorder = Recorder(200, answer)
    body = ToolRegistryTestExecuteRequest.from_dict(
        {
            "inputs": {"town": "Lisbon"},
            "execution": {"type": "code", "language": "javascript", "code": "return args.city.length;"},
        }
    )
    response = call(
        mode,
        execute_registry_tool,
        identifier="weather",
        client=make_client(recorder, mode),
        body=body,
        label="staging",
    )
    request = recorder.only
    assert_auth(request)
    assert request.method == "POST"
    assert request.url.path == "/api/public/v2/tool-registry/weather/test-execute"
    assert request.url.params.multi_items() == [("label", "staging")]
    assert json.loads(request.content) == {
        "inputs": {"town": "Lisbon"},
        "execution": {"type": "code", "language": "javascript", "code": "return args.city.length;"},
    }
    parsed = response.parsed
    assert isinstance(parsed, ToolRegistryTestExecuteResponse)
    outcome = parsed.result
    assert isinstance(outcome, ToolRegistryTestResult)
    assert outcome.status is ToolRegistryTestStatus.ERROR
    assert outcome.duration_ms == 41
    assert isinstance(outcome.error, ToolRegistryTestError)
    assert (outcome.error.type_, outcome.error.message) == ("KeyError", "'city'")


def test_test_execute_result_keeps_any_json_return_value() -> None:
    parsed = ToolRegistryTestExecuteResponse.from_dict(
        {"success": True, "result": {"status": "success", "result": [1, {"temp_c": 21}], "error": None}}
    )
    outcome = parsed.result
    assert isinstance(outcome, ToolRegistryTestResult)
    assert outcome.status is ToolRegistryTestStatus.SUCCESS
    assert outcome.result == [1, {"temp_c": 21}]
    assert outcome.error is None


# -- workflow writes ------------------------------------------------------------------------


def test_create_workflow_body_and_published_example_answer(mode: str) -> None:
    answer = {
        "success": True,
        "workflow_id": 123,
        "workflow_name": "classifier-workflow",
        "workflow_version_id": 456,
        "version_number": 1,
        "base_version": None,
        "release_labels": ["production"],
        "nodes": [
            {"id": "node-uuid", "name": "classify", "node_type": "PROMPT_TEMPLATE", "is_output_node": True}
        ],
        "required_input_variables": {},
        "external_ids": [],
    }
    recorder = Recorder(201, answer)
    sent_body = {
        "name": "classifier-workflow",
        "commit_message": "Initial version",
        "nodes": [
            {
                "name": "classify",
                "node_type": "PROMPT_TEMPLATE",
                "is_output_node": True,
                "configuration": {"template": {"prompt_name": "intent-classifier", "label": "production"}},
                "dependencies": ["user_message"],
            }
        ],
        "required_input_variables": {"user_message": "string"},
        "edges": [
            {
                "source_node_name": "user_message",
                "target_node_name": "classify",
                "is_and": True,
                "conditionals": [
                    {
                        "position": 0,
                        "operator": "!=",
                        "left_config": {"source": {"name": "user_message"}},
                        "right_config": {"static_value": ""},
                    }
                ],
            }
        ],
        "release_labels": ["production"],
        "external_ids": [{"source": "github", "external_id": "wf#1"}],
    }
    body = CreateWorkflowRequest.from_dict(sent_body)
    assert isinstance(body.edges, list)
    assert body.edges[0].conditionals[0].operator is WorkflowVersionConditionOperator.NE
    response = call(mode, create_workflow, client=make_client(recorder, mode), body=body)
    request = recorder.only
    assert_auth(request)
    assert (request.method, request.url.path) == ("POST", "/rest/workflows")
    assert json.loads(request.content) == sent_body
    assert response.status_code == 201
    parsed = response.parsed
    assert isinstance(parsed, WorkflowVersionCreatedResponse)
    assert (parsed.workflow_id, parsed.workflow_version_id, parsed.version_number) == (123, 456, 1)
    assert parsed.base_version is None
    assert isinstance(parsed.nodes, list)
    assert parsed.nodes[0].node_type == "PROMPT_TEMPLATE"


def test_patch_workflow_version_sends_null_to_remove_a_node(mode: str) -> None:
    answer = {
        "success": True,
        "workflow_id": 123,
        "workflow_name": "greeting-workflow",
        "workflow_version_id": 457,
        "version_number": 6,
        "base_version": 5,
        "release_labels": ["staging"],
        "nodes": [{"id": "node-uuid", "name": "output", "node_type": "VARIABLE", "is_output_node": True}],
        "required_input_variables": {},
        "external_ids": [],
    }
    recorder = Recorder(201, answer)
    nodes = UpdateWorkflowNodes()
    nodes["output"] = UpdateWorkflowNode.from_dict(
        {"configuration": {"value": {"type": "string", "value": "fixed"}}}
    )
    nodes["old_processor"] = None
    body = UpdateWorkflowRequest(
        base_version=5, commit_message="Hotfix based on v5", nodes=nodes, release_labels=["staging"]
    )
    response = call(
        mode,
        patch_workflow_version,
        workflow_id_or_name="greeting-workflow",
        client=make_client(recorder, mode),
        body=body,
    )
    request = recorder.only
    assert_auth(request)
    assert (request.method, request.url.path) == ("PATCH", "/rest/workflows/greeting-workflow")
    assert json.loads(request.content) == {
        "base_version": 5,
        "commit_message": "Hotfix based on v5",
        "nodes": {
            "output": {"configuration": {"value": {"type": "string", "value": "fixed"}}},
            "old_processor": None,
        },
        "release_labels": ["staging"],
    }
    parsed = response.parsed
    assert isinstance(parsed, WorkflowVersionCreatedResponse)
    assert (parsed.version_number, parsed.base_version) == (6, 5)
    assert parsed.release_labels == ["staging"]


# -- snippet usage ----------------------------------------------------------------------------


def test_get_snippet_usage_query_and_answer(mode: str) -> None:
    answer = {
        "success": True,
        "message": "ok",
        "snippet_name": "tone",
        "snippet_usage": [{"prompt_registry_id": 4, "prompt_name": "welcome", "version_numbers": [2, 3]}],
        "total_prompts_using_snippet": 1,
        "label_usage": [{"prompt_registry_id": 4, "prompt_name": "welcome", "label_name": "prod"}],
        "total_labels_using_snippet": 1,
    }
    recorder = Recorder(200, answer)
    response = call(
        mode,
        get_snippet_usage,
        identifier="tone",
        client=make_client(recorder, mode),
        prompt_version_number=2,
    )
    request = recorder.only
    assert_auth(request)
    assert (request.method, request.url.path) == ("GET", "/prompt-templates/tone/snippet-usage")
    assert request.url.params.multi_items() == [("prompt_version_number", "2")]
    parsed = response.parsed
    assert isinstance(parsed, SnippetUsageResponse)
    assert isinstance(parsed.snippet_usage, list) and isinstance(parsed.label_usage, list)
    assert parsed.snippet_usage[0].version_numbers == [2, 3]
    assert parsed.label_usage[0].label_name == "prod"
    assert parsed.total_labels_using_snippet == 1
