"""Datasets on the local server, through the generated client (sync and async) over real sockets."""

from __future__ import annotations

import asyncio
import base64
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from uuid import UUID

import pytest
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
from promptlayer_api.api.external_ids import list_dataset_group_external_ids
from promptlayer_api.api.smart_tables import create_table, list_sheet_columns, list_sheet_rows
from promptlayer_api.api.tracing import create_spans_bulk
from promptlayer_api.models import (
    CreateSpansBulk,
    Dataset,
    DatasetAddRequestLogRequest,
    DatasetAddTraceRequest,
    DatasetAddTraceResponse,
    DatasetAddTraceToSheetRequest,
    DatasetDraftCreateRequest,
    DatasetDraftResponse,
    DatasetDraftSaveRequest,
    DatasetGroup,
    DatasetGroupCreateRequest,
    DatasetGroupCreateResponse,
    DatasetListResponse,
    DatasetRowsResponse,
    DatasetSortField,
    DatasetStatusFilter,
    DatasetTraceImportMode,
    DatasetVersionFromFileRequest,
    DatasetVersionFromFileResponse,
    DatasetVersionFromFilterParamsRequest,
    DatasetVersionFromFilterParamsResponse,
    ErrorResponse,
    ExternalIdErrorResponse,
    SortOrder,
    TableCreateRequest,
)

from promptlayer.testing import LocalPromptLayer

from .generated_api import Api
from .generated_api import body as body_of

KEY = "datasets-test-key"


def chat(role: str, text: str) -> dict[str, Any]:
    return {"role": role, "content": [{"type": "text", "text": text}]}


def log(log_id: int, question: str, answer: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": log_id,
        "provider": "openai",
        "model": "gpt-4o",
        "input": {"type": "chat", "messages": [chat("user", question)]},
        "output": {"type": "chat", "messages": [chat("assistant", answer)]},
        "request_start_time": f"2024-03-0{log_id % 10}T10:00:00Z",
        "request_end_time": f"2024-03-0{log_id % 10}T10:00:01Z",
        **extra,
    }


SEED: dict[str, Any] = {
    "prompt_templates": [
        {"prompt_name": "capitals", "versions": [{"prompt_template": {"type": "chat", "messages": []}}]}
    ],
    "request_logs": [
        log(
            1,
            "Capital of France?",
            "Paris",
            tags=["geo"],
            prompt_name="capitals",
            prompt_input_variables={"city": "Paris"},
        ),
        log(2, "Capital of Peru?", "Lima", tags=["geo", "prod"], prompt_input_variables={"city": "Lima"}),
        log(3, "Tell a joke", "No.", tags=["fun"]),
    ],
    "datasets": [
        {
            "name": "seeded",
            "external_ids": [{"source": "git", "external_id": "seeded-1"}],
            "versions": [
                {"rows": [{"q": "1+1", "a": "2"}]},
                {"rows": [{"q": "2+2", "a": "4"}, {"q": "3+3"}]},
            ],
            "draft": {"rows": []},
        }
    ],
}


@pytest.fixture
def api(mode: str, loop: asyncio.AbstractEventLoop) -> Iterator[Api]:
    """A server holding only the seed, in the test's mode."""
    with LocalPromptLayer(api_key=KEY, seed=SEED) as server, Api(server, mode, loop) as calls:
        yield calls


@pytest.fixture
def fresh(api: Api) -> Api:
    """The same: each test has a server of its own (kept for the tests that count everything)."""
    return api


def new_group(api: Api, name: str, **fields: Any) -> tuple[DatasetGroup, Dataset]:
    """A new group and its draft, as create_dataset_group answers them."""
    body = DatasetGroupCreateRequest.from_dict({"name": name, **fields})
    answer = api.ok(create_dataset_group, body=body, expect=201)
    assert isinstance(answer, DatasetGroupCreateResponse)
    assert isinstance(answer.dataset_group, DatasetGroup) and isinstance(answer.dataset, Dataset)
    return answer.dataset_group, answer.dataset


def upload(api: Api, group_id: int, file_name: str, text: str) -> int:
    body = DatasetVersionFromFileRequest(group_id, file_name, base64.b64encode(text.encode()).decode())
    answer = api.ok(create_dataset_version_from_file, body=body, expect=201)
    assert isinstance(answer, DatasetVersionFromFileResponse)
    return answer.dataset_id


