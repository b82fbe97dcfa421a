"""The table operations as I/O-free flows: tables, a table's sheets, and one sheet's parts.

`TablesCore` works on the workspace's tables, `SheetsCore` on the sheets of one table and
`SheetCore` on one sheet (its rows, columns, cells, versions and score): each holds the ids it
addresses, checked when it is made, so `pl.tables.sheets("")` fails before any request.

Bodies and query parameters are checked against their TypedDicts in `promptlayer.types.table`
(keys they do not declare are refused, `Required` keys must be given, keys set to None are
left out as the official SDK leaves them out) and against the spec's enums.

Retries come from the route table: reads, PATCHes and DELETEs are resent after 429, 5xx and
network failures; creating tables, sheets, columns, rows or versions and starting a
recalculation are resent only when the server cannot have applied them.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from enum import Enum
from typing import TYPE_CHECKING, Any, cast, get_args

from .. import _validate as check
from .._faces import Paging
from .._transport.flow import ApiRequest, Flow, call
from .._transport.routes import request_for
from ..errors import PromptLayerAPIError, PromptLayerValidationError
from ..types.table import (
    AddTableRows,
    AddTraceImport,
    AddTraceImportResponse,
    AssertionAggregation,
    BatchRecalculateCells,
    CellRecalculateResponse,
    CellResponse,
    CodeLanguage,
    Column,
    ColumnListResponse,
    ColumnResponse,
    ColumnTypeValue,
    ConfigureSheetScore,
    CreateColumn,
    CreateSheet,
    CreateSheetFileSource,
    CreateSheetRequestLogsSource,
    CreateSheetVersion,
    CreateTable,
    ListTablesParams,
    ResourceId,
    RowAddResponse,
    RowListResponse,
    ScoreHistoryResponse,
    ScoreType,
    Sheet,
    SheetListResponse,
    SheetResponse,
    SheetRow,
    SheetScoreConfigureResponse,
    SheetScoreRecalculateResponse,
    SheetStatusCountsResponse,
    SheetVersion,
    SheetVersionListResponse,
    SheetVersionResponse,
    SortOrder,
    Table,
    TableListResponse,
    TableResponse,
    TableScoreResponse,
    UpdateCell,
    UpdateColumn,
    UpdateSheet,
    UpdateTable,
)

if TYPE_CHECKING:
    from .._transport.retry import RetryPolicy

logger = logging.getLogger("promptlayer")

DEFAULT_SHEET_TITLE = "Sheet 1"  # the official SDK's title for a sheet created without one
MAX_PAGE_SIZE = 100  # the largest page the list endpoints serve
# Column creation also takes these lowercase aliases of common kinds (the API upper-cases them).
COLUMN_TYPE_ALIASES = ("text", "prompt_template", "llm", "code", "score", "comparison", "composition")
COLUMN_TYPES: tuple[str, ...] = get_args(ColumnTypeValue)
SORT_ORDERS: tuple[str, ...] = get_args(SortOrder)
SCORE_TYPES: tuple[str, ...] = get_args(ScoreType)
CODE_LANGUAGES: tuple[str, ...] = get_args(CodeLanguage)
ASSERTION_AGGREGATIONS: tuple[str, ...] = get_args(AssertionAggregation)
Query = list[tuple[str, Any]]  # query parameters, in the order they are sent
SOURCE_SHAPES: dict[str, Any] = {"file": CreateSheetFileSource, "request_logs": CreateSheetRequestLogsSource}


class TablesCore:
    """The workspace's tables, and trace imports into a sheet."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy

    def list(self, params: ListTablesParams | None = None) -> Flow[TableListResponse]:
        """One page of tables: {"data": [table, ...], "has_more", "next_cursor"}. `params`
        filter (name, folder_id, prompt_id...) and page (cursor, limit); `iter` walks them all."""
        query = list(_list_params(params).items())
        request = request_for("list_tables", "listing tables", params=query)
        return cast(TableListResponse, answer((yield from call(request, self.policy)), "", request.action))

    def iter(self, params: ListTablesParams | None = None) -> Paging[Table]:
        """Every table `params` select, page after page (it follows the cursors itself)."""
        query = _list_params(params)
        if "cursor" in query or "page" in query:
            raise PromptLayerValidationError("iter walks every page itself: leave cursor and page out")
        return cursor_paging(lambda cursor: self._list_page(list(query.items()), cursor), top_cursor)

    def _list_page(self, query: Query, cursor: str | None) -> Flow[dict[str, Any]]:
        params = query if cursor is None else [*query, ("cursor", cursor)]
        request = request_for("list_tables", "listing tables", params=params)
        return answer((yield from call(request, self.policy)), "data", request.action, list)

    def create(self, body: CreateTable) -> Flow[TableResponse]:
        """A new table (by default with a first sheet): {"success", "table", "default_sheet"}."""
        payload = body_of(body, CreateTable)
        request = request_for("create_table", f"creating table {payload.get('title')!r}", body=payload)
        return cast(TableResponse, answer((yield from call(request, self.policy)), "", request.action))

    def get(self, table_id: ResourceId) -> Flow[TableResponse]:
        """One table, with the row count of each sheet: {"success", "table"}."""
        ident = check.identifier(table_id, "table_id")
        request = request_for("get_table", f"getting table {ident!r}", path_params={"table_id": ident})
        return cast(TableResponse, answer((yield from call(request, self.policy)), "", request.action))

    def update(self, table_id: ResourceId, body: UpdateTable) -> Flow[TableResponse]:
        """Rename the table or move it to another folder: {"success", "table"} after the change."""
        ident = check.identifier(table_id, "table_id")
        request = request_for(
            "update_table",
            f"updating table {ident!r}",
            path_params={"table_id": ident},
            body=body_of(body, UpdateTable),
        )
        return cast(TableResponse, answer((yield from call(request, self.policy)), "", request.action))

    def delete(self, table_id: ResourceId) -> Flow[bool]:
        """Delete the table (a soft delete): True."""
        ident = check.identifier(table_id, "table_id")
        request = request_for("delete_table", f"deleting table {ident!r}", path_params={"table_id": ident})
        yield from call(request, self.policy)
        return True

    def add_trace(self, body: AddTraceImport) -> Flow[AddTraceImportResponse]:
        """Add a trace (or, with span_id, one span's subtree) as a row of a sheet:
        {"success", "row", "row_index", ...}. `table_id` is accepted for `smart_table_id`."""
        payload = body_of(body, AddTraceImport)
        check.text(payload["trace_id"], "body['trace_id']")
        check.identifier(payload["sheet_id"], "body['sheet_id']")
        alias = payload.pop("table_id", None)
        if alias is not None and payload.setdefault("smart_table_id", alias) != alias:
            raise PromptLayerValidationError("body has table_id and smart_table_id that differ: give one")
        request = request_for(
            "add_trace_to_draft_dataset", f"adding trace {payload['trace_id']!r} to a sheet", body=payload
        )
        return cast(
            AddTraceImportResponse, answer((yield from call(request, self.policy)), "", request.action)
        )

    def upsert_table_by_title(self, title: str, folder_id: int | None = None) -> Flow[Table]:
        """The live table titled exactly `title` (in `folder_id`), created when there is none."""
        name = check.text(title, "title")
        folder = None if folder_id is None else check.positive(folder_id, "folder_id")
        query: Query = [("name", name), ("limit", MAX_PAGE_SIZE)]
        if folder is not None:
            query.insert(1, ("folder_id", folder))
        cursor: str | None = None
        while True:  # `name` matches titles that contain it: look through every page
            page = yield from self._list_page(query, cursor)
            for table in page["data"]:
                if isinstance(table, dict) and table.get("title") == name and not table.get("deleted_at"):
                    return cast(Table, table)
            cursor = top_cursor(page)
            if cursor is None:
                break
        created = yield from self.create(cast(CreateTable, {"title": name, "folder_id": folder}))
        return cast(Table, answer(created, "table", f"creating table {name!r}")["table"])


