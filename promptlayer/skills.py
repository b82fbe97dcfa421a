"""`client.skills`: pull, create (and `publish`), update and list skill collections.

Creating, renaming and saving a version are not repeatable (a repeated save is a second
version; a repeated rename looks for a name that is gone), so they are resent only when the
server cannot have applied them. What the API cannot do in one request (a create with a
release label, a rename with new files) takes two, in the order that leaves the most useful
state if the second fails; the error then says what the first one changed.
"""

from __future__ import annotations

import io
import json
import os
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import IO, TYPE_CHECKING, Any, cast

import httpx

from . import _validate as check
from ._faces import AsyncFace, SyncFace, operation
from ._transport.flow import Flow, RawBody, call, exchange
from ._transport.routes import request_for
from .errors import PromptLayerAPIError, PromptLayerError, PromptLayerValidationError, error_for_response
from .types import (
    CreateSkillCollectionResponse,
    ListSkillCollectionsResponse,
    PublishSkillCollection,
    PullSkillCollectionResponse,
    SkillExternalId,
    SkillFile,
    SkillFileMove,
    UpdateSkillCollectionResponse,
)

if TYPE_CHECKING:
    from ._transport.retry import RetryPolicy

FORMATS = ("json", "zip")
SORT_BY = ("created_at", "updated_at", "name", "id")
SORT_ORDERS = ("asc", "desc")
DEFAULT_ARCHIVE_NAME = "skills.zip"
MAX_SOURCE_LENGTH = 128
MAX_EXTERNAL_ID_LENGTH = 512
_PUBLISH_KEYS = frozenset(PublishSkillCollection.__annotations__)

Identifier = str | uuid.UUID
# A zip archive: its bytes, a filesystem path, or a file object opened in binary mode.
ZipUpload = bytes | bytearray | memoryview | str | os.PathLike[str] | IO[bytes]
# Files: {path: text}, or the API's (and the official SDK's) [{"path": ..., "content": ...}].
Files = Mapping[str, str] | Sequence[SkillFile]
# Moves: {old_path: new_path}, or [{"old_path": ..., "new_path": ...}].
Moves = Mapping[str, str] | Sequence[SkillFileMove]
# A time bound for `list`: a datetime (naive means local time) or an ISO 8601 string.
When = datetime | str


@dataclass(frozen=True)
class _Archive:
    data: bytes
    filename: str


