"""The generated `tables` operations (sheet operations, scores, scorecards, versions, imports)
send what the spec says and parse answers shaped like the published schemas."""

from __future__ import annotations

import base64
import datetime as dt
import json
from typing import Any
from uuid import UUID

import httpx
from promptlayer_api.api.tables import (
    cancel_sheet_operation,
    cancel_sheet_scorecard,
    configure_sheet_score,
    configure_sheet_scorecard,
    create_sheet_operation,
    create_sheet_version,
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
    ErrorResponse,
    RequestLogSortBy,
    RequestLogSortOrder,
    Scorecard,
    ScorecardCalculationResponse,
    ScorecardCalculationStatus,
    ScorecardCancelResponse,
    ScorecardConfigureRequest,
    ScorecardConfigureResponse,
    ScorecardGetResponse,
    ScorecardMigrateLegacyRequest,
    ScorecardMigrateLegacyResponse,
    ScorecardRecalculateResponse,
    ScorecardRowListResponse,
    ScorecardRowResponse,
    ScorecardStatus,
    ScorecardStepPrimitiveType,
    ScorecardStepThresholds,
    ScorecardVerdict,
    ScorecardWorkSelection,
    ScoreHistoryRange,
    ScoreHistoryResolution,
    ScoreHistoryResponse,
    SheetImportFileRequest,
    SheetImportRequestLogsRequest,
    SheetImportSource,
    SheetImportStartResponse,
    SheetImportStatus,
    SheetOperationCancelResponse,
    SheetOperationCellStatus,
    SheetOperationConfirmationRequired,
    SheetOperationCreateRequest,
    SheetOperationKind,
    SheetOperationListResponse,
    SheetOperationNoop,
    SheetOperationQueued,
    SheetOperationResponse,
    SheetOperationUnknownResult,
    SheetScoreCell,
    SheetScoreCodeLanguage,
    SheetScoreConfigureRequest,
    SheetScoreConfigureResponse,
    SheetScoreKind,
    SheetScoreRecalculateResponse,
    SheetScoreResponse,
    SheetScoreScoringType,
    SheetScoreStatus,
    SheetVersionCreateRequest,
    SheetVersionListResponse,
    SheetVersionResponse,
    SheetVersionSnapshot,
    SheetVersionSortField,
    SortOrder,
)

from tests.generated.test_requests import Recorder, assert_auth, call, make_client

TABLE = UUID("0b7f3c1e-5d2a-4c8e-9a61-3f2d8e4b7a10")
SHEET = UUID("6e1d9a42-8b3c-4f70-a5d2-c94e1b0f7e23")
COLUMN = UUID("a3c5e7f9-1b2d-4e6f-8a0b-c2d4e6f8a0b1")
OTHER_COLUMN = UUID("b4d6f8a0-2c3e-4f70-9b1c-d3e5f7a9b1c2")
SCORECARD = UUID("c1a2b3c4-d5e6-4f78-9a0b-1c2d3e4f5a6b")
CALCULATION = UUID("d2b3c4d5-e6f7-4a89-8b1c-2d3e4f5a6b7c")
STEP = UUID("e3c4d5e6-f7a8-4b90-9c2d-3e4f5a6b7c8d")
VERSION = UUID("f4d5e6f7-a8b9-4c01-8d3e-4f5a6b7c8d9e")
SHEET_PATH = f"/api/public/v2/tables/{TABLE}/sheets/{SHEET}"
WHEN = "2026-03-04T05:06:07+00:00"


def exchange(mode: str, module: Any, status: int, answer: Any, **kwargs: Any) -> tuple[httpx.Request, Any]:
    """Call one operation for the test table and sheet; return the request sent and the parsed answer."""
    recorder = Recorder(status, answer)
    response = call(
        mode, module, table_id=TABLE, sheet_id=SHEET, client=make_client(recorder, mode), **kwargs
    )
    assert response.status_code == status
    request = recorder.only
    assert_auth(request)
    return request, response.parsed


