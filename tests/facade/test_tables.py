"""`pl.tables` through both clients (one test body, sync and async), against the local server:
the exact requests the server received, what each call returns, what a later read sees,
arguments refused before any request, failures with throw_on_error=False, retries, and the
official SDK's requests and signatures (tests/golden/official_tables_*.json, recorded by
scripts/record_official_tables.py).

Cells, scorecard calculations and scorecard rows are answered by handlers still in the
making; the tests of those calls assert the request exactly and only the shape of the answer.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from promptlayer_api.api.tracing import create_spans_bulk
from promptlayer_api.models import CreateSpansBulk

import promptlayer.tables
from promptlayer import (
    AsyncPromptLayer,
    PromptLayer,
    PromptLayerBadRequestError,
    PromptLayerInternalServerError,
    PromptLayerNotFoundError,
    PromptLayerValidationError,
)
from promptlayer.tables.core import cursor_paging, top_cursor
from promptlayer.testing import Fault, LocalPromptLayer
from promptlayer.types.table import ColumnType

from .conftest import KEY
from .tables_calls import AGGREGATION, CALCULATION_ID, CELL_ID, STEP, normalized, run_calls

GOLDEN = Path(__file__).parent.parent / "golden"
V2 = "/api/public/v2"
MISSING = "9f1c2d3e-4b5a-4c6d-8e7f-0a1b2c3d4e5f"  # a well-formed id nothing has
SCORECARD = {"name": "Quality", "evaluated_column_ids": [], "aggregation": AGGREGATION, "steps": [STEP]}


def sent(server: LocalPromptLayer, operation_id: str) -> list[tuple[str, str, list[tuple[str, str]], Any]]:
    """(method, path, query, JSON body) of each request the server received for `operation_id`."""
    return [(r.method, r.path, r.query, r.json()) for r in server.requests_for(operation_id)]


def new_table(pl: Any, title: str = "Evals") -> str:
    return str(pl.tables.create({"title": title, "create_default_sheet": False})["table"]["id"])


def new_sheet(pl: Any, table_id: str, title: str = "Cases") -> str:
    return str(pl.tables.sheets(table_id).create({"title": title})["sheet"]["id"])


def sheet_path(table_id: str, sheet_id: str, rest: str = "") -> str:
    return f"{V2}/tables/{table_id}/sheets/{sheet_id}{rest}"


# -- tables ----------------------------------------------------------------------------------------


def test_create_get_update_list_and_delete_a_table(pl: Any, server: LocalPromptLayer) -> None:
    created = pl.tables.create({"title": "Evals", "folder_id": None, "create_default_sheet": False})
    table_id = created["table"]["id"]
    assert created["success"] is True and created["table"]["title"] == "Evals"
    assert sent(server, "create_table") == [
        ("POST", f"{V2}/tables", [], {"title": "Evals", "create_default_sheet": False})
    ]

    assert pl.tables.get(table_id)["table"]["title"] == "Evals"
    updated = pl.tables.update(table_id, {"title": "Evals v2"})
    assert updated["table"]["title"] == "Evals v2"
    assert sent(server, "update_table") == [("PATCH", f"{V2}/tables/{table_id}", [], {"title": "Evals v2"})]
    assert pl.tables.get(table_id)["table"]["title"] == "Evals v2"
    assert [t["title"] for t in pl.tables.list()["data"]] == ["Evals v2"]

    assert pl.tables.delete(table_id) is True
    assert sent(server, "delete_table") == [("DELETE", f"{V2}/tables/{table_id}", [], None)]
    assert pl.tables.list()["data"] == []
    with pytest.raises(PromptLayerNotFoundError):
        pl.tables.get(table_id)


def test_list_sends_its_params_as_the_query_and_answers_one_page(pl: Any, server: LocalPromptLayer) -> None:
    for title in ("a", "b", "c"):
        new_table(pl, title)
    page = pl.tables.list({"limit": 2, "order": "asc", "folder_id": None})
    assert [t["title"] for t in page["data"]] == ["a", "b"]
    assert page["has_more"] is True and page["next_cursor"]
    rest = pl.tables.list({"limit": 2, "order": "asc", "cursor": page["next_cursor"]})
    assert [t["title"] for t in rest["data"]] == ["c"]
    assert [query for _, _, query, _ in sent(server, "list_tables")] == [
        [("limit", "2"), ("order", "asc")],
        [("limit", "2"), ("order", "asc"), ("cursor", page["next_cursor"])],
    ]


def test_iter_walks_every_page_of_tables(pl: Any, server: LocalPromptLayer) -> None:
    for title in ("a", "b", "c", "d", "e"):
        new_table(pl, title)
    assert [t["title"] for t in pl.tables.iter({"limit": 2})] == ["e", "d", "c", "b", "a"]  # newest first
    queries = [query for _, _, query, _ in sent(server, "list_tables")]
    assert [query[0] for query in queries] == [("limit", "2")] * 3
    cursors = [dict(query).get("cursor") for query in queries]
    assert cursors[0] is None and None not in cursors[1:] and len(set(cursors)) == 3  # each page's own cursor


@pytest.mark.parametrize("part", ["sheets", "columns", "versions", "rows"])
def test_iter_walks_every_page_of_a_tables_parts(pl: Any, server: LocalPromptLayer, part: str) -> None:
    table_id = new_table(pl)
    sheet_id = new_sheet(pl, table_id)
    sheet = pl.tables.sheets(table_id).for_sheet(sheet_id)
    make: dict[str, tuple[Callable[[int], Any], Any, str]] = {
        "sheets": (lambda n: new_sheet(pl, table_id, f"S{n}"), pl.tables.sheets(table_id), "list_sheets"),
        "columns": (
            lambda n: sheet.columns.create({"title": f"c{n}", "type": "TEXT"}),
            sheet.columns,
            "list_sheet_columns",
        ),
        "versions": (
            lambda n: sheet.versions.create({"name": f"v{n}"}),
            sheet.versions,
            "list_sheet_versions",
        ),
        "rows": (lambda n: sheet.rows.add({"count": 1}), sheet.rows, "list_sheet_rows"),
    }
    add, face, operation_id = make[part]
    for n in range(3):
        add(n)
    before = len(face.list()["data"])
    server.clear_requests()
    assert len(list(face.iter(limit=1))) == before >= 3
    queries = [query for _, _, query, _ in sent(server, operation_id)]
    assert len(queries) == before and queries[0] == [("limit", "1")]
    later = [("include_columns", "false")] if part == "rows" else []
    assert queries[1] == [("limit", "1"), ("cursor", "1"), *later]


# -- sheets ----------------------------------------------------------------------------------------


def test_create_list_get_update_and_delete_sheets(pl: Any, server: LocalPromptLayer) -> None:
    table_id = new_table(pl)
    sheets = pl.tables.sheets(table_id)
    first = sheets.create()
    assert first["sheet"]["title"] == "Sheet 1"  # the official SDK's default title
    second = sheets.create({"title": "Imported", "source": {"type": "request_logs", "prompt_id": 4}})
    assert sent(server, "create_sheet") == [
        ("POST", f"{V2}/tables/{table_id}/sheets", [], {"title": "Sheet 1"}),
        (
            "POST",
            f"{V2}/tables/{table_id}/sheets",
            [],
            {"title": "Imported", "source": {"type": "request_logs", "prompt_id": 4}},
        ),
    ]
    assert [s["title"] for s in sheets.list()["data"]] == ["Sheet 1", "Imported"]

    sheet_id = first["sheet"]["id"]
    sheet = sheets.for_sheet(sheet_id)
    assert sheet.get()["sheet"]["id"] == sheet_id
    updated = sheet.update({"title": "Cases", "index": 1, "eval_run_status": "running"})
    assert updated["sheet"]["title"] == "Cases"
    assert sent(server, "update_sheet") == [
        (
            "PATCH",
            sheet_path(table_id, sheet_id),
            [],
            {"title": "Cases", "index": 1, "eval_run_status": "running"},
        )
    ]
    assert sheet.get()["sheet"]["title"] == "Cases"
    assert isinstance(sheet.status_counts(), dict)
    assert sent(server, "get_sheet_status_counts") == [
        ("GET", sheet_path(table_id, sheet_id, "/status-counts"), [], None)
    ]

    assert sheets.for_sheet(second["sheet"]["id"]).delete() is True
    assert sent(server, "delete_sheet") == [("DELETE", sheet_path(table_id, second["sheet"]["id"]), [], None)]
    assert [s["title"] for s in sheets.list()["data"]] == ["Cases"]


def test_rows_add_and_list(pl: Any, server: LocalPromptLayer) -> None:
    table_id = new_table(pl)
    sheet_id = new_sheet(pl, table_id)
    sheet = pl.tables.sheets(table_id).for_sheet(sheet_id)
    c1 = sheet.columns.create({"title": "question", "type": "TEXT"})["column"]["id"]
    rows = sheet.rows
    before = len(rows.list()["data"])
    added = rows.add({"count": 2, "values": [{c1: "hello"}, {c1: "bye"}]})
    assert added["success"] is True
    assert sent(server, "add_sheet_rows") == [
        (
            "POST",
            sheet_path(table_id, sheet_id, "/rows"),
            [],
            {"count": 2, "values": [{c1: "hello"}, {c1: "bye"}]},
        )
    ]
    listed = rows.list()["data"]
    assert len(listed) == before + 2
    assert [row["cells"][c1]["value"] for row in listed[-2:]] == ["hello", "bye"]
    assert sent(server, "list_sheet_rows")[-1] == ("GET", sheet_path(table_id, sheet_id, "/rows"), [], None)


def test_columns_create_list_update_and_delete(pl: Any, server: LocalPromptLayer) -> None:
    table_id = new_table(pl)
    sheet_id = new_sheet(pl, table_id)
    columns = pl.tables.sheets(table_id).for_sheet(sheet_id).columns
    created = columns.create({"title": "input", "type": ColumnType.TEXT, "dependencies": None})
    column_id = created["column"]["id"]
    assert created["column"]["type"] == "TEXT"
    judge = {"title": "judge", "type": "LLM_ASSERTION", "config": {"prompt": "ok?"}, "is_output_column": True}
    columns.create(judge)
    assert sent(server, "create_sheet_column") == [
        ("POST", sheet_path(table_id, sheet_id, "/columns"), [], {"title": "input", "type": "TEXT"}),
        ("POST", sheet_path(table_id, sheet_id, "/columns"), [], judge),
    ]
    assert [c["title"] for c in columns.list()["data"]] == ["Column A", "input", "judge"]  # a new sheet's own

    assert columns.update(column_id, {"title": "question"})["column"]["title"] == "question"
    path = sheet_path(table_id, sheet_id, f"/columns/{column_id}")
    assert sent(server, "update_sheet_column") == [("PATCH", path, [], {"title": "question"})]
    assert [c["title"] for c in columns.list()["data"]] == ["Column A", "question", "judge"]

    assert columns.delete(column_id) is True
    assert sent(server, "delete_sheet_column") == [("DELETE", path, [], None)]
    assert [c["title"] for c in columns.list()["data"]] == ["Column A", "judge"]


def test_cells_requests(make_client: Any, server: LocalPromptLayer) -> None:
    pl = make_client()
    table_id = new_table(pl)
    sheet_id = new_sheet(pl, table_id)
    cells = make_client(throw_on_error=False).tables.sheets(table_id).for_sheet(sheet_id).cells
    answers = [
        cells.get(CELL_ID),
        cells.update(CELL_ID, {"display_value": "hi", "value": None}),
        cells.recalculate(CELL_ID),
        cells.batch_recalculate({"cell_ids": [CELL_ID], "row_indices": [0]}),
    ]
    assert all(answer is None or isinstance(answer, dict) for answer in answers)
    cell = sheet_path(table_id, sheet_id, f"/cells/{CELL_ID}")
    assert sent(server, "get_sheet_cell") == [("GET", cell, [], None)]
    assert sent(server, "update_sheet_cell") == [("PATCH", cell, [], {"display_value": "hi"})]
    assert sent(server, "recalculate_sheet_cell") == [("POST", f"{cell}/recalculations", [], {})]
    assert sent(server, "recalculate_sheet_cells") == [
        (
            "POST",
            sheet_path(table_id, sheet_id, "/cells/recalculations"),
            [],
            {"cell_ids": [CELL_ID], "row_indices": [0]},
        )
    ]


def test_versions_create_list_get_and_score_history(pl: Any, server: LocalPromptLayer) -> None:
    table_id = new_table(pl)
    sheet_id = new_sheet(pl, table_id)
    versions = pl.tables.sheets(table_id).for_sheet(sheet_id).versions
    with pytest.raises(PromptLayerBadRequestError):  # the service wants a name or a version to restore
        versions.create()
    first = versions.create({"name": "first"})
    named = versions.create({"name": "baseline"})
    assert named["version"]["name"] == "baseline"
    assert [body for _, _, _, body in sent(server, "create_sheet_version")] == [
        {},
        {"name": "first"},
        {"name": "baseline"},
    ]
    assert {v["id"] for v in versions.list()["data"]} >= {first["version"]["id"], named["version"]["id"]}

    version_id = named["version"]["id"]
    assert versions.get(version_id)["version"]["name"] == "baseline"
    assert sent(server, "get_sheet_version") == [
        ("GET", sheet_path(table_id, sheet_id, f"/versions/{version_id}"), [], None)
    ]
    assert isinstance(versions.score_history()["score_history"]["points"], list)
    assert sent(server, "get_sheet_score_history") == [
        ("GET", sheet_path(table_id, sheet_id, "/versions/score-history"), [], None)
    ]


def test_score_configure_get_and_recalculate(pl: Any, server: LocalPromptLayer) -> None:
    table_id = new_table(pl)
    sheet_id = new_sheet(pl, table_id)
    score = pl.tables.sheets(table_id).for_sheet(sheet_id).score
    body = {
        "score_type": "custom",
        "code": "return {'score': 1}",
        "code_language": "PYTHON",
        "column_ids": None,
    }
    assert score.configure(body)["success"] is True
    path = sheet_path(table_id, sheet_id, "/score")
    assert sent(server, "configure_sheet_score") == [
        (
            "PATCH",
            path,
            [],
            {"score_type": "custom", "code": "return {'score': 1}", "code_language": "PYTHON"},
        )
    ]
    assert "aggregate_score" in score.get()
    assert sent(server, "get_sheet_score") == [("GET", path, [], None)]
    assert score.recalculate()["success"] is True
    assert sent(server, "recalculate_sheet_score") == [("POST", path, [], {})]


# -- scorecards ------------------------------------------------------------------------------------


def test_scorecard_configure_get_and_delete(pl: Any, server: LocalPromptLayer) -> None:
    table_id = new_table(pl)
    sheet_id = new_sheet(pl, table_id)
    scorecards = pl.tables.sheets.scorecards
    configured = scorecards.configure(table_id, sheet_id, SCORECARD)
    assert configured["scorecard"]["name"] == "Quality"
    path = sheet_path(table_id, sheet_id, "/scorecard")
    assert sent(server, "configure_sheet_scorecard") == [("PATCH", path, [], SCORECARD)]
    assert scorecards.get(table_id, sheet_id)["scorecard"]["name"] == "Quality"
    assert sent(server, "get_sheet_scorecard") == [("GET", path, [], None)]
    assert scorecards.delete(table_id, sheet_id) == {"success": True}  # a dict, as the official returns
    assert sent(server, "delete_sheet_scorecard") == [("DELETE", path, [], None)]


def test_scorecard_work_requests(make_client: Any, server: LocalPromptLayer) -> None:
    pl = make_client()
    table_id = new_table(pl)
    sheet_id = new_sheet(pl, table_id)
    scorecards = make_client(throw_on_error=False).tables.sheets.scorecards
    queued = scorecards.recalculate(table_id, sheet_id, {"row_indices": [0, 2]})
    assert queued is None or queued["success"] is True
    scorecards.recalculate(table_id, sheet_id)
    scorecards.cancel(table_id, sheet_id, {"step_ids": [CALCULATION_ID]})
    scorecards.migrate_legacy_score(table_id, sheet_id, {"delete_legacy_score": True})
    scorecards.get_calculation(table_id, sheet_id, CALCULATION_ID)
    rows = scorecards.list_rows(table_id, sheet_id, {"verdict": "fail", "limit": 5, "cursor": 10})
    assert rows is None or isinstance(rows["rows"], list)
    scorecards.get_row(table_id, sheet_id, 3, {"calculation_id": CALCULATION_ID})
    path = sheet_path(table_id, sheet_id, "/scorecard")
    assert sent(server, "recalculate_sheet_scorecard") == [
        ("POST", f"{path}/recalculate", [], {"row_indices": [0, 2]}),
        ("POST", f"{path}/recalculate", [], {}),
    ]
    assert sent(server, "cancel_sheet_scorecard") == [
        ("POST", f"{path}/cancel", [], {"step_ids": [CALCULATION_ID]})
    ]
    assert sent(server, "migrate_legacy_sheet_score") == [
        ("POST", f"{path}/migrate-legacy-score", [], {"delete_legacy_score": True})
    ]
    assert sent(server, "get_scorecard_calculation") == [
        ("GET", f"{path}/calculations/{CALCULATION_ID}", [], None)
    ]
    assert sent(server, "list_scorecard_rows") == [
        ("GET", f"{path}/rows", [("verdict", "fail"), ("limit", "5"), ("cursor", "10")], None)
    ]
    assert sent(server, "get_scorecard_row") == [
        ("GET", f"{path}/rows/3", [("calculation_id", CALCULATION_ID)], None)
    ]


def _a_trace(pl: Any) -> str:
    """A one-span trace stored on the server (through the generated client), its id."""
    trace_id = "ab" * 16
    span = {
        "name": "case",
        "context": {"trace_id": trace_id, "span_id": "01" * 8, "trace_state": "[]"},
        "kind": "SpanKind.INTERNAL",
        "parent_id": None,
        "start_time": 1,
        "end_time": 2,
        "status": {"status_code": "StatusCode.OK"},
        "attributes": {"function_output": '"ok"'},
        "resource": {"attributes": {}, "schema_url": ""},
    }
    client = pl._target.api if hasattr(pl, "_target") else pl.api
    sent = create_spans_bulk.sync_detailed(client=client, body=CreateSpansBulk.from_dict({"spans": [span]}))
    assert sent.status_code == 201, sent.content
    return trace_id


def test_add_trace_sends_table_id_as_smart_table_id(pl: Any, server: LocalPromptLayer) -> None:
    table_id = new_table(pl)
    sheet_id = new_sheet(pl, table_id)
    trace_id = _a_trace(pl)
    answer = pl.tables.imports.add_trace({"trace_id": trace_id, "sheet_id": sheet_id, "table_id": table_id})
    assert answer["success"] is True
    assert sent(server, "add_trace_to_draft_dataset") == [
        (
            "POST",
            f"{V2}/dataset-versions/add-trace",
            [],
            {"trace_id": trace_id, "sheet_id": sheet_id, "smart_table_id": table_id},
        )
    ]
    assert answer["row_index"] == len(pl.tables.sheets(table_id).for_sheet(sheet_id).rows.list()["data"]) - 1


# -- the official module-level functions -----------------------------------------------------------


class AsyncFunctions:
    """The module's async twins (`aget_scorecard`...) called like the sync functions."""

    def __getattr__(self, name: str) -> Callable[..., Any]:
        twin = getattr(promptlayer.tables, f"a{name}")
        return lambda *args, **kwargs: asyncio.run(twin(*args, **kwargs))


