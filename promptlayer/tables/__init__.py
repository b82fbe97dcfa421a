"""`pl.tables`: tables of datasets and evaluations, their sheets, rows, columns, cells,
versions, scores and scorecards, with the official SDK's names and nesting.

    pl.tables.list()                                   # one page of tables
    sheet = pl.tables.sheets(table_id).for_sheet(sheet_id)
    sheet.rows.add({"count": 2}); sheet.columns.list(); sheet.score.get()
    pl.tables.sheets.scorecards.get(table_id, sheet_id)

The managers and the official module-level functions (`upsert_table_by_title`,
`get_scorecard`... each taking `api_key, base_url, throw_on_error` first) are exported here.
"""

from .faces import (
    AsyncScorecardManager,
    AsyncSheetManager,
    AsyncTableManager,
    ScorecardManager,
    SheetManager,
    TableManager,
)
from .functions import (
    aadd_trace_import,
    acancel_scorecard_calculation,
    aconfigure_scorecard,
    add_trace_import,
    adelete_scorecard,
    aensure_default_sheet,
    aget_scorecard,
    aget_scorecard_calculation,
    aget_scorecard_row,
    aget_sheet_status_counts,
    alist_scorecard_rows,
    amigrate_legacy_score,
    arecalculate_scorecard,
    aupsert_table_by_title,
    cancel_scorecard_calculation,
    configure_scorecard,
    delete_scorecard,
    ensure_default_sheet,
    get_scorecard,
    get_scorecard_calculation,
    get_scorecard_row,
    get_sheet_status_counts,
    list_scorecard_rows,
    migrate_legacy_score,
    recalculate_scorecard,
    upsert_table_by_title,
)

__all__ = [
    "AsyncScorecardManager",
    "AsyncSheetManager",
    "AsyncTableManager",
    "ScorecardManager",
    "SheetManager",
    "TableManager",
    "aadd_trace_import",
    "acancel_scorecard_calculation",
    "aconfigure_scorecard",
    "add_trace_import",
    "adelete_scorecard",
    "aensure_default_sheet",
    "aget_scorecard",
    "aget_scorecard_calculation",
    "aget_scorecard_row",
    "aget_sheet_status_counts",
    "alist_scorecard_rows",
    "amigrate_legacy_score",
    "arecalculate_scorecard",
    "aupsert_table_by_title",
    "cancel_scorecard_calculation",
    "configure_scorecard",
    "delete_scorecard",
    "ensure_default_sheet",
    "get_scorecard",
    "get_scorecard_calculation",
    "get_scorecard_row",
    "get_sheet_status_counts",
    "list_scorecard_rows",
    "migrate_legacy_score",
    "recalculate_scorecard",
    "upsert_table_by_title",
]
