"""The generated external-id and folder operations build the requests the spec describes.

Same harness as test_requests.py: each call runs through `sync_detailed` and `asyncio_detailed`
against a recording MockTransport, and the canned answers follow the published schemas.
"""

from __future__ import annotations

import datetime as dt
import json
from types import ModuleType
from typing import Any

import pytest
from promptlayer_api.api.external_ids import (
    add_dataset_group_external_id,
    add_folder_external_id,
    add_prompt_template_external_id,
    add_report_external_id,
    add_skill_collection_external_id,
    add_tool_external_id,
    add_workflow_external_id,
    list_dataset_group_external_ids,
    list_folder_external_ids,
    list_prompt_template_external_ids,
    list_report_external_ids,
    list_skill_collection_external_ids,
    list_tool_external_ids,
    list_workflow_external_ids,
    remove_dataset_group_external_id,
    remove_folder_external_id,
    remove_prompt_template_external_id,
    remove_report_external_id,
    remove_skill_collection_external_id,
    remove_tool_external_id,
    remove_workflow_external_id,
    upsert_prompt_template_by_external_id,
)
from promptlayer_api.api.folders import (
    create_folder,
    delete_folder_entities,
    list_folder_entities,
    move_folder_entities,
    rename_folder,
    resolve_folder_id,
)
from promptlayer_api.models import (
    CreatePromptTemplate,
    CreatePromptTemplateResponse,
    ExternalId,
    ExternalIdAttachResponse,
    ExternalIdDeleteResponse,
    ExternalIdErrorResponse,
    ExternalIdListResponse,
    Folder,
    FolderCreateRequest,
    FolderDatasetEntityMetadata,
    FolderEntitiesCountResponse,
    FolderEntitiesDeleteRequest,
    FolderEntitiesMoveRequest,
    FolderEntity,
    FolderEntityListResponse,
    FolderEntityReference,
    FolderEntitySortField,
    FolderEntityType,
    FolderErrorResponse,
    FolderOtherEntityMetadata,
    FolderRenameRequest,
    FolderResolveIdResponse,
    FolderResponse,
    SortOrder,
)

from tests.generated.test_requests import CHAT, Recorder, assert_auth, call, make_client

# (add, list, remove) modules, the path before /external-ids, and an id of the right type.
RESOURCES = [
    pytest.param(
        (
            add_prompt_template_external_id,
            list_prompt_template_external_ids,
            remove_prompt_template_external_id,
        ),
        "prompt_template_id",
        "/prompt-templates/41",
        41,
        id="prompt_template",
    ),
    pytest.param(
        (add_folder_external_id, list_folder_external_ids, remove_folder_external_id),
        "folder_id",
        "/api/public/v2/folders/42",
        42,
        id="folder",
    ),
    pytest.param(
        (add_workflow_external_id, list_workflow_external_ids, remove_workflow_external_id),
        "workflow_id",
        "/workflows/43",
        43,
        id="workflow",
    ),
    pytest.param(
        (add_dataset_group_external_id, list_dataset_group_external_ids, remove_dataset_group_external_id),
        "dataset_group_id",
        "/api/public/v2/dataset-groups/44",
        44,
        id="dataset_group",
    ),
    pytest.param(
        (add_report_external_id, list_report_external_ids, remove_report_external_id),
        "report_id",
        "/reports/45",
        45,
        id="report",
    ),
    pytest.param(
        (add_tool_external_id, list_tool_external_ids, remove_tool_external_id),
        "tool_id",
        "/api/public/v2/tool-registry/46",
        46,
        id="tool",
    ),
    pytest.param(
        (
            add_skill_collection_external_id,
            list_skill_collection_external_ids,
            remove_skill_collection_external_id,
        ),
        "skill_collection_id",
        "/api/public/v2/skill-collections/0b5c2f1e-7d4a-4c1e-9f00-3a2b1c0d9e8f",
        "0b5c2f1e-7d4a-4c1e-9f00-3a2b1c0d9e8f",
        id="skill_collection",
    ),
]
LINK = {"source": "github", "external_id": "acme/repo#7"}
FOLDER = {
    "id": 9,
    "name": "Drafts",
    "created_at": "2026-01-02T03:04:05Z",
    "updated_at": "2026-01-03T03:04:05Z",
    "path": [{"id": 3, "name": "Team"}],
    "workspace_id": 12,
    "parent_id": 3,
    "external_ids": [LINK],
}
ENTITIES = [{"id": 1, "type": "FOLDER"}, {"id": 5, "type": "PROMPT"}]


