"""Skill collections on the local server, driven through the generated client over real sockets."""

from __future__ import annotations

import asyncio
import io
import json
import uuid
import zipfile
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import httpx
import pytest
from promptlayer_api import AuthenticatedClient
from promptlayer_api.api.skill_collections import (
    create_skill_collection,
    get_skill_collection,
    list_skill_collections,
    save_skill_collection_version,
    update_skill_collection,
)
from promptlayer_api.models import (
    CreateSkillCollectionMultipartRequest,
    CreateSkillCollectionRequest,
    CreateSkillCollectionResponse,
    ExternalIdErrorResponse,
    GetSkillCollectionResponse,
    ListSkillCollectionsResponse,
    SaveSkillCollectionVersionMultipartRequest,
    SaveSkillCollectionVersionRequest,
    SaveSkillCollectionVersionResponse,
    SkillCollectionDownloadFormat,
    SkillCollectionErrorResponse,
    SkillCollectionSortBy,
    SkillCollectionSortOrder,
    UpdateSkillCollectionRequest,
    UpdateSkillCollectionResponse,
)
from promptlayer_api.types import File, Response

from promptlayer.testing import LocalPromptLayer
from promptlayer.testing._state import State

KEY = "skills-test-key"
SEED: dict[str, Any] = {
    "skill_collections": [
        {
            "name": "Support Skills",
            "provider": "claude_code",
            "created_by_email": "ann@example.com",
            "external_ids": [{"source": "git", "external_id": "support"}],
            "versions": [
                {
                    "files": {"refunds/SKILL.md": "Refund v1"},
                    "commit_message": "start",
                    "release_label": "prod",
                },
                {
                    "files": {"refunds/SKILL.md": "Refund v2", "tone/SKILL.md": "Be kind"},
                    "commit_message": "more",
                },
            ],
        },
        {"name": "empty"},
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


def make_zip(files: dict[str, str], extra_dirs: tuple[str, ...] = ()) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for directory in extra_dirs:
            archive.writestr(directory, "")
        for path, content in files.items():
            archive.writestr(path, content)
    return buffer.getvalue()


def unzip(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name).decode() for name in archive.namelist()}


def pull(client: AuthenticatedClient, identifier: str, **query: Any) -> GetSkillCollectionResponse:
    response = get_skill_collection.sync_detailed(identifier, client=client, **query)
    assert response.status_code == 200, response.content
    assert isinstance(response.parsed, GetSkillCollectionResponse)
    return response.parsed


def files_of(client: AuthenticatedClient, identifier: str, **query: Any) -> dict[str, str]:
    return pull(client, identifier, **query).files.to_dict()


def save(client: AuthenticatedClient, identifier: str, **fields: Any) -> Response[Any]:
    return save_skill_collection_version.sync_detailed(
        identifier, client=client, body=SaveSkillCollectionVersionRequest.from_dict(fields)
    )


# -- listing and reading -----------------------------------------------------------------------


def test_list_skill_collections(client: AuthenticatedClient) -> None:
    response = list_skill_collections.sync_detailed(client=client)
    assert response.status_code == 200
    listing = response.parsed
    assert isinstance(listing, ListSkillCollectionsResponse)
    assert [c.name for c in listing.skill_collections] == ["empty", "Support Skills"]  # newest first
    support = listing.skill_collections[1]
    assert isinstance(support.id, uuid.UUID)
    assert (support.root_path, support.provider, support.is_deleted) == (
        "support-skills",
        "claude_code",
        False,
    )

    ascending = list_skill_collections.sync_detailed(
        client=client, sort_by=SkillCollectionSortBy.NAME, sort_order=SkillCollectionSortOrder.ASC
    ).parsed
    assert isinstance(ascending, ListSkillCollectionsResponse)
    assert [c.name for c in ascending.skill_collections] == ["Support Skills", "empty"]

    by_email = list_skill_collections.sync_detailed(client=client, created_by_email="ann@example.com")
    by_external = list_skill_collections.sync_detailed(
        client=client, external_source="git", external_id="support"
    )
    for filtered in (by_email.parsed, by_external.parsed):
        assert isinstance(filtered, ListSkillCollectionsResponse)
        assert [c.name for c in filtered.skill_collections] == ["Support Skills"]
    assert list_skill_collections.sync_detailed(client=client, external_source="git").status_code == 422


def test_get_latest_version_by_name_root_path_or_id(client: AuthenticatedClient) -> None:
    latest = pull(client, "Support Skills")
    assert latest.files.to_dict() == {"refunds/SKILL.md": "Refund v2", "tone/SKILL.md": "Be kind"}
    assert latest.version is not None
    assert (latest.version.number, latest.version.commit_message) == (2, "more")
    assert latest.version.file_paths == ["refunds/SKILL.md", "tone/SKILL.md"]
    assert latest.version.skill_collection_id == latest.skill_collection.id
    assert files_of(client, "support-skills") == latest.files.to_dict()
    assert files_of(client, str(latest.skill_collection.id)) == latest.files.to_dict()


def test_get_by_version_and_label(client: AuthenticatedClient) -> None:
    assert files_of(client, "support-skills", version=1) == {"refunds/SKILL.md": "Refund v1"}
    labelled = pull(client, "support-skills", label="prod")
    assert labelled.version is not None
    assert (labelled.version.number, labelled.version.release_label) == (1, "prod")


def test_get_errors(client: AuthenticatedClient) -> None:
    assert get_skill_collection.sync_detailed("nope", client=client).status_code == 404
    assert get_skill_collection.sync_detailed("support-skills", client=client, version=3).status_code == 404
    assert (
        get_skill_collection.sync_detailed("support-skills", client=client, label="beta").status_code == 404
    )
    both = get_skill_collection.sync_detailed("support-skills", client=client, version=1, label="prod")
    assert both.status_code == 400
    assert isinstance(both.parsed, SkillCollectionErrorResponse)
    assert "not both" in both.parsed.message


def test_collection_without_versions(client: AuthenticatedClient) -> None:
    empty = pull(client, "empty")
    assert (empty.files.to_dict(), empty.version) == ({}, None)
    download = get_skill_collection.sync_detailed(
        "empty", client=client, format_=SkillCollectionDownloadFormat.ZIP
    )
    assert download.status_code == 200
    assert unzip(download.content) == {}


def test_zip_download(client: AuthenticatedClient) -> None:
    response = get_skill_collection.sync_detailed(
        "support-skills", client=client, format_=SkillCollectionDownloadFormat.ZIP
    )
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/zip"
    assert response.parsed is None
    assert unzip(response.content) == {"refunds/SKILL.md": "Refund v2", "tone/SKILL.md": "Be kind"}
    old = get_skill_collection.sync_detailed(
        "support-skills", client=client, format_=SkillCollectionDownloadFormat.ZIP, label="prod"
    )
    assert unzip(old.content) == {"refunds/SKILL.md": "Refund v1"}


# -- creating ----------------------------------------------------------------------------------


def test_create_from_json(client: AuthenticatedClient, server: LocalPromptLayer) -> None:
    request = CreateSkillCollectionRequest.from_dict(
        {
            "name": "Sales Playbook",
            "provider": "openai",
            "folder_id": 4,
            "commit_message": "initial import",
            "files": [{"path": "pitch/SKILL.md", "content": "Pitch"}, {"path": "empty.md"}],
            "external_ids": [{"source": "crm", "external_id": "sales-1"}],
        }
    )
    response = create_skill_collection.sync_detailed(client=client, body=request)
    assert response.status_code == 201
    created = response.parsed
    assert isinstance(created, CreateSkillCollectionResponse)
    collection = created.skill_collection
    assert (collection.name, collection.root_path, collection.folder_id) == (
        "Sales Playbook",
        "sales-playbook",
        4,
    )
    assert [(e.source, e.external_id) for e in created.external_ids] == [("crm", "sales-1")]

    pulled = pull(client, str(collection.id))
    assert pulled.files.to_dict() == {"pitch/SKILL.md": "Pitch", "empty.md": ""}
    assert pulled.version is not None
    assert (pulled.version.number, pulled.version.commit_message, pulled.version.provider) == (
        1,
        "initial import",
        "openai",
    )
    snapshot = server.call(server.state.snapshot)["skills"]
    assert snapshot["files"][str(collection.id)] == {"pitch/SKILL.md": "Pitch", "empty.md": ""}
    assert len(snapshot["collections"]) == 3


def test_create_without_files_has_no_version(client: AuthenticatedClient) -> None:
    response = create_skill_collection.sync_detailed(
        client=client, body=CreateSkillCollectionRequest.from_dict({"name": "blank"})
    )
    assert response.status_code == 201
    assert pull(client, "blank").version is None


def test_create_from_zip(client: AuthenticatedClient) -> None:
    archive = make_zip(
        {"a/SKILL.md": "Alpha", "a/ref/notes.txt": "notes", "__MACOSX/a/._SKILL.md": "junk"},
        extra_dirs=("a/", "a/ref/"),
    )
    request = CreateSkillCollectionMultipartRequest(
        metadata=json.dumps(
            {"name": "Zipped", "commit_message": "upload", "files": [{"path": "b.md", "content": "B"}]}
        ),
        zip_=File(payload=io.BytesIO(archive), file_name="skills.zip", mime_type="application/zip"),
    )
    response = create_skill_collection.sync_detailed(client=client, body=request)
    assert response.status_code == 201, response.content
    pulled = pull(client, "Zipped")
    assert pulled.files.to_dict() == {"a/SKILL.md": "Alpha", "a/ref/notes.txt": "notes", "b.md": "B"}
    assert pulled.version is not None
    assert pulled.version.commit_message == "upload"


def test_create_with_archive_part_and_json_alias(client: AuthenticatedClient) -> None:
    binary = "line1\r\nline2\r\n--not-a-boundary\r\n"  # CRLFs and dashes must survive the parser
    request = CreateSkillCollectionMultipartRequest(
        json=json.dumps({"name": "Aliased"}),
        archive=File(
            payload=io.BytesIO(make_zip({"x.md": binary})), file_name="x.zip", mime_type="application/zip"
        ),
    )
    assert create_skill_collection.sync_detailed(client=client, body=request).status_code == 201
    assert files_of(client, "aliased") == {"x.md": binary}


def test_create_errors(client: AuthenticatedClient) -> None:
    def create(**fields: Any) -> Response[Any]:
        return create_skill_collection.sync_detailed(
            client=client, body=CreateSkillCollectionRequest.from_dict(fields)
        )

    duplicate = create(name="Support Skills")
    assert duplicate.status_code == 400
    assert isinstance(duplicate.parsed, SkillCollectionErrorResponse)
    assert "already exists" in duplicate.parsed.message
    assert create(name="support-skills").status_code == 400  # taken as a root_path
    assert create(name="x", files=[{"path": "../escape.md", "content": ""}]).status_code == 400
    assert create(name="x", files=[{"path": "a.md"}, {"path": "a.md"}]).status_code == 400
    conflict = create(name="x", external_ids=[{"source": "git", "external_id": "support"}])
    assert conflict.status_code == 409
    assert isinstance(conflict.parsed, ExternalIdErrorResponse)

    not_a_zip = CreateSkillCollectionMultipartRequest(
        metadata=json.dumps({"name": "x"}), zip_=File(payload=io.BytesIO(b"plain text"), file_name="a.zip")
    )
    bad_zip = create_skill_collection.sync_detailed(client=client, body=not_a_zip)
    assert bad_zip.status_code == 400
    assert "zip" in body(bad_zip)["message"]
    no_name = CreateSkillCollectionMultipartRequest(metadata=json.dumps({"provider": "openai"}))
    assert create_skill_collection.sync_detailed(client=client, body=no_name).status_code == 400
    listing = list_skill_collections.sync(client=client)
    assert isinstance(listing, ListSkillCollectionsResponse)
    assert "x" not in [c.name for c in listing.skill_collections]


def test_other_media_types_and_broken_multipart_without_the_contract_check() -> None:
    """With validation on the contract check answers 422 first; the handler's own checks remain."""
    with (
        LocalPromptLayer(api_key=KEY, seed=SEED, validate=False) as raw_server,
        httpx.Client(base_url=raw_server.base_url, headers={"X-API-KEY": KEY}) as http,
    ):
        text = http.post(
            "/api/public/v2/skill-collections", content=b"name=x", headers={"Content-Type": "text/plain"}
        )
        assert text.status_code == 415
        assert text.json() == {"success": False, "message": "Unsupported content type 'text/plain'"}
        unterminated = http.post(
            "/api/public/v2/skill-collections",
            content=b'--b\r\nContent-Disposition: form-data; name="metadata"\r\n\r\n{"name": "x"}\r\n',
            headers={"Content-Type": "multipart/form-data; boundary=b"},
        )
        assert unterminated.status_code == 400
        assert "boundary" in unterminated.json()["message"]
        form = http.post(
            "/api/public/v2/skill-collections/support-skills/versions",
            content=b'--b\r\nContent-Disposition: form-data; name="metadata"\r\n\r\n'
            b'{"deletes": ["tone/SKILL.md"]}\r\n--b--\r\n',
            headers={"Content-Type": "multipart/form-data; boundary=b"},
        )
        assert form.status_code == 201
        assert form.json()["version"]["file_paths"] == ["refunds/SKILL.md"]


# -- changing ----------------------------------------------------------------------------------


def test_rename_moves_root_path(client: AuthenticatedClient) -> None:
    before = pull(client, "support-skills")
    response = update_skill_collection.sync_detailed(
        "support-skills", client=client, body=UpdateSkillCollectionRequest(name="Help Desk")
    )
    assert response.status_code == 200
    assert isinstance(response.parsed, UpdateSkillCollectionResponse)
    renamed = response.parsed.skill_collection
    assert (renamed.id, renamed.name, renamed.root_path) == (
        before.skill_collection.id,
        "Help Desk",
        "help-desk",
    )
    assert isinstance(renamed.updated_at, datetime)
    assert isinstance(before.skill_collection.updated_at, datetime)
    assert renamed.updated_at >= before.skill_collection.updated_at
    assert get_skill_collection.sync_detailed("support-skills", client=client).status_code == 404
    after = pull(client, "help-desk")
    assert after.files.to_dict() == before.files.to_dict()
    assert after.version is not None
    assert after.version.root_path_at_version == "support-skills"  # the version predates the rename


def test_update_errors_and_no_op(client: AuthenticatedClient) -> None:
    def rename(identifier: str, name: str | None) -> Response[Any]:
        return update_skill_collection.sync_detailed(
            identifier, client=client, body=UpdateSkillCollectionRequest(name=name)
        )

    assert rename("nope", "x").status_code == 404
    assert rename("empty", "Support Skills").status_code == 400
    assert rename("empty", "  ").status_code == 400
    unchanged = rename("empty", None)
    assert unchanged.status_code == 200
    assert body(unchanged)["skill_collection"]["name"] == "empty"


def test_save_version_applies_moves_deletes_and_updates(client: AuthenticatedClient) -> None:
    response = save(
        client,
        "support-skills",
        moves=[{"old_path": "tone/SKILL.md", "new_path": "voice/SKILL.md"}],
        deletes=["refunds/SKILL.md"],
        file_updates=[{"path": "voice/SKILL.md", "content": "Be warm"}, {"path": "new.md", "content": "N"}],
        commit_message="reshuffle",
        release_label="beta",
    )
    assert response.status_code == 201, response.content
    assert isinstance(response.parsed, SaveSkillCollectionVersionResponse)
    version = response.parsed.version
    assert (version.number, version.commit_message, version.release_label) == (3, "reshuffle", "beta")
    assert version.file_paths == ["new.md", "voice/SKILL.md"]
    assert files_of(client, "support-skills") == {"voice/SKILL.md": "Be warm", "new.md": "N"}
    assert files_of(client, "support-skills", label="beta") == files_of(client, "support-skills")
    assert files_of(client, "support-skills", version=2)["tone/SKILL.md"] == "Be kind"  # history kept


def test_release_label_moves_to_the_new_version(client: AuthenticatedClient) -> None:
    assert save(client, "support-skills", release_label="prod", commit_message="promote").status_code == 201
    promoted = pull(client, "support-skills", label="prod")
    assert promoted.version is not None
    assert promoted.version.number == 3
    assert promoted.files.to_dict() == files_of(client, "support-skills", version=2)  # label-only: same files
    first = pull(client, "support-skills", version=1)
    assert first.version is not None
    assert first.version.release_label is None


def test_save_version_from_zip_replaces_the_files(client: AuthenticatedClient) -> None:
    request = SaveSkillCollectionVersionMultipartRequest(
        metadata=json.dumps(
            {"commit_message": "from zip", "file_updates": [{"path": "extra.md", "content": "E"}]}
        ),
        zip_=File(payload=io.BytesIO(make_zip({"only/SKILL.md": "Only"})), file_name="s.zip"),
    )
    response = save_skill_collection_version.sync_detailed("support-skills", client=client, body=request)
    assert response.status_code == 201, response.content
    assert files_of(client, "support-skills") == {"only/SKILL.md": "Only", "extra.md": "E"}
    download = get_skill_collection.sync_detailed(
        "support-skills", client=client, format_=SkillCollectionDownloadFormat.ZIP
    )
    assert unzip(download.content) == {"extra.md": "E", "only/SKILL.md": "Only"}


def test_first_version_of_an_empty_collection(client: AuthenticatedClient) -> None:
    response = save(client, "empty", file_updates=[{"path": "a.md", "content": "A"}])
    assert response.status_code == 201
    assert body(response)["version"]["number"] == 1
    assert files_of(client, "empty") == {"a.md": "A"}


def test_save_version_errors(client: AuthenticatedClient) -> None:
    assert save(client, "nope", deletes=["a"]).status_code == 404
    nothing = save(client, "support-skills")
    assert nothing.status_code == 400
    assert "Nothing to save" in body(nothing)["message"]
    assert save(client, "support-skills", deletes=["missing.md"]).status_code == 400
    assert save(client, "support-skills", moves=[{"old_path": "x.md", "new_path": "y.md"}]).status_code == 400
    clash = save(
        client, "support-skills", moves=[{"old_path": "tone/SKILL.md", "new_path": "refunds/SKILL.md"}]
    )
    assert clash.status_code == 400
    assert (
        save(client, "support-skills", file_updates=[{"path": "/abs.md", "content": ""}]).status_code == 400
    )
    latest = pull(client, "support-skills").version
    assert latest is not None
    assert latest.number == 2  # nothing was saved


def test_async_create_save_and_download(client: AuthenticatedClient) -> None:
    async def scenario() -> bytes:
        created = await create_skill_collection.asyncio_detailed(
            client=client,
            body=CreateSkillCollectionRequest.from_dict(
                {"name": "async", "files": [{"path": "a.md", "content": "1"}]}
            ),
        )
        assert created.status_code == 201
        saved = await save_skill_collection_version.asyncio_detailed(
            "async",
            client=client,
            body=SaveSkillCollectionVersionRequest.from_dict(
                {"file_updates": [{"path": "a.md", "content": "2"}]}
            ),
        )
        assert saved.status_code == 201
        download = await get_skill_collection.asyncio_detailed(
            "async", client=client, format_=SkillCollectionDownloadFormat.ZIP
        )
        assert download.status_code == 200
        return download.content

    assert unzip(asyncio.run(scenario())) == {"a.md": "2"}


# -- seeding -----------------------------------------------------------------------------------


def test_seeded_ids_are_uuids_and_snapshot_lists_versions() -> None:
    state = State()
    state.load_seed(SEED)
    snapshot = state.snapshot()["skills"]
    support = snapshot["collections"][0]
    assert str(uuid.UUID(support["id"])) == support["id"]
    assert [(v["number"], v["release_label"]) for v in snapshot["versions"]] == [(1, "prod"), (2, None)]
    assert snapshot["files"][support["id"]] == {"refunds/SKILL.md": "Refund v2", "tone/SKILL.md": "Be kind"}


@pytest.mark.parametrize(
    ("collection", "problem"),
    [
        ({"files": {}}, "name"),
        ({"name": "a", "files": {"../x": ""}}, "path"),
        ({"name": "a", "versions": "nope"}, "versions"),
    ],
)
def test_bad_seed_is_refused(collection: dict[str, Any], problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        State().load_seed({"skill_collections": [collection]})
