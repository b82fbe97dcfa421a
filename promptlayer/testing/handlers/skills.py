"""Skill collections: versioned bundles of text files, as JSON or zip archives.

Seed section ``skill_collections`` is a list of collection objects::

    {
      "name": "support-skills",                 # required, unique
      "root_path": "support-skills",            # optional, defaults to a slug of the name
      "provider": "claude_code",                # optional
      "folder_id": 3,                           # optional
      "created_by_email": "dev@example.com",    # optional, for the created_by_email filter
      "external_ids": [{"source": "git", "external_id": "repo-1"}],   # optional
      "files": {"refunds/SKILL.md": "..."},     # becomes version 1 (with the keys below)
      "commit_message": "import",               # optional
      "release_label": "production",            # optional
      # or, for several versions (oldest first), instead of files/commit_message/release_label:
      "versions": [{"files": {...}, "commit_message": "...", "release_label": "..."}]
    }

Semantics the API leaves open, as implemented here:
- A new collection gets version 1 when it is created with files, an archive or a commit message;
  otherwise it has no version (files ``{}``, version ``null``) until the first save.
- Saving a version starts from the latest files; an uploaded archive replaces them all; then
  moves, deletes and file updates apply in that order. Any change at all makes a new version.
- A release label names one version per collection; giving it to a new version moves it.
- Renaming also moves ``root_path`` to the slug of the new name (older versions keep theirs in
  ``root_path_at_version``); a collection is found by id, name or root_path.
"""

from __future__ import annotations

import copy
import io
import json
import re
import time
import uuid
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from typing import Any

from .._types import ApiError, Context, Handler, Request, Response, State

WORKSPACE_ID = 1
USER_ID = 1
USER_EMAIL = "local@promptlayer.test"
SORT_FIELDS = ("created_at", "updated_at", "name", "id")
_TIME_FILTERS = ("created_after", "created_before", "updated_after", "updated_before")
_UUID_NAMESPACE = uuid.UUID("0c6f0e55-3f1e-4d7b-b7a4-6b1e2b8d9a41")
_ZIP_TIMESTAMP = (1980, 1, 1, 0, 0, 0)


@dataclass
class _Version:
    id: str
    number: int
    root_path: str
    provider: str | None
    files: dict[str, str]
    commit_message: str | None
    release_label: str | None
    created_at: float


@dataclass
class _Collection:
    id: str
    name: str
    root_path: str
    folder_id: int | None
    provider: str | None
    created_at: float
    updated_at: float
    created_by_email: str
    external_ids: list[dict[str, str]]
    versions: list[_Version] = field(default_factory=list)

    def files(self) -> dict[str, str]:
        return dict(self.versions[-1].files) if self.versions else {}


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat()


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "skills"


def _clean_path(path: Any) -> str:
    """A relative file path inside a collection; 400 for anything that could escape it."""
    if not isinstance(path, str):
        raise ApiError(400, "File paths must be strings")
    cleaned = path.replace("\\", "/")
    while cleaned.startswith("./"):
        cleaned = cleaned[2:]
    parts = cleaned.split("/")
    if not cleaned or cleaned.startswith("/") or any(part in ("", ".", "..") for part in parts):
        raise ApiError(400, f"Invalid file path {path!r}")
    return cleaned