class SheetsCore:
    """The sheets of one table."""

    def __init__(self, policy: RetryPolicy, table_id: ResourceId) -> None:
        self.policy = policy
        self.table_id = check.identifier(table_id, "table_id")

    def list(self) -> Flow[SheetListResponse]:
        """One page of the table's sheets, in display order: {"data": [sheet, ...], "has_more", ...}."""
        return cast(SheetListResponse, (yield from self._page([], None, "")))

    def iter(self, *, limit: int | None = None) -> Paging[Sheet]:
        """Every sheet of the table, page after page (`limit` per request)."""
        query = page_size(limit)
        return cursor_paging(lambda cursor: self._page(query, cursor), top_cursor)

    def _page(self, query: Query, cursor: str | None, key: str = "data") -> Flow[dict[str, Any]]:
        request = request_for(
            "list_sheets",
            f"listing the sheets of table {self.table_id!r}",
            path_params={"table_id": self.table_id},
            params=query if cursor is None else [*query, ("cursor", cursor)],
        )
        return answer((yield from call(request, self.policy)), key, request.action, list)

    def create(self, body: CreateSheet | None = None) -> Flow[SheetResponse]:
        """A new sheet, titled "Sheet 1" unless the body says otherwise: blank, or imported
        from a `source` (a file or request logs; the import then runs in the background and
        the answer holds its `operation`). Returns {"success", "sheet", ...}."""
        payload = body_of(body, CreateSheet)
        if not payload.get("title"):
            payload["title"] = DEFAULT_SHEET_TITLE
        if "source" in payload:
            payload["source"] = _sheet_source(payload["source"])
        request = request_for(
            "create_sheet",
            f"creating sheet {payload['title']!r} in table {self.table_id!r}",
            path_params={"table_id": self.table_id},
            body=payload,
        )
        return cast(SheetResponse, answer((yield from call(request, self.policy)), "", request.action))

    def ensure_default_sheet(self) -> Flow[Sheet]:
        """The table's first sheet, or a new blank "Sheet 1" when it has none."""
        page = yield from self._page([], None)
        if page["data"]:
            return cast(Sheet, page["data"][0])
        created = yield from self.create()
        return cast(Sheet, answer(created, "sheet", f"creating sheet {DEFAULT_SHEET_TITLE!r}")["sheet"])


