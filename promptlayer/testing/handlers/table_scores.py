"""Smart tables, judged: the sheet score, the scorecard, and saved versions of a sheet.

Both kinds of score are calculated from completed cell values when a recalculation runs (queued,
then finished through the server's schedule hook like the cells of `tables.py`); reads show the
last finished calculation. A value counts as a score when it is a number, a boolean, or text
that reads as one ("true"/"pass"/"yes" are 1, "false"/"fail"/"no" are 0, "0.75" is 0.75); a
configuration's true_values/false_values replace those words.

- **Sheet score** (the legacy one): each scored column's score is the mean of its rows' scores;
  a row's score combines its columns by `assertion_aggregation` (all: min, any: max, mean); the
  sheet's score is the mean over the rows that have any. Custom scoring code is not run: its
  calculation fails with that reason.
- **Scorecard**: each step reads its source columns' cells in a row (`source_column_ids`, else
  `primitive_config.source`/`sources`, else the scorecard's `evaluated_column_ids`). CONTAINS
  (`value` or `value_source`), REGEX (`regex_pattern`) and COMPARE (`sources` equal, or equal
  to `target`), COUNT (the source's chars, words, sentences, lines or paragraphs within
  `min_count`..`max_count`) and ASSERT_VALID (the source is JSON of `type`) are checked here;
  every other primitive (LLM assertions, code, tools...) takes
  its score from the source cell, the column that computed it. A step passes at its `pass`
  threshold, warns at `warn` (the scorecard's thresholds by default); a row's score is the
  aggregation (weighted_mean, mean or min) of its step scores, and a failed required step sets
  the verdict given by `required_step_failure_behavior` when that is worse. A calculation for
  some rows or steps keeps the previous results of the others.
- **Versions** save the sheet's columns and cells with its score at that moment; restoring one
  puts its columns and cells back and saves the result as a new version.
"""

from __future__ import annotations

import copy
import json
import re
import statistics
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .._types import ApiError, Context, Handler, Request, Response, iso_time
from ..code_execution import CodeRunner
from .tables import WORKSPACE_ID, Cell, Column, Sheet, digest, display_of, new_id, row_data, store_of, window

DEFAULT_AGGREGATION = {
    "method": "weighted_mean",
    "required_step_failure_behavior": "fail",
    "pass_threshold": 0.8,
    "warn_threshold": 0.6,
}
METHODS = ("weighted_mean", "mean", "min")
VERDICT_ORDER = ("pass", "warn", "fail", "error")
TRUE_WORDS = frozenset({"true", "pass", "passed", "yes"})
FALSE_WORDS = frozenset({"false", "fail", "failed", "no"})


@dataclass
class ScoreSetup:
    """The sheet's (legacy) score configuration and its last calculation."""

    id: str
    scoring_type: str  # auto, boolean, numeric, custom
    column_ids: list[str]
    options: dict[str, Any]  # score_config with the request's other settings merged in
    status: str | None = None  # None until recalculated; queued, completed, failed
    error: str | None = None
    figures: dict[str, Any] = field(default_factory=dict)  # of the last finished calculation

    @property
    def kind(self) -> str:
        if self.scoring_type == "custom":
            return "custom"
        return "single_column" if len(self.column_ids) == 1 else "multi_column"

    def configuration(self) -> dict[str, Any]:
        return {
            "score_type": self.scoring_type,
            "score_config": {**copy.deepcopy(self.options), "column_ids": list(self.column_ids)},
        }


@dataclass
class Scorecard:
    id: str
    name: str
    evaluated_column_ids: list[str]
    aggregation: dict[str, Any]
    display_config: dict[str, Any] | None
    baseline_config: dict[str, Any] | None
    steps: list[dict[str, Any]]
    created_at: float
    updated_at: float
    latest_calculation_id: str | None = None

    def config_hash(self) -> str:
        return digest([self.evaluated_column_ids, self.aggregation, [s["config_hash"] for s in self.steps]])


@dataclass
class RowResult:
    row_index: int
    score: float | None
    verdict: str | None
    step_results: dict[str, dict[str, Any]]
    input_hash: str
    computed_at: float

    @property
    def errors(self) -> str | None:
        messages = [r["error_message"] for r in self.step_results.values() if r["error_message"]]
        return "; ".join(messages) or None


@dataclass
class Calculation:
    id: str
    scorecard_id: str
    sheet_revision: str
    config_hash: str
    row_indices: list[int] | None
    step_ids: list[str] | None
    started_at: float
    status: str = "queued"  # queued, completed, failed, cancelled
    completed_at: float | None = None
    rows: dict[int, RowResult] = field(default_factory=dict)
    aggregate_score: float | None = None
    aggregate_verdict: str | None = None
    criterion_summaries: dict[str, Any] = field(default_factory=dict)
    error_summary: str | None = None
    step_hashes: dict[str, str] = field(default_factory=dict)  # each step's config when queued


@dataclass
class SavedVersion:
    id: str
    number: int
    name: str | None
    created_at: float
    contents: dict[str, Any]  # the snapshot answered
    columns: list[Column]  # what a restore puts back
    rows: list[dict[str, Cell]]
    score: dict[str, Any]
    score_configuration: dict[str, Any] | None
    metadata: dict[str, Any]


# -- reading values as scores ----------------------------------------------------------------


def as_score(value: Any, true_values: Any = None, false_values: Any = None) -> tuple[float, str] | None:
    """A value as (score, "boolean" | "numeric"), or None when it is not a score."""
    if isinstance(value, bool):
        return (1.0 if value else 0.0), "boolean"
    if isinstance(value, int | float):
        return float(value), "numeric"
    if not isinstance(value, str):
        return None
    text = value.strip()
    trues = set(true_values) if true_values else TRUE_WORDS
    falses = set(false_values) if false_values else FALSE_WORDS
    for words, score in ((trues, 1.0), (falses, 0.0)):
        if text in words or text.lower() in words:
            return score, "boolean"
    try:
        return float(text), "numeric"
    except ValueError:
        return None


