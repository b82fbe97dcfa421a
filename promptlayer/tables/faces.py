"""The sync and async faces of `pl.tables`, named and nested as the official SDK's managers.

Each group of operations is listed once, in a mixin (`_Rows`, `_Columns`...); a sync face
and an async face combine it with `SyncFace` or `AsyncFace`, and differ only in the faces
they nest. `pl.tables.sheets(table_id)` and `.for_sheet(sheet_id)` are plain calls on both
clients (no I/O): they check the id and address what follows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._faces import AsyncFace, SyncFace, operation, paged
from .core import SheetCore, SheetsCore, TablesCore
from .scorecards import ScorecardsCore

if TYPE_CHECKING:
    from .._context import AsyncContext, SyncContext
    from ..types.table import ResourceId


class _Tables:
    list = operation(TablesCore.list)
    create = operation(TablesCore.create)
    get = operation(TablesCore.get)
    update = operation(TablesCore.update)
    delete = operation(TablesCore.delete)
    iter = paged(TablesCore.iter)


class _Imports:
    add_trace = operation(TablesCore.add_trace)


class _Sheets:
    list = operation(SheetsCore.list)
    create = operation(SheetsCore.create)
    iter = paged(SheetsCore.iter)


class _Sheet:
    get = operation(SheetCore.get)
    update = operation(SheetCore.update)
    delete = operation(SheetCore.delete)
    status_counts = operation(SheetCore.status_counts)


class _Rows:
    list = operation(SheetCore.list_rows)
    add = operation(SheetCore.add_rows)
    iter = paged(SheetCore.iter_rows)


class _Columns:
    list = operation(SheetCore.list_columns)
    create = operation(SheetCore.create_column)
    update = operation(SheetCore.update_column)
    delete = operation(SheetCore.delete_column)
    iter = paged(SheetCore.iter_columns)


class _Cells:
    get = operation(SheetCore.get_cell)
    update = operation(SheetCore.update_cell)
    recalculate = operation(SheetCore.recalculate_cell)
    batch_recalculate = operation(SheetCore.batch_recalculate_cells)


class _Versions:
    list = operation(SheetCore.list_versions)
    create = operation(SheetCore.create_version)
    get = operation(SheetCore.get_version)
    score_history = operation(SheetCore.score_history)
    iter = paged(SheetCore.iter_versions)


class _Score:
    get = operation(SheetCore.get_score)
    configure = operation(SheetCore.configure_score)
    recalculate = operation(SheetCore.recalculate_score)


class _Scorecards:
    get = operation(ScorecardsCore.get)
    configure = operation(ScorecardsCore.configure)
    delete = operation(ScorecardsCore.delete)
    migrate_legacy_score = operation(ScorecardsCore.migrate_legacy_score)
    recalculate = operation(ScorecardsCore.recalculate)
    cancel = operation(ScorecardsCore.cancel)
    get_calculation = operation(ScorecardsCore.get_calculation)
    list_rows = operation(ScorecardsCore.list_rows)
    get_row = operation(ScorecardsCore.get_row)


# -- sync ------------------------------------------------------------------------------------------


class TableManager(_Tables, SyncFace):
    """`pl.tables`: the workspace's tables; `sheets(table_id)` reaches into one, `imports`
    adds traces as rows. Results are the API's JSON as dicts (see `promptlayer.types.table`);
    with `throw_on_error=False`, None when the API fails."""

    def __init__(self, context: SyncContext, core: TablesCore) -> None:
        super().__init__(context, core)
        self.imports = TableImportsManager(context, core)
        self.sheets = SheetManager(context, core)


class TableImportsManager(_Imports, SyncFace):
    """`pl.tables.imports`."""


class SheetManager(SyncFace):
    """`pl.tables.sheets`: call it with a table id for that table's sheets; `scorecards`
    works on any sheet's scorecard."""

    _core: TablesCore

    def __init__(self, context: SyncContext, core: TablesCore) -> None:
        super().__init__(context, core)
        self.scorecards = ScorecardManager(context, ScorecardsCore(core.policy))

    def __call__(self, table_id: ResourceId) -> TableSheetsManager:
        """The sheets of table `table_id`."""
        return TableSheetsManager(self._context, SheetsCore(self._core.policy, table_id))