def sent_json(request: httpx.Request) -> Any:
    assert request.headers["content-type"] == "application/json"
    return json.loads(request.content)


def cell(row: int) -> dict[str, Any]:
    return {
        "id": f"virtual-{row}",
        "sheet_id": str(SHEET),
        "column_id": str(COLUMN),
        "row_index": row,
        "status": "QUEUED",
        "execution_id": None,
        "value": {"text": "hi"},
        "updated_at": None,
    }


def operation(status: str = "running") -> dict[str, Any]:
    return {
        "operation_id": "op-1",
        "operation": "recalculate",
        "status": status,
        "status_counts": {"QUEUED": 2, "COMPLETED": 1},
        "cell_count": 3,
        "completed_count": 1,
        "failed_count": 0,
        "pending_count": 2,
        "status_url": f"{SHEET_PATH}/operations/op-1",
    }


def scorecard_step() -> dict[str, Any]:
    return {
        "id": str(STEP),
        "title": "Mentions the refund policy",
        "primitive_type": "CONTAINS",
        "source_column_ids": [str(COLUMN)],
        "weight": 1.0,
        "required": True,
        "thresholds": {"pass": 0.8},
        "primitive_config": {"needle": "refund"},
        "evidence_mode": "summary",
        "order_index": 0,
    }


def scorecard() -> dict[str, Any]:
    return {
        "id": str(SCORECARD),
        "workspace_id": 7,
        "smart_table_id": str(TABLE),
        "sheet_id": str(SHEET),
        "name": "Support quality",
        "evaluated_column_ids": [str(COLUMN)],
        "aggregation": {
            "method": "weighted_mean",
            "required_step_failure_behavior": "fail",
            "pass_threshold": 0.8,
            "warn_threshold": 0.5,
        },
        "status": "completed",
        "stale_state": {"is_stale": False, "reasons": []},
        "latest_calculation_id": str(CALCULATION),
        "steps": [scorecard_step()],
        "created_at": WHEN,
        "updated_at": WHEN,
    }


def calculation() -> dict[str, Any]:
    return {
        "id": str(CALCULATION),
        "scorecard_id": str(SCORECARD),
        "workspace_id": 7,
        "sheet_id": str(SHEET),
        "sheet_revision": "r12",
        "status": "completed",
        "aggregate_score": 0.9,
        "aggregate_verdict": "pass",
        "criterion_summaries": {str(STEP): {"pass": 9, "fail": 1}},
        "completed_at": WHEN,
    }


def version(number: int) -> dict[str, Any]:
    return {
        "id": str(VERSION),
        "sheet_id": str(SHEET),
        "version_number": number,
        "name": "baseline",
        "created_at": WHEN,
        "snapshot": {"rows": 10},
    }


def import_started(source: str, file_name: str | None) -> dict[str, Any]:
    return {
        "success": True,
        "message": "Import queued",
        "operation_id": "imp-1",
        "operation": {
            "operation_id": "imp-1",
            "source": source,
            "status": "pending",
            "progress": None,
            "file_name": file_name,
            "created_at": WHEN,
        },
        "status_url": f"{SHEET_PATH}/imports/imp-1",
    }


# -- recalculation operations ------------------------------------------------------------------


def test_list_sheet_operations(mode: str) -> None:
    answer = {
        "success": True,
        "sheet_id": str(SHEET),
        "version": 4,
        "total_cells": 30,
        "status_counts": {"COMPLETED": 28, "STALE": 2},
        "pending_count": 2,
        "active_operations": [operation()],
    }
    request, parsed = exchange(mode, list_sheet_operations, 200, answer)
    assert (request.method, request.url.path, request.content) == ("GET", f"{SHEET_PATH}/operations", b"")
    assert isinstance(parsed, SheetOperationListResponse)
    assert parsed.status_counts.additional_properties == {"COMPLETED": 28, "STALE": 2}
    assert parsed.active_operations[0].operation is SheetOperationKind.RECALCULATE
    assert parsed.active_operations[0].pending_count == 2