class SheetCore:
    """One sheet of one table: the sheet, its rows, columns, cells, versions and score."""

    def __init__(self, policy: RetryPolicy, table_id: ResourceId, sheet_id: ResourceId) -> None:
        self.policy = policy
        self.table_id = check.identifier(table_id, "table_id")
        self.sheet_id = check.identifier(sheet_id, "sheet_id")

    def path(self, **ids: str) -> dict[str, str]:
        """The path parameters naming this sheet (and `ids` within it)."""
        return {"table_id": self.table_id, "sheet_id": self.sheet_id, **ids}

    def doing(self, action: str) -> str:
        """`action`, saying which sheet: for messages."""
        return f"{action} (sheet {self.sheet_id!r} of table {self.table_id!r})"

    def send(self, request: ApiRequest, *, key: str = "", kind: type = dict) -> Flow[dict[str, Any]]:
        """Send `request`; the answer must be an object (holding `key`, of `kind`, when named)."""
        return answer((yield from call(request, self.policy)), key, request.action, kind)

    # -- the sheet -------------------------------------------------------------------------------

    def get(self) -> Flow[SheetResponse]:
        """The sheet: {"success", "sheet"}."""
        request = request_for("get_sheet", self.doing("getting the sheet"), path_params=self.path())
        return cast(SheetResponse, (yield from self.send(request)))

    def update(self, body: UpdateSheet) -> Flow[SheetResponse]:
        """Rename or move the sheet, or set an evaluation run's state: {"success", "sheet", "version"}."""
        payload = body_of(body, UpdateSheet)
        request = request_for(
            "update_sheet", self.doing("updating the sheet"), path_params=self.path(), body=payload
        )
        return cast(SheetResponse, (yield from self.send(request)))

    def delete(self) -> Flow[bool]:
        """Delete the sheet (a soft delete): True."""
        request = request_for("delete_sheet", self.doing("deleting the sheet"), path_params=self.path())
        yield from call(request, self.policy)
        return True

    def status_counts(self) -> Flow[SheetStatusCountsResponse]:
        """How many cells are in each computation status: {"total_cells", "status_counts": {...}}."""
        request = request_for(
            "get_sheet_status_counts", self.doing("counting the sheet's cells"), path_params=self.path()
        )
        return cast(SheetStatusCountsResponse, (yield from self.send(request)))

    # -- rows --------------------------------------------------------------------------------------

    def list_rows(self) -> Flow[RowListResponse]:
        """The first page of rows, each with its cells keyed by column id: {"data": [row, ...],
        "pagination": {"next_cursor"}, "columns", ...}; `iter` walks every page."""
        return cast(RowListResponse, (yield from self._rows_page([], "")))

    def iter_rows(self, *, limit: int | None = None) -> Paging[SheetRow]:
        """Every row, page after page (`limit` per request, the API's largest page by default)."""
        query = page_size(MAX_PAGE_SIZE if limit is None else limit)

        def page(cursor: str | None) -> Flow[dict[str, Any]]:
            # Column definitions come with the first page; later pages leave them out.
            later = [] if cursor is None else [("cursor", cursor), ("include_columns", False)]
            return self._rows_page([*query, *later])

        return cursor_paging(page, rows_cursor)

    def _rows_page(self, query: Query, key: str = "data") -> Flow[dict[str, Any]]:
        request = request_for(
            "list_sheet_rows", self.doing("listing rows"), path_params=self.path(), params=query
        )
        return (yield from self.send(request, key=key, kind=list))

    def add_rows(self, body: AddTableRows) -> Flow[RowAddResponse]:
        """Append `count` rows (1 by default), text cells filled from `values` (one dict of
        column id -> text per row): {"success", "rows_created", "row_indices", "rows", ...}."""
        payload = body_of(body, AddTableRows)
        request = request_for(
            "add_sheet_rows", self.doing("adding rows"), path_params=self.path(), body=payload
        )
        return cast(RowAddResponse, (yield from self.send(request)))

    # -- columns -----------------------------------------------------------------------------------

    def list_columns(self) -> Flow[ColumnListResponse]:
        """One page of columns, in display order: {"data": [column, ...], "has_more", ...}."""
        return cast(ColumnListResponse, (yield from self._columns_page([], None, "")))

    def iter_columns(self, *, limit: int | None = None) -> Paging[Column]:
        """Every column, page after page (`limit` per request)."""
        query = page_size(limit)
        return cursor_paging(lambda cursor: self._columns_page(query, cursor), top_cursor)

    def _columns_page(self, query: Query, cursor: str | None, key: str = "data") -> Flow[dict[str, Any]]:
        request = request_for(
            "list_sheet_columns",
            self.doing("listing columns"),
            path_params=self.path(),
            params=query if cursor is None else [*query, ("cursor", cursor)],
        )
        return (yield from self.send(request, key=key, kind=list))

    def create_column(self, body: CreateColumn) -> Flow[ColumnResponse]:
        """A new column (computed kinds get a stale cell in every row): {"success", "column", "cells"}."""
        payload = body_of(body, CreateColumn)
        payload["type"] = _column_type(payload["type"], aliases=True)
        request = request_for(
            "create_sheet_column",
            self.doing(f"creating column {payload.get('title')!r}"),
            path_params=self.path(),
            body=payload,
        )
        return cast(ColumnResponse, (yield from self.send(request)))

    def update_column(self, column_id: ResourceId, body: UpdateColumn) -> Flow[ColumnResponse]:
        """Change a column's title, kind, configuration or dependencies:
        {"success", "column", "requires_recalculation", ...}."""
        ident = check.identifier(column_id, "column_id")
        payload = body_of(body, UpdateColumn)
        if "type" in payload:
            payload["type"] = _column_type(payload["type"], aliases=False)
        request = request_for(
            "update_sheet_column",
            self.doing(f"updating column {ident!r}"),
            path_params=self.path(column_id=ident),
            body=payload,
        )
        return cast(ColumnResponse, (yield from self.send(request)))

    def delete_column(self, column_id: ResourceId) -> Flow[bool]:
        """Delete a column and its cells (the cells computed from it turn stale): True."""
        ident = check.identifier(column_id, "column_id")
        request = request_for(
            "delete_sheet_column",
            self.doing(f"deleting column {ident!r}"),
            path_params=self.path(column_id=ident),
        )
        yield from call(request, self.policy)
        return True

    # -- cells -------------------------------------------------------------------------------------

    def get_cell(self, cell_id: ResourceId) -> Flow[CellResponse]:
        """One cell (with request metrics for prompt template cells): {"success", "cell"}."""
        ident = check.identifier(cell_id, "cell_id")
        request = request_for(
            "get_sheet_cell", self.doing(f"getting cell {ident!r}"), path_params=self.path(cell_id=ident)
        )
        return cast(CellResponse, (yield from self.send(request)))

    def update_cell(self, cell_id: ResourceId, body: UpdateCell) -> Flow[CellResponse]:
        """Set a text cell's value (cells computed from it turn stale): {"success", "cell", ...}."""
        ident = check.identifier(cell_id, "cell_id")
        payload = body_of(body, UpdateCell)
        request = request_for(
            "update_sheet_cell",
            self.doing(f"updating cell {ident!r}"),
            path_params=self.path(cell_id=ident),
            body=payload,
        )
        return cast(CellResponse, (yield from self.send(request)))

    def recalculate_cell(self, cell_id: ResourceId) -> Flow[CellRecalculateResponse]:
        """Recompute one cell: {"success", "execution_id", "cell_count"} (202), or a message
        when it did not need it (200)."""
        ident = check.identifier(cell_id, "cell_id")
        request = request_for(
            "recalculate_sheet_cell",
            self.doing(f"recalculating cell {ident!r}"),
            path_params=self.path(cell_id=ident),
            body={},  # an empty object, as the official SDK sends
        )
        return cast(CellRecalculateResponse, (yield from self.send(request)))

    def batch_recalculate_cells(self, body: BatchRecalculateCells) -> Flow[CellRecalculateResponse]:
        """Recompute the cells `cell_ids` names: {"success", "execution_id", "cell_count", ...}."""
        payload = body_of(body, BatchRecalculateCells)
        request = request_for(
            "recalculate_sheet_cells",
            self.doing("recalculating cells"),
            path_params=self.path(),
            body=payload,
        )
        return cast(CellRecalculateResponse, (yield from self.send(request)))

    # -- versions ----------------------------------------------------------------------------------

    def list_versions(self) -> Flow[SheetVersionListResponse]:
        """One page of saved versions, newest first: {"data", "pagination", "count", ...}."""
        return cast(SheetVersionListResponse, (yield from self._versions_page([], None, "")))

    def iter_versions(self, *, limit: int | None = None) -> Paging[SheetVersion]:
        """Every saved version, page after page (`limit` per request)."""
        query = page_size(limit)
        return cursor_paging(lambda cursor: self._versions_page(query, cursor), versions_cursor)

    def _versions_page(self, query: Query, cursor: str | None, key: str = "data") -> Flow[dict[str, Any]]:
        request = request_for(
            "list_sheet_versions",
            self.doing("listing versions"),
            path_params=self.path(),
            params=query if cursor is None else [*query, ("cursor", cursor)],
        )
        return (yield from self.send(request, key=key, kind=list))

    def create_version(self, body: CreateSheetVersion | None = None) -> Flow[SheetVersionResponse]:
        """Save the sheet as a new version (named `name`), or restore `source_version_id` as a
        new one: {"success", "version"}."""
        payload = body_of(body, CreateSheetVersion)
        request = request_for(
            "create_sheet_version", self.doing("saving a version"), path_params=self.path(), body=payload
        )
        return cast(SheetVersionResponse, (yield from self.send(request)))

    def get_version(self, version_id: ResourceId) -> Flow[SheetVersionResponse]:
        """One saved version, snapshot included: {"success", "version"}."""
        ident = check.identifier(version_id, "version_id")
        request = request_for(
            "get_sheet_version",
            self.doing(f"getting version {ident!r}"),
            path_params=self.path(version_id=ident),
        )
        return cast(SheetVersionResponse, (yield from self.send(request)))

    def score_history(self) -> Flow[ScoreHistoryResponse]:
        """How the sheet's score changed across its versions: {"score_history": {"points", ...}}."""
        request = request_for(
            "get_sheet_score_history", self.doing("reading the score history"), path_params=self.path()
        )
        return cast(ScoreHistoryResponse, (yield from self.send(request)))

    # -- score -------------------------------------------------------------------------------------

    def get_score(self) -> Flow[TableScoreResponse]:
        """The sheet's current score and how it was computed: {"aggregate_score", "columns", ...}."""
        request = request_for("get_sheet_score", self.doing("reading the score"), path_params=self.path())
        return cast(TableScoreResponse, (yield from self.send(request)))

    def configure_score(self, body: ConfigureSheetScore) -> Flow[SheetScoreConfigureResponse]:
        """Set how the sheet is scored (recalculating is a separate call):
        {"success", "score_configuration_id", "requires_recalculation", ...}."""
        payload = body_of(body, ConfigureSheetScore)
        enum_field(payload, "score_type", SCORE_TYPES)
        enum_field(payload, "code_language", CODE_LANGUAGES)
        enum_field(payload, "assertion_aggregation", ASSERTION_AGGREGATIONS)
        request = request_for(
            "configure_sheet_score",
            self.doing("configuring the score"),
            path_params=self.path(),
            body=payload,
        )
        return cast(SheetScoreConfigureResponse, (yield from self.send(request)))

    def recalculate_score(self) -> Flow[SheetScoreRecalculateResponse]:
        """Queue a recalculation of the configured score: {"success", "score_configuration_id", "status"}."""
        request = request_for(
            "recalculate_sheet_score",
            self.doing("recalculating the score"),
            path_params=self.path(),
            body={},
        )
        return cast(SheetScoreRecalculateResponse, (yield from self.send(request)))


