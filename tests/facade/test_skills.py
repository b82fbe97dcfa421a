"""client.skills through both clients (sync and async), against the local server: what each
call returns, what the server received (JSON and multipart bodies) and what it stored."""

from __future__ import annotations

import io
import json
import uuid
import zipfile
from email import policy
from email.parser import BytesParser
from pathlib import Path
from typing import Any

import httpx
import pytest

from promptlayer import (
    PromptLayerAPIConnectionError,
    PromptLayerAPIError,
    PromptLayerBadRequestError,
    PromptLayerInternalServerError,
    PromptLayerNotFoundError,
    PromptLayerValidationError,
)
from promptlayer._transport.flow import Send
from promptlayer._transport.retry import RetryPolicy
from promptlayer.skills import SkillsCore
from promptlayer.testing import Fault, LocalPromptLayer

SUPPORT = "Support Skills"
SEED: dict[str, Any] = {
    "skill_collections": [
        {
            "name": SUPPORT,
            "provider": "claude_code",
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
LATEST = {"refunds/SKILL.md": "Refund v2", "tone/SKILL.md": "Be kind"}


@pytest.fixture
def promptlayer_seed() -> dict[str, Any]:
    return SEED


def make_zip(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path, content in files.items():
            archive.writestr(path, content)
    return buffer.getvalue()


def unzip(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name).decode() for name in archive.namelist()}


def form(recorded: Any) -> dict[str, tuple[str | None, bytes]]:
    """A recorded multipart/form-data body's parts: name -> (filename, content)."""
    content_type = recorded.headers["content-type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    message = BytesParser(policy=policy.HTTP).parsebytes(
        b"Content-Type: " + content_type.encode() + b"\r\n\r\n" + recorded.body
    )
    assert message.is_multipart() and not message.defects
    parts: dict[str, tuple[str | None, bytes]] = {}
    for part in message.iter_parts():
        content = part.get_payload(decode=True)
        assert isinstance(content, bytes)
        parts[str(part.get_param("name", header="content-disposition"))] = (part.get_filename(), content)
    return parts


def stored_files(server: LocalPromptLayer, name: str) -> dict[str, str]:
    collection = server.state.skills.find(name)
    assert collection is not None, f"no collection {name!r} on the server"
    return collection.files()


def query(server: LocalPromptLayer, operation_id: str) -> list[list[tuple[str, str]]]:
    return [r.query for r in server.requests_for(operation_id)]


# -- pull ------------------------------------------------------------------------------------


def test_pull_json_latest(pl: Any, server: LocalPromptLayer) -> None:
    answer = pl.skills.pull(SUPPORT)
    assert answer["success"] is True
    assert answer["files"] == LATEST
    assert answer["skill_collection"]["name"] == SUPPORT
    assert answer["skill_collection"]["root_path"] == "support-skills"
    assert answer["version"]["number"] == 2
    assert answer["version"]["commit_message"] == "more"
    assert query(server, "get_skill_collection") == [[]]  # JSON is the default: no format sent


@pytest.mark.parametrize(
    ("kwargs", "number", "sent"),
    [
        ({"label": "prod"}, 1, [("label", "prod")]),
        ({"version": 1}, 1, [("version", "1")]),
        ({"version": 2}, 2, [("version", "2")]),
        ({"format": None}, 2, []),  # the official SDK's default
    ],
)
def test_pull_by_label_or_version(
    pl: Any, server: LocalPromptLayer, kwargs: dict[str, Any], number: int, sent: list[tuple[str, str]]
) -> None:
    answer = pl.skills.pull("support-skills", **kwargs)
    assert answer["version"]["number"] == number
    expected = {"refunds/SKILL.md": "Refund v1"} if number == 1 else LATEST
    assert answer["files"] == expected
    assert query(server, "get_skill_collection") == [sent]


def test_pull_by_id_and_uuid(pl: Any) -> None:
    collection_id = pl.skills.pull(SUPPORT)["skill_collection"]["id"]
    assert pl.skills.pull(collection_id)["files"] == LATEST
    assert pl.skills.pull(uuid.UUID(collection_id))["files"] == LATEST


def test_pull_empty_collection(pl: Any) -> None:
    answer = pl.skills.pull("empty")
    assert answer["files"] == {}
    assert answer["version"] is None
    assert unzip(pl.skills.pull("empty", format="zip")) == {}


def test_pull_zip(pl: Any, server: LocalPromptLayer) -> None:
    data = pl.skills.pull(SUPPORT, format="zip")
    assert isinstance(data, bytes)
    assert unzip(data) == LATEST
    old = pl.skills.pull(SUPPORT, label="prod", format="zip")
    assert unzip(old) == {"refunds/SKILL.md": "Refund v1"}
    assert query(server, "get_skill_collection") == [
        [("format", "zip")],
        [("label", "prod"), ("format", "zip")],
    ]


def test_pull_zip_rejects_an_answer_that_is_not_a_zip(pl: Any, server: LocalPromptLayer) -> None:
    server.inject("get_skill_collection", Fault.malformed_json())
    with pytest.raises(PromptLayerAPIError, match="not a zip archive") as caught:
        pl.skills.pull(SUPPORT, format="zip")
    assert caught.value.status_code == 200
    assert isinstance(caught.value.body, str)


# -- create / publish ------------------------------------------------------------------------


def test_create_from_json(pl: Any, server: LocalPromptLayer) -> None:
    answer = pl.skills.create(
        "Billing",
        files={"invoices/SKILL.md": "Invoices", "README.md": ""},
        commit_message="first",
        provider="claude_code",
        folder_id=7,
        external_ids=[{"source": "git", "external_id": "billing"}],
    )
    assert answer["success"] is True
    assert answer["skill_collection"]["name"] == "Billing"
    assert answer["skill_collection"]["folder_id"] == 7
    assert answer["external_ids"] == [{"source": "git", "external_id": "billing"}]
    assert "version" not in answer
    [request] = server.requests_for("create_skill_collection")
    assert request.headers["content-type"] == "application/json"
    assert request.json() == {
        "name": "Billing",
        "provider": "claude_code",
        "folder_id": 7,
        "external_ids": [{"source": "git", "external_id": "billing"}],
        "files": [{"path": "invoices/SKILL.md", "content": "Invoices"}, {"path": "README.md", "content": ""}],
        "commit_message": "first",
    }
    assert stored_files(server, "Billing") == {"invoices/SKILL.md": "Invoices", "README.md": ""}
    assert pl.skills.pull("Billing")["version"]["commit_message"] == "first"


def test_create_with_files_as_a_list(pl: Any, server: LocalPromptLayer) -> None:
    pl.skills.create("Listed", files=[{"path": "a/SKILL.md", "content": "A"}, {"path": "b.md"}])
    assert server.requests_for("create_skill_collection")[0].json()["files"] == [
        {"path": "a/SKILL.md", "content": "A"},
        {"path": "b.md", "content": ""},
    ]
    assert stored_files(server, "Listed") == {"a/SKILL.md": "A", "b.md": ""}


def test_create_bare(pl: Any, server: LocalPromptLayer) -> None:
    answer = pl.skills.create("Bare")
    assert answer["skill_collection"]["name"] == "Bare"
    assert server.requests_for("create_skill_collection")[0].json() == {"name": "Bare"}
    assert pl.skills.pull("Bare")["version"] is None


def test_create_from_zip_bytes_is_multipart(pl: Any, server: LocalPromptLayer) -> None:
    archive = make_zip({"x/SKILL.md": "from zip", "y.md": "why"})
    answer = pl.skills.create("Zipped", zip=archive, commit_message="import", provider="openai")
    assert answer["skill_collection"]["provider"] == "openai"
    [request] = server.requests_for("create_skill_collection")
    parts = form(request)
    assert set(parts) == {"metadata", "archive"}
    assert parts["archive"] == ("skills.zip", archive)
    assert json.loads(parts["metadata"][1]) == {
        "name": "Zipped",
        "provider": "openai",
        "commit_message": "import",
    }
    assert stored_files(server, "Zipped") == {"x/SKILL.md": "from zip", "y.md": "why"}


def test_create_from_a_path_and_a_file_object(pl: Any, server: LocalPromptLayer, tmp_path: Path) -> None:
    path = tmp_path / "team-skills.zip"
    path.write_bytes(make_zip({"p/SKILL.md": "from path"}))
    pl.skills.create("FromPath", zip=path)
    pl.skills.create("FromStr", zip=str(path))
    with path.open("rb") as handle:
        pl.skills.create("FromFile", zip=handle)
    requests = server.requests_for("create_skill_collection")
    assert [form(r)["archive"] for r in requests] == [("team-skills.zip", path.read_bytes())] * 3
    for name in ("FromPath", "FromStr", "FromFile"):
        assert stored_files(server, name) == {"p/SKILL.md": "from path"}


def test_create_with_zip_and_files(pl: Any, server: LocalPromptLayer) -> None:
    pl.skills.create("Both", zip=make_zip({"a.md": "zip"}), files={"b.md": "json"})
    metadata = json.loads(form(server.requests_for("create_skill_collection")[0])["metadata"][1])
    assert metadata == {"name": "Both", "files": [{"path": "b.md", "content": "json"}]}
    assert stored_files(server, "Both") == {"a.md": "zip", "b.md": "json"}


def test_create_with_release_label_saves_a_labelled_first_version(pl: Any, server: LocalPromptLayer) -> None:
    answer = pl.skills.create("Labelled", files={"a.md": "A"}, commit_message="v1", release_label="prod")
    assert answer["version"]["number"] == 1
    assert answer["version"]["release_label"] == "prod"
    assert answer["version"]["file_paths"] == ["a.md"]
    [create] = server.requests_for("create_skill_collection")
    assert create.json() == {"name": "Labelled"}  # the create body has no label: files go with it
    [save] = server.requests_for("save_skill_collection_version")
    assert save.path.endswith(f"/{answer['skill_collection']['id']}/versions")
    assert save.json() == {
        "release_label": "prod",
        "file_updates": [{"path": "a.md", "content": "A"}],
        "commit_message": "v1",
    }
    pulled = pl.skills.pull("Labelled", label="prod")
    assert pulled["files"] == {"a.md": "A"}
    assert pulled["version"]["number"] == 1


def test_create_with_release_label_and_zip(pl: Any, server: LocalPromptLayer) -> None:
    archive = make_zip({"z.md": "Z"})
    answer = pl.skills.create("LabelledZip", zip=archive, release_label="beta")
    assert answer["version"]["release_label"] == "beta"
    assert json.loads(server.requests_for("create_skill_collection")[0].body) == {"name": "LabelledZip"}
    parts = form(server.requests_for("save_skill_collection_version")[0])
    assert json.loads(parts["metadata"][1]) == {"release_label": "beta"}
    assert parts["archive"][1] == archive
    assert pl.skills.pull("LabelledZip", label="beta")["files"] == {"z.md": "Z"}


def test_create_with_release_label_reports_what_was_done_when_the_version_fails(
    pl: Any, server: LocalPromptLayer
) -> None:
    server.inject("save_skill_collection_version", Fault.http_status(400))
    with pytest.raises(
        PromptLayerBadRequestError, match=r"was created .* but has no labelled version"
    ) as caught:
        pl.skills.create("Half", files={"a.md": "A"}, release_label="prod")
    assert caught.value.status_code == 400
    assert server.state.skills.find("Half") is not None


def test_publish_is_create_with_a_provider(pl: Any, server: LocalPromptLayer) -> None:
    answer = pl.skills.publish(
        {"name": "Published", "provider": "claude_code", "files": [{"path": "s/SKILL.md", "content": "S"}]}
    )
    assert answer["skill_collection"]["provider"] == "claude_code"
    [request] = server.requests_for("create_skill_collection")
    assert request.json() == {
        "name": "Published",
        "provider": "claude_code",
        "files": [{"path": "s/SKILL.md", "content": "S"}],
    }
    assert stored_files(server, "Published") == {"s/SKILL.md": "S"}


def test_publish_with_zip_and_label(pl: Any, server: LocalPromptLayer) -> None:
    archive = make_zip({"k.md": "K"})
    answer = pl.skills.publish({"name": "PubZip", "provider": "openai", "release_label": "prod"}, archive)
    assert answer["version"]["release_label"] == "prod"
    assert form(server.requests_for("save_skill_collection_version")[0])["archive"][1] == archive
    assert pl.skills.pull("PubZip", label="prod")["files"] == {"k.md": "K"}


def test_duplicate_name_maps_to_bad_request(pl: Any) -> None:
    with pytest.raises(PromptLayerBadRequestError, match="already exists") as caught:
        pl.skills.create(SUPPORT)
    assert caught.value.status_code == 400
    assert caught.value.body["success"] is False


# -- update ----------------------------------------------------------------------------------


def test_update_rename(pl: Any, server: LocalPromptLayer) -> None:
    answer = pl.skills.update(SUPPORT, name="Help Desk")
    assert answer == {"success": True, "skill_collection": answer["skill_collection"]}
    assert answer["skill_collection"]["name"] == "Help Desk"
    assert [r.json() for r in server.requests_for("update_skill_collection")] == [{"name": "Help Desk"}]
    assert server.requests_for("save_skill_collection_version") == []
    assert server.requests_for("get_skill_collection") == []
    assert pl.skills.pull("Help Desk")["files"] == LATEST


def test_update_files_moves_deletes_label(pl: Any, server: LocalPromptLayer) -> None:
    answer = pl.skills.update(
        SUPPORT,
        files={"faq/SKILL.md": "FAQ", "tone/SKILL.md": "Be very kind"},
        moves={"refunds/SKILL.md": "billing/refunds.md"},
        deletes=[],
        commit_message="reorganise",
        release_label="prod",
    )
    assert answer["skill_collection"]["name"] == SUPPORT
    assert answer["version"]["number"] == 3
    assert answer["version"]["release_label"] == "prod"
    [save] = server.requests_for("save_skill_collection_version")
    assert save.json() == {
        "file_updates": [
            {"path": "faq/SKILL.md", "content": "FAQ"},
            {"path": "tone/SKILL.md", "content": "Be very kind"},
        ],
        "moves": [{"old_path": "refunds/SKILL.md", "new_path": "billing/refunds.md"}],
        "commit_message": "reorganise",
        "release_label": "prod",
    }
    expected = {"billing/refunds.md": "Refund v2", "tone/SKILL.md": "Be very kind", "faq/SKILL.md": "FAQ"}
    assert stored_files(server, SUPPORT) == expected
    assert pl.skills.pull(SUPPORT, label="prod")["version"]["number"] == 3  # the label moved

    pl.skills.update(
        SUPPORT, deletes=["faq/SKILL.md"], moves=[{"old_path": "tone/SKILL.md", "new_path": "t.md"}]
    )
    assert server.requests_for("save_skill_collection_version")[1].json() == {
        "moves": [{"old_path": "tone/SKILL.md", "new_path": "t.md"}],
        "deletes": ["faq/SKILL.md"],
    }
    assert stored_files(server, SUPPORT) == {"billing/refunds.md": "Refund v2", "t.md": "Be very kind"}


def test_update_with_the_official_file_updates_name(pl: Any, server: LocalPromptLayer) -> None:
    answer = pl.skills.update(SUPPORT, file_updates=[{"path": "new.md", "content": "N"}], provider="openai")
    assert answer["version"]["provider"] == "openai"
    assert server.requests_for("save_skill_collection_version")[0].json() == {
        "file_updates": [{"path": "new.md", "content": "N"}],
        "provider": "openai",
    }
    assert stored_files(server, SUPPORT)["new.md"] == "N"


def test_update_rename_and_files_saves_by_id(pl: Any, server: LocalPromptLayer) -> None:
    answer = pl.skills.update("support-skills", name="Renamed", files={"r.md": "R"}, release_label="stable")
    collection_id = answer["skill_collection"]["id"]
    assert answer["skill_collection"]["name"] == "Renamed"
    assert answer["version"]["release_label"] == "stable"
    [save] = server.requests_for("save_skill_collection_version")
    assert save.path == f"/api/public/v2/skill-collections/{collection_id}/versions"
    assert server.requests_for("get_skill_collection") == []  # the rename answered with the collection
    assert pl.skills.pull("Renamed", label="stable")["files"]["r.md"] == "R"


def test_update_with_zip_replaces_files(pl: Any, server: LocalPromptLayer, tmp_path: Path) -> None:
    path = tmp_path / "replacement.zip"
    path.write_bytes(make_zip({"only.md": "only"}))
    answer = pl.skills.update(SUPPORT, zip=path, commit_message="replace")
    assert answer["version"]["file_paths"] == ["only.md"]
    parts = form(server.requests_for("save_skill_collection_version")[0])
    assert parts["archive"] == ("replacement.zip", path.read_bytes())
    assert json.loads(parts["metadata"][1]) == {"commit_message": "replace"}
    assert stored_files(server, SUPPORT) == {"only.md": "only"}


def test_update_rename_then_failed_save_says_it_renamed(pl: Any, server: LocalPromptLayer) -> None:
    server.inject("save_skill_collection_version", Fault.http_status(400))
    with pytest.raises(PromptLayerBadRequestError, match="was renamed to 'New Name'; no version was saved"):
        pl.skills.update(SUPPORT, name="New Name", files={"a.md": "A"})
    assert server.state.skills.find("New Name") is not None


# -- list ------------------------------------------------------------------------------------


def test_list(pl: Any, server: LocalPromptLayer) -> None:
    answer = pl.skills.list(sort_by="name", sort_order="asc")
    assert [c["name"] for c in answer["skill_collections"]] == [SUPPORT, "empty"]
    found = pl.skills.list(
        external_source="git", external_id="support", created_after="2000-01-01T00:00:00+00:00"
    )
    assert [c["name"] for c in found["skill_collections"]] == [SUPPORT]
    assert query(server, "list_skill_collections") == [
        [("sort_by", "name"), ("sort_order", "asc")],
        [
            ("created_after", "2000-01-01T00:00:00+00:00"),
            ("external_source", "git"),
            ("external_id", "support"),
        ],
    ]


# -- validation: raised before any request ---------------------------------------------------

ZIP_OK = make_zip({"a.md": "A"})
VALIDATION_CASES: list[tuple[str, tuple[Any, ...], dict[str, Any], str]] = [
    ("pull", ("",), {}, "identifier"),
    ("pull", ("   ",), {}, "identifier"),
    ("pull", (None,), {}, "identifier"),
    ("pull", (42,), {}, "identifier"),
    ("pull", (SUPPORT,), {"label": "prod", "version": 1}, "not both"),
    ("pull", (SUPPORT,), {"format": "tar"}, "format"),
    ("pull", (SUPPORT,), {"format": "JSON"}, "format"),
    ("pull", (SUPPORT,), {"version": 0}, "version"),
    ("pull", (SUPPORT,), {"version": True}, "version"),
    ("pull", (SUPPORT,), {"version": "2"}, "version"),
    ("pull", (SUPPORT,), {"label": ""}, "label"),
    ("create", ("",), {}, "name"),
    ("create", (None,), {}, "name"),
    ("create", ("n",), {"files": {"../escape.md": "x"}}, "relative path"),
    ("create", ("n",), {"files": {"a/../../b.md": "x"}}, "relative path"),
    ("create", ("n",), {"files": {"/etc/passwd": "x"}}, "relative path"),
    ("create", ("n",), {"files": {"C:/x.md": "x"}}, "relative path"),
    ("create", ("n",), {"files": {"a//b.md": "x"}}, "relative path"),
    ("create", ("n",), {"files": {"./a.md": "x"}}, "relative path"),
    ("create", ("n",), {"files": {"dir/": "x"}}, "relative path"),
    ("create", ("n",), {"files": {"..\\up.md": "x"}}, "relative path"),
    ("create", ("n",), {"files": {"": "x"}}, "relative path"),
    ("create", ("n",), {"files": {"a.md": b"bytes"}}, "must be text"),
    ("create", ("n",), {"files": {"a.md": 5}}, "must be text"),
    ("create", ("n",), {"files": {"a.md": None}}, "must be text"),
    ("create", ("n",), {"files": {3: "x"}}, "relative path"),
    ("create", ("n",), {"files": "a.md"}, "files must be"),
    ("create", ("n",), {"files": 5}, "files must be"),
    ("create", ("n",), {"files": [{"path": "a.md", "text": "x"}]}, "each entry of files"),
    ("create", ("n",), {"files": [{"content": "x"}]}, "each entry of files"),
    ("create", ("n",), {"files": [("a.md", "x")]}, "each entry of files"),
    ("create", ("n",), {"files": [{"path": "a.md"}, {"path": "a.md", "content": "again"}]}, "twice"),
    ("create", ("n",), {"zip": b"not a zip"}, "not a valid zip"),
    ("create", ("n",), {"zip": b""}, "not a valid zip"),
    ("create", ("n",), {"zip": io.StringIO("text")}, "binary mode"),
    ("create", ("n",), {"zip": 12}, "zip must be"),
    ("create", ("n",), {"zip": "/nonexistent/dir/skills.zip"}, "cannot read"),
    ("create", ("n",), {"zip": make_zip({"../evil.md": "x"})}, "zip archive must be a relative path"),
    ("create", ("n",), {"folder_id": 0}, "folder_id"),
    ("create", ("n",), {"folder_id": "3"}, "folder_id"),
    ("create", ("n",), {"provider": ""}, "provider"),
    ("create", ("n",), {"commit_message": 5}, "commit_message"),
    ("create", ("n",), {"release_label": " "}, "release_label"),
    ("create", ("n",), {"external_ids": [{"source": "git"}]}, "external id"),
    ("create", ("n",), {"external_ids": [{"source": "", "external_id": "x"}]}, "external id"),
    ("create", ("n",), {"external_ids": [{"source": "s" * 129, "external_id": "x"}]}, "external id"),
    ("create", ("n",), {"external_ids": {"source": "git", "external_id": "x"}}, "external_ids"),
    ("publish", ({"name": "n"},), {}, "needs a provider"),
    ("publish", ({"name": "n", "provider": "openai", "file": []},), {}, "Unknown skill collection field"),
    ("publish", ("n",), {}, "body must be"),
    ("publish", ({"name": "", "provider": "openai"},), {}, "name"),
    ("publish", ({"name": "n", "provider": "openai"}, b"nope"), {}, "not a valid zip"),
    ("update", (SUPPORT,), {}, "Nothing to update"),
    ("update", (SUPPORT,), {"files": {}, "moves": [], "deletes": []}, "Nothing to update"),
    ("update", ("",), {"name": "x"}, "identifier"),
    ("update", (SUPPORT,), {"name": ""}, "name"),
    ("update", (SUPPORT,), {"files": {"a": "x"}, "file_updates": [{"path": "b"}]}, "not both"),
    ("update", (SUPPORT,), {"files": {"../a": "x"}}, "relative path"),
    ("update", (SUPPORT,), {"file_updates": [{"path": "a", "content": 1}]}, "must be text"),
    ("update", (SUPPORT,), {"moves": {"a.md": "../b.md"}}, "relative path"),
    ("update", (SUPPORT,), {"moves": [{"old_path": "a.md"}]}, "each entry of moves"),
    ("update", (SUPPORT,), {"deletes": "a.md"}, "deletes must be"),
    ("update", (SUPPORT,), {"deletes": [".."]}, "relative path"),
    ("update", (SUPPORT,), {"release_label": ""}, "release_label"),
    ("update", (SUPPORT,), {"provider": 3}, "provider"),
    ("update", (SUPPORT,), {"zip": b"PK but not really"}, "not a valid zip"),
    ("list", (), {"sort_by": "size"}, "sort_by"),
    ("list", (), {"sort_order": "up"}, "sort_order"),
    ("list", (), {"external_source": "git"}, "together"),
    ("list", (), {"created_after": "yesterday"}, "created_after"),
    ("list", (), {"updated_before": 1700000000}, "updated_before"),
    ("list", (), {"created_by_email": ""}, "created_by_email"),
]


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "message"),
    VALIDATION_CASES,
    ids=[f"{case[0]}-{index}" for index, case in enumerate(VALIDATION_CASES)],
)
def test_invalid_arguments_fail_before_any_request(
    make_client: Any,
    server: LocalPromptLayer,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    message: str,
) -> None:
    pl = make_client(throw_on_error=False)  # invalid arguments raise even so
    with pytest.raises(PromptLayerValidationError, match=message):
        getattr(pl.skills, method)(*args, **kwargs)
    assert server.requests == []


def test_a_good_zip_passes_the_same_checks(pl: Any) -> None:
    assert pl.skills.create("Fine", zip=ZIP_OK) is not None  # the validation cases above can fail


# -- errors, throw_on_error, retries ---------------------------------------------------------


@pytest.mark.parametrize(
    ("method", "args", "kwargs"),
    [
        ("pull", ("missing",), {}),
        ("pull", ("missing",), {"format": "zip"}),
        ("pull", (SUPPORT,), {"label": "nope"}),
        ("pull", (SUPPORT,), {"version": 9}),
        ("update", ("missing",), {"name": "x"}),
        ("update", ("missing",), {"files": {"a.md": "A"}}),
    ],
)
def test_not_found(pl: Any, method: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    with pytest.raises(PromptLayerNotFoundError, match="HTTP 404") as caught:
        getattr(pl.skills, method)(*args, **kwargs)
    assert caught.value.status_code == 404
    assert "not found" in caught.value.message or "has no" in caught.value.message


def test_throw_on_error_false_returns_none(make_client: Any, server: LocalPromptLayer) -> None:
    pl = make_client(throw_on_error=False)
    assert pl.skills.pull("missing") is None
    assert pl.skills.pull("missing", format="zip") is None
    assert pl.skills.create(SUPPORT) is None  # 400: the name is taken
    assert pl.skills.update("missing", name="x") is None
    assert pl.skills.publish({"name": SUPPORT, "provider": "openai"}) is None
    assert pl.skills.pull(SUPPORT)["files"] == LATEST  # and it still works


def test_reads_are_retried(pl: Any, server: LocalPromptLayer, sleeps: list[float]) -> None:
    server.inject("get_skill_collection", Fault.server_error(), times=2)
    assert unzip(pl.skills.pull(SUPPORT, format="zip")) == LATEST
    assert len(server.requests_for("get_skill_collection")) == 3
    assert len(sleeps) == 2


@pytest.mark.parametrize(
    ("operation", "call"),
    [
        ("create_skill_collection", lambda skills: skills.create("Once", files={"a.md": "A"})),
        ("create_skill_collection", lambda skills: skills.create("Once", zip=ZIP_OK)),
        ("update_skill_collection", lambda skills: skills.update(SUPPORT, name="Once")),
        ("save_skill_collection_version", lambda skills: skills.update(SUPPORT, files={"a.md": "A"})),
    ],
)
def test_writes_are_not_resent_after_a_5xx(
    pl: Any, server: LocalPromptLayer, sleeps: list[float], operation: str, call: Any
) -> None:
    server.inject(operation, Fault.server_error())
    with pytest.raises(PromptLayerInternalServerError):
        call(pl.skills)
    assert len(server.requests_for(operation)) == 1
    assert sleeps == []


def test_a_write_lost_on_the_way_back_is_not_resent(pl: Any, server: LocalPromptLayer) -> None:
    server.inject("create_skill_collection", Fault.drop(after_handling=True))
    with pytest.raises(PromptLayerAPIConnectionError):
        pl.skills.create("Lost", files={"a.md": "A"})
    assert len(server.requests_for("create_skill_collection")) == 1
    assert stored_files(server, "Lost") == {"a.md": "A"}  # it was applied once


def test_a_rate_limited_upload_is_resent_with_the_same_body(
    pl: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    server.inject("create_skill_collection", Fault.rate_limited(retry_after=0.25))
    pl.skills.create("Again", zip=ZIP_OK)
    first, second = server.requests_for("create_skill_collection")
    assert first.body == second.body
    assert first.headers["content-type"] == second.headers["content-type"]
    assert sleeps == [0.25]
    assert stored_files(server, "Again") == {"a.md": "A"}


# -- the core on its own (sans-IO): answers the server would not give ------------------------


def run_with(flow: Any, response: httpx.Response) -> Any:
    effect = next(flow)
    assert isinstance(effect, Send)
    try:
        flow.send(response)
    except StopIteration as stop:
        return stop.value
    raise AssertionError("the flow asked for more than one exchange")


def test_a_2xx_answer_without_the_collection_is_an_sdk_error() -> None:
    core = SkillsCore(RetryPolicy(max_retries=0))
    with pytest.raises(PromptLayerAPIError, match="has no skill_collection") as caught:
        run_with(core.pull("x"), httpx.Response(200, json={"success": True}))
    assert caught.value.body == {"success": True}
    with pytest.raises(PromptLayerAPIError, match="has no skill_collections"):
        run_with(core.list(), httpx.Response(200, json={"skill_collections": None}))


def test_pull_requests_are_built_once_for_both_clients() -> None:
    core = SkillsCore(RetryPolicy())
    effect = next(core.pull("a b/c", label="prod", format="zip"))
    assert isinstance(effect, Send)
    request = effect.request
    assert (request.method, request.path) == ("GET", "/api/public/v2/skill-collections/a%20b%2Fc")
    assert request.params == [("label", "prod"), ("format", "zip")]
    assert request.idempotent is True
    create = next(core.create("n", zip=ZIP_OK))
    assert isinstance(create, Send)
    assert create.request.idempotent is False


def test_a_zip_answer_must_be_a_zip() -> None:
    core = SkillsCore(RetryPolicy(max_retries=0))
    page = httpx.Response(
        200, content=b"<html>gateway</html>", headers={"content-type": "application/octet-stream"}
    )
    with pytest.raises(PromptLayerAPIError, match="not a zip archive"):
        run_with(core.pull("x", format="zip"), page)
    archive = httpx.Response(200, content=ZIP_OK, headers={"content-type": "application/zip"})
    assert run_with(core.pull("x", format="zip"), archive) == ZIP_OK