def test_create_sheet_operation_sends_the_selection_and_parses_the_queued_answer(mode: str) -> None:
    answer = {
        "success": True,
        "operation": "recalculate",
        "operation_id": "op-1",
        "execution_id": "ex-1",
        "execution_ids": ["ex-1", "ex-2"],
        "cell_count": 2,
        "version": 5,
        "status_url": f"{SHEET_PATH}/operations/op-1",
        "virtual_cell_count": 1,
        "cells": [cell(0), cell(3)],
    }
    body = SheetOperationCreateRequest(
        operation=SheetOperationKind.RECALCULATE,
        column_ids=[COLUMN, OTHER_COLUMN],
        row_ids=[0, 3],
        statuses=[SheetOperationCellStatus.STALE, SheetOperationCellStatus.FAILED],
    )
    request, parsed = exchange(mode, create_sheet_operation, 202, answer, body=body)
    assert (request.method, request.url.path) == ("POST", f"{SHEET_PATH}/operations")
    assert sent_json(request) == {
        "operation": "recalculate",
        "column_ids": [str(COLUMN), str(OTHER_COLUMN)],
        "row_ids": [0, 3],
        "statuses": ["STALE", "FAILED"],
    }
    assert isinstance(parsed, SheetOperationQueued)
    assert parsed.execution_ids == ["ex-1", "ex-2"]
    assert [c.row_index for c in parsed.cells] == [0, 3]
    assert parsed.cells[1].status is SheetOperationCellStatus.QUEUED
    assert parsed.cells[1].column_id == COLUMN


def test_create_sheet_operation_answers_without_a_queue(mode: str) -> None:
    noop = {"success": True, "cell_count": 0, "virtual_cell_count": 0, "cells": []}
    request, parsed = exchange(
        mode, create_sheet_operation, 200, noop, body=SheetOperationCreateRequest(statuses=[])
    )
    assert sent_json(request) == {"statuses": []}
    assert isinstance(parsed, SheetOperationNoop)
    assert parsed.cells == []

    confirm = {
        "success": False,
        "requires_confirmation": True,
        "confirmation_token": "tok-9",
        "affected_cell_count": 5000,
        "message": "Confirm to recalculate 5000 cells",
    }
    body = SheetOperationCreateRequest(confirmation_token="tok-8")
    request, parsed = exchange(mode, create_sheet_operation, 200, confirm, body=body)
    assert sent_json(request) == {"confirmation_token": "tok-8"}
    assert isinstance(parsed, SheetOperationConfirmationRequired)
    assert (parsed.confirmation_token, parsed.affected_cell_count) == ("tok-9", 5000)


def test_an_answer_of_a_new_shape_still_parses() -> None:
    answer = {"success": True, "deferred_until": WHEN}
    _, parsed = exchange("sync", create_sheet_operation, 200, answer, body=SheetOperationCreateRequest())
    assert isinstance(parsed, SheetOperationUnknownResult)
    assert parsed.additional_properties == answer


def test_get_and_cancel_one_operation(mode: str) -> None:
    request, parsed = exchange(
        mode, get_sheet_operation, 200, {"success": True, "operation": operation()}, operation_id="op/1"
    )
    assert (request.method, request.url.raw_path) == ("GET", f"{SHEET_PATH}/operations/op%2F1".encode())
    assert isinstance(parsed, SheetOperationResponse)
    assert parsed.operation.status_counts.additional_properties == {"QUEUED": 2, "COMPLETED": 1}

    answer = {
        "success": True,
        "message": "Cancelled",
        "operation_id": "op-1",
        "execution_ids": ["ex-1"],
        "cancelled_cell_count": 2,
        "not_started_reset_count": 1,
    }
    request, parsed = exchange(mode, cancel_sheet_operation, 200, answer, operation_id="op-1")
    assert (request.method, request.url.path, request.content) == (
        "DELETE",
        f"{SHEET_PATH}/operations/op-1",
        b"",
    )
    assert isinstance(parsed, SheetOperationCancelResponse)
    assert (parsed.cancelled_cell_count, parsed.not_started_reset_count) == (2, 1)