def module_functions(mode: str) -> Any:
    return promptlayer.tables if mode == "sync" else AsyncFunctions()


def test_upsert_table_and_ensure_default_sheet(server: LocalPromptLayer, mode: str) -> None:
    functions = module_functions(mode)
    keys = (KEY, server.base_url, True)
    created = functions.upsert_table_by_title(*keys, "Evals")
    assert created["title"] == "Evals"
    assert functions.upsert_table_by_title(*keys, "Evals")["id"] == created["id"]  # found, not created again
    assert len(server.requests_for("create_table")) == 1
    assert [query for _, _, query, _ in sent(server, "list_tables")] == [
        [("name", "Evals"), ("limit", "100")]
    ] * 2

    sheet = functions.ensure_default_sheet(*keys, created["id"])
    assert sheet["title"] == "Sheet 1"
    assert functions.ensure_default_sheet(*keys, created["id"]) == sheet
    assert sent(server, "create_sheet") == []  # the table was created with its default sheet
    counts = functions.get_sheet_status_counts(*keys, created["id"], sheet["id"])
    assert isinstance(counts, dict)
    assert functions.get_scorecard(*keys, created["id"], sheet["id"])["success"] is True


def test_the_official_body_keyword_reaches_the_request(server: LocalPromptLayer, mode: str) -> None:
    functions = module_functions(mode)
    created = functions.upsert_table_by_title(KEY, server.base_url, True, "Scored")
    sheet = functions.ensure_default_sheet(KEY, server.base_url, True, created["id"])
    where = (KEY, server.base_url, False, created["id"], sheet["id"])
    functions.recalculate_scorecard(*where, body={"row_indices": [0]})
    assert [body for _, _, _, body in sent(server, "recalculate_sheet_scorecard")] == [{"row_indices": [0]}]


