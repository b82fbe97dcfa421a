"""Datasets: groups, their numbered versions and drafts, and the rows versions are built from.

Seed section ``datasets`` is a list of dataset groups::

    {
      "name": "qa-set",                               # required, unique
      "folder_id": 3,                                 # optional
      "external_ids": [{"source": "git", "external_id": "qa"}],   # optional
      "versions": [                                   # optional, oldest first: versions 1, 2, ...
        {"rows": [{"question": "2+2?", "answer": "4"}], "columns": ["question", "answer"]}
      ],
      "draft": {"rows": []}                           # optional: an open draft
    }

``columns`` is optional (the rows' keys in first-seen order otherwise).

Semantics the API leaves open, as implemented here:
- A dataset is one version of a group: the draft (version_number -1, at most one per group) or a
  published version (1, 2, ... per group). A group made through the API starts with an empty draft.
- Work the service queues is done before answering: saving publishes the draft as the next
  number; a version built from a file or a request-log query is a new dataset published at once
  (an open draft is left alone); a draft copied from a version has its rows before the 202.
- A version's columns are its rows' keys in first-seen order (a CSV's header order); a row that
  lacks a column reads as null.
- A request log becomes the row {<each prompt input variable>, "output": <reply text>}; with
  variables_to_parse, exactly those names, each read from the input variables or else from the
  log's fields ``input``, ``output`` (texts), ``model``, ``provider``, ``tags``, ``metadata``.
- A trace (or the span named) becomes the row {"input", "output", <each direct child's name>}:
  the span's ``function_input`` / ``function_output`` attributes (JSON-decoded when they parse)
  and each child's output. A whole trace is read from its root span.
- A trace imported into a table sheet (the sheet variant of add-trace) becomes a row of that
  sheet in the table store, its values in the text columns of the same titles; into an
  evaluation's sheet (one with a ``Trace`` column) the row holds the trace as JSON in that
  column (its root span, each span with its ``children``, as the official SDK's readers walk
  it) and fills only the columns the sheet has.
- Nothing links datasets to release labels, so ``prompt_label_id`` matches none;
  ``prompt_id`` / ``prompt_version_id`` match versions built from that prompt's request logs.

Groups are also registered in the resource store (collection ``dataset-groups``, integer ids),
and their external ids live in those records' ``external_ids``, where the external-id
operations read and write them.
"""

from __future__ import annotations

import base64
import binascii
import copy
import csv
import io
import json
import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from .._types import ApiError, Context, Handler, Request, Response, State, iso_time
from .tables import TableStore, display_of
from .tracing import normalise_id
from .tracking import select_logs, template_text

WORKSPACE_ID = 1
USER_ID = 1
USER_EMAIL = "local@promptlayer.test"
DRAFT = -1
MAX_FILE_BYTES = 100 * 1024 * 1024
GROUPS = "dataset-groups"  # resource store collections shared with the external-id operations
SORT_FIELDS = ("created_at", "updated_at", "name", "id")
_TIME_FILTERS = ("created_after", "created_before", "updated_after", "updated_before")
_LOG_QUERY_KEYS = (
    "request_log_ids",
    "filter_group",
    "q",
    "sort_by",
    "sort_order",
    "variables_to_parse",
    "limit",
)


@dataclass
class DatasetGroup:
    id: int
    name: str
    folder_id: int | None
    created_at: float


@dataclass
class Dataset:
    """One version of a group (or its draft): rows keyed by column name."""

    id: int
    group_id: int
    version_number: int
    created_at: float
    updated_at: float
    columns: list[str] = field(default_factory=list)
    rows: list[dict[str, Any]] = field(default_factory=list)
    filter_params: dict[str, Any] | None = None
    prompt_ids: set[int] = field(default_factory=set)
    prompt_version_ids: set[int] = field(default_factory=set)

    def add_rows(self, rows: Iterable[dict[str, Any]]) -> None:
        for row in rows:
            self.rows.append(copy.deepcopy(row))
            self.columns.extend(name for name in row if name not in self.columns)

    def cells(self, row: dict[str, Any]) -> list[Any]:
        return [row.get(name) for name in self.columns]