def _read_zip(data: bytes) -> dict[str, str]:
    """Text files of an uploaded archive; directories and macOS metadata are skipped."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise ApiError(400, "The uploaded archive is not a valid zip file") from None
    files: dict[str, str] = {}
    with archive:
        for info in archive.infolist():
            if info.is_dir() or info.filename.startswith("__MACOSX/"):
                continue
            path = _clean_path(info.filename)
            try:
                files[path] = archive.read(info).decode("utf-8")
            except UnicodeDecodeError:
                raise ApiError(400, f"Archive member {path!r} is not UTF-8 text") from None
            except (zipfile.BadZipFile, RuntimeError, NotImplementedError) as exc:
                raise ApiError(400, f"Cannot read archive member {path!r}: {exc}") from None
    return files


def _write_zip(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(files):
            archive.writestr(zipfile.ZipInfo(path, _ZIP_TIMESTAMP), files[path])
    return buffer.getvalue()


def _multipart(request: Request) -> dict[str, bytes]:
    """Parts of a multipart/form-data body by field name (the last part of a name wins)."""
    header = Message()
    header["content-type"] = request.headers.get("content-type", "")
    boundary = header.get_param("boundary")
    if not isinstance(boundary, str) or not boundary:
        raise ApiError(400, "multipart/form-data body without a boundary")
    delimiter = b"\r\n--" + boundary.encode("latin-1")
    chunks = (b"\r\n" + request.body).split(delimiter)
    parts: dict[str, bytes] = {}
    for chunk in chunks[1:]:
        if chunk.startswith(b"--"):
            return parts
        _, _, chunk = chunk.partition(b"\r\n")  # rest of the boundary line
        head, separator, content = chunk.partition(b"\r\n\r\n")
        if not separator:
            raise ApiError(400, "Malformed multipart part: no blank line after its headers")
        disposition = Message()
        for line in head.decode("latin-1").split("\r\n"):
            name, _, value = line.partition(":")
            if name.strip().lower() == "content-disposition":
                disposition["content-disposition"] = value.strip()
        field_name = disposition.get_param("name", header="content-disposition")
        if isinstance(field_name, str):
            parts[field_name] = content
    raise ApiError(400, "Malformed multipart body: closing boundary missing")


def _parse_body(request: Request) -> tuple[dict[str, Any], dict[str, str] | None]:
    """The JSON fields and the archive's files (None without an archive), from either encoding."""
    if request.content_type == "application/json" or (not request.body and not request.content_type):
        return request.json_object(), None
    if request.content_type != "multipart/form-data":
        raise ApiError(415, f"Unsupported content type {request.content_type!r}")
    parts = _multipart(request)
    metadata: dict[str, Any] = {}
    raw = parts.get("metadata", parts.get("json"))
    if raw is not None and raw.strip():
        try:
            loaded = json.loads(raw)
        except ValueError as exc:
            raise ApiError(400, f"The metadata part is not valid JSON: {exc}") from None
        if not isinstance(loaded, dict):
            raise ApiError(400, "The metadata part must be a JSON object")
        metadata = loaded
    archive = parts.get("archive", parts.get("zip"))
    return metadata, (_read_zip(archive) if archive is not None else None)


def _optional_str(body: dict[str, Any], key: str) -> str | None:
    value = body.get(key)
    if value is not None and not isinstance(value, str):
        raise ApiError(400, f"{key} must be a string")
    return value


def _list_of(body: dict[str, Any], key: str) -> list[Any]:
    value = body.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise ApiError(400, f"{key} must be a list")
    return value


def _file_updates(items: list[Any], key: str) -> dict[str, str]:
    files: dict[str, str] = {}
    for item in items:
        if not isinstance(item, dict):
            raise ApiError(400, f"Each entry of {key} must be an object with path and content")
        path = _clean_path(item.get("path"))
        content = item.get("content", "")
        if not isinstance(content, str):
            raise ApiError(400, f"Content of {path!r} must be a string")
        if path in files:
            raise ApiError(400, f"{key} names {path!r} twice")
        files[path] = content
    return files


def _external_ids(body: dict[str, Any]) -> list[dict[str, str]]:
    result: list[dict[str, str]] = []
    for item in _list_of(body, "external_ids"):
        if not (
            isinstance(item, dict)
            and isinstance(item.get("source"), str)
            and isinstance(item.get("external_id"), str)
            and item["source"]
            and item["external_id"]
        ):
            raise ApiError(400, "Each external id needs a non-empty source and external_id")
        pair = {"source": item["source"], "external_id": item["external_id"]}
        if pair not in result:
            result.append(pair)
    return result