def _cell_value(sheet: Sheet, row: int, column_id: str) -> tuple[Any, str | None]:
    """The value of a completed cell, or why there is none."""
    column = sheet.find_column(column_id)
    if column is None:
        return None, f"Column {column_id} was deleted"
    cell = sheet.rows[row][column_id]
    if cell.status != "completed":
        return None, f"{column.title!r} is {cell.status}"
    return (cell.value if cell.value is not None else cell.display_value), None


def _mean(values: list[float]) -> float | None:
    return statistics.fmean(values) if values else None


# -- the sheet score -------------------------------------------------------------------------


def _score_figures(sheet: Sheet, setup: ScoreSetup, now: float) -> dict[str, Any]:
    """Everything get_sheet_score shows of a finished calculation."""
    columns = [c for c in (sheet.find_column(i) for i in setup.column_ids) if c is not None]
    accepted = {"auto": ("boolean", "numeric"), "boolean": ("boolean",), "numeric": ("numeric",)}[
        setup.scoring_type
    ]
    trues, falses = setup.options.get("true_values"), setup.options.get("false_values")
    combine: Callable[[list[float]], float] = {"all": min, "any": max}.get(
        setup.options.get("assertion_aggregation") or "mean", statistics.fmean
    )
    matrix: list[list[float | None]] = []
    row_scores: list[float] = []
    kinds: dict[str, set[str]] = {c.id: set() for c in columns}
    for row in sheet.rows:
        entries: list[float | None] = []
        for column in columns:
            cell = row[column.id]
            read = as_score(cell.value if cell.value is not None else cell.display_value, trues, falses)
            if cell.status != "completed" or read is None or read[1] not in accepted:
                read = None
            entries.append(read[0] if read else None)
            kinds[column.id] |= {read[1]} if read else set()
        matrix.append(entries)
        present = [e for e in entries if e is not None]
        if present:
            row_scores.append(combine(present))
    items = []
    for position, column in enumerate(columns):
        included = [value for row in matrix if (value := row[position]) is not None]
        resolved = "boolean" if kinds[column.id] == {"boolean"} else "numeric" if kinds[column.id] else None
        items.append(
            {
                "column_id": column.id,
                "title": column.title,
                "score": _mean(included),
                "included_count": len(included),
                "excluded_count": len(matrix) - len(included),
                "resolved_scoring_type": resolved if setup.scoring_type == "auto" else setup.scoring_type,
            }
        )
    aggregate = _mean(row_scores)
    return {
        "columns": items,
        "aggregate_score": aggregate,
        "overall_score": aggregate,
        "total_rows": len(sheet.rows),
        "scored_rows": len(row_scores),
        "excluded_rows": len(sheet.rows) - len(row_scores),
        "calculated_at": iso_time(now),
        "score_matrix": matrix,
        "score_matrix_metrics": [{"key": c.id, "label": c.title, "positive_metric": True} for c in columns],
        "aggregate": {"score": aggregate, "scored_rows": len(row_scores), "total_rows": len(sheet.rows)},
        "per_column": {item["column_id"]: item for item in items},
    }


def _score_columns(sheet: Sheet, body: dict[str, Any], score_config: dict[str, Any]) -> list[str]:
    """The columns a score configuration names: by id, by title, in score_config, else the
    sheet's output columns, else its computed ones."""
    if body.get("column_ids"):
        missing = [i for i in body["column_ids"] if sheet.find_column(i) is None]
        if missing:
            raise ApiError(400, f"Columns not in this sheet: {missing}")
        return list(body["column_ids"])
    if body.get("column_names"):
        found = []
        for name in body["column_names"]:
            matches = [c.id for c in sheet.columns if c.title == name]
            if len(matches) != 1:
                raise ApiError(400, f"Column title {name!r} names {len(matches)} columns; it must name one")
            found += matches
        return found
    listed = score_config.get("column_ids")
    if isinstance(listed, list) and listed:
        if any(not isinstance(i, str) or sheet.find_column(i) is None for i in listed):
            raise ApiError(400, "score_config.column_ids must name columns of this sheet")
        return list(listed)
    outputs = [c.id for c in sheet.columns if c.is_output_column]
    return outputs or [c.id for c in sheet.columns if c.computed]


def get_sheet_score(ctx: Context, request: Request) -> Response:
    _, sheet = store_of(ctx).sheet(request)
    setup = sheet.score
    answer: dict[str, Any] = {
        "success": True,
        "sheet_id": sheet.id,
        "scoring_type": None,
        "columns": [],
        "aggregate_score": None,
        "total_rows": len(sheet.rows),
        "scored_rows": 0,
        "excluded_rows": 0,
        "calculated_at": None,
        "score_matrix": None,
        "score_matrix_metrics": None,
        "status": None,
        "score_calculation_error": None,
        "has_custom_scoring": False,
        "score_configuration": None,
        "score_type": "none",
        "overall_score": None,
        "details": {},
        "aggregate": {},
        "per_column": {},
    }
    if setup is not None:
        answer |= {
            "scoring_type": setup.scoring_type,
            "status": setup.status,
            "score_calculation_error": setup.error,
            "has_custom_scoring": setup.scoring_type == "custom",
            "score_configuration": setup.configuration(),
            "score_type": setup.kind,
            "details": {"score_configuration_id": setup.id},
            **copy.deepcopy(setup.figures),
        }
    return Response.json(answer)


