"""Evaluation pipelines (reports), their columns, runs that progress, scores, and the evaluation list.

A pipeline (``is_blueprint``) is built on a published dataset version; running it makes a new
report (a run, ``parent_report_id`` = the pipeline) that evaluates every dataset row through
the pipeline's columns. Runs progress in the background, one row per step of
``ReportStore.step_seconds``: the row's cells go QUEUED -> RUNNING -> COMPLETED (or FAILED),
and the run is COMPLETED when every row is done. ``step_runs()`` and ``finish_runs()`` move
every run on at once (call them through ``LocalPromptLayer.call``) so tests need not wait.

Semantics the API leaves open, as implemented here:
- Columns are ordered: the dataset's columns first (type DATASET, never edited, moved, removed
  or overwritten), then the pipeline's. Answers give 0-based positions (get_report says so).
  Positions asked for follow the spec: 1-based in pipeline creation and in edits, 0-based when
  adding a column; a position past the end appends, and later columns shift.
- A run copies the pipeline's columns and the dataset's rows when it starts; later changes to
  the pipeline do not reach it. Runs are read-only (column changes answer 403).
- Columns read their inputs by name from the row, earlier columns first, then dataset columns.
  The local server computes VARIABLE (``value``), COMPARE (``sources`` [a, b], equal as text),
  CONTAINS (``source``, ``value``: case-insensitive), REGEX (``source``, ``regex_pattern``),
  JSON_PATH (``source``, ``json_path`` like ``$.a[0].b``), ABSOLUTE_NUMERIC_DISTANCE
  (``sources`` [a, b]) and COALESCE (``sources``: first non-empty). Other column kinds need a
  model, code or a network: their cells FAIL with a message saying so.
- The built-in score averages the score columns (``is_part_of_score``): a column of booleans
  scores the percentage of true, a numeric column its mean; other cells count as skipped.
  Custom scoring code is not run: such scores are null with a score_calculation_error.
- Archiving keeps a report readable (get, rows, score) but it can no longer be run, changed
  or archived again, and list_evaluations shows it only with status deleted or all.
- Evaluation rows show cells as QUEUED, RUNNING, PASSED (computed) or FAILED (with the error);
  a pipeline's own rows are never evaluated, so their result cells are SKIPPED.

Reports (pipelines and runs) are also registered in the resource store (collection
``reports``, integer ids); their external ids live in those records' ``external_ids``.
"""

from __future__ import annotations

import copy
import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .._types import ApiError, Context, Handler, Request, Response, State, iso_time
from .datasets import (
    DRAFT,
    USER_EMAIL,
    USER_ID,
    WORKSPACE_ID,
    Dataset,
    DatasetStore,
    check_external_ids,
    check_workspace,
    link_external_ids,
    linked_external_ids,
    page_of,
    time_bounds,
    within,
)

DEFAULT_STEP_SECONDS = 0.01
REPORTS = "reports"  # resource store collections shared with the external-id operations
DATASET_COLUMN = "DATASET"
CELL_STATES = ("COMPLETED", "FAILED", "QUEUED", "RUNNING")
ROW_STATUS = {"QUEUED": "QUEUED", "RUNNING": "RUNNING", "COMPLETED": "PASSED", "FAILED": "FAILED"}
CUSTOM_SCORING_ERROR = "The local server does not run custom scoring code"


@dataclass
class Column:
    id: int
    report_id: int
    column_type: str
    name: str
    configuration: dict[str, Any]
    is_part_of_score: bool = False


@dataclass
class Cell:
    status: str = "QUEUED"
    value: Any = None
    error: str | None = None


