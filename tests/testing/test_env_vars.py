"""Workspace and registry-tool environment variables on the local server, through the generated
client (sync and async): values go in and never come back out."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
from promptlayer_api.api.env_vars import (
    create_registry_tool_env_var,
    create_workspace_env_var,
    delete_registry_tool_env_var,
    delete_workspace_env_var,
    list_registry_tool_env_vars,
    list_workspace_env_vars,
    update_registry_tool_env_var,
    update_workspace_env_var,
)
from promptlayer_api.api.tool_registry import create_registry_tool
from promptlayer_api.models import (
    EnvVar,
    EnvVarCreateRequest,
    EnvVarDeleteResponse,
    EnvVarErrorResponse,
    EnvVarToolListResponse,
    EnvVarToolResponse,
    EnvVarUpdateRequest,
    EnvVarWorkspaceListResponse,
    EnvVarWorkspaceResponse,
    HTTPValidationError,
    ToolRegistryCreateRequest,
)
from promptlayer_api.types import Response, Unset

from promptlayer.testing import LocalPromptLayer
from promptlayer.testing._state import State

from .generated_api import Api

KEY = "env-vars-test-key"
SECRET = "sk-live-0123456789abcdef"
SEED: dict[str, Any] = {"env_vars": [{"key": "SEEDED", "value": "seeded-secret-value"}]}


@pytest.fixture
def server() -> Iterator[LocalPromptLayer]:
    with LocalPromptLayer(api_key=KEY, seed=SEED) as running:
        yield running


@pytest.fixture
def api(mode: str, loop: asyncio.AbstractEventLoop, server: LocalPromptLayer) -> Iterator[Api]:
    with Api(server, mode, loop) as calling:
        yield calling


def never_shown(api: Api, server: LocalPromptLayer, *secrets: str) -> None:
    """No answer the test received, and nothing the server's inspection shows, holds a secret."""
    snapshot = json.dumps(server.state.snapshot())
    for secret in secrets:
        assert secret not in snapshot
        assert not [r.content for r in api.answers if secret.encode() in r.content]


def workspace_var(response: Response[Any], status: int = 200) -> EnvVar:
    assert response.status_code == status, response.content
    assert isinstance(response.parsed, EnvVarWorkspaceResponse)
    assert isinstance(response.parsed.workspace_env_var, EnvVar)
    return response.parsed.workspace_env_var


def tool_var(response: Response[Any], status: int = 200) -> EnvVar:
    assert response.status_code == status, response.content
    assert isinstance(response.parsed, EnvVarToolResponse)
    assert isinstance(response.parsed.tool_env_var, EnvVar)
    return response.parsed.tool_env_var


def workspace_keys(api: Api) -> list[str | Unset]:
    listing = api(list_workspace_env_vars)
    assert listing.status_code == 200
    assert isinstance(listing.parsed, EnvVarWorkspaceListResponse)
    assert not isinstance(listing.parsed.workspace_env_vars, Unset)
    return [v.key for v in listing.parsed.workspace_env_vars]


def tool_keys(api: Api, tool: str) -> list[str | Unset]:
    listing = api(list_registry_tool_env_vars, tool)
    assert listing.status_code == 200, listing.content
    assert isinstance(listing.parsed, EnvVarToolListResponse)
    assert not isinstance(listing.parsed.tool_env_vars, Unset)
    return [v.key for v in listing.parsed.tool_env_vars]


def new_tool(api: Api, name: str) -> int:
    created = api(
        create_registry_tool, body=ToolRegistryCreateRequest.from_dict({"name": name, "tool_definition": {}})
    )
    assert created.status_code == 201, created.content
    tool_id: int = json.loads(created.content)["tool_registry"]["id"]
    return tool_id


# -- workspace variables -----------------------------------------------------------------------


