"""Reports, evaluations, datasets and analytics operations build the requests the spec describes.

Same pattern as test_requests.py: each test drives `sync_detailed` and `asyncio_detailed`
through a recording MockTransport and parses an answer shaped like the published examples.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, TypeVar

from promptlayer_api.api.datasets import (
    add_request_log_to_draft_dataset,
    add_trace_to_draft_dataset,
    create_dataset_group,
    create_dataset_version_from_file,
    create_dataset_version_from_filter_params,
    create_draft_dataset_version,
    list_dataset_rows,
    list_datasets,
    save_draft_dataset_version,
)
from promptlayer_api.api.evaluations import list_evaluation_rows, list_evaluations
from promptlayer_api.api.reports import (
    add_report_column,
    create_evaluation_pipeline,
    delete_report_column,
    delete_reports_by_name,
    edit_report_column,
    get_report,
    get_report_score,
    rename_report,
    run_report,
    update_report_score_card,
)
from promptlayer_api.api.tracking import (
    get_request_analytics,
    get_request_custom_analytics,
    get_trace_custom_analytics,
    list_request_suggestions,
)
from promptlayer_api.models import (
    AnalyticsResponse,
    AnalyticsStat,
    CustomAnalyticsChartType,
    CustomAnalyticsRequestQuery,
    CustomAnalyticsResponse,
    CustomAnalyticsTraceQuery,
    CustomAnalyticsUnit,
    Dataset,
    DatasetAddRequestLogRequest,
    DatasetAddTraceRequest,
    DatasetAddTraceResponse,
    DatasetAddTraceToSheetRequest,
    DatasetAddTraceToSheetRequestMetadata,
    DatasetDraftCreateRequest,
    DatasetDraftResponse,
    DatasetDraftSaveRequest,
    DatasetGroup,
    DatasetGroupCreateRequest,
    DatasetGroupCreateResponse,
    DatasetListResponse,
    DatasetRowCell,
    DatasetRowsResponse,
    DatasetSortField,
    DatasetStatusFilter,
    DatasetTraceImportMode,
    DatasetVersionFromFileRequest,
    DatasetVersionFromFileResponse,
    DatasetVersionFromFilterParamsRequest,
    DatasetVersionFromFilterParamsResponse,
    EvaluationColumnDefinition,
    EvaluationColumnDefinitionConfiguration,
    EvaluationColumnType,
    EvaluationListResponse,
    EvaluationPipelineCreateRequest,
    EvaluationPipelineCreateResponse,
    EvaluationRowCell,
    EvaluationRowsResponse,
    EvaluationRun,
    EvaluationStatusFilter,
    EvaluationUnknownCell,
    ExternalId,
    ReportCodeLanguage,
    ReportColumnAddType,
    ReportColumnCreateRequest,
    ReportColumnCreateRequestConfiguration,
    ReportColumnCreateResponse,
    ReportColumnEditRequest,
    ReportColumnEditResponse,
    ReportColumnSummary,
    ReportColumnSummaryType,
    ReportDetail,
    ReportGetResponse,
    ReportOutcome,
    ReportRenameRequest,
    ReportRenameResponse,
    ReportRunRequest,
    ReportRunResponse,
    ReportScoreCardUpdateRequest,
    ReportScoreCardUpdateResponse,
    ReportScoreConfiguration,
    ReportScoreResponse,
    ReportScoreType,
    ReportStatus,
    RequestLogQuery,
    RequestLogSortBy,
    RequestLogSortOrder,
    RequestSuggestionField,
    RequestSuggestionsResponse,
    SortOrder,
    StructuredFilterGroup,
)
from promptlayer_api.types import Unset

from tests.generated.test_requests import Recorder, assert_auth, call, make_client

T = TypeVar("T")

FILTERS = {
    "logic": "AND",
    "filters": [
        {"field": "engine", "operator": "is", "value": "gpt-4o"},
        {"field": "metadata", "operator": "key_equals", "nested_key": "app_name", "value": "checkout"},
        {"logic": "OR", "filters": [{"field": "tags", "operator": "in", "value": ["staging", "prod"]}]},
    ],
}


def present(value: T | Unset) -> T:
    """Narrow an optional response field that the answer did carry."""
    assert not isinstance(value, Unset)
    return value


def sent(recorder: Recorder, method: str, path: str) -> Any:
    """Check the one recorded request's line and auth, and return its JSON body."""
    request = recorder.only
    assert_auth(request)
    assert request.method == method
    assert request.url.raw_path == path.encode()
    assert request.headers["content-type"] == "application/json"
    return json.loads(request.content)