@dataclass
class Report:
    """A pipeline, or a run of one (then with the rows it evaluates and a cell per row and column)."""

    id: int
    name: str
    is_blueprint: bool
    dataset_id: int
    folder_id: int | None
    parent_report_id: int | None
    created_at: float
    updated_at: float
    columns: list[Column] = field(default_factory=list)
    score_configuration: dict[str, Any] | None = None
    tags: list[str] = field(default_factory=list)
    deleted: bool = False
    rows: list[dict[str, Any]] = field(default_factory=list)
    cells: list[list[Cell]] = field(default_factory=list)
    running_row: int | None = None
    next_row: int = 0
    finished_at: float | None = None

    def evaluated(self) -> list[Column]:
        return [column for column in self.columns if column.column_type != DATASET_COLUMN]

    def dataset_width(self) -> int:
        return len(self.columns) - len(self.evaluated())

    def status(self) -> str:
        return "RUNNING" if not self.is_blueprint and self.finished_at is None else "COMPLETED"

    def status_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(CELL_STATES, 0)
        for row in self.cells:
            for cell in row:
                counts[cell.status] += 1
        return counts


class ReportStore:
    """Reports by id; runs advance on the server's schedule (see the module docstring)."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.reports: dict[int, Report] = {}
        self.step_seconds = DEFAULT_STEP_SECONDS
        self._records: dict[int, dict[str, Any]] = {}  # the resource store's copy of each report

    def snapshot(self) -> list[dict[str, Any]]:
        return [
            {
                **report_detail(report),
                "tags": list(report.tags),
                "status": report.status(),
                "columns": [column_json(report, column) for column in report.columns],
                "rows": copy.deepcopy(report.rows),
                "cells": [[cell_json(cell) for cell in row] for row in report.cells],
            }
            for report in self.reports.values()
        ]

    # -- lookups -----------------------------------------------------------------------------

    def find(self, report_id: int) -> Report:
        report = self.reports.get(report_id)
        if report is None:
            raise ApiError(404, f"Report {report_id} not found")
        return report

    def active(self, report_id: int) -> Report:
        """A report that is not archived (404 otherwise)."""
        report = self.find(report_id)
        if report.deleted:
            raise ApiError(404, f"Report {report_id} is archived")
        return report

    def pipeline(self, report_id: int) -> Report:
        """An active pipeline whose columns may change (403 for a run)."""
        report = self.active(report_id)
        if not report.is_blueprint:
            raise ApiError(403, f"Report {report_id} is a run; only pipelines can be changed")
        return report

    def column(self, column_id: int) -> tuple[Report, Column]:
        for report in self.reports.values():
            for column in report.columns:
                if column.id == column_id and not report.deleted:
                    return report, column
        raise ApiError(404, f"Report column {column_id} not found")

    def datasets_used(self, report_id: int) -> set[int]:
        """The datasets of a report and of the pipeline it ran from."""
        used: set[int] = set()
        report = self.reports.get(report_id)
        while report is not None:
            used.add(report.dataset_id)
            report = self.reports.get(report.parent_report_id) if report.parent_report_id else None
        return used

    # -- changes -----------------------------------------------------------------------------

    def add(self, report: Report) -> Report:
        self.reports[report.id] = report
        self._records[report.id] = self.state.resources.add(
            REPORTS, (), {"id": report.id, "name": report.name}
        )
        return report

    def rename(self, report: Report, name: str) -> None:
        report.name = name
        self._records[report.id]["name"] = name

    def new_column(
        self, report: Report, column_type: str, name: str, configuration: dict[str, Any]
    ) -> Column:
        """A column for `report` (not placed yet): 400 for a taken name or a bad configuration."""
        if any(existing.name == name for existing in report.columns):
            raise ApiError(400, f"Report already has a column named {name!r}")
        problem = configuration_problem(column_type, configuration)
        if problem is not None:
            raise ApiError(400, f"Column {name!r}: {problem}")
        return Column(self.state.next_id("report_column"), report.id, column_type, name, dict(configuration))

    def start_run(self, ctx: Context, pipeline: Report, name: str, dataset: Dataset) -> Report:
        """A new run report over `dataset`; its rows advance every step_seconds."""
        now = ctx.clock()
        run = Report(
            id=self.state.next_id(f"resource:{REPORTS}"),
            name=name,
            is_blueprint=False,
            dataset_id=dataset.id,
            folder_id=pipeline.folder_id,
            parent_report_id=pipeline.id,
            created_at=now,
            updated_at=now,
            score_configuration=copy.deepcopy(pipeline.score_configuration),
            rows=copy.deepcopy(dataset.rows),
        )
        run.columns = dataset_columns(self.state, run, dataset) + [
            Column(
                self.state.next_id("report_column"),
                run.id,
                column.column_type,
                column.name,
                copy.deepcopy(column.configuration),
                column.is_part_of_score,
            )
            for column in pipeline.evaluated()
        ]
        run.cells = [[Cell() for _ in run.evaluated()] for _ in run.rows]
        self.add(run)

        def tick() -> None:
            if advance(run, ctx.clock()):
                ctx.schedule(self.step_seconds, tick)

        ctx.schedule(self.step_seconds, tick)
        return run

    def step_runs(self) -> None:
        """Move every unfinished run on by one step now (for tests: no waiting on the schedule)."""
        for report in list(self.reports.values()):
            advance(report, time.time())

    def finish_runs(self) -> None:
        """Complete every unfinished run now."""
        for report in list(self.reports.values()):
            while advance(report, time.time()):
                pass


def dataset_columns(state: State, report: Report, dataset: Dataset) -> list[Column]:
    return [
        Column(state.next_id("report_column"), report.id, DATASET_COLUMN, name, {})
        for name in dataset.columns
    ]


def advance(run: Report, now: float) -> bool:
    """One step of a run: finish the running row, start the next; False once the run is done."""
    if run.is_blueprint or run.finished_at is not None:
        return False
    if run.running_row is not None:
        _evaluate_row(run, run.running_row)
        run.running_row = None
    if run.next_row < len(run.rows):
        for cell in run.cells[run.next_row]:
            cell.status = "RUNNING"
        run.running_row = run.next_row
        run.next_row += 1
        return True
    run.finished_at = run.updated_at = now
    return False


# -- column evaluation ------------------------------------------------------------------------


class _CellError(Exception):
    """Why one cell could not be computed."""


def _evaluate_row(run: Report, index: int) -> None:
    row = run.rows[index]
    done: dict[str, Any] = {}

    def source(name: Any) -> Any:
        if name in done:
            return done[name]
        if isinstance(name, str) and name in row:
            return row[name]
        raise _CellError(f"No earlier column or dataset column is named {name!r}")

    for column, cell in zip(run.evaluated(), run.cells[index], strict=True):
        evaluate = _EVALUATORS.get(column.column_type)
        try:
            if evaluate is None:
                raise _CellError(f"The local server does not compute {column.column_type} columns")
            cell.value, cell.status = evaluate(column.configuration, source), "COMPLETED"
        except _CellError as exc:
            cell.value, cell.status, cell.error = None, "FAILED", str(exc)
        done[column.name] = cell.value


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, sort_keys=True)


def _as_number(value: Any) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    try:
        return float(str(value))
    except ValueError:
        raise _CellError(f"{value!r} is not a number") from None


def _compare(config: dict[str, Any], source: Callable[[Any], Any]) -> Any:
    first, second = (source(name) for name in config["sources"])
    return _as_text(first) == _as_text(second)


def _contains(config: dict[str, Any], source: Callable[[Any], Any]) -> Any:
    return _as_text(config["value"]).lower() in _as_text(source(config["source"])).lower()


def _regex(config: dict[str, Any], source: Callable[[Any], Any]) -> Any:
    return re.search(config["regex_pattern"], _as_text(source(config["source"]))) is not None


def _distance(config: dict[str, Any], source: Callable[[Any], Any]) -> Any:
    first, second = (_as_number(source(name)) for name in config["sources"])
    return abs(first - second)


def _coalesce(config: dict[str, Any], source: Callable[[Any], Any]) -> Any:
    return next((v for v in (source(name) for name in config["sources"]) if v not in (None, "")), None)


def _json_path(config: dict[str, Any], source: Callable[[Any], Any]) -> Any:
    value = source(config["source"])
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            raise _CellError("The source is not JSON") from None
    for key in _path_steps(config["json_path"]):
        found = (isinstance(key, int) and isinstance(value, list) and -len(value) <= key < len(value)) or (
            isinstance(key, str) and isinstance(value, dict) and key in value
        )
        if not found:
            return None
        value = value[key]
    return copy.deepcopy(value)


_PATH_STEP = re.compile(r"\.([A-Za-z_][\w-]*)|\[(-?\d+)\]|\['([^']*)'\]|\[\"([^\"]*)\"\]")


def _path_steps(path: str) -> list[str | int]:
    """`$.a[0]['b']` -> ["a", 0, "b"]; ValueError for anything else."""
    if not path.startswith("$"):
        raise ValueError("a JSON path starts with $")
    steps: list[str | int] = []
    at = 1
    while at < len(path):
        found = _PATH_STEP.match(path, at)
        if found is None:
            raise ValueError(f"cannot read the JSON path from {path[at:]!r}")
        name, index, quoted, double = found.groups()
        steps.append(
            int(index) if index is not None else next(s for s in (name, quoted, double) if s is not None)
        )
        at = found.end()
    return steps


_EVALUATORS: dict[str, Callable[[dict[str, Any], Callable[[Any], Any]], Any]] = {
    "VARIABLE": lambda config, source: copy.deepcopy(config["value"]),
    "COMPARE": _compare,
    "CONTAINS": _contains,
    "REGEX": _regex,
    "JSON_PATH": _json_path,
    "ABSOLUTE_NUMERIC_DISTANCE": _distance,
    "COALESCE": _coalesce,
}


def configuration_problem(column_type: str, config: dict[str, Any]) -> str | None:
    """What is wrong with a configuration the local server computes (None when fine)."""

    def names(key: str, count: int | None) -> str | None:
        value = config.get(key)
        if not isinstance(value, list) or not all(isinstance(n, str) for n in value) or not value:
            return f"configuration.{key} must be a list of column names"
        if count is not None and len(value) != count:
            return f"configuration.{key} must name exactly {count} columns"
        return None

    def text(key: str) -> str | None:
        return None if isinstance(config.get(key), str) else f"configuration.{key} must be a string"

    match column_type:
        case "COMPARE" | "ABSOLUTE_NUMERIC_DISTANCE":
            return names("sources", 2)
        case "COALESCE":
            return names("sources", None)
        case "CONTAINS":
            return text("source") or text("value")
        case "VARIABLE":
            return None if "value" in config else "configuration.value is required"
        case "REGEX":
            problem = text("source") or text("regex_pattern")
            if problem is None:
                try:
                    re.compile(config["regex_pattern"])
                except re.error as exc:
                    problem = f"configuration.regex_pattern is not a regular expression: {exc}"
            return problem
        case "JSON_PATH":
            problem = text("source") or text("json_path")
            if problem is None:
                try:
                    _path_steps(config["json_path"])
                except ValueError as exc:
                    problem = f"configuration.json_path: {exc}"
            return problem
        case _:
            return None


# -- scores -----------------------------------------------------------------------------------


def column_score(report: Report, column: Column) -> dict[str, Any]:
    """{column_name, score, score_type, num_skipped} from the column's computed cells."""
    index = report.evaluated().index(column)
    values = [row[index].value for row in report.cells if row[index].status == "COMPLETED"]
    flags = [v for v in values if isinstance(v, bool)]
    numbers = [float(v) for v in values if isinstance(v, int | float) and not isinstance(v, bool)]
    score: float | None
    if flags:
        kind, used, score = "boolean", len(flags), 100 * sum(flags) / len(flags)
    elif numbers:
        kind, used, score = "numeric", len(numbers), sum(numbers) / len(numbers)
    else:
        kind, used, score = None, 0, None
    return {
        "column_name": column.name,
        "score": score,
        "score_type": kind,
        "num_skipped": len(report.cells) - used,
    }


