"""Smart tables: tables, sheets, columns, rows, and the cells computed over them.

A sheet is a grid with one cell per row and column. TEXT columns hold input; every other column
type is computed. The local server runs no prompts, code or model checks, so a computed cell's
value is derived from its inputs (the cells of its dependency columns in the same row), which
keeps results predictable in tests:

- COMPARE: whether all its inputs are equal (true / false);
- any other computed type: its one input's value, or the list of its inputs' values (display
  values joined with " | "), or null without inputs;
- an input column that was deleted, an input cell that failed or one not computed yet makes the
  cell fail, with the reason in `error_message`.

Computation is asynchronous, as in the service. New rows and columns, and changed inputs, leave
computed cells `stale`; a recalculation (one cell, a batch, or a sheet operation) queues them,
together with the stale inputs they need and the cells computed from them, and they complete
through the server's schedule hook after `TableStore.compute_seconds` (0 by default: done by the
next request). A test that wants to see work in flight sets a long delay, then finishes it with
`server.call(server.state.tables.run_pending)`. File and request-log imports run the same way.
A sheet operation over more than `TableStore.confirm_above` cells (1000) first answers with a
confirmation token. No LLM requests run, so cells carry no request metrics and sheets have none
of the service's price/latency system columns. Scores, scorecards and saved versions are in
`table_scores.py`.

Seed section ``tables`` is a list of tables::

    {
      "title": "Regression",                 # required, unique
      "folder_id": 3,                         # optional
      "sheets": [                             # optional (none: a table without sheets)
        {
          "title": "Sheet 1",                 # optional ("Sheet N")
          # columns: title, type (a ColumnType of the spec; TEXT by default), config,
          # dependencies (titles of earlier columns), is_output_column
          "columns": [
            {"title": "Question", "type": "TEXT"},
            {"title": "Verdict", "type": "LLM_ASSERTION", "dependencies": ["Question"],
             "config": {}, "is_output_column": true}
          ],
          "rows": [{"Question": "2+2?", "Verdict": true}]   # values by column title
        }
      ]
    }

A seeded value of a computed column is stored as a completed result (the way tests give cells
model outputs); computed cells without one start stale.
"""

from __future__ import annotations

import base64
import binascii
import copy
import csv
import hashlib
import io
import itertools
import json
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, NoReturn

from .._types import ApiError, Context, Handler, Request, Response, State, iso_time
from ..code_execution import CodeRunner
from .tracking import (
    _FIELD_KINDS,
    _UNSUPPORTED_FIELDS,
    _check_group,
    _field_value,
    _matches,
    _template_text,
    _text_matches,
)

WORKSPACE_ID = 1
INPUT_TYPE = "TEXT"
API_PREFIX = "/api/public/v2/tables"
DEFAULT_CONFIRM_ABOVE = 1000  # cells an operation may queue before it asks for confirmation
# A cell's status as the status counts name it (SheetOperationCellStatus).
COUNT_NAMES = {"stale": "STALE", "queued": "QUEUED", "completed": "COMPLETED", "error": "FAILED"}
COUNTED = ("STALE", "QUEUED", "DISPATCHED", "RUNNING", "COMPLETED", "FAILED")
_STATUS_OF_COUNT = {"STALE": "stale", "QUEUED": "queued", "DISPATCHED": "queued", "RUNNING": "running"} | {
    "COMPLETED": "completed",
    "FAILED": "error",
}
_UUID_NAMESPACE = uuid.UUID("3c1f4b8e-2d7a-4f0e-9b61-5a8c2e7d9f14")


def new_id(state: State, kind: str) -> str:
    """Stable uuids (1st, 2nd... of each kind), so seeded runs compare equal."""
    return str(uuid.uuid5(_UUID_NAMESPACE, f"{kind}:{state.next_id('tables:' + kind)}"))


def digest(value: Any) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True, default=str).encode()).hexdigest()[:16]


def display_of(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value, sort_keys=True)


# -- the data --------------------------------------------------------------------------------


@dataclass
class Cell:
    id: str
    column_id: str
    row_index: int
    status: str  # CellStatus: completed, stale, queued, error (running/cancelled are not used)
    updated_at: float
    value: Any = None
    display_value: str | None = None
    error_message: str | None = None
    input_hash: str | None = None
    execution_id: str | None = None
    last_computed_version: int | None = None

    def to_json(self, sheet_id: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "sheet_id": sheet_id,
            "column_id": self.column_id,
            "row_index": self.row_index,
            "status": self.status,
            "display_value": self.display_value,
            "value": copy.deepcopy(self.value),
            "error": self.error_message,
            "input_hash": self.input_hash,
            "updated_at": iso_time(self.updated_at),
            "request_metrics": None,  # no LLM requests are made locally
            "execution_id": self.execution_id,
            "last_computed_version": self.last_computed_version,
            "error_message": self.error_message,
        }

    def set_value(self, value: Any, display: str | None, now: float) -> None:
        self.value, self.display_value, self.updated_at = value, display, now


@dataclass
class Column:
    id: str
    title: str
    type: str
    config: dict[str, Any]
    dependencies: list[dict[str, Any]]
    is_output_column: bool
    position_rank: float

    @property
    def computed(self) -> bool:
        return self.type != INPUT_TYPE

    def inputs(self) -> list[str]:
        return [str(dependency["column_id"]) for dependency in self.dependencies]

    def to_json(self, sheet_id: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "sheet_id": sheet_id,
            "workspace_id": WORKSPACE_ID,
            "title": self.title,
            "type": self.type,
            "config": copy.deepcopy(self.config),
            "position_rank": self.position_rank,
            "is_output_column": self.is_output_column,
        }


@dataclass
class Recalculation:
    """One queued batch of cells (a sheet operation; its id is also the cells' execution id)."""

    id: str
    cell_count: int
    pending: set[str]
    status: str = "queued"  # queued, completed, failed, cancelled
    completed: set[str] = field(default_factory=set)
    failed: set[str] = field(default_factory=set)
    reset: set[str] = field(default_factory=set)


@dataclass
class ImportJob:
    id: str
    source: str  # file | request_logs
    sheet_id: str
    created_at: float
    updated_at: float
    file_name: str | None = None
    status: str = "pending"  # pending, completed, failed
    rows_added: int | None = None
    row_count: int | None = None
    error_message: str | None = None

    def to_json(self) -> dict[str, Any]:
        done = self.status in ("completed", "failed")
        messages = {
            "pending": "Import queued",
            "completed": f"Imported {self.rows_added} rows",
            "failed": "Import failed",
        }
        return {
            "operation_id": self.id,
            "source": self.source,
            "status": self.status,
            "progress": 1.0 if done else 0.0,
            "message": messages[self.status],
            "rows_added": self.rows_added,
            "row_count": self.row_count,
            "file_name": self.file_name,
            "error_message": self.error_message,
            "created_at": iso_time(self.created_at),
            "updated_at": iso_time(self.updated_at),
        }