def no_body(recorder: Recorder, method: str, path: str) -> list[tuple[str, str]]:
    """Check a body-less request and return its query items."""
    request = recorder.only
    assert_auth(request)
    assert request.method == method
    assert request.url.path == path
    assert request.content == b""
    return request.url.params.multi_items()


# -- reports ---------------------------------------------------------------------------


def test_create_evaluation_pipeline(mode: str) -> None:
    answer = {
        "success": True,
        "report_id": 456,
        "report_columns": [
            {
                "id": 789,
                "name": "Accuracy Check",
                "column_type": "LLM_ASSERTION",
                "position": 1,
                "configuration": {"source": "response"},
            }
        ],
        "external_ids": [],
    }
    recorder = Recorder(201, answer)
    body = EvaluationPipelineCreateRequest(
        dataset_group_id=123,
        name="Weighted",
        columns=[
            EvaluationColumnDefinition(
                column_type=EvaluationColumnType.LLM_ASSERTION,
                name="Accuracy Check",
                configuration=EvaluationColumnDefinitionConfiguration.from_dict(
                    {"source": "response", "prompt": "Is this accurate?"}
                ),
                is_part_of_score=True,
            )
        ],
        score_configuration=ReportScoreConfiguration(
            code="return {'score': 1}", code_language=ReportCodeLanguage.PYTHON
        ),
        external_ids=[ExternalId(source="ci", external_id="eval-1")],
    )
    response = call(mode, create_evaluation_pipeline, client=make_client(recorder, mode), body=body)

    assert sent(recorder, "POST", "/reports") == {
        "dataset_group_id": 123,
        "name": "Weighted",
        "columns": [
            {
                "column_type": "LLM_ASSERTION",
                "name": "Accuracy Check",
                "configuration": {"source": "response", "prompt": "Is this accurate?"},
                "is_part_of_score": True,
            }
        ],
        "score_configuration": {"code": "return {'score': 1}", "code_language": "PYTHON"},
        "external_ids": [{"source": "ci", "external_id": "eval-1"}],
    }
    assert response.status_code == 201
    parsed = response.parsed
    assert isinstance(parsed, EvaluationPipelineCreateResponse)
    assert parsed.report_id == 456
    column = present(parsed.report_columns)[0]
    assert isinstance(column, ReportColumnSummary)
    assert column.column_type is ReportColumnSummaryType.LLM_ASSERTION
    assert present(column.configuration)["source"] == "response"


def test_delete_reports_by_name_quotes_the_name(mode: str) -> None:
    recorder = Recorder(200, {"success": True, "message": "Reports archived"})
    response = call(
        mode, delete_reports_by_name, report_name="Q1 eval/v2", client=make_client(recorder, mode)
    )

    assert no_body(recorder, "DELETE", "/reports/name/Q1 eval/v2") == []
    assert recorder.only.url.raw_path == b"/reports/name/Q1%20eval%2Fv2"
    assert isinstance(response.parsed, ReportOutcome)
    assert response.parsed.message == "Reports archived"