class SkillsCore:
    """The skill collection operations as flows."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy

    def pull(
        self,
        identifier: Identifier,
        label: str | None = None,
        version: int | None = None,
        format: str | None = "json",
    ) -> Flow[PullSkillCollectionResponse | bytes]:
        """A collection (by id, name or root_path) at its latest version, or the one a release
        `label` or `version` number picks: {"skill_collection", "files": {path: text}, "version"};
        `format="zip"` gives the same files as a zip archive's bytes."""
        ident = _collection_identifier(identifier)
        if format is not None and format not in FORMATS:
            check.bad("format", '"json" or "zip"', format)
        if label is not None and version is not None:
            raise PromptLayerValidationError("pass label or version, not both")
        params: list[tuple[str, Any]] = []
        if label is not None:
            params.append(("label", check.text(label, "label")))
        if version is not None:
            params.append(("version", check.positive(version, "version")))
        if format == "zip":
            params.append(("format", "zip"))
        request = request_for(
            "get_skill_collection",
            f"pulling skill collection {ident!r}",
            path_params={"identifier": ident},
            params=params,
        )
        if format != "zip":
            result = yield from call(request, self.policy)
            return cast(PullSkillCollectionResponse, _answer(result, "skill_collection", request.action))
        response = yield from exchange(request, self.policy)
        if response.status_code not in request.success:
            raise error_for_response(response, request.action)
        if not _is_zip(response):
            message = f"Error {request.action}: the answer is not a zip archive"
            raise PromptLayerAPIError(message, response=response, body=response.text)
        return response.content

    def list(
        self,
        *,
        created_by_email: str | None = None,
        created_after: When | None = None,
        created_before: When | None = None,
        updated_after: When | None = None,
        updated_before: When | None = None,
        external_source: str | None = None,
        external_id: str | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
    ) -> Flow[ListSkillCollectionsResponse]:
        """The workspace's collections, filtered and sorted: {"success", "skill_collections"}."""
        params: list[tuple[str, Any]] = []
        if created_by_email is not None:
            params.append(("created_by_email", check.text(created_by_email, "created_by_email")))
        bounds = {
            "created_after": created_after,
            "created_before": created_before,
            "updated_after": updated_after,
            "updated_before": updated_before,
        }
        params += [(name, _when(value, name)) for name, value in bounds.items() if value is not None]
        if (external_source is None) != (external_id is None):
            raise PromptLayerValidationError("pass external_source and external_id together")
        if external_source is not None:
            params.append(("external_source", check.text(external_source, "external_source")))
            params.append(("external_id", check.text(external_id, "external_id")))
        if sort_by is not None:
            params.append(("sort_by", check.choice(sort_by, SORT_BY, "sort_by")))
        if sort_order is not None:
            params.append(("sort_order", check.choice(sort_order, SORT_ORDERS, "sort_order")))
        request = request_for("list_skill_collections", "listing skill collections", params=params)
        result = yield from call(request, self.policy)
        return cast(ListSkillCollectionsResponse, _answer(result, "skill_collections", request.action, list))

    def create(
        self,
        name: str,
        *,
        files: Files | None = None,
        zip: ZipUpload | None = None,
        commit_message: str | None = None,
        release_label: str | None = None,
        provider: str | None = None,
        folder_id: int | None = None,
        external_ids: Sequence[SkillExternalId] | None = None,
    ) -> Flow[CreateSkillCollectionResponse]:
        """A new collection; `files` and/or a `zip` archive (bytes, a path or a binary file,
        sent as multipart) become its first version. With `release_label`, that version is
        saved by a second request that also sets the label (the create call cannot)."""
        title = check.text(name, "name")
        file_list = _files(files, "files")
        archive = None if zip is None else _archive(zip)
        message = check.optional_string(commit_message, "commit_message")
        label = check.optional_text(release_label, "release_label")
        body = _given(
            name=title,
            provider=check.optional_text(provider, "provider"),
            folder_id=None if folder_id is None else check.positive(folder_id, "folder_id"),
            external_ids=_external_ids(external_ids),
        )
        if label is None:  # the create request saves the first version itself
            body.update(_given(files=file_list, commit_message=message))
            return cast(CreateSkillCollectionResponse, (yield from self._create(body, archive)))

        created = yield from self._create(body, None)
        collection_id = _collection_id(created["skill_collection"], f"creating skill collection {title!r}")
        first = _given(release_label=label, file_updates=file_list, commit_message=message)
        try:
            saved = yield from self._save(collection_id, first, archive, title)
        except PromptLayerError as error:
            done = f"skill collection {title!r} was created (id {collection_id}) but has no labelled version"
            raise _partly_done(error, done) from error
        created["version"] = saved["version"]
        return cast(CreateSkillCollectionResponse, created)

    def publish(
        self, body: PublishSkillCollection, zip: ZipUpload | None = None
    ) -> Flow[CreateSkillCollectionResponse]:
        """The official SDK's spelling of `create`: one body dict, `provider` required."""
        if not isinstance(body, Mapping):
            check.bad("body", "a dict with name, provider, files...", body)
        unknown = sorted(str(key) for key in set(body) - _PUBLISH_KEYS)
        if unknown:
            raise PromptLayerValidationError(
                f"Unknown skill collection field(s) {unknown}; expected some of {sorted(_PUBLISH_KEYS)}"
            )
        if body.get("provider") is None:
            raise PromptLayerValidationError(
                "publish needs a provider (e.g. 'claude_code', 'openai' or 'openclaw')"
            )
        # Every other field is one of create's keywords (unknown ones were refused above).
        fields: dict[str, Any] = {key: value for key, value in body.items() if key != "name"}
        return (yield from self.create(body.get("name"), zip=zip, **fields))

    def update(
        self,
        identifier: Identifier,
        *,
        name: str | None = None,
        files: Files | None = None,
        file_updates: Files | None = None,
        moves: Moves | None = None,
        deletes: Sequence[str] | None = None,
        commit_message: str | None = None,
        release_label: str | None = None,
        provider: str | None = None,
        zip: ZipUpload | None = None,
    ) -> Flow[UpdateSkillCollectionResponse]:
        """Rename the collection and/or save a new version: an archive replaces all files, then
        moves, deletes and `files` (added or overwritten) apply; `release_label` moves the
        label to the new version. `file_updates` is the official SDK's name for `files`;
        `provider` is sent with the version as the official SDK does (the published spec
        leaves it out of that body).
        Returns {"success", "skill_collection", "version" (when one was saved)}."""
        ident = _collection_identifier(identifier)
        if files is not None and file_updates is not None:
            raise PromptLayerValidationError("pass files or file_updates (the same thing), not both")
        new_name = check.optional_text(name, "name")
        updates = _files(files, "files") if files is not None else _files(file_updates, "file_updates")
        changes = _given(
            file_updates=updates,
            moves=_moves(moves),
            deletes=_deletes(deletes),
            commit_message=check.optional_string(commit_message, "commit_message"),
            release_label=check.optional_text(release_label, "release_label"),
            provider=check.optional_text(provider, "provider"),
        )
        archive = None if zip is None else _archive(zip)
        if new_name is None and not changes and archive is None:
            raise PromptLayerValidationError(
                "Nothing to update: give name, files, moves, deletes, commit_message, "
                "release_label, provider or zip"
            )

        collection: dict[str, Any] | None = None
        target = ident
        if new_name is not None:
            rename = request_for(
                "update_skill_collection",
                f"renaming skill collection {ident!r}",
                path_params={"identifier": ident},
                body={"name": new_name},
            )
            renamed = _answer((yield from call(rename, self.policy)), "skill_collection", rename.action)
            collection = renamed["skill_collection"]
            target = _collection_id(collection, rename.action)
        version: dict[str, Any] | None = None
        if changes or archive is not None:
            try:
                saved = yield from self._save(target, changes, archive, ident)
            except PromptLayerError as error:
                if collection is None:
                    raise
                done = f"skill collection {ident!r} was renamed to {new_name!r}; no version was saved"
                raise _partly_done(error, done) from error
            version = saved["version"]
        if collection is None and version is not None:  # a save without a rename: read it back
            saved_in = version.get("skill_collection_id")
            target = saved_in if isinstance(saved_in, str) and saved_in else target
            read = request_for(
                "get_skill_collection",
                f"reading skill collection {ident!r}",
                path_params={"identifier": target},
            )
            try:
                pulled = _answer((yield from call(read, self.policy)), "skill_collection", read.action)
            except PromptLayerError as error:
                done = f"version {version.get('number')} of skill collection {ident!r} was saved"
                raise _partly_done(error, done) from error
            collection = pulled["skill_collection"]
        result: dict[str, Any] = {"success": True, "skill_collection": collection}
        if version is not None:
            result["version"] = version
        return cast(UpdateSkillCollectionResponse, result)

    def _create(self, body: dict[str, Any], archive: _Archive | None) -> Flow[dict[str, Any]]:
        request = request_for(
            "create_skill_collection",
            f"creating skill collection {body['name']!r}",
            body=body if archive is None else _multipart(body, archive),
        )
        return _answer((yield from call(request, self.policy)), "skill_collection", request.action)

    def _save(
        self, target: str, changes: dict[str, Any], archive: _Archive | None, shown: str
    ) -> Flow[dict[str, Any]]:
        request = request_for(
            "save_skill_collection_version",
            f"saving a version of skill collection {shown!r}",
            path_params={"identifier": target},
            body=changes if archive is None else _multipart(changes, archive),
        )
        return _answer((yield from call(request, self.policy)), "version", request.action)


