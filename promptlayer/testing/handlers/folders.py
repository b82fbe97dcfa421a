"""Folders, and the objects filed in them whichever store holds those objects.

Seed section ``folders`` is a list of folder objects, each parent before its children::

    {
      "name": "Team",                           # required, unique among its parent's folders
      "id": 3,                                  # optional numeric id
      "parent_id": null,                        # optional, an earlier folder's id
      "created_by_email": "dev@example.com",    # optional, for the created_by_email filter
      "external_ids": [{"source": "git", "external_id": "team"}]   # optional
    }

A folder holds no list of its contents: every object keeps its own ``folder_id`` in its own
store, and the folder operations read and change it there. The kinds the API names:

- FOLDER: the folders below. PROMPT and SNIPPET: prompt templates (the spec calls completion-type
  templates snippets, so a template is listed by its latest version's type; a reference of
  either kind names any template). WORKFLOW: workflows. DATASET and REPORT: dataset groups and
  reports in the spec-driven store. AB_TEST and INPUT_VARIABLE_SET: nothing creates them here,
  so naming one is a 404.
- Skill collections, tables and registry tools also carry a ``folder_id``, but the API has no
  kind for them (and their ids are not all integers): they are never listed or moved, yet they
  make their folder non-empty and a cascading delete removes them (with what is stored under them).

Semantics the spec leaves open, as implemented here:
- Folder names are unique per parent, compared exactly; a move that would put two folders of
  the same name side by side is a 400, as is moving a folder into itself or below itself.
- Moves and deletes check every named object first and change nothing when one is missing.
  ``moved_count`` counts the objects named in the request (not the contents a cascade removes).
  A move keeps the objects' ``updated_at``; a rename sets the folder's.
- Listing sorts by ``created_at`` unless told otherwise; ``path`` names the containing folders,
  root first. Semantic search matches the text the same way as plain search (there are no
  embeddings here), keeping at most ``semantic_search_top_k`` objects.
- Metadata: prompts give their type and latest version number, workflows their latest version
  number, dataset groups the highest version number among their stored datasets
  (``isDraft`` while there is none); other kinds an empty object.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import Any

from .._resources import ResourceStore
from .._types import ApiError, Context, Handler, Request, Response, State, iso_time
from .datasets import DatasetStore
from .reports import ReportStore
from .skills import SkillStore
from .tables import TableStore
from .templates import TemplateStore
from .workflows import WorkflowStore

WORKSPACE_ID = 1
KINDS = ("FOLDER", "PROMPT", "SNIPPET", "WORKFLOW", "DATASET", "REPORT", "AB_TEST", "INPUT_VARIABLE_SET")
SORT_FIELDS = ("created_at", "updated_at", "name", "id")
# Spec-driven collections that hold foldered objects, and the kind each is listed as.
RECORD_KINDS: tuple[tuple[str, str | None], ...] = (("tool-registry", None),)
_TEMPLATE_KINDS = frozenset({"PROMPT", "SNIPPET"})


@dataclass
class Folder:
    id: int
    name: str
    parent_id: int | None
    created_at: float
    updated_at: float
    created_by_email: str | None
    external_ids: list[dict[str, str]]


@dataclass
class Entry:
    """One foldered object as the folder operations see it, with the way to change it in its store."""

    source: str  # which store: "folders", "templates", ..., or a spec-driven collection
    kind: str | None  # the FolderEntityType it is listed as; None when the API has none for it
    id: Any
    name: str
    folder_id: int | None
    created_at: float | None
    updated_at: float | None
    move: Callable[[int | None], object]
    delete: Callable[[], object]
    created_by_email: str | None = None
    tags: list[str] | None = None  # None: a kind that carries no tags
    external_ids: list[dict[str, str]] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)

    def named_by(self, kind: str, entity_id: int) -> bool:
        if self.kind is None or self.id != entity_id:
            return False
        return kind == self.kind or (kind in _TEMPLATE_KINDS and self.kind in _TEMPLATE_KINDS)


def _external_ids(value: Any) -> list[dict[str, str]]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(
        isinstance(e, dict) and isinstance(e.get("source"), str) and isinstance(e.get("external_id"), str)
        for e in value
    ):
        raise ApiError(400, "external_ids must be a list of {source, external_id}")
    pairs: list[dict[str, str]] = []
    for item in value:
        pair = {"source": item["source"], "external_id": item["external_id"]}
        if pair not in pairs:
            pairs.append(pair)
    return pairs


def check_workspace(workspace_id: Any) -> None:
    """Only the API key's workspace exists here."""
    if workspace_id is not None and workspace_id != WORKSPACE_ID:
        raise ApiError(400, f"Workspace {workspace_id} is not the API key's workspace ({WORKSPACE_ID})")