def test_get_report(mode: str) -> None:
    answer = {
        "success": True,
        "message": "success",
        "report": {
            "id": 9,
            "name": "nightly",
            "deleted": False,
            "created_at": "2026-03-01T10:00:00Z",
            "updated_at": "2026-03-01T10:05:00Z",
            "workspace_id": 4,
            "is_blueprint": False,
            "parent_report_id": 456,
            "score": None,
            "score_matrix": [[1, 0]],
        },
        "status": "RUNNING",
        "stats": {"status_counts": {"COMPLETED": 3, "FAILED": 1, "QUEUED": 2, "RUNNING": 1}},
        "report_columns": [
            {
                "id": 1,
                "report_id": 9,
                "column_type": "DATASET",
                "name": "input",
                "position": 0,
                "score": None,
            },
            {
                "id": 2,
                "report_id": 9,
                "column_type": "LLM_ASSERTION",
                "name": "ok",
                "position": 1,
                "score": 0.75,
            },
        ],
    }
    recorder = Recorder(200, answer)
    response = call(mode, get_report, report_id=9, client=make_client(recorder, mode))

    assert no_body(recorder, "GET", "/reports/9") == []
    parsed = response.parsed
    assert isinstance(parsed, ReportGetResponse)
    assert isinstance(parsed.report, ReportDetail)
    assert parsed.report.created_at == dt.datetime(2026, 3, 1, 10, 0, tzinfo=dt.UTC)
    assert parsed.report.parent_report_id == 456
    assert parsed.report.score is None
    assert parsed.report.score_matrix == [[1, 0]]
    assert parsed.status is ReportStatus.RUNNING
    counts = present(parsed.stats).status_counts
    assert (counts.completed, counts.failed, counts.queued, counts.running) == (3, 1, 2, 1)
    assert [column.score for column in present(parsed.report_columns)] == [None, 0.75]


def test_run_report(mode: str) -> None:
    recorder = Recorder(201, {"success": True, "report_id": 1001})
    body = ReportRunRequest(name="nightly", dataset_id=None, refresh_dataset=True)
    response = call(mode, run_report, report_id=456, client=make_client(recorder, mode), body=body)

    assert sent(recorder, "POST", "/reports/456/run") == {
        "name": "nightly",
        "dataset_id": None,
        "refresh_dataset": True,
    }
    assert isinstance(response.parsed, ReportRunResponse)
    assert response.parsed.report_id == 1001


def test_run_report_error_body_parses(mode: str) -> None:
    recorder = Recorder(403, {"success": False, "message": "Only pipelines can be run"})
    response = call(
        mode, run_report, report_id=9, client=make_client(recorder, mode), body=ReportRunRequest(name="x")
    )
    assert response.status_code == 403
    assert isinstance(response.parsed, ReportOutcome)
    assert response.parsed.message == "Only pipelines can be run"


def test_get_report_score_keeps_details_as_json(mode: str) -> None:
    details = {"columns": [{"column_name": "ok", "score": 80.0, "score_type": "boolean", "num_skipped": 0}]}
    answer = {
        "success": True,
        "message": "success",
        "score": {
            "overall_score": 80.0,
            "score_type": "multi_column",
            "has_custom_scoring": False,
            "details": details,
        },
    }
    recorder = Recorder(200, answer)
    response = call(mode, get_report_score, report_id=9, client=make_client(recorder, mode))

    assert no_body(recorder, "GET", "/reports/9/score") == []
    parsed = response.parsed
    assert isinstance(parsed, ReportScoreResponse)
    assert parsed.score.overall_score == 80.0
    assert parsed.score.score_type is ReportScoreType.MULTI_COLUMN
    assert parsed.score.details == details


def test_rename_report_can_clear_tags(mode: str) -> None:
    answer = {
        "success": True,
        "report": {"id": 456, "name": "support", "tags": [], "score_configuration": None},
    }
    recorder = Recorder(200, answer)
    body = ReportRenameRequest(name="support", tags=[])
    response = call(mode, rename_report, report_id=456, client=make_client(recorder, mode), body=body)

    assert sent(recorder, "PATCH", "/reports/456/rename") == {"name": "support", "tags": []}
    assert isinstance(response.parsed, ReportRenameResponse)
    assert response.parsed.report.name == "support"
    assert response.parsed.report.tags == []


def test_update_report_score_card(mode: str) -> None:
    answer = {
        "success": True,
        "report": {
            "id": 456,
            "name": "pipeline",
            "score_configuration": {"code": "return {'score': 85.5}", "code_language": "JAVASCRIPT"},
        },
    }
    recorder = Recorder(200, answer)
    body = ReportScoreCardUpdateRequest(
        column_names=["Accuracy Check", "Style Check"],
        code="return {'score': 85.5}",
        code_language=ReportCodeLanguage.JAVASCRIPT,
    )
    response = call(
        mode, update_report_score_card, report_id=456, client=make_client(recorder, mode), body=body
    )

    assert sent(recorder, "PATCH", "/reports/456/score-card") == {
        "column_names": ["Accuracy Check", "Style Check"],
        "code": "return {'score': 85.5}",
        "code_language": "JAVASCRIPT",
    }
    assert isinstance(response.parsed, ReportScoreCardUpdateResponse)
    scoring = response.parsed.report.score_configuration
    assert isinstance(scoring, ReportScoreConfiguration)
    assert scoring.code_language is ReportCodeLanguage.JAVASCRIPT