def only_json(recorder: Recorder) -> Any:
    return json.loads(recorder.only.content)


# -- the seven external-id groups ----------------------------------------------------------


@pytest.mark.parametrize(("modules", "id_name", "base", "resource_id"), RESOURCES)
def test_add_external_id(
    mode: str, modules: tuple[ModuleType, ...], id_name: str, base: str, resource_id: Any
) -> None:
    recorder = Recorder(201, {"success": True, "external_id": LINK})
    body = ExternalId(source="github", external_id="acme/repo#7")
    kwargs = {id_name: resource_id, "client": make_client(recorder, mode), "body": body}
    response = call(mode, modules[0], **kwargs)

    request = recorder.only
    assert_auth(request)
    assert request.method == "POST"
    assert request.url.raw_path == f"{base}/external-ids".encode()
    assert only_json(recorder) == LINK
    assert request.headers["content-type"] == "application/json"
    assert response.status_code == 201
    assert isinstance(response.parsed, ExternalIdAttachResponse)
    assert response.parsed.success is True
    assert response.parsed.external_id.external_id == "acme/repo#7"


@pytest.mark.parametrize(("modules", "id_name", "base", "resource_id"), RESOURCES)
def test_list_external_ids(
    mode: str, modules: tuple[ModuleType, ...], id_name: str, base: str, resource_id: Any
) -> None:
    answer = {"success": True, "external_ids": [LINK, {"source": "jira", "external_id": "PL-1"}]}
    recorder = Recorder(200, answer)
    response = call(mode, modules[1], **{id_name: resource_id, "client": make_client(recorder, mode)})

    request = recorder.only
    assert request.method == "GET"
    assert request.url.raw_path == f"{base}/external-ids".encode()
    assert request.content == b""
    assert isinstance(response.parsed, ExternalIdListResponse)
    assert [(link.source, link.external_id) for link in response.parsed.external_ids] == [
        ("github", "acme/repo#7"),
        ("jira", "PL-1"),
    ]


@pytest.mark.parametrize(("modules", "id_name", "base", "resource_id"), RESOURCES)
def test_remove_external_id_encodes_the_path(
    mode: str, modules: tuple[ModuleType, ...], id_name: str, base: str, resource_id: Any
) -> None:
    recorder = Recorder(200, {"success": True})
    kwargs = {id_name: resource_id, "source": "git hub", "external_id": "acme/repo#7"}
    response = call(mode, modules[2], client=make_client(recorder, mode), **kwargs)

    request = recorder.only
    assert_auth(request)
    assert request.method == "DELETE"
    assert request.url.raw_path == f"{base}/external-ids/git%20hub/acme%2Frepo%237".encode()
    assert request.content == b""
    assert isinstance(response.parsed, ExternalIdDeleteResponse)
    assert response.parsed.success is True


def test_add_external_id_conflict_parses_the_error(mode: str) -> None:
    recorder = Recorder(409, {"success": False, "message": "already linked to workflow 3"})
    body = ExternalId(source="github", external_id="x")
    response = call(
        mode, add_workflow_external_id, workflow_id=8, client=make_client(recorder, mode), body=body
    )
    assert response.status_code == 409
    assert isinstance(response.parsed, ExternalIdErrorResponse)
    assert response.parsed.message == "already linked to workflow 3"


@pytest.mark.parametrize(("status", "created"), [(201, True), (200, False)])
def test_upsert_prompt_template_by_external_id(mode: str, status: int, created: bool) -> None:
    answer = {
        "id": 5,
        "prompt_name": "welcome",
        "prompt_template": CHAT,
        "prompt_version_id": 12,
        "version_number": 1 if created else 4,
        "tags": [],
        "external_ids": [LINK],
    }
    recorder = Recorder(status, answer)
    body = CreatePromptTemplate.from_dict(
        {"prompt_template": {"prompt_name": "welcome"}, "prompt_version": {"prompt_template": CHAT}}
    )
    response = call(
        mode,
        upsert_prompt_template_by_external_id,
        source="github",
        external_id="acme/repo#7",
        client=make_client(recorder, mode),
        body=body,
    )

    request = recorder.only
    assert_auth(request)
    assert request.method == "PUT"
    assert request.url.raw_path == b"/prompt-templates/by-external-id/github/acme%2Frepo%237"
    sent = only_json(recorder)
    assert sent["prompt_template"] == {"prompt_name": "welcome"}
    assert sent["prompt_version"]["prompt_template"]["messages"][0]["role"] == "user"
    assert response.status_code == status
    assert isinstance(response.parsed, CreatePromptTemplateResponse)
    assert response.parsed.version_number == (1 if created else 4)
    assert response.parsed.external_ids[0].source == "github"