def configure_sheet_score(ctx: Context, request: Request) -> Response:
    """Saves the configuration only; recalculate_sheet_score runs it."""
    _, sheet = store_of(ctx).sheet(request)
    body = request.json_object()
    scoring_type = body.get("score_type") or "auto"
    options = copy.deepcopy(body.get("score_config") or {})
    columns = _score_columns(sheet, body, options)
    for name in ("true_values", "false_values", "assertion_aggregation", "code", "code_language"):
        if body.get(name) is not None:
            options[name] = copy.deepcopy(body[name])
    options.pop("column_ids", None)
    if scoring_type == "custom" and not options.get("code"):
        raise ApiError(400, "custom scoring needs code")
    if scoring_type != "custom" and not columns:
        raise ApiError(400, "Nothing to score: name columns, or mark output columns on the sheet")
    old = sheet.score
    setup = ScoreSetup(old.id if old else new_id(ctx.state, "score"), scoring_type, columns, options)
    changed = old is None or old.configuration() != setup.configuration()
    if old is not None and not changed:
        setup = old
    sheet.score = setup
    version = sheet.bump(ctx.clock()) if changed else sheet.version_count
    return Response.json(
        {
            "success": True,
            "message": "Score configuration saved",
            "score_configuration_id": setup.id,
            "status": None,
            "requires_recalculation": changed or setup.status is None,
            "version": version,
        }
    )


def recalculate_sheet_score(ctx: Context, request: Request) -> Response:
    """Queue the score's calculation; a sheet scored only by a scorecard recalculates that."""
    store = store_of(ctx)
    _, sheet = store.sheet(request)
    setup = sheet.score
    if setup is None:
        if sheet.scorecard is None:
            raise ApiError(400, "No score is configured for this sheet")
        calculation = _queue_calculation(ctx, sheet, sheet.scorecard, None, None)
        return Response.json(
            {
                "success": True,
                "score_configuration_id": sheet.scorecard.id,
                "status": "queued",
                "score_source": "scorecard",
                "calculation_id": calculation.id,
                "version": sheet.version_count,
            },
            202,
        )
    setup.status = "queued"

    def finish() -> None:
        if sheet.score is not setup or setup.status != "queued":
            return
        now = ctx.clock()
        if setup.scoring_type == "custom":
            setup.status, setup.error = "failed", "The local server does not run custom scoring code"
            setup.figures = {"calculated_at": iso_time(now)}
            return
        setup.status, setup.error, setup.figures = "completed", None, _score_figures(sheet, setup, now)

    store.later(ctx, finish)
    return Response.json({"success": True, "score_configuration_id": setup.id, "status": "queued"}, 202)


# -- the scorecard ---------------------------------------------------------------------------


def _step_sources(scorecard: Scorecard, step: dict[str, Any]) -> list[str]:
    config = step.get("primitive_config") or {}
    if step.get("source_column_ids"):
        return list(step["source_column_ids"])
    if isinstance(config.get("sources"), list):
        return [str(s) for s in config["sources"]]
    if isinstance(config.get("source"), str):
        return [config["source"]]
    return list(scorecard.evaluated_column_ids)


def _run_step(
    sheet: Sheet, scorecard: Scorecard, step: dict[str, Any], row: int, code: CodeRunner
) -> dict[str, Any]:
    """One step on one row: its score and verdict, or an error verdict saying why not."""
    result: dict[str, Any] = {
        "step_id": step["id"],
        "title": step["title"],
        "primitive_type": step["primitive_type"],
        "score": None,
        "verdict": "error",
        "raw_value": None,
        "error_message": None,
    }
    config = step.get("primitive_config") or {}
    values = []
    for column_id in _step_sources(scorecard, step):
        value, problem = _cell_value(sheet, row, column_id)
        if problem:
            return result | {"error_message": problem}
        values.append(value)
    if not values:
        return result | {"error_message": "The step has no source column"}
    text = display_of(values[0]) or ""
    kind = step["primitive_type"]
    if kind == "CONTAINS":
        expected: Any = config.get("value")
        if expected is None and isinstance(config.get("value_source"), str):
            expected, problem = _cell_value(sheet, row, config["value_source"])
            if problem:
                return result | {"error_message": problem}
        raw: Any = display_of(expected) is not None and str(display_of(expected)) in text
    elif kind == "REGEX":
        pattern = config.get("regex_pattern") or config.get("pattern")
        try:
            raw = isinstance(pattern, str) and re.search(pattern, text) is not None
        except re.error as exc:
            return result | {"error_message": f"Bad regex_pattern: {exc}"}
    elif kind == "COMPARE":
        compared = values + ([config["target"]] if "target" in config else [])
        if len(compared) < 2:
            return result | {"error_message": "COMPARE needs two sources, or a source and a target"}
        raw = len({display_of(v) for v in compared}) == 1
    elif kind == "COUNT":
        counted = _count(text, config.get("type", "chars"))
        if counted is None:
            return result | {"error_message": f"Unknown COUNT type {config.get('type')!r}"}
        low, high = config.get("min_count"), config.get("max_count")
        raw = (low is None or counted >= low) and (high is None or counted <= high)
    elif kind == "ASSERT_VALID":
        raw = _valid(values[0], str(config.get("type", "object")))
    elif kind == "TRAJECTORY":
        raw, problem = _trajectory(sheet, row, config, values[0])
        if problem:
            return result | {"error_message": problem}
    elif kind == "CODE_EXECUTION":
        raw, problem = code.run(config.get("code"), config.get("language"), row_data(sheet, row))
        if problem:
            return result | {"error_message": problem}
    else:
        raw = values[0]
    read = as_score(raw, config.get("true_values"), config.get("false_values"))
    if read is None:
        return result | {"raw_value": copy.deepcopy(raw), "error_message": f"{text!r} is not a score"}
    thresholds = step.get("thresholds") or {}
    passing = thresholds.get("pass", scorecard.aggregation["pass_threshold"])
    warning = thresholds.get("warn", scorecard.aggregation["warn_threshold"])
    verdict = "pass" if read[0] >= passing else "warn" if read[0] >= warning else "fail"
    return result | {"score": read[0], "verdict": verdict, "raw_value": copy.deepcopy(raw)}


COUNTERS: dict[str, Callable[[str], int]] = {
    "chars": len,
    "characters": len,
    "words": lambda text: len(text.split()),
    "sentences": lambda text: len([part for part in re.split(r"[.!?]+", text) if part.strip()]),
    "lines": lambda text: len(text.splitlines()),
    "paragraphs": lambda text: len([part for part in re.split(r"\n\s*\n", text) if part.strip()]),
}


