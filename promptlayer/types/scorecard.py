"""Shapes of `pl.tables.sheets.scorecards`: a sheet's scorecard, its calculations and row results.

The names are the ones the official SDK's `promptlayer.types.scorecard` exports; the fields are
the API's (openapi.yaml). As in `promptlayer.types.table`, request bodies are also what the
checks read (declared keys, `Required` ones), so there is no `from __future__ import annotations`.
"""

from typing import Any, Literal, Required, TypedDict

from .table import TableScoreResponse

ScoreVerdict = Literal["pass", "warn", "fail", "error", "skipped"]
ScorecardStatus = Literal["needs_setup", "ready", "queued", "running", "completed", "stale", "failed"]
ScorecardCalculationStatus = Literal["queued", "running", "completed", "failed", "cancelled"]
ScorecardPrimitiveType = Literal[
    "COLUMN_AGGREGATE",
    "CONTAINS",
    "REGEX",
    "ASSERT_VALID",
    "COMPARE",
    "LLM_ASSERTION",
    "TOOL_EVALUATOR",
    "CODE_EXECUTION",
    "STRUCTURE",
    "MAX_TOOL_CALLS",
    "NO_INVALID_TOOL_CALLS",
    "COUNT",
    "TRAJECTORY",
]
StepFailureBehavior = Literal["fail", "warn", "error"]
EvidenceMode = Literal["summary", "raw", "hidden"]

ScorecardThresholds = dict[str, float]  # threshold name (pass_threshold, ...) -> value
# The API leaves these free-form: summaries keyed by step, drift facts, evaluator output.
CriterionSummary = dict[str, Any]
ScorecardDriftSummary = dict[str, Any]
EvaluatorResult = dict[str, Any]
LegacyScorecardAggregateResult = dict[str, Any]
LegacyScorecardDetails = dict[str, Any]


class ScorecardStaleState(TypedDict, total=False):
    is_stale: Required[bool]
    reasons: Required[list[str]]
    stale_step_ids: list[str]
    stale_row_indices: list[int]


class ScorecardAggregationConfig(TypedDict, total=False):
    """How step results combine into a row's verdict."""

    method: Required[str]
    required_step_failure_behavior: StepFailureBehavior
    pass_threshold: float
    warn_threshold: float
    weights: dict[str, float]


class ScorecardStep(TypedDict, total=False):
    """One criterion; send `id` to change an existing step rather than add one."""

    id: str | None
    title: Required[str]
    primitive_type: Required[ScorecardPrimitiveType]
    source_column_ids: list[str]
    weight: float
    required: bool  # a failure of this step decides the verdict
    thresholds: ScorecardThresholds
    primitive_config: dict[str, Any]
    score_adapter: dict[str, Any] | None
    description: str | None
    target_column_id: str | None
    evidence_mode: EvidenceMode | None
    order_index: int
    backing_column_id: str | None
    config_hash: str | None
    created_at: str | None
    updated_at: str | None
    name: str
    evaluator_id: str
    config: dict[str, Any]


class Scorecard(TypedDict, total=False):
    id: Required[str]
    workspace_id: Required[int]
    smart_table_id: Required[str]
    sheet_id: Required[str]
    name: Required[str]
    evaluated_column_ids: Required[list[str]]
    aggregation: Required[ScorecardAggregationConfig]
    status: Required[ScorecardStatus]
    stale_state: Required[ScorecardStaleState | None]
    steps: Required[list[ScorecardStep]]
    created_at: Required[str]
    updated_at: Required[str]
    display_config: dict[str, Any] | None
    baseline_config: dict[str, Any] | None
    latest_calculation_id: str | None
    config_hash: str | None


class ScorecardCalculation(TypedDict, total=False):
    id: Required[str]
    scorecard_id: Required[str]
    workspace_id: Required[int]
    sheet_id: Required[str]
    sheet_revision: Required[str]
    status: Required[ScorecardCalculationStatus]
    criterion_summaries: Required[dict[str, CriterionSummary]]
    aggregate_score: float | None
    aggregate_verdict: ScoreVerdict | None
    drift_summary: ScorecardDriftSummary | None
    config_hash: str | None
    started_at: str | None
    completed_at: str | None
    error_summary: str | None


class ScorecardProgress(TypedDict, total=False):
    scored_rows: int
    total_rows: int
    partial_score: float | None