# -- folders -------------------------------------------------------------------------------


def test_create_folder_body_and_answer(mode: str) -> None:
    recorder = Recorder(201, {"success": True, "folder": FOLDER})
    body = FolderCreateRequest(
        name="Drafts", parent_id=None, workspace_id=12, external_ids=[ExternalId.from_dict(LINK)]
    )
    response = call(mode, create_folder, client=make_client(recorder, mode), body=body)

    request = recorder.only
    assert_auth(request)
    assert request.method == "POST"
    assert request.url.path == "/api/public/v2/folders"
    assert only_json(recorder) == {
        "name": "Drafts",
        "parent_id": None,
        "workspace_id": 12,
        "external_ids": [LINK],
    }
    assert isinstance(response.parsed, FolderResponse)
    folder = response.parsed.folder
    assert isinstance(folder, Folder)
    assert folder.created_at == dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    assert folder.parent_id == 3
    assert isinstance(folder.path, list)
    assert folder.path[0].additional_properties == {"id": 3, "name": "Team"}
    assert isinstance(folder.external_ids, list)
    assert folder.external_ids[0].external_id == "acme/repo#7"


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ({"success": False, "message": "Folder already exists"}, FolderErrorResponse),
        ("Invalid workspace_id", str),
    ],
)
def test_create_folder_bad_request_is_an_object_or_a_string(mode: str, answer: Any, expected: type) -> None:
    recorder = Recorder(400, answer)
    response = call(
        mode, create_folder, client=make_client(recorder, mode), body=FolderCreateRequest(name="x")
    )
    assert only_json(recorder) == {"name": "x"}
    assert response.status_code == 400
    assert type(response.parsed) is expected


def test_rename_folder(mode: str) -> None:
    recorder = Recorder(200, {"success": True, "folder": {**FOLDER, "name": "Final"}})
    body = FolderRenameRequest(name="Final")
    response = call(mode, rename_folder, folder_id=9, client=make_client(recorder, mode), body=body)

    request = recorder.only
    assert request.method == "PATCH"
    assert request.url.path == "/api/public/v2/folders/9"
    assert only_json(recorder) == {"name": "Final"}
    assert isinstance(response.parsed, FolderResponse)
    assert isinstance(response.parsed.folder, Folder)
    assert response.parsed.folder.name == "Final"


def test_list_folder_entities_query_string(mode: str) -> None:
    answer = {
        "entities": [
            {
                "id": 5,
                "name": "welcome",
                "type": "PROMPT",
                "created_at": None,
                "folder_id": 9,
                "path": ["Team", "Drafts"],
                "metadata": {"type": "chat", "latest_version_number": 3},
                "external_ids": [],
            },
            {"id": 6, "name": "eval set", "type": "DATASET", "path": [], "metadata": None},
        ]
    }
    recorder = Recorder(200, answer)
    response = call(
        mode,
        list_folder_entities,
        client=make_client(recorder, mode),
        workspace_id=12,
        folder_id=9,
        filter_type=[FolderEntityType.PROMPT, FolderEntityType.DATASET],
        search_query="wel",
        flatten=True,
        created_after=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        sort_by=FolderEntitySortField.UPDATED_AT,
        sort_order=SortOrder.ASC,
        tags=["prod", "beta"],
        semantic_search_threshold=0.5,
    )

    request = recorder.only
    assert_auth(request)
    assert request.method == "GET"
    assert request.url.path == "/api/public/v2/folders/entities"
    assert request.url.params.multi_items() == [
        ("workspace_id", "12"),
        ("folder_id", "9"),
        ("filter_type", "PROMPT"),
        ("filter_type", "DATASET"),
        ("search_query", "wel"),
        ("flatten", "true"),
        ("include_metadata", "false"),
        ("created_after", "2026-01-01T00:00:00+00:00"),
        ("sort_by", "updated_at"),
        ("sort_order", "asc"),
        ("tags", "prod"),
        ("tags", "beta"),
        ("semantic_search", "false"),
        ("semantic_search_top_k", "100"),
        ("semantic_search_threshold", "0.5"),
    ]
    assert isinstance(response.parsed, FolderEntityListResponse)
    assert isinstance(response.parsed.entities, list)
    prompt, dataset = response.parsed.entities
    assert isinstance(prompt, FolderEntity)
    assert prompt.type_ is FolderEntityType.PROMPT
    assert prompt.created_at is None
    assert prompt.path == ["Team", "Drafts"]
    assert isinstance(prompt.metadata, FolderOtherEntityMetadata)
    assert prompt.metadata.to_dict() == {"type": "chat", "latest_version_number": 3}
    assert dataset.type_ is FolderEntityType.DATASET
    assert dataset.metadata is None