# -- score ----------------------------------------------------------------------------------------


def test_get_sheet_score_parses_the_matrix(mode: str) -> None:
    answer = {
        "success": True,
        "sheet_id": str(SHEET),
        "scoring_type": "boolean",
        "columns": [
            {
                "column_id": str(COLUMN),
                "title": "correct",
                "score": 0.5,
                "included_count": 2,
                "excluded_count": 0,
                "resolved_scoring_type": "boolean",
            }
        ],
        "aggregate_score": 0.5,
        "total_rows": 2,
        "scored_rows": 2,
        "excluded_rows": 0,
        "calculated_at": WHEN,
        "score_matrix": [[1, "yes", {"value": True, "positive_metric": True}], [0, None, None]],
        "score_matrix_metrics": [{"key": "correct", "label": "Correct", "positive_metric": True}],
        "status": "completed",
        "score_calculation_error": None,
        "has_custom_scoring": False,
        "score_configuration": {"score_type": "boolean", "score_config": {"true_values": ["yes"]}},
        "score_type": "single_column",
        "overall_score": 50.0,
        "details": {},
        "aggregate": {"mean": 0.5},
        "per_column": {},
    }
    request, parsed = exchange(mode, get_sheet_score, 200, answer)
    assert (request.method, request.url.path) == ("GET", f"{SHEET_PATH}/score")
    assert isinstance(parsed, SheetScoreResponse)
    assert parsed.scoring_type is SheetScoreScoringType.BOOLEAN
    assert parsed.score_type is SheetScoreKind.SINGLE_COLUMN
    assert parsed.status is SheetScoreStatus.COMPLETED
    assert parsed.calculated_at == dt.datetime(2026, 3, 4, 5, 6, 7, tzinfo=dt.UTC)
    assert parsed.score_matrix is not None
    first_row, second_row = parsed.score_matrix
    assert first_row[:2] == [1, "yes"]
    assert isinstance(first_row[2], SheetScoreCell)
    assert first_row[2].value is True
    assert second_row == [0, None, None]
    assert parsed.columns[0].score == 0.5
    assert parsed.score_configuration is not None
    assert parsed.score_configuration.score_config.additional_properties == {"true_values": ["yes"]}


def test_configure_sheet_score_body(mode: str) -> None:
    answer = {
        "success": True,
        "message": "Score configuration updated",
        "score_configuration_id": str(CALCULATION),
        "status": None,
        "requires_recalculation": True,
        "version": 6,
    }
    body = SheetScoreConfigureRequest(
        column_names=["correct"],
        code="def score(row):\n    return 1",
        code_language=SheetScoreCodeLanguage.PYTHON,
        true_values=["yes", "y"],
        false_values=None,
    )
    request, parsed = exchange(mode, configure_sheet_score, 200, answer, body=body)
    assert (request.method, request.url.path) == ("PATCH", f"{SHEET_PATH}/score")
    assert sent_json(request) == {
        "column_names": ["correct"],
        "code": "def score(row):\n    return 1",
        "code_language": "PYTHON",
        "true_values": ["yes", "y"],
        "false_values": None,
    }
    assert isinstance(parsed, SheetScoreConfigureResponse)
    assert parsed.requires_recalculation is True
    assert parsed.status is None
    assert parsed.score_configuration_id == CALCULATION