def _trajectory(sheet: Sheet, row: int, config: dict[str, Any], trace: Any) -> tuple[Any, str | None]:
    """TRAJECTORY: whether the trace called its tools (its spans named "Tool: <name>", by start)
    as one accepted scenario lists them: exactly ("strict") or in that order with others
    between ("non_strict"). Written apart from the SDK's score_trajectory on purpose: the
    server is the oracle the SDK is tested against."""
    scenarios: Any = config.get("accepted_scenarios")
    if scenarios is None and isinstance(config.get("expected_source"), str):
        scenarios, problem = _cell_value(sheet, row, config["expected_source"])
        if problem:
            return None, problem
    scenarios = _json_value(scenarios)
    if isinstance(scenarios, dict):
        scenarios = scenarios.get("accepted_scenarios")
    lists: list[list[str]] = []
    for scenario in scenarios if isinstance(scenarios, list) else []:
        tools = scenario.get("required_tools") if isinstance(scenario, dict) else scenario
        if not isinstance(tools, list) or not all(isinstance(tool, str) for tool in tools):
            lists = []
            break
        lists.append(tools)
    if not lists:
        return None, "TRAJECTORY needs accepted scenarios: lists of tool names"
    spans: list[dict[str, Any]] = []
    pending = [_json_value(trace)]
    while pending:
        span = pending.pop()
        if isinstance(span, dict):
            spans.append(span)
            pending.extend(span.get("children") or [])
    spans.sort(key=lambda span: (str(span.get("start") or ""), str(span.get("span_id") or "")))
    called = [
        str(span["name"])[len("Tool:") :].strip()
        for span in spans
        if str(span.get("name") or "").startswith("Tool:")
    ]
    strict = config.get("mode", "strict") == "strict"

    def follows(wanted: list[str]) -> bool:
        if strict:
            return called == [t.strip() for t in wanted]
        rest = iter(called)
        return all(any(name == tool.strip() for name in rest) for tool in wanted)

    return any(follows(wanted) for wanted in lists), None


