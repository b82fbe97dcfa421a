"""An evaluation's requests, written once as I/O-free flows for both clients.

`EvalFlows` holds one evaluation's state on the server (its table, experiment sheet, columns
and cases) and returns the flow of each step: prepare the sheet and scorecard, record one case
(wait for its trace, import the trace as a row, fill the row's cells), mark the run's state,
compute supporting columns, score, and read the scores back. `runner.py` schedules them.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from .._transport.flow import Flow, Invoke, Sleep, exchange
from .._transport.retry import RetryPolicy
from .._transport.routes import request_for
from ..errors import PromptLayerAPIError, PromptLayerAPITimeoutError, PromptLayerNotFoundError
from ..tables.core import MAX_PAGE_SIZE, SheetCore, SheetsCore, TablesCore, answer
from ..tables.scorecards import ScorecardsCore
from ..types.table import Column, ResourceId
from . import plan, titles
from .plan import Case, EvalSpec

SYSTEM_COLUMNS = ("include_system_columns", True)
# How long a case's trace may take to show up after export, and its request logs to be priced.
TRACE_WAIT_SECONDS = 10.0
PRICE_WAIT_SECONDS = 5.0
FIRST_POLL_SECONDS = 0.05
MAX_POLL_SECONDS = 2.0
SCORE_WAIT_SECONDS = 600.0  # LLM scorers over many rows take minutes
COLUMNS_WAIT_SECONDS = 300.0
ACTIVE_CELL_STATUSES = ("STALE", "QUEUED", "DISPATCHED", "RUNNING")
TERMINAL_CALCULATION = frozenset({"completed", "failed", "cancelled"})


@dataclass
class Prepared:
    """The records an evaluation writes into."""

    table: dict[str, Any]
    sheet: dict[str, Any]
    columns: list[Column]
    cases: list[Case]
    custom_titles: list[str]
    url: str | None = None
    by_title: dict[str, Column] = field(default_factory=dict)


def polls(limit: float, first: float = FIRST_POLL_SECONDS) -> Callable[[], Flow[bool]]:
    """Sleep before the next poll, growing; False once `limit` seconds have gone by."""
    start = time.monotonic()
    delay = first

    def wait() -> Flow[bool]:
        nonlocal delay
        if time.monotonic() - start >= limit:
            return False
        yield Sleep(delay)
        delay = min(delay * 1.5, MAX_POLL_SECONDS)
        return True

    return wait


class EvalFlows:
    def __init__(self, spec: EvalSpec, policy: RetryPolicy, base_url: str) -> None:
        self.spec = spec
        self.policy = policy
        self.base_url = base_url
        self.tables = TablesCore(policy)
        self.scorecards = ScorecardsCore(policy)
        self.prepared: Prepared | None = None

    @property
    def ready(self) -> Prepared:
        assert self.prepared is not None, "prepare() runs first"
        return self.prepared

    def sheet(self) -> SheetCore:
        return SheetCore(self.policy, self.ready.table["id"], self.ready.sheet["id"])

    # -- preparing -------------------------------------------------------------------------------

    def prepare(self, status: Callable[[str], None]) -> Flow[Prepared]:
        """Resolve the table, take or add the experiment sheet, load the cases, lay out the
        columns, clear the starter row and configure the scorecard."""
        spec = self.spec
        status("Resolving Table")
        table = yield from self._table()
        status("Preparing experiment sheet")
        sheet = yield from self._experiment_sheet(table["id"])
        url = plan.dashboard_url(self.base_url, table, sheet)
        status("Loading dataset")
        raw_cases = yield from self._cases()
        if not raw_cases:
            raise plan.invalid("Eval dataset resolved to zero cases.")
        custom = plan.custom_field_titles(raw_cases)
        plan.check_field_conflicts(custom, spec.columns)
        cases = [Case.of(index, case) for index, case in enumerate(raw_cases)]
        self.prepared = Prepared(table, sheet, [], cases, custom, url)
        sheet_core = self.sheet()
        status("Setting up columns")
        columns = yield from self._list_columns(sheet_core)
        for title in plan.text_column_titles(raw_cases, custom):
            columns = yield from self._text_column(sheet_core, columns, title)
        for definition in spec.columns:
            if definition["title"] not in plan.by_title(columns):
                body = plan.column_body(definition, plan.by_title(columns))
                created = yield from sheet_core.create_column(cast(Any, body))
                columns.append(cast(Column, answer(created, "column", "creating a column")["column"]))
        self.prepared.columns = columns
        self.prepared.by_title = plan.by_title(columns)
        yield from self._clear_blank_rows(sheet_core)
        status("Setting up scorers")
        body = plan.scorecard_body(spec.name, spec.scorers, columns)
        configured = yield from self.scorecards.configure(table["id"], sheet["id"], cast(Any, body))
        answer(configured, "scorecard", "configuring the evaluation's scorecard")
        return self.prepared

    def _table(self) -> Flow[dict[str, Any]]:
        if self.spec.table_id is not None:
            try:
                found = yield from self.tables.get(self.spec.table_id)
            except PromptLayerNotFoundError:
                raise PromptLayerNotFoundError(f"Table '{self.spec.table_id}' was not found.") from None
            return dict(answer(found, "table", "getting the evaluation's table")["table"])
        table = yield from self.tables.upsert_table_by_title(self.spec.name, self.spec.folder_id)
        return dict(table)

    def _experiment_sheet(self, table_id: ResourceId) -> Flow[dict[str, Any]]:
        sheets_core = SheetsCore(self.policy, table_id)
        listed = yield from sheets_core.list()
        sheets = [dict(sheet) for sheet in listed.get("data") or [] if isinstance(sheet, dict)]
        scaffold = plan.scaffold_sheet(sheets) if self.spec.table_id is None else None
        existing = set() if scaffold else {str(s["title"]) for s in sheets if s.get("title")}
        title = plan.experiment_title(existing, self.spec.experiment_name)
        if scaffold is not None:
            updated = yield from SheetCore(self.policy, table_id, scaffold["id"]).update({"title": title})
            return dict(answer(updated, "sheet", f"preparing experiment sheet {title!r}")["sheet"])
        created = yield from sheets_core.create({"title": title})
        return dict(answer(created, "sheet", f"creating experiment sheet {title!r}")["sheet"])

    def _cases(self) -> Flow[list[dict[str, Any]]]:
        dataset = self.spec.dataset
        if isinstance(dataset, list):
            return dataset
        table_id = dataset["table_id"]
        sheet_id = dataset.get("sheet_id")
        if sheet_id is None:
            sheet = yield from SheetsCore(self.policy, table_id).ensure_default_sheet()
            sheet_id = sheet["id"]
        source = SheetCore(self.policy, table_id, sheet_id)
        columns = yield from self._list_columns(source)
        rows = yield from self._all_rows(source)
        return plan.cases_from_rows(rows, columns)

    def _list_columns(self, sheet: SheetCore) -> Flow[list[Column]]:
        request = request_for(
            "list_sheet_columns",
            sheet.doing("listing columns"),
            path_params=sheet.path(),
            params=[SYSTEM_COLUMNS],
        )
        page = yield from sheet.send(request)
        return list(page.get("columns") or page.get("data") or [])

    def _all_rows(self, sheet: SheetCore, *, metadata: bool = False) -> Flow[list[dict[str, Any]]]:
        rows: list[dict[str, Any]] = []
        cursor: str | None = None
        while True:
            query: list[tuple[str, Any]] = [SYSTEM_COLUMNS, ("limit", MAX_PAGE_SIZE)]
            if metadata:
                query.append(("include_execution_metadata_aggregates", True))
            if cursor is not None:
                query += [("cursor", cursor), ("include_columns", False)]
            request = request_for(
                "list_sheet_rows", sheet.doing("listing rows"), path_params=sheet.path(), params=query
            )
            page = yield from sheet.send(request)
            if metadata and cursor is None and isinstance(page.get("columns"), list):
                self.ready.by_title.update(plan.by_title(page["columns"]))
            rows.extend(row for row in page.get("data") or page.get("rows") or [] if isinstance(row, dict))
            pagination = page.get("pagination")
            cursor = pagination.get("next_cursor") if isinstance(pagination, Mapping) else None
            if not cursor:
                return rows

    def _text_column(self, sheet: SheetCore, columns: list[Column], title: str) -> Flow[list[Column]]:
        """`columns` with a TEXT column titled `title`: there already (also under its legacy
        title), the starter "Column A" renamed, or a new one."""
        titled = plan.by_title(columns)
        legacy = titles.LEGACY_TITLES.get(title)
        if title in titled or (legacy is not None and legacy in titled):
            return columns
        scaffold = plan.scaffold_column(columns)
        if scaffold is not None:
            updated = yield from sheet.update_column(scaffold["id"], {"title": title})
            column = {**(updated.get("column") or scaffold), "title": title}
            return [cast(Column, column) if c.get("id") == scaffold["id"] else c for c in columns]
        created = yield from sheet.create_column({"title": title, "type": "TEXT"})
        return [
            *columns,
            cast(Column, answer(created, "column", f"creating eval column {title!r}")["column"]),
        ]

    def _clear_blank_rows(self, sheet: SheetCore) -> Flow[None]:
        query = [SYSTEM_COLUMNS, ("order", "asc"), ("limit", 20), ("include_columns", False)]
        request = request_for(
            "list_sheet_rows", sheet.doing("listing rows"), path_params=sheet.path(), params=query
        )
        page = yield from sheet.send(request)
        blank = plan.blank_rows(page.get("data") or page.get("rows") or [])
        if blank:
            delete = request_for(
                "delete_sheet_rows",
                sheet.doing("deleting the starter rows"),
                path_params=sheet.path(),
                body={"row_indices": blank},
            )
            yield from sheet.send(delete)

    # -- the run's state -------------------------------------------------------------------------

    def mark(self, body: dict[str, Any]) -> Flow[None]:
        """Tell an open dashboard the run's state (running with its case count, completed, aborted)."""
        yield from self.sheet().update(cast(Any, body))

    # -- one case --------------------------------------------------------------------------------

    def record(self, case: Case, flush: Callable[[], Any]) -> Flow[None]:
        """Make the case's row: its trace imported (once PromptLayer has it, with its request
        logs priced), then its input, expected values, dataset fields and output written."""
        ready = self.ready
        if case.trace_id:
            yield Invoke(flush)
            if case.nested_spans != 0:  # the case's span alone makes no request log to wait for
                yield from self._await_trace(case.trace_id)
            imported = yield from self.tables.add_trace(
                {
                    "trace_id": case.trace_id,
                    "sheet_id": ready.sheet["id"],
                    "smart_table_id": ready.table["id"],
                    "metadata": {"eval_name": self.spec.name},
                }
            )
            row: Any = imported.get("row") if isinstance(imported, dict) else None
            if not isinstance(row, dict):
                raise PromptLayerAPIError(
                    f"Error importing the trace of case {case.index}: the answer has no row"
                )
        else:  # no tracing: a plain row
            added = yield from self.sheet().add_rows({"count": 1})
            rows = added.get("rows") or []
            if not rows or not isinstance(rows[0], dict):
                raise PromptLayerAPIError(f"Error adding the row of case {case.index}: the answer has no row")
            row = rows[0]
        if row.get("row_index") is not None:
            case.row_index = int(row["row_index"])
        sheet = self.sheet()
        for cell_id, body in plan.cell_updates(row, ready.by_title, case.values(ready.custom_titles)):
            yield from sheet.update_cell(cell_id, cast(Any, body))

    def _await_trace(self, trace_id: str) -> Flow[None]:
        """Wait until the trace can be read, then (bounded) until its request logs carry a price."""
        wait = polls(TRACE_WAIT_SECONDS)
        request = request_for("get_trace", f"reading trace {trace_id!r}", path_params={"trace_id": trace_id})
        while True:
            response = yield from exchange(request, self.policy)
            if response.status_code == 200:
                break
            if response.status_code != 404 or not (yield from wait()):
                raise PromptLayerAPITimeoutError(
                    f"Error {request.action}: PromptLayer did not show the trace "
                    f"within {TRACE_WAIT_SECONDS:g} s"
                )
        trace = response.json() if response.content else {}
        log_ids = _request_log_ids(trace)
        if not log_ids:
            return
        wait = polls(PRICE_WAIT_SECONDS)
        while True:
            for log_id in log_ids:
                log = yield from self._request_log(log_id)
                price = log.get("price") if isinstance(log, dict) else None
                if isinstance(price, (int, float)) and not isinstance(price, bool):
                    return
            if not (yield from wait()):
                return  # imported without the price: the row shows none, as the official SDK's would

    def _request_log(self, log_id: int) -> Flow[Any]:
        request = request_for(
            "get_request", f"reading request log {log_id}", path_params={"request_id": log_id}
        )
        response = yield from exchange(request, self.policy)
        return response.json() if response.status_code == 200 and response.content else None

    # -- concluding ------------------------------------------------------------------------------

    def compute_columns(self, row_indices: Sequence[int]) -> Flow[None]:
        """Compute the supporting columns (`columns=`) over the new rows, and wait for them."""
        ids = [
            str(column["id"])
            for definition in self.spec.columns
            if (column := self.ready.by_title.get(definition["title"])) is not None and column.get("id")
        ]
        if not ids:
            return
        sheet = self.sheet()
        body = {"operation": "recalculate", "column_ids": ids, "row_ids": list(row_indices)}
        request = request_for(
            "create_sheet_operation",
            sheet.doing("computing supporting columns"),
            path_params=sheet.path(),
            body=body,
        )
        yield from sheet.send(request)
        wait = polls(COLUMNS_WAIT_SECONDS, 0.2)
        while True:
            counts = yield from sheet.status_counts()
            if _cells_settled(counts):
                return
            if not (yield from wait()):
                raise PromptLayerAPITimeoutError(
                    "Timed out waiting for eval cells on the experiment sheet to finish."
                )

    def score(self, progress: Callable[[int, int], None]) -> Flow[dict[str, Any]]:
        """Recalculate the scorecard and wait for it: the finished scorecard read."""
        ready = self.ready
        table_id, sheet_id = ready.table["id"], ready.sheet["id"]
        started = yield from self.scorecards.recalculate(table_id, sheet_id)
        calculation_id = started.get("calculation_id") if isinstance(started, dict) else None
        if not calculation_id:
            raise PromptLayerAPIError("Failed to start scorecard recalculation for this eval.")
        wait = polls(SCORE_WAIT_SECONDS, 0.1)
        while True:
            payload = dict((yield from self.scorecards.get(table_id, sheet_id)))
            counts: Any = payload.get("progress") or {}
            if isinstance(counts.get("scored_rows"), int) and isinstance(counts.get("total_rows"), int):
                progress(counts["scored_rows"], counts["total_rows"])
            if _calculation_done(payload, str(calculation_id)):
                return payload
            if not (yield from wait()):
                raise PromptLayerAPITimeoutError("Timed out waiting for scorecard calculation to finish.")

    def row_scores(self, row_index: int, payload: Mapping[str, Any]) -> Flow[dict[str, Any]]:
        """One row's scores by scorer title, from the calculation `payload` finished."""
        scorecard = payload.get("scorecard") or {}
        steps: list[Any] = scorecard["steps"] if isinstance(scorecard.get("steps"), list) else []
        calculation = (payload.get("latest_calculation") or {}).get("id")
        options = {"calculation_id": str(calculation)} if calculation is not None else None
        ready = self.ready
        row = yield from self.scorecards.get_row(
            ready.table["id"], ready.sheet["id"], row_index, cast(Any, options)
        )
        return plan.row_scores(row, steps)

    def metrics(self) -> Flow[dict[int, dict[str, float | None]]]:
        """Price and latency of each row, from the sheet's execution metadata."""
        rows = yield from self._all_rows(self.sheet(), metadata=True)
        return plan.row_metrics(rows, list(self.ready.by_title.values()))