def test_recalculate_sheet_score_sends_no_body(mode: str) -> None:
    answer = {"success": True, "score_configuration_id": str(CALCULATION), "status": "queued"}
    request, parsed = exchange(mode, recalculate_sheet_score, 202, answer)
    assert (request.method, request.url.path, request.content) == ("POST", f"{SHEET_PATH}/score", b"")
    assert isinstance(parsed, SheetScoreRecalculateResponse)
    assert parsed.status is SheetScoreStatus.QUEUED


# -- scorecards -----------------------------------------------------------------------------------


def test_get_sheet_scorecard(mode: str) -> None:
    answer = {
        "success": True,
        "scorecard": scorecard(),
        "latest_calculation": calculation(),
        "display_calculation": None,
        "progress": {"scored_rows": 10, "total_rows": 10, "partial_score": None},
    }
    request, parsed = exchange(mode, get_sheet_scorecard, 200, answer)
    assert (request.method, request.url.path) == ("GET", f"{SHEET_PATH}/scorecard")
    assert isinstance(parsed, ScorecardGetResponse)
    assert isinstance(parsed.scorecard, Scorecard)
    assert parsed.scorecard.status is ScorecardStatus.COMPLETED
    assert parsed.scorecard.aggregation.pass_threshold == 0.8
    step = parsed.scorecard.steps[0]
    assert step.primitive_type is ScorecardStepPrimitiveType.CONTAINS
    assert isinstance(step.thresholds, ScorecardStepThresholds)
    assert step.thresholds.additional_properties == {"pass": 0.8}
    assert parsed.latest_calculation is not None
    assert parsed.latest_calculation.aggregate_verdict is ScorecardVerdict.PASS
    assert parsed.display_calculation is None


def test_get_sheet_scorecard_when_none_is_set_up() -> None:
    _, parsed = exchange(
        "sync", get_sheet_scorecard, 200, {"success": True, "scorecard": None, "latest_calculation": None}
    )
    assert isinstance(parsed, ScorecardGetResponse)
    assert parsed.scorecard is None


def test_configure_sheet_scorecard_body(mode: str) -> None:
    body = ScorecardConfigureRequest.from_dict(
        {
            "name": "Support quality",
            "evaluated_column_ids": [str(COLUMN)],
            "aggregation": {"method": "weighted_mean", "pass_threshold": 0.8},
            "steps": [
                {
                    "title": "Mentions the refund policy",
                    "primitive_type": "CONTAINS",
                    "required": True,
                    "primitive_config": {"needle": "refund"},
                }
            ],
        }
    )
    request, parsed = exchange(
        mode,
        configure_sheet_scorecard,
        200,
        {"success": True, "scorecard": scorecard(), "version": 3},
        body=body,
    )
    assert (request.method, request.url.path) == ("PATCH", f"{SHEET_PATH}/scorecard")
    assert sent_json(request) == {
        "name": "Support quality",
        "evaluated_column_ids": [str(COLUMN)],
        "aggregation": {"method": "weighted_mean", "pass_threshold": 0.8},
        "steps": [
            {
                "title": "Mentions the refund policy",
                "primitive_type": "CONTAINS",
                "required": True,
                "primitive_config": {"needle": "refund"},
            }
        ],
    }
    assert isinstance(parsed, ScorecardConfigureResponse)
    assert parsed.version == 3
    assert parsed.scorecard.steps[0].id == STEP


def test_migrate_legacy_sheet_score(mode: str) -> None:
    answer = {
        "success": True,
        "scorecard": scorecard(),
        "converted_count": 1,
        "skipped": [{"reason": "custom code is not supported", "score_type": "custom"}],
        "legacy_score_deleted": True,
        "version": 8,
    }
    body = ScorecardMigrateLegacyRequest(delete_legacy_score=True)
    request, parsed = exchange(mode, migrate_legacy_sheet_score, 200, answer, body=body)
    assert (request.method, request.url.path) == ("POST", f"{SHEET_PATH}/scorecard/migrate-legacy-score")
    assert sent_json(request) == {"delete_legacy_score": True}
    assert isinstance(parsed, ScorecardMigrateLegacyResponse)
    assert parsed.skipped[0].score_type == "custom"
    assert parsed.legacy_score_deleted is True