def test_add_report_column(mode: str) -> None:
    configuration = {
        "template": {"name": "qa_template", "version_number": None},
        "prompt_template_variable_mappings": {"question": "input_question"},
    }
    answer = {"success": True, "report_column": {"id": 790, "name": "Generate Answer", "position": 2}}
    recorder = Recorder(201, answer)
    body = ReportColumnCreateRequest(
        report_id=456,
        column_type=ReportColumnAddType.PROMPT_TEMPLATE,
        name="Generate Answer",
        configuration=ReportColumnCreateRequestConfiguration.from_dict(configuration),
        position=2,
    )
    response = call(mode, add_report_column, client=make_client(recorder, mode), body=body)

    assert sent(recorder, "POST", "/report-columns") == {
        "report_id": 456,
        "column_type": "PROMPT_TEMPLATE",
        "name": "Generate Answer",
        "configuration": configuration,
        "position": 2,
    }
    assert isinstance(response.parsed, ReportColumnCreateResponse)
    assert present(response.parsed.report_column)["id"] == 790


def test_edit_report_column(mode: str) -> None:
    answer = {
        "success": True,
        "report_column": {"id": 789, "name": "Strict JSON", "column_type": "CODE_EXECUTION", "position": 3},
    }
    recorder = Recorder(200, answer)
    body = ReportColumnEditRequest.from_dict(
        {
            "report_id": 456,
            "column_type": "CODE_EXECUTION",
            "name": "Strict JSON",
            "configuration": {"language": "PYTHON"},
        }
    )
    response = call(
        mode, edit_report_column, report_column_id=789, client=make_client(recorder, mode), body=body
    )

    assert sent(recorder, "PATCH", "/report-columns/789") == {
        "report_id": 456,
        "column_type": "CODE_EXECUTION",
        "name": "Strict JSON",
        "configuration": {"language": "PYTHON"},
    }
    assert isinstance(response.parsed, ReportColumnEditResponse)
    assert response.parsed.report_column.column_type is ReportColumnSummaryType.CODE_EXECUTION


def test_delete_report_column_answers_204_without_body(mode: str) -> None:
    recorder = Recorder(204, None)
    response = call(mode, delete_report_column, report_column_id=789, client=make_client(recorder, mode))
    assert no_body(recorder, "DELETE", "/report-columns/789") == []
    assert response.status_code == 204
    assert response.parsed is None


# -- evaluations -----------------------------------------------------------------------


def test_list_evaluations_query_and_runs(mode: str) -> None:
    run = {
        "id": 11,
        "name": "run 1",
        "workspace_id": 4,
        "is_blueprint": False,
        "parent_report_id": 10,
        "status": "COMPLETED",
        "stats": {"status_counts": {"COMPLETED": 5}},
    }
    answer = {
        "success": True,
        "message": "success",
        "evaluations": [{"id": 10, "name": "qa", "workspace_id": 4, "is_blueprint": True, "runs": [run]}],
        "page": 2,
        "per_page": 5,
        "total": 6,
        "pages": 2,
    }
    recorder = Recorder(200, answer)
    response = call(
        mode,
        list_evaluations,
        client=make_client(recorder, mode),
        name="qa",
        status=EvaluationStatusFilter.ALL,
        include_runs=True,
        page=2,
        per_page=5,
        created_after=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
        sort_order=SortOrder.ASC,
    )

    assert no_body(recorder, "GET", "/api/public/v2/evaluations") == [
        ("name", "qa"),
        ("status", "all"),
        ("include_runs", "true"),
        ("page", "2"),
        ("per_page", "5"),
        ("created_after", "2026-01-01T00:00:00+00:00"),
        ("sort_order", "asc"),
    ]
    parsed = response.parsed
    assert isinstance(parsed, EvaluationListResponse)
    assert parsed.total == 6
    first_run = present(parsed.evaluations[0].runs)[0]
    assert isinstance(first_run, EvaluationRun)
    assert first_run.status is ReportStatus.COMPLETED
    assert present(present(first_run.stats).status_counts)["COMPLETED"] == 5