def versions(api: Api, group_id: int) -> dict[int, int]:
    """version_number -> dataset id, for one group."""
    page = api.ok(list_datasets, dataset_group_id=group_id, per_page=100)
    assert isinstance(page, DatasetListResponse)
    return {item.version_number: item.id for item in page.datasets}


def rows(api: Api, dataset_id: int, **query: Any) -> tuple[list[str], list[list[Any]]]:
    page = api.ok(list_dataset_rows, dataset_id, per_page=100, **query)
    assert isinstance(page, DatasetRowsResponse)
    return page.columns, [[cell.value for cell in row] for row in page.rows]


def save(api: Api, group_id: int) -> int:
    answer = api.ok(save_draft_dataset_version, body=DatasetDraftSaveRequest(group_id), expect=202)
    assert isinstance(answer, DatasetDraftResponse)
    return answer.draft_dataset_id


def test_a_group_starts_with_a_draft_and_its_versions_number_up(api: Api) -> None:
    group, draft = new_group(api, "support", external_ids=[{"source": "crm", "external_id": "s-1"}])
    assert (draft.version_number, draft.column_names, draft.dataset_group_id) == (-1, [], group.id)
    assert body_of(api(list_dataset_group_external_ids, group.id))["external_ids"] == [
        {"source": "crm", "external_id": "s-1"}
    ]

    first = upload(api, group.id, "eval.csv", "question,expected\nWhat is PL?,A platform\n2+2,4\n")
    assert rows(api, first) == (["question", "expected"], [["What is PL?", "A platform"], ["2+2", "4"]])
    second = upload(api, group.id, "eval.json", json.dumps([{"question": "Hi", "tone": {"warm": True}}]))
    assert rows(api, second) == (["question", "tone"], [["Hi", {"warm": True}]])
    assert save(api, group.id) == draft.id

    assert versions(api, group.id) == {1: first, 2: second, 3: draft.id}
    listed = api.ok(
        list_datasets, dataset_group_id=group.id, sort_by=DatasetSortField.ID, sort_order=SortOrder.ASC
    )
    assert [d.id for d in listed.datasets] == [draft.id, first, second]
    assert listed.datasets[0].dataset_group.name == "support"
    assert [e.to_dict() for e in listed.datasets[1].external_ids] == [{"source": "crm", "external_id": "s-1"}]


def test_a_draft_collects_copied_rows_request_logs_and_traces(api: Api) -> None:
    group, first = new_group(api, "drafts")
    first_draft = first.id
    base = upload(api, group.id, "base.csv", "city,output\nRome,Roma\n")
    conflict = api(create_draft_dataset_version, body=DatasetDraftCreateRequest(group.id))
    assert conflict.status_code == 409 and isinstance(conflict.parsed, ErrorResponse)
    save(api, group.id)  # the group's first (empty) draft becomes version 2

    copied = api(
        create_draft_dataset_version, body=DatasetDraftCreateRequest(group.id, source_dataset_id=base)
    )
    assert copied.status_code == 202 and isinstance(copied.parsed, DatasetDraftResponse)
    draft_id = copied.parsed.draft_dataset_id
    api.ok(add_request_log_to_draft_dataset, body=DatasetAddRequestLogRequest(group.id, 2), expect=201)
    trace_id, root, child = "ab" * 16, "01" * 8, "02" * 8
    spans = [
        span(
            trace_id,
            root,
            "agent",
            None,
            1,
            function_input='{"question": "Why?"}',
            function_output='"Because"',
        ),
        span(trace_id, child, "lookup", root, 2, function_output='{"hits": 2}'),
    ]
    api.ok(create_spans_bulk, body=CreateSpansBulk.from_dict({"spans": spans}), expect=201)
    whole = api.ok(add_trace_to_draft_dataset, body=DatasetAddTraceRequest(group.id, trace_id), expect=201)
    assert isinstance(whole, DatasetAddTraceResponse)
    assert (whole.draft_dataset_id, whole.mode) == (draft_id, DatasetTraceImportMode.TRACE)
    part = api.ok(
        add_trace_to_draft_dataset, body=DatasetAddTraceRequest(group.id, trace_id, span_id=child), expect=201
    )
    assert part.mode == DatasetTraceImportMode.SPAN

    assert rows(api, draft_id) == (
        ["city", "output", "input", "lookup"],
        [
            ["Rome", "Roma", None, None],
            ["Lima", "Lima", None, None],
            [None, "Because", {"question": "Why?"}, {"hits": 2}],
            [None, {"hits": 2}, None, None],
        ],
    )
    assert rows(api, draft_id, q="LIM") == (
        ["city", "output", "input", "lookup"],
        [["Lima", "Lima", None, None]],
    )
    assert save(api, group.id) == draft_id
    assert versions(api, group.id) == {1: base, 2: first_draft, 3: draft_id}
    missing = api(add_request_log_to_draft_dataset, body=DatasetAddRequestLogRequest(group.id, 1))
    assert missing.status_code == 404  # saving closed the draft