def test_module_functions_follow_throw_on_error(server: LocalPromptLayer, mode: str) -> None:
    functions = module_functions(mode)
    assert functions.get_scorecard(KEY, server.base_url, False, MISSING, MISSING) is None
    with pytest.raises(PromptLayerNotFoundError):
        functions.get_sheet_status_counts(KEY, server.base_url, True, MISSING, MISSING)
    with pytest.raises(PromptLayerValidationError, match="title"):
        functions.upsert_table_by_title(KEY, server.base_url, False, " ")


# -- the official SDK's requests and signatures ----------------------------------------------------


def test_the_same_requests_as_the_official_sdk(make_client: Any, server: LocalPromptLayer, mode: str) -> None:
    run_calls(make_client(throw_on_error=False), module_functions(mode), KEY, server.base_url)
    received = [
        {"method": r.method, "path": r.path, "query": r.query, "body": r.body} for r in server.requests
    ]
    official = json.loads((GOLDEN / "official_tables_requests.json").read_text(encoding="utf-8"))
    assert normalized(received) == official


OFFICIAL = json.loads((GOLDEN / "official_tables_signatures.json").read_text(encoding="utf-8"))
TABLE, SHEET = "table-1", "sheet-1"


def face_at(client: Any, path: str) -> Any:
    """The face a path of the signatures file names: "tables.sheets().for_sheet().rows"."""
    found = client
    for part in path.split("."):
        found = getattr(found, part.removesuffix("()"))
        if part.endswith("()"):
            found = found(TABLE if part == "sheets()" else SHEET)
    return found


