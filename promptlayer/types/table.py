"""Shapes of `pl.tables`: the bodies it takes and the JSON it returns.

The names are the ones the official SDK's `promptlayer.types.table` exports; the fields are
the API's (openapi.yaml). Request bodies double as the checks' source: `pl.tables` refuses a
key its body's TypedDict does not declare, and asks for the `Required` ones. This module does
not use `from __future__ import annotations`, so `__required_keys__` sees `Required[...]`.
"""

from enum import StrEnum
from typing import Any, Literal, NotRequired, Required, TypedDict

ResourceId = str | int  # tables, sheets, columns... are addressed by UUID; ints are sent as text


class ColumnType(StrEnum):
    """Kinds of column: TEXT holds input, COMPOSITION references other cells, the rest compute."""

    TEXT = "TEXT"
    ABSOLUTE_NUMERIC_DISTANCE = "ABSOLUTE_NUMERIC_DISTANCE"
    AI_DATA_EXTRACTION = "AI_DATA_EXTRACTION"
    APPLY_DIFF = "APPLY_DIFF"
    ASSERT_VALID = "ASSERT_VALID"
    COALESCE = "COALESCE"
    CONDITION = "CONDITION"
    CODE_EXECUTION = "CODE_EXECUTION"
    COMBINE_COLUMNS = "COMBINE_COLUMNS"
    COMPARE = "COMPARE"
    COMPOSITION = "COMPOSITION"
    CONTAINS = "CONTAINS"
    CONVERSATION_SIMULATOR = "CONVERSATION_SIMULATOR"
    COSINE_SIMILARITY = "COSINE_SIMILARITY"
    COUNT = "COUNT"
    ENDPOINT = "ENDPOINT"
    FOR_LOOP = "FOR_LOOP"
    HUMAN = "HUMAN"
    JSON_PATH = "JSON_PATH"
    LLM_ASSERTION = "LLM_ASSERTION"
    MATH_OPERATOR = "MATH_OPERATOR"
    MCP = "MCP"
    MIN_MAX = "MIN_MAX"
    PARSE_VALUE = "PARSE_VALUE"
    PROMPT_TEMPLATE = "PROMPT_TEMPLATE"
    REGEX = "REGEX"
    REGEX_EXTRACTION = "REGEX_EXTRACTION"
    # Not in the published spec, but the official SDK names them (trajectory_scorer makes one).
    TRACE = "TRACE"
    TRAJECTORY = "TRAJECTORY"
    VARIABLE = "VARIABLE"
    WHILE_LOOP = "WHILE_LOOP"
    WORKFLOW = "WORKFLOW"
    XML_PATH = "XML_PATH"


ColumnTypeValue = Literal[
    "TEXT",
    "ABSOLUTE_NUMERIC_DISTANCE",
    "AI_DATA_EXTRACTION",
    "APPLY_DIFF",
    "ASSERT_VALID",
    "COALESCE",
    "CONDITION",
    "CODE_EXECUTION",
    "COMBINE_COLUMNS",
    "COMPARE",
    "COMPOSITION",
    "CONTAINS",
    "CONVERSATION_SIMULATOR",
    "COSINE_SIMILARITY",
    "COUNT",
    "ENDPOINT",
    "FOR_LOOP",
    "HUMAN",
    "JSON_PATH",
    "LLM_ASSERTION",
    "MATH_OPERATOR",
    "MCP",
    "MIN_MAX",
    "PARSE_VALUE",
    "PROMPT_TEMPLATE",
    "REGEX",
    "REGEX_EXTRACTION",
    "TRACE",
    "TRAJECTORY",
    "VARIABLE",
    "WHILE_LOOP",
    "WORKFLOW",
    "XML_PATH",
]
# The cell endpoints speak lowercase; the operation endpoints (and status counts) uppercase.
CellStatus = Literal[
    "completed",
    "stale",
    "running",
    "queued",
    "error",
    "cancelled",
    "STALE",
    "QUEUED",
    "DISPATCHED",
    "RUNNING",
    "COMPLETED",
    "FAILED",
]
SortOrder = Literal["asc", "desc"]
ScoreType = Literal["auto", "boolean", "numeric", "custom"]
CodeLanguage = Literal["PYTHON", "JAVASCRIPT"]
AssertionAggregation = Literal["all", "any", "mean"]