class DatasetStore:
    """Dataset groups and their datasets (versions and drafts) by id."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.groups: dict[int, DatasetGroup] = {}
        self.datasets: dict[int, Dataset] = {}

    # -- seeding and inspection ----------------------------------------------------------

    def seed(self, items: list[dict[str, Any]]) -> None:
        now = datetime.now(UTC).timestamp()
        for index, item in enumerate(items):
            where = f"datasets[{index}]"
            if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"]:
                raise ValueError(f"{where} needs a non-empty 'name'")
            folder_id = item.get("folder_id")
            if folder_id is not None and not _is_int(folder_id):
                raise ValueError(f"{where}.folder_id must be an integer")
            external_ids = item.get("external_ids") or []
            if not isinstance(external_ids, list) or not all(
                isinstance(e, dict)
                and isinstance(e.get("source"), str)
                and isinstance(e.get("external_id"), str)
                for e in external_ids
            ):
                raise ValueError(f"{where}.external_ids must be a list of {{source, external_id}}")
            try:
                group = self.create_group(item["name"], folder_id, external_ids, now)
            except ApiError as exc:
                raise ValueError(f"{where}: {exc.message}") from None
            versions = item.get("versions") or []
            if not isinstance(versions, list):
                raise ValueError(f"{where}.versions must be a list")
            for number, raw in enumerate(versions, start=1):
                dataset = self.new_dataset(group, now)
                _seed_rows(dataset, raw, f"{where}.versions[{number - 1}]")
                self.publish(dataset, now)
            draft = item.get("draft")
            if draft is not None:
                _seed_rows(self.new_dataset(group, now), draft, f"{where}.draft")

    def snapshot(self) -> dict[str, Any]:
        return {
            "groups": [
                {**self.group_json(group), "folder_id": group.folder_id} for group in self.groups.values()
            ],
            "datasets": [
                {**self.dataset_json(d), "rows": copy.deepcopy(d.rows)} for d in self.datasets.values()
            ],
        }

    # -- groups and datasets -------------------------------------------------------------

    def create_group(
        self, name: str, folder_id: int | None, external_ids: list[dict[str, Any]], now: float
    ) -> DatasetGroup:
        """A new group (400 when the name is taken); its external ids linked (409 on conflict)."""
        if any(group.name == name for group in self.groups.values()):
            raise ApiError(400, f"A dataset named {name!r} already exists")
        group_id = self.state.next_id(f"resource:{GROUPS}")
        check_external_ids(self.state, GROUPS, group_id, external_ids)
        group = DatasetGroup(group_id, name, folder_id, now)
        self.groups[group_id] = group
        self.state.resources.add(
            GROUPS,
            (),
            {"id": group_id, "name": name, "workspace_id": WORKSPACE_ID, "is_deleted": False},
        )
        link_external_ids(self.state, GROUPS, group_id, external_ids)
        return group

    def group(self, group_id: int) -> DatasetGroup:
        group = self.groups.get(group_id)
        if group is None:
            raise ApiError(404, f"Dataset group {group_id} not found")
        return group

    def dataset(self, dataset_id: int) -> Dataset:
        dataset = self.datasets.get(dataset_id)
        if dataset is None:
            raise ApiError(404, f"Dataset {dataset_id} not found")
        return dataset

    def draft_of(self, group_id: int) -> Dataset | None:
        return next(
            (d for d in self.datasets.values() if d.group_id == group_id and d.version_number == DRAFT), None
        )

    def versions_of(self, group_id: int) -> list[Dataset]:
        """Published versions, oldest first."""
        found = [d for d in self.datasets.values() if d.group_id == group_id and d.version_number != DRAFT]
        return sorted(found, key=lambda d: d.version_number)

    def new_dataset(self, group: DatasetGroup, now: float) -> Dataset:
        dataset = Dataset(self.state.next_id("dataset"), group.id, DRAFT, now, now)
        self.datasets[dataset.id] = dataset
        return dataset

    def publish(self, dataset: Dataset, now: float) -> None:
        """Give a draft the group's next version number."""
        numbers = [d.version_number for d in self.versions_of(dataset.group_id)]
        dataset.version_number = max(numbers, default=0) + 1
        dataset.updated_at = now

    def build_from_logs(self, group: DatasetGroup, params: dict[str, Any], now: float) -> Dataset:
        """A new published version holding the request logs `params` select (see the docstring)."""
        tracking = self.state.tracking
        ids = params.get("request_log_ids")
        if ids is not None:
            records = []
            for log_id in ids:
                record = tracking.get(log_id)
                if record is None:
                    raise ApiError(404, f"Request log {log_id} not found")
                records.append(record)
        else:
            try:
                records = select_logs(tracking, params)
            except ApiError as exc:  # the operation documents 422 for a query it cannot run
                raise ApiError(422, exc.message) from None
        limit = params.get("limit")
        if limit is not None:
            records = records[:limit]
        dataset = self.new_dataset(group, now)
        dataset.filter_params = copy.deepcopy(params)
        names = params.get("variables_to_parse")
        dataset.add_rows(log_row(record, names) for record in records)
        for record in records:
            _link_prompt(dataset, record)
        self.publish(dataset, now)
        return dataset

    def external_ids(self, group_id: int) -> list[dict[str, str]]:
        return linked_external_ids(self.state, GROUPS, group_id)

    # -- JSON shapes ---------------------------------------------------------------------

    def group_json(self, group: DatasetGroup) -> dict[str, Any]:
        return {"id": group.id, "name": group.name, "workspace_id": WORKSPACE_ID, "is_deleted": False}

    def dataset_json(self, dataset: Dataset) -> dict[str, Any]:
        group = self.groups[dataset.group_id]
        return {
            "id": dataset.id,
            "dataset_group_id": dataset.group_id,
            "version_number": dataset.version_number,
            "column_names": list(dataset.columns),
            "filter_params": copy.deepcopy(dataset.filter_params),
            "is_deleted": False,
            "user_id": USER_ID,
            "dataset_group": self.group_json(group),
            "external_ids": self.external_ids(group.id),
        }