# -- the faces ---------------------------------------------------------------------------------


class _SkillsOperations:
    pull = operation(SkillsCore.pull)
    list = operation(SkillsCore.list)
    create = operation(SkillsCore.create)
    publish = operation(SkillsCore.publish)
    update = operation(SkillsCore.update)


class Skills(_SkillsOperations, SyncFace):
    """`client.skills`: versioned bundles of skill files (Claude Code skills, ...).

    Results are the API's JSON as dicts (see `promptlayer.types`); with
    `throw_on_error=False`, None when the API fails.
    """


class AsyncSkills(_SkillsOperations, AsyncFace):
    """`client.skills` of an async client: the same methods, awaited."""


# -- helpers ---------------------------------------------------------------------------------------


def _multipart(fields: dict[str, Any], archive: _Archive) -> RawBody:
    """The JSON fields as the `metadata` part and the zip as the `archive` part.

    Encoded here, with httpx's encoder and no I/O, so a resend sends the same bytes."""
    encoded = httpx.Request(
        "POST",
        "http://multipart.invalid/",
        data={"metadata": json.dumps(fields, separators=(",", ":"))},
        files={"archive": (archive.filename, archive.data, "application/zip")},
    )
    return RawBody(encoded.read(), encoded.headers["Content-Type"])