def test_list_folder_entities_single_filter_type() -> None:
    recorder = Recorder(200, {"entities": []})
    call(
        "sync",
        list_folder_entities,
        client=make_client(recorder, "sync"),
        workspace_id=1,
        filter_type=FolderEntityType.WORKFLOW,
    )
    assert recorder.only.url.params.get_list("filter_type") == ["WORKFLOW"]


def test_entity_metadata_keeps_its_keys_and_reads_into_the_typed_shape() -> None:
    entity = FolderEntity.from_dict(
        {
            "id": 6,
            "name": "eval set",
            "type": "DATASET",
            "path": [],
            "metadata": {"isDraft": True, "latest_version_number": 2},
        }
    )
    assert isinstance(entity.metadata, FolderOtherEntityMetadata)
    typed = FolderDatasetEntityMetadata.from_dict(entity.metadata.to_dict())
    assert typed.is_draft is True
    assert typed.latest_version_number == 2
    assert entity.to_dict()["metadata"] == {"isDraft": True, "latest_version_number": 2}


def test_new_entity_type_still_parses() -> None:
    entity = FolderEntity.from_dict({"id": 1, "name": "n", "type": "NOTEBOOK", "path": []})
    assert entity.type_ == "NOTEBOOK"
    assert entity.to_dict()["type"] == "NOTEBOOK"


def test_move_folder_entities(mode: str) -> None:
    recorder = Recorder(200, {"moved_count": 2})
    body = FolderEntitiesMoveRequest(
        entities=[FolderEntityReference.from_dict(entity) for entity in ENTITIES],
        folder_id=None,
        workspace_id=12,
    )
    response = call(mode, move_folder_entities, client=make_client(recorder, mode), body=body)

    request = recorder.only
    assert request.method == "POST"
    assert request.url.path == "/api/public/v2/folders/entities"
    assert only_json(recorder) == {"entities": ENTITIES, "folder_id": None, "workspace_id": 12}
    assert isinstance(response.parsed, FolderEntitiesCountResponse)
    assert response.parsed.moved_count == 2


def test_delete_folder_entities_sends_a_body(mode: str) -> None:
    recorder = Recorder(200, {"moved_count": 3})
    body = FolderEntitiesDeleteRequest(
        entities=[FolderEntityReference(id=1, type_=FolderEntityType.FOLDER)], cascade=True
    )
    response = call(mode, delete_folder_entities, client=make_client(recorder, mode), body=body)

    request = recorder.only
    assert_auth(request)
    assert request.method == "DELETE"
    assert request.url.path == "/api/public/v2/folders/entities"
    assert request.headers["content-type"] == "application/json"
    assert only_json(recorder) == {"entities": [{"id": 1, "type": "FOLDER"}], "cascade": True}
    assert isinstance(response.parsed, FolderEntitiesCountResponse)
    assert response.parsed.moved_count == 3


def test_resolve_folder_id(mode: str) -> None:
    recorder = Recorder(200, {"id": 9})
    response = call(
        mode, resolve_folder_id, client=make_client(recorder, mode), workspace_id=12, path="Team.Drafts"
    )

    request = recorder.only
    assert request.method == "GET"
    assert request.url.path == "/api/public/v2/folders/resolve-id"
    assert request.url.params.multi_items() == [("workspace_id", "12"), ("path", "Team.Drafts")]
    assert isinstance(response.parsed, FolderResolveIdResponse)
    assert response.parsed.id == 9