# -- external ids, shared with the reports -------------------------------------------------------


def _records(state: State, collection: str) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = state.resources.records(collection, ())
    return records


def linked_external_ids(state: State, collection: str, owner_id: int) -> list[dict[str, str]]:
    """The external ids linked to one record of the resource store's `collection` (its
    `external_ids` field, which the external-id operations read and change too)."""
    for record in _records(state, collection):
        if record.get("id") == owner_id:
            return [dict(link) for link in record.get("external_ids") or []]
    return []


def check_external_ids(
    state: State, collection: str, owner_id: int, external_ids: list[dict[str, Any]]
) -> None:
    """409 when one of `external_ids` is already linked to another record of the collection."""
    for pair in external_ids:
        wanted = {"source": pair["source"], "external_id": pair["external_id"]}
        for record in _records(state, collection):
            if record.get("id") != owner_id and wanted in (record.get("external_ids") or []):
                raise ApiError(
                    409, f"External id {pair['source']}/{pair['external_id']} is already linked elsewhere"
                )


def link_external_ids(
    state: State, collection: str, owner_id: int, external_ids: list[dict[str, Any]]
) -> None:
    """Add the links the record lacks to its `external_ids` (call check_external_ids first)."""
    for record in _records(state, collection):
        if record.get("id") == owner_id:
            links = record.setdefault("external_ids", [])
            for pair in external_ids:
                link = {"source": pair["source"], "external_id": pair["external_id"]}
                if link not in links:
                    links.append(link)


# -- rows from request logs, traces and files ----------------------------------------------------


def log_row(record: dict[str, Any], names: list[str] | None) -> dict[str, Any]:
    """One request log as a dataset row (see the module docstring)."""
    variables = record.get("prompt_input_variables") or {}
    if names is None:
        return {**copy.deepcopy(variables), "output": template_text(record["output"])}
    fields: dict[str, Callable[[], Any]] = {
        "input": lambda: template_text(record["input"]),
        "output": lambda: template_text(record["output"]),
        "model": lambda: record["model"],
        "provider": lambda: record["provider"],
        "tags": lambda: list(record["tags"]),
        "metadata": lambda: dict(record["metadata"]),
    }
    row: dict[str, Any] = {}
    for name in names:
        if name in variables:
            row[name] = copy.deepcopy(variables[name])
        else:
            row[name] = fields[name]() if name in fields else None
    return row


def _link_prompt(dataset: Dataset, record: dict[str, Any]) -> None:
    if _is_int(record.get("prompt_id")):
        dataset.prompt_ids.add(record["prompt_id"])
    if _is_int(record.get("prompt_version_id")):
        dataset.prompt_version_ids.add(record["prompt_version_id"])


