"""Workflows: seeded definitions, runs that finish in the background, and their results.

Seed section ``workflows`` is a list of workflow objects::

    {
      "name": "greeter",                       # required, unique
      "id": 7,                                 # optional numeric id
      "created_by_email": "dev@example.com",   # optional, for the created_by_email filter
      "folder_id": 3,                          # optional, a folder's id
      "external_ids": [{"source": "git", "external_id": "wf-1"}],   # optional
      "versions": [                            # oldest first; at least one
        {
          "version_number": 1,                 # optional, defaults to position (1, 2, ...)
          "labels": ["production"],            # optional release labels (unique per workflow)
          "commit_message": "first",           # optional
          "required_input_variables": {"name": "string"},  # optional, else inferred from templates
          "duration_seconds": 0.05,            # how long a run stays in progress (default 0.05)
          "nodes": [
            {
              "name": "greet",                 # required, unique in the version
              "is_output_node": true,          # default false
              "output_template": "Hello {name}",  # rendered with the run's input_variables
              # or "output": <any JSON>        # returned as is
              "status": "SUCCESS",             # or "FAILED" (then value is null)
              "error_message": "...",          # optional, for FAILED nodes
              "raw_error_message": "...",      # optional, for FAILED nodes
              "node_type": "PROMPT_TEMPLATE",  # optional (default VARIABLE)
              "configuration": {},             # optional, echoed by get_workflow
              "dependencies": []               # optional node names
            }
          ],
          "edges": [{"source_node_name": "a", "target_node_name": "b"}]   # optional
        }
      ]
    }

A workflow with a single version may put ``nodes`` (and the other version keys) at the top level.
A template that names a variable the run did not supply makes that node FAILED.

Versions written through the API (create_workflow, patch_workflow_version) cannot call models, so
the local server decides what their nodes output (the service does not say):

- a VARIABLE node outputs its configuration's ``value`` (the inner ``value`` when it is written
  ``{"type": ..., "value": ...}``); any other node outputs null, successfully;
- a patched node keeps its earlier behaviour (a seeded output or template) unless the patch makes
  it a VARIABLE node with a ``value``;
- runs of a created version last the default duration, of a patched one as long as its base's;
  release labels given with a new version move to it from whichever version held them; a taken
  name for a new workflow answers 400; ``folder_id`` is accepted but not stored (no workflow
  answer shows it).
"""

from __future__ import annotations

import copy
import math
import string
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .._types import ApiError, Context, Handler, Request, Response, State
from .external_ids import WORKFLOWS, attach, check_free, pairs_from

WORKSPACE_ID = 1
USER_ID = 1
DEFAULT_DURATION_SECONDS = 0.05
NODE_STATUSES = ("SUCCESS", "FAILED")
SORT_FIELDS = ("created_at", "updated_at", "name", "id")
_TIME_FILTERS = ("created_after", "created_before", "updated_after", "updated_before")
_UUID_NAMESPACE = uuid.UUID("5f0b7c2e-7a9d-4c36-9a53-2f3d0f5f7b10")
_VERSION_KEYS = (
    "nodes",
    "edges",
    "labels",
    "commit_message",
    "required_input_variables",
    "duration_seconds",
    "version_number",
)


@dataclass
class _Node:
    id: str
    name: str
    node_type: str
    is_output_node: bool
    configuration: dict[str, Any]
    dependencies: list[str]
    status: str
    output: Any
    output_template: str | None
    error_message: str | None
    raw_error_message: str | None


@dataclass
class _Version:
    id: int
    number: int
    commit_message: str | None
    required_input_variables: dict[str, str]
    nodes: list[_Node]
    edges: list[dict[str, Any]]
    duration_seconds: float
    created_at: float


@dataclass
class _Label:
    id: int
    name: str
    version_number: int


@dataclass
class _Workflow:
    id: int
    name: str
    created_at: float
    updated_at: float
    created_by_email: str | None
    external_ids: list[dict[str, str]]
    versions: dict[int, _Version] = field(default_factory=dict)
    labels: dict[str, _Label] = field(default_factory=dict)
    folder_id: int | None = None  # read and changed by the folder handlers

    def latest(self) -> _Version:
        return self.versions[max(self.versions)]

    def labels_of(self, number: int) -> list[str]:
        return [label.name for label in self.labels.values() if label.version_number == number]


@dataclass
class _Execution:
    id: int
    workflow_id: int
    workflow_name: str
    workflow_version_id: int
    version_number: int
    input_variables: dict[str, Any]
    metadata: dict[str, str] | None
    return_all_outputs: bool
    callback_url: str | None
    warning: str | None
    started_at: float
    results: dict[str, dict[str, Any]]
    running: dict[str, dict[str, Any]]
    output_names: list[str]
    finished_at: float | None = None


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat()