def test_recalculate_sheet_scorecard_for_some_rows_or_everything(mode: str) -> None:
    answer = {"success": True, "calculation_id": str(CALCULATION), "status": "queued", "version": 9}
    body = ScorecardWorkSelection(row_indices=[0, 4], step_ids=[STEP])
    request, parsed = exchange(mode, recalculate_sheet_scorecard, 202, answer, body=body)
    assert (request.method, request.url.path) == ("POST", f"{SHEET_PATH}/scorecard/recalculate")
    assert sent_json(request) == {"row_indices": [0, 4], "step_ids": [str(STEP)]}
    assert isinstance(parsed, ScorecardRecalculateResponse)
    assert parsed.status is ScorecardCalculationStatus.QUEUED
    assert parsed.calculation_id == CALCULATION

    request, _ = exchange(mode, recalculate_sheet_scorecard, 202, answer)
    assert request.content == b""


def test_cancel_sheet_scorecard(mode: str) -> None:
    answer = {
        "success": True,
        "message": "Cancelled",
        "scorecard": {"id": str(SCORECARD), "status": "ready"},
        "cancelled_count": 3,
        "execution_ids": ["ex-4"],
        "calculation_id": None,
    }
    body = ScorecardWorkSelection(row_indices=[2])
    request, parsed = exchange(mode, cancel_sheet_scorecard, 200, answer, body=body)
    assert (request.method, request.url.path) == ("POST", f"{SHEET_PATH}/scorecard/cancel")
    assert sent_json(request) == {"row_indices": [2]}
    assert isinstance(parsed, ScorecardCancelResponse)
    assert parsed.scorecard.id == SCORECARD
    assert parsed.scorecard.additional_properties == {"status": "ready"}
    assert parsed.calculation_id is None


def test_get_scorecard_calculation(mode: str) -> None:
    answer = {
        "success": True,
        "calculation": calculation(),
        "criterion_summaries": None,
        "drift_summary": None,
    }
    request, parsed = exchange(mode, get_scorecard_calculation, 200, answer, calculation_id=CALCULATION)
    assert (request.method, request.url.path) == ("GET", f"{SHEET_PATH}/scorecard/calculations/{CALCULATION}")
    assert isinstance(parsed, ScorecardCalculationResponse)
    assert parsed.calculation.sheet_revision == "r12"
    assert parsed.calculation.completed_at == dt.datetime(2026, 3, 4, 5, 6, 7, tzinfo=dt.UTC)


def test_list_scorecard_rows_query(mode: str) -> None:
    row = {
        "row_index": 5,
        "aggregate_score": 0.2,
        "aggregate_verdict": "fail",
        "drift_summary": None,
        "stale_state": None,
        "error_summary": None,
    }
    answer = {
        "success": True,
        "calculation_id": str(CALCULATION),
        "rows": [row],
        "next_cursor": 5,
        "verdict_counts": {"fail": 1},
    }
    request, parsed = exchange(
        mode,
        list_scorecard_rows,
        200,
        answer,
        calculation_id=CALCULATION,
        verdict=ScorecardVerdict.FAIL,
        cursor=4,
        limit=1,
    )
    assert (request.method, request.url.path) == ("GET", f"{SHEET_PATH}/scorecard/rows")
    assert request.url.params.multi_items() == [
        ("calculation_id", str(CALCULATION)),
        ("verdict", "fail"),
        ("cursor", "4"),
        ("limit", "1"),
    ]
    assert isinstance(parsed, ScorecardRowListResponse)
    assert parsed.next_cursor == 5
    assert parsed.rows[0].aggregate_verdict is ScorecardVerdict.FAIL
    assert parsed.verdict_counts.additional_properties == {"fail": 1}