def report_score(report: Report) -> dict[str, Any]:
    """The ReportScore of a run, from the cells computed so far."""
    if report.score_configuration is not None:
        return {
            "overall_score": None,
            "score_type": "custom",
            "has_custom_scoring": True,
            "details": {"matrix": [], "configuration": copy.deepcopy(report.score_configuration)},
        }
    scored = [column_score(report, c) for c in report.evaluated() if c.is_part_of_score]
    if not scored:
        return {
            "overall_score": None,
            "score_type": "none",
            "has_custom_scoring": False,
            "details": {"message": "No column is part of the score"},
        }
    known = [entry["score"] for entry in scored if entry["score"] is not None]
    overall = sum(known) / len(known) if known else None
    if len(scored) == 1:
        return {
            "overall_score": overall,
            "score_type": "single_column",
            "has_custom_scoring": False,
            "details": scored[0],
        }
    return {
        "overall_score": overall,
        "score_type": "multi_column",
        "has_custom_scoring": False,
        "details": {"columns": scored},
    }


# -- JSON shapes ------------------------------------------------------------------------------


def report_detail(report: Report) -> dict[str, Any]:
    finished = not report.is_blueprint and report.finished_at is not None
    custom = report.score_configuration is not None
    return {
        "id": report.id,
        "name": report.name,
        "comment": None,
        "is_blueprint": report.is_blueprint,
        "deleted": report.deleted,
        "created_at": iso_time(report.created_at),
        "updated_at": iso_time(report.updated_at),
        "score": report_score(report) if finished else None,
        "score_configuration": copy.deepcopy(report.score_configuration),
        "score_matrix": None,
        "score_calculation_error": CUSTOM_SCORING_ERROR if finished and custom else None,
        "parent_report_id": report.parent_report_id,
        "dataset_id": report.dataset_id,
        "user_id": USER_ID,
        "workspace_id": WORKSPACE_ID,
        "prompt_registry_id": None,
        "prompt_version_number": None,
    }


