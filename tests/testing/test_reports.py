"""Evaluation pipelines, runs and evaluations on the local server, through the generated client.

Runs advance on the server's schedule; these tests move them on explicitly with the report
store's step_runs()/finish_runs() (on the server's loop thread), so nothing waits.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from promptlayer_api.api.datasets import (
    create_dataset_group,
    create_dataset_version_from_filter_params,
    list_datasets,
)
from promptlayer_api.api.evaluations import list_evaluation_rows, list_evaluations
from promptlayer_api.api.reports import (
    add_report_column,
    create_evaluation_pipeline,
    delete_report,
    delete_report_column,
    delete_reports_by_name,
    edit_report_column,
    get_report,
    get_report_score,
    rename_report,
    run_report,
    update_report_score_card,
)
from promptlayer_api.api.tracking import log_request
from promptlayer_api.models import (
    DatasetGroupCreateRequest,
    DatasetVersionFromFilterParamsRequest,
    EvaluationListResponse,
    EvaluationPipelineCreateRequest,
    EvaluationPipelineCreateResponse,
    EvaluationRowCell,
    EvaluationRowsResponse,
    EvaluationStatusFilter,
    ExternalIdErrorResponse,
    LogRequest,
    ReportCodeLanguage,
    ReportColumnCreateRequest,
    ReportColumnCreateResponse,
    ReportColumnCreateResponseReportColumn,
    ReportColumnEditRequest,
    ReportColumnEditResponse,
    ReportDeleteResponse,
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
)

from promptlayer.testing import LocalPromptLayer

from .generated_api import Api
from .generated_api import body as body_of

KEY = "reports-test-key"
ROWS = [
    {"question": "2+2", "expected": "4", "answer": "4", "payload": '{"status": "ok"}'},
    {
        "question": "Capital of France",
        "expected": "Paris",
        "answer": "paris",
        "payload": '{"status": "fail"}',
    },
    {"question": "Largest ocean", "expected": "Pacific", "answer": "The Pacific", "payload": "not json"},
]
SEED: dict[str, Any] = {
    "datasets": [
        {"name": "qa", "versions": [{"rows": ROWS[:1]}, {"rows": ROWS}]},
        {"name": "empty", "draft": {"rows": []}},
    ]
}
EXACT = {"column_type": "COMPARE", "name": "exact", "configuration": {"sources": ["answer", "expected"]}}
MENTIONS = {
    "column_type": "CONTAINS",
    "name": "mentions",
    "configuration": {"source": "answer", "value": "P"},
}
STATUS = {
    "column_type": "JSON_PATH",
    "name": "status",
    "configuration": {"source": "payload", "json_path": "$.status"},
}
JUDGE = {
    "column_type": "LLM_ASSERTION",
    "name": "judge",
    "configuration": {"source": "answer", "prompt": "Right?"},
}
DATASET_COLUMNS = ["question", "expected", "answer", "payload"]


@pytest.fixture
def api(mode: str, loop: asyncio.AbstractEventLoop) -> Iterator[Api]:
    """A seeded server in the test's mode."""
    with LocalPromptLayer(api_key=KEY, seed=SEED) as server, Api(server, mode, loop) as calls:
        yield calls


def group_id(api: Api, name: str) -> int:
    return int(api.ok(list_datasets, name=name).datasets[0].dataset_group_id)


def version(api: Api, group: int, number: int) -> int:
    """The id of one version of a dataset group."""
    listed = api.ok(list_datasets, dataset_group_id=group).datasets
    return int(next(d.id for d in listed if d.version_number == number))


def pipeline(api: Api, name: str, *columns: dict[str, Any], **fields: Any) -> int:
    body = EvaluationPipelineCreateRequest.from_dict(
        {"dataset_group_id": group_id(api, "qa"), "name": name, "columns": list(columns), **fields}
    )
    created = api.ok(create_evaluation_pipeline, body=body, expect=201)
    assert isinstance(created, EvaluationPipelineCreateResponse)
    return created.report_id


def report(api: Api, report_id: int) -> dict[str, Any]:
    """get_report's answer as JSON, once it parsed into the typed model."""
    response = api(get_report, report_id)
    assert response.status_code == 200, response.content
    assert isinstance(response.parsed, ReportGetResponse) and isinstance(response.parsed.report, ReportDetail)
    answer: dict[str, Any] = body_of(response)
    return answer


def layout(api: Api, report_id: int) -> list[tuple[int, str, str]]:
    return [(c["position"], c["name"], c["column_type"]) for c in report(api, report_id)["report_columns"]]