def span(
    trace_id: str, span_id: str, name: str, parent: str | None, start: int, **attributes: str
) -> dict[str, Any]:
    """A span as the SDK's exporter sends it, with traceable's input and output attributes."""
    return {
        "name": name,
        "context": {"trace_id": trace_id, "span_id": span_id, "trace_state": "[]"},
        "kind": "SpanKind.INTERNAL",
        "parent_id": parent,
        "start_time": start,
        "end_time": start + 1,
        "status": {"status_code": "StatusCode.OK"},
        "attributes": attributes,
        "resource": {"attributes": {}, "schema_url": ""},
    }


def test_versions_built_from_request_logs_follow_the_query(api: Api) -> None:
    group, _ = new_group(api, "history")
    by_tag = DatasetVersionFromFilterParamsRequest.from_dict(
        {
            "dataset_group_id": group.id,
            "filter_group": {"filters": [{"field": "tags", "operator": "contains", "value": "geo"}]},
            "sort_by": "request_start_time",
            "sort_order": "asc",
        }
    )
    built = api.ok(create_dataset_version_from_filter_params, body=by_tag, expect=201)
    assert isinstance(built, DatasetVersionFromFilterParamsResponse)
    assert (built.dataset_group_id, built.version_number) == (group.id, 1)
    assert rows(api, built.dataset_id) == (["city", "output"], [["Paris", "Paris"], ["Lima", "Lima"]])

    chosen = DatasetVersionFromFilterParamsRequest.from_dict(
        {
            "dataset_group_id": group.id,
            "request_log_ids": [3, 1],
            "variables_to_parse": ["input", "city", "tags"],
        }
    )
    picked = api.ok(create_dataset_version_from_filter_params, body=chosen, expect=201)
    assert picked.version_number == 2
    assert rows(api, picked.dataset_id) == (
        ["input", "city", "tags"],
        [["Tell a joke", None, ["fun"]], ["Capital of France?", "Paris", ["geo"]]],
    )
    newest = DatasetVersionFromFilterParamsRequest.from_dict({"dataset_group_id": group.id, "limit": 1})
    assert rows(api, api.ok(create_dataset_version_from_filter_params, body=newest, expect=201).dataset_id)[
        1
    ] == [["No."]]

    listed = api.ok(
        list_datasets, dataset_group_id=group.id, sort_by=DatasetSortField.ID, sort_order=SortOrder.ASC
    )
    assert [d.version_number for d in listed.datasets] == [-1, 1, 2, 3]  # the draft is left alone
    assert listed.datasets[2].filter_params.to_dict() == {
        "request_log_ids": [3, 1],
        "variables_to_parse": ["input", "city", "tags"],
    }
    prompt_id = api.server.state.snapshot()["tracking"]["request_logs"][0]["prompt_id"]
    linked = api.ok(list_datasets, prompt_id=prompt_id)
    assert [d.id for d in linked.datasets] == [picked.dataset_id, built.dataset_id]


def test_list_datasets_filters_sorts_and_pages(fresh: Api) -> None:
    api = fresh
    new_group(api, "Alpha set")
    everything = api.ok(list_datasets, per_page=2, page=1)
    assert (everything.total, everything.pages, len(everything.datasets)) == (4, 2, 2)
    assert [d.dataset_group.name for d in everything.datasets] == ["Alpha set", "seeded"]  # newest first
    by_name = api.ok(list_datasets, name="alpha")
    assert [(d.dataset_group.name, d.version_number) for d in by_name.datasets] == [("Alpha set", -1)]
    seeded = api.ok(list_datasets, external_source="git", external_id="seeded-1", sort_by=DatasetSortField.ID)
    assert [d.version_number for d in seeded.datasets] == [-1, 2, 1]
    assert rows(api, seeded.datasets[1].id) == (["q", "a"], [["2+2", "4"], ["3+3", None]])
    assert api.ok(list_datasets, status=DatasetStatusFilter.DELETED).total == 0
    assert api.ok(list_datasets, created_after=datetime.now(UTC) + timedelta(hours=1)).total == 0
    assert api.ok(list_datasets, created_by_email="local@promptlayer.test").total == 4
    assert api(list_datasets, workspace_id=99).status_code == 400