def test_list_evaluation_rows_parses_each_cell_kind(mode: str) -> None:
    answer = {
        "success": True,
        "message": "success",
        "columns": ["input", "accuracy", "judge"],
        "rows": [
            [
                {"type": "dataset", "value": "What is PromptLayer?"},
                {"type": "eval", "status": "PASSED", "value": 0.95},
                {"type": "judge", "verdict": "fine"},
            ]
        ],
        "page": 1,
        "per_page": 10,
        "pages": 3,
        "total": 25,
    }
    recorder = Recorder(200, answer)
    response = call(
        mode,
        list_evaluation_rows,
        evaluation_id=10,
        client=make_client(recorder, mode),
        workspace_id=4,
        per_page=50,
    )

    query = no_body(recorder, "GET", "/api/public/v2/evaluations/10/rows")
    assert query == [("workspace_id", "4"), ("page", "1"), ("per_page", "50")]
    parsed = response.parsed
    assert isinstance(parsed, EvaluationRowsResponse)
    dataset_cell, eval_cell, new_cell = parsed.rows[0]
    assert isinstance(dataset_cell, DatasetRowCell)
    assert dataset_cell.value == "What is PromptLayer?"
    assert isinstance(eval_cell, EvaluationRowCell)
    assert (eval_cell.status, eval_cell.value) == ("PASSED", 0.95)
    assert isinstance(new_cell, EvaluationUnknownCell)
    assert new_cell.type_ == "judge"
    assert new_cell.additional_properties == {"verdict": "fine"}


# -- datasets --------------------------------------------------------------------------


def test_list_datasets_query(mode: str) -> None:
    dataset = {
        "id": 456,
        "dataset_group_id": 123,
        "version_number": 2,
        "column_names": ["input", "expected_output"],
        "is_deleted": False,
        "user_id": 7,
        "filter_params": None,
        "dataset_group": {"id": 123, "name": "support", "workspace_id": 4, "is_deleted": False},
    }
    answer = {
        "success": True,
        "message": "success",
        "datasets": [dataset],
        "page": 1,
        "per_page": 10,
        "total": 1,
        "pages": 1,
    }
    recorder = Recorder(200, answer)
    response = call(
        mode,
        list_datasets,
        client=make_client(recorder, mode),
        dataset_group_id=123,
        report_id=9,
        status=DatasetStatusFilter.DELETED,
        sort_by=DatasetSortField.NAME,
    )

    assert no_body(recorder, "GET", "/api/public/v2/datasets") == [
        ("dataset_group_id", "123"),
        ("report_id", "9"),
        ("status", "deleted"),
        ("page", "1"),
        ("per_page", "10"),
        ("sort_by", "name"),
    ]
    parsed = response.parsed
    assert isinstance(parsed, DatasetListResponse)
    first = parsed.datasets[0]
    assert isinstance(first, Dataset)
    assert first.column_names == ["input", "expected_output"]
    assert isinstance(first.dataset_group, DatasetGroup)
    assert first.dataset_group.name == "support"


def test_list_dataset_rows_search(mode: str) -> None:
    answer = {
        "success": True,
        "columns": ["input", "expected_output"],
        "rows": [[{"type": "dataset", "value": "Hi"}, {"type": "dataset", "value": {"answer": 42}}]],
        "page": 1,
        "per_page": 10,
        "pages": 1,
        "total": 1,
    }
    recorder = Recorder(200, answer)
    response = call(
        mode, list_dataset_rows, dataset_id=456, client=make_client(recorder, mode), q="refund policy"
    )

    query = no_body(recorder, "GET", "/api/public/v2/datasets/456/rows")
    assert query == [("page", "1"), ("per_page", "10"), ("q", "refund policy")]
    parsed = response.parsed
    assert isinstance(parsed, DatasetRowsResponse)
    assert [cell.value for cell in parsed.rows[0]] == ["Hi", {"answer": 42}]


