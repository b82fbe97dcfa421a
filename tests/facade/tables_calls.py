"""One fixed script of `pl.tables` calls, run by the official SDK and by ours, and how the
requests they make are written down for comparison.

`scripts/record_official_tables.py` runs `run_calls` in a Python that has the official
`promptlayer` 1.5.16 (so this module imports nothing but the standard library) and writes
`normalized(...)` of what the local server received to tests/golden/official_tables_requests.json;
tests/facade/test_tables.py runs it through our clients and compares.

The calls use `throw_on_error=False` clients: the local server answers some of them 404 (a
cell or calculation it does not hold), and both SDKs must go on to send the rest. Ids come
from the answers of earlier calls; `normalized` names each id by order of appearance, so the
comparison does not depend on how the server makes ids.
"""

from __future__ import annotations

import json
import re
from typing import Any

CELL_ID = "5c0b1e9e-7c9a-4c55-9d1c-2f1e0a6c3b11"  # a cell the server does not hold (answered 404)
CALCULATION_ID = "0d7e6a52-3f0e-4a43-8a66-6b0f5c2d9e21"
AGGREGATION = {
    "method": "weighted_mean",
    "required_step_failure_behavior": "fail",
    "pass_threshold": 0.8,
    "warn_threshold": 0.5,
}
STEP = {"title": "mentions refunds", "primitive_type": "CONTAINS", "weight": 1.0}
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _id(answer: Any, key: str, fallback: str) -> str:
    """The id in `answer[key]`, or `fallback` when the call failed (None) or holds none."""
    if isinstance(answer, dict) and isinstance(answer.get(key), dict) and answer[key].get("id"):
        return str(answer[key]["id"])
    return fallback


def run_calls(pl: Any, functions: Any, api_key: str, base_url: str) -> None:
    """Every `pl.tables` method and module-level function of the official SDK, in one order.

    `pl` is a client made with throw_on_error=False; `functions` has the module-level
    functions of `promptlayer.tables` (plain calls: a test wraps the async twins).
    """
    tables = pl.tables
    table_id = _id(tables.create({"title": "Golden table", "folder_id": None}), "table", "no-table")
    tables.list()
    tables.list({"name": "Golden", "limit": 10})
    tables.get(table_id)
    tables.update(table_id, {"title": "Golden table v2"})

    sheets = tables.sheets(table_id)
    sheet_id = _id(sheets.create(), "sheet", "no-sheet")
    second_id = _id(sheets.create({"title": "Second"}), "sheet", "no-second-sheet")
    sheets.list()
    sheet = sheets.for_sheet(sheet_id)
    sheet.get()
    sheet.update({"title": "Renamed", "expected_row_count": 3, "eval_run_status": "running"})
    sheet.status_counts()

    column_id = _id(sheet.columns.create({"title": "input", "type": "TEXT"}), "column", "no-column")
    sheet.columns.create({"title": "judge", "type": "LLM_ASSERTION", "config": {"prompt": "ok?"}})
    sheet.columns.list()
    sheet.columns.update(column_id, {"title": "question", "is_output_column": False})

    sheet.rows.add({"count": 2})
    sheet.rows.add({"values": [{column_id: "hello"}]})
    sheet.rows.list()

    sheet.cells.get(CELL_ID)
    sheet.cells.update(CELL_ID, {"display_value": "hi", "value": "hi"})
    sheet.cells.recalculate(CELL_ID)
    sheet.cells.batch_recalculate({"cell_ids": [CELL_ID]})

    sheet.versions.create()
    version_id = _id(sheet.versions.create({"name": "v1"}), "version", "no-version")
    sheet.versions.list()
    sheet.versions.get(version_id)
    sheet.versions.score_history()

    sheet.score.configure({"score_type": "auto", "column_ids": [column_id]})
    sheet.score.get()
    sheet.score.recalculate()

    scorecards = tables.sheets.scorecards
    body = {
        "name": "Quality",
        "evaluated_column_ids": [column_id],
        "aggregation": AGGREGATION,
        "steps": [STEP],
    }
    scorecards.configure(table_id, sheet_id, body)
    scorecards.get(table_id, sheet_id)
    scorecards.recalculate(table_id, sheet_id)
    scorecards.recalculate(table_id, sheet_id, {"row_indices": [0, 1]})
    scorecards.cancel(table_id, sheet_id)
    scorecards.cancel(table_id, sheet_id, {"step_ids": [CALCULATION_ID]})
    scorecards.get_calculation(table_id, sheet_id, CALCULATION_ID)
    scorecards.list_rows(table_id, sheet_id)
    scorecards.list_rows(table_id, sheet_id, {"limit": 5, "verdict": "pass"})
    scorecards.get_row(table_id, sheet_id, 0)
    scorecards.get_row(table_id, sheet_id, 1, {"calculation_id": CALCULATION_ID})
    scorecards.migrate_legacy_score(table_id, sheet_id)
    scorecards.migrate_legacy_score(table_id, sheet_id, {"delete_legacy_score": True})
    scorecards.delete(table_id, sheet_id)

    tables.imports.add_trace({"trace_id": "trace-1", "sheet_id": sheet_id, "table_id": table_id})
    tables.imports.add_trace(
        {"trace_id": "trace-2", "sheet_id": sheet_id, "smart_table_id": table_id, "span_id": "span-1"}
    )

    sheet.columns.delete(column_id)
    sheets.for_sheet(second_id).delete()

    keys = (api_key, base_url, False)
    functions.upsert_table_by_title(*keys, "Golden table v2")
    functions.upsert_table_by_title(*keys, "Fresh table", 7)
    functions.ensure_default_sheet(*keys, table_id)
    functions.get_sheet_status_counts(*keys, table_id, sheet_id)
    functions.add_trace_import(
        *keys, {"trace_id": "trace-3", "sheet_id": sheet_id, "metadata": {"eval_name": "g"}}
    )
    functions.configure_scorecard(*keys, table_id, sheet_id, body)
    functions.get_scorecard(*keys, table_id, sheet_id)
    functions.recalculate_scorecard(*keys, table_id, sheet_id, {"step_ids": [CALCULATION_ID]})
    functions.cancel_scorecard_calculation(*keys, table_id, sheet_id)
    functions.get_scorecard_calculation(*keys, table_id, sheet_id, CALCULATION_ID)
    functions.list_scorecard_rows(*keys, table_id, sheet_id, {"cursor": 5})
    functions.get_scorecard_row(*keys, table_id, sheet_id, 2)
    functions.migrate_legacy_score(*keys, table_id, sheet_id)
    functions.delete_scorecard(*keys, table_id, sheet_id)

    sheet.delete()
    tables.delete(table_id)


def normalized(requests: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The requests as [{"method", "path", "query", "json"}], each UUID replaced by `<id N>`
    (N: the order in which it first appears), so the lists compare across servers; query
    pairs are sorted (their order means nothing to the API, and the two SDKs order them
    differently)."""
    names: dict[str, str] = {}

    def name(match: re.Match[str]) -> str:
        return names.setdefault(match.group(0), f"<id {len(names) + 1}>")

    def rename(value: Any) -> Any:
        if isinstance(value, str):
            return UUID.sub(name, value)
        if isinstance(value, list):
            return [rename(item) for item in value]
        if isinstance(value, dict):
            return {rename(key): rename(item) for key, item in value.items()}
        return value

    result = []
    for request in requests:
        body = request["body"]
        result.append(
            {
                "method": request["method"],
                "path": rename(request["path"]),
                "query": sorted([rename(key), rename(value)] for key, value in request["query"]),
                "json": rename(json.loads(body)) if body else None,
            }
        )
    return result