def column_json(report: Report, column: Column) -> dict[str, Any]:
    scored = (
        not report.is_blueprint and report.finished_at is not None and column.column_type != DATASET_COLUMN
    )
    return {
        **column_summary(report, column),
        "report_id": report.id,
        "is_part_of_score": column.is_part_of_score,
        "score": column_score(report, column)["score"] if scored else None,
    }


def column_summary(report: Report, column: Column) -> dict[str, Any]:
    return {
        "id": column.id,
        "name": column.name,
        "column_type": column.column_type,
        "position": report.columns.index(column),
        "configuration": copy.deepcopy(column.configuration),
    }


def cell_json(cell: Cell) -> dict[str, Any]:
    return {
        "type": "eval",
        "status": ROW_STATUS[cell.status],
        "value": copy.deepcopy(cell.value),
        "error_message": cell.error,
    }


def pipeline_summary(report: Report) -> dict[str, Any]:
    return {
        "id": report.id,
        "name": report.name,
        "tags": list(report.tags),
        "score_configuration": copy.deepcopy(report.score_configuration),
    }


def _evaluation_json(state: State, report: Report) -> dict[str, Any]:
    detail = report_detail(report)
    keys = ("id", "name", "comment", "created_at", "updated_at", "workspace_id", "user_id", "dataset_id")
    return {
        **{key: detail[key] for key in keys},
        **{
            key: detail[key] for key in ("is_blueprint", "deleted", "parent_report_id", "score_configuration")
        },
        "folder_id": report.folder_id,
        "external_ids": linked_external_ids(state, REPORTS, report.id),
    }