def described(function: Callable[..., Any]) -> dict[str, Any]:
    parameters = inspect.signature(function).parameters.values()
    return {
        "async": inspect.iscoroutinefunction(function),
        "parameters": [
            [p.name, p.kind.name, None if p.default is p.empty else repr(p.default)] for p in parameters
        ],
    }


def test_every_official_method_with_its_signature(mode: str) -> None:
    kind = mode
    client: Any = (PromptLayer if kind == "sync" else AsyncPromptLayer)(
        api_key=KEY, base_url="http://127.0.0.1:9"
    )
    checked = 0
    for path, methods in OFFICIAL[kind].items():
        face = face_at(client, path)
        for name, official in methods.items():
            ours = described(getattr(face, name))
            count = len(official["parameters"])
            assert ours["parameters"][:count] == official["parameters"], f"{path}.{name}"
            assert all(extra[1] == "KEYWORD_ONLY" for extra in ours["parameters"][count:]), f"{path}.{name}"
            assert ours["async"] == official["async"], f"{path}.{name}"
            checked += 1
    assert checked == 40
    if kind == "sync":
        client.close()
    else:
        asyncio.run(client.aclose())


def test_every_official_function_with_its_signature() -> None:
    assert sorted(OFFICIAL["functions"]) == sorted(
        name for name in promptlayer.tables.__all__ if inspect.isfunction(getattr(promptlayer.tables, name))
    )
    for name, official in OFFICIAL["functions"].items():
        assert described(getattr(promptlayer.tables, name)) == official, name