@dataclass
class Sheet:
    id: str
    table_id: str
    title: str
    created_at: float
    updated_at: float
    version_count: int = 1
    columns: list[Column] = field(default_factory=list)
    rows: list[dict[str, Cell]] = field(default_factory=list)  # per row: column id -> cell
    recalculations: dict[str, Recalculation] = field(default_factory=dict)
    expected_row_count: int | None = None
    eval_run_status: str | None = None
    # The scoring state belongs to table_scores.py (ScoreSetup, Scorecard, Calculation,
    # SavedVersion), typed loosely here so that it can import this module and not the reverse.
    score: Any = None  # the legacy score
    scorecard: Any = None
    calculations: dict[str, Any] = field(default_factory=dict)
    versions: list[Any] = field(default_factory=list)
    _cell_index: dict[str, Cell] = field(default_factory=dict, repr=False, compare=False)

    def bump(self, now: float) -> int:
        """The sheet's data, layout, scoring or computed output changed."""
        self.version_count += 1
        self.updated_at = now
        return self.version_count

    def find_column(self, column_id: str) -> Column | None:
        return next((column for column in self.columns if column.id == column_id), None)

    def column(self, column_id: str) -> Column:
        column = self.find_column(column_id)
        if column is None:
            raise ApiError(404, f"Column {column_id!r} not found in sheet {self.id}")
        return column

    def cells(self) -> Iterator[Cell]:
        for row in self.rows:
            yield from row.values()

    def cell(self, cell_id: str) -> Cell:
        """The cell `cell_id`, through an index rebuilt whenever it gives a cell that is no
        longer where it says it is (rows and columns change in many places; a scan per lookup
        made a sheet's n updates cost n^2)."""
        found = self._cell_index.get(cell_id)
        if found is None or not self._holds(found):
            self._cell_index = {cell.id: cell for cell in self.cells()}
            found = self._cell_index.get(cell_id)
        if found is None:
            raise ApiError(404, f"Cell {cell_id!r} not found in sheet {self.id}")
        return found

    def _holds(self, cell: Cell) -> bool:
        index = cell.row_index
        return 0 <= index < len(self.rows) and self.rows[index].get(cell.column_id) is cell

    def ordered_columns(self) -> list[Column]:
        """Columns with every input before the columns computed from it."""
        placed: list[Column] = []
        waiting = list(self.columns)
        while waiting:
            known = {column.id for column in self.columns}
            ready = [
                c for c in waiting if all(i not in known or i in {p.id for p in placed} for i in c.inputs())
            ]
            if not ready:  # a cycle cannot be stored, but never loop forever
                return placed + waiting
            placed += ready
            waiting = [c for c in waiting if c not in ready]
        return placed

    def downstream(self, column_ids: set[str]) -> list[Column]:
        """Computed columns that read any of `column_ids`, directly or through others."""
        found: list[Column] = []
        reached = set(column_ids)
        for column in self.ordered_columns():
            if column.computed and column.id not in column_ids and reached & set(column.inputs()):
                found.append(column)
                reached.add(column.id)
        return found

    def status_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(COUNTED, 0)
        for cell in self.cells():
            counts[COUNT_NAMES[cell.status]] += 1
        return counts

    def to_json(self, index: int) -> dict[str, Any]:
        return {
            "id": self.id,
            "table_id": self.table_id,
            "workspace_id": WORKSPACE_ID,
            "title": self.title,
            "index": index,
            "row_count": len(self.rows),
            "version_count": self.version_count,
            "created_at": iso_time(self.created_at),
            "updated_at": iso_time(self.updated_at),
        }

    def contents(self) -> dict[str, Any]:
        """Columns and cells as JSON: what a saved version keeps."""
        return {
            "title": self.title,
            "version_count": self.version_count,
            "columns": [
                {**c.to_json(self.id), "dependencies": copy.deepcopy(c.dependencies)} for c in self.columns
            ],
            "rows": [self.row_json(index) for index in range(len(self.rows))],
        }

    def row_json(self, index: int) -> dict[str, Any]:
        return {
            "row_index": index,
            "cells": {column_id: cell.to_json(self.id) for column_id, cell in self.rows[index].items()},
        }

    def renumber(self) -> None:
        for index, row in enumerate(self.rows):
            for cell in row.values():
                cell.row_index = index


@dataclass
class Table:
    id: str
    title: str
    folder_id: int | None
    created_at: float
    updated_at: float
    sheets: list[Sheet] = field(default_factory=list)  # in display order
    imports: dict[str, ImportJob] = field(default_factory=dict)

    def sheet(self, sheet_id: str) -> Sheet:
        found = next((sheet for sheet in self.sheets if sheet.id == sheet_id), None)
        if found is None:
            raise ApiError(404, f"Sheet {sheet_id!r} not found in table {self.id}")
        return found

    def to_json(self, detail: bool = True) -> dict[str, Any]:
        body: dict[str, Any] = {
            "id": self.id,
            "workspace_id": WORKSPACE_ID,
            "title": self.title,
            "folder_id": self.folder_id,
            "sheet_count": len(self.sheets),
            "created_at": iso_time(self.created_at),
            "updated_at": iso_time(self.updated_at),
        }
        if detail:
            body["sheet_row_counts"] = {sheet.id: len(sheet.rows) for sheet in self.sheets}
        return body


# -- the store -------------------------------------------------------------------------------