def start(api: Api, pipeline_id: int, name: str, **fields: Any) -> int:
    """Start a run that stays where it is until the test moves it on."""
    api.server.call(lambda: setattr(api.server.state.reports, "step_seconds", 3600))
    started = api.ok(
        run_report, pipeline_id, body=ReportRunRequest.from_dict({"name": name, **fields}), expect=201
    )
    assert isinstance(started, ReportRunResponse)
    return started.report_id


def counts(api: Api, report_id: int) -> tuple[str, dict[str, int]]:
    answer = report(api, report_id)
    return answer["status"], answer["stats"]["status_counts"]


def eval_cells(api: Api, report_id: int) -> list[list[tuple[str, Any]]]:
    page = api.ok(list_evaluation_rows, report_id)
    assert isinstance(page, EvaluationRowsResponse)
    cells = [[cell for cell in row if isinstance(cell, EvaluationRowCell)] for row in page.rows]
    return [[(cell.status, cell.value) for cell in row] for row in cells]


def test_columns_keep_the_dataset_first_and_move_as_asked(api: Api) -> None:
    judge_first = {**JUDGE, "position": 5}  # 1-based: right after the four dataset columns
    created = api.ok(
        create_evaluation_pipeline,
        body=EvaluationPipelineCreateRequest.from_dict(
            {
                "dataset_group_id": group_id(api, "qa"),
                "name": "layout",
                "columns": [EXACT, judge_first],
                "external_ids": [{"source": "ci", "external_id": "layout"}],
            }
        ),
        expect=201,
    )
    pipeline_id = created.report_id
    assert [(c.position, c.name) for c in created.report_columns] == [
        *enumerate(DATASET_COLUMNS),
        (4, "judge"),
        (5, "exact"),
    ]
    assert [e.to_dict() for e in created.external_ids] == [{"source": "ci", "external_id": "layout"}]
    detail = report(api, pipeline_id)
    assert (detail["report"]["is_blueprint"], detail["status"], detail["report"]["name"]) == (
        True,
        "COMPLETED",
        "layout",
    )
    assert detail["report"]["dataset_id"] == version(api, group_id(api, "qa"), 2)  # the latest published

    added = api.ok(
        add_report_column,
        body=ReportColumnCreateRequest.from_dict({**MENTIONS, "report_id": pipeline_id, "position": 4}),
        expect=201,
    )
    assert isinstance(added, ReportColumnCreateResponse)
    assert isinstance(added.report_column, ReportColumnCreateResponseReportColumn)
    assert added.report_column["position"] == 4
    mentions = added.report_column["id"]
    assert layout(api, pipeline_id)[4:] == [
        (4, "mentions", "CONTAINS"),
        (5, "judge", "LLM_ASSERTION"),
        (6, "exact", "COMPARE"),
    ]

    moved = api.ok(
        edit_report_column,
        mentions,
        body=ReportColumnEditRequest.from_dict(
            {"report_id": pipeline_id, "column_type": "CONTAINS", "name": "has p", "position": 7}
        ),
    )
    assert isinstance(moved, ReportColumnEditResponse)
    assert (moved.report_column.name, moved.report_column.position) == ("has p", 6)
    judge_id = next(c["id"] for c in report(api, pipeline_id)["report_columns"] if c["name"] == "judge")
    assert api(delete_report_column, judge_id).status_code == 204
    assert layout(api, pipeline_id)[4:] == [(4, "exact", "COMPARE"), (5, "has p", "CONTAINS")]

    renamed = api.ok(
        rename_report, pipeline_id, body=ReportRenameRequest.from_dict({"name": "layout 2", "tags": ["ci"]})
    )
    assert isinstance(renamed, ReportRenameResponse) and (renamed.report.name, renamed.report.tags) == (
        "layout 2",
        ["ci"],
    )
    listed = api.ok(list_evaluations, name="LAYOUT")
    assert isinstance(listed, EvaluationListResponse)
    assert [(e.id, e.name) for e in listed.evaluations] == [(pipeline_id, "layout 2")]
    assert body_of(api(list_evaluations, name="layout"))["evaluations"][0]["external_ids"] == [
        {"source": "ci", "external_id": "layout"}
    ]
    by_external = api.ok(list_evaluations, external_source="ci", external_id="layout")
    assert [e.id for e in by_external.evaluations] == [pipeline_id]