# -- checks, failures and retries ------------------------------------------------------------------

T, S = "2b1f4f0e-0c4e-4a9e-8d55-3c2a1d0e9f11", "7e3c9a51-6d2b-4f0a-9b8c-1a2d3e4f5a6b"
REFUSED: list[tuple[str, Callable[[Any], Any], str]] = [
    ("empty table id", lambda t: t.get(""), "table_id must be"),
    ("bool table id", lambda t: t.delete(True), "table_id must be"),
    ("body not a dict", lambda t: t.create("Evals"), "body must be a dict"),
    ("unknown key", lambda t: t.create({"name": "Evals"}), "unknown key.*'name'"),
    ("unknown update key", lambda t: t.update(T, {"titel": "x"}), "unknown key.*'titel'"),
    ("order enum", lambda t: t.list({"order": "up"}), r"params\['order'\] must be one of asc, desc"),
    ("iter with a cursor", lambda t: list(t.iter({"cursor": "5"})), "leave cursor and page out"),
    ("blank sheet table", lambda t: t.sheets("  "), "table_id must be"),
    ("blank sheet id", lambda t: t.sheets(T).for_sheet(""), "sheet_id must be"),
    ("source type", lambda t: t.sheets(T).create({"source": {"type": "ftp"}}), "source.*file.*request_logs"),
    (
        "file source needs content",
        lambda t: t.sheets(T).create({"source": {"type": "file", "file_name": "a.csv"}}),
        "needs file_content_base64",
    ),
    ("sheet update key", lambda t: t.sheets(T).for_sheet(S).update({"rows": 3}), "unknown key"),
    ("rows body", lambda t: t.sheets(T).for_sheet(S).rows.add([{"count": 1}]), "body must be a dict"),
    ("rows page size", lambda t: list(t.sheets(T).for_sheet(S).rows.iter(limit=0)), "limit must be"),
    ("column needs type", lambda t: t.sheets(T).for_sheet(S).columns.create({"title": "x"}), "needs type"),
    (
        "column type enum",
        lambda t: t.sheets(T).for_sheet(S).columns.create({"title": "x", "type": "BOGUS"}),
        r"body\['type'\] must be one of TEXT",
    ),
    (
        "aliases only on create",
        lambda t: t.sheets(T).for_sheet(S).columns.update(S, {"type": "text"}),
        r"body\['type'\] must be one of",
    ),
    ("column id", lambda t: t.sheets(T).for_sheet(S).columns.delete(None), "column_id must be"),
    ("cell id", lambda t: t.sheets(T).for_sheet(S).cells.get(""), "cell_id must be"),
    (
        "batch needs cell ids",
        lambda t: t.sheets(T).for_sheet(S).cells.batch_recalculate({"column_ids": ["c"]}),
        "needs cell_ids",
    ),
    ("version id", lambda t: t.sheets(T).for_sheet(S).versions.get(" "), "version_id must be"),
    (
        "score type enum",
        lambda t: t.sheets(T).for_sheet(S).score.configure({"score_type": "fancy"}),
        r"body\['score_type'\] must be one of auto, boolean, numeric, custom",
    ),
    (
        "code language enum",
        lambda t: t.sheets(T).for_sheet(S).score.configure({"code_language": "RUST"}),
        "code_language",
    ),
    (
        "scorecard needs aggregation",
        lambda t: t.sheets.scorecards.configure(T, S, {"name": "x"}),
        "aggregation",
    ),
    (
        "step needs a kind",
        lambda t: t.sheets.scorecards.configure(
            T, S, {"name": "x", "aggregation": {}, "steps": [{"title": "t"}]}
        ),
        r"body\['steps'\]\[0\] needs primitive_type",
    ),
    (
        "step kind enum",
        lambda t: t.sheets.scorecards.configure(
            T, S, {"name": "x", "aggregation": {}, "steps": [{"title": "t", "primitive_type": "NOPE"}]}
        ),
        "primitive_type",
    ),
    ("verdict enum", lambda t: t.sheets.scorecards.list_rows(T, S, {"verdict": "maybe"}), "verdict"),
    ("row index", lambda t: t.sheets.scorecards.get_row(T, S, -1), "row_index must be"),
    ("calculation id", lambda t: t.sheets.scorecards.get_calculation(T, S, ""), "calculation_id must be"),
    ("scorecard sheet id", lambda t: t.sheets.scorecards.get(T, ""), "sheet_id must be"),
    ("trace needs a sheet", lambda t: t.imports.add_trace({"trace_id": "x"}), "needs sheet_id"),
    (
        "trace table ids differ",
        lambda t: t.imports.add_trace({"trace_id": "x", "sheet_id": S, "table_id": T, "smart_table_id": S}),
        "differ",
    ),
]