class TableStore:
    """Every table, and the background work (computations, imports, scores) still queued."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.tables: dict[str, Table] = {}  # in creation order
        self.compute_seconds = 0.0  # how long queued work takes to finish
        self.confirm_above = DEFAULT_CONFIRM_ABOVE
        self._jobs: dict[int, Callable[[], None]] = {}
        self._job_numbers = itertools.count(1)

    # -- seeding and inspection ------------------------------------------------------------

    def seed(self, items: list[dict[str, Any]]) -> None:
        for index, item in enumerate(items):
            where = f"tables[{index}]"
            if not isinstance(item, dict) or not isinstance(item.get("title"), str) or not item["title"]:
                raise ValueError(f"{where} needs a non-empty 'title'")
            if any(table.title == item["title"] for table in self.tables.values()):
                raise ValueError(f"{where}: table {item['title']!r} is defined twice")
            folder_id = item.get("folder_id")
            if folder_id is not None and (not isinstance(folder_id, int) or isinstance(folder_id, bool)):
                raise ValueError(f"{where}.folder_id must be an integer")
            table = self.add_table(item["title"], folder_id, time.time())
            for number, raw in enumerate(item.get("sheets") or [], start=1):
                self._seed_sheet(table, raw, f"{where}.sheets[{number - 1}]")

    def _seed_sheet(self, table: Table, raw: Any, where: str) -> None:
        if not isinstance(raw, dict):
            raise ValueError(f"{where} must be an object")
        now = table.created_at
        sheet = self.add_sheet(table, raw.get("title") or _next_sheet_title(table), None, now)
        titles: dict[str, str] = {}
        for number, spec in enumerate(raw.get("columns") or []):
            at = f"{where}.columns[{number}]"
            if not isinstance(spec, dict) or not isinstance(spec.get("title"), str):
                raise ValueError(f"{at} needs a 'title'")
            if spec["title"] in titles:
                raise ValueError(f"{at}: column title {spec['title']!r} is used twice")
            kind = spec.get("type", INPUT_TYPE)
            if not isinstance(kind, str):
                raise ValueError(f"{at}.type must be a column type name")
            dependencies = []
            for name in spec.get("dependencies") or []:
                if name not in titles:
                    raise ValueError(f"{at}: dependency {name!r} must name an earlier column")
                dependencies.append({"column_id": titles[name], "reference_type": "value"})
            config = spec.get("config") or {}
            if not isinstance(config, dict):
                raise ValueError(f"{at}.config must be an object")
            column = self.add_column(
                sheet, spec["title"], kind, config, dependencies, bool(spec.get("is_output_column")), now
            )
            titles[column.title] = column.id
        for number, values in enumerate(raw.get("rows") or []):
            if not isinstance(values, dict) or set(values) - set(titles):
                raise ValueError(f"{where}.rows[{number}] must map column titles to values")
            [row] = self.add_rows(sheet, 1, now)
            for title, value in values.items():
                cell = row[titles[title]]
                cell.set_value(copy.deepcopy(value), display_of(value), now)
                cell.status = "completed"
                if sheet.column(cell.column_id).computed:
                    cell.last_computed_version = sheet.version_count

    def snapshot(self) -> list[dict[str, Any]]:
        tables = []
        for table in self.tables.values():
            item = table.to_json()
            item["sheets"] = [
                {**sheet.to_json(index), **sheet.contents()} for index, sheet in enumerate(table.sheets)
            ]
            tables.append(item)
        return tables

    # -- lookups ---------------------------------------------------------------------------

    def table(self, table_id: str) -> Table:
        found = self.tables.get(table_id)
        if found is None:
            raise ApiError(404, f"Table {table_id!r} not found")
        return found

    def sheet(self, request: Request) -> tuple[Table, Sheet]:
        table = self.table(request.path_params["table_id"])
        return table, table.sheet(request.path_params["sheet_id"])

    # -- building --------------------------------------------------------------------------

    def add_table(self, title: str, folder_id: int | None, now: float) -> Table:
        table = Table(new_id(self.state, "table"), title, folder_id, now, now)
        self.tables[table.id] = table
        return table

    def add_sheet(self, table: Table, title: str, index: int | None, now: float) -> Sheet:
        sheet = Sheet(new_id(self.state, "sheet"), table.id, title, now, now)
        position = len(table.sheets) if index is None else max(0, min(index, len(table.sheets)))
        table.sheets.insert(position, sheet)
        table.updated_at = now
        return sheet

    def add_blank_sheet(self, table: Table, title: str, index: int | None, now: float) -> Sheet:
        """The service's scaffold: a "Column A" text column and one empty row."""
        sheet = self.add_sheet(table, title, index, now)
        self.add_column(sheet, "Column A", INPUT_TYPE, {}, [], False, now)
        self.add_rows(sheet, 1, now)
        return sheet

    def add_column(
        self,
        sheet: Sheet,
        title: str,
        kind: str,
        config: dict[str, Any],
        dependencies: list[dict[str, Any]],
        is_output: bool,
        now: float,
    ) -> Column:
        rank = max((c.position_rank for c in sheet.columns), default=0.0) + 1.0
        column = Column(
            new_id(self.state, "column"), title, kind, copy.deepcopy(config), dependencies, is_output, rank
        )
        sheet.columns.append(column)
        for index, row in enumerate(sheet.rows):
            row[column.id] = self._new_cell(column, index, now)
        return column

    def add_rows(self, sheet: Sheet, count: int, now: float) -> list[dict[str, Cell]]:
        added = []
        for _ in range(count):
            index = len(sheet.rows)
            row = {column.id: self._new_cell(column, index, now) for column in sheet.columns}
            sheet.rows.append(row)
            added.append(row)
        return added

    def _new_cell(self, column: Column, index: int, now: float) -> Cell:
        return Cell(
            new_id(self.state, "cell"), column.id, index, "stale" if column.computed else "completed", now
        )

    def column_title_map(self, sheet: Sheet, headers: list[str], now: float) -> dict[str, str]:
        """Column ids for imported headers: text columns matched by title, new ones added."""
        found: dict[str, str] = {}
        for header in headers:
            column = next((c for c in sheet.columns if c.title == header), None)
            if column is None:
                column = self.add_column(sheet, header, INPUT_TYPE, {}, [], False, now)
            if not column.computed:
                found[header] = column.id
        return found

    def append_values(self, sheet: Sheet, records: list[dict[str, Any]], now: float) -> int:
        headers: list[str] = []
        for record in records:
            headers += [key for key in record if key not in headers]
        ids = self.column_title_map(sheet, headers, now)
        for record, row in zip(records, self.add_rows(sheet, len(records), now), strict=True):
            for header, value in record.items():
                if header in ids:
                    row[ids[header]].set_value(value, display_of(value), now)
        return len(records)

    # -- background work -------------------------------------------------------------------

    def later(self, ctx: Context, job: Callable[[], None]) -> None:
        """Run `job` after compute_seconds through the server's schedule hook (or run_pending)."""
        number = next(self._job_numbers)
        self._jobs[number] = job

        def run() -> None:
            todo = self._jobs.pop(number, None)
            if todo is not None:
                todo()

        ctx.schedule(self.compute_seconds, run)

    def run_pending(self) -> int:
        """Finish every queued computation, import and score calculation now; answers how many.

        Call it on the server's thread: `server.call(server.state.tables.run_pending)`.
        """
        done = 0
        while self._jobs:
            number = next(iter(self._jobs))
            self._jobs.pop(number)()
            done += 1
        return done

    def queue(self, ctx: Context, sheet: Sheet, cells: list[Cell]) -> Recalculation | None:
        """Queue `cells` (with what they need and what reads them); None when nothing is left."""
        chosen = _closure(sheet, cells)
        if not chosen:
            return None
        operation = Recalculation(new_id(self.state, "operation"), len(chosen), {cell.id for cell in chosen})
        now = ctx.clock()
        for cell in chosen:
            cell.status, cell.execution_id, cell.updated_at = "queued", operation.id, now
        sheet.recalculations[operation.id] = operation
        self.later(ctx, lambda: _compute(sheet, operation, ctx.clock()))
        return operation


def _closure(sheet: Sheet, cells: list[Cell]) -> list[Cell]:
    """The computed cells to queue for `cells`, in computing order: the cells themselves, the
    stale inputs they need, and the cells computed from them, none of them already queued."""
    wanted: dict[int, set[str]] = {}
    for cell in cells:
        wanted.setdefault(cell.row_index, set()).add(cell.column_id)
    chosen: list[Cell] = []
    for index, column_ids in sorted(wanted.items()):
        row = sheet.rows[index]
        picked = set(column_ids) | {c.id for c in sheet.downstream(column_ids)}
        stack = list(picked)
        while stack:
            column = sheet.find_column(stack.pop())
            for input_id in column.inputs() if column else ():
                source = sheet.find_column(input_id)
                if (
                    source
                    and source.computed
                    and input_id not in picked
                    and row[input_id].status != "completed"
                ):
                    picked.add(input_id)
                    stack.append(input_id)
        chosen += [
            row[c.id]
            for c in sheet.ordered_columns()
            if c.id in picked and c.computed and row[c.id].status != "queued"
        ]
    return chosen


def _compute(sheet: Sheet, operation: Recalculation, now: float) -> None:
    """Finish a recalculation: every cell it still owns gets its value (or its error)."""
    if operation.status != "queued":
        return
    version = sheet.version_count + 1
    owned = {cell.id: cell for cell in sheet.cells() if cell.id in operation.pending}
    with CodeRunner() as code:  # its workers live for this recalculation only
        for column in sheet.ordered_columns():
            for index, row in enumerate(sheet.rows):
                cell = row.get(column.id)
                if cell is None or cell.id not in owned:
                    continue
                if cell.status != "queued" or cell.execution_id != operation.id:
                    operation.reset.add(cell.id)  # reset or edited meanwhile
                    continue
                _compute_cell(sheet, column, index, cell, version, now, code)
                (operation.failed if cell.status == "error" else operation.completed).add(cell.id)
    operation.reset |= operation.pending - set(owned)  # deleted meanwhile
    operation.pending = set()
    if operation.completed or operation.failed:
        sheet.bump(now)
    operation.status = "failed" if operation.failed and not operation.completed else "completed"


