"""Smart tables on the local server, through the generated client (sync and async) over sockets.

Each test runs on a server of its own (in the root mode), and checks what the service
promises: the request as the spec says (bad ones are 422s), the answer in the typed model, and
the change as every other operation that reads the same state sees it. Background work
(computed cells, imports, score calculations) finishes by the next request when
`compute_seconds` is 0, or is held with a long delay and finished with `run_pending`: no sleeps.
"""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Iterator
from types import ModuleType
from typing import Any
from uuid import UUID

import pytest
from promptlayer_api.api.smart_tables import (
    add_sheet_rows,
    create_sheet,
    create_sheet_column,
    create_table,
    delete_sheet,
    delete_sheet_column,
    delete_sheet_rows,
    delete_table,
    get_sheet,
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
from promptlayer_api.api.tables import (
    cancel_sheet_operation,
    cancel_sheet_scorecard,
    configure_sheet_score,
    configure_sheet_scorecard,
    create_sheet_operation,
    create_sheet_version,
    delete_sheet_scorecard,
    get_scorecard_calculation,
    get_scorecard_row,
    get_sheet_operation,
    get_sheet_score,
    get_sheet_score_history,
    get_sheet_scorecard,
    get_sheet_version,
    list_scorecard_rows,
    list_sheet_operations,
    list_sheet_versions,
    migrate_legacy_sheet_score,
    recalculate_sheet_score,
    recalculate_sheet_scorecard,
    start_sheet_file_import,
    start_sheet_request_log_import,
)
from promptlayer_api.models import (
    CellDetailResponse,
    CellRecalculateBatchRequest,
    CellRecalculateBatchResponse,
    CellRecalculateResponse,
    CellUpdateRequest,
    CellUpdateResponse,
    ColumnCreateRequest,
    ColumnCreateResponse,
    ColumnDeleteResponse,
    ColumnListResponse,
    ColumnUpdateRequest,
    ColumnUpdateResponse,
    ErrorResponse,
    RowAddRequest,
    RowAddResponse,
    RowDeleteRequest,
    RowDeleteResponse,
    RowListResponse,
    ScorecardCalculationResponse,
    ScorecardCancelResponse,
    ScorecardConfigureRequest,
    ScorecardConfigureResponse,
    ScorecardDeleteResponse,
    ScorecardGetResponse,
    ScorecardMigrateLegacyRequest,
    ScorecardMigrateLegacyResponse,
    ScorecardRecalculateResponse,
    ScorecardRowListResponse,
    ScorecardRowResponse,
    ScorecardVerdict,
    ScorecardWorkSelection,
    ScoreHistoryRange,
    ScoreHistoryResponse,
    SheetCreateAcceptedResponse,
    SheetCreateRequest,
    SheetDeleteResponse,
    SheetDetailResponse,
    SheetImportFileRequest,
    SheetImportRequestLogsRequest,
    SheetImportStartResponse,
    SheetListResponse,
    SheetOperationCancelResponse,
    SheetOperationConfirmationRequired,
    SheetOperationCreateRequest,
    SheetOperationListResponse,
    SheetOperationNoop,
    SheetOperationQueued,
    SheetOperationResponse,
    SheetScoreConfigureRequest,
    SheetScoreConfigureResponse,
    SheetScoreRecalculateResponse,
    SheetScoreResponse,
    SheetStatusCountsResponse,
    SheetUpdateRequest,
    SheetUpdateResponse,
    SheetVersionCreateRequest,
    SheetVersionListResponse,
    SheetVersionResponse,
    TableCreateRequest,
    TableCreateResponse,
    TableDeleteResponse,
    TableDetailResponse,
    TableImportOperation,
    TableImportOperationResponse,
    TableImportStatus,
    TableListResponse,
    TableSortOrder,
    TableUpdateRequest,
)
from promptlayer_api.types import Response

from promptlayer.testing import LocalPromptLayer
from promptlayer.testing._state import State

from . import generated_api

KEY = "tables-test-key"
SEED: dict[str, Any] = {
    "request_logs": [
        {
            "provider": "openai",
            "model": "gpt-4o",
            "input": {
                "type": "chat",
                "messages": [{"role": "user", "content": [{"type": "text", "text": "Hi"}]}],
            },
            "output": {
                "type": "chat",
                "messages": [{"role": "assistant", "content": [{"type": "text", "text": "Hello"}]}],
            },
            "request_start_time": "2026-01-01T00:00:00Z",
            "request_end_time": "2026-01-01T00:00:01Z",
            "prompt_input_variables": {"name": "Ann"},
        }
    ],
    "tables": [
        {
            "title": "Seeded evals",
            "sheets": [
                {
                    "title": "Run 1",
                    "columns": [
                        {"title": "Question", "type": "TEXT"},
                        {"title": "Answer", "type": "PROMPT_TEMPLATE", "dependencies": ["Question"]},
                        {"title": "Correct", "type": "LLM_ASSERTION", "dependencies": ["Answer"]},
                    ],
                    "rows": [
                        {"Question": "2+2?", "Answer": "4", "Correct": True},
                        {"Question": "Capital of France?", "Answer": "Lyon", "Correct": False},
                        {"Question": "3*3?"},
                    ],
                }
            ],
        }
    ],
}


class Api:
    """The shared generated-client caller, with the checks and the work control these tests use."""

    def __init__(self, calling: generated_api.Api) -> None:
        self.calling = calling
        self.server = calling.server
        self.mode = calling.mode

    def __call__(self, operation: ModuleType, *args: Any, **kwargs: Any) -> Response[Any]:
        return self.calling(operation, *args, **kwargs)

    def ok(self, operation: ModuleType, model: type, *args: Any, status: int = 200, **kwargs: Any) -> Any:
        """Call, check the status and the typed parse, and answer the JSON body."""
        response = self(operation, *args, **kwargs)
        assert response.status_code == status, response.content
        assert isinstance(response.parsed, model), type(response.parsed)
        return json.loads(response.content)

    def hold(self) -> None:
        """Keep background work queued until finish()."""
        self.server.state.tables.compute_seconds = 3600.0

    def finish(self) -> int:
        count: int = self.server.call(self.server.state.tables.run_pending)
        return count


@pytest.fixture
def api(mode: str, loop: asyncio.AbstractEventLoop) -> Iterator[Api]:
    with LocalPromptLayer(api_key=KEY, seed=SEED) as server, generated_api.Api(server, mode, loop) as calling:
        yield Api(calling)
        server.call(server.state.tables.run_pending)
        assert server.contract_errors == []


def new_table(api: Api, title: str) -> tuple[UUID, UUID]:
    """A table with its default sheet: the ids (as the generated functions take them)."""
    created = api(create_table, body=TableCreateRequest(title=title))
    assert created.status_code == 201, created.content
    assert isinstance(created.parsed, TableCreateResponse)
    return UUID(created.parsed.table.to_dict()["id"]), UUID(created.parsed.to_dict()["default_sheet"]["id"])


def add_column(api: Api, table: UUID, sheet: UUID, title: str, kind: str, *inputs: str, **extra: Any) -> str:
    body = {"title": title, "type": kind, "dependencies": [{"column_id": c} for c in inputs], **extra}
    answer = api.ok(
        create_sheet_column,
        ColumnCreateResponse,
        table,
        sheet,
        status=201,
        body=ColumnCreateRequest.from_dict(body),
    )
    column_id: str = answer["column"]["id"]
    return column_id


def rows_of(api: Api, table: UUID, sheet: UUID) -> list[dict[str, Any]]:
    listed = api.ok(list_sheet_rows, RowListResponse, table, sheet)
    data: list[dict[str, Any]] = listed["data"]
    return data


def cells_by_title(api: Api, table: UUID, sheet: UUID) -> list[dict[str, Any]]:
    """Each row as {column title: (status, value)}."""
    listed = api.ok(list_sheet_rows, RowListResponse, table, sheet, include_columns=True)
    titles = {column["id"]: column["title"] for column in listed["columns"]}
    return [
        {titles[column_id]: (cell["status"], cell["value"]) for column_id, cell in row["cells"].items()}
        for row in listed["data"]
    ]


def counts(api: Api, table: UUID, sheet: UUID) -> dict[str, int]:
    answer = api.ok(get_sheet_status_counts, SheetStatusCountsResponse, table, sheet)
    found = {name: n for name, n in answer["status_counts"].items() if n}
    assert answer["total_cells"] == sum(found.values())
    return found


def empty_sheet(api: Api, title: str) -> tuple[UUID, UUID]:
    """A new table whose sheet lost the scaffold (Column A and its one row)."""
    table, sheet = new_table(api, title)
    column_a = api.ok(list_sheet_columns, ColumnListResponse, table, sheet)["data"][0]["id"]
    api.ok(delete_sheet_column, ColumnDeleteResponse, table, sheet, UUID(column_a))
    api.ok(delete_sheet_rows, RowDeleteResponse, table, sheet, body=RowDeleteRequest(row_indices=[0]))
    return table, sheet


def seed_sheet(
    api: Api, title: str, columns: list[dict[str, Any]], rows: list[dict[str, Any]]
) -> tuple[UUID, UUID, dict[str, str]]:
    """A one-sheet table loaded through the server's seeding, and its column ids by title."""
    seed = {"tables": [{"title": title, "sheets": [{"columns": columns, "rows": rows}]}]}
    api.server.call(lambda: api.server.state.load_seed(seed))
    [found] = [t for t in api.ok(list_tables, TableListResponse, name=title)["data"] if t["title"] == title]
    table = UUID(found["id"])
    sheet = UUID(api.ok(list_sheets, SheetListResponse, table)["data"][0]["id"])
    listed = api.ok(list_sheet_columns, ColumnListResponse, table, sheet)["data"]
    return table, sheet, {column["title"]: column["id"] for column in listed}


def seeded_qa(api: Api, title: str) -> tuple[UUID, UUID, str, str]:
    """Like qa_sheet, loaded by seeding: for tests whose subject is not how a sheet is built."""
    columns: list[dict[str, Any]] = [
        {"title": "Question", "type": "TEXT"},
        {
            "title": "Answer",
            "type": "PROMPT_TEMPLATE",
            "dependencies": ["Question"],
            "is_output_column": True,
        },
    ]
    table, sheet, ids = seed_sheet(
        api, f"{title} {api.mode}", columns, [{"Question": "Who?"}, {"Question": "Why?"}]
    )
    return table, sheet, ids["Question"], ids["Answer"]


def qa_sheet(api: Api, title: str) -> tuple[UUID, UUID, str, str]:
    """A sheet with a Question text column, an Answer computed from it, and two filled rows."""
    table, sheet = empty_sheet(api, title)
    question = add_column(api, table, sheet, "Question", "TEXT")
    answer = add_column(api, table, sheet, "Answer", "PROMPT_TEMPLATE", question, is_output_column=True)
    values = [{question: "Who?"}, {question: "Why?"}]
    api.ok(
        add_sheet_rows,
        RowAddResponse,
        table,
        sheet,
        status=201,
        body=RowAddRequest.from_dict({"values": values}),
    )
    return table, sheet, question, answer


# -- tables and sheets -----------------------------------------------------------------------


def test_tables_and_sheets_read_back_everywhere(api: Api) -> None:
    created = api.ok(
        create_table, TableCreateResponse, status=201, body=TableCreateRequest(title=f"Suite {api.mode}")
    )
    table = UUID(created["table"]["id"])
    default = created["default_sheet"]
    assert (default["title"], default["index"], default["row_count"]) == ("Sheet 1", 0, 1)
    assert created["table"]["sheet_row_counts"] == {default["id"]: 1}
    [column] = api.ok(list_sheet_columns, ColumnListResponse, table, UUID(default["id"]))["data"]
    assert (column["title"], column["type"]) == ("Column A", "TEXT")

    listed = api.ok(list_tables, TableListResponse, name=f"suite {api.mode}")
    assert [t["title"] for t in listed["data"]] == [f"Suite {api.mode}"]
    api.ok(update_table, TableDetailResponse, table, body=TableUpdateRequest(title=f"Renamed {api.mode}"))
    assert api.ok(get_table, TableDetailResponse, table)["table"]["title"] == f"Renamed {api.mode}"

    first = api.ok(
        create_sheet, SheetDetailResponse, table, status=201, body=SheetCreateRequest(title="First", index=0)
    )
    assert first["sheet"]["index"] == 0
    sheets = api.ok(list_sheets, SheetListResponse, table)["data"]
    assert [(s["title"], s["index"]) for s in sheets] == [("First", 0), ("Sheet 1", 1)]
    newest_first = api.ok(list_sheets, SheetListResponse, table, order=TableSortOrder.DESC, limit=1)
    assert [s["title"] for s in newest_first["data"]] == ["Sheet 1"] and newest_first["has_more"] is True

    moved = api.ok(
        update_sheet, SheetUpdateResponse, table, UUID(first["sheet"]["id"]), body=SheetUpdateRequest(index=1)
    )
    assert moved["sheet"]["index"] == 1 and moved["version"] == first["sheet"]["version_count"] + 1
    assert api.ok(get_sheet, SheetDetailResponse, table, UUID(first["sheet"]["id"]))["sheet"]["index"] == 1

    api.ok(delete_sheet, SheetDeleteResponse, table, UUID(first["sheet"]["id"]))
    assert api(get_sheet, table, UUID(first["sheet"]["id"])).status_code == 404
    assert api.ok(get_table, TableDetailResponse, table)["table"]["sheet_count"] == 1

    api.ok(delete_table, TableDeleteResponse, table)
    assert api(get_table, table).status_code == 404
    assert f"Renamed {api.mode}" not in [t["title"] for t in api.ok(list_tables, TableListResponse)["data"]]
    assert api(list_tables, limit=0).status_code == 422  # below the spec's minimum


def test_table_listing_filters_and_defaults(api: Api) -> None:
    bare = api.ok(
        create_table,
        TableCreateResponse,
        status=201,
        body=TableCreateRequest.from_dict({"create_default_sheet": False}),
    )
    assert bare["table"]["sheet_count"] == 0 and "default_sheet" not in bare
    assert bare["table"]["title"].startswith("Untitled Table")
    assert api(create_table, body=TableCreateRequest(title="Foldered", folder_id=999)).status_code == 404

    # The prompt filters find tables with a prompt template column configured for that prompt.
    prompt_id = 7001 if api.mode == "sync" else 7002
    table, sheet = new_table(api, f"Prompted {api.mode}")
    add_column(api, table, sheet, "Reply", "PROMPT_TEMPLATE", config={"template": {"prompt_id": prompt_id}})
    found = api.ok(list_tables, TableListResponse, prompt_id=prompt_id)["data"]
    assert [t["title"] for t in found] == [f"Prompted {api.mode}"]
    assert api.ok(list_sheets, SheetListResponse, table, prompt_id=prompt_id + 10)["data"] == []
    newest = api.ok(list_tables, TableListResponse, page=1, per_page=1)
    assert [t["title"] for t in newest["data"]] == [f"Prompted {api.mode}"] and newest["has_more"] is True


# -- columns, rows and cells -----------------------------------------------------------------


def test_cells_exist_for_every_row_and_column_and_compute_when_asked(api: Api) -> None:
    table, sheet, question, answer = qa_sheet(api, f"Cells {api.mode}")
    assert cells_by_title(api, table, sheet) == [
        {"Question": ("completed", "Who?"), "Answer": ("stale", None)},
        {"Question": ("completed", "Why?"), "Answer": ("stale", None)},
    ]
    assert counts(api, table, sheet) == {"COMPLETED": 2, "STALE": 2}

    row = rows_of(api, table, sheet)[0]
    cell_id = UUID(row["cells"][answer]["id"])
    started = api.ok(recalculate_sheet_cell, CellRecalculateResponse, table, sheet, cell_id, status=202)
    assert started["cell_count"] == 1
    cell = api.ok(get_sheet_cell, CellDetailResponse, table, sheet, cell_id)["cell"]
    assert (cell["status"], cell["value"], cell["execution_id"]) == (
        "completed",
        "Who?",
        started["execution_id"],
    )
    assert counts(api, table, sheet) == {"COMPLETED": 3, "STALE": 1}

    # Editing the input makes the computed cell of that row stale again.
    text_id = UUID(row["cells"][question]["id"])
    edited = api.ok(
        update_sheet_cell, CellUpdateResponse, table, sheet, text_id, body=CellUpdateRequest(value="Whom?")
    )
    assert (edited["cell"]["display_value"], edited["stale_count"]) == ("Whom?", 1)
    assert api.ok(get_sheet_cell, CellDetailResponse, table, sheet, cell_id)["cell"]["status"] == "stale"
    refused = api(update_sheet_cell, table, sheet, cell_id, body=CellUpdateRequest(value="x"))
    assert refused.status_code == 400 and isinstance(refused.parsed, ErrorResponse)

    batch = api.ok(
        recalculate_sheet_cells,
        CellRecalculateBatchResponse,
        table,
        sheet,
        status=202,
        body=CellRecalculateBatchRequest.from_dict({"cell_ids": [], "column_ids": [answer]}),
    )
    assert (batch["cell_count"], batch["selected_cell_count"]) == (2, 2)
    assert [r["Answer"] for r in cells_by_title(api, table, sheet)] == [
        ("completed", "Whom?"),
        ("completed", "Why?"),
    ]
    nothing = api(recalculate_sheet_cell, table, sheet, text_id)  # text cells are never computed
    assert nothing.status_code == 200 and isinstance(nothing.parsed, ErrorResponse)
    assert api(add_sheet_rows, table, sheet, body=RowAddRequest(count=0)).status_code == 422


def test_rows_and_columns_change_the_grid(api: Api) -> None:
    table, sheet, question, answer = seeded_qa(api, "Grid")
    added = api.ok(add_sheet_rows, RowAddResponse, table, sheet, status=201, body=RowAddRequest(count=2))
    assert (added["row_indices"], added["cell_count"], added["row_count"]) == ([2, 3], 4, 4)
    assert {c["status"] for c in added["rows"][0]["cells"].values()} == {"completed", "stale"}
    api.ok(delete_sheet_rows, RowDeleteResponse, table, sheet, body=RowDeleteRequest(row_indices=[0, 3]))
    assert [r["row_index"] for r in rows_of(api, table, sheet)] == [0, 1]
    assert [r["Question"] for r in cells_by_title(api, table, sheet)] == [
        ("completed", "Why?"),
        ("completed", None),
    ]
    page = api.ok(list_sheet_rows, RowListResponse, table, sheet, limit=1, order=TableSortOrder.DESC)
    assert [r["row_index"] for r in page["data"]] == [1] and page["pagination"]["next_cursor"] == "1"
    assert "columns" in page and page["row_count"] == 2
    second = api.ok(list_sheet_rows, RowListResponse, table, sheet, limit=1, cursor="1")
    assert "columns" not in second and [r["row_index"] for r in second["data"]] == [1]

    # A new computed column gets a stale cell per row; its config change keeps them stale.
    expected = add_column(api, table, sheet, "Expected", "TEXT")
    for row, value in zip(rows_of(api, table, sheet), ["Why?", "No"], strict=True):
        cell = UUID(row["cells"][expected]["id"])
        api.ok(update_sheet_cell, CellUpdateResponse, table, sheet, cell, body=CellUpdateRequest(value=value))
    inputs = [{"column_id": question}, {"column_id": answer}, {"column_id": expected}]
    created = api.ok(
        create_sheet_column,
        ColumnCreateResponse,
        table,
        sheet,
        status=201,
        body=ColumnCreateRequest.from_dict({"title": "Same", "type": "COMPARE", "dependencies": inputs}),
    )
    assert [c["status"] for c in created["cells"]] == ["stale", "stale"]
    same = created["column"]["id"]
    changed = api.ok(
        update_sheet_column,
        ColumnUpdateResponse,
        table,
        sheet,
        UUID(answer),
        body=ColumnUpdateRequest.from_dict({"config": {"model": "x"}}),
    )
    assert changed["requires_recalculation"] is True and changed["affected_column_ids"] == [answer, same]
    renamed = api.ok(
        update_sheet_column,
        ColumnUpdateResponse,
        table,
        sheet,
        UUID(answer),
        body=ColumnUpdateRequest(title="Reply"),
    )
    assert renamed["requires_recalculation"] is False and renamed["column"]["title"] == "Reply"
    cycle = api(
        update_sheet_column,
        table,
        sheet,
        UUID(answer),
        body=ColumnUpdateRequest.from_dict({"dependencies": [{"column_id": same}]}),
    )
    assert cycle.status_code == 400

    # Recomputing one answer also recomputes what reads it in that row.
    answer_cell = UUID(rows_of(api, table, sheet)[0]["cells"][answer]["id"])
    one = api.ok(recalculate_sheet_cell, CellRecalculateResponse, table, sheet, answer_cell, status=202)
    assert one["cell_count"] == 2
    assert [r["Same"] for r in cells_by_title(api, table, sheet)] == [("completed", True), ("stale", None)]
    api.ok(
        create_sheet_operation,
        SheetOperationQueued,
        table,
        sheet,
        status=202,
        body=SheetOperationCreateRequest(),
    )
    # Row 0 compares Why?, Why? (the answer echoes it) and Why?; row 1 has None, None and No.
    assert [r["Same"] for r in cells_by_title(api, table, sheet)] == [
        ("completed", True),
        ("completed", False),
    ]
    # Deleting an input column leaves its readers stale, and failing once recomputed.
    deleted = api.ok(delete_sheet_column, ColumnDeleteResponse, table, sheet, UUID(question))
    assert deleted["stale_count"] == 4
    api.ok(
        create_sheet_operation,
        SheetOperationQueued,
        table,
        sheet,
        status=202,
        body=SheetOperationCreateRequest(),
    )
    assert counts(api, table, sheet) == {"FAILED": 4, "COMPLETED": 2}  # Expected holds text
    failed = rows_of(api, table, sheet)[0]["cells"][answer]
    assert failed["status"] == "error" and "was deleted" in failed["error_message"]


# -- sheet operations ------------------------------------------------------------------------


def test_operations_progress_and_cancel(api: Api) -> None:
    table, sheet, _, answer = seeded_qa(api, "Operations")
    api.hold()
    queued = api.ok(
        create_sheet_operation,
        SheetOperationQueued,
        table,
        sheet,
        status=202,
        body=SheetOperationCreateRequest.from_dict({"operation": "recalculate", "column_ids": [answer]}),
    )
    assert queued["cell_count"] == 2 and {c["status"] for c in queued["cells"]} == {"QUEUED"}
    operation_id = queued["operation_id"]
    active = api.ok(list_sheet_operations, SheetOperationListResponse, table, sheet)
    assert [op["operation_id"] for op in active["active_operations"]] == [operation_id]
    assert (active["pending_count"], active["status_counts"]["QUEUED"]) == (2, 2)
    polled = api.ok(get_sheet_operation, SheetOperationResponse, table, sheet, operation_id)["operation"]
    assert (polled["status"], polled["pending_count"]) == ("queued", 2)

    cancelled = api.ok(cancel_sheet_operation, SheetOperationCancelResponse, table, sheet, operation_id)
    assert cancelled["cancelled_cell_count"] == 2
    assert (
        api.ok(get_sheet_operation, SheetOperationResponse, table, sheet, operation_id)["operation"]["status"]
        == "cancelled"
    )
    assert counts(api, table, sheet) == {"COMPLETED": 2, "STALE": 2}
    again = api.ok(cancel_sheet_operation, SheetOperationCancelResponse, table, sheet, operation_id)
    assert again["cancelled_cell_count"] == 0  # nothing active: a 200 that did nothing

    second = api.ok(
        create_sheet_operation,
        SheetOperationQueued,
        table,
        sheet,
        status=202,
        body=SheetOperationCreateRequest(),
    )
    assert api.finish() >= 1
    done = api.ok(get_sheet_operation, SheetOperationResponse, table, sheet, second["operation_id"])[
        "operation"
    ]
    assert (done["status"], done["completed_count"], done["pending_count"]) == ("completed", 2, 0)
    assert api.ok(list_sheet_operations, SheetOperationListResponse, table, sheet)["active_operations"] == []

    # Only stale cells by default: none are left.
    noop = api.ok(
        create_sheet_operation, SheetOperationNoop, table, sheet, body=SheetOperationCreateRequest()
    )
    assert noop["cell_count"] == 0
    # Every status when the list is empty; large operations ask to be confirmed first.
    api.server.state.tables.confirm_above = 1
    everything = SheetOperationCreateRequest.from_dict({"statuses": []})
    asked = api.ok(create_sheet_operation, SheetOperationConfirmationRequired, table, sheet, body=everything)
    assert asked["affected_cell_count"] == 2
    confirmed = SheetOperationCreateRequest.from_dict(
        {"statuses": [], "confirmation_token": asked["confirmation_token"]}
    )
    api.ok(create_sheet_operation, SheetOperationQueued, table, sheet, status=202, body=confirmed)
    text_column = api(
        create_sheet_operation,
        table,
        sheet,
        body=SheetOperationCreateRequest.from_dict({"column_ids": [rows_column(api, table, sheet)]}),
    )
    assert text_column.status_code == 400
    bad = api(
        create_sheet_operation, table, sheet, body=SheetOperationCreateRequest.from_dict({"row_ids": [-1]})
    )
    assert bad.status_code == 422


def rows_column(api: Api, table: UUID, sheet: UUID) -> str:
    """The id of the sheet's first (text) column."""
    column_id: str = api.ok(list_sheet_columns, ColumnListResponse, table, sheet)["data"][0]["id"]
    return column_id


# -- imports ---------------------------------------------------------------------------------


def encoded(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def test_imports_fill_sheets_in_the_background(api: Api) -> None:
    table, sheet = new_table(api, f"Imports {api.mode}")
    api.hold()
    source = {
        "type": "file",
        "file_name": "cases.csv",
        "file_content_base64": encoded("question,expected\nq1,a1\nq2,a2\n"),
    }
    started = api.ok(
        create_sheet,
        SheetCreateAcceptedResponse,
        table,
        status=202,
        body=SheetCreateRequest.from_dict({"source": source}),
    )
    imported = UUID(started["sheet"]["id"])
    assert (started["operation"]["status"], started["sheet"]["title"]) == ("pending", "cases.csv")
    polled = api(get_table_import_operation, table, started["operation_id"])
    assert isinstance(polled.parsed, TableImportOperationResponse)
    assert isinstance(polled.parsed.operation, TableImportOperation)
    assert polled.parsed.operation.status is TableImportStatus.PENDING
    assert api.finish() == 1
    done = api.ok(get_table_import_operation, TableImportOperationResponse, table, started["operation_id"])[
        "operation"
    ]
    assert (done["status"], done["rows_added"], done["progress"]) == ("completed", 2, 1.0)
    assert cells_by_title(api, table, imported) == [
        {"question": ("completed", "q1"), "expected": ("completed", "a1")},
        {"question": ("completed", "q2"), "expected": ("completed", "a2")},
    ]
    assert api.ok(get_table, TableDetailResponse, table)["table"]["sheet_row_counts"][str(imported)] == 2

    # Into an existing sheet: a header matching a text column fills it, others add columns.
    api.server.state.tables.compute_seconds = 0.0
    more = SheetImportFileRequest(
        file_name="more.csv", file_content_base64=encoded("question,note\nq3,n3\n"), operation_id="mine"
    )
    queued = api.ok(start_sheet_file_import, SheetImportStartResponse, table, imported, status=202, body=more)
    assert queued["operation_id"] == "mine" and queued["status_url"].endswith("/sheets/operations/mine")
    assert cells_by_title(api, table, imported)[2] == {
        "question": ("completed", "q3"),
        "expected": ("completed", None),
        "note": ("completed", "n3"),
    }
    logs = SheetImportRequestLogsRequest.from_dict(
        {"q": "hello", "variables_to_parse": ["name"], "include_fields": ["engine"]}
    )
    started_logs = api.ok(
        start_sheet_request_log_import, SheetImportStartResponse, table, sheet, status=202, body=logs
    )
    assert (
        api.ok(get_table_import_operation, TableImportOperationResponse, table, started_logs["operation_id"])[
            "operation"
        ]["rows_added"]
        == 1
    )
    last = cells_by_title(api, table, sheet)[-1]
    assert {k: last[k] for k in ("input", "output", "name", "engine")} == {
        "input": ("completed", "Hi"),
        "output": ("completed", "Hello"),
        "name": ("completed", "Ann"),
        "engine": ("completed", "gpt-4o"),
    }

    bad_name = api(
        start_sheet_file_import,
        table,
        sheet,
        body=SheetImportFileRequest(file_name="cases.txt", file_content_base64=encoded("a\n")),
    )
    assert bad_name.status_code == 400
    broken = api.ok(
        create_sheet,
        SheetCreateAcceptedResponse,
        table,
        status=202,
        body=SheetCreateRequest.from_dict(
            {"source": {**source, "file_name": "x.json", "file_content_base64": encoded("{")}}
        ),
    )
    failed = api.ok(get_table_import_operation, TableImportOperationResponse, table, broken["operation_id"])[
        "operation"
    ]
    assert failed["status"] == "failed" and "could not be read" in failed["error_message"]
    assert (
        api(
            start_sheet_file_import,
            table,
            sheet,
            body=SheetImportFileRequest(file_name="", file_content_base64="YQ=="),
        ).status_code
        == 422
    )
    assert api(get_table_import_operation, table, "nope").status_code == 404

    # From request logs, with an idempotency key: sending it again answers the same import.
    by_logs = SheetCreateRequest.from_dict(
        {"operation_id": f"logs-{api.mode}", "source": {"type": "request_logs", "request_log_ids": [1]}}
    )
    first = api.ok(create_sheet, SheetCreateAcceptedResponse, table, status=202, body=by_logs)
    again = api.ok(create_sheet, SheetCreateAcceptedResponse, table, status=202, body=by_logs)
    assert again["sheet"]["id"] == first["sheet"]["id"] and first["sheet"]["title"] == "Request Logs"
    assert cells_by_title(api, table, UUID(first["sheet"]["id"])) == [
        {"input": ("completed", "Hi"), "output": ("completed", "Hello")}
    ]
    missing = SheetCreateRequest.from_dict({"source": {"type": "request_logs", "request_log_ids": [99]}})
    assert api(create_sheet, table, body=missing).status_code == 400


# -- scores ----------------------------------------------------------------------------------


def scored_sheet(api: Api, title: str) -> tuple[UUID, UUID, dict[str, str]]:
    """A seeded sheet of questions, verdicts and points to score."""
    rows: list[dict[str, Any]] = [
        {"Question": "2+2?", "Verdict": "true", "Points": 1},
        {"Question": "Capital in 2024?", "Verdict": "false", "Points": 0.5},
        {"Question": "3*3?", "Verdict": "pass", "Points": "n/a"},
    ]
    columns = [{"title": name, "type": "TEXT"} for name in ("Question", "Verdict", "Points")]
    return seed_sheet(api, f"{title} {api.mode}", columns, rows)


def test_sheet_score_is_calculated_from_cell_values(api: Api) -> None:
    table, sheet, titles = scored_sheet(api, "Score")
    unset = api.ok(get_sheet_score, SheetScoreResponse, table, sheet)
    assert (unset["score_type"], unset["status"], unset["aggregate_score"]) == ("none", None, None)
    assert api(recalculate_sheet_score, table, sheet).status_code == 400  # nothing configured

    body = SheetScoreConfigureRequest.from_dict({"score_type": "boolean", "column_names": ["Verdict"]})
    saved = api.ok(configure_sheet_score, SheetScoreConfigureResponse, table, sheet, body=body)
    assert (saved["status"], saved["requires_recalculation"]) == (None, True)
    api.hold()
    queued = api.ok(recalculate_sheet_score, SheetScoreRecalculateResponse, table, sheet, status=202)
    assert queued["score_configuration_id"] == saved["score_configuration_id"]
    assert api.ok(get_sheet_score, SheetScoreResponse, table, sheet)["status"] == "queued"
    api.finish()
    score = api.ok(get_sheet_score, SheetScoreResponse, table, sheet)
    assert (score["status"], score["score_type"], score["scored_rows"], score["total_rows"]) == (
        "completed",
        "single_column",
        3,
        3,
    )
    assert score["aggregate_score"] == pytest.approx(2 / 3)  # true, false, pass
    assert score["score_matrix"] == [[1.0], [0.0], [1.0]]
    assert score["columns"][0]["resolved_scoring_type"] == "boolean"

    numeric = SheetScoreConfigureRequest.from_dict(
        {"score_type": "numeric", "column_ids": [titles["Points"]]}
    )
    api.ok(configure_sheet_score, SheetScoreConfigureResponse, table, sheet, body=numeric)
    api.ok(recalculate_sheet_score, SheetScoreRecalculateResponse, table, sheet, status=202)
    api.finish()
    score = api.ok(get_sheet_score, SheetScoreResponse, table, sheet)
    assert (score["aggregate_score"], score["scored_rows"], score["excluded_rows"]) == (0.75, 2, 1)
    assert score["score_configuration"]["score_config"]["column_ids"] == [titles["Points"]]
    unknown = api(
        configure_sheet_score,
        table,
        sheet,
        body=SheetScoreConfigureRequest.from_dict({"column_names": ["Nope"]}),
    )
    assert unknown.status_code == 400
    bad = api(configure_sheet_score, table, sheet, body=SheetScoreConfigureRequest.from_dict({"code": ""}))
    assert bad.status_code == 422  # code has minLength 1


def scorecard_body(titles: dict[str, str], **changes: Any) -> ScorecardConfigureRequest:
    steps = [
        {
            "title": "Correct",
            "primitive_type": "COLUMN_AGGREGATE",
            "source_column_ids": [titles["Verdict"]],
            "required": True,
        },
        {
            "title": "Asks",
            "primitive_type": "CONTAINS",
            "source_column_ids": [titles["Question"]],
            "primitive_config": {"value": "?"},
        },
        {
            "title": "Arithmetic",
            "primitive_type": "REGEX",
            "source_column_ids": [titles["Question"]],
            "primitive_config": {"regex_pattern": "[0-9]"},
            "weight": 2,
        },
    ]
    return ScorecardConfigureRequest.from_dict(
        {"name": "Quality", "aggregation": {"pass_threshold": 0.9}, "steps": steps, **changes}
    )


def test_scorecard_judges_rows_step_by_step(api: Api) -> None:
    table, sheet, titles = scored_sheet(api, "Scorecard")
    empty = api.ok(get_sheet_scorecard, ScorecardGetResponse, table, sheet)
    assert empty["scorecard"] is None
    configured = api.ok(
        configure_sheet_scorecard, ScorecardConfigureResponse, table, sheet, body=scorecard_body(titles)
    )
    card = configured["scorecard"]
    assert (card["status"], card["aggregation"]["method"], card["aggregation"]["warn_threshold"]) == (
        "ready",
        "weighted_mean",
        0.6,
    )
    step_ids = [step["id"] for step in card["steps"]]

    api.hold()
    queued = api.ok(recalculate_sheet_scorecard, ScorecardRecalculateResponse, table, sheet, status=202)
    calculation = UUID(queued["calculation_id"])
    waiting = api.ok(get_sheet_scorecard, ScorecardGetResponse, table, sheet)
    assert (waiting["scorecard"]["status"], waiting["progress"]["total_rows"]) == ("queued", 3)
    assert api.ok(list_scorecard_rows, ScorecardRowListResponse, table, sheet)["rows"] == []
    api.finish()

    shown = api.ok(get_sheet_scorecard, ScorecardGetResponse, table, sheet)
    assert shown["scorecard"]["status"] == "completed" and shown["display_calculation"]["id"] == str(
        calculation
    )
    detail = api.ok(get_scorecard_calculation, ScorecardCalculationResponse, table, sheet, calculation)
    assert detail["calculation"]["status"] == "completed"
    assert detail["criterion_summaries"][step_ids[0]]["fail_count"] == 1
    rows = api.ok(list_scorecard_rows, ScorecardRowListResponse, table, sheet, calculation_id=calculation)
    assert [(r["row_index"], r["aggregate_verdict"]) for r in rows["rows"]] == [
        (0, "pass"),
        (1, "fail"),
        (2, "pass"),
    ]
    assert rows["verdict_counts"] == {"pass": 2, "fail": 1}
    # "false" fails Correct (weight 1), Asks (1) and Arithmetic (2) pass: 0.75 is a warn, but
    # Correct is required and a failed required step makes the row fail.
    assert rows["rows"][1]["aggregate_score"] == 0.75
    failing = api.ok(
        list_scorecard_rows, ScorecardRowListResponse, table, sheet, verdict=ScorecardVerdict.FAIL
    )
    assert [r["row_index"] for r in failing["rows"]] == [1]
    paged = api.ok(list_scorecard_rows, ScorecardRowListResponse, table, sheet, limit=2)
    assert paged["next_cursor"] == 1
    assert [
        r["row_index"]
        for r in api.ok(list_scorecard_rows, ScorecardRowListResponse, table, sheet, cursor=1)["rows"]
    ] == [2]

    row = api.ok(get_scorecard_row, ScorecardRowResponse, table, sheet, 1)
    assert {k: (v["verdict"], v["score"]) for k, v in row["step_results"].items()} == {
        step_ids[0]: ("fail", 0.0),
        step_ids[1]: ("pass", 1.0),
        step_ids[2]: ("pass", 1.0),
    }
    assert row["stale_state"]["is_stale"] is False

    # Changing an input the steps read makes the results stale, row by row.
    verdict_cell = UUID(rows_of(api, table, sheet)[1]["cells"][titles["Verdict"]]["id"])
    api.ok(
        update_sheet_cell,
        CellUpdateResponse,
        table,
        sheet,
        verdict_cell,
        body=CellUpdateRequest(value="true"),
    )
    stale = api.ok(get_sheet_scorecard, ScorecardGetResponse, table, sheet)["scorecard"]
    assert (stale["status"], stale["stale_state"]["stale_row_indices"]) == ("stale", [1])
    assert api.ok(get_scorecard_row, ScorecardRowResponse, table, sheet, 1)["stale_state"]["is_stale"] is True

    # Recalculating one row keeps the others' results.
    only = api.ok(
        recalculate_sheet_scorecard,
        ScorecardRecalculateResponse,
        table,
        sheet,
        status=202,
        body=ScorecardWorkSelection(row_indices=[1]),
    )
    cancelled = api.ok(
        cancel_sheet_scorecard,
        ScorecardCancelResponse,
        table,
        sheet,
        body=ScorecardWorkSelection(row_indices=[1]),
    )
    assert (cancelled["cancelled_count"], cancelled["calculation_id"]) == (1, only["calculation_id"])
    assert (
        api.ok(
            get_scorecard_calculation,
            ScorecardCalculationResponse,
            table,
            sheet,
            UUID(only["calculation_id"]),
        )["calculation"]["status"]
        == "cancelled"
    )
    again = api.ok(
        recalculate_sheet_scorecard,
        ScorecardRecalculateResponse,
        table,
        sheet,
        status=202,
        body=ScorecardWorkSelection(row_indices=[1]),
    )
    api.finish()
    rows = api.ok(
        list_scorecard_rows,
        ScorecardRowListResponse,
        table,
        sheet,
        calculation_id=UUID(again["calculation_id"]),
    )
    assert [(r["aggregate_score"], r["aggregate_verdict"]) for r in rows["rows"]] == [
        (1.0, "pass"),
        (1.0, "pass"),  # now true
        (1.0, "pass"),
    ]

    # Changing the steps in place keeps the ids of those sent back.
    kept = [{**step, "weight": 5} if step["id"] == step_ids[2] else step for step in card["steps"][1:]]
    changed = api.ok(
        configure_sheet_scorecard,
        ScorecardConfigureResponse,
        table,
        sheet,
        body=scorecard_body(titles, steps=kept),
    )
    assert [s["id"] for s in changed["scorecard"]["steps"]] == step_ids[1:] and changed["scorecard"][
        "id"
    ] == card["id"]
    assert changed["scorecard"]["stale_state"]["stale_step_ids"] == [step_ids[2]]
    assert (
        api(
            recalculate_sheet_scorecard,
            table,
            sheet,
            body=ScorecardWorkSelection.from_dict({"row_indices": [-1]}),
        ).status_code
        == 422
    )
    assert (
        api(
            recalculate_sheet_scorecard, table, sheet, body=ScorecardWorkSelection(row_indices=[9])
        ).status_code
        == 400
    )

    api.ok(delete_sheet_scorecard, ScorecardDeleteResponse, table, sheet)
    assert api.ok(get_sheet_scorecard, ScorecardGetResponse, table, sheet)["scorecard"] is None
    assert api(get_scorecard_calculation, table, sheet, calculation).status_code == 404
    assert api(get_scorecard_row, table, sheet, 0).status_code == 404
    assert api(delete_sheet_scorecard, table, sheet).status_code == 404


def test_legacy_score_migrates_to_a_scorecard(api: Api) -> None:
    table, sheet, titles = scored_sheet(api, "Migrate")
    assert api(migrate_legacy_sheet_score, table, sheet).status_code == 400  # no legacy score
    body = SheetScoreConfigureRequest.from_dict({"column_ids": [titles["Verdict"]], "true_values": ["pass"]})
    api.ok(configure_sheet_score, SheetScoreConfigureResponse, table, sheet, body=body)
    migrated = api.ok(
        migrate_legacy_sheet_score,
        ScorecardMigrateLegacyResponse,
        table,
        sheet,
        body=ScorecardMigrateLegacyRequest(delete_legacy_score=True),
    )
    assert (migrated["converted_count"], migrated["legacy_score_deleted"]) == (1, True)
    [step] = migrated["scorecard"]["steps"]
    assert (step["primitive_type"], step["source_column_ids"]) == ("COLUMN_AGGREGATE", [titles["Verdict"]])
    assert api.ok(get_sheet_score, SheetScoreResponse, table, sheet)["score_type"] == "none"
    # The sheet score now recalculates the scorecard, whose words are the legacy true_values.
    recalculated = api.ok(recalculate_sheet_score, SheetScoreRecalculateResponse, table, sheet, status=202)
    assert recalculated["score_source"] == "scorecard"
    rows = api.ok(
        list_scorecard_rows,
        ScorecardRowListResponse,
        table,
        sheet,
        calculation_id=UUID(recalculated["calculation_id"]),
    )
    # "true" is no longer a true word; "false" still reads as 0.
    assert [r["aggregate_verdict"] for r in rows["rows"]] == ["error", "fail", "pass"]


# -- versions --------------------------------------------------------------------------------


def test_versions_snapshot_and_restore_the_sheet(api: Api) -> None:
    table, sheet, titles = scored_sheet(api, "Versions")
    api.ok(
        configure_sheet_score,
        SheetScoreConfigureResponse,
        table,
        sheet,
        body=SheetScoreConfigureRequest.from_dict({"column_ids": [titles["Verdict"]]}),
    )
    api.ok(recalculate_sheet_score, SheetScoreRecalculateResponse, table, sheet, status=202)
    first = api.ok(
        create_sheet_version,
        SheetVersionResponse,
        table,
        sheet,
        status=201,
        body=SheetVersionCreateRequest(name="baseline"),
    )
    assert first["version"]["version_number"] == 1 and first["version"]["score"][
        "aggregate_score"
    ] == pytest.approx(2 / 3)
    assert [r["cells"][titles["Verdict"]]["value"] for r in first["version"]["snapshot"]["rows"]] == [
        "true",
        "false",
        "pass",
    ]

    cell = UUID(rows_of(api, table, sheet)[1]["cells"][titles["Verdict"]]["id"])
    api.ok(update_sheet_cell, CellUpdateResponse, table, sheet, cell, body=CellUpdateRequest(value="true"))
    api.ok(recalculate_sheet_score, SheetScoreRecalculateResponse, table, sheet, status=202)
    second = api.ok(
        create_sheet_version,
        SheetVersionResponse,
        table,
        sheet,
        status=201,
        body=SheetVersionCreateRequest(name="fixed"),
    )
    assert second["version"]["score"]["aggregate_score"] == 1.0

    listed = api.ok(list_sheet_versions, SheetVersionListResponse, table, sheet, limit=1)
    assert [v["name"] for v in listed["data"]] == ["fixed"] and "snapshot" not in listed["data"][0]
    assert listed["pagination"]["has_more"] is True
    rest = api.ok(
        list_sheet_versions,
        SheetVersionListResponse,
        table,
        sheet,
        cursor=listed["pagination"]["next_cursor"],
    )
    assert [v["name"] for v in rest["data"]] == ["baseline"]
    assert api(list_sheet_versions, table, sheet, cursor="bogus").status_code == 400
    fetched = api.ok(get_sheet_version, SheetVersionResponse, table, sheet, UUID(first["version"]["id"]))
    assert fetched["version"]["snapshot"] == first["version"]["snapshot"]

    restored = api.ok(
        create_sheet_version,
        SheetVersionResponse,
        table,
        sheet,
        status=201,
        body=SheetVersionCreateRequest.from_dict({"source_version_id": first["version"]["id"]}),
    )
    assert (restored["version"]["version_number"], restored["version"]["name"]) == (
        3,
        "Restored from version 1",
    )
    assert api.ok(get_sheet_cell, CellDetailResponse, table, sheet, cell)["cell"]["value"] == "false"

    history = api.ok(get_sheet_score_history, ScoreHistoryResponse, table, sheet)["score_history"]
    assert [p["version_number"] for p in history["points"]] == [1, 2, 3]
    assert [p["score"] for p in history["points"]] == [pytest.approx(2 / 3), 1.0, 1.0]
    latest = api.ok(
        get_sheet_score_history, ScoreHistoryResponse, table, sheet, range_=ScoreHistoryRange.LAST_25
    )
    assert latest["score_history"]["range"] == "last_25"
    assert api(get_sheet_score_history, table, sheet, max_points=10).status_code == 422  # below 50
    assert api(create_sheet_version, table, sheet, body=SheetVersionCreateRequest()).status_code == 400


# -- seeding ---------------------------------------------------------------------------------


def test_seeded_tables_are_served(api: Api) -> None:
    listed = api.ok(list_tables, TableListResponse, name="Seeded evals")["data"]
    table = UUID(listed[0]["id"])
    sheet = UUID(api.ok(list_sheets, SheetListResponse, table)["data"][0]["id"])
    assert cells_by_title(api, table, sheet) == [
        {"Question": ("completed", "2+2?"), "Answer": ("completed", "4"), "Correct": ("completed", True)},
        {
            "Question": ("completed", "Capital of France?"),
            "Answer": ("completed", "Lyon"),
            "Correct": ("completed", False),
        },
        {"Question": ("completed", "3*3?"), "Answer": ("stale", None), "Correct": ("stale", None)},
    ]
    snapshot = api.server.state.snapshot()["tables"]
    assert [t["title"] for t in snapshot if t["title"] == "Seeded evals"] == ["Seeded evals"]


def test_bad_seed_is_refused() -> None:
    columns = [{"title": "a", "type": "COMPARE", "dependencies": ["Nope"]}]
    with pytest.raises(ValueError, match="dependency 'Nope' must name an earlier column"):
        State().load_seed({"tables": [{"title": "t", "sheets": [{"columns": columns}]}]})
    with pytest.raises(ValueError, match="needs a non-empty 'title'"):
        State().load_seed({"tables": [{}]})