# -- shared by the cores (and the scorecard core) --------------------------------------------------


def body_of(value: Any, shape: Any, name: str = "body", *, open_ended: bool = False) -> dict[str, Any]:
    """`value` checked against the TypedDict `shape`: its required keys set, and only its
    declared ones unless `open_ended` (objects the API takes with any extra keys)."""
    keys = tuple(shape.__annotations__)
    required = [key for key in keys if key in shape.__required_keys__]
    return check.fields(value, name, None if open_ended else keys, required)


def enum_field(payload: dict[str, Any], key: str, choices: tuple[str, ...], name: str = "body") -> None:
    """Check (and unwrap, for an Enum member) `payload[key]` when it is given."""
    if key in payload:
        payload[key] = check.choice(_plain(payload[key]), choices, f"{name}[{key!r}]")


def answer(result: Any, key: str, action: str, kind: type = dict) -> dict[str, Any]:
    """A 2xx answer must be a JSON object (holding `key` when one is named); anything else is
    the API's error, keeping what it sent."""
    if not isinstance(result, dict):
        raise PromptLayerAPIError(f"Error {action}: the answer is not a JSON object", body=result)
    if key and not isinstance(result.get(key), kind):
        raise PromptLayerAPIError(f"Error {action}: the answer has no {key}", body=result)
    return result