def _run_json(state: State, run: Report) -> dict[str, Any]:
    detail = report_detail(run)
    item = _evaluation_json(state, run)
    del item["external_ids"]
    extra = ("score", "score_matrix", "score_calculation_error")
    return {
        **item,
        **{key: detail[key] for key in extra},
        "status": run.status(),
        "stats": {"status_counts": run.status_counts()},
    }


def _store(ctx: Context) -> ReportStore:
    store: ReportStore = ctx.state.reports
    return store


def _datasets(ctx: Context) -> DatasetStore:
    store: DatasetStore = ctx.state.datasets
    return store


def _report_id(request: Request, name: str = "report_id") -> int:
    return int(request.path_params[name])


# -- handlers: pipelines ----------------------------------------------------------------------


def create_evaluation_pipeline(ctx: Context, request: Request) -> Response:
    """A pipeline on a published version of a dataset group, with its dataset and given columns (201)."""
    body = request.json_object()
    store, datasets = _store(ctx), _datasets(ctx)
    group = datasets.group(body["dataset_group_id"])
    number = body.get("dataset_version_number")
    versions = datasets.versions_of(group.id)
    if number is None and not versions:
        raise ApiError(400, "Dataset must have at least one non-draft version")
    dataset = (
        versions[-1] if number is None else next((d for d in versions if d.version_number == number), None)
    )
    if dataset is None:
        if number == DRAFT:
            raise ApiError(400, "A pipeline runs on a published version, not on the draft")
        raise ApiError(404, f"Dataset group {group.id} has no version {number}")
    now = ctx.clock()
    report_id = ctx.state.next_id(f"resource:{REPORTS}")
    external_ids = body.get("external_ids") or []
    check_external_ids(ctx.state, REPORTS, report_id, external_ids)
    pipeline = Report(
        id=report_id,
        name=body.get("name") or f"Evaluation pipeline {report_id}",
        is_blueprint=True,
        dataset_id=dataset.id,
        folder_id=body.get("folder_id"),
        parent_report_id=None,
        created_at=now,
        updated_at=now,
        score_configuration=_score_configuration(body.get("score_configuration")),
    )
    pipeline.columns = dataset_columns(ctx.state, pipeline, dataset)
    for definition in body.get("columns") or []:
        column = store.new_column(
            pipeline, definition["column_type"], definition["name"], definition["configuration"]
        )
        column.is_part_of_score = bool(definition.get("is_part_of_score", False))
        position = definition.get("position")
        index = len(pipeline.columns) if position is None else position - 1
        if index < pipeline.dataset_width():
            raise ApiError(400, f"Column {column.name!r} would overwrite a dataset column")
        pipeline.columns.insert(index, column)
    store.add(pipeline)
    link_external_ids(ctx.state, REPORTS, report_id, external_ids)
    return Response.json(
        {
            "success": True,
            "report_id": pipeline.id,
            "report_columns": [column_summary(pipeline, column) for column in pipeline.columns],
            "external_ids": linked_external_ids(ctx.state, REPORTS, report_id),
        },
        201,
    )