class FolderStore:
    """Folders by id; what they contain is found in the other stores (`entries`)."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.folders: dict[int, Folder] = {}

    # -- seeding -----------------------------------------------------------------------------

    def seed(self, items: list[dict[str, Any]]) -> None:
        for index, item in enumerate(items):
            where = f"folders[{index}]"
            if not isinstance(item, dict):
                raise ValueError(f"{where}: must be an object")
            folder_id = item.get("id")
            if folder_id is not None and (
                not isinstance(folder_id, int) or isinstance(folder_id, bool) or folder_id in self.folders
            ):
                raise ValueError(f"{where}: 'id' must be a new integer")
            email = item.get("created_by_email")
            try:
                self.create(
                    item.get("name"),
                    item.get("parent_id"),
                    _external_ids(item.get("external_ids")),
                    now=time.time(),
                    folder_id=folder_id,
                    created_by_email=email if isinstance(email, str) else None,
                )
            except ApiError as exc:
                raise ValueError(f"{where}: {exc.message}") from None

    # -- operations --------------------------------------------------------------------------

    def get(self, folder_id: int) -> Folder:
        folder = self.folders.get(folder_id)
        if folder is None:
            raise ApiError(404, f"Folder {folder_id} not found")
        return folder

    def children(self, parent_id: int | None) -> list[Folder]:
        return sorted((f for f in self.folders.values() if f.parent_id == parent_id), key=lambda f: f.id)

    def check_name(self, name: Any, parent_id: int | None, exclude: Folder | None = None) -> str:
        if not isinstance(name, str) or not name:
            raise ApiError(400, "name must be a non-empty string")
        if any(f.name == name and f is not exclude for f in self.children(parent_id)):
            where = f"folder {parent_id}" if parent_id is not None else "the workspace root"
            raise ApiError(400, f"A folder named {name!r} already exists in {where}")
        return name

    def create(
        self,
        name: Any,
        parent_id: Any,
        external_ids: list[dict[str, str]],
        *,
        now: float,
        folder_id: int | None = None,
        created_by_email: str | None = None,
    ) -> Folder:
        if parent_id is not None:
            if not isinstance(parent_id, int) or isinstance(parent_id, bool):
                raise ApiError(400, "parent_id must be an integer")
            if parent_id not in self.folders:
                raise ApiError(404, f"Parent folder {parent_id} not found")
        name = self.check_name(name, parent_id)
        for pair in external_ids:
            owner = next((f for f in self.folders.values() if pair in f.external_ids), None)
            if owner is not None:
                linked = f"{pair['source']}:{pair['external_id']}"
                raise ApiError(409, f"External id {linked} already belongs to folder {owner.name!r}")
        if folder_id is None:
            folder_id = self.state.next_id("folder")
            while folder_id in self.folders:
                folder_id = self.state.next_id("folder")
        folder = Folder(folder_id, name, parent_id, now, now, created_by_email, external_ids)
        self.folders[folder.id] = folder
        return folder

    def chain(self, folder_id: int | None) -> list[Folder]:
        """The folder and its ancestors, root first ([] at the root or for an unknown folder)."""
        found: list[Folder] = []
        while folder_id is not None and folder_id in self.folders and len(found) <= len(self.folders):
            folder = self.folders[folder_id]
            found.insert(0, folder)
            folder_id = folder.parent_id
        return found

    def subtree(self, folder_id: int) -> set[int]:
        """The folder's id and those of every folder below it."""
        found, frontier = {folder_id}, [folder_id]
        while frontier:
            for child in self.children(frontier.pop()):
                if child.id not in found:
                    found.add(child.id)
                    frontier.append(child.id)
        return found

    def resolve(self, path: str) -> Folder | None:
        """The folder at a dot-joined path of names; names that contain dots are matched whole."""

        def walk(parent_id: int | None, rest: str) -> Folder | None:
            for folder in self.children(parent_id):
                if rest == folder.name:
                    return folder
                if rest.startswith(folder.name + "."):
                    found = walk(folder.id, rest[len(folder.name) + 1 :])
                    if found is not None:
                        return found
            return None

        return walk(None, path)

    # -- JSON shapes -------------------------------------------------------------------------

    def body(self, folder: Folder) -> dict[str, Any]:
        ancestors = self.chain(folder.parent_id)
        return {
            "id": folder.id,
            "name": folder.name,
            "created_at": iso_time(folder.created_at),
            "updated_at": iso_time(folder.updated_at),
            "path": [{"id": f.id, "name": f.name} for f in ancestors] if ancestors else None,
            "workspace_id": WORKSPACE_ID,
            "parent_id": folder.parent_id,
            "external_ids": copy.deepcopy(folder.external_ids),
        }

    def snapshot(self) -> list[dict[str, Any]]:
        return [
            {**self.body(f), "created_by_email": f.created_by_email}
            for f in sorted(self.folders.values(), key=lambda f: f.id)
        ]