TRACE_COLUMN = "Trace"  # an evaluation sheet's column for the imported trace


def trace_row(spans: list[dict[str, Any]], span_id: str | None) -> dict[str, Any]:
    """One trace, or the subtree under `span_id`, as a dataset row (see the module docstring)."""
    by_id = {span["span_id"]: span for span in spans}
    if span_id is not None:
        node = by_id.get(span_id)
        if node is None:
            raise ApiError(404, f"Span {span_id} is not part of trace {spans[0]['trace_id']}")
    else:
        roots = [span for span in spans if span["parent_span_id"] not in by_id]
        node = min(roots or spans, key=lambda span: span["start_time_unix_nano"])
    row: dict[str, Any] = {
        "input": _span_value(node, "function_input"),
        "output": _span_value(node, "function_output"),
    }
    children = [span for span in spans if span["parent_span_id"] == node["span_id"]]
    for child in sorted(children, key=lambda span: span["start_time_unix_nano"]):
        name, count = child["name"] or "span", 2
        while name in row:
            name, count = f"{child['name']} ({count})", count + 1
        row[name] = _span_value(child, "function_output")
    return row


def _span_value(span: dict[str, Any], attribute: str) -> Any:
    value = span["attributes"].get(attribute)
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return copy.deepcopy(value)


def rows_from_file(file_name: str, content_base64: str) -> tuple[list[str], list[dict[str, Any]]]:
    """The columns and rows of an uploaded CSV (header row first) or JSON (array of objects)."""
    try:
        data = base64.b64decode(content_base64, validate=True)
    except (binascii.Error, ValueError):
        raise ApiError(400, "file_content_base64 is not valid base64") from None
    if len(data) > MAX_FILE_BYTES:
        raise ApiError(400, "The file is larger than 100 MB")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ApiError(400, "The file is not UTF-8 text") from None
    kind = file_name.lower().rsplit(".", 1)[-1] if "." in file_name else ""
    if kind == "csv":
        reader = csv.reader(io.StringIO(text))
        header = next(reader, None)
        if not header or not all(name.strip() for name in header) or len(set(header)) != len(header):
            raise ApiError(400, "A CSV file needs a header row of distinct, non-empty column names")
        rows = []
        for number, values in enumerate(reader, start=2):
            if not values:
                continue
            if len(values) != len(header):
                raise ApiError(
                    400, f"CSV line {number} has {len(values)} fields; the header has {len(header)}"
                )
            rows.append(dict(zip(header, values, strict=True)))
        return list(header), rows
    if kind == "json":
        try:
            parsed = json.loads(text)
        except ValueError as exc:
            raise ApiError(400, f"The file is not valid JSON: {exc}") from None
        if not isinstance(parsed, list) or not all(isinstance(row, dict) for row in parsed):
            raise ApiError(400, "A JSON file must hold an array of objects, one per row")
        columns: list[str] = []
        for row in parsed:
            columns.extend(name for name in row if name not in columns)
        return columns, parsed
    raise ApiError(400, "file_name must end in .csv or .json")


def _seed_rows(dataset: Dataset, raw: Any, where: str) -> None:
    if not isinstance(raw, dict) or not isinstance(raw.get("rows", []), list):
        raise ValueError(f"{where} must be an object with a 'rows' list")
    rows = raw.get("rows", [])
    if not all(isinstance(row, dict) for row in rows):
        raise ValueError(f"{where}.rows must hold objects")
    columns = raw.get("columns") or []
    if not isinstance(columns, list) or not all(isinstance(name, str) for name in columns):
        raise ValueError(f"{where}.columns must be a list of names")
    dataset.columns = list(columns)
    dataset.add_rows(rows)


# -- shared helpers for the list operations --------------------------------------------------------


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_workspace(request: Request) -> None:
    """400 for a workspace other than the local one (the status the list operations document)."""
    workspace = request.query_int("workspace_id")
    if workspace is not None and workspace != WORKSPACE_ID:
        raise ApiError(400, f"Workspace {workspace} is not valid for this API key")