class SkillStore:
    """Collections by id; each holds its versions, the newest last."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.collections: dict[str, _Collection] = {}

    def _new_uuid(self, kind: str) -> str:
        """Deterministic per server, so two runs of the same test see the same ids."""
        return str(uuid.uuid5(_UUID_NAMESPACE, f"{kind}:{self.state.next_id(kind)}"))

    # -- seeding -----------------------------------------------------------------------------

    def seed(self, items: list[dict[str, Any]]) -> None:
        for item in items:
            if not isinstance(item, dict):
                raise ValueError("each skill collection must be an object")
            try:
                self._seed_one(item)
            except ApiError as exc:
                raise ValueError(f"skill collection {item.get('name')!r}: {exc.message}") from None

    def _seed_one(self, item: dict[str, Any]) -> None:
        now = time.time()
        versions = item.get("versions")
        if versions is None:
            single = {key: item[key] for key in ("files", "commit_message", "release_label") if key in item}
            versions = [single] if single else []
        if not isinstance(versions, list) or not all(isinstance(raw, dict) for raw in versions):
            raise ApiError(400, "versions must be a list of objects")
        contents = []
        for raw in versions:
            files = raw.get("files") or {}
            if not isinstance(files, dict):
                raise ApiError(400, "files must map paths to contents")
            updates = [{"path": path, "content": content} for path, content in files.items()]
            contents.append(_file_updates(updates, "files"))
        collection = self.create(
            {key: item[key] for key in ("name", "folder_id", "provider", "external_ids") if key in item},
            now=now,
            files=None,
            make_version=False,
            root_path=_optional_str(item, "root_path"),
            created_by_email=_optional_str(item, "created_by_email"),
        )
        try:
            for raw, files in zip(versions, contents, strict=True):
                self.add_version(
                    collection,
                    files=files,
                    commit_message=_optional_str(raw, "commit_message"),
                    release_label=_optional_str(raw, "release_label"),
                    provider=collection.provider,
                    now=now,
                )
        except ApiError:
            del self.collections[collection.id]
            raise

    # -- operations --------------------------------------------------------------------------

    def find(self, identifier: str) -> _Collection | None:
        """By id, then name, then root_path."""
        if identifier in self.collections:
            return self.collections[identifier]
        for attribute in ("name", "root_path"):
            for collection in self.collections.values():
                if getattr(collection, attribute) == identifier:
                    return collection
        return None

    def get(self, identifier: str) -> _Collection:
        collection = self.find(identifier)
        if collection is None:
            raise ApiError(404, f"Skill collection {identifier!r} not found")
        return collection

    def check_name(self, name: Any, root_path: str | None, exclude: _Collection | None = None) -> str:
        """The name, if it is valid and neither it nor the root path is taken by another collection."""
        if not isinstance(name, str) or not name.strip():
            raise ApiError(400, "name must be a non-empty string")
        root = root_path or _slug(name)
        for other in self.collections.values():
            if other is not exclude and ({name, root} & {other.name, other.root_path}):
                raise ApiError(400, f"A skill collection named {name!r} already exists")
        return name

    def create(
        self,
        body: dict[str, Any],
        *,
        now: float,
        files: dict[str, str] | None,
        make_version: bool = True,
        root_path: str | None = None,
        created_by_email: str | None = None,
    ) -> _Collection:
        """A new collection from the create body; `files` are an archive's contents."""
        name = self.check_name(body.get("name"), root_path)
        root = root_path or _slug(name)
        folder_id = body.get("folder_id")
        if folder_id is not None and (not isinstance(folder_id, int) or isinstance(folder_id, bool)):
            raise ApiError(400, "folder_id must be an integer")
        provider = _optional_str(body, "provider")
        commit_message = _optional_str(body, "commit_message")
        initial = dict(files or {})
        initial.update(_file_updates(_list_of(body, "files"), "files"))
        external_ids = _external_ids(body)
        for pair in external_ids:
            for other in self.collections.values():
                if pair in other.external_ids:
                    raise ApiError(
                        409,
                        f"External id {pair['source']}:{pair['external_id']} already belongs to "
                        f"skill collection {other.name!r}",
                    )
        collection = _Collection(
            id=self._new_uuid("skill_collection"),
            name=name,
            root_path=root,
            folder_id=folder_id,
            provider=provider,
            created_at=now,
            updated_at=now,
            created_by_email=created_by_email or USER_EMAIL,
            external_ids=external_ids,
        )
        self.collections[collection.id] = collection
        if make_version and (files is not None or initial or commit_message is not None):
            self.add_version(
                collection,
                files=initial,
                commit_message=commit_message,
                release_label=None,
                provider=provider,
                now=now,
            )
        return collection

    def add_version(
        self,
        collection: _Collection,
        *,
        files: dict[str, str],
        commit_message: str | None,
        release_label: str | None,
        provider: str | None,
        now: float,
    ) -> _Version:
        if release_label is not None:
            if not release_label.strip():
                raise ApiError(400, "release_label must not be empty")
            for version in collection.versions:
                if version.release_label == release_label:
                    version.release_label = None
        version = _Version(
            id=self._new_uuid("skill_collection_version"),
            number=len(collection.versions) + 1,
            root_path=collection.root_path,
            provider=provider,
            files=dict(files),
            commit_message=commit_message,
            release_label=release_label,
            created_at=now,
        )
        collection.versions.append(version)
        collection.updated_at = now
        return version

    def save_version(
        self, collection: _Collection, body: dict[str, Any], archive: dict[str, str] | None, now: float
    ) -> _Version:
        """Apply archive, moves, deletes, then file updates to the latest files."""
        moves = _list_of(body, "moves")
        deletes = _list_of(body, "deletes")
        updates = _file_updates(_list_of(body, "file_updates"), "file_updates")
        commit_message = _optional_str(body, "commit_message")
        release_label = _optional_str(body, "release_label")
        provider = _optional_str(body, "provider")
        if (
            archive is None
            and not (moves or deletes or updates)
            and not (commit_message or release_label or provider)
        ):
            raise ApiError(400, "Nothing to save: give file changes, an archive, a commit message or a label")
        files = dict(archive) if archive is not None else collection.files()
        for move in moves:
            if not isinstance(move, dict):
                raise ApiError(400, "Each move must be an object with old_path and new_path")
            old, new = _clean_path(move.get("old_path")), _clean_path(move.get("new_path"))
            if old not in files:
                raise ApiError(400, f"Cannot move {old!r}: no such file")
            if new in files and new != old:
                raise ApiError(400, f"Cannot move {old!r} to {new!r}: the target exists")
            files[new] = files.pop(old)
        for raw in deletes:
            path = _clean_path(raw)
            if path not in files:
                raise ApiError(400, f"Cannot delete {path!r}: no such file")
            del files[path]
        files.update(updates)
        if provider is not None:
            collection.provider = provider
        return self.add_version(
            collection,
            files=files,
            commit_message=commit_message,
            release_label=release_label,
            provider=collection.provider,
            now=now,
        )

    # -- JSON shapes -------------------------------------------------------------------------

    @staticmethod
    def collection_body(collection: _Collection) -> dict[str, Any]:
        return {
            "id": collection.id,
            "workspace_id": WORKSPACE_ID,
            "folder_id": collection.folder_id,
            "root_path": collection.root_path,
            "name": collection.name,
            "provider": collection.provider,
            "is_deleted": False,
            "created_by": USER_ID,
            "created_at": _iso(collection.created_at),
            "updated_by": USER_ID,
            "updated_at": _iso(collection.updated_at),
            "external_ids": copy.deepcopy(collection.external_ids),
        }

    @staticmethod
    def version_body(collection: _Collection, version: _Version) -> dict[str, Any]:
        return {
            "id": version.id,
            "skill_collection_id": collection.id,
            "workspace_id": WORKSPACE_ID,
            "number": version.number,
            "root_path_at_version": version.root_path,
            "provider": version.provider,
            "file_paths": sorted(version.files),
            "commit_message": version.commit_message,
            "release_label": version.release_label,
            "archived": False,
            "created_by": USER_ID,
            "user_email": USER_EMAIL,
            "created_at": _iso(version.created_at),
        }

    def snapshot(self) -> dict[str, Any]:
        return {
            "collections": [self.collection_body(c) for c in self.collections.values()],
            "versions": [self.version_body(c, v) for c in self.collections.values() for v in c.versions],
            "files": {c.id: c.files() for c in self.collections.values()},
        }