# ── the objects of every store, as entries ─────────────────────────────────────────────────


def entries(state: State) -> list[Entry]:
    return [
        *_folder_entries(state.folders),
        *_template_entries(state.templates),
        *_workflow_entries(state.workflows),
        *_skill_entries(state.skills),
        *_dataset_entries(state),
        *_report_entries(state),
        *_table_entries(state),
        *_record_entries(state.resources),
    ]


def _folder_entries(store: FolderStore) -> Iterator[Entry]:
    for folder in list(store.folders.values()):
        yield Entry(
            "folders",
            "FOLDER",
            folder.id,
            folder.name,
            folder.parent_id,
            folder.created_at,
            folder.updated_at,
            move=partial(setattr, folder, "parent_id"),
            delete=partial(store.folders.pop, folder.id),
            created_by_email=folder.created_by_email,
            external_ids=copy.deepcopy(folder.external_ids),
        )


def _template_entries(store: TemplateStore) -> Iterator[Entry]:
    for template in store.all():
        if template.deleted:
            continue
        kind = template.latest.prompt_template.get("type")
        yield Entry(
            "templates",
            "SNIPPET" if kind == "completion" else "PROMPT",
            template.id,
            template.name,
            template.folder_id,
            template.created_at,
            template.updated_at,
            move=partial(setattr, template, "folder_id"),
            delete=partial(store.delete, template.name),
            created_by_email=template.created_by_email,
            tags=list(template.tags),
            external_ids=[{"source": s, "external_id": e} for s, e in template.external_ids],
            metadata={
                "type": kind if kind in ("chat", "completion") else None,
                "latest_version_number": template.latest.number,
            },
        )


def _workflow_entries(store: WorkflowStore) -> Iterator[Entry]:
    for workflow in list(store.workflows.values()):
        yield Entry(
            "workflows",
            "WORKFLOW",
            workflow.id,
            workflow.name,
            workflow.folder_id,
            workflow.created_at,
            workflow.updated_at,
            move=partial(setattr, workflow, "folder_id"),
            delete=partial(store.workflows.pop, workflow.id),
            created_by_email=workflow.created_by_email,
            external_ids=copy.deepcopy(workflow.external_ids),
            metadata={"latest_version_number": max(workflow.versions)},
        )