def _compute_cell(
    sheet: Sheet, column: Column, index: int, cell: Cell, version: int, now: float, code: CodeRunner
) -> None:
    row = sheet.rows[index]
    values, displays, problem = [], [], None
    for input_id in column.inputs():
        source = sheet.find_column(input_id)
        if source is None:
            problem = f"Input column {input_id} was deleted"
            break
        given = row[input_id]
        if given.status == "error":
            problem = f"Input {source.title!r} failed"
            break
        if given.status != "completed":
            problem = f"Input {source.title!r} is not computed yet"
            break
        values.append(given.value if given.value is not None else given.display_value)
        displays.append(given.display_value)
    cell.updated_at, cell.last_computed_version, cell.input_hash = now, version, digest(values)
    if problem is not None:
        cell.status, cell.error_message, cell.value, cell.display_value = "error", problem, None, None
        return
    if column.type == "CODE_EXECUTION":
        config = column.config or {}
        value, problem = code.run(config.get("code"), config.get("language"), row_data(sheet, index))
        if problem is not None:
            cell.status, cell.error_message, cell.value, cell.display_value = "error", problem, None, None
        else:
            cell.status, cell.error_message, cell.value = "completed", None, value
            cell.display_value = display_of(value)
        return
    cell.status, cell.error_message = "completed", None
    if column.type == "COMPARE":
        same = len({json.dumps(v, sort_keys=True, default=str) for v in values}) <= 1
        cell.value, cell.display_value = same, display_of(same)
    elif len(values) == 1:
        cell.value, cell.display_value = copy.deepcopy(values[0]), displays[0]
    else:
        cell.value = copy.deepcopy(values) if values else None
        cell.display_value = " | ".join(d or "" for d in displays) if values else None


# -- shared helpers --------------------------------------------------------------------------


def row_data(sheet: Sheet, row: int) -> dict[str, Any]:
    """The row as CODE_EXECUTION code sees it: each completed cell's value by column title."""
    data = {}
    for column in sheet.ordered_columns():
        cell = sheet.rows[row].get(column.id)
        if cell is not None and cell.status == "completed":
            data[column.title] = cell.value if cell.value is not None else cell.display_value
    return data


def store_of(ctx: Context) -> TableStore:
    store: TableStore = ctx.state.tables
    return store


def window(
    items: list[Any], request: Request, default_limit: int, bad_cursor: int | None
) -> tuple[list[Any], str | None]:
    """One page by an offset cursor; a cursor that is not one is `bad_cursor` (or page one)."""
    limit = request.query_int("limit") or default_limit
    cursor = request.query_value("cursor")
    start = 0
    if cursor:
        if cursor.isdigit():
            start = int(cursor)
        elif bad_cursor is not None:
            raise ApiError(bad_cursor, f"cursor {cursor!r} is not one this listing gave")
    chosen = items[start : start + limit]
    return chosen, str(start + limit) if start + limit < len(items) else None


def _ordered(items: list[Any], request: Request, default: str) -> list[Any]:
    return list(reversed(items)) if (request.query_value("order") or default) == "desc" else list(items)


def operation_url(table: Table, sheet: Sheet, operation_id: str) -> str:
    return f"{API_PREFIX}/{table.id}/sheets/{sheet.id}/operations/{operation_id}"


def _next_sheet_title(table: Table) -> str:
    titles = {sheet.title for sheet in table.sheets}
    return next(f"Sheet {n}" for n in itertools.count(len(table.sheets) + 1) if f"Sheet {n}" not in titles)


def _runs_prompt(sheets: list[Sheet], request: Request) -> bool:
    """The prompt filters: some PROMPT_TEMPLATE column's config names that prompt, version or label."""
    wanted = {name: request.query_int(name) for name in ("prompt_id", "prompt_version_id", "prompt_label_id")}
    wanted = {name: value for name, value in wanted.items() if value is not None}
    if not wanted:
        return True
    return any(
        column.type == "PROMPT_TEMPLATE"
        and all(value in _config_values(column.config, name) for name, value in wanted.items())
        for sheet in sheets
        for column in sheet.columns
    )


def _config_values(config: Any, key: str) -> list[Any]:
    found: list[Any] = []
    if isinstance(config, dict):
        for name, value in config.items():
            found += [value] if name == key else _config_values(value, key)
    elif isinstance(config, list):
        for value in config:
            found += _config_values(value, key)
    return found


def _dependencies(sheet: Sheet, raw: Any, column_id: str | None = None) -> list[dict[str, Any]]:
    """Checked dependencies: existing columns of the sheet, never the column itself."""
    dependencies = []
    for item in raw or []:
        target = str(item["column_id"])
        if sheet.find_column(target) is None or target == column_id:
            raise ApiError(400, f"Dependency {target} is not another column of this sheet")
        dependencies.append({"reference_type": "value", **copy.deepcopy(item)})
    return dependencies


def _has_cycle(sheet: Sheet, column_id: str, inputs: list[str]) -> bool:
    """Would `column_id` reading `inputs` make it depend on itself?"""
    seen: set[str] = set()
    stack = list(inputs)
    while stack:
        current = stack.pop()
        if current == column_id:
            return True
        if current in seen:
            continue
        seen.add(current)
        column = sheet.find_column(current)
        stack += column.inputs() if column else []
    return False


def _mark_stale(cells: list[Cell], now: float) -> int:
    changed = 0
    for cell in cells:
        if cell.status != "stale":
            cell.status, cell.updated_at = "stale", now
            changed += 1
    return changed


def _folder_exists(ctx: Context, folder_id: int) -> bool:
    return folder_id in ctx.state.folders.folders


# -- tables ----------------------------------------------------------------------------------


def create_table(ctx: Context, request: Request) -> Response:
    """A table, by default with the blank "Sheet 1" the service scaffolds."""
    store = store_of(ctx)
    body = request.json_object()
    now = ctx.clock()
    folder_id = body.get("folder_id")
    if folder_id is not None and not _folder_exists(ctx, folder_id):
        raise ApiError(404, f"Folder {folder_id} not found")
    title = body.get("title")
    titles = {table.title for table in store.tables.values()}
    if title is None:
        title = next(
            t
            for n in itertools.count(1)
            if (t := "Untitled Table" + (f" {n}" if n > 1 else "")) not in titles
        )
    elif not title.strip():
        raise ApiError(400, "title must not be blank")
    table = store.add_table(title, folder_id, now)
    answer: dict[str, Any] = {"success": True, "message": "Table created"}
    if body.get("create_default_sheet", True):
        sheet = store.add_blank_sheet(table, "Sheet 1", None, now)
        answer["default_sheet"] = sheet.to_json(0)
    answer["table"] = table.to_json()
    return Response.json(answer, 201)


