"""The official SDK's module-level table functions, with its signatures: `(api_key, base_url,
throw_on_error, ...)` first.

Each builds a short-lived client with those three settings, runs one flow of the cores
(the same flow `pl.tables` runs) and closes the client. With a client at hand, prefer its
methods: they reuse its connections. These functions sit above the clients (they make one),
so they import `client.py` — only inside the functions, so importing this module stays cheap.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from .core import SheetCore, SheetsCore, TablesCore
from .scorecards import ScorecardsCore

if TYPE_CHECKING:
    from .._transport.flow import Flow
    from .._transport.retry import RetryPolicy
    from ..types.scorecard import (
        CancelScorecardRequest,
        ConfigureScorecardRequest,
        GetScorecardRowOptions,
        ListScorecardRowsOptions,
        MigrateLegacyScorecardRequest,
        RecalculateScorecardRequest,
        ScorecardActionResponse,
        ScorecardCalculationResponse,
        ScorecardCancelResponse,
        ScorecardDeleteResponse,
        ScorecardRecalculateResponse,
        ScorecardResponse,
        ScorecardRowResponse,
        ScorecardRowsResponse,
    )
    from ..types.table import (
        AddTraceImport,
        AddTraceImportResponse,
        ResourceId,
        Sheet,
        SheetStatusCountsResponse,
        Table,
    )

T = TypeVar("T")
Define = Callable[["RetryPolicy"], "Flow[T]"]


def _run(api_key: str, base_url: str, throw_on_error: bool, define: Define[T]) -> T | None:
    from ..client import PromptLayer, context_of

    with PromptLayer(api_key=api_key, base_url=base_url, throw_on_error=throw_on_error) as client:
        context = context_of(client)
        return context.run(define(context.policy))


async def _arun(api_key: str, base_url: str, throw_on_error: bool, define: Define[T]) -> T | None:
    from ..client import AsyncPromptLayer, context_of

    async with AsyncPromptLayer(api_key=api_key, base_url=base_url, throw_on_error=throw_on_error) as client:
        context = context_of(client)
        return await context.run(define(context.policy))


# -- tables ----------------------------------------------------------------------------------------


def upsert_table_by_title(
    api_key: str, base_url: str, throw_on_error: bool, title: str, folder_id: int | None = None
) -> Table | None:
    """The live table titled exactly `title` (in `folder_id`), created when there is none."""
    return _run(
        api_key, base_url, throw_on_error, lambda p: TablesCore(p).upsert_table_by_title(title, folder_id)
    )


async def aupsert_table_by_title(
    api_key: str, base_url: str, throw_on_error: bool, title: str, folder_id: int | None = None
) -> Table | None:
    """`upsert_table_by_title`, awaited."""
    return await _arun(
        api_key, base_url, throw_on_error, lambda p: TablesCore(p).upsert_table_by_title(title, folder_id)
    )


def ensure_default_sheet(
    api_key: str, base_url: str, throw_on_error: bool, table_id: ResourceId
) -> Sheet | None:
    """The table's first sheet, or a new blank "Sheet 1" when it has none."""
    return _run(api_key, base_url, throw_on_error, lambda p: SheetsCore(p, table_id).ensure_default_sheet())


async def aensure_default_sheet(
    api_key: str, base_url: str, throw_on_error: bool, table_id: ResourceId
) -> Sheet | None:
    """`ensure_default_sheet`, awaited."""
    return await _arun(
        api_key, base_url, throw_on_error, lambda p: SheetsCore(p, table_id).ensure_default_sheet()
    )


def get_sheet_status_counts(
    api_key: str, base_url: str, throw_on_error: bool, table_id: ResourceId, sheet_id: ResourceId
) -> SheetStatusCountsResponse | None:
    """How many of the sheet's cells are in each computation status."""
    return _run(api_key, base_url, throw_on_error, lambda p: SheetCore(p, table_id, sheet_id).status_counts())


async def aget_sheet_status_counts(
    api_key: str, base_url: str, throw_on_error: bool, table_id: ResourceId, sheet_id: ResourceId
) -> SheetStatusCountsResponse | None:
    """`get_sheet_status_counts`, awaited."""
    return await _arun(
        api_key, base_url, throw_on_error, lambda p: SheetCore(p, table_id, sheet_id).status_counts()
    )


