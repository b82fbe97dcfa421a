"""`pl.tables.sheets.scorecards`: a sheet's scorecard, written once as flows.

As in the official SDK, every operation names its sheet by `(table_id, sheet_id)`. Reading,
configuring and deleting the scorecard, reading calculations and rows, and cancelling are
resent after a transient failure; queueing a calculation and migrating a legacy score are
resent only when the server cannot have applied them (see the route table).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast, get_args

from .. import _validate as check
from .._transport.flow import Flow
from .._transport.routes import request_for
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
    ScorecardPrimitiveType,
    ScorecardRecalculateResponse,
    ScorecardResponse,
    ScorecardRowResponse,
    ScorecardRowsResponse,
    ScorecardStep,
    ScoreVerdict,
    StepFailureBehavior,
)
from ..types.table import ResourceId
from .core import SheetCore, body_of, enum_field

if TYPE_CHECKING:
    from .._transport.retry import RetryPolicy

VERDICTS: tuple[str, ...] = get_args(ScoreVerdict)
PRIMITIVE_TYPES: tuple[str, ...] = get_args(ScorecardPrimitiveType)
FAILURE_BEHAVIORS: tuple[str, ...] = get_args(StepFailureBehavior)


class ScorecardsCore:
    """The scorecard operations of any sheet."""

    def __init__(self, policy: RetryPolicy) -> None:
        self.policy = policy

    def get(self, table_id: ResourceId, sheet_id: ResourceId) -> Flow[ScorecardResponse]:
        """The sheet's scorecard (None when none is set up) and its latest calculation:
        {"success", "scorecard", "latest_calculation", ...}."""
        sheet = SheetCore(self.policy, table_id, sheet_id)
        request = request_for(
            "get_sheet_scorecard", sheet.doing("reading the scorecard"), path_params=sheet.path()
        )
        return cast(ScorecardResponse, (yield from sheet.send(request)))

    def configure(
        self, table_id: ResourceId, sheet_id: ResourceId, body: ConfigureScorecardRequest
    ) -> Flow[ScorecardResponse]:
        """Create the sheet's scorecard or change it (name, aggregation, steps, the columns it
        judges): {"success", "scorecard", "version"}."""
        sheet = SheetCore(self.policy, table_id, sheet_id)
        payload = body_of(body, ConfigureScorecardRequest)
        aggregation = check.fields(payload["aggregation"], "body['aggregation']", None)
        enum_field(aggregation, "required_step_failure_behavior", FAILURE_BEHAVIORS, "body['aggregation']")
        payload["aggregation"] = aggregation
        if "steps" in payload:
            payload["steps"] = [_step(step, f"body['steps'][{n}]") for n, step in enumerate(_steps(payload))]
        request = request_for(
            "configure_sheet_scorecard",
            sheet.doing("configuring the scorecard"),
            path_params=sheet.path(),
            body=payload,
        )
        return cast(ScorecardResponse, (yield from sheet.send(request)))

    def delete(self, table_id: ResourceId, sheet_id: ResourceId) -> Flow[ScorecardDeleteResponse]:
        """Remove the sheet's scorecard (a soft delete): {"success": True}, as the official SDK returns."""
        sheet = SheetCore(self.policy, table_id, sheet_id)
        request = request_for(
            "delete_sheet_scorecard", sheet.doing("deleting the scorecard"), path_params=sheet.path()
        )
        return cast(ScorecardDeleteResponse, (yield from sheet.send(request)))

    def migrate_legacy_score(
        self,
        table_id: ResourceId,
        sheet_id: ResourceId,
        options: MigrateLegacyScorecardRequest | None = None,
    ) -> Flow[ScorecardActionResponse]:
        """Turn the sheet's legacy score configuration into scorecard steps (keeping the legacy
        one unless `delete_legacy_score`): {"success", "scorecard", "converted_count", ...}."""
        sheet = SheetCore(self.policy, table_id, sheet_id)
        request = request_for(
            "migrate_legacy_sheet_score",
            sheet.doing("migrating the legacy score"),
            path_params=sheet.path(),
            body=body_of(options, MigrateLegacyScorecardRequest, "options"),
        )
        return cast(ScorecardActionResponse, (yield from sheet.send(request)))

    def recalculate(
        self,
        table_id: ResourceId,
        sheet_id: ResourceId,
        options: RecalculateScorecardRequest | None = None,
    ) -> Flow[ScorecardRecalculateResponse]:
        """Queue a calculation (of some rows or steps only, when `options` name them):
        {"success", "calculation_id", "status", "version"}."""
        sheet = SheetCore(self.policy, table_id, sheet_id)
        request = request_for(
            "recalculate_sheet_scorecard",
            sheet.doing("recalculating the scorecard"),
            path_params=sheet.path(),
            body=body_of(options, RecalculateScorecardRequest, "options"),
        )
        return cast(ScorecardRecalculateResponse, (yield from sheet.send(request)))

    def cancel(
        self,
        table_id: ResourceId,
        sheet_id: ResourceId,
        options: CancelScorecardRequest | None = None,
    ) -> Flow[ScorecardCancelResponse]:
        """Cancel queued or running scorecard work (of some rows or steps only, when `options`
        name them): {"success", "cancelled_count", "calculation_id", ...}."""
        sheet = SheetCore(self.policy, table_id, sheet_id)
        request = request_for(
            "cancel_sheet_scorecard",
            sheet.doing("cancelling scorecard work"),
            path_params=sheet.path(),
            body=body_of(options, CancelScorecardRequest, "options"),
        )
        return cast(ScorecardCancelResponse, (yield from sheet.send(request)))

    def get_calculation(
        self, table_id: ResourceId, sheet_id: ResourceId, calculation_id: str
    ) -> Flow[ScorecardCalculationResponse]:
        """One calculation and its per-step summaries: {"success", "calculation", ...}."""
        sheet = SheetCore(self.policy, table_id, sheet_id)
        ident = check.identifier(calculation_id, "calculation_id")
        request = request_for(
            "get_scorecard_calculation",
            sheet.doing(f"reading scorecard calculation {ident!r}"),
            path_params=sheet.path(calculation_id=ident),
        )
        return cast(ScorecardCalculationResponse, (yield from sheet.send(request)))

    def list_rows(
        self,
        table_id: ResourceId,
        sheet_id: ResourceId,
        options: ListScorecardRowsOptions | None = None,
    ) -> Flow[ScorecardRowsResponse]:
        """A page of per-row results of a calculation (the latest unless `calculation_id`):
        {"rows", "next_cursor", "verdict_counts", ...}; pass `next_cursor` as `cursor` for more."""
        sheet = SheetCore(self.policy, table_id, sheet_id)
        query = body_of(options, ListScorecardRowsOptions, "options")
        enum_field(query, "verdict", VERDICTS, "options")
        request = request_for(
            "list_scorecard_rows",
            sheet.doing("listing scorecard rows"),
            path_params=sheet.path(),
            params=list(query.items()),
        )
        return cast(ScorecardRowsResponse, (yield from sheet.send(request)))

    def get_row(
        self,
        table_id: ResourceId,
        sheet_id: ResourceId,
        row_index: int,
        options: GetScorecardRowOptions | None = None,
    ) -> Flow[ScorecardRowResponse]:
        """One row's result, step by step: {"row_index", "aggregate_verdict", "step_results", ...}."""
        sheet = SheetCore(self.policy, table_id, sheet_id)
        index = check.count(row_index, "row_index")
        query = body_of(options, GetScorecardRowOptions, "options")
        request = request_for(
            "get_scorecard_row",
            sheet.doing(f"reading scorecard row {index}"),
            path_params=sheet.path(row_index=str(index)),
            params=list(query.items()),
        )
        return cast(ScorecardRowResponse, (yield from sheet.send(request)))


def _steps(payload: dict[str, Any]) -> list[Any]:
    steps = payload["steps"]
    if not isinstance(steps, (list, tuple)):
        check.bad("body['steps']", "a list of step dicts", steps)
    return list(steps)


def _step(value: Any, name: str) -> dict[str, Any]:
    """A step with its title and kind; other keys pass (the API takes extra step settings)."""
    step = body_of(value, ScorecardStep, name, open_ended=True)
    enum_field(step, "primitive_type", PRIMITIVE_TYPES, name)
    return step