def test_column_changes_that_break_the_pipeline_are_refused(api: Api) -> None:
    pipeline_id = pipeline(api, "guarded", EXACT)
    question_id = report(api, pipeline_id)["report_columns"][0]["id"]

    def add(**fields: Any) -> Any:
        return api(
            add_report_column,
            body=ReportColumnCreateRequest.from_dict({**MENTIONS, "report_id": pipeline_id, **fields}),
        )

    over_dataset = add(position=2)
    assert over_dataset.status_code == 403 and "dataset columns" in body_of(over_dataset)["message"]
    assert add(name="exact").status_code == 400  # names are unique in a pipeline
    assert add(configuration={"source": "answer"}).status_code == 400  # CONTAINS needs a value
    assert add(report_id=0).status_code == 422  # the contract's minimum
    assert add(report_id=99_999).status_code == 404
    dataset_edit = api(
        edit_report_column,
        question_id,
        body=ReportColumnEditRequest.from_dict({"report_id": pipeline_id, "column_type": "VARIABLE"}),
    )
    assert dataset_edit.status_code == 403
    assert api(delete_report_column, question_id).status_code == 403
    assert (
        api(rename_report, pipeline_id, body=ReportRenameRequest.from_dict({"name": None})).status_code == 400
    )
    assert layout(api, pipeline_id)[4:] == [(4, "exact", "COMPARE")]  # nothing changed


def test_a_run_evaluates_row_by_row_and_scores_its_results(api: Api) -> None:
    pipeline_id = pipeline(api, "graded", {**EXACT, "is_part_of_score": True}, MENTIONS, STATUS, JUDGE)
    run_id = start(api, pipeline_id, "graded run 1")
    assert counts(api, run_id) == ("RUNNING", {"COMPLETED": 0, "FAILED": 0, "QUEUED": 12, "RUNNING": 0})
    api.server.call(api.server.state.reports.step_runs)
    assert counts(api, run_id) == ("RUNNING", {"COMPLETED": 0, "FAILED": 0, "QUEUED": 8, "RUNNING": 4})
    api.server.call(api.server.state.reports.step_runs)
    assert counts(api, run_id) == ("RUNNING", {"COMPLETED": 3, "FAILED": 1, "QUEUED": 4, "RUNNING": 4})
    first, second, third = eval_cells(api, run_id)
    assert first == [("PASSED", True), ("PASSED", False), ("PASSED", "ok"), ("FAILED", None)]
    assert second == [("RUNNING", None)] * 4 and third == [("QUEUED", None)] * 4
    partial = api.ok(get_report_score, run_id)
    assert isinstance(partial, ReportScoreResponse) and partial.score.overall_score == 100

    api.server.call(api.server.state.reports.finish_runs)
    assert counts(api, run_id) == ("COMPLETED", {"COMPLETED": 8, "FAILED": 4, "QUEUED": 0, "RUNNING": 0})
    assert eval_cells(api, run_id)[1:] == [
        [("PASSED", False), ("PASSED", True), ("PASSED", "fail"), ("FAILED", None)],
        [("PASSED", False), ("PASSED", True), ("FAILED", None), ("FAILED", None)],
    ]
    judged = body_of(api(list_evaluation_rows, run_id))["rows"][0][-1]
    assert judged["error_message"] == "The local server does not compute LLM_ASSERTION columns"
    score = api.ok(get_report_score, run_id).score
    assert (score.score_type, score.has_custom_scoring) == (ReportScoreType.SINGLE_COLUMN, False)
    assert score.overall_score == pytest.approx(100 / 3)
    assert score.details == {
        "column_name": "exact",
        "score": pytest.approx(100 / 3),
        "score_type": "boolean",
        "num_skipped": 0,
    }

    detail = report(api, run_id)
    assert (detail["report"]["is_blueprint"], detail["report"]["parent_report_id"]) == (False, pipeline_id)
    assert detail["report"]["score"]["overall_score"] == pytest.approx(100 / 3)
    assert [c["score"] for c in detail["report_columns"]][4:] == [
        pytest.approx(100 / 3),
        pytest.approx(200 / 3),
        None,
        None,
    ]
    listed = api.ok(list_evaluations, name="graded", include_runs=True).evaluations
    assert [(e.id, [(r.id, r.status) for r in e.runs]) for e in listed] == [
        (pipeline_id, [(run_id, ReportStatus.COMPLETED)])
    ]
    assert listed[0].runs[0].stats.status_counts.to_dict()["FAILED"] == 4
    assert [d.id for d in api.ok(list_datasets, report_id=run_id).datasets] == [
        detail["report"]["dataset_id"]
    ]
    rows_page = api.ok(list_evaluation_rows, run_id)
    assert rows_page.columns == [*DATASET_COLUMNS, "exact", "mentions", "status", "judge"]
    assert [cell.value for cell in rows_page.rows[0][:4]] == list(ROWS[0].values())

    # Pipeline changes after the run do not reach it.
    api.ok(
        add_report_column,
        body=ReportColumnCreateRequest.from_dict({**MENTIONS, "name": "late", "report_id": pipeline_id}),
        expect=201,
    )
    assert [c["name"] for c in report(api, run_id)["report_columns"]][-1] == "judge"