def _score_configuration(raw: dict[str, Any] | None) -> dict[str, Any] | None:
    if raw is None:
        return None
    return {"code": raw["code"], "code_language": raw.get("code_language") or "PYTHON"}


def get_report(ctx: Context, request: Request) -> Response:
    """A report with its columns, its status and its cell counts (archived ones too)."""
    report = _store(ctx).find(_report_id(request))
    return Response.json(
        {
            "success": True,
            "message": "success",
            "report": report_detail(report),
            "status": report.status(),
            "stats": {"status_counts": report.status_counts()},
            "report_columns": [column_json(report, column) for column in report.columns],
        }
    )


def delete_report(ctx: Context, request: Request) -> Response:
    """Archive one report."""
    report = _store(ctx).active(_report_id(request))
    report.deleted, report.updated_at = True, ctx.clock()
    return Response.json({"success": True, "message": f"Report {report.id} archived"})


def delete_reports_by_name(ctx: Context, request: Request) -> Response:
    """Archive every report (pipelines and runs) with this exact name; 404 when there is none."""
    name = request.path_params["report_name"]
    found = [r for r in _store(ctx).reports.values() if r.name == name and not r.deleted]
    if not found:
        raise ApiError(404, f"No report is named {name!r}")
    for report in found:
        report.deleted, report.updated_at = True, ctx.clock()
    return Response.json({"success": True, "message": f"Archived {len(found)} report(s) named {name!r}"})


def rename_report(ctx: Context, request: Request) -> Response:
    """Set the name, the tags or both (400 when the body gives neither)."""
    body = request.json_object()
    store = _store(ctx)
    report = store.active(_report_id(request))
    if body.get("name") is None and body.get("tags") is None:
        raise ApiError(400, "Give a name, tags or both")
    if body.get("name") is not None:
        store.rename(report, body["name"])
    if body.get("tags") is not None:
        report.tags = list(body["tags"])
    report.updated_at = ctx.clock()
    return Response.json({"success": True, "report": pipeline_summary(report)})