def time_bounds(request: Request) -> dict[str, float | None]:
    """The created/updated after/before filters as epoch seconds (the contract checked the format)."""
    bounds: dict[str, float | None] = {}
    for name in _TIME_FILTERS:
        raw = request.query_value(name)
        moment = datetime.fromisoformat(raw) if raw else None
        if moment is not None and moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        bounds[name] = moment.timestamp() if moment is not None else None
    return bounds


def within(bounds: dict[str, float | None], created: float, updated: float) -> bool:
    checks = (
        (bounds["created_after"], created, 1),
        (bounds["created_before"], created, -1),
        (bounds["updated_after"], updated, 1),
        (bounds["updated_before"], updated, -1),
    )
    return all(bound is None or (moment - bound) * sign >= 0 for bound, moment, sign in checks)


def page_of(request: Request, items: list[Any]) -> tuple[list[Any], dict[str, int]]:
    """One page of `items` and the page fields (page, per_page, total, pages) of the answer."""
    page = request.query_int("page") or 1
    per_page = request.query_int("per_page") or 10
    facts = {
        "page": page,
        "per_page": per_page,
        "total": len(items),
        "pages": math.ceil(len(items) / per_page),
    }
    return items[(page - 1) * per_page : page * per_page], facts


def _store(ctx: Context) -> DatasetStore:
    store: DatasetStore = ctx.state.datasets
    return store


# -- handlers ----------------------------------------------------------------------------------


def create_dataset_group(ctx: Context, request: Request) -> Response:
    """A new group with its empty draft (201)."""
    body = request.json_object()
    workspace = body.get("workspace_id")
    if workspace is not None and workspace != WORKSPACE_ID:
        raise ApiError(400, f"Workspace {workspace} is not valid for this API key")
    store = _store(ctx)
    now = ctx.clock()
    external_ids = body.get("external_ids") or []
    group = store.create_group(body["name"], body.get("folder_id"), external_ids, now)
    draft = store.new_dataset(group, now)
    return Response.json(
        {
            "success": True,
            "message": "Dataset group created",
            "dataset_group": store.group_json(group),
            "dataset": store.dataset_json(draft),
            "external_ids": store.external_ids(group.id),
        },
        201,
    )


def list_datasets(ctx: Context, request: Request) -> Response:
    """Versions and drafts of every group, filtered, sorted (created_at desc) and paged."""
    check_workspace(request)
    store = _store(ctx)
    source, external_id = request.external_id_query(400)
    status = request.query_value("status") or "active"
    name = (request.query_value("name") or "").lower()
    email = request.query_value("created_by_email")
    bounds = time_bounds(request)
    wanted: dict[str, int | None] = {
        key: request.query_int(key)
        for key in ("dataset_group_id", "prompt_id", "prompt_version_id", "prompt_label_id", "report_id")
    }
    report_id = wanted["report_id"]
    used_by_report = ctx.state.reports.datasets_used(report_id) if report_id is not None else None
    found = []
    for dataset in store.datasets.values():
        group = store.groups[dataset.group_id]
        checks = (
            status != "deleted",  # nothing is deleted locally
            wanted["dataset_group_id"] in (None, group.id),
            wanted["prompt_id"] is None or wanted["prompt_id"] in dataset.prompt_ids,
            wanted["prompt_version_id"] is None or wanted["prompt_version_id"] in dataset.prompt_version_ids,
            wanted["prompt_label_id"] is None,
            used_by_report is None or dataset.id in used_by_report,
            name in group.name.lower(),
            email is None or email == USER_EMAIL,
            source is None or {"source": source, "external_id": external_id} in store.external_ids(group.id),
            within(bounds, dataset.created_at, dataset.updated_at),
        )
        if all(checks):
            found.append(dataset)
    sort_keys: dict[str, Callable[[Dataset], Any]] = {
        "created_at": lambda d: d.created_at,
        "updated_at": lambda d: d.updated_at,
        "name": lambda d: store.groups[d.group_id].name,
        "id": lambda d: d.id,
    }
    key = sort_keys[request.query_value("sort_by") or "created_at"]
    found.sort(key=lambda d: (key(d), d.id), reverse=(request.query_value("sort_order") or "desc") == "desc")
    chosen, facts = page_of(request, found)
    return Response.json(
        {"success": True, "message": "success", "datasets": [store.dataset_json(d) for d in chosen], **facts}
    )