def _store(ctx: Context) -> SkillStore:
    store: SkillStore = ctx.state.skills
    return store


def _parse_when(request: Request, name: str) -> datetime | None:
    raw = request.query_value(name)
    if raw is None or raw == "":
        return None
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise ApiError(422, f"Query parameter {name!r} must be an ISO 8601 date-time, got {raw!r}") from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def list_skill_collections(ctx: Context, request: Request) -> Response:
    source, external_id = request.external_id_query(422)
    sort_by = request.query_value("sort_by") or "created_at"
    sort_order = request.query_value("sort_order") or "desc"
    if sort_by not in SORT_FIELDS or sort_order not in ("asc", "desc"):
        raise ApiError(422, f"sort_by must be one of {', '.join(SORT_FIELDS)}; sort_order asc or desc")
    bounds = {name: _parse_when(request, name) for name in _TIME_FILTERS}
    email = request.query_value("created_by_email")
    matches = []
    for collection in _store(ctx).collections.values():
        created = datetime.fromtimestamp(collection.created_at, UTC)
        updated = datetime.fromtimestamp(collection.updated_at, UTC)
        if (
            (email is not None and collection.created_by_email != email)
            or (
                source is not None
                and {"source": source, "external_id": external_id} not in collection.external_ids
            )
            or (bounds["created_after"] is not None and created < bounds["created_after"])
            or (bounds["created_before"] is not None and created > bounds["created_before"])
            or (bounds["updated_after"] is not None and updated < bounds["updated_after"])
            or (bounds["updated_before"] is not None and updated > bounds["updated_before"])
        ):
            continue
        matches.append(collection)
    matches.sort(key=lambda c: (getattr(c, sort_by), c.created_at, c.id), reverse=sort_order == "desc")
    return Response.json(
        {"success": True, "skill_collections": [SkillStore.collection_body(c) for c in matches]}
    )