def _json_value(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def _count(text: str, unit: Any) -> int | None:
    counter = COUNTERS.get(str(unit).lower())
    return None if counter is None else counter(text)


def _valid(value: Any, kind: str) -> bool:
    """ASSERT_VALID: whether the value (JSON text decoded) is of `kind` (object, array, json...)."""
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return False
    kinds: dict[str, Any] = {
        "object": dict,
        "array": list,
        "list": list,
        "number": (int, float),
        "string": str,
    }
    if kind.lower() == "json":
        return True
    wanted = kinds.get(kind.lower())
    return wanted is not None and isinstance(value, wanted) and not isinstance(value, bool)


def _verdict(score: float | None, aggregation: dict[str, Any]) -> str | None:
    if score is None:
        return None
    if score >= aggregation["pass_threshold"]:
        return "pass"
    return "warn" if score >= aggregation["warn_threshold"] else "fail"


def _combine(scorecard: Scorecard, results: dict[str, dict[str, Any]]) -> tuple[float | None, str | None]:
    """A row's score and verdict from its step results."""
    scored = [(s, results[s["id"]]) for s in scorecard.steps if s["id"] in results]
    usable = [(s, r["score"]) for s, r in scored if r["verdict"] != "error"]
    aggregation = scorecard.aggregation
    if not usable:
        return None, "error" if scored else "skipped"
    if aggregation["method"] == "min":
        score = min(value for _, value in usable)
    elif aggregation["method"] == "mean":
        score = statistics.fmean(value for _, value in usable)
    else:
        total = sum(float(s.get("weight", 1.0)) for s, _ in usable)
        score = sum(float(s.get("weight", 1.0)) * value for s, value in usable) / total
    verdict = _verdict(score, aggregation) or "skipped"
    if any(s.get("required") and r["verdict"] in ("fail", "error") for s, r in scored):
        forced = aggregation["required_step_failure_behavior"]
        verdict = max(verdict, forced, key=VERDICT_ORDER.index)
    return score, verdict


def _row_inputs(sheet: Sheet, scorecard: Scorecard, row: int) -> str:
    """A digest of what the steps read in a row, to tell when its results went out of date."""
    if row >= len(sheet.rows):
        return "no such row"
    return digest(
        [_cell_value(sheet, row, c) for step in scorecard.steps for c in _step_sources(scorecard, step)]
    )


def _displayed(sheet: Sheet, scorecard: Scorecard) -> Calculation | None:
    """The newest finished calculation of the scorecard: the one whose results are shown."""
    done = [
        c for c in sheet.calculations.values() if c.scorecard_id == scorecard.id and c.status == "completed"
    ]
    return max(done, key=lambda c: c.completed_at or 0.0, default=None)


def _stale_state(sheet: Sheet, scorecard: Scorecard) -> dict[str, Any] | None:
    shown = _displayed(sheet, scorecard)
    if shown is None:
        return None
    reasons = []
    if shown.config_hash != scorecard.config_hash():
        reasons.append("config_changed")
    if shown.sheet_revision != str(sheet.version_count):
        reasons.append("sheet_changed")
    rows = [
        index
        for index in range(len(sheet.rows))
        if index not in shown.rows or shown.rows[index].input_hash != _row_inputs(sheet, scorecard, index)
    ]
    steps = [s["id"] for s in scorecard.steps if shown.step_hashes.get(s["id"]) != s["config_hash"]]
    return {"is_stale": bool(reasons), "reasons": reasons, "stale_step_ids": steps, "stale_row_indices": rows}


def _scorecard_status(sheet: Sheet, scorecard: Scorecard) -> str:
    if not scorecard.steps:
        return "needs_setup"
    latest: Calculation | None = sheet.calculations.get(scorecard.latest_calculation_id or "")
    if latest is None or latest.status == "cancelled":
        return "ready"
    if latest.status != "completed":
        return str(latest.status)  # queued or failed
    stale = _stale_state(sheet, scorecard)
    return "stale" if stale and stale["is_stale"] else "completed"


def _scorecard_json(sheet: Sheet, scorecard: Scorecard) -> dict[str, Any]:
    return {
        "id": scorecard.id,
        "workspace_id": WORKSPACE_ID,
        "smart_table_id": sheet.table_id,
        "sheet_id": sheet.id,
        "name": scorecard.name,
        "evaluated_column_ids": list(scorecard.evaluated_column_ids),
        "aggregation": dict(scorecard.aggregation),
        "display_config": copy.deepcopy(scorecard.display_config),
        "baseline_config": copy.deepcopy(scorecard.baseline_config),
        "status": _scorecard_status(sheet, scorecard),
        "stale_state": _stale_state(sheet, scorecard),
        "latest_calculation_id": scorecard.latest_calculation_id,
        "config_hash": scorecard.config_hash(),
        "steps": copy.deepcopy(scorecard.steps),
        "created_at": iso_time(scorecard.created_at),
        "updated_at": iso_time(scorecard.updated_at),
    }


def _calculation_json(sheet: Sheet, calculation: Calculation) -> dict[str, Any]:
    return {
        "id": calculation.id,
        "scorecard_id": calculation.scorecard_id,
        "workspace_id": WORKSPACE_ID,
        "sheet_id": sheet.id,
        "sheet_revision": calculation.sheet_revision,
        "status": calculation.status,
        "aggregate_score": calculation.aggregate_score,
        "aggregate_verdict": calculation.aggregate_verdict,
        "criterion_summaries": copy.deepcopy(calculation.criterion_summaries),
        "drift_summary": None,
        "config_hash": calculation.config_hash,
        "started_at": iso_time(calculation.started_at),
        "completed_at": iso_time(calculation.completed_at) if calculation.completed_at is not None else None,
        "error_summary": calculation.error_summary,
    }


def _row_json(sheet: Sheet, scorecard: Scorecard, row: RowResult) -> dict[str, Any]:
    current = _row_inputs(sheet, scorecard, row.row_index)
    return {
        "row_index": row.row_index,
        "aggregate_score": row.score,
        "aggregate_verdict": row.verdict,
        "drift_summary": None,
        "stale_state": {
            "is_stale": current != row.input_hash,
            "reasons": ["inputs_changed"] if current != row.input_hash else [],
        },
        "error_summary": row.errors,
    }


def _queue_calculation(
    ctx: Context, sheet: Sheet, scorecard: Scorecard, rows: list[int] | None, steps: list[str] | None
) -> Calculation:
    """A newer calculation supersedes one still queued."""
    for other in sheet.calculations.values():
        if other.scorecard_id == scorecard.id and other.status == "queued":
            other.status, other.error_summary = "cancelled", "Superseded by a newer calculation"
    calculation = Calculation(
        new_id(ctx.state, "calculation"),
        scorecard.id,
        str(sheet.version_count),
        scorecard.config_hash(),
        rows,
        steps,
        ctx.clock(),
        step_hashes={s["id"]: s["config_hash"] for s in scorecard.steps},
    )
    sheet.calculations[calculation.id] = calculation
    scorecard.latest_calculation_id = calculation.id
    store_of(ctx).later(ctx, lambda: _run_calculation(sheet, scorecard, calculation, ctx.clock()))
    return calculation


def _run_calculation(sheet: Sheet, scorecard: Scorecard, calculation: Calculation, now: float) -> None:
    if calculation.status != "queued":
        return
    if sheet.scorecard is not scorecard:
        calculation.status, calculation.error_summary = "failed", "The scorecard was removed"
        return
    previous = _displayed(sheet, scorecard)
    chosen = set(calculation.row_indices if calculation.row_indices is not None else range(len(sheet.rows)))
    run_steps = [
        s for s in scorecard.steps if calculation.step_ids is None or s["id"] in calculation.step_ids
    ]
    step_ids = {s["id"] for s in scorecard.steps}
    with CodeRunner() as code:  # its workers live for this calculation only
        for index in range(len(sheet.rows)):
            earlier = previous.rows.get(index) if previous else None
            if index not in chosen:
                if earlier is not None:
                    calculation.rows[index] = earlier
                continue
            results = {k: v for k, v in (earlier.step_results if earlier else {}).items() if k in step_ids}
            results |= {step["id"]: _run_step(sheet, scorecard, step, index, code) for step in run_steps}
            score, verdict = _combine(scorecard, results)
            calculation.rows[index] = RowResult(
                index, score, verdict, results, _row_inputs(sheet, scorecard, index), now
            )
    scores = [row.score for row in calculation.rows.values() if row.score is not None]
    calculation.aggregate_score = _mean(scores)
    calculation.aggregate_verdict = _verdict(calculation.aggregate_score, scorecard.aggregation)
    calculation.criterion_summaries = {}
    for step in scorecard.steps:
        outcomes = [
            row.step_results[step["id"]]
            for row in calculation.rows.values()
            if step["id"] in row.step_results
        ]
        counts = {f"{v}_count": sum(1 for o in outcomes if o["verdict"] == v) for v in VERDICT_ORDER}
        calculation.criterion_summaries[step["id"]] = {
            "title": step["title"],
            "score": _mean([o["score"] for o in outcomes if o["score"] is not None]),
            **counts,
        }
    calculation.status, calculation.completed_at = "completed", now


def _checked_steps(
    ctx: Context, sheet: Sheet, scorecard: Scorecard | None, raw: list[dict[str, Any]], now: float
) -> list[dict[str, Any]]:
    """The steps as stored: ids kept for known steps and given to new ones, defaults filled."""
    existing = {s["id"]: s for s in scorecard.steps} if scorecard else {}
    steps = []
    for position, given in enumerate(raw):
        step = copy.deepcopy(given)
        old = existing.get(step.get("id") or "")
        if step.get("id") and old is None:
            raise ApiError(400, f"steps[{position}].id {step['id']} is not a step of this scorecard")
        named = [*(step.get("source_column_ids") or []), step.get("target_column_id")]
        for column_id in filter(None, named):
            if sheet.find_column(column_id) is None:
                raise ApiError(400, f"steps[{position}] names column {column_id}, which is not in this sheet")
        if float(step.get("weight", 1.0)) <= 0:
            raise ApiError(400, f"steps[{position}].weight must be positive")
        step.setdefault("weight", 1.0)
        step.setdefault("required", False)
        step.setdefault("thresholds", {})
        step.setdefault("primitive_config", {})
        step.setdefault("source_column_ids", [])
        step.setdefault("order_index", position)
        step["id"] = old["id"] if old else new_id(ctx.state, "step")
        step["backing_column_id"] = None
        settings = {
            k: v for k, v in step.items() if k not in ("id", "config_hash", "created_at", "updated_at")
        }
        step["config_hash"] = digest(settings)
        unchanged = old is not None and old["config_hash"] == step["config_hash"]
        step["created_at"] = old["created_at"] if old else iso_time(now)
        step["updated_at"] = old["updated_at"] if unchanged and old else iso_time(now)
        steps.append(step)
    return steps


def get_sheet_scorecard(ctx: Context, request: Request) -> Response:
    _, sheet = store_of(ctx).sheet(request)
    scorecard = sheet.scorecard
    if scorecard is None:
        return Response.json({"success": True, "scorecard": None, "latest_calculation": None})
    latest = sheet.calculations.get(scorecard.latest_calculation_id or "")
    shown = _displayed(sheet, scorecard)
    progress = None
    if latest is not None and latest.status == "queued":
        progress = {"scored_rows": 0, "total_rows": len(sheet.rows), "partial_score": None}
    return Response.json(
        {
            "success": True,
            "scorecard": _scorecard_json(sheet, scorecard),
            "latest_calculation": _calculation_json(sheet, latest) if latest else None,
            "display_calculation": _calculation_json(sheet, shown) if shown else None,
            "criterion_summaries": copy.deepcopy(shown.criterion_summaries) if shown else None,
            "drift_summary": None,
            "progress": progress,
        }
    )


def configure_sheet_scorecard(ctx: Context, request: Request) -> Response:
    """Create the scorecard, or change it in place (same id; steps sent with their id are kept)."""
    _, sheet = store_of(ctx).sheet(request)
    body = request.json_object()
    aggregation = {**DEFAULT_AGGREGATION, **body["aggregation"]}
    if aggregation["method"] not in METHODS:
        raise ApiError(400, f"aggregation.method must be one of {', '.join(METHODS)}")
    if aggregation["required_step_failure_behavior"] not in ("fail", "warn", "error"):
        raise ApiError(400, "aggregation.required_step_failure_behavior must be fail, warn or error")
    for name in ("pass_threshold", "warn_threshold"):
        if isinstance(aggregation[name], bool) or not isinstance(aggregation[name], int | float):
            raise ApiError(400, f"aggregation.{name} must be a number")
    evaluated = list(body.get("evaluated_column_ids") or [])
    missing = [i for i in evaluated if sheet.find_column(i) is None]
    if missing:
        raise ApiError(400, f"evaluated_column_ids names columns not in this sheet: {missing}")
    now = ctx.clock()
    scorecard = sheet.scorecard
    steps = _checked_steps(ctx, sheet, scorecard, body.get("steps") or [], now)
    if scorecard is None:
        scorecard = Scorecard(new_id(ctx.state, "scorecard"), body["name"], [], {}, None, None, [], now, now)
        sheet.scorecard = scorecard
    scorecard.name, scorecard.evaluated_column_ids, scorecard.aggregation = (
        body["name"],
        evaluated,
        aggregation,
    )
    scorecard.display_config = copy.deepcopy(body.get("display_config"))
    scorecard.baseline_config = copy.deepcopy(body.get("baseline_config"))
    scorecard.steps, scorecard.updated_at = steps, now
    version = sheet.bump(now)
    return Response.json(
        {"success": True, "scorecard": _scorecard_json(sheet, scorecard), "version": version}
    )


def _scorecard_of(sheet: Sheet, status: int) -> Scorecard:
    scorecard: Scorecard | None = sheet.scorecard
    if scorecard is None:
        raise ApiError(status, "This sheet has no scorecard")
    return scorecard


def delete_sheet_scorecard(ctx: Context, request: Request) -> Response:
    """The scorecard and its calculations go; work still queued is cancelled."""
    _, sheet = store_of(ctx).sheet(request)
    scorecard = _scorecard_of(sheet, 404)
    for calculation in sheet.calculations.values():
        if calculation.status == "queued":
            calculation.status = "cancelled"
    sheet.calculations = {k: c for k, c in sheet.calculations.items() if c.scorecard_id != scorecard.id}
    sheet.scorecard = None
    sheet.bump(ctx.clock())
    return Response.json({"success": True})


def migrate_legacy_sheet_score(ctx: Context, request: Request) -> Response:
    """Each scored column becomes a COLUMN_AGGREGATE step; custom code cannot be converted."""
    _, sheet = store_of(ctx).sheet(request)
    body = request.json_object()
    setup = sheet.score
    if setup is None:
        raise ApiError(400, "This sheet has no legacy score to migrate")
    if sheet.scorecard is not None:
        raise ApiError(400, "This sheet already has a scorecard")
    now = ctx.clock()
    skipped: list[dict[str, Any]] = []
    raw_steps: list[dict[str, Any]] = []
    if setup.scoring_type == "custom":
        skipped.append(
            {"reason": "Custom scoring code cannot become scorecard steps", "score_type": "custom"}
        )
    else:
        words = {k: setup.options[k] for k in ("true_values", "false_values") if setup.options.get(k)}
        for column_id in setup.column_ids:
            column = sheet.column(column_id)
            raw_steps.append(
                {
                    "title": column.title,
                    "primitive_type": "COLUMN_AGGREGATE",
                    "source_column_ids": [column_id],
                    "primitive_config": dict(words),
                }
            )
    scorecard = None
    if raw_steps:
        steps = _checked_steps(ctx, sheet, None, raw_steps, now)
        scorecard = Scorecard(
            new_id(ctx.state, "scorecard"),
            "Score",
            [],
            dict(DEFAULT_AGGREGATION),
            None,
            None,
            steps,
            now,
            now,
        )
        sheet.scorecard = scorecard
    deleted = bool(body.get("delete_legacy_score"))
    if deleted:
        sheet.score = None
    version = sheet.bump(now) if scorecard or deleted else sheet.version_count
    return Response.json(
        {
            "success": True,
            "scorecard": _scorecard_json(sheet, scorecard) if scorecard else None,
            "converted_count": len(raw_steps),
            "skipped": skipped,
            "legacy_score_deleted": deleted,
            "version": version,
        }
    )


def _selection(
    sheet: Sheet, scorecard: Scorecard, body: dict[str, Any]
) -> tuple[list[int] | None, list[str] | None]:
    rows, steps = body.get("row_indices"), body.get("step_ids")
    if rows is not None and any(index >= len(sheet.rows) for index in rows):
        raise ApiError(400, f"row_indices must be below the sheet's {len(sheet.rows)} rows")
    known = {s["id"] for s in scorecard.steps}
    if steps is not None and set(steps) - known:
        raise ApiError(400, f"step_ids not in the scorecard: {sorted(set(steps) - known)}")
    return (sorted(set(rows)) if rows else None), (list(steps) if steps else None)


def recalculate_sheet_scorecard(ctx: Context, request: Request) -> Response:
    _, sheet = store_of(ctx).sheet(request)
    scorecard = _scorecard_of(sheet, 400)
    if not scorecard.steps:
        raise ApiError(400, "The scorecard has no steps yet")
    rows, steps = _selection(sheet, scorecard, request.json_object())
    calculation = _queue_calculation(ctx, sheet, scorecard, rows, steps)
    return Response.json(
        {
            "success": True,
            "calculation_id": calculation.id,
            "status": "queued",
            "version": sheet.version_count,
        },
        202,
    )


def cancel_sheet_scorecard(ctx: Context, request: Request) -> Response:
    """Cancels the queued calculation when it covers any of the rows and steps chosen."""
    _, sheet = store_of(ctx).sheet(request)
    scorecard = _scorecard_of(sheet, 400)
    rows, steps = _selection(sheet, scorecard, request.json_object())
    cancelled = None
    for calculation in sheet.calculations.values():
        if calculation.scorecard_id != scorecard.id or calculation.status != "queued":
            continue
        covers_rows = (
            rows is None or calculation.row_indices is None or set(rows) & set(calculation.row_indices)
        )
        covers_steps = steps is None or calculation.step_ids is None or set(steps) & set(calculation.step_ids)
        if covers_rows and covers_steps:
            calculation.status, cancelled = "cancelled", calculation
    return Response.json(
        {
            "success": True,
            "message": "Scorecard calculation cancelled" if cancelled else "Nothing to cancel",
            "scorecard": {"id": scorecard.id},
            "cancelled_count": 1 if cancelled else 0,
            "execution_ids": [],
            "calculation_id": cancelled.id if cancelled else None,
        }
    )


def _calculation(sheet: Sheet, calculation_id: str | None) -> Calculation | None:
    """The calculation asked for (404 if unknown), else the scorecard's latest (or None)."""
    if calculation_id:
        found: Calculation | None = sheet.calculations.get(calculation_id)
        if found is None:
            raise ApiError(404, f"Scorecard calculation {calculation_id!r} not found")
        return found
    scorecard = _scorecard_of(sheet, 404)
    return sheet.calculations.get(scorecard.latest_calculation_id or "")


def get_scorecard_calculation(ctx: Context, request: Request) -> Response:
    _, sheet = store_of(ctx).sheet(request)
    calculation = _calculation(sheet, request.path_params["calculation_id"])
    assert calculation is not None
    return Response.json(
        {
            "success": True,
            "calculation": _calculation_json(sheet, calculation),
            "criterion_summaries": copy.deepcopy(calculation.criterion_summaries),
            "drift_summary": None,
        }
    )


def list_scorecard_rows(ctx: Context, request: Request) -> Response:
    """Rows in index order after `cursor` (a row index); a queued calculation has none yet."""
    _, sheet = store_of(ctx).sheet(request)
    calculation = _calculation(sheet, request.query_value("calculation_id"))
    scorecard = _scorecard_of(sheet, 404)
    rows = sorted(calculation.rows.values(), key=lambda r: r.row_index) if calculation else []
    counts: dict[str, int] = {}
    for row in rows:
        counts[row.verdict or "skipped"] = counts.get(row.verdict or "skipped", 0) + 1
    verdict = request.query_value("verdict")
    after = request.query_int("cursor")
    chosen = [
        r
        for r in rows
        if (verdict is None or r.verdict == verdict) and (after is None or r.row_index > after)
    ]
    limit = request.query_int("limit") or 50
    page = chosen[:limit]
    return Response.json(
        {
            "success": True,
            "calculation_id": calculation.id if calculation else None,
            "rows": [_row_json(sheet, scorecard, r) for r in page],
            "next_cursor": page[-1].row_index if len(chosen) > limit else None,
            "verdict_counts": counts,
        }
    )


def get_scorecard_row(ctx: Context, request: Request) -> Response:
    _, sheet = store_of(ctx).sheet(request)
    calculation = _calculation(sheet, request.query_value("calculation_id"))
    index = int(request.path_params["row_index"])
    row = calculation.rows.get(index) if calculation else None
    if calculation is None or row is None:
        raise ApiError(404, f"No scorecard result for row {index}")
    scorecard = _scorecard_of(sheet, 404)
    return Response.json(
        {
            "success": True,
            **_row_json(sheet, scorecard, row),
            "id": new_id_for_row(calculation, index),
            "calculation_id": calculation.id,
            "scorecard_id": calculation.scorecard_id,
            "sheet_id": sheet.id,
            "step_results": copy.deepcopy(row.step_results),
            "config_hash": calculation.config_hash,
            "input_hash": row.input_hash,
            "computed_at": iso_time(row.computed_at),
        }
    )


def new_id_for_row(calculation: Calculation, index: int) -> str:
    return str(uuid.uuid5(uuid.UUID(calculation.id), f"row:{index}"))


# -- versions --------------------------------------------------------------------------------


def _current_score(sheet: Sheet) -> dict[str, Any]:
    """The score a saved version records: the sheet score's, else the scorecard's shown one."""
    if sheet.score is not None and sheet.score.status == "completed":
        return {"aggregate_score": sheet.score.figures.get("aggregate_score"), "source": "score"}
    shown = _displayed(sheet, sheet.scorecard) if sheet.scorecard else None
    if shown is not None:
        return {"aggregate_score": shown.aggregate_score, "source": "scorecard"}
    return {"aggregate_score": None, "source": None}


def _version_json(sheet: Sheet, saved: SavedVersion, with_snapshot: bool) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": saved.id,
        "sheet_id": sheet.id,
        "version_number": saved.number,
        "name": saved.name,
        "created_by": None,
        "created_at": iso_time(saved.created_at),
        "metadata": copy.deepcopy(saved.metadata),
        "deltas": [],
        "score": copy.deepcopy(saved.score),
        "score_configuration": copy.deepcopy(saved.score_configuration),
    }
    if with_snapshot:
        body["snapshot"] = copy.deepcopy(saved.contents)
    return body