def test_workspace_variable_lifecycle(api: Api, server: LocalPromptLayer) -> None:
    created = workspace_var(
        api(create_workspace_env_var, body=EnvVarCreateRequest(key="OPENAI_KEY", value=SECRET)), 201
    )
    assert (created.key, created.value_suffix, created.is_empty, created.workspace_id) == (
        "OPENAI_KEY",
        "cdef",
        False,
        1,
    )
    assert isinstance(created.tool_registry_id, Unset)
    assert isinstance(created.created_at, datetime)
    sent = server.requests_for("create_workspace_env_var")[-1]
    assert (sent.method, sent.path, sent.json()) == (
        "POST",
        "/api/public/v2/env-vars",
        {"key": "OPENAI_KEY", "value": SECRET},
    )
    assert workspace_keys(api) == ["SEEDED", "OPENAI_KEY"]

    assert isinstance(created.id, int)
    updated = workspace_var(
        api(update_workspace_env_var, created.id, body=EnvVarUpdateRequest(value="rotated-9876"))
    )
    assert (updated.id, updated.value_suffix, updated.is_empty) == (created.id, "9876", False)
    assert isinstance(updated.updated_at, datetime) and isinstance(created.updated_at, datetime)
    assert updated.updated_at >= created.updated_at
    listing = api(list_workspace_env_vars)
    assert isinstance(listing.parsed, EnvVarWorkspaceListResponse)
    listed = {v.key: v.value_suffix for v in listing.parsed.workspace_env_vars or []}
    assert listed == {"SEEDED": "alue", "OPENAI_KEY": "9876"}

    workspace_var(api(create_workspace_env_var, body=EnvVarCreateRequest(key="OTHER", value=SECRET)), 201)
    never_shown(api, server, SECRET, "rotated-9876", "seeded-secret-value")

    deleted = api(delete_workspace_env_var, created.id)
    assert deleted.status_code == 200
    assert isinstance(deleted.parsed, EnvVarDeleteResponse)
    assert deleted.parsed.success is True
    assert workspace_keys(api) == ["SEEDED", "OTHER"]
    for gone in (
        api(delete_workspace_env_var, created.id),
        api(update_workspace_env_var, created.id, body=EnvVarUpdateRequest(value="x")),
    ):
        assert gone.status_code == 404
        assert isinstance(gone.parsed, EnvVarErrorResponse)


def test_placeholders_and_short_values(api: Api) -> None:
    placeholder = workspace_var(api(create_workspace_env_var, body=EnvVarCreateRequest(key="LATER")), 201)
    assert (placeholder.is_empty, placeholder.value_suffix) == (True, None)
    blank = workspace_var(api(create_workspace_env_var, body=EnvVarCreateRequest(key="BLANK", value="")), 201)
    assert (blank.is_empty, blank.value_suffix) == (True, None)
    assert isinstance(placeholder.id, int)
    filled = workspace_var(
        api(update_workspace_env_var, placeholder.id, body=EnvVarUpdateRequest(value="abcd"))
    )
    assert (filled.is_empty, filled.value_suffix) == (False, "bcd")  # never the whole of a short value
    one = workspace_var(api(create_workspace_env_var, body=EnvVarCreateRequest(key="ONE", value="z")), 201)
    assert (one.is_empty, one.value_suffix) == (False, "")


def test_workspace_refusals(api: Api) -> None:
    duplicate = api(create_workspace_env_var, body=EnvVarCreateRequest(key="SEEDED", value="again"))
    assert duplicate.status_code == 409
    assert isinstance(duplicate.parsed, EnvVarErrorResponse)
    assert "SEEDED" in str(duplicate.parsed.message)
    workspace_var(api(create_workspace_env_var, body=EnvVarCreateRequest(key="seeded")), 201)  # case matters

    for bad_key in ("1ST", "HAS-DASH", ""):
        refused = api(create_workspace_env_var, body=EnvVarCreateRequest(key=bad_key, value="v"))
        assert refused.status_code == 422, bad_key
        assert isinstance(refused.parsed, HTTPValidationError)
    seeded_id = 1
    assert api(update_workspace_env_var, seeded_id, body=EnvVarUpdateRequest(value="")).status_code == 422
    assert workspace_keys(api) == ["SEEDED", "seeded"]


# -- registry tool variables -------------------------------------------------------------------