def _skill_entries(store: SkillStore) -> Iterator[Entry]:
    for collection in list(store.collections.values()):
        yield Entry(
            "skills",
            None,
            collection.id,
            collection.name,
            collection.folder_id,
            collection.created_at,
            collection.updated_at,
            move=partial(setattr, collection, "folder_id"),
            delete=partial(store.collections.pop, collection.id),
        )


def _dataset_entries(state: State) -> Iterator[Entry]:
    """Dataset groups (the dataset store; their resource-store records carry the links)."""
    store: DatasetStore = state.datasets
    for group in list(store.groups.values()):
        records = state.resources.records("dataset-groups", ())
        record: dict[str, Any] = next((r for r in records if r.get("id") == group.id), {})
        numbers = [d.version_number for d in store.datasets.values() if d.group_id == group.id]
        published = [n for n in numbers if n > 0]
        yield Entry(
            "datasets",
            "DATASET",
            group.id,
            group.name,
            group.folder_id,
            group.created_at,
            group.created_at,
            move=partial(setattr, group, "folder_id"),
            delete=partial(_drop_group, state, group.id),
            external_ids=copy.deepcopy(record.get("external_ids") or []),
            metadata={"isDraft": not published, "latest_version_number": max(published, default=None)},
        )


def _drop_group(state: State, group_id: int) -> None:
    store: DatasetStore = state.datasets
    store.groups.pop(group_id, None)
    for dataset_id in [d.id for d in store.datasets.values() if d.group_id == group_id]:
        store.datasets.pop(dataset_id)
    for record in state.resources.records("dataset-groups", ()):
        if record.get("id") == group_id:
            state.resources.remove("dataset-groups", record)


def _report_entries(state: State) -> Iterator[Entry]:
    """Evaluation pipelines of the report store (runs live with their pipeline)."""
    store: ReportStore = state.reports
    for report in list(store.reports.values()):
        if report.deleted or not report.is_blueprint:
            continue
        yield Entry(
            "reports",
            "REPORT",
            report.id,
            report.name,
            report.folder_id,
            report.created_at,
            report.updated_at,
            move=partial(setattr, report, "folder_id"),
            delete=partial(setattr, report, "deleted", True),
            tags=list(report.tags),
        )


def _table_entries(state: State) -> Iterator[Entry]:
    """Smart tables (the table store): foldered, but a kind the folder API cannot name."""
    store: TableStore = state.tables
    for table in list(store.tables.values()):
        yield Entry(
            "tables",
            None,
            table.id,
            table.title,
            table.folder_id,
            table.created_at,
            table.updated_at,
            move=partial(setattr, table, "folder_id"),
            delete=partial(store.tables.pop, table.id),
        )


def _record_entries(store: ResourceStore) -> Iterator[Entry]:
    for collection, kind in RECORD_KINDS:
        for record in store.records(collection, ()):
            folder_id = record.get("folder_id")
            name = record.get("name") or record.get("title") or str(record.get("id"))
            yield Entry(
                collection,
                kind if isinstance(record.get("id"), int) else None,
                record.get("id"),
                str(name),
                folder_id if isinstance(folder_id, int) else None,
                _epoch(record.get("created_at")),
                _epoch(record.get("updated_at")),
                move=partial(record.__setitem__, "folder_id"),
                delete=partial(_remove_record, store, collection, record),
                external_ids=copy.deepcopy(record.get("external_ids") or []),
                metadata=_dataset_metadata(store, record["id"]) if kind == "DATASET" else {},
            )


def _dataset_metadata(store: ResourceStore, group_id: Any) -> dict[str, Any]:
    numbers = [
        r["version_number"]
        for r in store.records("datasets", ())
        if r.get("dataset_group_id") == group_id and isinstance(r.get("version_number"), int)
    ]
    latest = max(numbers) if numbers else None
    return {"isDraft": latest is None, "latest_version_number": latest}