def test_bad_dataset_requests_are_refused(api: Api) -> None:
    assert (
        api(create_draft_dataset_version, body=DatasetDraftCreateRequest(0)).status_code == 422
    )  # minimum 1
    assert api(create_draft_dataset_version, body=DatasetDraftCreateRequest(999)).status_code == 404
    duplicate = api(create_dataset_group, body=DatasetGroupCreateRequest("seeded"))
    assert duplicate.status_code == 400 and isinstance(duplicate.parsed, ErrorResponse)
    taken = DatasetGroupCreateRequest.from_dict(
        {"name": "other", "external_ids": [{"source": "git", "external_id": "seeded-1"}]}
    )
    conflict = api(create_dataset_group, body=taken)
    assert conflict.status_code == 409 and isinstance(conflict.parsed, ExternalIdErrorResponse)
    group, _ = new_group(api, "uploads")
    not_base64 = api(
        create_dataset_version_from_file, body=DatasetVersionFromFileRequest(group.id, "a.csv", "%%%")
    )
    assert not_base64.status_code == 400
    wrong_kind = api(
        create_dataset_version_from_file,
        body=DatasetVersionFromFileRequest(group.id, "a.txt", base64.b64encode(b"x").decode()),
    )
    assert wrong_kind.status_code == 400
    tone = DatasetVersionFromFilterParamsRequest.from_dict(
        {
            "dataset_group_id": group.id,
            "filter_group": {"filters": [{"field": "user_intent", "operator": "is", "value": "curious"}]},
        }
    )
    assert api(create_dataset_version_from_filter_params, body=tone).status_code == 422
    unknown_log = DatasetVersionFromFilterParamsRequest.from_dict(
        {"dataset_group_id": group.id, "request_log_ids": [404]}
    )
    assert api(create_dataset_version_from_filter_params, body=unknown_log).status_code == 404
    assert (
        api(add_trace_to_draft_dataset, body=DatasetAddTraceRequest(group.id, "ff" * 16)).status_code == 404
    )
    assert api(list_dataset_rows, 999).status_code == 404
    assert set(versions(api, group.id)) == {-1}  # nothing was built


def test_a_trace_imported_into_a_sheet_answers_its_row(api: Api) -> None:
    trace_id = "cd" * 16
    span_body = span(trace_id, "03" * 8, "case", None, 1, function_output='"ok"')
    api.ok(create_spans_bulk, body=CreateSpansBulk.from_dict({"spans": [span_body]}), expect=201)
    created = api.ok(create_table, body=TableCreateRequest(title="traces"), expect=201)
    table, sheet = str(created.table.id), str(created.default_sheet.id)
    body = DatasetAddTraceToSheetRequest.from_dict(
        {"trace_id": trace_id, "sheet_id": sheet, "smart_table_id": table}
    )
    indexes = [api.ok(add_trace_to_draft_dataset, body=body, expect=201).row_index for _ in range(2)]
    assert indexes == [1, 2]  # after the new sheet's one empty row
    columns = {
        c["id"]: c["title"] for c in body_of(api(list_sheet_columns, UUID(table), UUID(sheet)))["data"]
    }
    rows = body_of(api(list_sheet_rows, UUID(table), UUID(sheet)))["data"]
    outputs = [
        cell["value"]
        for row in rows
        for column_id, cell in row["cells"].items()
        if columns[column_id] == "output"
    ]
    assert outputs == [None, "ok", "ok"]


def test_seed_section_validation() -> None:
    with pytest.raises(ValueError, match="needs a non-empty 'name'"):
        LocalPromptLayer(seed={"datasets": [{"versions": []}]})
    with pytest.raises(ValueError, match="already exists"):
        LocalPromptLayer(seed={"datasets": [{"name": "a"}, {"name": "a"}]})