def _saved(sheet: Sheet, version_id: str) -> SavedVersion:
    found: SavedVersion | None = next((v for v in sheet.versions if v.id == version_id), None)
    if found is None:
        raise ApiError(404, f"Sheet version {version_id!r} not found")
    return found


def create_sheet_version(ctx: Context, request: Request) -> Response:
    """Save the sheet as it is; with source_version_id, restore that version first."""
    _, sheet = store_of(ctx).sheet(request)
    body = request.json_object()
    source_id, name = body.get("source_version_id"), body.get("name")
    if not source_id and not name:
        raise ApiError(400, "Send a name, or the source_version_id of a version to restore")
    now = ctx.clock()
    metadata: dict[str, Any] = {}
    if source_id:
        source = _saved(sheet, source_id)
        sheet.columns, sheet.rows = copy.deepcopy(source.columns), copy.deepcopy(source.rows)
        sheet.bump(now)
        metadata["restored_from_version_id"] = source.id
        name = name or f"Restored from version {source.number}"
    saved = SavedVersion(
        new_id(ctx.state, "sheet_version"),
        len(sheet.versions) + 1,
        name,
        now,
        sheet.contents(),
        copy.deepcopy(sheet.columns),
        copy.deepcopy(sheet.rows),
        _current_score(sheet),
        sheet.score.configuration() if sheet.score else None,
        metadata,
    )
    sheet.versions.append(saved)
    return Response.json({"success": True, "version": _version_json(sheet, saved, True)}, 201)