def test_the_score_card_decides_what_the_score_is(api: Api) -> None:
    pipeline_id = pipeline(api, "carded", EXACT, MENTIONS)
    run_id = start(api, pipeline_id, "carded run")
    api.server.call(api.server.state.reports.finish_runs)
    assert api.ok(get_report_score, run_id).score.score_type == ReportScoreType.NONE

    def card(report_id: int, *names: str, **fields: Any) -> ReportScoreCardUpdateResponse:
        body = ReportScoreCardUpdateRequest.from_dict({"column_names": list(names), **fields})
        answer = api.ok(update_report_score_card, report_id, body=body)
        assert isinstance(answer, ReportScoreCardUpdateResponse)
        return answer

    card(run_id, "exact", "mentions")
    both = api.ok(get_report_score, run_id).score
    assert (both.score_type, both.overall_score) == (ReportScoreType.MULTI_COLUMN, pytest.approx(50))
    assert [c["score"] for c in both.details["columns"]] == [pytest.approx(100 / 3), pytest.approx(200 / 3)]
    custom = card(pipeline_id, "exact", code="return {'score': 1}")
    configuration = custom.report.score_configuration
    assert isinstance(configuration, ReportScoreConfiguration)
    assert (configuration.code, configuration.code_language) == (
        "return {'score': 1}",
        ReportCodeLanguage.PYTHON,
    )
    custom_run = start(api, pipeline_id, "carded run 2")
    api.server.call(api.server.state.reports.finish_runs)
    scored = api.ok(get_report_score, custom_run).score
    assert (scored.score_type, scored.overall_score, scored.has_custom_scoring) == (
        ReportScoreType.CUSTOM,
        None,
        True,
    )
    assert (
        report(api, custom_run)["report"]["score_calculation_error"]
        == "The local server does not run custom scoring code"
    )
    unknown = api(update_report_score_card, run_id, body=ReportScoreCardUpdateRequest(["nope"]))
    assert unknown.status_code == 422
    assert api(get_report_score, pipeline_id).status_code == 400  # pipelines have no score


def test_runs_advance_on_their_own(api: Api) -> None:
    pipeline_id = pipeline(api, "unattended", EXACT)
    api.server.call(lambda: setattr(api.server.state.reports, "step_seconds", 0))
    run_id = api.ok(run_report, pipeline_id, body=ReportRunRequest("unattended run"), expect=201).report_id
    for _ in range(200):  # each call lets the server's loop run the next steps; no sleeping
        if report(api, run_id)["status"] == "COMPLETED":
            break
    assert counts(api, run_id) == ("COMPLETED", {"COMPLETED": 3, "FAILED": 0, "QUEUED": 0, "RUNNING": 0})


def test_runs_use_the_dataset_asked_for_and_refresh_query_built_ones(api: Api) -> None:
    pipeline_id = pipeline(api, "sourced", EXACT)
    run_id = start(api, pipeline_id, "on v1", dataset_id=version(api, group_id(api, "qa"), 1))
    api.server.call(api.server.state.reports.finish_runs)
    assert eval_cells(api, run_id) == [[("PASSED", True)]]
    static = api(
        run_report, pipeline_id, body=ReportRunRequest.from_dict({"name": "x", "refresh_dataset": True})
    )
    assert static.status_code == 403 and isinstance(static.parsed, ReportOutcome)

    history = api.ok(
        create_dataset_group, body=DatasetGroupCreateRequest("history"), expect=201
    ).dataset_group.id
    tagged = {"filters": [{"field": "tags", "operator": "contains", "value": "eval"}]}
    built = api.ok(
        create_dataset_version_from_filter_params,
        body=DatasetVersionFromFilterParamsRequest.from_dict(
            {
                "dataset_group_id": history,
                "filter_group": tagged,
                "variables_to_parse": ["answer", "expected"],
            }
        ),
        expect=201,
    )
    dynamic = pipeline(api, "dynamic", EXACT, dataset_group_id=history)
    assert report(api, dynamic)["report"]["dataset_id"] == built.dataset_id
    for answer in ("yes", "no"):
        logged = LogRequest.from_dict(
            {
                "provider": "openai",
                "model": "gpt-4o",
                "input": {"type": "chat", "messages": []},
                "output": {"type": "chat", "messages": []},
                "request_start_time": "2024-01-01T00:00:00Z",
                "request_end_time": "2024-01-01T00:00:01Z",
                "tags": ["eval"],
                "prompt_input_variables": {"answer": answer, "expected": "yes"},
            }
        )
        api.ok(log_request, body=logged, expect=201)
    refreshed = start(api, dynamic, "fresh", refresh_dataset=True)
    api.server.call(api.server.state.reports.finish_runs)
    assert sorted(eval_cells(api, refreshed)) == [[("PASSED", False)], [("PASSED", True)]]
    assert report(api, refreshed)["report"]["dataset_id"] == version(
        api, history, 2
    )  # refreshing made version 2