# -- records -------------------------------------------------------------------------------------


class Table(TypedDict, total=False):
    id: Required[str]
    title: Required[str]
    workspace_id: int
    folder_id: int | None
    sheet_count: int
    created_at: str
    updated_at: str
    sheet_row_counts: dict[str, int]  # sheet id -> rows, in a single table's answers


class Sheet(TypedDict, total=False):
    id: Required[str]
    table_id: str
    workspace_id: int
    title: str
    index: int
    row_count: int
    version_count: int
    created_at: str
    updated_at: str


class Column(TypedDict, total=False):
    id: Required[str]
    sheet_id: str
    workspace_id: int
    title: Required[str]
    type: Required[ColumnTypeValue]
    config: dict[str, Any]
    position_rank: float
    is_output_column: bool


class CellRequestMetrics(TypedDict, total=False):
    request_count: int
    request_ids: list[int]
    latency_ms: int | None
    price: float | None
    input_tokens: int | None
    output_tokens: int | None
    trace_ids: list[str]


class Cell(TypedDict, total=False):
    id: Required[str]
    sheet_id: str
    column_id: str
    row_index: int
    status: CellStatus
    display_value: str | None
    value: Any
    error: str | None
    error_message: str | None
    input_hash: str | None
    updated_at: str
    request_metrics: CellRequestMetrics | None
    execution_id: str | None
    last_computed_version: int | None


class SheetRow(TypedDict, total=False):
    row_index: int
    cells: dict[str, Cell]  # column id -> cell


class SheetVersion(TypedDict, total=False):
    id: Required[str]
    sheet_id: Required[str]
    version_number: Required[int]
    name: str | None
    created_by: str | None
    created_at: str | None
    metadata: dict[str, Any]
    deltas: list[dict[str, Any]]
    snapshot: dict[str, Any]
    score: dict[str, Any]
    score_configuration: dict[str, Any] | None


class TableScore(TypedDict):
    """How the sheet's score is configured (inside a score answer)."""

    score_type: ScoreType
    score_config: dict[str, Any]


class SheetScoreColumn(TypedDict):
    column_id: str
    title: str
    score: float | None
    included_count: int
    excluded_count: int
    resolved_scoring_type: NotRequired[ScoreType | None]


# -- request bodies (what `pl.tables` checks against) ---------------------------------------------


class ListTablesParams(TypedDict, total=False):
    """Filters and paging of `pl.tables.list` (sent as the query)."""

    name: str  # title contains, case-insensitive
    folder_id: int
    cursor: str
    limit: int  # 1 to 100
    order: SortOrder
    prompt_id: int
    prompt_version_id: int
    prompt_label_id: int
    page: int
    per_page: int


class CreateTable(TypedDict, total=False):
    title: str
    folder_id: int | None
    create_default_sheet: bool


class UpdateTable(TypedDict, total=False):
    title: str
    folder_id: int | None


class CreateSheetFileSource(TypedDict):
    type: Literal["file"]
    file_name: str  # ends in .csv or .json
    file_content_base64: str


class CreateSheetRequestLogsSource(TypedDict, total=False):
    type: Required[Literal["request_logs"]]
    request_log_ids: list[int] | None
    prompt_id: int | None
    prompt_version_id: int | None
    prompt_label_id: int | None
    start_time: str | None
    end_time: str | None


CreateSheetSource = CreateSheetFileSource | CreateSheetRequestLogsSource


class CreateSheet(TypedDict, total=False):
    """A new sheet: blank without a `source`, imported with one."""

    title: str
    index: int
    operation_id: str  # an import's idempotency key; only with a source
    source: CreateSheetSource


class UpdateSheet(TypedDict, total=False):
    title: str
    index: int
    expected_row_count: int
    eval_run_status: str  # running, completed or aborted


class ColumnDependency(TypedDict, total=False):
    column_id: Required[str]
    reference_type: str
    config_key: str | None
    config_meta: dict[str, Any] | None


class CreateColumn(TypedDict, total=False):
    title: Required[str]
    type: Required[ColumnTypeValue | ColumnType]
    config: dict[str, Any] | None
    dependencies: list[ColumnDependency] | None
    is_output_column: bool


class UpdateColumn(TypedDict, total=False):
    title: str
    type: ColumnTypeValue | ColumnType
    config: dict[str, Any] | None
    dependencies: list[ColumnDependency] | None
    is_output_column: bool