class ScorecardRowSummary(TypedDict):
    row_index: int
    aggregate_score: float | None
    aggregate_verdict: ScoreVerdict | None
    drift_summary: ScorecardDriftSummary | None
    stale_state: dict[str, Any] | None
    error_summary: str | None


class ScorecardRowBreakdown(ScorecardRowSummary):
    """One row's result, step by step."""

    id: str
    calculation_id: str
    scorecard_id: str
    sheet_id: str
    step_results: dict[str, Any]
    config_hash: str | None
    input_hash: str | None
    computed_at: str | None


class ScorecardMigrationSkip(TypedDict, total=False):
    reason: str
    score_type: str | None


# -- request bodies and query options --------------------------------------------------------------


class ConfigureScorecardRequest(TypedDict, total=False):
    name: Required[str]
    aggregation: Required[ScorecardAggregationConfig]
    evaluated_column_ids: list[str]
    steps: list[ScorecardStep]
    display_config: dict[str, Any] | None
    baseline_config: dict[str, Any] | None


class MigrateLegacyScorecardRequest(TypedDict, total=False):
    delete_legacy_score: bool  # also remove the legacy configuration (False when left out)


class RecalculateScorecardRequest(TypedDict, total=False):
    """Limit the work to some rows or steps; everything when empty."""

    row_indices: list[int]
    step_ids: list[str]


class CancelScorecardRequest(TypedDict, total=False):
    row_indices: list[int]
    step_ids: list[str]


class ListScorecardRowsOptions(TypedDict, total=False):
    calculation_id: str  # the latest calculation when left out
    verdict: ScoreVerdict
    limit: int  # 1 to 100
    cursor: int  # the row index to continue after (the previous page's next_cursor)


class GetScorecardRowOptions(TypedDict, total=False):
    calculation_id: str


# -- answers ----------------------------------------------------------------------------------------


class ScorecardResponse(TypedDict, total=False):
    """`get` (scorecard None when none is set up) and `configure` answers."""

    success: Required[bool]
    scorecard: Required[Scorecard | None]
    version: int  # configure's
    latest_calculation: ScorecardCalculation | None
    display_calculation: ScorecardCalculation | None
    criterion_summaries: dict[str, Any] | None
    drift_summary: ScorecardDriftSummary | None
    progress: ScorecardProgress | None


class ScorecardActionResponse(TypedDict, total=False):
    """What migrating a legacy score answers."""

    success: Required[bool]
    scorecard: Scorecard | None
    converted_count: int
    skipped: list[ScorecardMigrationSkip]
    legacy_score_deleted: bool
    version: int


class ScorecardRecalculateResponse(TypedDict):
    success: bool
    calculation_id: str
    status: ScorecardCalculationStatus
    version: int


class ScorecardCancelResponse(TypedDict, total=False):
    success: Required[bool]
    message: str
    scorecard: dict[str, Any]  # {"id": ...}
    cancelled_count: int
    execution_ids: list[str]
    calculation_id: str | None


class ScorecardCalculationResponse(TypedDict, total=False):
    success: Required[bool]
    calculation: Required[ScorecardCalculation]
    criterion_summaries: dict[str, Any] | None
    drift_summary: ScorecardDriftSummary | None


class ScorecardRowsResponse(TypedDict):
    """A page of row results; `next_cursor` (a row index) continues it."""

    success: bool
    calculation_id: str | None
    rows: list[ScorecardRowSummary]
    next_cursor: int | None
    verdict_counts: dict[str, int]


class ScorecardRowResponse(ScorecardRowBreakdown):
    success: bool


class ScorecardDeleteResponse(TypedDict):
    success: bool


class RecalculateScoreLegacyResponse(TypedDict):
    """`score.recalculate` when the sheet scores with a legacy configuration."""

    success: bool
    score_configuration_id: str
    status: str | None


class RecalculateScoreScorecardResponse(TypedDict):
    """`score.recalculate` when a scorecard computes the sheet's score."""

    success: bool
    score_configuration_id: str
    status: str | None
    score_source: Literal["scorecard"]
    calculation_id: str
    version: int


RecalculateScoreResponse = RecalculateScoreLegacyResponse | RecalculateScoreScorecardResponse
# `score.get` on a sheet a scorecard scores: the usual score answer, its `details` from the scorecard.
GetScoreScorecardCompatibilityResponse = TableScoreResponse