@pytest.mark.parametrize(("call", "message"), [c[1:] for c in REFUSED], ids=[c[0] for c in REFUSED])
def test_arguments_are_checked_before_any_request(
    make_client: Any, server: LocalPromptLayer, call: Callable[[Any], Any], message: str
) -> None:
    for client in (make_client(), make_client(throw_on_error=False)):  # invalid arguments always raise
        with pytest.raises(PromptLayerValidationError, match=message):
            call(client.tables)
    assert server.requests == []


@pytest.mark.parametrize(
    ("call", "operation_id"),
    [
        (lambda t: t.get(MISSING), "get_table"),
        (lambda t: t.delete(MISSING), "delete_table"),
        (lambda t: t.update(MISSING, {"title": "x"}), "update_table"),
        (lambda t: t.sheets(MISSING).list(), "list_sheets"),
        (lambda t: t.sheets(MISSING).for_sheet(MISSING).delete(), "delete_sheet"),
        (lambda t: t.sheets(MISSING).for_sheet(MISSING).columns.delete(MISSING), "delete_sheet_column"),
        (lambda t: t.sheets.scorecards.get(MISSING, MISSING), "get_sheet_scorecard"),
    ],
    ids=["get", "delete", "update", "sheets", "sheet delete", "column delete", "scorecard"],
)
def test_a_404_is_none_with_throw_on_error_false(
    make_client: Any, server: LocalPromptLayer, call: Callable[[Any], Any], operation_id: str
) -> None:
    assert call(make_client(throw_on_error=False).tables) is None
    assert [r.status for r in server.requests_for(operation_id)] == [404]
    with pytest.raises(PromptLayerNotFoundError):
        call(make_client().tables)