class TableSheetsManager(_Sheets, SyncFace):
    """`pl.tables.sheets(table_id)`: list and create the table's sheets, or pick one."""

    _core: SheetsCore

    def for_sheet(self, sheet_id: ResourceId) -> TableSheetManager:
        """Sheet `sheet_id` of this table: the sheet, its rows, columns, cells, versions and score."""
        core = self._core
        return TableSheetManager(self._context, SheetCore(core.policy, core.table_id, sheet_id))


class TableSheetManager(_Sheet, SyncFace):
    """`pl.tables.sheets(table_id).for_sheet(sheet_id)`."""

    def __init__(self, context: SyncContext, core: SheetCore) -> None:
        super().__init__(context, core)
        self.rows = TableSheetRowsManager(context, core)
        self.columns = TableSheetColumnsManager(context, core)
        self.cells = TableSheetCellsManager(context, core)
        self.versions = TableSheetVersionsManager(context, core)
        self.score = TableSheetScoreManager(context, core)


class TableSheetRowsManager(_Rows, SyncFace):
    """A sheet's rows."""


class TableSheetColumnsManager(_Columns, SyncFace):
    """A sheet's columns."""


class TableSheetCellsManager(_Cells, SyncFace):
    """A sheet's cells."""


class TableSheetVersionsManager(_Versions, SyncFace):
    """A sheet's saved versions."""


class TableSheetScoreManager(_Score, SyncFace):
    """A sheet's score."""


class ScorecardManager(_Scorecards, SyncFace):
    """`pl.tables.sheets.scorecards`: each call names its sheet by (table_id, sheet_id)."""


# -- async -----------------------------------------------------------------------------------------


class AsyncTableManager(_Tables, AsyncFace):
    """`pl.tables` of an async client: the same methods, awaited (`iter`s are async iterators)."""

    def __init__(self, context: AsyncContext, core: TablesCore) -> None:
        super().__init__(context, core)
        self.imports = AsyncTableImportsManager(context, core)
        self.sheets = AsyncSheetManager(context, core)


class AsyncTableImportsManager(_Imports, AsyncFace):
    """`pl.tables.imports` of an async client."""


class AsyncSheetManager(AsyncFace):
    """`pl.tables.sheets` of an async client (calling it does no I/O: it is not awaited)."""

    _core: TablesCore

    def __init__(self, context: AsyncContext, core: TablesCore) -> None:
        super().__init__(context, core)
        self.scorecards = AsyncScorecardManager(context, ScorecardsCore(core.policy))

    def __call__(self, table_id: ResourceId) -> AsyncTableSheetsManager:
        """The sheets of table `table_id`."""
        return AsyncTableSheetsManager(self._context, SheetsCore(self._core.policy, table_id))


class AsyncTableSheetsManager(_Sheets, AsyncFace):
    """`pl.tables.sheets(table_id)` of an async client."""

    _core: SheetsCore

    def for_sheet(self, sheet_id: ResourceId) -> AsyncTableSheetManager:
        """Sheet `sheet_id` of this table (no I/O: not awaited)."""
        core = self._core
        return AsyncTableSheetManager(self._context, SheetCore(core.policy, core.table_id, sheet_id))


class AsyncTableSheetManager(_Sheet, AsyncFace):
    """`pl.tables.sheets(table_id).for_sheet(sheet_id)` of an async client."""

    def __init__(self, context: AsyncContext, core: SheetCore) -> None:
        super().__init__(context, core)
        self.rows = AsyncTableSheetRowsManager(context, core)
        self.columns = AsyncTableSheetColumnsManager(context, core)
        self.cells = AsyncTableSheetCellsManager(context, core)
        self.versions = AsyncTableSheetVersionsManager(context, core)
        self.score = AsyncTableSheetScoreManager(context, core)


class AsyncTableSheetRowsManager(_Rows, AsyncFace):
    """A sheet's rows (async)."""


class AsyncTableSheetColumnsManager(_Columns, AsyncFace):
    """A sheet's columns (async)."""


class AsyncTableSheetCellsManager(_Cells, AsyncFace):
    """A sheet's cells (async)."""


class AsyncTableSheetVersionsManager(_Versions, AsyncFace):
    """A sheet's saved versions (async)."""


class AsyncTableSheetScoreManager(_Score, AsyncFace):
    """A sheet's score (async)."""


class AsyncScorecardManager(_Scorecards, AsyncFace):
    """`pl.tables.sheets.scorecards` of an async client."""