class AddTableRows(TypedDict, total=False):
    count: int  # 1 to 100
    values: list[dict[str, Any]]  # per new row: column id -> text


class DeleteSheetRows(TypedDict):
    row_indices: list[int]


class UpdateCell(TypedDict, total=False):
    display_value: str | None
    value: Any


class BatchRecalculateCells(TypedDict, total=False):
    cell_ids: Required[list[str]]
    column_ids: list[str]
    row_indices: list[int]


class CreateSheetVersion(TypedDict, total=False):
    name: str
    source_version_id: str  # restore this earlier version as the new one


class ConfigureSheetScore(TypedDict, total=False):
    score_type: ScoreType | None
    score_config: dict[str, Any] | None
    column_ids: list[str] | None
    column_names: list[str] | None
    code: str | None
    code_language: CodeLanguage
    true_values: list[str] | None
    false_values: list[str] | None
    assertion_aggregation: AssertionAggregation | None


class CreateSheetOperation(TypedDict, total=False):
    operation: Literal["recalculate"]
    column_ids: list[str] | None
    row_ids: list[int] | None
    statuses: list[str] | None
    confirmation_token: str | None


class AddTraceImport(TypedDict, total=False):
    """A trace (or one span's subtree) to add as a row of a sheet."""

    trace_id: Required[str]
    sheet_id: Required[ResourceId]
    smart_table_id: ResourceId
    table_id: ResourceId  # the same as smart_table_id, sent as smart_table_id
    span_id: str
    metadata: dict[str, Any]


# -- answers ----------------------------------------------------------------------------------------


class TableListResponse(TypedDict, total=False):
    """One page of tables; pass `next_cursor` as `cursor` for the next (or use `pl.tables.iter`)."""

    data: Required[list[Table]]
    next_cursor: str | None
    has_more: bool


class TableResponse(TypedDict, total=False):
    success: bool
    table: Required[Table]
    message: str
    default_sheet: Sheet  # a create's first sheet, unless create_default_sheet was false


class SheetListResponse(TypedDict, total=False):
    data: Required[list[Sheet]]
    next_cursor: str | None
    has_more: bool


class SheetImportOperation(TypedDict, total=False):
    operation_id: str
    source: Literal["file", "request_logs"]
    status: Literal["pending", "running", "completed", "failed"]
    progress: float | None
    message: str | None
    rows_added: int | None
    row_count: int | None
    file_name: str | None
    error_message: str | None
    created_at: str | None
    updated_at: str | None


class SheetResponse(TypedDict, total=False):
    success: bool
    sheet: Required[Sheet]
    version: int  # after an update
    message: str  # an import's (202) answer
    operation_id: str
    operation: SheetImportOperation


class ColumnListResponse(TypedDict, total=False):
    data: Required[list[Column]]
    next_cursor: str | None
    has_more: bool


class ColumnResponse(TypedDict, total=False):
    success: bool
    column: Required[Column]
    cells: list[Cell]  # a create's new cells
    version: int
    requires_recalculation: bool  # an update's
    affected_column_ids: list[str]


class RowPagination(TypedDict, total=False):
    next_cursor: str | None


class RowListResponse(TypedDict, total=False):
    data: Required[list[SheetRow]]
    next_cursor: str | None
    has_more: bool
    row_count: int
    columns: list[Column]
    version: int
    execution_metadata_aggregates: dict[str, Any]
    pagination: RowPagination


class RowAddResponse(TypedDict, total=False):
    success: bool
    rows_created: int
    start_row_index: int
    row_indices: list[int]
    rows: list[SheetRow]
    cell_count: int
    row_count: int
    version: int


class CellResponse(TypedDict, total=False):
    success: bool
    cell: Required[Cell]
    version: int
    stale_count: int


class CellRecalculateResponse(TypedDict, total=False):
    success: bool
    execution_id: str
    cell_count: int
    selected_cell_count: int  # a batch's
    message: str  # when nothing needed recomputing (200)


class VersionPagination(TypedDict):
    next_cursor: str | None
    prev_cursor: str | None
    has_more: bool
    limit: int


class SheetVersionListResponse(TypedDict):
    success: bool
    data: list[SheetVersion]
    pagination: VersionPagination
    filters: dict[str, Any]
    count: int


class SheetVersionResponse(TypedDict):
    success: bool
    version: SheetVersion