def page_size(limit: int | None) -> Query:
    if limit is None:
        return []
    if not check.is_int(limit) or not 1 <= limit <= MAX_PAGE_SIZE:
        check.bad("limit", f"an integer from 1 to {MAX_PAGE_SIZE}", limit)
    return [("limit", limit)]


def top_cursor(page: Mapping[str, Any]) -> str | None:
    """The next page's cursor of a {"data", "has_more", "next_cursor"} answer."""
    cursor = page.get("next_cursor")
    if page.get("has_more") is False or not isinstance(cursor, str) or not cursor:
        return None
    return cursor


def rows_cursor(page: Mapping[str, Any]) -> str | None:
    """Rows answer their cursor under `pagination` (the top-level one is read too)."""
    pagination = page.get("pagination")
    if isinstance(pagination, Mapping):
        cursor = pagination.get("next_cursor")
        return cursor if isinstance(cursor, str) and cursor else None
    return top_cursor(page)


def versions_cursor(page: Mapping[str, Any]) -> str | None:
    pagination = page.get("pagination")
    return top_cursor(pagination) if isinstance(pagination, Mapping) else None


def cursor_paging(
    fetch: Callable[[str | None], Flow[dict[str, Any]]],
    cursor_of: Callable[[Mapping[str, Any]], str | None],
) -> Paging[Any]:
    """A `Paging` that follows cursors: `fetch(cursor)` is the flow for a page (None: the
    first), its items are its `data`. `paged` reads a page's `more` before fetching the next,
    so `more` keeps the cursor that fetch sends. A cursor seen before ends the walk: an API
    that loops would otherwise never end it."""
    cursor: list[str | None] = [None]
    seen: set[str] = set()

    def more(page: Mapping[str, Any]) -> bool:
        following = cursor_of(page)
        if following is not None and following in seen:
            logger.warning("PromptLayer: the API answered cursor %r twice; stopping there", following)
            return False
        if following is not None:
            seen.add(following)
        cursor[0] = following
        return following is not None

    return Paging(fetch=lambda _number: fetch(cursor[0]), items=lambda page: list(page["data"]), more=more)


def _list_params(params: Any) -> dict[str, Any]:
    query = body_of(params, ListTablesParams, "params")
    enum_field(query, "order", SORT_ORDERS, "params")
    return query


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, Enum) else value


def _column_type(value: Any, *, aliases: bool) -> str:
    """A column kind; creation also takes the lowercase aliases the API documents."""
    choices = (*COLUMN_TYPES, *COLUMN_TYPE_ALIASES) if aliases else COLUMN_TYPES
    return check.choice(_plain(value), choices, "body['type']")


def _sheet_source(value: Any) -> dict[str, Any]:
    """A create_sheet source: a file ({"type": "file", ...}) or logs ({"type": "request_logs", ...})."""
    kind = value.get("type") if isinstance(value, Mapping) else None
    shape = SOURCE_SHAPES.get(kind) if isinstance(kind, str) else None
    if shape is None:
        check.bad("body['source']", 'a dict whose "type" is "file" or "request_logs"', value)
    return body_of(value, shape, "body['source']")