def test_get_scorecard_row(mode: str) -> None:
    answer = {
        "success": True,
        "id": str(VERSION),
        "calculation_id": str(CALCULATION),
        "scorecard_id": str(SCORECARD),
        "sheet_id": str(SHEET),
        "row_index": 0,
        "aggregate_score": None,
        "aggregate_verdict": None,
        "step_results": {str(STEP): {"verdict": "error"}},
        "drift_summary": None,
        "stale_state": {"stale": True},
        "error_summary": "evaluator timed out",
        "config_hash": "h1",
        "input_hash": None,
        "computed_at": None,
    }
    request, parsed = exchange(mode, get_scorecard_row, 200, answer, row_index=0, calculation_id=CALCULATION)
    assert (request.method, request.url.path) == ("GET", f"{SHEET_PATH}/scorecard/rows/0")
    assert request.url.params.multi_items() == [("calculation_id", str(CALCULATION))]
    assert isinstance(parsed, ScorecardRowResponse)
    assert (parsed.row_index, parsed.aggregate_verdict, parsed.error_summary) == (
        0,
        None,
        "evaluator timed out",
    )
    assert parsed.step_results.additional_properties == {str(STEP): {"verdict": "error"}}
    assert parsed.stale_state is not None
    assert parsed.stale_state.additional_properties == {"stale": True}


# -- versions and score history -------------------------------------------------------------------


def test_list_sheet_versions_query(mode: str) -> None:
    answer = {
        "success": True,
        "data": [version(3)],
        "pagination": {"next_cursor": "abc", "prev_cursor": None, "has_more": True, "limit": 1},
        "filters": {},
        "count": 1,
    }
    request, parsed = exchange(
        mode,
        list_sheet_versions,
        200,
        answer,
        cursor="xyz",
        limit=1,
        sort=SheetVersionSortField.VERSION_NUMBER,
        order=SortOrder.ASC,
    )
    assert (request.method, request.url.path) == ("GET", f"{SHEET_PATH}/versions")
    assert request.url.params.multi_items() == [
        ("cursor", "xyz"),
        ("limit", "1"),
        ("sort", "version_number"),
        ("order", "asc"),
    ]
    assert isinstance(parsed, SheetVersionListResponse)
    assert parsed.pagination.next_cursor == "abc"
    assert parsed.data[0].version_number == 3


def test_create_and_get_sheet_version(mode: str) -> None:
    body = SheetVersionCreateRequest(name="baseline", source_version_id=VERSION)
    request, parsed = exchange(
        mode, create_sheet_version, 201, {"success": True, "version": version(4)}, body=body
    )
    assert (request.method, request.url.path) == ("POST", f"{SHEET_PATH}/versions")
    assert sent_json(request) == {"name": "baseline", "source_version_id": str(VERSION)}
    assert isinstance(parsed, SheetVersionResponse)
    assert parsed.version.version_number == 4

    request, parsed = exchange(
        mode, get_sheet_version, 200, {"success": True, "version": version(2)}, version_id=VERSION
    )
    assert (request.method, request.url.path) == ("GET", f"{SHEET_PATH}/versions/{VERSION}")
    assert isinstance(parsed, SheetVersionResponse)
    assert isinstance(parsed.version.snapshot, SheetVersionSnapshot)
    assert parsed.version.snapshot.additional_properties == {"rows": 10}
    assert parsed.version.created_at == dt.datetime(2026, 3, 4, 5, 6, 7, tzinfo=dt.UTC)