def test_create_dataset_group(mode: str) -> None:
    answer = {
        "success": True,
        "message": "Dataset group created successfully",
        "dataset_group": {"id": 123, "name": "support", "workspace_id": 4, "is_deleted": False},
        "dataset": {"id": 456, "version_number": -1},
        "external_ids": [],
    }
    recorder = Recorder(201, answer)
    body = DatasetGroupCreateRequest(name="support", folder_id=17)
    response = call(mode, create_dataset_group, client=make_client(recorder, mode), body=body)

    assert sent(recorder, "POST", "/api/public/v2/dataset-groups") == {"name": "support", "folder_id": 17}
    parsed = response.parsed
    assert isinstance(parsed, DatasetGroupCreateResponse)
    assert isinstance(parsed.dataset_group, DatasetGroup)
    # The example's draft lacks the full dataset fields, so it stays a plain object.
    assert not isinstance(parsed.dataset, Dataset)
    assert parsed.dataset["version_number"] == -1


def test_create_dataset_version_from_file(mode: str) -> None:
    recorder = Recorder(
        201, {"success": True, "message": "Dataset version creation job queued", "dataset_id": 456}
    )
    body = DatasetVersionFromFileRequest(
        dataset_group_id=123, file_name="eval.csv", file_content_base64="cSxhCjEsMg=="
    )
    response = call(mode, create_dataset_version_from_file, client=make_client(recorder, mode), body=body)

    assert sent(recorder, "POST", "/api/public/v2/dataset-versions/from-file") == {
        "dataset_group_id": 123,
        "file_name": "eval.csv",
        "file_content_base64": "cSxhCjEsMg==",
    }
    assert isinstance(response.parsed, DatasetVersionFromFileResponse)
    assert response.parsed.dataset_id == 456


def test_create_dataset_version_from_filter_params(mode: str) -> None:
    answer = {
        "success": True,
        "message": "queued",
        "dataset_id": 456,
        "dataset_group_id": 123,
        "version_number": -1,
    }
    recorder = Recorder(201, answer)
    body = DatasetVersionFromFilterParamsRequest(
        dataset_group_id=123,
        filter_group=StructuredFilterGroup.from_dict(FILTERS),
        q="timeout",
        sort_by=RequestLogSortBy.REQUEST_START_TIME,
        sort_order=RequestLogSortOrder.DESC,
        variables_to_parse=["question"],
        limit=100,
    )
    response = call(
        mode, create_dataset_version_from_filter_params, client=make_client(recorder, mode), body=body
    )

    assert sent(recorder, "POST", "/api/public/v2/dataset-versions/from-filter-params") == {
        "dataset_group_id": 123,
        "filter_group": FILTERS,
        "q": "timeout",
        "sort_by": "request_start_time",
        "sort_order": "desc",
        "variables_to_parse": ["question"],
        "limit": 100,
    }
    assert isinstance(response.parsed, DatasetVersionFromFilterParamsResponse)
    assert response.parsed.version_number == -1


def test_draft_dataset_calls(mode: str) -> None:
    """create-draft (answering 202 while copying), add-request-log and save-draft."""
    cases: list[tuple[Any, Any, int, str, dict[str, Any]]] = [
        (
            create_draft_dataset_version,
            DatasetDraftCreateRequest(dataset_group_id=123, source_dataset_id=456),
            202,
            "create-draft",
            {"dataset_group_id": 123, "source_dataset_id": 456},
        ),
        (
            add_request_log_to_draft_dataset,
            DatasetAddRequestLogRequest(dataset_group_id=123, request_log_id=98765),
            201,
            "add-request-log",
            {"dataset_group_id": 123, "request_log_id": 98765},
        ),
        (
            save_draft_dataset_version,
            DatasetDraftSaveRequest(dataset_group_id=123),
            202,
            "save-draft",
            {"dataset_group_id": 123},
        ),
    ]
    for module, body, status, step, expected in cases:
        recorder = Recorder(status, {"success": True, "message": step, "draft_dataset_id": 789})
        response = call(mode, module, client=make_client(recorder, mode), body=body)
        assert sent(recorder, "POST", f"/api/public/v2/dataset-versions/{step}") == expected
        assert response.status_code == status
        assert isinstance(response.parsed, DatasetDraftResponse)
        assert (response.parsed.message, response.parsed.draft_dataset_id) == (step, 789)