def test_tool_variables_by_id_and_by_name(api: Api, server: LocalPromptLayer) -> None:
    lookup, other = new_tool(api, "lookup"), new_tool(api, "other")
    created = tool_var(
        api(create_registry_tool_env_var, "lookup", body=EnvVarCreateRequest(key="TOKEN", value=SECRET)), 201
    )
    assert (created.key, created.tool_registry_id, created.value_suffix) == ("TOKEN", lookup, "cdef")
    assert isinstance(created.workspace_id, Unset)
    assert (
        server.requests_for("create_registry_tool_env_var")[-1].path
        == "/api/public/v2/tool-registry/lookup/env-vars"
    )

    assert tool_keys(api, "lookup") == tool_keys(api, str(lookup)) == ["TOKEN"]
    assert tool_keys(api, "other") == []
    assert "TOKEN" not in workspace_keys(api)
    # the same key in the workspace and in another tool is no clash
    workspace_var(api(create_workspace_env_var, body=EnvVarCreateRequest(key="TOKEN", value="w")), 201)
    tool_var(api(create_registry_tool_env_var, str(other), body=EnvVarCreateRequest(key="TOKEN")), 201)
    clash = api(create_registry_tool_env_var, "lookup", body=EnvVarCreateRequest(key="TOKEN", value="v"))
    assert clash.status_code == 409
    assert isinstance(clash.parsed, EnvVarErrorResponse)

    assert isinstance(created.id, int)
    rotated = tool_var(
        api(update_registry_tool_env_var, str(lookup), created.id, body=EnvVarUpdateRequest(value="new-7777"))
    )
    assert (rotated.id, rotated.value_suffix) == (created.id, "7777")
    # a variable is reached only through its own scope
    for wrong in (
        api(update_registry_tool_env_var, "other", created.id, body=EnvVarUpdateRequest(value="x")),
        api(delete_registry_tool_env_var, "other", created.id),
        api(update_workspace_env_var, created.id, body=EnvVarUpdateRequest(value="x")),
        api(delete_workspace_env_var, created.id),
    ):
        assert wrong.status_code == 404
        assert isinstance(wrong.parsed, EnvVarErrorResponse)
    never_shown(api, server, SECRET, "new-7777")

    deleted = api(delete_registry_tool_env_var, "lookup", created.id)
    assert deleted.status_code == 200
    assert isinstance(deleted.parsed, EnvVarDeleteResponse)
    assert tool_keys(api, "lookup") == []
    assert tool_keys(api, "other") == ["TOKEN"]


def test_tool_variables_need_the_tool(api: Api) -> None:
    for missing in (
        api(list_registry_tool_env_vars, "ghost"),
        api(create_registry_tool_env_var, "ghost", body=EnvVarCreateRequest(key="A", value="b")),
        api(update_registry_tool_env_var, "ghost", 1, body=EnvVarUpdateRequest(value="b")),
        api(delete_registry_tool_env_var, "ghost", 1),
    ):
        assert missing.status_code == 404
        assert isinstance(missing.parsed, EnvVarErrorResponse)
    new_tool(api, "ghost")
    assert tool_keys(api, "ghost") == []
    bad = api(create_registry_tool_env_var, "ghost", body=EnvVarCreateRequest(key="no spaces", value="b"))
    assert bad.status_code == 422
    assert isinstance(bad.parsed, HTTPValidationError)
    assert tool_keys(api, "ghost") == []


# -- seeding -----------------------------------------------------------------------------------


def test_seed_refuses_bad_variables() -> None:
    for items in ([{"key": "A"}, {"key": "A"}], [{"value": "v"}], [{"key": "A", "value": 3}], ["A"]):
        with pytest.raises(ValueError, match=r"env_vars\["):
            State().load_seed({"env_vars": items})
    state = State()
    state.load_seed({"env_vars": [{"key": "A", "value": "secret-a"}]})
    assert [(v["key"], v["value_suffix"]) for v in state.snapshot()["env_vars"]] == [("A", "et-a")]
    assert "secret-a" not in json.dumps(state.snapshot())