def list_tables(ctx: Context, request: Request) -> Response:
    tables = list(store_of(ctx).tables.values())
    folder_id, name = request.query_int("folder_id"), request.query_value("name")
    if folder_id is not None:
        tables = [t for t in tables if t.folder_id == folder_id]
    if name:
        tables = [t for t in tables if name.lower() in t.title.lower()]
    tables = [t for t in _ordered(tables, request, "desc") if _runs_prompt(t.sheets, request)]
    page, per_page = request.query_int("page"), request.query_int("per_page")
    if (page is not None or per_page is not None) and not request.query_value("cursor"):
        size = per_page or request.query_int("limit") or 20
        if (page or 1) < 1 or size < 1:
            raise ApiError(422, "page and per_page must be positive")
        start = ((page or 1) - 1) * size
        chosen, more = tables[start : start + size], start + size < len(tables)
        next_cursor = str(start + size) if more else None
    else:
        chosen, next_cursor = window(tables, request, 20, 422)
    return Response.json(
        {
            "data": [t.to_json(detail=False) for t in chosen],
            "next_cursor": next_cursor,
            "has_more": next_cursor is not None,
        }
    )


def get_table(ctx: Context, request: Request) -> Response:
    table = store_of(ctx).table(request.path_params["table_id"])
    return Response.json({"success": True, "table": table.to_json()})


def update_table(ctx: Context, request: Request) -> Response:
    table = store_of(ctx).table(request.path_params["table_id"])
    body = request.json_object()
    if body.get("title") is not None:
        if not body["title"].strip():
            raise ApiError(422, "title must not be blank")
        table.title = body["title"]
    if "folder_id" in body:
        if body["folder_id"] is not None and not _folder_exists(ctx, body["folder_id"]):
            raise ApiError(404, f"Folder {body['folder_id']} not found")
        table.folder_id = body["folder_id"]
    table.updated_at = ctx.clock()
    return Response.json({"success": True, "table": table.to_json()})


def delete_table(ctx: Context, request: Request) -> Response:
    store = store_of(ctx)
    table = store.table(request.path_params["table_id"])
    del store.tables[table.id]
    return Response.json({"success": True, "message": "Table deleted"})


# -- sheets ----------------------------------------------------------------------------------


def list_sheets(ctx: Context, request: Request) -> Response:
    table = store_of(ctx).table(request.path_params["table_id"])
    indexed = [(index, sheet) for index, sheet in enumerate(table.sheets) if _runs_prompt([sheet], request)]
    chosen, next_cursor = window(_ordered(indexed, request, "asc"), request, 20, 422)
    return Response.json(
        {
            "data": [sheet.to_json(index) for index, sheet in chosen],
            "next_cursor": next_cursor,
            "has_more": next_cursor is not None,
        }
    )


def create_sheet(ctx: Context, request: Request) -> Response:
    """201 with a blank sheet; 202 with an import operation when the body names a source."""
    store = store_of(ctx)
    table = store.table(request.path_params["table_id"])
    body = request.json_object()
    source, operation_id, index = body.get("source"), body.get("operation_id"), body.get("index")
    if operation_id is not None and source is None:
        raise ApiError(400, "operation_id is only for imports (send it with a source)")
    if index is not None and index < 0:
        raise ApiError(400, "index must be 0 or more")
    now = ctx.clock()
    if source is None:
        sheet = store.add_blank_sheet(table, body.get("title") or _next_sheet_title(table), index, now)
        return Response.json({"success": True, "sheet": sheet.to_json(table.sheets.index(sheet))}, 201)
    existing = table.imports.get(operation_id) if operation_id else None
    if existing is None:
        if source["type"] == "file":
            records = _file_records(source["file_name"], source["file_content_base64"], (".csv", ".json"))
            default_title = source["file_name"]
        else:
            records = _log_records(_logs_for_source(ctx, source), [], [])
            default_title = "Request Logs"
        sheet = store.add_sheet(table, body.get("title") or default_title, index, now)
        existing = _start_import(
            ctx, table, sheet, source["type"], source.get("file_name"), records, operation_id
        )
    sheet = table.sheet(existing.sheet_id)
    return Response.json(
        {
            "success": True,
            "message": "Import started",
            "operation_id": existing.id,
            "operation": existing.to_json(),
            "sheet": sheet.to_json(table.sheets.index(sheet)),
        },
        202,
    )


def get_table_import_operation(ctx: Context, request: Request) -> Response:
    table = store_of(ctx).table(request.path_params["table_id"])
    job = table.imports.get(request.path_params["operation_id"])
    if job is None:
        raise ApiError(404, f"Import operation {request.path_params['operation_id']!r} not found")
    return Response.json({"success": True, "operation": job.to_json()})


def get_sheet(ctx: Context, request: Request) -> Response:
    table, sheet = store_of(ctx).sheet(request)
    return Response.json({"success": True, "sheet": sheet.to_json(table.sheets.index(sheet))})


def update_sheet(ctx: Context, request: Request) -> Response:
    table, sheet = store_of(ctx).sheet(request)
    body = request.json_object()
    if body.get("title"):
        sheet.title = body["title"]
    if body.get("index") is not None:
        table.sheets.remove(sheet)
        table.sheets.insert(max(0, min(body["index"], len(table.sheets))), sheet)
    for name in ("expected_row_count", "eval_run_status"):
        if name in body:
            setattr(sheet, name, body[name])
    version = sheet.bump(ctx.clock())
    return Response.json(
        {"success": True, "sheet": sheet.to_json(table.sheets.index(sheet)), "version": version}
    )


def delete_sheet(ctx: Context, request: Request) -> Response:
    table, sheet = store_of(ctx).sheet(request)
    table.sheets.remove(sheet)
    table.updated_at = ctx.clock()
    return Response.json({"success": True, "message": "Sheet deleted"})


# -- columns ---------------------------------------------------------------------------------


def list_sheet_columns(ctx: Context, request: Request) -> Response:
    """In position order. The service's system columns (price, latency) are not modelled."""
    _, sheet = store_of(ctx).sheet(request)
    columns = sorted(sheet.columns, key=lambda c: c.position_rank)
    chosen, next_cursor = window(columns, request, 100, None)
    return Response.json(
        {
            "data": [c.to_json(sheet.id) for c in chosen],
            "next_cursor": next_cursor,
            "has_more": next_cursor is not None,
        }
    )


def create_sheet_column(ctx: Context, request: Request) -> Response:
    """A column with a cell in every row (computed ones stale until recalculated)."""
    store = store_of(ctx)
    _, sheet = store.sheet(request)
    body = request.json_object()
    if not body["title"].strip():
        raise ApiError(400, "title must not be blank")
    dependencies = _dependencies(sheet, body.get("dependencies"))
    now = ctx.clock()
    column = store.add_column(
        sheet,
        body["title"],
        body["type"],
        body.get("config") or {},
        dependencies,
        bool(body.get("is_output_column")),
        now,
    )
    version = sheet.bump(now)
    cells = [row[column.id].to_json(sheet.id) for row in sheet.rows]
    return Response.json(
        {"success": True, "column": column.to_json(sheet.id), "cells": cells, "version": version}, 201
    )