def _given(**fields: Any) -> dict[str, Any]:
    """The fields that have a value: None and empty lists are left out of a body."""
    return {key: value for key, value in fields.items() if value is not None and value != []}


def _answer(result: Any, key: str, action: str, kind: type = dict) -> dict[str, Any]:
    """A 2xx answer that lacks what it must hold is the API's error, keeping the body."""
    if not isinstance(result, dict) or not isinstance(result.get(key), kind):
        raise PromptLayerAPIError(f"Error {action}: the answer has no {key}", body=result)
    return result


def _collection_id(collection: dict[str, Any], action: str) -> str:
    value = collection.get("id")
    if not isinstance(value, str) or not value:
        raise PromptLayerAPIError(f"Error {action}: the answer has no collection id", body=collection)
    return value


def _partly_done(error: PromptLayerError, done: str) -> PromptLayerError:
    """The same error, also saying what the call's earlier request already changed."""
    return type(error)(
        f"{error.message} ({done})", response=error.response, body=error.body, status_code=error.status_code
    )


# -- checks of this module's own -------------------------------------------------------------


def _collection_identifier(value: Any) -> str:
    """A collection's id (a UUID, or its text), name or root_path: never an integer."""
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value
    check.bad("identifier", "a collection's id, name or root_path (a non-empty string)", value)


def _when(value: Any, name: str) -> str:
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()  # naive: local time, as datetime.timestamp reads it
    if isinstance(value, str):
        try:
            datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            return value
    check.bad(name, "a datetime or an ISO 8601 date-time string", value)


def _file_path(value: Any, name: str) -> str:
    """A path relative to the collection's root that cannot climb out of it."""
    if not isinstance(value, str) or not value:
        check.bad(name, "a non-empty relative path", value)
    parts = value.replace("\\", "/").split("/")
    absolute = value[0] in "/\\" or (value[0].isalpha() and value[1:2] == ":")
    if absolute or "\x00" in value or any(part in ("", ".", "..") for part in parts):
        raise PromptLayerValidationError(
            f"{name} must be a relative path inside the collection (no leading '/', drive, "
            f"'.', '..' or empty segment), got {value!r}"
        )
    return value


def _items(value: Any, name: str, expected: str) -> list[Any]:
    """A list or tuple-like sequence, but not a string (a common slip for one item)."""
    if isinstance(value, (str, bytes, bytearray, Mapping)) or not isinstance(value, Iterable):
        check.bad(name, expected, value)
    return [*value]


def _files(value: Any, name: str) -> list[dict[str, str]]:
    expected = "a dict of path -> text, or a list of {'path': ..., 'content': ...} dicts"
    if value is None:
        return []
    pairs: list[tuple[Any, Any]] = []
    if isinstance(value, Mapping):
        pairs = list(value.items())
    else:
        for item in _items(value, name, expected):
            if not isinstance(item, Mapping) or "path" not in item or set(item) - {"path", "content"}:
                check.bad(f"each entry of {name}", "a {'path': ..., 'content': ...} dict", item)
            pairs.append((item["path"], item.get("content", "")))
    result: list[dict[str, str]] = []
    seen: set[str] = set()
    for raw_path, content in pairs:
        path = _file_path(raw_path, f"{name} path")
        if not isinstance(content, str):
            raise PromptLayerValidationError(
                f"{name}: the content of {path!r} must be text (str), got {type(content).__name__}"
            )
        if path in seen:
            raise PromptLayerValidationError(f"{name} names {path!r} twice")
        seen.add(path)
        result.append({"path": path, "content": content})
    return result