def test_get_sheet_score_history_query(mode: str) -> None:
    answer = {
        "success": True,
        "score_history": {
            "points": [{"version_number": 1, "score": 0.4}, {"version_number": 2, "score": 0.7}],
            "total_points": 2,
            "returned_points": 2,
            "resolution": "raw",
            "range": "last_25",
            "max_points": 100,
            "is_sampled": False,
        },
    }
    request, parsed = exchange(
        mode,
        get_sheet_score_history,
        200,
        answer,
        max_points=100,
        range_=ScoreHistoryRange.LAST_25,
        resolution=ScoreHistoryResolution.RAW,
    )
    assert (request.method, request.url.path) == ("GET", f"{SHEET_PATH}/versions/score-history")
    assert request.url.params.multi_items() == [
        ("max_points", "100"),
        ("range", "last_25"),
        ("resolution", "raw"),
    ]
    assert isinstance(parsed, ScoreHistoryResponse)
    assert parsed.score_history.resolution is ScoreHistoryResolution.RAW
    assert [p.additional_properties["score"] for p in parsed.score_history.points] == [0.4, 0.7]


# -- imports --------------------------------------------------------------------------------------


def test_start_sheet_file_import_sends_the_csv_inline(mode: str) -> None:
    encoded = "aW5wdXQsZXhwZWN0ZWQKaGVsbG8sd29ybGQK"  # base64 of b"input,expected\nhello,world\n"
    body = SheetImportFileRequest(file_name="cases.csv", file_content_base64=encoded, operation_id="imp-1")
    request, parsed = exchange(
        mode, start_sheet_file_import, 202, import_started("file", "cases.csv"), body=body
    )
    assert (request.method, request.url.path) == ("POST", f"{SHEET_PATH}/imports/file")
    assert sent_json(request) == {
        "operation_id": "imp-1",
        "file_name": "cases.csv",
        "file_content_base64": encoded,
    }
    assert base64.b64decode(encoded) == b"input,expected\nhello,world\n"
    assert isinstance(parsed, SheetImportStartResponse)
    assert parsed.operation.source is SheetImportSource.FILE
    assert parsed.operation.status is SheetImportStatus.PENDING
    assert parsed.operation.file_name == "cases.csv"


def test_start_sheet_request_log_import_body(mode: str) -> None:
    body = SheetImportRequestLogsRequest.from_dict(
        {
            "filter_group": {
                "logic": "OR",
                "filters": [
                    {"field": "tags", "operator": "contains", "value": "prod"},
                    {"logic": "AND", "filters": [{"field": "cost", "operator": "gt", "value": 0.01}]},
                ],
            },
            "q": "refund",
            "variables_to_parse": ["question"],
            "include_fields": ["latency_ms"],
            "limit": 200,
        }
    )
    body.sort_by = RequestLogSortBy.REQUEST_START_TIME
    body.sort_order = RequestLogSortOrder.DESC
    request, parsed = exchange(
        mode, start_sheet_request_log_import, 202, import_started("request_logs", None), body=body
    )
    assert (request.method, request.url.path) == ("POST", f"{SHEET_PATH}/imports/request-logs")
    assert sent_json(request) == {
        "filter_group": {
            "logic": "OR",
            "filters": [
                {"field": "tags", "operator": "contains", "value": "prod"},
                {"logic": "AND", "filters": [{"field": "cost", "operator": "gt", "value": 0.01}]},
            ],
        },
        "q": "refund",
        "sort_by": "request_start_time",
        "sort_order": "desc",
        "variables_to_parse": ["question"],
        "include_fields": ["latency_ms"],
        "limit": 200,
    }
    assert isinstance(parsed, SheetImportStartResponse)
    assert parsed.operation.source is SheetImportSource.REQUEST_LOGS

    by_id = SheetImportRequestLogsRequest(request_log_ids=[11, 12])
    request, _ = exchange(
        mode, start_sheet_request_log_import, 202, import_started("request_logs", None), body=by_id
    )
    assert sent_json(request) == {"request_log_ids": [11, 12]}


def test_an_error_answer_parses_as_error_response() -> None:
    _, parsed = exchange("sync", get_sheet_score, 404, {"success": False, "message": "Sheet not found"})
    assert isinstance(parsed, ErrorResponse)
    assert parsed.message == "Sheet not found"