def list_sheet_versions(ctx: Context, request: Request) -> Response:
    _, sheet = store_of(ctx).sheet(request)
    versions = sheet.versions if (request.query_value("order") or "desc") == "asc" else sheet.versions[::-1]
    chosen, next_cursor = window(versions, request, 20, 400)
    return Response.json(
        {
            "success": True,
            "data": [_version_json(sheet, v, False) for v in chosen],
            "pagination": {
                "next_cursor": next_cursor,
                "prev_cursor": None,
                "has_more": next_cursor is not None,
                "limit": request.query_int("limit") or 20,
            },
            "filters": {},
            "count": len(chosen),
        }
    )


def get_sheet_version(ctx: Context, request: Request) -> Response:
    _, sheet = store_of(ctx).sheet(request)
    saved = _saved(sheet, request.path_params["version_id"])
    return Response.json({"success": True, "version": _version_json(sheet, saved, True)})


def get_sheet_score_history(ctx: Context, request: Request) -> Response:
    """A point per saved version that recorded a score, oldest first, thinned to max_points."""
    _, sheet = store_of(ctx).sheet(request)
    span = request.query_value("range") or "all"
    max_points = request.query_int("max_points") or 1200
    versions = sheet.versions if span == "all" else sheet.versions[-int(span.removeprefix("last_")) :]
    points = [
        {
            "version_id": v.id,
            "version_number": v.number,
            "name": v.name,
            "created_at": iso_time(v.created_at),
            "score": v.score["aggregate_score"],
        }
        for v in versions
        if v.score.get("aggregate_score") is not None
    ]
    total = len(points)
    if total > max_points:
        points = [points[round(i * (total - 1) / (max_points - 1))] for i in range(max_points)]
    return Response.json(
        {
            "success": True,
            "score_history": {
                "points": points,
                "total_points": total,
                "returned_points": len(points),
                "resolution": request.query_value("resolution") or "auto",
                "range": span,
                "max_points": max_points,
                "is_sampled": total > max_points,
            },
        }
    )


ROUTES: dict[str, Handler] = {
    "get_sheet_score": get_sheet_score,
    "configure_sheet_score": configure_sheet_score,
    "recalculate_sheet_score": recalculate_sheet_score,
    "get_sheet_scorecard": get_sheet_scorecard,
    "configure_sheet_scorecard": configure_sheet_scorecard,
    "delete_sheet_scorecard": delete_sheet_scorecard,
    "migrate_legacy_sheet_score": migrate_legacy_sheet_score,
    "recalculate_sheet_scorecard": recalculate_sheet_scorecard,
    "cancel_sheet_scorecard": cancel_sheet_scorecard,
    "get_scorecard_calculation": get_scorecard_calculation,
    "list_scorecard_rows": list_scorecard_rows,
    "get_scorecard_row": get_scorecard_row,
    "create_sheet_version": create_sheet_version,
    "list_sheet_versions": list_sheet_versions,
    "get_sheet_version": get_sheet_version,
    "get_sheet_score_history": get_sheet_score_history,
}