def update_sheet_column(ctx: Context, request: Request) -> Response:
    """A change of type, configuration or inputs makes the column's cells, and those computed
    from them, stale."""
    _, sheet = store_of(ctx).sheet(request)
    column = sheet.column(request.path_params["column_id"])
    body = request.json_object()
    now = ctx.clock()
    recompute = False
    if body.get("dependencies") is not None:
        dependencies = _dependencies(sheet, body["dependencies"], column.id)
        if _has_cycle(sheet, column.id, [str(d["column_id"]) for d in dependencies]):
            raise ApiError(400, "These dependencies would make the column depend on itself")
        recompute |= dependencies != column.dependencies
        column.dependencies = dependencies
    if body.get("config") is not None:
        recompute |= body["config"] != column.config
        column.config = copy.deepcopy(body["config"])
    if body.get("type") is not None and body["type"] != column.type:
        recompute = True
        column.type = body["type"]
        for row in sheet.rows:  # input cells are always complete; computed ones start over
            row[column.id].status = "stale" if column.computed else "completed"
    if body.get("title"):
        column.title = body["title"]
    if "is_output_column" in body:
        column.is_output_column = body["is_output_column"]
    affected = (([column] if column.computed else []) + sheet.downstream({column.id})) if recompute else []
    for row in sheet.rows:
        _mark_stale([row[c.id] for c in affected], now)
    version = sheet.bump(now)
    return Response.json(
        {
            "success": True,
            "column": column.to_json(sheet.id),
            "requires_recalculation": bool(affected),
            "affected_column_ids": [c.id for c in affected],
            "version": version,
        }
    )


def delete_sheet_column(ctx: Context, request: Request) -> Response:
    """The column and its cells go; cells computed from it turn stale (and fail if recomputed)."""
    _, sheet = store_of(ctx).sheet(request)
    column = sheet.column(request.path_params["column_id"])
    now = ctx.clock()
    downstream = sheet.downstream({column.id})
    sheet.columns.remove(column)
    for row in sheet.rows:
        del row[column.id]
        _mark_stale([row[c.id] for c in downstream], now)
    if sheet.score is not None:
        sheet.score.column_ids = [c for c in sheet.score.column_ids if c != column.id]
    version = sheet.bump(now)
    stale = sum(1 for cell in sheet.cells() if cell.status == "stale")
    return Response.json(
        {"success": True, "message": "Column deleted", "stale_count": stale, "version": version}
    )


# -- rows and cells --------------------------------------------------------------------------


def list_sheet_rows(ctx: Context, request: Request) -> Response:
    _, sheet = store_of(ctx).sheet(request)
    first_page = not request.query_value("cursor")
    chosen, next_cursor = window(_ordered(list(range(len(sheet.rows))), request, "asc"), request, 100, None)
    answer: dict[str, Any] = {
        "data": [sheet.row_json(index) for index in chosen],
        "next_cursor": next_cursor,
        "has_more": next_cursor is not None,
        "version": sheet.version_count,
        "pagination": {"next_cursor": next_cursor},
    }
    if request.query_bool("include_row_count", True):
        answer["row_count"] = len(sheet.rows)
    if request.query_bool("include_columns", first_page):
        answer["columns"] = [
            c.to_json(sheet.id) for c in sorted(sheet.columns, key=lambda c: c.position_rank)
        ]
    if request.query_bool("include_execution_metadata_aggregates"):
        empty = {"count": 0, "sum": 0.0, "avg": None, "min": None, "max": None}
        answer["execution_metadata_aggregates"] = {  # no priced requests run locally
            "by_column_id": {},
            "sheet": {"by_metric": {key: {"metric_key": key, **empty} for key in ("price", "latency_ms")}},
        }
    return Response.json(answer)


def add_sheet_rows(ctx: Context, request: Request) -> Response:
    """Rows with a cell per column; text cells take the values given, computed ones are stale."""
    store = store_of(ctx)
    _, sheet = store.sheet(request)
    body = request.json_object()
    if not sheet.columns:
        raise ApiError(400, "The sheet has no columns yet")
    values = body.get("values") or []
    count = body.get("count", len(values) or 1)
    if len(values) > count:
        raise ApiError(400, f"values has {len(values)} rows but count is {count}")
    for entry in values:
        for column_id in entry:
            column = sheet.find_column(column_id)
            if column is None or column.computed:
                raise ApiError(400, f"values may only fill text columns of this sheet, not {column_id!r}")
    now = ctx.clock()
    start = len(sheet.rows)
    rows = store.add_rows(sheet, count, now)
    for row, entry in zip(rows, values, strict=False):
        for column_id, value in entry.items():
            row[column_id].set_value(copy.deepcopy(value), display_of(value), now)
    version = sheet.bump(now)
    indices = list(range(start, start + count))
    return Response.json(
        {
            "success": True,
            "rows_created": count,
            "start_row_index": start,
            "row_indices": indices,
            "rows": [sheet.row_json(index) for index in indices],
            "cell_count": count * len(sheet.columns),
            "row_count": len(sheet.rows),
            "version": version,
        },
        201,
    )


def delete_sheet_rows(ctx: Context, request: Request) -> Response:
    """Rows after the deleted ones move up (row indices stay 0..n-1)."""
    _, sheet = store_of(ctx).sheet(request)
    indices = set(request.json_object()["row_indices"])
    bad = sorted(i for i in indices if not 0 <= i < len(sheet.rows))
    if bad:
        raise ApiError(400, f"No rows at indices {bad}")
    sheet.rows = [row for index, row in enumerate(sheet.rows) if index not in indices]
    sheet.renumber()
    sheet.bump(ctx.clock())
    return Response.json({"success": True, "deleted_count": len(indices)})


def get_sheet_status_counts(ctx: Context, request: Request) -> Response:
    _, sheet = store_of(ctx).sheet(request)
    counts = sheet.status_counts()
    return Response.json({"success": True, "total_cells": sum(counts.values()), "status_counts": counts})


def get_sheet_cell(ctx: Context, request: Request) -> Response:
    _, sheet = store_of(ctx).sheet(request)
    return Response.json(
        {"success": True, "cell": sheet.cell(request.path_params["cell_id"]).to_json(sheet.id)}
    )


def update_sheet_cell(ctx: Context, request: Request) -> Response:
    """Set a text cell; the computed cells of its row that read it (directly or not) turn stale."""
    _, sheet = store_of(ctx).sheet(request)
    cell = sheet.cell(request.path_params["cell_id"])
    column = sheet.column(cell.column_id)
    if column.computed:
        raise ApiError(
            400, f"Cell {cell.id} is in {column.type} column {column.title!r}; only text cells can be set"
        )
    body = request.json_object()
    if "value" not in body and "display_value" not in body:
        raise ApiError(400, "Send value, display_value or both")
    now = ctx.clock()
    value = copy.deepcopy(body["value"]) if "value" in body else body["display_value"]
    cell.set_value(value, body["display_value"] if "display_value" in body else display_of(value), now)
    row = sheet.rows[cell.row_index]
    stale = _mark_stale(
        [row[c.id] for c in sheet.downstream({column.id}) if row[c.id].status != "queued"], now
    )
    version = sheet.bump(now)
    return Response.json(
        {"success": True, "cell": cell.to_json(sheet.id), "version": version, "stale_count": stale}
    )


def recalculate_sheet_cell(ctx: Context, request: Request) -> Response:
    store = store_of(ctx)
    _, sheet = store.sheet(request)
    cell = sheet.cell(request.path_params["cell_id"])
    operation = store.queue(ctx, sheet, [cell]) if sheet.column(cell.column_id).computed else None
    if operation is None:
        return Response.json({"success": False, "message": "No cells to recalculate"})
    return Response.json(
        {"success": True, "execution_id": operation.id, "cell_count": operation.cell_count}, 202
    )