def create_skill_collection(ctx: Context, request: Request) -> Response:
    body, archive = _parse_body(request)
    collection = _store(ctx).create(body, now=ctx.clock(), files=archive)
    return Response.json(
        {
            "success": True,
            "skill_collection": SkillStore.collection_body(collection),
            "external_ids": copy.deepcopy(collection.external_ids),
        },
        201,
    )


def get_skill_collection(ctx: Context, request: Request) -> Response:
    """JSON with the files of the latest (or chosen) version, or the same files as a zip."""
    collection = _store(ctx).get(request.path_params["identifier"])
    label = request.query_value("label")
    number = request.query_int("version")
    download = request.query_value("format")
    if download not in (None, "zip"):
        raise ApiError(400, "format must be zip or left out")
    if label is not None and number is not None:
        raise ApiError(400, "Give either label or version, not both")
    if number is not None and number < 1:
        raise ApiError(400, "version must be 1 or more")
    version: _Version | None = collection.versions[-1] if collection.versions else None
    if label is not None:
        version = next((v for v in collection.versions if v.release_label == label), None)
        if version is None:
            raise ApiError(404, f"Skill collection {collection.name!r} has no release label {label!r}")
    elif number is not None:
        if number > len(collection.versions):
            raise ApiError(404, f"Skill collection {collection.name!r} has no version {number}")
        version = collection.versions[number - 1]
    files = dict(version.files) if version is not None else {}
    if download == "zip":
        response = Response.binary(_write_zip(files), "application/zip")
        response.headers.append(("Content-Disposition", f'attachment; filename="{collection.root_path}.zip"'))
        return response
    return Response.json(
        {
            "success": True,
            "skill_collection": SkillStore.collection_body(collection),
            "files": files,
            "version": SkillStore.version_body(collection, version) if version is not None else None,
        }
    )


def update_skill_collection(ctx: Context, request: Request) -> Response:
    """Rename (the only field the API lets you change here); file changes go through versions."""
    store = _store(ctx)
    collection = store.get(request.path_params["identifier"])
    body = request.json_object()
    if body.get("name") is not None and body["name"] != collection.name:
        collection.name = store.check_name(body["name"], None, exclude=collection)
        collection.root_path = _slug(collection.name)
        collection.updated_at = ctx.clock()
    return Response.json({"success": True, "skill_collection": SkillStore.collection_body(collection)})


def save_skill_collection_version(ctx: Context, request: Request) -> Response:
    store = _store(ctx)
    collection = store.get(request.path_params["identifier"])
    body, archive = _parse_body(request)
    version = store.save_version(collection, body, archive, ctx.clock())
    return Response.json({"success": True, "version": SkillStore.version_body(collection, version)}, 201)


ROUTES: dict[str, Handler] = {
    "list_skill_collections": list_skill_collections,
    "create_skill_collection": create_skill_collection,
    "get_skill_collection": get_skill_collection,
    "update_skill_collection": update_skill_collection,
    "save_skill_collection_version": save_skill_collection_version,
}
