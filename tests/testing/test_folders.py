"""Folders on the local server through the generated client (sync and async): what a folder holds
lives in the other stores, so moves and deletes show through their own operations."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

import pytest
from promptlayer_api.api.datasets import create_dataset_group
from promptlayer_api.api.env_vars import create_registry_tool_env_var, list_registry_tool_env_vars
from promptlayer_api.api.folders import (
    create_folder,
    delete_folder_entities,
    list_folder_entities,
    move_folder_entities,
    rename_folder,
    resolve_folder_id,
)
from promptlayer_api.api.prompt_templates import (
    get_prompt_template_raw,
    list_prompt_templates,
    publish_prompt_template,
)
from promptlayer_api.api.skill_collections import get_skill_collection
from promptlayer_api.api.smart_tables import create_sheet, create_table, get_table, list_sheets
from promptlayer_api.api.tool_registry import create_registry_tool, get_registry_tool
from promptlayer_api.api.workflows import get_workflow
from promptlayer_api.models import (
    CreatePromptTemplate,
    DatasetGroupCreateRequest,
    EnvVarCreateRequest,
    ErrorResponse,
    ExternalIdErrorResponse,
    Folder,
    FolderCreateRequest,
    FolderEntitiesCountResponse,
    FolderEntitiesDeleteRequest,
    FolderEntitiesMoveRequest,
    FolderEntity,
    FolderEntityListResponse,
    FolderEntitySortField,
    FolderEntityType,
    FolderErrorResponse,
    FolderRenameRequest,
    FolderResolveIdResponse,
    FolderResponse,
    HTTPValidationError,
    PromptTemplateStatusFilter,
    SheetCreateRequest,
    SortOrder,
    TableCreateRequest,
    ToolRegistryCreateRequest,
)
from promptlayer_api.types import Response, Unset

from promptlayer.testing import LocalPromptLayer
from promptlayer.testing._state import State

from .generated_api import Api

KEY = "folders-test-key"
TEAM, DRAFTS, DOTTED = 10, 11, 12
WELCOME, FOOTER, LOOSE = 1, 2, 3  # template ids, in seed order
TRIAGE = 7


def chat(text: str) -> dict[str, Any]:
    return {"type": "chat", "messages": [{"role": "system", "content": [{"type": "text", "text": text}]}]}


SEED: dict[str, Any] = {
    "folders": [
        {
            "id": TEAM,
            "name": "Team",
            "created_by_email": "ann@example.com",
            "external_ids": [{"source": "git", "external_id": "team"}],
        },
        {"id": DRAFTS, "name": "Drafts", "parent_id": TEAM},
        {"id": DOTTED, "name": "v1.2", "parent_id": TEAM},  # a name with a dot in it
    ],
    "prompt_templates": [
        {
            "prompt_name": "welcome",
            "folder_id": TEAM,
            "tags": ["support"],
            "created_by_email": "ann@example.com",
            "versions": [{"prompt_template": chat("Hi")}, {"prompt_template": chat("Hello")}],
        },
        {
            "prompt_name": "footer",
            "folder_id": TEAM,
            "versions": [
                {"prompt_template": {"type": "completion", "content": [{"type": "text", "text": "Bye"}]}}
            ],
        },
        {"prompt_name": "loose", "versions": [{"prompt_template": chat("Root")}]},
    ],
    "workflows": [
        {
            "name": "triage",
            "id": TRIAGE,
            "folder_id": DRAFTS,
            "nodes": [{"name": "n", "is_output_node": True, "output": "x"}],
        }
    ],
    # the folder API has no kind for skill collections, yet this one makes v1.2 non-empty
    "skill_collections": [{"name": "kit", "folder_id": DOTTED}],
}


@pytest.fixture
def server() -> Iterator[LocalPromptLayer]:
    with LocalPromptLayer(api_key=KEY, seed=SEED) as running:
        yield running


@pytest.fixture
def api(mode: str, loop: asyncio.AbstractEventLoop, server: LocalPromptLayer) -> Iterator[Api]:
    with Api(server, mode, loop) as calling:
        yield calling


def body(response: Response[Any]) -> Any:
    return json.loads(response.content)


def new_folder(api: Api, name: str, **fields: Any) -> Response[Any]:
    return api(create_folder, body=FolderCreateRequest.from_dict({"name": name, **fields}))


def entities(api: Api, **query: Any) -> list[FolderEntity]:
    response = api(list_folder_entities, workspace_id=1, **query)
    assert response.status_code == 200, response.content
    assert isinstance(response.parsed, FolderEntityListResponse)
    assert not isinstance(response.parsed.entities, Unset)
    return response.parsed.entities


def kinds_and_names(api: Api, **query: Any) -> set[tuple[str, str]]:
    return {(e.type_.value, e.name) for e in entities(api, **query)}


def resolve(api: Api, path: str) -> Response[Any]:
    return api(resolve_folder_id, workspace_id=1, path=path)


def move(api: Api, folder_id: int | None, *references: tuple[str, int]) -> Response[Any]:
    refs = [{"type": kind, "id": entity_id} for kind, entity_id in references]
    return api(
        move_folder_entities,
        body=FolderEntitiesMoveRequest.from_dict({"entities": refs, "folder_id": folder_id}),
    )


def delete(api: Api, *references: tuple[str, int], cascade: bool = False) -> Response[Any]:
    refs = [{"type": kind, "id": entity_id} for kind, entity_id in references]
    return api(
        delete_folder_entities,
        body=FolderEntitiesDeleteRequest.from_dict({"entities": refs, "cascade": cascade}),
    )


def count(response: Response[Any]) -> int:
    assert response.status_code == 200, response.content
    assert isinstance(response.parsed, FolderEntitiesCountResponse)
    assert isinstance(response.parsed.moved_count, int)
    return response.parsed.moved_count


# -- create, rename, resolve -------------------------------------------------------------------


def test_create_nested_folders_and_find_them(api: Api, server: LocalPromptLayer) -> None:
    ops = new_folder(api, "Ops")
    assert ops.status_code == 201, ops.content
    assert isinstance(ops.parsed, FolderResponse) and isinstance(ops.parsed.folder, Folder)
    root = ops.parsed.folder
    assert (root.name, root.parent_id, root.path, root.workspace_id) == ("Ops", None, None, 1)
    assert isinstance(root.created_at, datetime)
    assert isinstance(root.id, int)

    night = new_folder(
        api, "Night", parent_id=root.id, external_ids=[{"source": "jira", "external_id": "N-1"}]
    )
    assert night.status_code == 201, night.content
    sent = server.requests_for("create_folder")[-1]
    assert (sent.method, sent.path) == ("POST", "/api/public/v2/folders")
    assert sent.json()["parent_id"] == root.id
    nested = body(night)["folder"]
    assert nested["parent_id"] == root.id
    assert nested["path"] == [{"id": root.id, "name": "Ops"}]
    assert nested["external_ids"] == [{"source": "jira", "external_id": "N-1"}]

    found = resolve(api, "Ops.Night")
    assert found.status_code == 200
    assert isinstance(found.parsed, FolderResolveIdResponse)
    assert found.parsed.id == nested["id"]
    assert body(resolve(api, "Team.v1.2")) == {"id": DOTTED}

    assert ("FOLDER", "Ops") in kinds_and_names(api)
    [listed] = entities(api, folder_id=root.id)
    assert (listed.id, listed.type_, listed.folder_id, listed.path) == (
        nested["id"],
        FolderEntityType.FOLDER,
        root.id,
        ["Ops"],
    )
    assert [e.to_dict() for e in listed.external_ids or []] == [{"source": "jira", "external_id": "N-1"}]


def test_create_folder_refusals(api: Api) -> None:
    taken = new_folder(api, "Team")
    assert taken.status_code == 400
    assert isinstance(taken.parsed, FolderErrorResponse)
    assert "already exists" in str(taken.parsed.message)
    assert new_folder(api, "Drafts").status_code == 201  # the same name under another parent

    orphan = new_folder(api, "Lost", parent_id=999)
    assert orphan.status_code == 404
    assert isinstance(orphan.parsed, FolderErrorResponse)

    linked = new_folder(api, "Copy", external_ids=[{"source": "git", "external_id": "team"}])
    assert linked.status_code == 409
    assert isinstance(linked.parsed, ExternalIdErrorResponse)

    assert new_folder(api, "Elsewhere", workspace_id=2).status_code == 400
    bad = new_folder(api, "")  # names have at least one character
    assert bad.status_code == 422
    assert isinstance(bad.parsed, HTTPValidationError)
    assert {name for kind, name in kinds_and_names(api) if kind == "FOLDER"} == {"Team", "Drafts"}


def test_rename_folder_changes_paths_everywhere(api: Api, server: LocalPromptLayer) -> None:
    renamed = api(rename_folder, DRAFTS, body=FolderRenameRequest(name="Ideas"))
    assert renamed.status_code == 200, renamed.content
    assert isinstance(renamed.parsed, FolderResponse) and isinstance(renamed.parsed.folder, Folder)
    folder = renamed.parsed.folder
    assert (folder.id, folder.name, folder.parent_id) == (DRAFTS, "Ideas", TEAM)
    assert isinstance(folder.updated_at, datetime) and isinstance(folder.created_at, datetime)
    assert folder.updated_at >= folder.created_at
    assert server.requests_for("rename_folder")[-1].path == f"/api/public/v2/folders/{DRAFTS}"

    assert body(resolve(api, "Team.Ideas")) == {"id": DRAFTS}
    gone = resolve(api, "Team.Drafts")
    assert gone.status_code == 404
    assert isinstance(gone.parsed, ErrorResponse)
    [workflow] = entities(api, folder_id=DRAFTS)
    assert (workflow.name, workflow.path) == ("triage", ["Team", "Ideas"])

    assert api(rename_folder, DRAFTS, body=FolderRenameRequest(name="Ideas")).status_code == 200
    clash = api(rename_folder, DRAFTS, body=FolderRenameRequest(name="v1.2"))
    assert clash.status_code == 400
    assert isinstance(clash.parsed, FolderErrorResponse)
    missing = api(rename_folder, 999, body=FolderRenameRequest(name="x"))
    assert missing.status_code == 404
    assert isinstance(missing.parsed, FolderErrorResponse)


# -- listing -----------------------------------------------------------------------------------


def test_listing_gathers_every_store(api: Api) -> None:
    group = api(create_dataset_group, body=DatasetGroupCreateRequest(name="evals", folder_id=TEAM))
    assert group.status_code == 201, group.content
    group_id = body(group)["dataset_group"]["id"]

    assert kinds_and_names(api, folder_id=TEAM) == {
        ("FOLDER", "Drafts"),
        ("FOLDER", "v1.2"),
        ("PROMPT", "welcome"),
        ("SNIPPET", "footer"),  # a completion-type template
        ("DATASET", "evals"),
    }
    assert all(e.path == ["Team"] and e.folder_id == TEAM for e in entities(api, folder_id=TEAM))
    assert kinds_and_names(api) == {("FOLDER", "Team"), ("PROMPT", "loose")}
    assert ("WORKFLOW", "triage") in kinds_and_names(api, folder_id=TEAM, flatten=True)
    [deep] = entities(api, filter_type=FolderEntityType.WORKFLOW, flatten=True)
    assert (deep.id, deep.path) == (TRIAGE, ["Team", "Drafts"])

    prompts = [FolderEntityType.PROMPT, FolderEntityType.SNIPPET]
    assert kinds_and_names(api, folder_id=TEAM, filter_type=prompts) == {
        ("PROMPT", "welcome"),
        ("SNIPPET", "footer"),
    }
    assert kinds_and_names(api, folder_id=TEAM, search_query="WEL") == {("PROMPT", "welcome")}
    assert kinds_and_names(api, folder_id=TEAM, tags="support") == {("PROMPT", "welcome")}
    assert kinds_and_names(api, folder_id=TEAM, created_by_email="ann@example.com") == {("PROMPT", "welcome")}
    assert kinds_and_names(api, external_source="git", external_id="team") == {("FOLDER", "Team")}
    before = datetime.now(UTC)
    assert new_folder(api, "Later", parent_id=TEAM).status_code == 201
    assert kinds_and_names(api, folder_id=TEAM, created_after=before) == {("FOLDER", "Later")}
    earlier = kinds_and_names(api, folder_id=TEAM, filter_type=FolderEntityType.FOLDER, created_before=before)
    assert earlier == {("FOLDER", "Drafts"), ("FOLDER", "v1.2")}

    by_name = entities(api, folder_id=TEAM, sort_by=FolderEntitySortField.NAME, sort_order=SortOrder.ASC)
    assert [e.name for e in by_name] == ["Drafts", "evals", "footer", "Later", "v1.2", "welcome"]
    by_id = entities(api, folder_id=TEAM, filter_type=prompts, sort_by=FolderEntitySortField.ID)
    assert [e.id for e in by_id] == [FOOTER, WELCOME]  # descending unless asked

    [plain] = entities(api, folder_id=TEAM, filter_type=FolderEntityType.DATASET)
    assert plain.id == group_id
    assert isinstance(plain.metadata, Unset)  # metadata only when asked for
    detailed = {
        e.name: e.metadata.to_dict()
        for e in entities(api, folder_id=TEAM, include_metadata=True)
        if e.metadata
    }
    assert detailed["welcome"] == {"type": "chat", "latest_version_number": 2}
    assert detailed["footer"] == {"type": "completion", "latest_version_number": 1}
    assert detailed["evals"] == {"isDraft": True, "latest_version_number": None}
    [workflow] = entities(api, folder_id=DRAFTS, include_metadata=True)
    assert workflow.metadata is not None and not isinstance(workflow.metadata, Unset)
    assert workflow.metadata.to_dict() == {"latest_version_number": 1}


def test_listing_refusals_and_semantic_search(api: Api) -> None:
    missing = api(list_folder_entities, workspace_id=1, folder_id=999)
    assert missing.status_code == 404
    assert isinstance(missing.parsed, FolderErrorResponse)
    other = api(list_folder_entities, workspace_id=2)
    assert other.status_code == 400
    assert isinstance(other.parsed, ErrorResponse)
    assert api(list_folder_entities, workspace_id=1, semantic_search=True).status_code == 422
    assert api(list_folder_entities, workspace_id=1, semantic_search_top_k=0).status_code == 422  # minimum 1

    assert len(entities(api, folder_id=TEAM, search_query="e")) == 2  # welcome, footer
    closest = entities(api, folder_id=TEAM, search_query="e", semantic_search=True, semantic_search_top_k=1)
    assert len(closest) == 1 and "e" in closest[0].name


# -- moving ------------------------------------------------------------------------------------


def test_move_changes_what_each_store_reports(api: Api, server: LocalPromptLayer) -> None:
    moved = move(api, DOTTED, ("PROMPT", LOOSE), ("FOLDER", DRAFTS))
    assert count(moved) == 2
    assert server.requests_for("move_folder_entities")[-1].json()["folder_id"] == DOTTED

    assert kinds_and_names(api) == {("FOLDER", "Team")}
    assert kinds_and_names(api, folder_id=DOTTED) == {("PROMPT", "loose"), ("FOLDER", "Drafts")}
    [workflow] = entities(api, folder_id=DRAFTS)
    assert workflow.path == ["Team", "v1.2", "Drafts"]  # moved with its folder
    assert body(resolve(api, "Team.v1.2.Drafts")) == {"id": DRAFTS}
    templates = {t["prompt_name"]: t for t in server.state.snapshot()["templates"]["prompt_templates"]}
    assert templates["loose"]["folder_id"] == DOTTED

    # a new version keeps the template where it was moved to
    published = api(
        publish_prompt_template,
        body=CreatePromptTemplate.from_dict(
            {"prompt_template": {"prompt_name": "loose"}, "prompt_version": {"prompt_template": chat("v2")}}
        ),
    )
    assert published.status_code == 200, published.content
    [loose] = entities(api, folder_id=DOTTED, filter_type=FolderEntityType.PROMPT, include_metadata=True)
    assert loose.metadata is not None and not isinstance(loose.metadata, Unset)
    assert loose.metadata.to_dict()["latest_version_number"] == 2

    assert count(move(api, None, ("SNIPPET", LOOSE), ("WORKFLOW", TRIAGE))) == 2  # back to the root
    assert kinds_and_names(api) == {("FOLDER", "Team"), ("PROMPT", "loose"), ("WORKFLOW", "triage")}


def test_move_refusals_change_nothing(api: Api) -> None:
    into_itself = move(api, DRAFTS, ("FOLDER", TEAM))
    assert into_itself.status_code == 400
    assert isinstance(into_itself.parsed, ErrorResponse)
    assert move(api, TEAM, ("FOLDER", TEAM)).status_code == 400

    assert new_folder(api, "Drafts").status_code == 201
    assert move(api, None, ("FOLDER", DRAFTS)).status_code == 400  # the root has a Drafts already

    half = move(api, DRAFTS, ("PROMPT", LOOSE), ("PROMPT", 999))
    assert half.status_code == 404
    assert isinstance(half.parsed, FolderErrorResponse)
    assert move(api, DRAFTS, ("AB_TEST", 1)).status_code == 404  # nothing of that kind exists here
    assert move(api, 999, ("PROMPT", LOOSE)).status_code == 404
    assert ("PROMPT", "loose") in kinds_and_names(api)

    bad = move(api, DRAFTS, ("PROMPT", 0))  # ids are positive
    assert bad.status_code == 422
    assert isinstance(bad.parsed, HTTPValidationError)


# -- deleting ----------------------------------------------------------------------------------


def test_delete_reaches_every_store(api: Api, server: LocalPromptLayer) -> None:
    tool = api(
        create_registry_tool,
        body=ToolRegistryCreateRequest.from_dict(
            {"name": "lookup", "tool_definition": {}, "folder_id": DRAFTS}
        ),
    )
    assert tool.status_code == 201, tool.content
    secret = api(
        create_registry_tool_env_var, "lookup", body=EnvVarCreateRequest(key="TOKEN", value="abcdef")
    )
    assert secret.status_code == 201, secret.content
    table = api(create_table, body=TableCreateRequest(title="scores", folder_id=DRAFTS))
    assert table.status_code == 201, table.content
    table_id = UUID(body(table)["table"]["id"])
    assert api(create_sheet, table_id, body=SheetCreateRequest(title="first")).status_code == 201

    full = delete(api, ("FOLDER", DOTTED))  # holds only a skill collection
    assert full.status_code == 400
    assert isinstance(full.parsed, ErrorResponse)
    assert "cascade" in str(full.parsed.message)
    assert delete(api, ("FOLDER", TEAM)).status_code == 400
    assert resolve(api, "Team.v1.2").status_code == 200

    assert count(delete(api, ("SNIPPET", FOOTER))) == 1
    assert api(get_prompt_template_raw, "footer").status_code == 404
    deleted = body(api(list_prompt_templates, status=PromptTemplateStatusFilter.DELETED))
    assert [t["prompt_name"] for t in deleted["items"]] == ["footer"]

    assert count(delete(api, ("FOLDER", TEAM), cascade=True)) == 1
    for path in ("Team", "Team.Drafts", "Team.v1.2"):
        assert resolve(api, path).status_code == 404
    assert api(get_prompt_template_raw, "welcome").status_code == 404
    assert api(get_workflow, "triage").status_code == 404
    assert api(get_skill_collection, "kit").status_code == 404
    assert api(get_registry_tool, "lookup").status_code == 404
    assert api(list_registry_tool_env_vars, "lookup").status_code == 404
    assert api(get_table, table_id).status_code == 404
    assert api(list_sheets, table_id).status_code == 404  # gone with their table
    assert kinds_and_names(api, flatten=True) == {("PROMPT", "loose")}

    again = delete(api, ("FOLDER", TEAM))
    assert again.status_code == 404
    assert isinstance(again.parsed, ErrorResponse)


def test_delete_empty_folder_and_bad_input(api: Api) -> None:
    empty = new_folder(api, "Empty")
    assert empty.status_code == 201
    assert count(delete(api, ("FOLDER", body(empty)["folder"]["id"]), ("PROMPT", LOOSE))) == 2
    assert kinds_and_names(api) == {("FOLDER", "Team")}
    assert delete(api, ("PROMPT", -1)).status_code == 422


# -- seeding -----------------------------------------------------------------------------------


def test_seed_refuses_bad_folders() -> None:
    for folders in (
        [{"name": "x", "parent_id": 5}],
        [{"name": "x"}, {"name": "x"}],
        [{"id": 1, "name": "a"}, {"id": 1, "name": "b"}],
        [{"name": ""}],
    ):
        with pytest.raises(ValueError, match=r"folders\["):
            State().load_seed({"folders": folders})
    state = State()
    state.load_seed({"folders": [{"id": 2, "name": "a"}, {"name": "b"}, {"name": "c"}]})
    assert [f["id"] for f in state.snapshot()["folders"]] == [1, 2, 3]  # seeded ids are skipped