def test_add_trace_to_a_dataset_draft(mode: str) -> None:
    recorder = Recorder(201, {"success": True, "draft_dataset_id": 789, "mode": "span"})
    body = DatasetAddTraceRequest(dataset_group_id=123, trace_id="abc123", span_id="span789")
    response = call(mode, add_trace_to_draft_dataset, client=make_client(recorder, mode), body=body)

    assert sent(recorder, "POST", "/api/public/v2/dataset-versions/add-trace") == {
        "dataset_group_id": 123,
        "trace_id": "abc123",
        "span_id": "span789",
    }
    assert isinstance(response.parsed, DatasetAddTraceResponse)
    assert response.parsed.mode is DatasetTraceImportMode.SPAN


def test_add_trace_to_a_sheet_as_the_official_sdk_sends_it(mode: str) -> None:
    recorder = Recorder(201, {"success": True, "row_index": 4, "row": {"row_index": 4, "cells": {}}})
    body = DatasetAddTraceToSheetRequest(
        trace_id="abc123",
        sheet_id=12,
        smart_table_id="tbl_1",
        metadata=DatasetAddTraceToSheetRequestMetadata.from_dict({"eval_name": "smoke"}),
    )
    response = call(mode, add_trace_to_draft_dataset, client=make_client(recorder, mode), body=body)

    assert sent(recorder, "POST", "/api/public/v2/dataset-versions/add-trace") == {
        "trace_id": "abc123",
        "sheet_id": 12,
        "smart_table_id": "tbl_1",
        "metadata": {"eval_name": "smoke"},
    }
    parsed = response.parsed
    assert isinstance(parsed, DatasetAddTraceResponse)
    assert parsed.row_index == 4
    assert parsed.row is not None
    assert present(parsed.row)["cells"] == {}


# -- analytics -------------------------------------------------------------------------


def test_get_request_analytics(mode: str) -> None:
    answer = {
        "success": True,
        "chartInterval": {"interval": "day", "bucketSizeMs": 86400000, "bucketMinutes": None},
        "averageLatency": 1.2,
        "totalCost": 12.34,
        "totalRequests": 2500,
        "cacheTokenRatio": None,
        "stats": [
            {
                "date": "2025-03-15",
                "requests": 120,
                "cost": 0.84,
                "statusCounts": {"SUCCESS": 119, "ERROR": 1},
            }
        ],
        "mostUsedModels": [["gpt-4o", 2500]],
        "modelRequestsByDay": {"gpt-4o": [["2025-03-15", 120]]},
        "latency": {"p90_latency": {"2025-03-15": 2.1}},
        "latencyByModelByDay": {"gpt-4o": {"p50_latency": [["2025-03-15", 0.9]]}},
        "metadataValueBreakdown": [
            {"key": "env", "value": "prod", "label": "prod", "requests": 9, "cost": 1.5}
        ],
    }
    recorder = Recorder(200, answer)
    body = RequestLogQuery.from_dict({"filter_group": FILTERS, "metadata_cost_breakdown_key": "env"})
    response = call(mode, get_request_analytics, client=make_client(recorder, mode), body=body)

    assert sent(recorder, "POST", "/api/public/v2/requests/analytics") == {
        "filter_group": FILTERS,
        "metadata_cost_breakdown_key": "env",
    }
    parsed = response.parsed
    assert isinstance(parsed, AnalyticsResponse)
    assert parsed.total_requests == 2500
    assert parsed.cache_token_ratio is None
    assert present(parsed.chart_interval).bucket_size_ms == 86400000
    stat = present(parsed.stats)[0]
    assert isinstance(stat, AnalyticsStat)
    assert present(stat.status_counts)["ERROR"] == 1
    assert parsed.most_used_models == [["gpt-4o", 2500]]
    assert present(parsed.model_requests_by_day)["gpt-4o"] == [["2025-03-15", 120]]
    assert present(present(parsed.latency).p90_latency)["2025-03-15"] == 2.1
    assert present(parsed.latency_by_model_by_day)["gpt-4o"].p50_latency == [["2025-03-15", 0.9]]
    assert present(parsed.metadata_value_breakdown)[0].cost == 1.5