class ScoreHistory(TypedDict):
    points: list[dict[str, Any]]
    total_points: int
    returned_points: int
    resolution: Literal["auto", "raw", "min_max_bucket"]
    range: str
    max_points: int
    is_sampled: bool


class ScoreHistoryResponse(TypedDict):
    success: bool
    score_history: ScoreHistory


class TableScoreResponse(TypedDict):
    """The sheet's current score (`score.get`)."""

    success: bool
    sheet_id: str
    scoring_type: ScoreType | None
    columns: list[SheetScoreColumn]
    aggregate_score: float | None
    total_rows: int
    scored_rows: int
    excluded_rows: int
    calculated_at: str | None
    score_matrix: list[list[Any]] | None
    score_matrix_metrics: list[dict[str, Any]] | None
    status: Literal["queued", "running", "completed", "failed"] | None
    score_calculation_error: str | None
    has_custom_scoring: bool
    score_configuration: TableScore | None
    score_type: Literal["none", "single_column", "multi_column", "custom"]
    overall_score: float | None
    details: dict[str, Any]
    aggregate: dict[str, Any]
    per_column: dict[str, Any]


class SheetScoreConfigureResponse(TypedDict):
    success: bool
    message: str
    score_configuration_id: str
    status: str | None
    requires_recalculation: bool
    version: int


class SheetScoreRecalculateResponse(TypedDict):
    success: bool
    score_configuration_id: str
    status: Literal["queued", "running", "completed", "failed"] | None
    score_source: NotRequired[str]  # "scorecard" when a scorecard computes the score
    calculation_id: NotRequired[str]
    version: NotRequired[int]


SheetStatusCounts = dict[str, int]  # status (STALE, QUEUED, RUNNING, ...) -> cells


class SheetStatusCountsResponse(TypedDict, total=False):
    success: bool
    total_cells: Required[int]
    status_counts: Required[SheetStatusCounts]


class AddTraceImportResponse(TypedDict, total=False):
    success: bool
    draft_dataset_id: int
    mode: Literal["trace", "span"]
    row: dict[str, Any] | None
    row_index: int | None


# -- evaluations (`promptlayer.evaluations`) ------------------------------------------------------

# One dataset case: "input" (needed), optionally "expected" / "expected_trace", and any other
# string keys, each of which becomes a TEXT column of that exact title.
EvalCase = dict[str, Any]


class EvalDatasetRef(TypedDict, total=False):
    """An existing table (and sheet) to read the cases from."""

    table_id: Required[ResourceId]
    sheet_id: ResourceId | None


EvalDataset = list[EvalCase] | EvalDatasetRef


class EvalScorerColumn(TypedDict, total=False):
    """A scorer column as the scorer helpers build it; weight/required/thresholds feed the scorecard."""

    title: Required[str]
    type: Required[ColumnTypeValue]
    config: dict[str, Any] | None
    weight: float | None
    required: bool | None
    thresholds: dict[str, float] | None  # "pass" and "warn", each between 0 and 1


# A supporting column (computed before the scorers) has the scorer's shape.
EvalProcessingColumn = EvalScorerColumn


class EvalDefinition(TypedDict, total=False):
    """Everything one evaluation run needs, as a single dict."""

    name: Required[str]
    dataset: Required[EvalDataset]
    runner: Required[Any]
    scorers: Required[list[Any]]
    columns: list[Any] | None
    table_id: ResourceId | None
    sheet_id: ResourceId | None
    folder_id: int | None
    experiment_name: str | None
    max_concurrency: int | None
    passing_score: float | None
    include_failure_examples: bool | None
    base_url: str | None
    api_key: str | None


class EvalCaseResult(TypedDict, total=False):
    input: Any
    expected: Any
    output: Any
    scores: dict[str, Any]
    price: float | None
    latency: float | None
    trace_id: str | None
    span_id: str | None
    row_index: int | None


class EvalScoreCard(TypedDict):
    """One scorer's tally over the rows."""

    scorer: str
    passed: int
    total: int
    pass_rate: float


class EvalResult(TypedDict, total=False):
    name: str
    table_id: ResourceId
    sheet_id: ResourceId
    failed_row_indices: list[int]
    score_cards: list[EvalScoreCard]
    total_rows: int
    results: list[EvalCaseResult]
    url: str | None
