"""External ids on the local server, for all seven kinds, through the generated client (sync and async)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pytest
from promptlayer_api.api.datasets import create_dataset_group
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
from promptlayer_api.api.folders import create_folder, rename_folder
from promptlayer_api.api.prompt_templates import (
    get_prompt_template_raw,
    list_prompt_templates,
    publish_prompt_template,
)
from promptlayer_api.api.skill_collections import (
    create_skill_collection,
    get_skill_collection,
    list_skill_collections,
)
from promptlayer_api.api.tool_registry import create_registry_tool, list_registry_tools
from promptlayer_api.api.workflows import create_workflow, list_workflows
from promptlayer_api.models import (
    CreatePromptTemplate,
    CreatePromptTemplateResponse,
    CreateSkillCollectionRequest,
    CreateWorkflowRequest,
    DatasetGroupCreateRequest,
    ExternalId,
    ExternalIdAttachResponse,
    ExternalIdDeleteResponse,
    ExternalIdErrorResponse,
    ExternalIdListResponse,
    FolderCreateRequest,
    FolderRenameRequest,
    HTTPValidationError,
    ToolRegistryCreateRequest,
)

from promptlayer.testing import LocalPromptLayer

from .generated_api import Api as Caller
from .generated_api import body

KEY = "external-ids-test-key"
GIT = {"source": "git", "external_id": "repo/a.yaml"}  # a slash, so the path must be encoded
JIRA = {"source": "jira", "external_id": "PL-1"}


def _chat(text: str) -> dict[str, Any]:
    return {"type": "chat", "messages": [{"role": "user", "content": [{"type": "text", "text": text}]}]}


def _publish(name: str, text: str = "hi", **extra: Any) -> CreatePromptTemplate:
    return CreatePromptTemplate.from_dict(
        {
            "prompt_template": {"prompt_name": name},
            "prompt_version": {"prompt_template": _chat(text)},
            **extra,
        }
    )


def _workflow(name: str, **extra: Any) -> CreateWorkflowRequest:
    node = {"name": "out", "node_type": "VARIABLE", "is_output_node": True, "configuration": {"value": 1}}
    return CreateWorkflowRequest.from_dict({"name": name, "nodes": [node], **extra})


@dataclass(frozen=True)
class Kind:
    """One kind of object: how to make one (answering its id) and its three operations."""

    name: str
    make: Callable[[Caller, str, list[dict[str, str]]], Any]
    add: ModuleType
    list: ModuleType
    remove: ModuleType


def _made(response: Any, *where: str) -> Any:
    assert response.status_code in (200, 201), response.content
    found = body(response)
    for key in where:
        found = found[key]
    return found


KINDS = [
    Kind(
        "prompt_template",
        lambda call, name, ext: _made(
            call(publish_prompt_template, body=_publish(name, external_ids=ext)), "id"
        ),
        add_prompt_template_external_id,
        list_prompt_template_external_ids,
        remove_prompt_template_external_id,
    ),
    Kind(
        "folder",
        lambda call, name, ext: _made(
            call(create_folder, body=FolderCreateRequest.from_dict({"name": name, "external_ids": ext})),
            "folder",
            "id",
        ),
        add_folder_external_id,
        list_folder_external_ids,
        remove_folder_external_id,
    ),
    Kind(
        "workflow",
        lambda call, name, ext: _made(
            call(create_workflow, body=_workflow(name, external_ids=ext)), "workflow_id"
        ),
        add_workflow_external_id,
        list_workflow_external_ids,
        remove_workflow_external_id,
    ),
    Kind(
        "dataset_group",
        lambda call, name, ext: _made(
            call(
                create_dataset_group,
                body=DatasetGroupCreateRequest.from_dict({"name": name, "external_ids": ext}),
            ),
            "dataset_group",
            "id",
        ),
        add_dataset_group_external_id,
        list_dataset_group_external_ids,
        remove_dataset_group_external_id,
    ),
    Kind(
        "report",
        lambda call, name, ext: _report(call, ext),
        add_report_external_id,
        list_report_external_ids,
        remove_report_external_id,
    ),
    Kind(
        "tool",
        lambda call, name, ext: _made(
            call(
                create_registry_tool,
                body=ToolRegistryCreateRequest.from_dict(
                    {"name": name, "tool_definition": {"type": "function"}, "external_ids": ext}
                ),
            ),
            "tool_registry",
            "id",
        ),
        add_tool_external_id,
        list_tool_external_ids,
        remove_tool_external_id,
    ),
    Kind(
        "skill_collection",
        lambda call, name, ext: _made(
            call(
                create_skill_collection,
                body=CreateSkillCollectionRequest.from_dict({"name": name, "external_ids": ext}),
            ),
            "skill_collection",
            "id",
        ),
        add_skill_collection_external_id,
        list_skill_collection_external_ids,
        remove_skill_collection_external_id,
    ),
]


BY_NAME = {kind.name: kind for kind in KINDS}
SHOWN = ("prompt_template", "workflow", "folder", "tool", "skill_collection")


def _report(call: Caller, ext: list[dict[str, str]]) -> int:
    """A report record in the spec-driven store (create_evaluation_pipeline has no handler yet)."""
    store = call.server.state.resources
    report_id = 100 + len(store.records("reports", ()))
    call.server.call(lambda: store.add("reports", (), {"id": report_id, "external_ids": list(ext)}))
    return report_id


@pytest.fixture
def call(mode: str, loop: asyncio.AbstractEventLoop) -> Iterator[Caller]:
    with LocalPromptLayer(api_key=KEY) as server, Caller(server, mode, loop) as caller:
        yield caller


def _links(call: Caller, kind: Kind, object_id: Any) -> list[dict[str, str]]:
    response = call(kind.list, object_id)
    assert response.status_code == 200, response.content
    assert isinstance(response.parsed, ExternalIdListResponse)
    return [link.to_dict() for link in response.parsed.external_ids]


def test_add_list_remove_for_every_kind(call: Caller) -> None:
    """One server for all kinds: the same pair linked in each also shows that kinds do not collide."""
    for kind in KINDS:
        _add_list_remove(call, kind)
    assert not call.server.contract_errors


def _add_list_remove(call: Caller, kind: Kind) -> None:
    first = kind.make(call, f"{kind.name}-one", [JIRA])
    second = kind.make(call, f"{kind.name}-two", [])
    assert _links(call, kind, first) == [JIRA]  # linked when created

    added = call(kind.add, first, body=ExternalId.from_dict(GIT))
    assert added.status_code == 201, added.content
    assert isinstance(added.parsed, ExternalIdAttachResponse)
    assert added.parsed.external_id.to_dict() == GIT
    assert call(kind.add, first, body=ExternalId.from_dict(GIT)).status_code == 201  # already there
    assert _links(call, kind, first) == [JIRA, GIT]

    taken = call(kind.add, second, body=ExternalId.from_dict(GIT))
    assert taken.status_code == 409
    assert isinstance(taken.parsed, ExternalIdErrorResponse)
    assert "repo/a.yaml" in taken.parsed.message
    assert _links(call, kind, second) == []

    removed = call(kind.remove, first, GIT["source"], GIT["external_id"])
    assert removed.status_code == 200, removed.content
    assert isinstance(removed.parsed, ExternalIdDeleteResponse)
    assert _links(call, kind, first) == [JIRA]
    assert call(kind.remove, first, GIT["source"], GIT["external_id"]).status_code == 404
    assert call(kind.add, second, body=ExternalId.from_dict(GIT)).status_code == 201  # free again

    missing = "00000000-0000-4000-8000-00000000dead" if kind.name == "skill_collection" else 99999
    unknown = call(kind.list, missing)
    assert unknown.status_code == 404
    assert isinstance(unknown.parsed, ExternalIdErrorResponse)
    bad = call(kind.add, first, body=ExternalId.from_dict({"source": "", "external_id": "x"}))
    assert bad.status_code == 422  # the contract: source needs at least one character
    assert isinstance(bad.parsed, HTTPValidationError)


def test_links_show_in_the_reads_of_each_store(call: Caller) -> None:
    made = {name: BY_NAME[name].make(call, name, []) for name in SHOWN}
    for name, object_id in made.items():
        assert call(BY_NAME[name].add, object_id, body=ExternalId.from_dict(GIT)).status_code == 201
    template, workflow, folder, tool, skills = made.values()

    by_link = {"external_source": GIT["source"], "external_id": GIT["external_id"]}
    templates = body(call(list_prompt_templates, **by_link))["items"]
    assert [(t["id"], t["external_ids"]) for t in templates] == [(template, [GIT])]
    assert [w["id"] for w in body(call(list_workflows, **by_link))["items"]] == [workflow]
    assert [t["id"] for t in body(call(list_registry_tools, **by_link))["tool_registries"]] == [tool]
    assert [c["id"] for c in body(call(list_skill_collections, **by_link))["skill_collections"]] == [skills]
    assert body(call(get_skill_collection, skills))["skill_collection"]["external_ids"] == [GIT]
    renamed = call(rename_folder, folder, body=FolderRenameRequest.from_dict({"name": "renamed"}))
    assert body(renamed)["folder"]["external_ids"] == [GIT]
    next_version = {key: value for key, value in _workflow("x").to_dict().items() if key != "name"}
    version = call(
        create_workflow, body=CreateWorkflowRequest.from_dict({**next_version, "workflow_id": workflow})
    )
    assert (body(version)["version_number"], body(version)["external_ids"]) == (2, [GIT])

    assert call(remove_workflow_external_id, workflow, GIT["source"], GIT["external_id"]).status_code == 200
    assert call(remove_tool_external_id, tool, GIT["source"], GIT["external_id"]).status_code == 200
    assert body(call(list_workflows, **by_link))["items"] == []
    assert body(call(list_registry_tools, **by_link))["tool_registries"] == []
    assert body(call(list_prompt_templates, **by_link))["total"] == 1


def test_creating_with_a_taken_external_id_is_refused(call: Caller) -> None:
    BY_NAME["workflow"].make(call, "owner", [GIT])
    refused = call(create_workflow, body=_workflow("thief", external_ids=[GIT]))
    assert refused.status_code == 409
    assert isinstance(refused.parsed, ExternalIdErrorResponse)
    assert [w["name"] for w in body(call(list_workflows))["items"]] == ["owner"]


def test_reports_without_records_accept_any_id_until_the_store_holds_some(call: Caller) -> None:
    assert call(add_report_external_id, 7, body=ExternalId.from_dict(GIT)).status_code == 201
    assert _links(call, BY_NAME["report"], 7) == [GIT]
    assert call(add_report_external_id, 8, body=ExternalId.from_dict(GIT)).status_code == 409
    assert call.server.call(call.server.state.snapshot)["external_ids"]["loose"]["reports"]["7"] == {
        "id": 7,
        "external_ids": [GIT],
    }

    held = _report(call, [])
    assert call(list_report_external_ids, 7).status_code == 404  # now only stored reports exist
    assert call(add_report_external_id, held, body=ExternalId.from_dict(GIT)).status_code == 201
    assert call.server.state.resources.records("reports", ())[0]["external_ids"] == [GIT]


# -- upsert by external id ---------------------------------------------------------------------


def test_upsert_creates_then_adds_versions(call: Caller) -> None:
    created = call(
        upsert_prompt_template_by_external_id, "git", "prompts/greet.yaml", body=_publish("greet", "v1")
    )
    assert created.status_code == 201, created.content
    assert isinstance(created.parsed, CreatePromptTemplateResponse)
    assert (created.parsed.prompt_name, created.parsed.version_number) == ("greet", 1)
    assert [e.to_dict() for e in created.parsed.external_ids] == [
        {"source": "git", "external_id": "prompts/greet.yaml"}
    ]

    # The external id, not the name, picks the template.
    updated = call(
        upsert_prompt_template_by_external_id,
        "git",
        "prompts/greet.yaml",
        body=_publish("other-name", "v2", release_labels=["prod"]),
    )
    assert updated.status_code == 200, updated.content
    assert isinstance(updated.parsed, CreatePromptTemplateResponse)
    assert (updated.parsed.id, updated.parsed.prompt_name, updated.parsed.version_number) == (
        created.parsed.id,
        "greet",
        2,
    )
    raw = body(call(get_prompt_template_raw, "greet", label="prod"))
    assert (raw["version"], raw["prompt_template"]["messages"][0]["content"][0]["text"]) == (2, "v2")
    links = _links(call, BY_NAME["prompt_template"], created.parsed.id)
    assert links == [{"source": "git", "external_id": "prompts/greet.yaml"}]
    assert body(call(list_prompt_templates, name="other-name"))["items"] == []


def test_upsert_conflicts_and_bad_input(call: Caller) -> None:
    call(publish_prompt_template, body=_publish("taken"))
    same_name = call(upsert_prompt_template_by_external_id, "git", "x", body=_publish("taken"))
    assert same_name.status_code == 409
    assert isinstance(same_name.parsed, ExternalIdErrorResponse)
    assert "taken" in same_name.parsed.message

    call(upsert_prompt_template_by_external_id, "git", "a", body=_publish("a"))
    elsewhere = call(
        upsert_prompt_template_by_external_id,
        "git",
        "b",
        body=_publish("b", external_ids=[{"source": "git", "external_id": "a"}]),
    )
    assert elsewhere.status_code == 409
    assert body(call(list_prompt_templates))["total"] == 2  # nothing was created

    invalid = call(upsert_prompt_template_by_external_id, "git", "c" * 513, body=_publish("c"))
    assert invalid.status_code == 422
    assert isinstance(invalid.parsed, HTTPValidationError)
    assert not call.server.contract_errors
