"""What an evaluation left in PromptLayer, read back through the public API and made
comparable: ids replaced by titles or positions, trace ids and timestamps left out."""

from __future__ import annotations

from typing import Any

import httpx

from promptlayer.testing.server import LocalPromptLayer

VOLATILE_CELL_COLUMNS = {"Trace"}  # holds the run's trace (random ids)


def snapshot(server: LocalPromptLayer) -> list[dict[str, Any]]:
    """Every table of `server` with its sheets: columns, rows, scorecard, and the run state
    (expected_row_count, eval_run_status) that sheet reads do not answer, from the store."""

    def run_state(table_id: str, sheet_id: str) -> dict[str, Any]:
        sheet = server.call(lambda: server.state.tables.table(table_id).sheet(sheet_id))
        return {"expected_row_count": sheet.expected_row_count, "eval_run_status": sheet.eval_run_status}

    headers = {"X-API-KEY": server.api_key}
    with httpx.Client(base_url=server.base_url, headers=headers, timeout=30) as http:

        def get(path: str, **params: Any) -> Any:
            response = http.get(path, params=params)
            response.raise_for_status()
            return response.json()

        tables = []
        for table in sorted(get("/api/public/v2/tables", limit=100)["data"], key=lambda t: t["title"]):
            base = f"/api/public/v2/tables/{table['id']}/sheets"
            sheets = []
            for sheet in get(base)["data"]:
                path = f"{base}/{sheet['id']}"
                columns = get(f"{path}/columns")["data"]
                titles = {str(column["id"]): column["title"] for column in columns}
                rows = get(f"{path}/rows", limit=100)["data"]
                scorecard = get(f"{path}/scorecard").get("scorecard")
                sheets.append(
                    {
                        "title": sheet["title"],
                        **run_state(table["id"], sheet["id"]),
                        "columns": [
                            {
                                "title": c["title"],
                                "type": c["type"],
                                "config": _named(c.get("config"), titles),
                            }
                            for c in columns
                        ],
                        "rows": sorted((_row(row, titles) for row in rows), key=lambda row: repr(row)),
                        "scorecard": _scorecard(scorecard, titles),
                    }
                )
            tables.append({"title": table["title"], "sheets": sheets})
        return tables


def _named(value: Any, titles: dict[str, str]) -> Any:
    """`value` with every column id in it replaced by the column's title."""
    if isinstance(value, str):
        return f"<{titles[value]}>" if value in titles else value
    if isinstance(value, list):
        return [_named(item, titles) for item in value]
    if isinstance(value, dict):
        return {key: _named(item, titles) for key, item in value.items()}
    return value


def _row(row: dict[str, Any], titles: dict[str, str]) -> dict[str, Any]:
    cells = {}
    for column_id, cell in (row.get("cells") or {}).items():
        title = titles.get(str(column_id), column_id)
        if title in VOLATILE_CELL_COLUMNS:
            cells[title] = "<trace>" if cell.get("value") not in (None, "") else None
        else:
            cells[title] = cell.get("value")
    return cells


def _scorecard(scorecard: Any, titles: dict[str, str]) -> Any:
    if not isinstance(scorecard, dict):
        return None
    keep = ("title", "primitive_type", "primitive_config", "order_index", "weight", "required", "thresholds")
    return {
        "name": scorecard.get("name"),
        "aggregation": scorecard.get("aggregation"),
        "evaluated_column_ids": _named(scorecard.get("evaluated_column_ids"), titles),
        "steps": [
            {
                **{key: _named(step.get(key), titles) for key in keep},
                "sources": _named(step.get("source_column_ids"), titles),
            }
            for step in scorecard.get("steps") or []
        ],
    }


VOLATILE_RESULT_KEYS = {"table_id", "sheet_id", "url", "trace_id", "span_id"}


def comparable(value: Any) -> Any:
    """An EvalResult (or a list of them) without its ids and links. Rows are numbered as the
    cases finish, which concurrency makes vary, so cases are keyed by their input instead."""
    if isinstance(value, list):
        return [comparable(item) for item in value]
    if not isinstance(value, dict):
        return value
    if isinstance(value.get("results"), list) and "failed_row_indices" in value:
        failed = set(value["failed_row_indices"])
        cases = value["results"]
        value = {
            **{key: item for key, item in value.items() if key not in ("results", "failed_row_indices")},
            "failed_inputs": sorted(
                repr(case.get("input")) for case in cases if case.get("row_index") in failed
            ),
            "results": sorted(
                ({key: item for key, item in case.items() if key != "row_index"} for case in cases),
                key=lambda case: repr(case.get("input")),
            ),
        }
    return {key: comparable(item) for key, item in value.items() if key not in VOLATILE_RESULT_KEYS}