def _remove_record(store: ResourceStore, collection: str, record: dict[str, Any]) -> None:
    """A spec-driven record and everything stored under it (a table's sheets, their rows...)."""
    store.remove(collection, record)
    key = str(record.get("id"))
    for nested in [name for name in store.collections if name.startswith(collection + "/")]:
        store.collections[nested] = [row for row in store.collections[nested] if row[0][:1] != (key,)]


def _epoch(value: Any) -> float | None:
    if not isinstance(value, str):
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


# ── handlers ─────────────────────────────────────────────────────────────────────────────────


def _store(ctx: Context) -> FolderStore:
    store: FolderStore = ctx.state.folders
    return store


def _folder_param(request: Request) -> int:
    return int(request.path_params["folder_id"])


def create_folder(ctx: Context, request: Request) -> Response:
    body = request.json_object()
    check_workspace(body.get("workspace_id"))
    store = _store(ctx)
    folder = store.create(
        body.get("name"), body.get("parent_id"), _external_ids(body.get("external_ids")), now=ctx.clock()
    )
    return Response.json({"success": True, "folder": store.body(folder)}, 201)


def rename_folder(ctx: Context, request: Request) -> Response:
    store = _store(ctx)
    folder = store.get(_folder_param(request))
    name = request.json_object().get("name")
    if name != folder.name:
        folder.name = store.check_name(name, folder.parent_id, exclude=folder)
        folder.updated_at = ctx.clock()
    return Response.json({"success": True, "folder": store.body(folder)})


def _filters(request: Request) -> list[Callable[[Entry], bool]]:
    """One predicate per filter the query asks for."""
    checks: list[Callable[[Entry], bool]] = []
    if kinds := set(request.query_values("filter_type")):
        checks.append(lambda e: e.kind in kinds)
    search = request.query_value("search_query")
    if request.query_bool("semantic_search") and not search:
        raise ApiError(422, "semantic_search needs a search_query")
    if search:
        checks.append(lambda e: search.lower() in e.name.lower())
    if email := request.query_value("created_by_email"):
        checks.append(lambda e: (e.created_by_email or "").lower() == email.lower())
    for name, attribute, after in (
        ("created_after", "created_at", True),
        ("created_before", "created_at", False),
        ("updated_after", "updated_at", True),
        ("updated_before", "updated_at", False),
    ):
        moment = request.query_time(name)
        if moment is not None:
            checks.append(_time_check(attribute, moment, after))
    source, external_id = request.external_id_query(422)
    if source is not None:
        pair = {"source": source, "external_id": external_id}
        checks.append(lambda e: pair in e.external_ids)
    if tags := [tag for tag in request.query_values("tags") if tag]:
        checks.append(lambda e: e.tags is not None and all(tag in e.tags for tag in tags))
    return checks


def _time_check(attribute: str, moment: float, after: bool) -> Callable[[Entry], bool]:
    def check(entry: Entry) -> bool:
        value: float | None = getattr(entry, attribute)
        return value is not None and (value >= moment if after else value <= moment)

    return check


_SORT_KEYS: dict[str, Callable[[Entry], Any]] = {
    "created_at": lambda e: (e.created_at is not None, e.created_at or 0.0),
    "updated_at": lambda e: (e.updated_at is not None, e.updated_at or 0.0),
    "name": lambda e: e.name.lower(),
    "id": lambda e: e.id,
}


def list_folder_entities(ctx: Context, request: Request) -> Response:
    check_workspace(request.query_int("workspace_id"))
    store = _store(ctx)
    folder_id = request.query_int("folder_id")
    if folder_id is not None:
        store.get(folder_id)
    inside: set[int | None] | None = {folder_id}  # the folders whose contents are listed; None: all
    if request.query_bool("flatten"):
        inside = set(store.subtree(folder_id)) if folder_id is not None else None
    sort_by = request.query_value("sort_by") or "created_at"
    sort_order = request.query_value("sort_order") or "desc"
    checks = _filters(request)
    found = [
        e
        for e in entries(ctx.state)
        if e.kind is not None and (inside is None or e.folder_id in inside) and all(c(e) for c in checks)
    ]
    key = _SORT_KEYS[sort_by]
    found.sort(key=lambda e: (key(e), e.kind, e.id), reverse=sort_order == "desc")
    if request.query_bool("semantic_search"):
        found = found[: request.query_int("semantic_search_top_k") or 100]
    with_metadata = request.query_bool("include_metadata")
    return Response.json({"entities": [_entity_json(store, e, with_metadata) for e in found]})