def add_trace_import(
    api_key: str, base_url: str, throw_on_error: bool, body: AddTraceImport
) -> AddTraceImportResponse | None:
    """Add a trace (or one span's subtree) as a row of a sheet."""
    return _run(api_key, base_url, throw_on_error, lambda p: TablesCore(p).add_trace(body))


async def aadd_trace_import(
    api_key: str, base_url: str, throw_on_error: bool, body: AddTraceImport
) -> AddTraceImportResponse | None:
    """`add_trace_import`, awaited."""
    return await _arun(api_key, base_url, throw_on_error, lambda p: TablesCore(p).add_trace(body))


# -- scorecards ------------------------------------------------------------------------------------


def get_scorecard(
    api_key: str, base_url: str, throw_on_error: bool, table_id: ResourceId, sheet_id: ResourceId
) -> ScorecardResponse | None:
    """The sheet's scorecard and its latest calculation."""
    return _run(api_key, base_url, throw_on_error, lambda p: ScorecardsCore(p).get(table_id, sheet_id))


async def aget_scorecard(
    api_key: str, base_url: str, throw_on_error: bool, table_id: ResourceId, sheet_id: ResourceId
) -> ScorecardResponse | None:
    """`get_scorecard`, awaited."""
    return await _arun(api_key, base_url, throw_on_error, lambda p: ScorecardsCore(p).get(table_id, sheet_id))


def configure_scorecard(
    api_key: str,
    base_url: str,
    throw_on_error: bool,
    table_id: ResourceId,
    sheet_id: ResourceId,
    body: ConfigureScorecardRequest,
) -> ScorecardResponse | None:
    """Create the sheet's scorecard or change it."""
    return _run(
        api_key, base_url, throw_on_error, lambda p: ScorecardsCore(p).configure(table_id, sheet_id, body)
    )


async def aconfigure_scorecard(
    api_key: str,
    base_url: str,
    throw_on_error: bool,
    table_id: ResourceId,
    sheet_id: ResourceId,
    body: ConfigureScorecardRequest,
) -> ScorecardResponse | None:
    """`configure_scorecard`, awaited."""
    return await _arun(
        api_key, base_url, throw_on_error, lambda p: ScorecardsCore(p).configure(table_id, sheet_id, body)
    )


def delete_scorecard(
    api_key: str, base_url: str, throw_on_error: bool, table_id: ResourceId, sheet_id: ResourceId
) -> ScorecardDeleteResponse | None:
    """Remove the sheet's scorecard: {"success": True}."""
    return _run(api_key, base_url, throw_on_error, lambda p: ScorecardsCore(p).delete(table_id, sheet_id))


async def adelete_scorecard(
    api_key: str, base_url: str, throw_on_error: bool, table_id: ResourceId, sheet_id: ResourceId
) -> ScorecardDeleteResponse | None:
    """`delete_scorecard`, awaited."""
    return await _arun(
        api_key, base_url, throw_on_error, lambda p: ScorecardsCore(p).delete(table_id, sheet_id)
    )


def migrate_legacy_score(
    api_key: str,
    base_url: str,
    throw_on_error: bool,
    table_id: ResourceId,
    sheet_id: ResourceId,
    body: MigrateLegacyScorecardRequest | None = None,
) -> ScorecardActionResponse | None:
    """Turn the sheet's legacy score configuration into scorecard steps."""
    return _run(
        api_key,
        base_url,
        throw_on_error,
        lambda p: ScorecardsCore(p).migrate_legacy_score(table_id, sheet_id, body),
    )


async def amigrate_legacy_score(
    api_key: str,
    base_url: str,
    throw_on_error: bool,
    table_id: ResourceId,
    sheet_id: ResourceId,
    body: MigrateLegacyScorecardRequest | None = None,
) -> ScorecardActionResponse | None:
    """`migrate_legacy_score`, awaited."""
    return await _arun(
        api_key,
        base_url,
        throw_on_error,
        lambda p: ScorecardsCore(p).migrate_legacy_score(table_id, sheet_id, body),
    )


def recalculate_scorecard(
    api_key: str,
    base_url: str,
    throw_on_error: bool,
    table_id: ResourceId,
    sheet_id: ResourceId,
    body: RecalculateScorecardRequest | None = None,
) -> ScorecardRecalculateResponse | None:
    """Queue a scorecard calculation (of some rows or steps only, when `body` names them)."""
    return _run(
        api_key, base_url, throw_on_error, lambda p: ScorecardsCore(p).recalculate(table_id, sheet_id, body)
    )