def recalculate_sheet_cells(ctx: Context, request: Request) -> Response:
    """The cells named, plus every cell of `column_ids` and of `row_indices`."""
    store = store_of(ctx)
    _, sheet = store.sheet(request)
    body = request.json_object()
    selected: dict[str, Cell] = {}
    known = {cell.id: cell for cell in sheet.cells()}
    for cell_id in body["cell_ids"]:
        if cell_id not in known:
            raise ApiError(400, f"Cell {cell_id} is not in this sheet")
        selected[cell_id] = known[cell_id]
    for column_id in body.get("column_ids") or []:
        sheet.column(column_id)
        selected.update({row[column_id].id: row[column_id] for row in sheet.rows})
    for index in body.get("row_indices") or []:
        if not 0 <= index < len(sheet.rows):
            raise ApiError(400, f"No row at index {index}")
        selected.update({cell.id: cell for cell in sheet.rows[index].values()})
    computed = [c for c in selected.values() if sheet.column(c.column_id).computed]
    operation = store.queue(ctx, sheet, computed)
    if operation is None:
        return Response.json({"success": False, "message": "No cells to recalculate"})
    return Response.json(
        {
            "success": True,
            "execution_id": operation.id,
            "cell_count": operation.cell_count,
            "selected_cell_count": len(selected),
        },
        202,
    )


# -- sheet operations ------------------------------------------------------------------------


def _operation_json(table: Table, sheet: Sheet, operation: Recalculation) -> dict[str, Any]:
    counts = {
        "QUEUED": len(operation.pending),
        "COMPLETED": len(operation.completed),
        "FAILED": len(operation.failed),
        "STALE": len(operation.reset),
    }
    return {
        "operation_id": operation.id,
        "operation": "recalculate",
        "status": operation.status,
        "status_counts": {name: count for name, count in counts.items() if count},
        "cell_count": operation.cell_count,
        "completed_count": len(operation.completed),
        "failed_count": len(operation.failed),
        "pending_count": len(operation.pending),
        "status_url": operation_url(table, sheet, operation.id),
    }


def _operation_cell(sheet: Sheet, cell: Cell) -> dict[str, Any]:
    item = cell.to_json(sheet.id)
    keep = ("id", "sheet_id", "execution_id", "column_id", "row_index", "last_computed_version")
    return {
        **{name: item[name] for name in keep},
        "status": COUNT_NAMES[cell.status],
        "display_value": cell.display_value,
        "input_hash": cell.input_hash,
        "value": copy.deepcopy(cell.value),
        "updated_at": item["updated_at"],
    }


def list_sheet_operations(ctx: Context, request: Request) -> Response:
    table, sheet = store_of(ctx).sheet(request)
    counts = sheet.status_counts()
    active = [op for op in sheet.recalculations.values() if op.status == "queued"]
    return Response.json(
        {
            "success": True,
            "sheet_id": sheet.id,
            "version": sheet.version_count,
            "total_cells": sum(counts.values()),
            "status_counts": counts,
            "pending_count": counts["QUEUED"] + counts["RUNNING"],
            "active_operations": [_operation_json(table, sheet, op) for op in active],
        }
    )


def create_sheet_operation(ctx: Context, request: Request) -> Response:
    """Recalculate the computed cells of the chosen columns and rows whose status is chosen.

    Columns: all computed ones when omitted (naming a text column is a 400). Rows: all when
    omitted. Statuses: STALE when omitted, any when empty. More than `confirm_above` cells need
    the confirmation token the first answer gives (the token names the selection).
    """
    store = store_of(ctx)
    table, sheet = store.sheet(request)
    body = request.json_object()
    column_ids = body.get("column_ids")
    if column_ids is None:
        columns = [c for c in sheet.columns if c.computed]
    else:
        columns = [sheet.find_column(column_id) or _bad_column(column_id) for column_id in column_ids]
        text = [c.title for c in columns if not c.computed]
        if text:
            raise ApiError(400, f"Text columns cannot be recalculated: {', '.join(text)}")
    rows = body.get("row_ids")
    if rows is None:
        rows = list(range(len(sheet.rows)))
    bad = [index for index in rows if index >= len(sheet.rows)]
    if bad:
        raise ApiError(400, f"No rows at indices {bad}")
    statuses = body.get("statuses")
    wanted = (
        {"stale"}
        if statuses is None
        else {_STATUS_OF_COUNT[s] for s in statuses} or set(_STATUS_OF_COUNT.values())
    )
    cells = [sheet.rows[i][c.id] for i in rows for c in columns if sheet.rows[i][c.id].status in wanted]
    token = "confirm-" + digest([sheet.id, [c.id for c in columns], rows, sorted(wanted)])
    if len(cells) > store.confirm_above and body.get("confirmation_token") != token:
        return Response.json(
            {
                "success": False,
                "requires_confirmation": True,
                "confirmation_token": token,
                "affected_cell_count": len(cells),
                "message": f"This recalculates {len(cells)} cells; send the confirmation_token to go ahead",
            }
        )
    operation = store.queue(ctx, sheet, cells)
    if operation is None:
        return Response.json({"success": True, "cell_count": 0, "virtual_cell_count": 0, "cells": []})
    queued = [cell for cell in sheet.cells() if cell.id in operation.pending]
    return Response.json(
        {
            "success": True,
            "operation": "recalculate",
            "operation_id": operation.id,
            "execution_id": operation.id,
            "execution_ids": [operation.id],
            "cell_count": operation.cell_count,
            "version": sheet.version_count,
            "status_url": operation_url(table, sheet, operation.id),
            "virtual_cell_count": 0,
            "cells": [_operation_cell(sheet, cell) for cell in queued],
        },
        202,
    )


def _bad_column(column_id: str) -> NoReturn:
    raise ApiError(400, f"Column {column_id} is not in this sheet")


def get_sheet_operation(ctx: Context, request: Request) -> Response:
    table, sheet = store_of(ctx).sheet(request)
    operation = sheet.recalculations.get(request.path_params["operation_id"])
    if operation is None:
        raise ApiError(404, f"Operation {request.path_params['operation_id']!r} not found")
    return Response.json({"success": True, "operation": _operation_json(table, sheet, operation)})


def cancel_sheet_operation(ctx: Context, request: Request) -> Response:
    """Queued cells go back to stale; an unknown or finished operation is a 200 that did nothing."""
    _, sheet = store_of(ctx).sheet(request)
    operation_id = request.path_params["operation_id"]
    operation = sheet.recalculations.get(operation_id)
    if operation is None or operation.status != "queued":
        return Response.json(
            {
                "success": True,
                "message": "No active operation found",
                "operation_id": operation_id,
                "execution_ids": [],
            }
            | {"cancelled_cell_count": 0, "not_started_reset_count": 0, "running_invalidated_count": 0}
        )
    now = ctx.clock()
    reset = [
        cell for cell in sheet.cells() if cell.id in operation.pending and cell.execution_id == operation.id
    ]
    _mark_stale(reset, now)
    operation.reset |= operation.pending
    operation.pending = set()
    operation.status = "cancelled"
    return Response.json(
        {
            "success": True,
            "message": "Operation cancelled",
            "operation_id": operation.id,
            "execution_ids": [operation.id],
            "cancelled_cell_count": len(reset),
            "not_started_reset_count": len(reset),
            "running_invalidated_count": 0,
        }
    )


# -- imports ---------------------------------------------------------------------------------