def test_archived_reports_stay_readable_but_leave_the_list(api: Api) -> None:
    pipeline_id = pipeline(api, "retired", EXACT)
    run_id = start(api, pipeline_id, "retired run")
    archived = api.ok(delete_report, pipeline_id)
    assert isinstance(archived, ReportDeleteResponse) and archived.success
    assert report(api, pipeline_id)["report"]["deleted"] is True
    assert api.ok(list_evaluations, name="retired").total == 0
    gone = api.ok(list_evaluations, name="retired", status=EvaluationStatusFilter.DELETED)
    assert [e.id for e in gone.evaluations] == [pipeline_id]
    assert api(run_report, pipeline_id, body=ReportRunRequest("again")).status_code == 404
    assert api(delete_report, pipeline_id).status_code == 404
    by_name = api.ok(delete_reports_by_name, "retired run")
    assert isinstance(by_name, ReportOutcome) and by_name.success
    assert report(api, run_id)["report"]["deleted"] is True
    assert api(delete_reports_by_name, "retired run").status_code == 404


def test_bad_report_requests_are_refused(api: Api) -> None:
    pipeline_id = pipeline(api, "strict", EXACT, external_ids=[{"source": "ci", "external_id": "strict"}])
    run_id = start(api, pipeline_id, "strict run")

    def create(**fields: Any) -> Any:
        return api(create_evaluation_pipeline, body=EvaluationPipelineCreateRequest.from_dict(fields))

    assert create(dataset_group_id=99_999).status_code == 404
    assert create(dataset_group_id=group_id(api, "empty")).status_code == 400  # no published version
    assert create(dataset_group_id=group_id(api, "qa"), dataset_version_number=9).status_code == 404
    assert create(dataset_group_id=group_id(api, "qa"), columns=[{**EXACT, "position": 1}]).status_code == 400
    taken = create(
        dataset_group_id=group_id(api, "qa"), external_ids=[{"source": "ci", "external_id": "strict"}]
    )
    assert taken.status_code == 409 and isinstance(taken.parsed, ExternalIdErrorResponse)
    assert api(run_report, pipeline_id, body=ReportRunRequest("")).status_code == 422  # minLength 1
    assert api(run_report, run_id, body=ReportRunRequest("a run of a run")).status_code == 403
    assert (
        api(
            run_report, pipeline_id, body=ReportRunRequest.from_dict({"name": "n", "dataset_id": 99_999})
        ).status_code
        == 404
    )
    assert (
        api(
            add_report_column, body=ReportColumnCreateRequest.from_dict({**MENTIONS, "report_id": run_id})
        ).status_code
        == 403
    )
    assert api(get_report, 99_999).status_code == 404
    assert api(list_evaluations, workspace_id=2).status_code == 400
    assert api(list_evaluations, per_page=101).status_code == 422  # the contract's maximum
    assert api(list_evaluation_rows, pipeline_id, page=0).status_code == 422
    assert api(list_evaluation_rows, 99_999).status_code == 404


def test_a_pipelines_own_rows_are_not_evaluated(api: Api) -> None:
    pipeline_id = pipeline(api, "preview", EXACT)
    page = api.ok(list_evaluation_rows, pipeline_id, per_page=2)
    assert (page.total, page.pages, len(page.rows)) == (3, 2, 2)
    assert body_of(api(list_evaluation_rows, pipeline_id, page=2, per_page=2))["rows"] == [
        [
            *({"type": "dataset", "value": v} for v in ROWS[2].values()),
            {"type": "eval", "status": "SKIPPED", "value": None, "error_message": None},
        ]
    ]