def _node_uuid(workflow_name: str, version: int, node: str) -> str:
    """Stable ids, so snapshots and repeated runs of a seed compare equal."""
    return str(uuid.uuid5(_UUID_NAMESPACE, f"node:{workflow_name}:{version}:{node}"))


def _template_fields(template: str) -> list[str]:
    names: list[str] = []
    for _, field_name, _, _ in string.Formatter().parse(template):
        if field_name:
            base = field_name.split(".", 1)[0].split("[", 1)[0]
            if base and base not in names:
                names.append(base)
    return names


def _render(node: _Node, variables: dict[str, Any]) -> dict[str, Any]:
    """One node's final result for a run with these input variables."""
    result: dict[str, Any] = {
        "status": node.status,
        "value": None,
        "error_message": None,
        "raw_error_message": None,
        "is_output_node": node.is_output_node,
    }
    if node.status == "FAILED":
        message = node.error_message or f"Node {node.name!r} failed"
        result["error_message"] = message
        result["raw_error_message"] = node.raw_error_message or message
        return result
    if node.output_template is None:
        result["value"] = copy.deepcopy(node.output)
        return result
    try:
        result["value"] = node.output_template.format_map(variables)
    except (KeyError, IndexError, AttributeError, ValueError) as exc:
        missing = exc.args[0] if isinstance(exc, KeyError) and exc.args else None
        result["status"] = "FAILED"
        result["error_message"] = (
            f"Missing input variable {missing!r}" if missing is not None else f"Template error: {exc}"
        )
        result["raw_error_message"] = f"{type(exc).__name__}: {exc}"
    return result


def _parse_when(request: Request, name: str, status: int) -> datetime | None:
    raw = request.query_value(name)
    if raw is None or raw == "":
        return None
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise ApiError(
            status, f"Query parameter {name!r} must be an ISO 8601 date-time, got {raw!r}"
        ) from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