def test_iter_stops_at_a_failed_page_with_throw_on_error_false(
    make_client: Any, server: LocalPromptLayer
) -> None:
    pl = make_client(throw_on_error=False)
    assert list(pl.tables.sheets(MISSING).iter()) == []
    assert [r.status for r in server.requests_for("list_sheets")] == [404]


def test_a_read_is_retried_after_a_503(pl: Any, server: LocalPromptLayer, sleeps: list[float]) -> None:
    table_id = new_table(pl)
    server.inject("get_table", Fault.server_error(503))
    assert pl.tables.get(table_id)["table"]["id"] == table_id
    assert [r.status for r in server.requests_for("get_table")] == [503, 200]
    assert len(sleeps) == 1


def test_a_create_is_resent_only_when_it_cannot_have_been_applied(
    pl: Any, server: LocalPromptLayer, sleeps: list[float]
) -> None:
    server.inject("create_table", Fault.server_error(500))
    with pytest.raises(PromptLayerInternalServerError):
        pl.tables.create({"title": "once"})
    assert [r.status for r in server.requests_for("create_table")] == [500]  # may have been applied

    server.clear_requests()
    server.inject("create_table", Fault.server_error(503))  # refused before doing anything
    assert pl.tables.create({"title": "twice"})["table"]["title"] == "twice"
    assert [r.status for r in server.requests_for("create_table")] == [503, 201]
    assert len(sleeps) == 1


def test_tables_load_on_first_use() -> None:
    script = (
        "import sys\n"
        "from promptlayer import PromptLayer\n"
        "pl = PromptLayer(api_key='k', base_url='http://127.0.0.1:9')\n"
        "before = 'promptlayer.tables' in sys.modules\n"
        "pl.tables\n"
        "print(before, 'promptlayer.tables' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "True"]


def test_a_cursor_answered_twice_ends_the_walk(caplog: pytest.LogCaptureFixture) -> None:
    paging = cursor_paging(lambda cursor: iter(()), top_cursor)  # type: ignore[arg-type, return-value]
    assert paging.more({"data": [], "has_more": True, "next_cursor": "5"}) is True
    assert paging.more({"data": [], "has_more": True, "next_cursor": "9"}) is True
    assert paging.more({"data": [], "has_more": True, "next_cursor": "5"}) is False  # a loop
    assert "cursor '5' twice" in caplog.text
    assert paging.more({"data": [], "has_more": False, "next_cursor": "12"}) is False