def _entity_json(store: FolderStore, entry: Entry, with_metadata: bool) -> dict[str, Any]:
    answer: dict[str, Any] = {
        "id": entry.id,
        "name": entry.name,
        "type": entry.kind,
        "created_at": iso_time(entry.created_at) if entry.created_at is not None else None,
        "updated_at": iso_time(entry.updated_at) if entry.updated_at is not None else None,
        "folder_id": entry.folder_id,
        "path": [f.name for f in store.chain(entry.folder_id)],
        "external_ids": entry.external_ids,
    }
    if with_metadata:
        answer["metadata"] = entry.metadata
    return answer


def _named(ctx: Context, references: list[dict[str, Any]]) -> list[Entry]:
    """The entries the request names, each once; 404 (before any change) when one is missing."""
    everything = entries(ctx.state)
    chosen: list[Entry] = []
    for reference in references:
        kind, entity_id = reference["type"], reference["id"]
        entry = next((e for e in everything if e.named_by(kind, entity_id)), None)
        if entry is None:
            raise ApiError(404, f"No {kind} with id {entity_id}")
        if not any(e is entry for e in chosen):
            chosen.append(entry)
    return chosen


def move_folder_entities(ctx: Context, request: Request) -> Response:
    body = request.json_object()
    check_workspace(body.get("workspace_id"))
    store = _store(ctx)
    target = body.get("folder_id")
    if target is not None:
        store.get(target)
    moving = _named(ctx, body["entities"])
    folders = [store.folders[e.id] for e in moving if e.kind == "FOLDER"]
    names = [f.name for f in store.children(target) if f not in folders] + [f.name for f in folders]
    for folder in folders:
        if target is not None and target in store.subtree(folder.id):
            raise ApiError(400, f"Folder {folder.name!r} cannot move into itself or a folder below it")
        if names.count(folder.name) > 1:
            raise ApiError(400, f"The destination already holds a folder named {folder.name!r}")
    for entry in moving:
        entry.move(target)
    return Response.json({"moved_count": len(moving)})


def delete_folder_entities(ctx: Context, request: Request) -> Response:
    body = request.json_object()
    check_workspace(body.get("workspace_id"))
    store = _store(ctx)
    named = _named(ctx, body["entities"])
    everything = entries(ctx.state)
    doomed: dict[tuple[str, str], Entry] = {}
    for entry in named:
        if entry.kind == "FOLDER":
            inside = store.subtree(entry.id)
            contents = [e for e in everything if e.folder_id in inside]
            if contents and not body.get("cascade"):
                raise ApiError(400, f"Folder {entry.name!r} is not empty; delete it with cascade=true")
            doomed.update({(e.source, str(e.id)): e for e in contents})
        doomed[(entry.source, str(entry.id))] = entry
    for entry in sorted(doomed.values(), key=lambda e: e.kind == "FOLDER"):
        entry.delete()
    return Response.json({"moved_count": len(named)})


def resolve_folder_id(ctx: Context, request: Request) -> Response:
    check_workspace(request.query_int("workspace_id"))
    path = request.query_value("path") or ""
    folder = _store(ctx).resolve(path)
    if folder is None:
        raise ApiError(404, f"No folder at path {path!r}")
    return Response.json({"id": folder.id})


ROUTES: dict[str, Handler] = {
    "create_folder": create_folder,
    "rename_folder": rename_folder,
    "list_folder_entities": list_folder_entities,
    "move_folder_entities": move_folder_entities,
    "delete_folder_entities": delete_folder_entities,
    "resolve_folder_id": resolve_folder_id,
}