class WorkflowStore:
    """Workflows by id, and every execution started against them."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.workflows: dict[int, _Workflow] = {}
        self.executions: dict[int, _Execution] = {}

    # -- seeding -----------------------------------------------------------------------------

    def seed(self, items: list[dict[str, Any]]) -> None:
        for item in items:
            self.add(item)

    def add(self, item: dict[str, Any]) -> int:
        """Store one workflow in the seed format; returns its id. Bad input raises ValueError."""
        if not isinstance(item, dict):
            raise ValueError("each workflow must be an object")
        name = item.get("name")
        if not isinstance(name, str) or not name:
            raise ValueError("workflow needs a non-empty 'name'")
        if self.find(name) is not None:
            raise ValueError(f"workflow {name!r} is defined twice")
        workflow_id = item.get("id")
        if workflow_id is None:
            workflow_id = self.state.next_id("workflow")
            while workflow_id in self.workflows:
                workflow_id = self.state.next_id("workflow")
        elif (
            not isinstance(workflow_id, int) or isinstance(workflow_id, bool) or workflow_id in self.workflows
        ):
            raise ValueError(f"workflow {name!r}: 'id' must be a new integer")
        raw_versions = item.get("versions")
        if raw_versions is None:
            raw_versions = [{key: item[key] for key in _VERSION_KEYS if key in item}]
        if not isinstance(raw_versions, list) or not raw_versions:
            raise ValueError(f"workflow {name!r}: 'versions' must be a non-empty list")
        now = time.time()
        external_ids = item.get("external_ids") or []
        if not isinstance(external_ids, list) or not all(
            isinstance(e, dict) and isinstance(e.get("source"), str) and isinstance(e.get("external_id"), str)
            for e in external_ids
        ):
            raise ValueError(f"workflow {name!r}: 'external_ids' must be a list of {{source, external_id}}")
        email = item.get("created_by_email")
        folder_id = item.get("folder_id")
        if folder_id is not None and (not isinstance(folder_id, int) or isinstance(folder_id, bool)):
            raise ValueError(f"workflow {name!r}: 'folder_id' must be an integer")
        workflow = _Workflow(
            id=workflow_id,
            name=name,
            created_at=now,
            updated_at=now,
            created_by_email=email if isinstance(email, str) else None,
            external_ids=[{"source": e["source"], "external_id": e["external_id"]} for e in external_ids],
            folder_id=folder_id,
        )
        for position, raw in enumerate(raw_versions, start=1):
            self._add_version(workflow, raw, position, now)
        self.workflows[workflow_id] = workflow
        return workflow_id

    def _add_version(self, workflow: _Workflow, raw: Any, position: int, now: float) -> _Version:
        where = f"workflow {workflow.name!r} version #{position}"
        if not isinstance(raw, dict):
            raise ValueError(f"{where}: must be an object")
        number = raw.get("version_number", position)
        if (
            not isinstance(number, int)
            or isinstance(number, bool)
            or number < 1
            or number in workflow.versions
        ):
            raise ValueError(f"{where}: 'version_number' must be a new positive integer")
        raw_nodes = raw.get("nodes")
        if not isinstance(raw_nodes, list) or not raw_nodes:
            raise ValueError(f"{where}: 'nodes' must be a non-empty list")
        nodes = [self._make_node(workflow.name, number, raw_node, where) for raw_node in raw_nodes]
        names = [node.name for node in nodes]
        if len(set(names)) != len(names):
            raise ValueError(f"{where}: node names must be unique")
        if not any(node.is_output_node for node in nodes):
            raise ValueError(f"{where}: at least one node needs 'is_output_node': true")
        required = raw.get("required_input_variables")
        if required is None:
            required = {}
            for node in nodes:
                for var in _template_fields(node.output_template or ""):
                    required.setdefault(var, "string")
        if not isinstance(required, dict) or not all(isinstance(v, str) for v in required.values()):
            raise ValueError(f"{where}: 'required_input_variables' must map names to type names")
        duration = raw.get("duration_seconds", DEFAULT_DURATION_SECONDS)
        if not isinstance(duration, int | float) or isinstance(duration, bool) or not duration >= 0:
            raise ValueError(f"{where}: 'duration_seconds' must be a number >= 0")
        edges = []
        for index, edge in enumerate(raw.get("edges") or []):
            if not isinstance(edge, dict) or not all(
                isinstance(edge.get(key), str) for key in ("source_node_name", "target_node_name")
            ):
                raise ValueError(f"{where}: each edge needs source_node_name and target_node_name")
            unknown = {edge["source_node_name"], edge["target_node_name"]} - set(names)
            if unknown:
                raise ValueError(f"{where}: an edge names unknown node(s) {sorted(unknown)}")
            edges.append(
                {
                    "id": str(uuid.uuid5(_UUID_NAMESPACE, f"edge:{workflow.name}:{number}:{index}")),
                    "source_node_name": edge["source_node_name"],
                    "target_node_name": edge["target_node_name"],
                    "is_and": bool(edge.get("is_and", True)),
                    "conditionals": copy.deepcopy(edge.get("conditionals") or []),
                }
            )
        commit_message = raw.get("commit_message")
        version = workflow.versions[number] = _Version(
            id=self.state.next_id("workflow_version"),
            number=number,
            commit_message=commit_message if isinstance(commit_message, str) else None,
            required_input_variables=dict(required),
            nodes=nodes,
            edges=edges,
            duration_seconds=float(duration),
            created_at=now,
        )
        labels = raw.get("labels") or []
        if not isinstance(labels, list) or not all(isinstance(label, str) and label for label in labels):
            raise ValueError(f"{where}: 'labels' must be a list of names")
        for label in labels:
            if label in workflow.labels:
                raise ValueError(f"workflow {workflow.name!r}: label {label!r} is set on two versions")
            workflow.labels[label] = _Label(self.state.next_id("workflow_release_label"), label, number)
        return version

    @staticmethod
    def _make_node(workflow_name: str, number: int, raw: Any, where: str) -> _Node:
        if not isinstance(raw, dict) or not isinstance(raw.get("name"), str) or not raw["name"]:
            raise ValueError(f"{where}: each node needs a non-empty 'name'")
        name: str = raw["name"]
        status = raw.get("status", "SUCCESS")
        if status not in NODE_STATUSES:
            raise ValueError(f"{where}: node {name!r} status must be one of {NODE_STATUSES}")
        template = raw.get("output_template")
        if template is not None and not isinstance(template, str):
            raise ValueError(f"{where}: node {name!r} 'output_template' must be a string")
        if template is not None and "output" in raw:
            raise ValueError(f"{where}: node {name!r} has both 'output' and 'output_template'")
        try:
            _template_fields(template or "")
        except ValueError as exc:
            raise ValueError(f"{where}: node {name!r} 'output_template' is malformed: {exc}") from None
        configuration = raw.get("configuration") or {}
        dependencies = raw.get("dependencies") or []
        if not isinstance(configuration, dict):
            raise ValueError(f"{where}: node {name!r} 'configuration' must be an object")
        if not isinstance(dependencies, list) or not all(isinstance(d, str) for d in dependencies):
            raise ValueError(f"{where}: node {name!r} 'dependencies' must be a list of names")
        error_message = raw.get("error_message")
        raw_error = raw.get("raw_error_message")
        return _Node(
            id=_node_uuid(workflow_name, number, name),
            name=name,
            node_type=str(raw.get("node_type", "VARIABLE")),
            is_output_node=bool(raw.get("is_output_node", False)),
            configuration=copy.deepcopy(configuration),
            dependencies=list(dependencies),
            status=status,
            output=copy.deepcopy(raw.get("output")),
            output_template=template,
            error_message=error_message if isinstance(error_message, str) else None,
            raw_error_message=raw_error if isinstance(raw_error, str) else None,
        )

    # -- versions written through the API -----------------------------------------------------

    def new_workflow(self, name: str | None, now: float) -> _Workflow:
        """A workflow without versions, not stored until `register`; 400 when the name is taken."""
        if name is not None and self.named(name) is not None:
            raise ApiError(
                400, f"A workflow named {name!r} already exists; give workflow_name to add a version to it"
            )
        workflow_id = self.state.next_id("workflow")
        while workflow_id in self.workflows:
            workflow_id = self.state.next_id("workflow")
        generated = f"workflow-{workflow_id}"
        while name is None and self.named(generated) is not None:
            generated += "-new"
        return _Workflow(workflow_id, name or generated, now, now, None, [])

    def register(self, workflow: _Workflow) -> None:
        self.workflows[workflow.id] = workflow

    def save_version(
        self, workflow: _Workflow, raw: dict[str, Any], labels: list[str], now: float
    ) -> _Version:
        """Add `raw` (the seed's version format) as the newest version, then move `labels` to it."""
        number = max(workflow.versions, default=0) + 1
        try:
            version = self._add_version(workflow, {**raw, "version_number": number}, number, now)
        except ValueError as exc:
            raise ApiError(400, str(exc)) from None
        for name in dict.fromkeys(labels):
            label = workflow.labels.get(name)
            if label is None:
                workflow.labels[name] = _Label(self.state.next_id("workflow_release_label"), name, number)
            else:
                label.version_number = number
        workflow.updated_at = now
        return version

    def finish_running(self, now: float) -> int:
        """Complete every execution still in progress (for tests that should not wait); how many."""
        running = [e for e in self.executions.values() if e.finished_at is None]
        for execution in running:
            execution.finished_at = now
        return len(running)

    # -- lookups -----------------------------------------------------------------------------

    def find(self, id_or_name: str) -> _Workflow | None:
        """By numeric id first (when the text is a number), then by name."""
        if id_or_name.isdigit() and int(id_or_name) in self.workflows:
            return self.workflows[int(id_or_name)]
        for workflow in self.workflows.values():
            if workflow.name == id_or_name:
                return workflow
        return None

    def named(self, name: str) -> _Workflow | None:
        return next((w for w in self.workflows.values() if w.name == name), None)

    def get(self, id_or_name: str) -> _Workflow:
        workflow = self.find(id_or_name)
        if workflow is None:
            raise ApiError(404, f"Workflow {id_or_name!r} not found")
        return workflow

    @staticmethod
    def select_version(workflow: _Workflow, number: int | None, label: str | None, status: int) -> _Version:
        if number is not None and label is not None:
            raise ApiError(status, "Give either a version number or a release label, not both")
        if label is not None:
            found = workflow.labels.get(label)
            if found is None:
                raise ApiError(404, f"Workflow {workflow.name!r} has no release label {label!r}")
            return workflow.versions[found.version_number]
        if number is not None:
            if number not in workflow.versions:
                raise ApiError(404, f"Workflow {workflow.name!r} has no version {number}")
            return workflow.versions[number]
        return workflow.latest()

    # -- executions --------------------------------------------------------------------------

    def start(
        self,
        ctx: Context,
        workflow: _Workflow,
        version: _Version,
        *,
        input_variables: dict[str, Any],
        metadata: dict[str, str] | None,
        return_all_outputs: bool,
        callback_url: str | None,
    ) -> _Execution:
        """Record an execution now and schedule its completion after the version's duration."""
        results = {node.name: _render(node, input_variables) for node in version.nodes}
        running = {
            node.name: {
                "status": "QUEUED" if node.dependencies else "RUNNING",
                "value": None,
                "error_message": None,
                "raw_error_message": None,
                "is_output_node": node.is_output_node,
            }
            for node in version.nodes
        }
        required = set(version.required_input_variables)
        given = set(input_variables)
        notes = []
        if required - given:
            notes.append("Missing input variables: " + ", ".join(sorted(required - given)))
        if given - required:
            notes.append("Unused input variables: " + ", ".join(sorted(given - required)))
        execution = _Execution(
            id=self.state.next_id("workflow_version_execution"),
            workflow_id=workflow.id,
            workflow_name=workflow.name,
            workflow_version_id=version.id,
            version_number=version.number,
            input_variables=copy.deepcopy(input_variables),
            metadata=dict(metadata) if metadata is not None else None,
            return_all_outputs=return_all_outputs,
            callback_url=callback_url,
            warning="; ".join(notes) or None,
            started_at=ctx.clock(),
            results=results,
            running=running,
            output_names=[node.name for node in version.nodes if node.is_output_node],
        )
        self.executions[execution.id] = execution

        def finish() -> None:
            if execution.finished_at is None:
                execution.finished_at = ctx.clock()

        ctx.schedule(version.duration_seconds, finish)
        return execution

    # -- JSON shapes -------------------------------------------------------------------------

    @staticmethod
    def list_item(workflow: _Workflow) -> dict[str, Any]:
        return {
            "id": workflow.id,
            "workspace_id": WORKSPACE_ID,
            "user_id": USER_ID,
            "name": workflow.name,
            "is_deleted": False,
            "latest_version_number": max(workflow.versions),
            "release_labels": sorted(workflow.labels),
            "external_ids": copy.deepcopy(workflow.external_ids),
        }

    @staticmethod
    def version_body(workflow: _Workflow, version: _Version) -> dict[str, Any]:
        return {
            "success": True,
            "workflow_id": workflow.id,
            "workflow_name": workflow.name,
            "version": version.number,
            "workflow_version_id": version.id,
            "commit_message": version.commit_message,
            "required_input_variables": dict(version.required_input_variables),
            "release_labels": workflow.labels_of(version.number),
            "created_at": _iso(version.created_at),
            "nodes": [
                {
                    "id": node.id,
                    "workflow_version_id": version.id,
                    "name": node.name,
                    "node_type": node.node_type,
                    "is_output_node": node.is_output_node,
                    "configuration": copy.deepcopy(node.configuration),
                    "dependencies": list(node.dependencies),
                }
                for node in version.nodes
            ],
            "edges": copy.deepcopy(version.edges),
        }

    def snapshot(self) -> dict[str, Any]:
        workflows = []
        for workflow in self.workflows.values():
            item = self.list_item(workflow)
            item["created_by_email"] = workflow.created_by_email
            item["folder_id"] = workflow.folder_id
            item["created_at"] = _iso(workflow.created_at)
            item["versions"] = [
                {
                    **{k: v for k, v in self.version_body(workflow, version).items() if k != "success"},
                    "duration_seconds": version.duration_seconds,
                }
                for _, version in sorted(workflow.versions.items())
            ]
            workflows.append(item)
        executions = [
            {
                "id": e.id,
                "workflow_id": e.workflow_id,
                "workflow_name": e.workflow_name,
                "workflow_version_id": e.workflow_version_id,
                "version_number": e.version_number,
                "input_variables": copy.deepcopy(e.input_variables),
                "metadata": dict(e.metadata) if e.metadata is not None else None,
                "return_all_outputs": e.return_all_outputs,
                "callback_url": e.callback_url,
                "warning": e.warning,
                "status": "RUNNING" if e.finished_at is None else "COMPLETE",
                "started_at": _iso(e.started_at),
                "finished_at": _iso(e.finished_at) if e.finished_at is not None else None,
                "results": copy.deepcopy(e.results),
            }
            for e in self.executions.values()
        ]
        return {"workflows": workflows, "executions": executions}


def _store(ctx: Context) -> WorkflowStore:
    store: WorkflowStore = ctx.state.workflows
    return store


def list_workflows(ctx: Context, request: Request) -> Response:
    """Filtered, sorted, paginated summaries (flask-style page metadata)."""
    page = request.query_int("page")
    per_page = request.query_int("per_page")
    page = 1 if page is None else page
    per_page = 30 if per_page is None else per_page
    if page < 1:
        raise ApiError(400, "page must be 1 or more")
    if not 1 <= per_page <= 100:
        raise ApiError(400, "per_page must be between 1 and 100")
    source, external_id = request.external_id_query(400)
    sort_by = request.query_value("sort_by") or "created_at"
    sort_order = request.query_value("sort_order") or "desc"
    if sort_by not in SORT_FIELDS:
        raise ApiError(400, f"sort_by must be one of {', '.join(SORT_FIELDS)}")
    if sort_order not in ("asc", "desc"):
        raise ApiError(400, "sort_order must be asc or desc")
    bounds = {name: _parse_when(request, name, 400) for name in _TIME_FILTERS}
    email = request.query_value("created_by_email")
    matches = []
    for workflow in _store(ctx).workflows.values():
        if email is not None and workflow.created_by_email != email:
            continue
        if source is not None and {"source": source, "external_id": external_id} not in workflow.external_ids:
            continue
        if not _within(workflow.created_at, bounds["created_after"], bounds["created_before"]):
            continue
        if not _within(workflow.updated_at, bounds["updated_after"], bounds["updated_before"]):
            continue
        matches.append(workflow)
    matches.sort(key=lambda w: (getattr(w, sort_by), w.id), reverse=sort_order == "desc")
    total = len(matches)
    pages = math.ceil(total / per_page)
    items = matches[(page - 1) * per_page : page * per_page]
    return Response.json(
        {
            "items": [WorkflowStore.list_item(w) for w in items],
            "page": page,
            "per_page": per_page,
            "total": total,
            "pages": pages,
            "has_next": page < pages,
            "has_prev": page > 1,
            "next_num": page + 1 if page < pages else None,
            "prev_num": page - 1 if page > 1 else None,
        }
    )


def _within(epoch: float, after: datetime | None, before: datetime | None) -> bool:
    moment = datetime.fromtimestamp(epoch, UTC)
    return (after is None or moment >= after) and (before is None or moment <= before)


def get_workflow(ctx: Context, request: Request) -> Response:
    """One version (latest, by number or by label) with its nodes and edges."""
    store = _store(ctx)
    workflow = store.get(request.path_params["workflow_id_or_name"])
    number = request.query_int("version")
    if number is not None and number < 1:
        raise ApiError(422, "version must be a positive integer")
    version = store.select_version(workflow, number, request.query_value("label"), 422)
    return Response.json(store.version_body(workflow, version))


def run_workflow(ctx: Context, request: Request) -> Response:
    """Start an execution; it completes in the background after the version's duration."""
    store = _store(ctx)
    body = request.json_object()
    workflow = store.get(request.path_params["workflow_name"])
    label = body.get("workflow_label_name")
    number = body.get("workflow_version_number")
    if label is not None and not isinstance(label, str):
        raise ApiError(400, "workflow_label_name must be a string")
    if number is not None and (not isinstance(number, int) or isinstance(number, bool)):
        raise ApiError(400, "workflow_version_number must be an integer")
    version = store.select_version(workflow, number, label, 400)
    input_variables = body.get("input_variables")
    if input_variables is None:
        input_variables = {}
    if not isinstance(input_variables, dict):
        raise ApiError(400, "input_variables must be an object")
    metadata = body.get("metadata")
    if metadata is not None and (
        not isinstance(metadata, dict) or not all(isinstance(v, str) for v in metadata.values())
    ):
        raise ApiError(400, "metadata must map names to strings")
    callback_url = body.get("callback_url")
    if callback_url is not None and not isinstance(callback_url, str):
        raise ApiError(400, "callback_url must be a string")
    execution = store.start(
        ctx,
        workflow,
        version,
        input_variables=input_variables,
        metadata=metadata,
        return_all_outputs=bool(body.get("return_all_outputs", False)),
        callback_url=callback_url,
    )
    accepted = callback_url is not None
    return Response.json(
        {
            "success": True,
            "message": "Workflow execution accepted"
            if accepted
            else "Workflow execution created successfully",
            "warning": execution.warning,
            "workflow_version_execution_id": execution.id,
        },
        202 if accepted else 201,
    )


def get_workflow_version_execution_results(ctx: Context, request: Request) -> Response:
    """202 with per-node progress while running; then 200 with the final output or all nodes.

    Without return_all_outputs the answer is the value of the last output node that succeeded;
    when no output node succeeded it is the per-node map, so the failure details are visible.
    """
    execution_id = request.query_int("workflow_version_execution_id")
    if execution_id is None:
        raise ApiError(400, "workflow_version_execution_id is required")
    execution = _store(ctx).executions.get(execution_id)
    if execution is None:
        raise ApiError(404, f"Workflow version execution {execution_id} not found")
    if execution.finished_at is None:
        return Response.json(copy.deepcopy(execution.running), 202)
    if request.query_bool("return_all_outputs"):
        return Response.json(copy.deepcopy(execution.results))
    succeeded = [
        execution.results[name]
        for name in execution.output_names
        if execution.results[name]["status"] == "SUCCESS"
    ]
    if succeeded:
        return Response.json(copy.deepcopy(succeeded[-1]["value"]))
    return Response.json(copy.deepcopy(execution.results))


def _variable_value(configuration: dict[str, Any]) -> Any:
    value = configuration.get("value")
    if isinstance(value, dict) and "value" in value and set(value) <= {"type", "value"}:
        return copy.deepcopy(value["value"])
    return copy.deepcopy(value)


def _api_node(
    name: Any,
    node_type: Any,
    configuration: Any,
    dependencies: Any,
    is_output_node: Any,
    inherited: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A node written through the API, in the seed format (its output: see the module docstring)."""
    if not isinstance(name, str) or not isinstance(node_type, str):
        raise ApiError(400, "Each node needs a string name and node_type")
    if not isinstance(configuration, dict):
        raise ApiError(400, f"Node {name!r}: configuration must be an object")
    raw = {
        "name": name,
        "node_type": node_type,
        "configuration": copy.deepcopy(configuration),
        "dependencies": dependencies,
        "is_output_node": is_output_node is True,
    }
    if node_type == "VARIABLE" and "value" in configuration:
        raw["output"] = _variable_value(configuration)
    elif inherited is not None:
        raw.update(inherited)
    return raw


def _written_node(node: Any) -> dict[str, Any]:
    if not isinstance(node, dict):
        raise ApiError(400, "Each node must be an object")
    return _api_node(
        node.get("name"),
        node.get("node_type"),
        node.get("configuration", {}),
        node.get("dependencies") or [],
        node.get("is_output_node"),
    )


def _behaviour(node: _Node) -> dict[str, Any]:
    """What a stored node outputs, in the seed's keys, to carry into a patched version."""
    kept: dict[str, Any] = {
        "status": node.status,
        "error_message": node.error_message,
        "raw_error_message": node.raw_error_message,
    }
    if node.output_template is not None:
        kept["output_template"] = node.output_template
    else:
        kept["output"] = copy.deepcopy(node.output)
    return kept


def _deep_merge(base: dict[str, Any], changes: dict[str, Any]) -> dict[str, Any]:
    merged = copy.deepcopy(base)
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = copy.deepcopy(value)
    return merged


def _labels(body: dict[str, Any]) -> list[str]:
    labels = body.get("release_labels") or []
    if not isinstance(labels, list) or not all(isinstance(label, str) and label for label in labels):
        raise ApiError(400, "release_labels must be a list of non-empty names")
    return labels


def _commit_message(body: dict[str, Any]) -> str | None:
    message = body.get("commit_message")
    if message is not None and not isinstance(message, str):
        raise ApiError(400, "commit_message must be a string")
    return message


def _version_created(workflow: _Workflow, version: _Version, base: int | None) -> Response:
    return Response.json(
        {
            "success": True,
            "workflow_id": workflow.id,
            "workflow_name": workflow.name,
            "workflow_version_id": version.id,
            "version_number": version.number,
            "base_version": base,
            "release_labels": workflow.labels_of(version.number),
            "nodes": [
                {
                    "id": node.id,
                    "name": node.name,
                    "node_type": node.node_type,
                    "is_output_node": node.is_output_node,
                }
                for node in version.nodes
            ],
            "required_input_variables": dict(version.required_input_variables),
            "external_ids": copy.deepcopy(workflow.external_ids),
        },
        201,
    )


def _existing_workflow(store: WorkflowStore, body: dict[str, Any]) -> _Workflow | None:
    """The workflow that workflow_id / workflow_name name (404), or None for a new one."""
    workflow_id, workflow_name = body.get("workflow_id"), body.get("workflow_name")
    found: list[_Workflow] = []
    if workflow_id is not None:
        if not isinstance(workflow_id, int) or isinstance(workflow_id, bool):
            raise ApiError(400, "workflow_id must be an integer")
        if workflow_id not in store.workflows:
            raise ApiError(404, f"Workflow {workflow_id} not found")
        found.append(store.workflows[workflow_id])
    if workflow_name is not None:
        named = store.named(workflow_name) if isinstance(workflow_name, str) else None
        if named is None:
            raise ApiError(404, f"Workflow {workflow_name!r} not found")
        found.append(named)
    if len(found) == 2 and found[0] is not found[1]:
        raise ApiError(400, "workflow_id and workflow_name name different workflows")
    return found[0] if found else None


def create_workflow(ctx: Context, request: Request) -> Response:
    """A new workflow with its first version, or a new version of the one workflow_id/_name names."""
    store = _store(ctx)
    body = request.json_object()
    now = ctx.clock()
    nodes = body.get("nodes")
    if not isinstance(nodes, list):
        raise ApiError(400, "nodes must be a list")
    name = body.get("name")
    if name is not None and (not isinstance(name, str) or not name):
        raise ApiError(400, "name must be a non-empty string")
    raw = {
        "nodes": [_written_node(node) for node in nodes],
        "edges": body.get("edges") or [],
        "commit_message": _commit_message(body),
        "required_input_variables": body.get("required_input_variables"),
    }
    labels = _labels(body)
    pairs = pairs_from(body.get("external_ids"))
    existing = _existing_workflow(store, body)
    workflow = existing if existing is not None else store.new_workflow(name, now)
    check_free(WORKFLOWS, ctx.state, workflow, pairs)
    version = store.save_version(workflow, raw, labels, now)
    attach(WORKFLOWS, workflow, pairs)
    store.register(workflow)
    return _version_created(workflow, version, None)


def patch_workflow_version(ctx: Context, request: Request) -> Response:
    """A new version: a base version (latest by default) with node changes, edges and labels applied."""
    store = _store(ctx)
    workflow = store.get(request.path_params["workflow_id_or_name"])
    body = request.json_object()
    base_number = body.get("base_version")
    if base_number is not None and (not isinstance(base_number, int) or isinstance(base_number, bool)):
        raise ApiError(400, "base_version must be an integer")
    base = store.select_version(workflow, base_number, None, 400)
    changes = body.get("nodes") or {}
    if not isinstance(changes, dict):
        raise ApiError(400, "nodes must map node names to changes")
    old_nodes = {node.name: node for node in base.nodes}
    nodes = {
        node.name: _api_node(
            node.name,
            node.node_type,
            node.configuration,
            node.dependencies,
            node.is_output_node,
            _behaviour(node),
        )
        for node in base.nodes
    }
    removed: set[str] = set()
    for name, change in changes.items():
        old = old_nodes.get(name)
        if change is None:
            if name not in nodes:
                raise ApiError(400, f"Cannot remove node {name!r}: version {base.number} has no such node")
            del nodes[name]
            removed.add(name)
        elif not isinstance(change, dict):
            raise ApiError(400, f"Node {name!r}: a change must be an object or null")
        elif old is None:
            if not isinstance(change.get("node_type"), str):
                raise ApiError(400, f"New node {name!r} needs a node_type")
            nodes[name] = _api_node(
                name,
                change["node_type"],
                change.get("configuration") or {},
                change.get("dependencies") or [],
                change.get("is_output_node") is True,
            )
        else:
            pick = {
                key: change[key]
                for key in ("node_type", "dependencies", "is_output_node")
                if change.get(key) is not None
            }
            nodes[name] = _api_node(
                name,
                pick.get("node_type", old.node_type),
                _deep_merge(old.configuration, change.get("configuration") or {}),
                pick.get("dependencies", old.dependencies),
                pick.get("is_output_node", old.is_output_node),
                _behaviour(old),
            )
    edges = body.get("edges")
    if edges is None:
        edges = [
            edge for edge in base.edges if not {edge["source_node_name"], edge["target_node_name"]} & removed
        ]
    required = body.get("required_input_variables")
    raw = {
        "nodes": list(nodes.values()),
        "edges": edges,
        "commit_message": _commit_message(body),
        "required_input_variables": dict(base.required_input_variables) if required is None else required,
        "duration_seconds": base.duration_seconds,
    }
    version = store.save_version(workflow, raw, _labels(body), ctx.clock())
    return _version_created(workflow, version, base.number)


def list_workflow_labels(ctx: Context, request: Request) -> Response:
    workflow = _store(ctx).get(request.path_params["workflow_id_or_name"])
    labels = sorted(workflow.labels.values(), key=lambda label: label.id)
    return Response.json(
        {
            "success": True,
            "release_labels": [
                {
                    "release_label": label.name,
                    "release_label_id": label.id,
                    "workflow_version_id": workflow.versions[label.version_number].id,
                    "workflow_version_number": label.version_number,
                }
                for label in labels
            ],
        }
    )


ROUTES: dict[str, Handler] = {
    "list_workflows": list_workflows,
    "get_workflow": get_workflow,
    "run_workflow": run_workflow,
    "get_workflow_version_execution_results": get_workflow_version_execution_results,
    "list_workflow_labels": list_workflow_labels,
    "create_workflow": create_workflow,
    "patch_workflow_version": patch_workflow_version,
}