def _file_records(name: str, encoded: str, endings: tuple[str, ...]) -> Callable[[], list[dict[str, Any]]]:
    """Check the file now (400s); parse it when the import runs (a bad file fails the import)."""
    if not name.lower().endswith(endings):
        raise ApiError(400, f"file_name must end in {' or '.join(endings)}")
    try:
        data = base64.b64decode(encoded, validate=True)
    except (binascii.Error, ValueError):
        raise ApiError(400, "file_content_base64 is not valid base64") from None

    def parse() -> list[dict[str, Any]]:
        text = data.decode("utf-8-sig")
        if name.lower().endswith(".json"):
            loaded = json.loads(text)
            if not isinstance(loaded, list) or not all(isinstance(item, dict) for item in loaded):
                raise ValueError("a JSON file holds a list of objects")
            return [dict(item) for item in loaded]
        reader = csv.reader(io.StringIO(text))
        headers = next(reader, None)
        if not headers:
            raise ValueError("the CSV file has no header row")
        return [
            {h: (v if v != "" else None) for h, v in zip(headers, line, strict=False)}
            for line in reader
            if line
        ]

    return parse


def _logs_for_source(ctx: Context, source: dict[str, Any]) -> list[dict[str, Any]]:
    """The request logs a create_sheet source picks (prompt_label_id is not applied locally)."""
    logs: list[dict[str, Any]] = ctx.state.tracking.logs()
    ids = source.get("request_log_ids")
    if ids is not None:
        by_id = {log["id"]: log for log in logs}
        missing = [i for i in ids if i not in by_id]
        if missing:
            raise ApiError(400, f"Request logs not found: {missing}")
        return [by_id[i] for i in ids]
    for name in ("prompt_id", "prompt_version_id"):
        if source.get(name) is not None:
            logs = [log for log in logs if log.get(name) == source[name]]
    if source.get("start_time"):
        start = datetime.fromisoformat(source["start_time"]).timestamp()
        logs = [log for log in logs if log["request_start_epoch"] >= start]
    if source.get("end_time"):
        end = datetime.fromisoformat(source["end_time"]).timestamp()
        logs = [log for log in logs if log["request_start_epoch"] <= end]
    return logs


def _log_records(
    logs: list[dict[str, Any]], variables: list[str], fields: list[str]
) -> Callable[[], list[dict[str, Any]]]:
    """One row per log: its input and output text, the chosen input variables and fields
    (named as request log filters name them)."""
    unknown = [name for name in fields if name not in _FIELD_KINDS or name in _UNSUPPORTED_FIELDS]
    if unknown:
        raise ApiError(400, f"include_fields: unknown request log fields {unknown}")

    def rows() -> list[dict[str, Any]]:
        records = []
        for log in logs:
            record: dict[str, Any] = {
                "input": _template_text(log["input"]),
                "output": _template_text(log["output"]),
            }
            record |= {name: log["prompt_input_variables"].get(name) for name in variables}
            record |= {name: _field_value(log, name) for name in fields}
            records.append(record)
        return records

    return rows


def _start_import(
    ctx: Context,
    table: Table,
    sheet: Sheet,
    source: str,
    file_name: str | None,
    records: Callable[[], list[dict[str, Any]]],
    operation_id: str | None,
) -> ImportJob:
    store = store_of(ctx)
    now = ctx.clock()
    job = ImportJob(operation_id or new_id(store.state, "import"), source, sheet.id, now, now, file_name)
    table.imports[job.id] = job

    def finish() -> None:
        finished = ctx.clock()
        job.updated_at = finished
        if sheet not in table.sheets or table.id not in store.tables:
            job.status, job.error_message = "failed", "The sheet was deleted before the import ran"
            return
        try:
            rows = records()
        except (ValueError, UnicodeDecodeError) as exc:
            job.status, job.error_message = "failed", f"The file could not be read: {exc}"
            return
        job.rows_added = store.append_values(sheet, rows, finished)
        job.row_count, job.status = len(sheet.rows), "completed"
        sheet.bump(finished)

    store.later(ctx, finish)
    return job


def _import_answer(table: Table, sheet: Sheet, job: ImportJob) -> Response:
    return Response.json(
        {
            "success": True,
            "message": "Import queued",
            "operation_id": job.id,
            "operation": job.to_json(),
            "status_url": f"{API_PREFIX}/{table.id}/sheets/operations/{job.id}",
        },
        202,
    )


def start_sheet_file_import(ctx: Context, request: Request) -> Response:
    """Append a CSV's rows; headers fill the text columns of that title (new ones are added)."""
    table, sheet = store_of(ctx).sheet(request)
    body = request.json_object()
    existing = table.imports.get(body.get("operation_id") or "")
    if existing is None:
        records = _file_records(body["file_name"], body["file_content_base64"], (".csv",))
        existing = _start_import(
            ctx, table, sheet, "file", body["file_name"], records, body.get("operation_id")
        )
    return _import_answer(table, sheet, existing)


def start_sheet_request_log_import(ctx: Context, request: Request) -> Response:
    """Append a row per request log: by id, or those the filter group and text search select
    (oldest first, at most `limit`)."""
    table, sheet = store_of(ctx).sheet(request)
    body = request.json_object()
    existing = table.imports.get(body.get("operation_id") or "")
    if existing is None:
        ids = body.get("request_log_ids")
        if ids is not None:
            logs = _logs_for_source(ctx, {"request_log_ids": ids})
        else:
            if body.get("filter_group") is not None:
                _check_group(body["filter_group"], "filter_group")
            logs = [
                log
                for log in ctx.state.tracking.logs()
                if (body.get("filter_group") is None or _matches(body["filter_group"], log))
                and (not body.get("q") or _text_matches(body["q"], log))
            ]
        logs = logs[: body.get("limit") or len(logs)]
        records = _log_records(logs, body.get("variables_to_parse") or [], body.get("include_fields") or [])
        existing = _start_import(ctx, table, sheet, "request_logs", None, records, body.get("operation_id"))
    return _import_answer(table, sheet, existing)


ROUTES: dict[str, Handler] = {
    "create_table": create_table,
    "list_tables": list_tables,
    "get_table": get_table,
    "update_table": update_table,
    "delete_table": delete_table,
    "list_sheets": list_sheets,
    "create_sheet": create_sheet,
    "get_table_import_operation": get_table_import_operation,
    "get_sheet": get_sheet,
    "update_sheet": update_sheet,
    "delete_sheet": delete_sheet,
    "list_sheet_columns": list_sheet_columns,
    "create_sheet_column": create_sheet_column,
    "update_sheet_column": update_sheet_column,
    "delete_sheet_column": delete_sheet_column,
    "list_sheet_rows": list_sheet_rows,
    "add_sheet_rows": add_sheet_rows,
    "delete_sheet_rows": delete_sheet_rows,
    "get_sheet_status_counts": get_sheet_status_counts,
    "get_sheet_cell": get_sheet_cell,
    "update_sheet_cell": update_sheet_cell,
    "recalculate_sheet_cell": recalculate_sheet_cell,
    "recalculate_sheet_cells": recalculate_sheet_cells,
    "list_sheet_operations": list_sheet_operations,
    "create_sheet_operation": create_sheet_operation,
    "get_sheet_operation": get_sheet_operation,
    "cancel_sheet_operation": cancel_sheet_operation,
    "start_sheet_file_import": start_sheet_file_import,
    "start_sheet_request_log_import": start_sheet_request_log_import,
}