async def arecalculate_scorecard(
    api_key: str,
    base_url: str,
    throw_on_error: bool,
    table_id: ResourceId,
    sheet_id: ResourceId,
    body: RecalculateScorecardRequest | None = None,
) -> ScorecardRecalculateResponse | None:
    """`recalculate_scorecard`, awaited."""
    return await _arun(
        api_key, base_url, throw_on_error, lambda p: ScorecardsCore(p).recalculate(table_id, sheet_id, body)
    )


def cancel_scorecard_calculation(
    api_key: str,
    base_url: str,
    throw_on_error: bool,
    table_id: ResourceId,
    sheet_id: ResourceId,
    body: CancelScorecardRequest | None = None,
) -> ScorecardCancelResponse | None:
    """Cancel queued or running scorecard work."""
    return _run(
        api_key, base_url, throw_on_error, lambda p: ScorecardsCore(p).cancel(table_id, sheet_id, body)
    )


async def acancel_scorecard_calculation(
    api_key: str,
    base_url: str,
    throw_on_error: bool,
    table_id: ResourceId,
    sheet_id: ResourceId,
    body: CancelScorecardRequest | None = None,
) -> ScorecardCancelResponse | None:
    """`cancel_scorecard_calculation`, awaited."""
    return await _arun(
        api_key, base_url, throw_on_error, lambda p: ScorecardsCore(p).cancel(table_id, sheet_id, body)
    )


def get_scorecard_calculation(
    api_key: str,
    base_url: str,
    throw_on_error: bool,
    table_id: ResourceId,
    sheet_id: ResourceId,
    calculation_id: str,
) -> ScorecardCalculationResponse | None:
    """One scorecard calculation and its summaries."""
    return _run(
        api_key,
        base_url,
        throw_on_error,
        lambda p: ScorecardsCore(p).get_calculation(table_id, sheet_id, calculation_id),
    )


async def aget_scorecard_calculation(
    api_key: str,
    base_url: str,
    throw_on_error: bool,
    table_id: ResourceId,
    sheet_id: ResourceId,
    calculation_id: str,
) -> ScorecardCalculationResponse | None:
    """`get_scorecard_calculation`, awaited."""
    return await _arun(
        api_key,
        base_url,
        throw_on_error,
        lambda p: ScorecardsCore(p).get_calculation(table_id, sheet_id, calculation_id),
    )


def list_scorecard_rows(
    api_key: str,
    base_url: str,
    throw_on_error: bool,
    table_id: ResourceId,
    sheet_id: ResourceId,
    options: ListScorecardRowsOptions | None = None,
) -> ScorecardRowsResponse | None:
    """A page of per-row scorecard results."""
    return _run(
        api_key, base_url, throw_on_error, lambda p: ScorecardsCore(p).list_rows(table_id, sheet_id, options)
    )


async def alist_scorecard_rows(
    api_key: str,
    base_url: str,
    throw_on_error: bool,
    table_id: ResourceId,
    sheet_id: ResourceId,
    options: ListScorecardRowsOptions | None = None,
) -> ScorecardRowsResponse | None:
    """`list_scorecard_rows`, awaited."""
    return await _arun(
        api_key, base_url, throw_on_error, lambda p: ScorecardsCore(p).list_rows(table_id, sheet_id, options)
    )


def get_scorecard_row(
    api_key: str,
    base_url: str,
    throw_on_error: bool,
    table_id: ResourceId,
    sheet_id: ResourceId,
    row_index: int,
    options: GetScorecardRowOptions | None = None,
) -> ScorecardRowResponse | None:
    """One row's scorecard result, step by step."""
    return _run(
        api_key,
        base_url,
        throw_on_error,
        lambda p: ScorecardsCore(p).get_row(table_id, sheet_id, row_index, options),
    )


async def aget_scorecard_row(
    api_key: str,
    base_url: str,
    throw_on_error: bool,
    table_id: ResourceId,
    sheet_id: ResourceId,
    row_index: int,
    options: GetScorecardRowOptions | None = None,
) -> ScorecardRowResponse | None:
    """`get_scorecard_row`, awaited."""
    return await _arun(
        api_key,
        base_url,
        throw_on_error,
        lambda p: ScorecardsCore(p).get_row(table_id, sheet_id, row_index, options),
    )