def list_dataset_rows(ctx: Context, request: Request) -> Response:
    """A page of one dataset's rows; `q` keeps rows with a cell containing it (any case)."""
    check_workspace(request)
    dataset = _store(ctx).dataset(int(request.path_params["dataset_id"]))
    query = (request.query_value("q") or "").lower()
    rows = [row for row in dataset.rows if not query or any(query in _text(v).lower() for v in row.values())]
    chosen, facts = page_of(request, rows)
    cells = [[{"type": "dataset", "value": copy.deepcopy(v)} for v in dataset.cells(row)] for row in chosen]
    return Response.json(
        {"success": True, "message": "success", "columns": list(dataset.columns), "rows": cells, **facts}
    )


def _text(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def create_dataset_version_from_file(ctx: Context, request: Request) -> Response:
    """A new version from a CSV or JSON upload, published at once (201)."""
    body = request.json_object()
    store = _store(ctx)
    group = store.group(body["dataset_group_id"])
    columns, rows = rows_from_file(body["file_name"], body["file_content_base64"])
    now = ctx.clock()
    dataset = store.new_dataset(group, now)
    dataset.columns = columns
    dataset.add_rows(rows)
    store.publish(dataset, now)
    message = f"Dataset version {dataset.version_number} created from {body['file_name']}"
    return Response.json({"success": True, "message": message, "dataset_id": dataset.id}, 201)


def create_dataset_version_from_filter_params(ctx: Context, request: Request) -> Response:
    """A new version from chosen request logs or a request-log query, published at once (201)."""
    body = request.json_object()
    store = _store(ctx)
    group = store.group(body["dataset_group_id"])
    params = {key: body[key] for key in _LOG_QUERY_KEYS if body.get(key) is not None}
    dataset = store.build_from_logs(group, params, ctx.clock())
    return Response.json(
        {
            "success": True,
            "message": f"Version {dataset.version_number} created from {len(dataset.rows)} request logs",
            "dataset_id": dataset.id,
            "dataset_group_id": group.id,
            "version_number": dataset.version_number,
        },
        201,
    )


def create_draft_dataset_version(ctx: Context, request: Request) -> Response:
    """Open the group's draft: empty (201) or with a version's rows copied (202); 409 if one is open."""
    body = request.json_object()
    store = _store(ctx)
    group = store.group(body["dataset_group_id"])
    if store.draft_of(group.id) is not None:
        raise ApiError(409, f"Dataset group {group.id} already has a draft")
    source_id = body.get("source_dataset_id")
    source = store.dataset(source_id) if source_id is not None else None
    if source is not None and source.group_id != group.id:
        raise ApiError(404, f"Dataset {source_id} is not a version of dataset group {group.id}")
    draft = store.new_dataset(group, ctx.clock())
    if source is None:
        return _draft_answer(draft, "Draft dataset version created", 201)
    draft.columns = list(source.columns)
    draft.add_rows(source.rows)
    return _draft_answer(draft, f"Draft created with the rows of dataset {source.id}", 202)


def _draft_answer(draft: Dataset, message: str, status: int) -> Response:
    return Response.json({"success": True, "message": message, "draft_dataset_id": draft.id}, status)


def _open_draft(store: DatasetStore, group_id: int) -> Dataset:
    group = store.group(group_id)
    draft = store.draft_of(group.id)
    if draft is None:
        raise ApiError(404, f"Dataset group {group.id} has no draft; open one with create-draft")
    return draft


def add_request_log_to_draft_dataset(ctx: Context, request: Request) -> Response:
    """Append one request log as a row of the group's draft (201)."""
    body = request.json_object()
    store = _store(ctx)
    draft = _open_draft(store, body["dataset_group_id"])
    record = ctx.state.tracking.get(body["request_log_id"])
    if record is None:
        raise ApiError(404, f"Request log {body['request_log_id']} not found")
    draft.add_rows([log_row(record, None)])
    _link_prompt(draft, record)
    draft.updated_at = ctx.clock()
    return _draft_answer(draft, "Request log added to draft dataset", 201)


def add_trace_to_draft_dataset(ctx: Context, request: Request) -> Response:
    """Append a trace (or a span's subtree) as a row of a group's draft, or of a table sheet (201)."""
    body = request.json_object()
    spans = ctx.state.traces.spans(normalise_id(body["trace_id"]))
    if not spans:
        raise ApiError(404, f"Trace {body['trace_id']} not found")
    span_id = body.get("span_id")
    row = trace_row(spans, normalise_id(span_id) if span_id else None)
    mode = "span" if span_id else "trace"
    if "sheet_id" in body:
        return _add_trace_to_sheet(ctx, body, row, mode, spans)
    store = _store(ctx)
    draft = _open_draft(store, body["dataset_group_id"])
    draft.add_rows([row])
    draft.updated_at = ctx.clock()
    return Response.json({"success": True, "draft_dataset_id": draft.id, "mode": mode}, 201)


def _add_trace_to_sheet(
    ctx: Context, body: dict[str, Any], row: dict[str, Any], mode: str, spans: list[dict[str, Any]]
) -> Response:
    """The trace's row appended to a smart-table sheet: its values fill the text columns of the
    same titles (added when missing), as a file import would."""
    store: TableStore = ctx.state.tables
    sheet = store.table(str(body.get("smart_table_id", ""))).sheet(str(body["sheet_id"]))
    now = ctx.clock()
    if any(column.title == TRACE_COLUMN for column in sheet.columns):
        # An evaluation's sheet: the trace goes into its Trace column, no columns are added
        # (the evaluation writes input, expected and Output itself).
        known = {column.title: column.id for column in sheet.columns}
        row = {title: value for title, value in row.items() if title in known}
        row[TRACE_COLUMN] = _trace_json(spans)
        columns = {title: known[title] for title in row}
    else:
        columns = store.column_title_map(sheet, list(row), now)
    [cells] = store.add_rows(sheet, 1, now)
    for title, value in row.items():
        if title in columns:
            cells[columns[title]].set_value(copy.deepcopy(value), display_of(value), now)
    sheet.bump(now)
    index = len(sheet.rows) - 1
    return Response.json(
        {"success": True, "mode": mode, "row": sheet.row_json(index), "row_index": index}, 201
    )


def _trace_json(spans: list[dict[str, Any]]) -> str:
    """A trace as an evaluation sheet's Trace cell holds it: its root span, each span with its
    children oldest first, as the official SDK's trace readers walk it (`name`, `span_id`,
    `start`, `end`, `attributes`, `children`; inferred from those readers, not documented).
    Spans whose parent is not in the trace hang under the root too, so none is lost."""
    ordered = sorted(spans, key=lambda span: span["start_time_unix_nano"])
    nodes = {
        span["span_id"]: {
            "name": span.get("name"),
            "span_id": span["span_id"],
            "parent_span_id": span.get("parent_span_id"),
            "start": iso_time(span["start_time_unix_nano"] / 1e9),
            "end": iso_time(span["end_time_unix_nano"] / 1e9) if span.get("end_time_unix_nano") else None,
            "attributes": span.get("attributes"),
            "children": [],
        }
        for span in ordered
    }
    roots = [node for node in nodes.values() if node["parent_span_id"] not in nodes]
    root = roots[0]
    for node in nodes.values():
        if node is not root:
            parent = nodes.get(node["parent_span_id"]) or root
            parent["children"].append(node)
    return json.dumps({"trace_id": ordered[0]["trace_id"], **root}, default=str)


def save_draft_dataset_version(ctx: Context, request: Request) -> Response:
    """Publish the group's draft as its next version number (202)."""
    store = _store(ctx)
    draft = _open_draft(store, request.json_object()["dataset_group_id"])
    store.publish(draft, ctx.clock())
    return _draft_answer(draft, f"Draft saved as version {draft.version_number}", 202)


ROUTES: dict[str, Handler] = {
    "create_dataset_group": create_dataset_group,
    "list_datasets": list_datasets,
    "list_dataset_rows": list_dataset_rows,
    "create_dataset_version_from_file": create_dataset_version_from_file,
    "create_dataset_version_from_filter_params": create_dataset_version_from_filter_params,
    "create_draft_dataset_version": create_draft_dataset_version,
    "add_request_log_to_draft_dataset": add_request_log_to_draft_dataset,
    "add_trace_to_draft_dataset": add_trace_to_draft_dataset,
    "save_draft_dataset_version": save_draft_dataset_version,
}