CHART_ANSWER = {
    "success": True,
    "customCharts": [
        {
            "id": "token_breakdown",
            "title": "Token Usage",
            "chartType": "area",
            "series": [{"key": "input", "label": "Input Tokens", "unit": "tokens"}],
            "data": [{"label": "2025-06-01", "bucketKey": "2025-06-01", "input": 1200, "output": 300}],
            "derivedInsights": [
                {
                    "type": "ratio",
                    "label": "In/Out",
                    "numeratorSeriesKey": "input",
                    "denominatorSeriesKey": "output",
                    "value": 4.0,
                }
            ],
        }
    ],
}


def test_get_request_custom_analytics(mode: str) -> None:
    chart = {
        "id": "token_breakdown",
        "title": "Token Usage",
        "chartType": "area",
        "timeSeries": True,
        "series": [
            {"key": "input", "label": "Input Tokens", "metric": "sum", "metricField": "input_tokens"},
            {
                "key": "output",
                "label": "Output Tokens",
                "metric": "percentile",
                "metricField": "output_tokens",
                "percentile": 95,
            },
        ],
        "derivedInsights": [
            {
                "type": "ratio",
                "label": "In/Out",
                "numeratorSeriesKey": "input",
                "denominatorSeriesKey": "output",
            }
        ],
        "groupByMetadataKey": "environment",
        "limit": 10,
    }
    recorder = Recorder(200, CHART_ANSWER)
    body = CustomAnalyticsRequestQuery.from_dict({"filter_group": FILTERS, "customCharts": [chart]})
    response = call(mode, get_request_custom_analytics, client=make_client(recorder, mode), body=body)

    assert sent(recorder, "POST", "/api/public/v2/requests/analytics/custom-analytics") == {
        "filter_group": FILTERS,
        "customCharts": [chart],
    }
    parsed = response.parsed
    assert isinstance(parsed, CustomAnalyticsResponse)
    result = parsed.custom_charts[0]
    assert result.chart_type is CustomAnalyticsChartType.AREA
    assert present(result.series)[0].unit is CustomAnalyticsUnit.TOKENS
    assert present(result.data)[0]["input"] == 1200
    insights = present(result.derived_insights)
    assert insights is not None
    assert insights[0].value == 4.0


def test_get_trace_custom_analytics(mode: str) -> None:
    query = {
        "filter_group": {
            "logic": "SPAN_AND",
            "filters": [
                {"field": "span_tool_name", "operator": "is", "value": "search"},
                {"logic": "OR", "filters": [{"field": "span_duration_ms", "operator": "gt", "value": 500}]},
            ],
        },
        "customCharts": [
            {
                "id": "slowest_tools",
                "chartType": "treemap",
                "metric": "max",
                "metricField": "span_duration_ms",
                "hierarchyFields": ["span_name", "span_tool_name"],
                "limit": 25,
            }
        ],
    }
    answer = {"success": True, "customCharts": [{"id": "slowest_tools", "chartType": "treemap", "data": []}]}
    recorder = Recorder(200, answer)
    body = CustomAnalyticsTraceQuery.from_dict(query)
    response = call(mode, get_trace_custom_analytics, client=make_client(recorder, mode), body=body)

    assert sent(recorder, "POST", "/api/public/v2/traces/analytics/custom-analytics") == query
    parsed = response.parsed
    assert isinstance(parsed, CustomAnalyticsResponse)
    # The reference answers with the request-log chart result, whose chartType lists only bar,
    # line and area; a trace chart type still parses.
    assert parsed.custom_charts[0].chart_type == "treemap"


def test_list_request_suggestions_query(mode: str) -> None:
    recorder = Recorder(200, {"success": True, "values": ["u-1", "u-2"]})
    scope = json.dumps(
        {"logic": "AND", "filters": [{"field": "engine", "operator": "is", "value": "gpt-4o"}]}
    )
    response = call(
        mode,
        list_request_suggestions,
        client=make_client(recorder, mode),
        field=RequestSuggestionField.METADATA_VALUES,
        metadata_key="user_id",
        prefix="u-",
        filter_group=scope,
    )

    assert no_body(recorder, "GET", "/api/public/v2/requests/suggestions") == [
        ("field", "metadata_values"),
        ("prefix", "u-"),
        ("metadata_key", "user_id"),
        ("filter_group", scope),
    ]
    assert isinstance(response.parsed, RequestSuggestionsResponse)
    assert response.parsed.values == ["u-1", "u-2"]