def update_report_score_card(ctx: Context, request: Request) -> Response:
    """The score columns become exactly those named; code given makes the scoring custom."""
    body = request.json_object()
    report = _store(ctx).active(_report_id(request))
    names = set(body["column_names"])
    unknown = names - {column.name for column in report.evaluated()}
    if unknown:
        raise ApiError(422, f"Report {report.id} has no evaluation column named {', '.join(sorted(unknown))}")
    for column in report.evaluated():
        column.is_part_of_score = column.name in names
    code = body.get("code")
    report.score_configuration = _score_configuration(
        {"code": code, "code_language": body.get("code_language")} if code is not None else None
    )
    report.updated_at = ctx.clock()
    return Response.json({"success": True, "report": pipeline_summary(report)})


# -- handlers: columns ------------------------------------------------------------------------


def add_report_column(ctx: Context, request: Request) -> Response:
    """Insert a column at a 0-based position (the end by default); 403 over a dataset column."""
    body = request.json_object()
    store = _store(ctx)
    pipeline = store.pipeline(body["report_id"])
    column = store.new_column(pipeline, body["column_type"], body["name"], body["configuration"])
    position = body.get("position")
    index = len(pipeline.columns) if position is None else position
    if index < pipeline.dataset_width():
        raise ApiError(403, "You can not overwrite dataset columns")
    pipeline.columns.insert(index, column)
    pipeline.updated_at = ctx.clock()
    return Response.json({"success": True, "report_column": column_json(pipeline, column)}, 201)


def edit_report_column(ctx: Context, request: Request) -> Response:
    """Change a pipeline column's type and configuration, name or (1-based) position."""
    body = request.json_object()
    store = _store(ctx)
    report, column = store.column(_report_id(request, "report_column_id"))
    if report.id != body["report_id"]:
        raise ApiError(404, f"Report {body['report_id']} has no column {column.id}")
    pipeline = store.pipeline(report.id)
    if column.column_type == DATASET_COLUMN:
        raise ApiError(403, "Dataset columns cannot be edited")
    name = body.get("name") or column.name
    if any(other.name == name and other is not column for other in pipeline.columns):
        raise ApiError(400, f"Report already has a column named {name!r}")
    configuration = body.get("configuration")
    configuration = column.configuration if configuration is None else configuration
    problem = configuration_problem(body["column_type"], configuration)
    if problem is not None:
        raise ApiError(400, f"Column {name!r}: {problem}")
    position = body.get("position")
    if position is not None and position - 1 < pipeline.dataset_width():
        raise ApiError(403, "You can not overwrite dataset columns")
    column.column_type, column.name, column.configuration = body["column_type"], name, dict(configuration)
    if position is not None:
        pipeline.columns.remove(column)
        pipeline.columns.insert(position - 1, column)
    pipeline.updated_at = ctx.clock()
    return Response.json({"success": True, "report_column": column_summary(pipeline, column)})


def delete_report_column(ctx: Context, request: Request) -> Response:
    """Remove a pipeline column (204); later columns move up."""
    store = _store(ctx)
    report, column = store.column(_report_id(request, "report_column_id"))
    pipeline = store.pipeline(report.id)
    if column.column_type == DATASET_COLUMN:
        raise ApiError(403, "Dataset columns cannot be removed")
    pipeline.columns.remove(column)
    pipeline.updated_at = ctx.clock()
    return Response.empty(204)


# -- handlers: runs and scores ----------------------------------------------------------------


def run_report(ctx: Context, request: Request) -> Response:
    """Start a run of a pipeline over its dataset (or the one given, refreshed when asked) (201)."""
    body = request.json_object()
    store, datasets = _store(ctx), _datasets(ctx)
    pipeline = store.active(_report_id(request))
    if not pipeline.is_blueprint:
        raise ApiError(403, f"Report {pipeline.id} is a run; only evaluation pipelines can be run")
    dataset_id = body.get("dataset_id")
    dataset = datasets.dataset(pipeline.dataset_id if dataset_id is None else dataset_id)
    if body.get("refresh_dataset"):
        if dataset.filter_params is None:
            raise ApiError(
                403, f"Dataset {dataset.id} is not built from a request-log query; it cannot be refreshed"
            )
        dataset = datasets.build_from_logs(
            datasets.group(dataset.group_id), dataset.filter_params, ctx.clock()
        )
    run = store.start_run(ctx, pipeline, body["name"], dataset)
    return Response.json({"success": True, "report_id": run.id}, 201)