def _moves(value: Any) -> list[dict[str, str]]:
    expected = "a dict of old path -> new path, or a list of {'old_path': ..., 'new_path': ...} dicts"
    if value is None:
        return []
    if isinstance(value, Mapping):
        pairs = list(value.items())
    else:
        pairs = []
        for item in _items(value, "moves", expected):
            if not isinstance(item, Mapping) or set(item) != {"old_path", "new_path"}:
                check.bad("each entry of moves", "a {'old_path': ..., 'new_path': ...} dict", item)
            pairs.append((item["old_path"], item["new_path"]))
    return [
        {"old_path": _file_path(old, "moves old_path"), "new_path": _file_path(new, "moves new_path")}
        for old, new in pairs
    ]


def _deletes(value: Any) -> list[str]:
    if value is None:
        return []
    return [_file_path(path, "deletes path") for path in _items(value, "deletes", "a list of paths")]


def _external_ids(value: Any) -> list[dict[str, str]]:
    if value is None:
        return []
    result = []
    for item in _items(value, "external_ids", "a list of {'source': ..., 'external_id': ...} dicts"):
        if (
            not isinstance(item, Mapping)
            or set(item) != {"source", "external_id"}
            or not all(isinstance(part, str) and part for part in item.values())
            or len(item["source"]) > MAX_SOURCE_LENGTH
            or len(item["external_id"]) > MAX_EXTERNAL_ID_LENGTH
        ):
            check.bad(
                "each external id",
                f"a {{'source': ..., 'external_id': ...}} dict of non-empty strings (at most "
                f"{MAX_SOURCE_LENGTH} and {MAX_EXTERNAL_ID_LENGTH} characters)",
                item,
            )
        result.append({"source": item["source"], "external_id": item["external_id"]})
    return result


def _archive(value: Any) -> _Archive:
    """The archive's bytes, read now (so a retry resends them) and checked to be a zip."""
    filename = DEFAULT_ARCHIVE_NAME
    if isinstance(value, (bytes, bytearray, memoryview)):
        data = bytes(value)
    elif isinstance(value, (str, os.PathLike)):
        path = os.fspath(value)
        if not isinstance(path, str):
            check.bad("zip", "a str path", value)
        try:
            with open(path, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            raise PromptLayerValidationError(f"zip: cannot read {path!r}: {exc.strerror or exc}") from None
        filename = os.path.basename(path) or filename
    elif callable(getattr(value, "read", None)):
        try:
            content = value.read()
        except (OSError, ValueError) as exc:  # closed, or not readable
            raise PromptLayerValidationError(f"zip: cannot read the file object: {exc}") from None
        if not isinstance(content, (bytes, bytearray)):
            check.bad("zip", "a file object opened in binary mode (its read() gave no bytes)")
        data = bytes(content)
        name = getattr(value, "name", None)
        if isinstance(name, str) and os.path.basename(name):
            filename = os.path.basename(name)
    else:
        check.bad("zip", "the archive's bytes, a path to it, or a binary file object", value)
    _check_zip(data)
    return _Archive(data, filename)


def _is_zip(response: httpx.Response) -> bool:
    """An archive, not a JSON or HTML page answered in its place (a proxy, an older API)."""
    import zipfile

    media = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if media.startswith("text/") or media.endswith("json"):
        return False
    return zipfile.is_zipfile(io.BytesIO(response.content))


def _check_zip(data: bytes) -> None:
    import zipfile  # only when an archive is uploaded

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError):
        raise PromptLayerValidationError("zip is not a valid zip archive") from None
    for member in members:
        if not member.is_dir() and not member.filename.startswith("__MACOSX/"):
            _file_path(member.filename, "a path in the zip archive")
