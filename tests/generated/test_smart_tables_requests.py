"""The generated smart-tables operations send what openapi.yaml says and parse what the service answers.

One table of cases, each run through `sync_detailed` and `asyncio_detailed`: the exact method, path,
query and JSON body sent, then the typed reading of a canned answer shaped like the service's.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, TypeVar
from uuid import UUID

import pytest
from promptlayer_api.api.smart_tables import (
    add_sheet_rows,
    create_sheet,
    create_sheet_column,
    create_table,
    delete_sheet_column,
    delete_sheet_rows,
    delete_table,
    get_sheet_cell,
    get_sheet_status_counts,
    get_table,
    get_table_import_operation,
    list_sheet_columns,
    list_sheet_rows,
    list_sheets,
    list_tables,
    recalculate_sheet_cell,
    recalculate_sheet_cells,
    update_sheet,
    update_sheet_cell,
    update_sheet_column,
    update_table,
)
from promptlayer_api.models import (
    CellDetailResponse,
    CellRecalculateBatchRequest,
    CellRecalculateBatchResponse,
    CellRecalculateResponse,
    CellStatus,
    CellUpdateRequest,
    CellUpdateResponse,
    ColumnCreateRequest,
    ColumnCreateRequestConfigType0,
    ColumnCreateResponse,
    ColumnDeleteResponse,
    ColumnDependency,
    ColumnListResponse,
    ColumnType,
    ColumnUpdateRequest,
    ColumnUpdateResponse,
    ErrorResponse,
    RowAddRequest,
    RowAddRequestValuesType0Item,
    RowAddResponse,
    RowDeleteRequest,
    RowDeleteResponse,
    RowListResponse,
    SheetCreateAcceptedResponse,
    SheetCreateRequest,
    SheetDetailResponse,
    SheetFileSource,
    SheetListResponse,
    SheetRequestLogsSource,
    SheetStatusCountsResponse,
    SheetUpdateRequest,
    SheetUpdateResponse,
    TableCreateRequest,
    TableCreateResponse,
    TableDeleteResponse,
    TableDetail,
    TableDetailResponse,
    TableImportOperationResponse,
    TableImportSource,
    TableImportStatus,
    TableListResponse,
    TableSortOrder,
    TableUpdateRequest,
)
from promptlayer_api.types import UNSET, Unset

from tests.generated.test_requests import Recorder, assert_auth, call, make_client

TABLE = UUID("0b6f1c1e-8c1a-4a39-9d0e-3f1f0c2b7a11")
SHEET = UUID("5d2a7f3e-1b4c-4e8a-a6d1-9c0e2f4b8a22")
COLUMN = UUID("9e8d7c6b-5a49-4382-b1a0-f9e8d7c6b533")
INPUT_COLUMN = UUID("1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c44")
CELL = UUID("c0ffee00-1234-4abc-8def-0123456789ab")
STAMP = "2026-03-01T12:00:00+00:00"
BASE = f"/api/public/v2/tables/{TABLE}"
SHEET_PATH = f"{BASE}/sheets/{SHEET}"
IDS = {"table_id": TABLE, "sheet_id": SHEET}
T = TypeVar("T")

TABLE_JSON = {
    "id": str(TABLE),
    "workspace_id": 3,
    "title": "Regression suite",
    "folder_id": None,
    "sheet_count": 1,
    "created_at": STAMP,
    "updated_at": STAMP,
}
SHEET_JSON = {
    "id": str(SHEET),
    "table_id": str(TABLE),
    "workspace_id": 3,
    "title": "Sheet 1",
    "index": 0,
    "row_count": 1,
    "version_count": 2,
    "created_at": STAMP,
    "updated_at": STAMP,
}
COLUMN_JSON = {
    "id": str(COLUMN),
    "sheet_id": str(SHEET),
    "workspace_id": 3,
    "title": "Answer",
    "type": "PROMPT_TEMPLATE",
    "config": {"template": {"name": "qa"}},
    "position_rank": 1.5,
    "is_output_column": True,
}
CELL_JSON = {
    "id": str(CELL),
    "sheet_id": str(SHEET),
    "column_id": str(COLUMN),
    "row_index": 0,
    "status": "completed",
    "display_value": "Paris",
    "value": {"text": "Paris"},
    "error": None,
    "input_hash": "ab12",
    "updated_at": STAMP,
    "request_metrics": {
        "request_count": 1,
        "request_ids": [501],
        "latency_ms": 840,
        "price": 0.0021,
        "input_tokens": 120,
        "output_tokens": 4,
        "trace_ids": [],
    },
    "execution_id": None,
    "last_computed_version": 2,
    "error_message": None,
}
IMPORT_JSON = {
    "operation_id": "imp-1",
    "source": "file",
    "status": "pending",
    "progress": None,
    "message": None,
    "rows_added": None,
    "row_count": None,
    "file_name": "cases.csv",
    "error_message": None,
    "created_at": STAMP,
    "updated_at": None,
}


@dataclass
class Case:
    """One request the spec pins down and one answer it must parse."""

    module: ModuleType
    method: str
    path: str
    check: Callable[[Any], None]
    kwargs: dict[str, Any] = field(default_factory=dict)
    query: list[tuple[str, str]] = field(default_factory=list)
    sent: Any = None  # the JSON body expected; None: no body at all
    status: int = 200
    answer: Any = field(default_factory=lambda: {"success": True})


def given(value: T | Unset | None) -> T:
    """A field the answer carried; reading one the parser dropped fails here, not as an AttributeError."""
    assert not isinstance(value, Unset) and value is not None
    return value


def check_created_table(parsed: Any) -> None:
    assert isinstance(parsed, TableCreateResponse)
    assert isinstance(parsed.table, TableDetail)
    assert parsed.table.id == TABLE and parsed.table.folder_id is None
    assert given(parsed.table.sheet_row_counts)[str(SHEET)] == 1
    assert parsed.table.created_at == dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)
    assert given(parsed.default_sheet).title == "Sheet 1"


def check_table_list(parsed: Any) -> None:
    assert isinstance(parsed, TableListResponse)
    assert [table.title for table in given(parsed.data)] == ["Regression suite"]
    assert parsed.next_cursor == "c2" and parsed.has_more is True


def check_table_detail(parsed: Any) -> None:
    assert isinstance(parsed, TableDetailResponse)
    assert given(parsed.table).title == "Renamed"


def check_table_deleted(parsed: Any) -> None:
    assert isinstance(parsed, TableDeleteResponse)
    assert parsed.success is True and parsed.message == "Table deleted"


def check_sheet_list(parsed: Any) -> None:
    assert isinstance(parsed, SheetListResponse)
    sheet = given(parsed.data)[0]
    assert sheet.id == SHEET and sheet.version_count == 2
    assert parsed.next_cursor is None


def check_import_started(parsed: Any) -> None:
    assert isinstance(parsed, SheetCreateAcceptedResponse)
    assert parsed.operation_id == "imp-1"
    operation = given(parsed.operation)
    assert operation.status is TableImportStatus.PENDING
    assert operation.source is TableImportSource.FILE
    assert operation.updated_at is None
    assert given(parsed.sheet).table_id == TABLE


def check_blank_sheet(parsed: Any) -> None:
    assert isinstance(parsed, SheetDetailResponse)
    assert given(parsed.sheet).title == "Sheet 1"


def check_import_operation(parsed: Any) -> None:
    assert isinstance(parsed, TableImportOperationResponse)
    operation = given(parsed.operation)
    assert operation.status is TableImportStatus.COMPLETED
    assert operation.rows_added == 40 and operation.progress == 1.0


def check_sheet_updated(parsed: Any) -> None:
    assert isinstance(parsed, SheetUpdateResponse)
    assert parsed.version == 3 and given(parsed.sheet).index == 0


def check_column_list(parsed: Any) -> None:
    assert isinstance(parsed, ColumnListResponse)
    known, newer = given(parsed.data)
    assert known.type_ is ColumnType.PROMPT_TEMPLATE
    assert given(known.config).additional_properties == {"template": {"name": "qa"}}
    # A kind the published list lacks (the official SDK knows TRAJECTORY) still parses.
    assert isinstance(newer.type_, ColumnType) and newer.type_ == "TRAJECTORY"


def check_column_created(parsed: Any) -> None:
    assert isinstance(parsed, ColumnCreateResponse)
    column = given(parsed.column)
    assert column.id == COLUMN and column.is_output_column is True
    assert [cell.status for cell in given(parsed.cells)] == [CellStatus.STALE]
    assert parsed.version == 3


def check_column_updated(parsed: Any) -> None:
    assert isinstance(parsed, ColumnUpdateResponse)
    assert parsed.requires_recalculation is True
    assert parsed.affected_column_ids == [COLUMN]


def check_column_deleted(parsed: Any) -> None:
    assert isinstance(parsed, ColumnDeleteResponse)
    assert parsed.stale_count == 2 and parsed.version == 5


def check_rows(parsed: Any) -> None:
    assert isinstance(parsed, RowListResponse)
    row = given(parsed.data)[0]
    assert row.row_index == 0
    cell = given(row.cells)[str(COLUMN)]
    assert cell.id == CELL and cell.value == {"text": "Paris"}
    metrics = given(cell.request_metrics)
    assert metrics.price == 0.0021 and metrics.request_ids == [501]
    assert [column.title for column in given(parsed.columns)] == ["Answer"]
    aggregates = given(parsed.execution_metadata_aggregates)
    price = aggregates.sheet.by_metric["price"]
    assert price.sum_ == 0.0021 and price.avg == 0.0021 and price.column_id is UNSET
    assert aggregates.by_column_id[str(COLUMN)].source_column_id == COLUMN
    assert given(parsed.pagination).next_cursor == "r2"
    assert parsed.row_count == 41 and parsed.version == 2


def check_rows_added(parsed: Any) -> None:
    assert isinstance(parsed, RowAddResponse)
    assert parsed.rows_created == 2 and parsed.row_indices == [1, 2]
    first = given(parsed.rows)[0]
    assert given(first.cells)[str(INPUT_COLUMN)].display_value == "q1"


def check_rows_deleted(parsed: Any) -> None:
    assert isinstance(parsed, RowDeleteResponse)
    assert parsed.success is True and parsed.additional_properties == {"deleted_count": 2}


def check_no_body(parsed: Any) -> None:
    assert parsed is None


def check_status_counts(parsed: Any) -> None:
    assert isinstance(parsed, SheetStatusCountsResponse)
    assert parsed.total_cells == 6
    assert given(parsed.status_counts).additional_properties == {"COMPLETED": 4, "FAILED": 1, "RUNNING": 1}


def check_cell(parsed: Any) -> None:
    assert isinstance(parsed, CellDetailResponse)
    cell = given(parsed.cell)
    assert cell.status is CellStatus.COMPLETED
    assert cell.last_computed_version == 2 and cell.execution_id is None
    assert given(cell.request_metrics).output_tokens == 4


def check_cell_updated(parsed: Any) -> None:
    assert isinstance(parsed, CellUpdateResponse)
    assert given(parsed.cell).display_value == "Paris" and parsed.stale_count == 2


def check_batch_started(parsed: Any) -> None:
    assert isinstance(parsed, CellRecalculateBatchResponse)
    assert parsed.execution_id == "ex-9" and parsed.cell_count == 3 and parsed.selected_cell_count == 1


def check_cell_started(parsed: Any) -> None:
    assert isinstance(parsed, CellRecalculateResponse)
    assert parsed.execution_id == "ex-10" and parsed.cell_count == 1


def check_nothing_to_do(parsed: Any) -> None:
    assert isinstance(parsed, ErrorResponse)
    assert parsed.message == "No cells to recalculate"


ROW_JSON = {"row_index": 0, "cells": {str(COLUMN): CELL_JSON}}
PRICE = {"metric_key": "price", "metric_label": "Price", "count": 1, "sum": 0.0021, "avg": 0.0021}
PRICE_COLUMN = {**PRICE, "column_id": str(INPUT_COLUMN), "source_column_id": str(COLUMN)}

CASES = {
    "create_table": Case(
        create_table,
        "POST",
        "/api/public/v2/tables",
        check_created_table,
        kwargs={"body": TableCreateRequest(title="Regression suite", folder_id=8)},
        sent={"title": "Regression suite", "folder_id": 8, "create_default_sheet": True},
        status=201,
        answer={
            "success": True,
            "table": {**TABLE_JSON, "sheet_row_counts": {str(SHEET): 1}},
            "default_sheet": SHEET_JSON,
        },
    ),
    "create_table_without_body": Case(
        create_table,
        "POST",
        "/api/public/v2/tables",
        check_created_table,
        status=201,
        answer={
            "success": True,
            "table": {**TABLE_JSON, "sheet_row_counts": {str(SHEET): 1}},
            "default_sheet": SHEET_JSON,
        },
    ),
    "list_tables": Case(
        list_tables,
        "GET",
        "/api/public/v2/tables",
        check_table_list,
        kwargs={
            "folder_id": 8,
            "name": "regr",
            "cursor": "c1",
            "limit": 50,
            "order": TableSortOrder.ASC,
            "prompt_id": 11,
            "prompt_label_id": 12,
            "page": 2,
        },
        query=[
            ("folder_id", "8"),
            ("name", "regr"),
            ("cursor", "c1"),
            ("limit", "50"),
            ("order", "asc"),
            ("prompt_id", "11"),
            ("prompt_label_id", "12"),
            ("page", "2"),
        ],
        answer={"data": [TABLE_JSON], "next_cursor": "c2", "has_more": True},
    ),
    "update_table": Case(
        update_table,
        "PATCH",
        BASE,
        check_table_detail,
        kwargs={"table_id": TABLE, "body": TableUpdateRequest(title="Renamed", folder_id=None)},
        sent={"title": "Renamed", "folder_id": None},
        answer={"success": True, "table": {**TABLE_JSON, "title": "Renamed", "sheet_row_counts": {}}},
    ),
    "get_table": Case(
        get_table,
        "GET",
        BASE,
        check_table_detail,
        kwargs={"table_id": TABLE},
        answer={"success": True, "table": {**TABLE_JSON, "title": "Renamed"}},
    ),
    "delete_table": Case(
        delete_table,
        "DELETE",
        BASE,
        check_table_deleted,
        kwargs={"table_id": TABLE},
        answer={"success": True, "message": "Table deleted"},
    ),
    "list_sheets": Case(
        list_sheets,
        "GET",
        f"{BASE}/sheets",
        check_sheet_list,
        kwargs={"table_id": TABLE, "limit": 5, "order": TableSortOrder.DESC, "prompt_version_id": 21},
        query=[("limit", "5"), ("order", "desc"), ("prompt_version_id", "21")],
        answer={"data": [SHEET_JSON], "next_cursor": None, "has_more": False},
    ),
    "create_sheet_from_file": Case(
        create_sheet,
        "POST",
        f"{BASE}/sheets",
        check_import_started,
        kwargs={
            "table_id": TABLE,
            "body": SheetCreateRequest(
                title="Imported",
                operation_id="imp-1",
                source=SheetFileSource(file_name="cases.csv", file_content_base64="aW5wdXQK"),
            ),
        },
        sent={
            "title": "Imported",
            "operation_id": "imp-1",
            "source": {"type": "file", "file_name": "cases.csv", "file_content_base64": "aW5wdXQK"},
        },
        status=202,
        answer={
            "success": True,
            "message": "Import started",
            "operation_id": "imp-1",
            "operation": IMPORT_JSON,
            "sheet": SHEET_JSON,
        },
    ),
    "create_sheet_from_request_logs": Case(
        create_sheet,
        "POST",
        f"{BASE}/sheets",
        check_blank_sheet,
        kwargs={
            "table_id": TABLE,
            "body": SheetCreateRequest(
                index=1,
                source=SheetRequestLogsSource(
                    request_log_ids=[501, 502],
                    prompt_id=None,
                    start_time=dt.datetime(2026, 2, 1, tzinfo=dt.UTC),
                ),
            ),
        },
        sent={
            "index": 1,
            "source": {
                "type": "request_logs",
                "request_log_ids": [501, 502],
                "prompt_id": None,
                "start_time": "2026-02-01T00:00:00+00:00",
            },
        },
        status=201,
        answer={"success": True, "sheet": SHEET_JSON},
    ),
    "get_table_import_operation": Case(
        get_table_import_operation,
        "GET",
        f"{BASE}/sheets/operations/imp%201%2F2",
        check_import_operation,
        kwargs={"table_id": TABLE, "operation_id": "imp 1/2"},
        answer={
            "success": True,
            "operation": {**IMPORT_JSON, "status": "completed", "progress": 1.0, "rows_added": 40},
        },
    ),
    "update_sheet": Case(
        update_sheet,
        "PATCH",
        SHEET_PATH,
        check_sheet_updated,
        kwargs={
            **IDS,
            "body": SheetUpdateRequest(title="Run 2", expected_row_count=40, eval_run_status="running"),
        },
        sent={"title": "Run 2", "expected_row_count": 40, "eval_run_status": "running"},
        answer={"success": True, "sheet": SHEET_JSON, "version": 3},
    ),
    "list_sheet_columns": Case(
        list_sheet_columns,
        "GET",
        f"{SHEET_PATH}/columns",
        check_column_list,
        kwargs={**IDS, "include_system_columns": True, "cursor": "k1", "limit": 10},
        query=[("include_system_columns", "true"), ("cursor", "k1"), ("limit", "10")],
        answer={
            "data": [COLUMN_JSON, {**COLUMN_JSON, "type": "TRAJECTORY"}],
            "next_cursor": None,
            "has_more": False,
        },
    ),
    "create_sheet_column": Case(
        create_sheet_column,
        "POST",
        f"{SHEET_PATH}/columns",
        check_column_created,
        kwargs={
            **IDS,
            "body": ColumnCreateRequest(
                title="Answer",
                type_=ColumnType.PROMPT_TEMPLATE,
                config=ColumnCreateRequestConfigType0.from_dict({"template": {"name": "qa"}}),
                dependencies=[ColumnDependency(column_id=INPUT_COLUMN, config_key="question")],
                is_output_column=True,
            ),
        },
        sent={
            "title": "Answer",
            "type": "PROMPT_TEMPLATE",
            "config": {"template": {"name": "qa"}},
            "dependencies": [
                {"column_id": str(INPUT_COLUMN), "reference_type": "value", "config_key": "question"}
            ],
            "is_output_column": True,
        },
        status=201,
        answer={
            "success": True,
            "column": COLUMN_JSON,
            "cells": [{**CELL_JSON, "status": "stale", "request_metrics": None}],
            "version": 3,
        },
    ),
    "update_sheet_column": Case(
        update_sheet_column,
        "PATCH",
        f"{SHEET_PATH}/columns/{COLUMN}",
        check_column_updated,
        kwargs={
            **IDS,
            "column_id": COLUMN,
            "body": ColumnUpdateRequest(title="Answer v2", type_=ColumnType.LLM_ASSERTION, dependencies=None),
        },
        sent={"title": "Answer v2", "type": "LLM_ASSERTION", "dependencies": None},
        answer={
            "success": True,
            "column": COLUMN_JSON,
            "requires_recalculation": True,
            "affected_column_ids": [str(COLUMN)],
            "version": 4,
        },
    ),
    "delete_sheet_column": Case(
        delete_sheet_column,
        "DELETE",
        f"{SHEET_PATH}/columns/{COLUMN}",
        check_column_deleted,
        kwargs={**IDS, "column_id": COLUMN},
        answer={"success": True, "message": "Column deleted", "stale_count": 2, "version": 5},
    ),
    "list_sheet_rows": Case(
        list_sheet_rows,
        "GET",
        f"{SHEET_PATH}/rows",
        check_rows,
        kwargs={
            **IDS,
            "include_system_columns": False,
            "include_execution_metadata_aggregates": True,
            "cursor": "r1",
            "limit": 2,
            "order": TableSortOrder.ASC,
            "include_columns": True,
            "include_row_count": True,
        },
        query=[
            ("include_system_columns", "false"),
            ("include_execution_metadata_aggregates", "true"),
            ("cursor", "r1"),
            ("limit", "2"),
            ("order", "asc"),
            ("include_columns", "true"),
            ("include_row_count", "true"),
        ],
        answer={
            "data": [ROW_JSON],
            "next_cursor": "r2",
            "has_more": True,
            "row_count": 41,
            "columns": [COLUMN_JSON],
            "version": 2,
            "execution_metadata_aggregates": {
                "by_column_id": {str(COLUMN): PRICE_COLUMN},
                "sheet": {"by_metric": {"price": PRICE}},
            },
            "pagination": {"next_cursor": "r2"},
        },
    ),
    "add_sheet_rows": Case(
        add_sheet_rows,
        "POST",
        f"{SHEET_PATH}/rows",
        check_rows_added,
        kwargs={
            **IDS,
            "body": RowAddRequest(
                count=2,
                values=[
                    RowAddRequestValuesType0Item.from_dict({str(INPUT_COLUMN): "q1"}),
                    RowAddRequestValuesType0Item.from_dict({str(INPUT_COLUMN): "q2"}),
                ],
            ),
        },
        sent={"count": 2, "values": [{str(INPUT_COLUMN): "q1"}, {str(INPUT_COLUMN): "q2"}]},
        status=201,
        answer={
            "success": True,
            "rows_created": 2,
            "start_row_index": 1,
            "row_indices": [1, 2],
            "rows": [
                {"row_index": 1, "cells": {str(INPUT_COLUMN): {**CELL_JSON, "display_value": "q1"}}},
            ],
            "cell_count": 4,
            "row_count": 3,
            "version": 3,
        },
    ),
    "delete_sheet_rows": Case(
        delete_sheet_rows,
        "DELETE",
        f"{SHEET_PATH}/rows",
        check_rows_deleted,
        kwargs={**IDS, "body": RowDeleteRequest(row_indices=[0, 3])},
        sent={"row_indices": [0, 3]},
        answer={"success": True, "deleted_count": 2},
    ),
    "delete_sheet_rows_empty_answer": Case(
        delete_sheet_rows,
        "DELETE",
        f"{SHEET_PATH}/rows",
        check_no_body,
        kwargs={**IDS, "body": RowDeleteRequest(row_indices=[0])},
        sent={"row_indices": [0]},
        status=204,
        answer=None,
    ),
    "get_sheet_status_counts": Case(
        get_sheet_status_counts,
        "GET",
        f"{SHEET_PATH}/status-counts",
        check_status_counts,
        kwargs=IDS,
        answer={
            "success": True,
            "total_cells": 6,
            "status_counts": {"COMPLETED": 4, "FAILED": 1, "RUNNING": 1},
        },
    ),
    "get_sheet_cell": Case(
        get_sheet_cell,
        "GET",
        f"{SHEET_PATH}/cells/{CELL}",
        check_cell,
        kwargs={**IDS, "cell_id": CELL},
        answer={"success": True, "cell": CELL_JSON},
    ),
    "update_sheet_cell": Case(
        update_sheet_cell,
        "PATCH",
        f"{SHEET_PATH}/cells/{CELL}",
        check_cell_updated,
        kwargs={
            **IDS,
            "cell_id": CELL,
            "body": CellUpdateRequest(display_value="Paris", value={"text": "Paris"}),
        },
        sent={"display_value": "Paris", "value": {"text": "Paris"}},
        answer={"success": True, "cell": CELL_JSON, "version": 3, "stale_count": 2},
    ),
    "recalculate_sheet_cells": Case(
        recalculate_sheet_cells,
        "POST",
        f"{SHEET_PATH}/cells/recalculations",
        check_batch_started,
        kwargs={**IDS, "body": CellRecalculateBatchRequest(cell_ids=[CELL], row_indices=[0])},
        sent={"cell_ids": [str(CELL)], "row_indices": [0]},
        status=202,
        answer={"success": True, "execution_id": "ex-9", "cell_count": 3, "selected_cell_count": 1},
    ),
    "recalculate_sheet_cell": Case(
        recalculate_sheet_cell,
        "POST",
        f"{SHEET_PATH}/cells/{CELL}/recalculations",
        check_cell_started,
        kwargs={**IDS, "cell_id": CELL},
        status=202,
        answer={"success": True, "execution_id": "ex-10", "cell_count": 1},
    ),
    "recalculate_sheet_cell_nothing_to_do": Case(
        recalculate_sheet_cell,
        "POST",
        f"{SHEET_PATH}/cells/{CELL}/recalculations",
        check_nothing_to_do,
        kwargs={**IDS, "cell_id": CELL},
        answer={"success": False, "message": "No cells to recalculate"},
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_smart_tables_request_and_answer(mode: str, name: str) -> None:
    case = CASES[name]
    recorder = Recorder(case.status, case.answer)
    response = call(mode, case.module, client=make_client(recorder, mode), **case.kwargs)

    request = recorder.only
    assert_auth(request)
    assert request.method == case.method
    assert request.url.raw_path.split(b"?")[0].decode() == case.path
    assert request.url.params.multi_items() == case.query
    if case.sent is None:
        assert request.content == b""
    else:
        assert request.headers["content-type"] == "application/json"
        assert json.loads(request.content) == case.sent
    assert response.status_code == case.status
    case.check(response.parsed)