def get_report_score(ctx: Context, request: Request) -> Response:
    """A run's score from the cells computed so far (400 for a pipeline)."""
    report = _store(ctx).find(_report_id(request))
    if report.is_blueprint:
        raise ApiError(400, f"Report {report.id} is a pipeline; only its runs have scores")
    message = "success" if report.finished_at is not None else "The run is still in progress"
    return Response.json({"success": True, "message": message, "score": report_score(report)})


# -- handlers: evaluations --------------------------------------------------------------------


def list_evaluations(ctx: Context, request: Request) -> Response:
    """Pipelines, filtered, sorted (created_at desc by default) and paged; runs nested on request."""
    check_workspace(request)
    store = _store(ctx)
    source, external_id = request.external_id_query(400)
    status = request.query_value("status") or "active"
    name = (request.query_value("name") or "").lower()
    email = request.query_value("created_by_email")
    bounds = time_bounds(request)
    found = []
    for report in store.reports.values():
        checks = (
            report.is_blueprint,
            status == "all" or report.deleted == (status == "deleted"),
            name in report.name.lower(),
            email is None or email == USER_EMAIL,
            source is None
            or {"source": source, "external_id": external_id}
            in linked_external_ids(ctx.state, REPORTS, report.id),
            within(bounds, report.created_at, report.updated_at),
        )
        if all(checks):
            found.append(report)
    sort_keys: dict[str, Callable[[Report], Any]] = {
        "created_at": lambda r: r.created_at,
        "updated_at": lambda r: r.updated_at,
        "name": lambda r: r.name,
        "id": lambda r: r.id,
    }
    key = sort_keys[request.query_value("sort_by") or "created_at"]
    found.sort(key=lambda r: (key(r), r.id), reverse=(request.query_value("sort_order") or "desc") == "desc")
    chosen, facts = page_of(request, found)
    items = []
    for pipeline in chosen:
        item = _evaluation_json(ctx.state, pipeline)
        if request.query_bool("include_runs"):
            runs = [r for r in store.reports.values() if r.parent_report_id == pipeline.id and not r.deleted]
            item["runs"] = [_run_json(ctx.state, run) for run in runs]
        items.append(item)
    return Response.json({"success": True, "message": "success", "evaluations": items, **facts})


def list_evaluation_rows(ctx: Context, request: Request) -> Response:
    """A page of a report's rows: dataset cells, then result cells, in column order."""
    check_workspace(request)
    report = _store(ctx).find(_report_id(request, "evaluation_id"))
    rows = report.rows if not report.is_blueprint else _datasets(ctx).dataset(report.dataset_id).rows
    numbered = list(enumerate(rows))
    chosen, facts = page_of(request, numbered)
    skipped = {"type": "eval", "status": "SKIPPED", "value": None, "error_message": None}
    out = []
    for index, row in chosen:
        results = iter(report.cells[index]) if not report.is_blueprint else None
        cells = []
        for column in report.columns:
            if column.column_type == DATASET_COLUMN:
                cells.append({"type": "dataset", "value": copy.deepcopy(row.get(column.name))})
            else:
                cells.append(cell_json(next(results)) if results is not None else dict(skipped))
        out.append(cells)
    return Response.json(
        {
            "success": True,
            "message": "success",
            "columns": [c.name for c in report.columns],
            "rows": out,
            **facts,
        }
    )


ROUTES: dict[str, Handler] = {
    "create_evaluation_pipeline": create_evaluation_pipeline,
    "get_report": get_report,
    "delete_report": delete_report,
    "delete_reports_by_name": delete_reports_by_name,
    "run_report": run_report,
    "get_report_score": get_report_score,
    "rename_report": rename_report,
    "update_report_score_card": update_report_score_card,
    "add_report_column": add_report_column,
    "edit_report_column": edit_report_column,
    "delete_report_column": delete_report_column,
    "list_evaluations": list_evaluations,
    "list_evaluation_rows": list_evaluation_rows,
}