def _request_log_ids(trace: Any) -> list[int]:
    ids: dict[int, None] = {}
    for span in (trace.get("spans") if isinstance(trace, dict) else None) or []:
        value = span.get("request_log_id") if isinstance(span, dict) else None
        if value is None or isinstance(value, bool):
            continue
        try:
            ids.setdefault(int(value), None)
        except (TypeError, ValueError):
            continue
    return list(ids)


def _cells_settled(payload: Any) -> bool:
    if not isinstance(payload, dict):
        return False
    total, counts = payload.get("total_cells"), payload.get("status_counts") or payload.get("counts")
    if not isinstance(total, int) or not isinstance(counts, dict):
        return False
    if total == 0:
        return True

    def count(status: str) -> int:
        value = counts.get(status, counts.get(status.lower(), 0))
        return int(value) if isinstance(value, int) and not isinstance(value, bool) else 0

    if any(count(status) for status in ACTIVE_CELL_STATUSES):
        return False
    return count("COMPLETED") + count("FAILED") == total


def _calculation_done(payload: Mapping[str, Any], calculation_id: str) -> bool:
    latest = payload.get("latest_calculation") or {}
    status = str(latest.get("status") or "").lower()
    if status in ("queued", "running"):
        return False
    if status in TERMINAL_CALCULATION:
        return True
    if latest.get("id") is not None and str(latest["id"]) != calculation_id:
        return False
    return str((payload.get("scorecard") or {}).get("status") or "").lower() in (
        "completed",
        "failed",
        "stale",
        "ready",
    )
