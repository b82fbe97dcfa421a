"""What an evaluation is, decided without I/O: its checked arguments, the sheet layout it needs,
the scorecard it configures, the cell values it writes and how results are read back.

Everything here is a pure function of its inputs, so the flows in `flows.py` (run by the sync and
the async client alike) only move data. The rules follow what the official SDK sends and reads,
because PromptLayer's dashboard shows evaluations from exactly these records: an experiment
sheet with the TEXT columns `input`, `expected` (`expected_trace`, dataset fields), `Output` and
`Trace`, one row per case imported from the case's trace, and a scorecard whose steps are the
scorers.
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast
from urllib.parse import urlsplit

from ..errors import EvaluationFailedError, PromptLayerValidationError
from ..types.table import Column, EvalCaseResult, EvalResult, EvalScoreCard, ResourceId
from . import titles

# The scorecard's aggregation when the scorers set none (the official SDK's defaults).
DEFAULT_AGGREGATION: dict[str, Any] = {
    "method": "weighted_mean",
    "required_step_failure_behavior": "fail",
    "pass_threshold": 0.8,
    "warn_threshold": 0.6,
}
# Config keys naming one source column by title, and those mapping names to titles.
NAMED_SOURCE_KEYS = (
    "source",
    "chat_history_source",
    "user_persona_source",
    "conversation_completed_prompt_source",
    "prompt_source",
    "iterator_source",
    "value_source",
    "content_source",
    "diff_source",
    "trace_source",
    "expected_source",
)
MAPPING_SOURCE_KEYS = ("prompt_template_variable_mappings", "variable_mappings", "input_variables")
SDK_ONLY_CONFIG_KEYS = frozenset({"_sdkDiagnosis", "_sdk_diagnosis"})
EXPERIMENT_TITLE = re.compile(r"^Experiment #(\d+)$")
SCAFFOLD_SHEET_TITLE = "Sheet 1"
SCAFFOLD_COLUMN_TITLE = "Column A"
DASHBOARD_URL_ENV = "PROMPTLAYER_DASHBOARD_URL"
DEFAULT_DASHBOARD = "https://dashboard.promptlayer.com"
DASHBOARD_HOSTS = {
    "api.promptlayer.com": "dashboard.promptlayer.com",
    "api.eu.promptlayer.com": "dashboard.eu.promptlayer.com",
}


def invalid(message: str) -> PromptLayerValidationError:
    return PromptLayerValidationError(message)


# -- the arguments -----------------------------------------------------------------------------


@dataclass(frozen=True)
class EvalSpec:
    """One evaluation's checked arguments."""

    name: str
    dataset: list[dict[str, Any]] | dict[str, Any]
    runner: Any
    scorers: list[dict[str, Any]]
    columns: list[dict[str, Any]]
    table_id: ResourceId | None = None
    folder_id: int | None = None
    experiment_name: str | None = None
    max_concurrency: int = 1
    passing_score: float | None = None
    include_failure_examples: bool = False
    case_timeout: float | None = None
    quiet: bool = False


def eval_spec(
    name: Any,
    dataset: Any,
    runner: Any,
    scorers: Any,
    *,
    columns: Any = None,
    table_id: Any = None,
    sheet_id: Any = None,
    folder_id: Any = None,
    experiment_name: Any = None,
    max_concurrency: Any = 1,
    passing_score: Any = None,
    include_failure_examples: Any = False,
    case_timeout: Any = None,
    quiet: Any = False,
) -> EvalSpec:
    """Check an evaluation's arguments as the official SDK does, before any request."""
    if not isinstance(name, str) or not name.strip():
        raise invalid("Eval name must be a non-empty string.")
    if not callable(runner):
        raise invalid("Eval runner must be a function.")
    if not isinstance(scorers, list) or not scorers:
        raise invalid("Eval scorers must be a non-empty list of column definitions or functions.")
    if columns is not None and not isinstance(columns, list):
        raise invalid("Eval columns must be a list of column definitions.")
    checked_scorers = [_definition(item, "scorer") for item in scorers]
    checked_columns = [_definition(item, "column") for item in columns or []]
    _unique_titles(checked_columns, checked_scorers)
    if table_id is not None and folder_id is not None:
        raise invalid("Eval folder_id cannot be used together with table_id.")
    if folder_id is not None and (not isinstance(folder_id, int) or isinstance(folder_id, bool)):
        raise invalid("Eval folder_id must be an integer.")
    if sheet_id is not None:
        raise invalid("Eval sheet_id is not supported. Evals require a dedicated experiment sheet.")
    if experiment_name is not None and (not isinstance(experiment_name, str) or not experiment_name.strip()):
        raise invalid("Eval experiment_name must be a non-empty string.")
    if not isinstance(max_concurrency, int) or isinstance(max_concurrency, bool) or max_concurrency < 1:
        raise invalid("Eval max_concurrency must be a positive integer.")
    if passing_score is not None and (
        not isinstance(passing_score, (int, float))
        or isinstance(passing_score, bool)
        or not math.isfinite(passing_score)
    ):
        raise invalid("Eval passing_score must be a number.")
    if case_timeout is not None and (
        not isinstance(case_timeout, (int, float))
        or isinstance(case_timeout, bool)
        or not 0 < case_timeout < 1e9
    ):
        raise invalid("Eval case_timeout must be a positive number of seconds.")
    if not isinstance(quiet, bool):
        raise invalid("Eval quiet must be True or False.")
    return EvalSpec(
        name=name,
        dataset=_dataset(dataset),
        runner=runner,
        scorers=checked_scorers,
        columns=checked_columns,
        table_id=table_id,
        folder_id=folder_id,
        experiment_name=experiment_name,
        max_concurrency=max_concurrency,
        passing_score=None if passing_score is None else float(passing_score),
        include_failure_examples=bool(include_failure_examples),
        case_timeout=None if case_timeout is None else float(case_timeout),
        quiet=quiet,
    )


def _definition(item: Any, label: str) -> dict[str, Any]:
    """A scorer or supporting column as a dict; a named function becomes a code scorer."""
    scorer = label == "scorer"
    if callable(item) and not isinstance(item, type):
        if not scorer:
            raise invalid(
                "Eval columns must be explicit column definitions (e.g. column(...)); "
                "callables are only supported in scorers."
            )
        from .columns import scorer_from_function

        return dict(scorer_from_function(item))
    if not isinstance(item, dict):
        if scorer:
            raise invalid(
                "Eval scorers must be column dicts (e.g. llm_assertion_scorer(...)) "
                "or named Python functions."
            )
        raise invalid("Eval columns must be column dicts (e.g. column(...)).")
    title, kind = item.get("title"), item.get("type")
    if not isinstance(title, str) or not title.strip():
        raise invalid(f"Eval {label} title must be a non-empty string.")
    if not isinstance(kind, str) or not kind.strip():
        raise invalid(f"Eval {label} type must be a non-empty string.")
    if not scorer and kind.upper() == "TEXT":
        raise invalid(
            "Eval columns cannot be TEXT; use dataset fields or built-in input/expected/output columns."
        )
    checked: dict[str, Any] = {"title": title if scorer else title.strip(), "type": kind}
    if item.get("config") is not None:
        if not scorer and not isinstance(item["config"], dict):
            raise invalid(f"Eval {label} '{title}' config must be a dict.")
        checked["config"] = item["config"]
    if item.get("weight") is not None:
        checked["weight"] = float(item["weight"])
    if "required" in item:
        checked["required"] = bool(item["required"])
    if isinstance(item.get("thresholds"), dict):
        checked["thresholds"] = dict(item["thresholds"])
    return checked


def _unique_titles(columns: list[dict[str, Any]], scorers: list[dict[str, Any]]) -> None:
    seen: set[str] = set()
    for column in columns:
        if titles.is_reserved_eval_column_title(column["title"]):
            raise invalid(f"Eval column title {column['title']!r} is reserved for built-in eval columns.")
        if column["title"] in seen:
            raise invalid(f"Duplicate eval column title {column['title']!r}.")
        seen.add(column["title"])
    for scorer in scorers:
        if titles.is_reserved_eval_column_title(scorer["title"]):
            raise invalid(f"Eval scorer title {scorer['title']!r} is reserved for built-in eval columns.")
        if scorer["title"] in seen:
            raise invalid(f"Eval scorer title {scorer['title']!r} conflicts with a supporting column title.")


def _dataset(dataset: Any) -> list[dict[str, Any]] | dict[str, Any]:
    if isinstance(dataset, list):
        if not dataset:
            raise invalid("Eval dataset list must not be empty.")
        for case in dataset:
            if not isinstance(case, dict) or "input" not in case:
                raise invalid("Each inline eval case must be a dict with an 'input' key.")
            for key in case:
                if not isinstance(key, str):
                    raise invalid("Each inline eval case field name must be a string.")
                if not key.strip():
                    raise invalid("Each inline eval case field name must be a non-empty string.")
                if key not in titles.CASE_FIELDS and titles.is_reserved_eval_column_title(key):
                    raise invalid(
                        f"Inline eval case field {key!r} is reserved for generated or built-in eval columns."
                    )
        return list(dataset)
    if isinstance(dataset, dict):
        if dataset.get("table_id") is None:
            raise invalid("Eval dataset table reference requires table_id.")
        if "table" in dataset:
            raise invalid("Eval dataset no longer accepts 'table' titles; use table_id.")
        return dict(dataset)
    raise invalid("Eval dataset must be a list of cases or a dict with table_id (and optional sheet_id).")


# -- the experiment sheet ----------------------------------------------------------------------


def experiment_title(existing: set[str], experiment_name: str | None) -> str:
    """`experiment_name` (with " #N" when taken), else the next free "Experiment #N"."""
    if experiment_name:
        base = experiment_name.strip()
        if base not in existing:
            return base
        suffix = 2
        while f"{base} #{suffix}" in existing:
            suffix += 1
        return f"{base} #{suffix}"
    used = {int(match.group(1)) for title in existing if (match := EXPERIMENT_TITLE.match(title))}
    number = max(len(existing) + 1, 1)
    while number in used or f"Experiment #{number}" in existing:
        number += 1
    return f"Experiment #{number}"


def scaffold_sheet(sheets: Sequence[Mapping[str, Any]]) -> Mapping[str, Any] | None:
    """The blank first sheet a new table comes with, which an evaluation takes over."""
    if len(sheets) == 1 and sheets[0].get("title") == SCAFFOLD_SHEET_TITLE:
        return sheets[0]
    return None


def by_title(columns: Sequence[Mapping[str, Any]]) -> dict[str, Column]:
    return {column["title"]: cast(Column, column) for column in columns if column.get("title")}


def find_column(columns: Mapping[str, Column], title: str) -> Column | None:
    """A column by the title the SDK uses, or by its alias or legacy spelling."""
    if not title:
        return None
    if title in columns:
        return columns[title]
    current = {"output": titles.OUTPUT, "trace": titles.TRACE}.get(title, title)
    current = {old: new for new, old in titles.LEGACY_TITLES.items()}.get(current, current)
    if current in columns:
        return columns[current]
    legacy = titles.LEGACY_TITLES.get(current)
    return columns.get(legacy) if legacy is not None else None


def scaffold_column(columns: Sequence[Mapping[str, Any]]) -> Column | None:
    """The blank "Column A" of a new sheet, renamed rather than left beside the eval columns."""
    column = by_title(columns).get(SCAFFOLD_COLUMN_TITLE)
    if column is None or column.get("type") not in (None, "TEXT") or column.get("id") is None:
        return None
    return column


def text_column_titles(
    cases: Sequence[Mapping[str, Any]], custom_titles: Sequence[str], *, with_trace: bool = True
) -> list[str]:
    """The TEXT columns of the sheet, in the order they are made."""
    wanted = [titles.INPUT, titles.EXPECTED]
    if any(case.get(titles.EXPECTED_TRACE) is not None for case in cases):
        wanted.append(titles.EXPECTED_TRACE)
    wanted.extend(custom_titles)
    wanted.append(titles.OUTPUT)
    if with_trace:
        wanted.append(titles.TRACE)
    return wanted


def custom_field_titles(cases: Sequence[Mapping[str, Any]]) -> list[str]:
    """Dataset fields beyond input/expected/expected_trace, first seen first."""
    found: dict[str, None] = {}
    for case in cases:
        for key in case:
            if key not in titles.CASE_FIELDS:
                found.setdefault(key, None)
    return list(found)


def check_field_conflicts(custom_titles: Sequence[str], columns: Sequence[Mapping[str, Any]]) -> None:
    clashes = [title for title in custom_titles if title in {column["title"] for column in columns}]
    if clashes:
        raise invalid(
            "Eval dataset field(s) conflict with supporting column title(s): "
            + ", ".join(repr(title) for title in clashes)
        )


def blank_rows(rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Row indices of rows whose cells are all empty (the starter row of a new sheet)."""
    return [int(row["row_index"]) for row in rows if row.get("row_index") is not None and _blank_row(row)]


def _blank_row(row: Mapping[str, Any]) -> bool:
    cells = row.get("cells") or {}
    return not isinstance(cells, dict) or not cells or all(_blank_cell(cell) for cell in cells.values())


def _blank_cell(cell: Any) -> bool:
    if not isinstance(cell, dict):
        return True
    display = cell.get("display_value")
    if isinstance(display, str) and display.strip():
        return False
    value = cell.get("value")
    if isinstance(value, dict) and "value" in value:
        value = value["value"]
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, dict)):
        return not value
    return False


# -- scorers, supporting columns and their sources ---------------------------------------------


def iter_sources(config: Any) -> Iterator[tuple[Any, str, dict[str, Any] | None]]:
    """(column title, config key, position or variable) for every column a config reads."""
    if not isinstance(config, dict):
        return
    for key in NAMED_SOURCE_KEYS:
        yield config.get(key), key, None
    if isinstance(config.get("sources"), list):
        for position, title in enumerate(config["sources"]):
            yield title, "sources", {"position": position}
    for key in MAPPING_SOURCE_KEYS:
        if isinstance(config.get(key), dict):
            for variable, title in config[key].items():
                yield title, key, {"variable_name": str(variable)}


def dependencies(
    config: Any, columns: Mapping[str, Column], *, label: str = "scorer"
) -> list[dict[str, Any]]:
    """The dependency edges a config's source titles give; unknown titles are refused."""
    edges: list[dict[str, Any]] = []
    missing: set[str] = set()
    for title, key, meta in iter_sources(config):
        if not isinstance(title, str) or not title.strip():
            continue
        column = find_column(columns, title)
        if column is None:
            missing.add(title)
            continue
        edge: dict[str, Any] = {"column_id": str(column["id"]), "reference_type": "value", "config_key": key}
        if meta is not None:
            edge["config_meta"] = meta
        edges.append(edge)
    if missing:
        raise invalid(
            f"Eval {label} source column(s) not found: {', '.join(sorted(missing))}. "
            "Use exact column titles (e.g. 'Output' or 'Trace'), or declare "
            "supporting columns before they are referenced."
        )
    return edges


def column_body(definition: Mapping[str, Any], columns: Mapping[str, Column]) -> dict[str, Any]:
    """The create-column body of a supporting column (`columns=`)."""
    body: dict[str, Any] = {"title": definition["title"], "type": definition["type"]}
    if definition.get("config") is not None:
        body["config"] = definition["config"]
    edges = dependencies(definition.get("config"), columns, label="column")
    if edges:
        body["dependencies"] = edges
    return body


def _config_with_column_ids(config: Mapping[str, Any], columns: Mapping[str, Column]) -> dict[str, Any]:
    """The config with source titles replaced by column ids, as the scorecard UI reads them."""
    ids = {str(column["id"]): column for column in columns.values()}

    def resolve(reference: Any) -> Any:
        if not isinstance(reference, str) or not reference.strip():
            return reference
        column = find_column(columns, reference) or ids.get(reference)
        return reference if column is None else str(column["id"])

    resolved = dict(config)
    for key in (*NAMED_SOURCE_KEYS, "label_source"):
        if key in resolved:
            resolved[key] = resolve(resolved[key])
    if isinstance(resolved.get("sources"), list):
        resolved["sources"] = [resolve(item) for item in resolved["sources"]]
    for key in MAPPING_SOURCE_KEYS:
        if isinstance(resolved.get(key), dict):
            resolved[key] = {name: resolve(ref) for name, ref in resolved[key].items()}
    return resolved


def _code_references(code: str, title: str) -> bool:
    return (
        any(
            form in code
            for form in (
                f'data.get("{title}")',
                f"data.get('{title}')",
                f'data["{title}"]',
                f"data['{title}']",
            )
        )
        or f"data.{title}" in code
    )


def scorecard_body(
    name: str, scorers: Sequence[Mapping[str, Any]], columns: Sequence[Column]
) -> dict[str, Any]:
    """The scorecard an evaluation configures: one step per scorer, sources by column id."""
    titled = by_title(columns)
    steps: list[dict[str, Any]] = []
    for index, scorer in enumerate(scorers):
        kind = str(scorer["type"]).upper()
        config = {k: v for k, v in (scorer.get("config") or {}).items() if k not in SDK_ONLY_CONFIG_KEYS}
        sources = [edge["column_id"] for edge in dependencies(scorer.get("config"), titled)]
        if kind == "CODE_EXECUTION" and not sources:
            code = config.get("code")
            every = [str(column["id"]) for column in titled.values()]
            if isinstance(code, str) and code.strip():
                sources = [str(titled[t]["id"]) for t in titled if _code_references(code, t)] or every
            else:
                sources = every
        step: dict[str, Any] = {
            "title": scorer["title"],
            "primitive_type": kind,
            "primitive_config": _config_with_column_ids(config, titled),
            "order_index": index,
            "weight": float(scorer["weight"]) if scorer.get("weight") is not None else 1,
            "required": bool(scorer.get("required", False)),
        }
        if scorer.get("thresholds"):
            step["thresholds"] = dict(scorer["thresholds"])
        if sources:
            step["source_column_ids"] = sources
        steps.append(step)
    return {
        "name": name or "Evaluation",
        "evaluated_column_ids": [],
        "aggregation": dict(DEFAULT_AGGREGATION),
        "steps": steps,
    }


# -- cell values -------------------------------------------------------------------------------


def cell_text(value: Any) -> Any:
    """A value as a TEXT cell holds it: scalars as they are, anything else as JSON."""
    if value is None:
        return ""
    if isinstance(value, (str, int, float, bool)):
        return value
    return json.dumps(value, default=str)


def cell_value(cell: Mapping[str, Any] | None) -> Any:
    """A cell's value, JSON text decoded."""
    if not cell:
        return None
    value = cell.get("value")
    if isinstance(value, dict) and "value" in value and len(value) == 1:
        value = value["value"]
    if value is None:
        value = cell.get("display_value")
        if not isinstance(value, str):
            return value
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


@dataclass
class Case:
    """One case: what the dataset gave, and what running it produced."""

    index: int
    input: Any
    expected: Any = None
    expected_trace: Any = None
    fields: dict[str, Any] = field(default_factory=dict)
    output: Any = None
    error: str | None = None
    trace_id: str = ""
    span_id: str = ""
    nested_spans: int | None = None  # spans started under the case's span (None: not counted)
    row_index: int | None = None

    @classmethod
    def of(cls, index: int, case: Mapping[str, Any]) -> Case:
        return cls(
            index=index,
            input=case["input"],
            expected=case.get("expected"),
            expected_trace=case.get(titles.EXPECTED_TRACE),
            fields={key: value for key, value in case.items() if key not in titles.CASE_FIELDS},
        )

    def values(self, custom_titles: Sequence[str]) -> dict[str, Any]:
        """Cell values by column title."""
        return {
            titles.INPUT: self.input,
            titles.EXPECTED: self.expected,
            titles.EXPECTED_TRACE: self.expected_trace,
            titles.OUTPUT: self.output,
            **{title: self.fields.get(title, "") for title in custom_titles},
        }


def cell_updates(
    row: Mapping[str, Any], columns: Mapping[str, Column], values: Mapping[str, Any]
) -> list[tuple[str, dict[str, Any]]]:
    """(cell id, update body) for each value whose column the row has a cell in."""
    cells = row.get("cells") or {}
    updates = []
    for title, value in values.items():
        column = find_column(columns, title)
        cell = cells.get(str(column["id"])) if column else None
        if isinstance(cell, dict) and cell.get("id") is not None:
            text = cell_text(value)
            updates.append((str(cell["id"]), {"value": text, "display_value": str(text)}))
    return updates


def cases_from_rows(rows: Sequence[Mapping[str, Any]], columns: Sequence[Column]) -> list[dict[str, Any]]:
    """Evaluation cases read from an existing table's rows (`dataset={"table_id": ...}`)."""
    titled = by_title(columns)
    named = {key: find_column(titled, key) for key in titles.CASE_FIELDS}
    custom = [
        column
        for column in columns
        if column.get("type") == "TEXT"
        and isinstance(column.get("title"), str)
        and column["title"].strip()
        and not titles.is_reserved_eval_column_title(column["title"])
    ]
    cases = []
    for row in rows:
        cells = row.get("cells") or {}
        found: dict[str, Any] = {}
        for key, column in named.items():
            value = cell_value(cells.get(str(column["id"]))) if column else None
            if value is None and key in row:
                value = row.get(key)
            found[key] = value
        if found[titles.INPUT] is None:
            continue
        case = {key: value for key, value in found.items() if value is not None}
        for column in custom:
            case[column["title"]] = cell_value(cells.get(str(column["id"])))
        cases.append(case)
    return cases


# -- results -----------------------------------------------------------------------------------


def step_score(result: Mapping[str, Any] | None) -> Any:
    """A scorecard step's result for one row, as the result's `scores` show it."""
    if not result:
        return None
    verdict = str(result.get("verdict") or "").lower() or None
    if verdict == "error":
        detail = result.get("error_message") or result.get("evidence") or result.get("raw_value") or result
        return {"status": "FAILED", "error": detail}
    if result.get("raw_value") is not None:
        return result["raw_value"]
    if isinstance(result.get("score"), (int, float)):
        return result["score"]
    if verdict == "pass":
        return True
    if verdict in ("fail", "warn"):
        return False
    return dict(result)


def row_scores(row: Mapping[str, Any] | None, steps: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """Scores by scorer title from one row's scorecard breakdown."""
    results = (row or {}).get("step_results") or {}
    if not isinstance(results, dict):
        results = {}
    scores: dict[str, Any] = {}
    for step in steps:
        if step.get("id") is not None and step.get("title") is not None:
            scores[str(step["title"])] = step_score(results.get(str(step["id"])))
    for step in steps:
        title = step.get("title")
        if title is not None and str(title) not in scores and str(title) in results:
            scores[str(title)] = step_score(results.get(str(title)))
    return scores


def overall_score(payload: Mapping[str, Any] | None) -> float | None:
    """The sheet's overall score from a scorecard read (the latest calculation's aggregate)."""
    if not payload:
        return None
    aggregate = (payload.get("latest_calculation") or {}).get("aggregate_score")
    if isinstance(aggregate, (int, float)) and not isinstance(aggregate, bool):
        return float(aggregate)
    partial = (payload.get("progress") or {}).get("partial_score")
    if isinstance(partial, (int, float)) and not isinstance(partial, bool):
        return float(partial)
    return None


def _unwrap(value: Any) -> Any:
    while isinstance(value, dict) and set(value) == {"value"} and value["value"] is not value:
        value = value["value"]
    return value


def _assertions(value: Any) -> list[Any]:
    """The pass/fail verdicts inside an LLM assertion's value (one or several assertions)."""
    value = _unwrap(value)
    if isinstance(value, bool):
        return [value]
    if not isinstance(value, dict):
        return []
    if "value" in value and set(value) <= {"value", "reasoning", "explanation", "citation"}:
        return [value.get("value")]
    return [
        entry if isinstance(entry, bool) else entry.get("value")
        for entry in value.values()
        if isinstance(entry, bool) or (isinstance(entry, dict) and "value" in entry)
    ]


def score_failed(value: Any) -> bool:
    """Whether a scorer's value for a row counts as a failure."""
    if value is False or (isinstance(value, (int, float)) and value == 0):
        return True
    if isinstance(value, dict):
        if value.get("status") == "FAILED":
            return True
        if isinstance(value.get("comparison_result"), bool):
            return value["comparison_result"] is False
    return any(verdict is False for verdict in _assertions(value))


def case_failed(case: Mapping[str, Any]) -> bool:
    return case.get("error") is not None or any(score_failed(v) for v in (case.get("scores") or {}).values())


def score_cards(cases: Sequence[Mapping[str, Any]]) -> list[EvalScoreCard]:
    """Pass counts and rates per scorer, in the order scorers first appear."""
    totals: dict[str, list[int]] = {}
    for case in cases:
        for title, value in (case.get("scores") or {}).items():
            counts = totals.setdefault(title, [0, 0])
            counts[1] += 1
            counts[0] += 0 if score_failed(value) else 1
    return [
        {"scorer": title, "passed": passed, "total": total, "pass_rate": passed / total if total else 0.0}
        for title, (passed, total) in totals.items()
    ]


def case_result(case: Case, scores: dict[str, Any], metrics: Mapping[str, float | None]) -> EvalCaseResult:
    result: dict[str, Any] = {
        "input": case.input,
        "expected": case.expected,
        "output": case.output,
        "scores": scores,
        "price": metrics.get("price"),
        "latency": metrics.get("latency"),
        "trace_id": case.trace_id or None,
        "span_id": case.span_id or None,
        "row_index": case.row_index,
    }
    if case.error is not None:
        result["error"] = case.error
    return cast(EvalCaseResult, result)


def row_metrics(
    rows: Sequence[Mapping[str, Any]], columns: Sequence[Column]
) -> dict[int, dict[str, float | None]]:
    """Price and latency per row index, from the sheet's execution metadata columns."""
    titled = by_title(columns)
    price, latency = titled.get("Trace.price"), titled.get("Trace.latency")
    metrics: dict[int, dict[str, float | None]] = {}
    for row in rows:
        if row.get("row_index") is None:
            continue
        cells = row.get("cells") or {}

        def number(column: Column | None, cells: Mapping[str, Any] = cells) -> float | None:
            if column is None:
                return None
            value = cell_value(cells.get(str(column["id"])))
            if isinstance(value, bool):
                return None
            try:
                return float(value) if isinstance(value, (int, float, str)) and str(value).strip() else None
            except ValueError:
                return None

        metrics[int(row["row_index"])] = {"price": number(price), "latency": number(latency)}
    return metrics


def dashboard_url(base_url: str, table: Mapping[str, Any], sheet: Mapping[str, Any]) -> str | None:
    """The dashboard page of the experiment sheet."""
    if table.get("workspace_id") is None or table.get("id") is None:
        return None
    override = os.environ.get(DASHBOARD_URL_ENV, "").strip()
    if override:
        origin = override.rstrip("/")
    else:
        parts = urlsplit(base_url.strip() or "https://api.promptlayer.com")
        host = (parts.hostname or "").lower()
        scheme = parts.scheme or "https"
        if host in DASHBOARD_HOSTS:
            origin = f"{scheme}://{DASHBOARD_HOSTS[host]}"
        elif host in ("localhost", "127.0.0.1"):
            origin = "http://localhost:3000"
        elif host.startswith("api."):
            origin = f"{scheme}://dashboard.{host[4:]}"
        else:
            origin = DEFAULT_DASHBOARD
    url = f"{origin}/workspace/{table['workspace_id']}/smart-tables/{table['id']}"
    return url if sheet.get("id") is None else f"{url}?sheet={sheet['id']}"


def eval_result(
    spec: EvalSpec,
    table: Mapping[str, Any],
    sheet: Mapping[str, Any],
    cases: list[EvalCaseResult],
    url: str | None,
) -> EvalResult:
    result: EvalResult = {
        "name": spec.name,
        "table_id": table["id"],
        "sheet_id": sheet["id"],
        "failed_row_indices": _row_indices(cases, case_failed),
        "score_cards": score_cards(cases),
        "total_rows": len(cases),
        "results": cases,
    }
    if url:
        result["url"] = url
    return result


def _row_indices(cases: Sequence[EvalCaseResult], chosen: Callable[[EvalCaseResult], bool]) -> list[int]:
    """The row indices of the cases `chosen` picks (cases without a row left out)."""
    return [row for case in cases if (row := case.get("row_index")) is not None and chosen(case)]


def verdict(spec: EvalSpec, score: Mapping[str, Any], result: EvalResult) -> None:
    """Raise EvaluationFailedError when a scorer failed to run on some row, a case's runner
    failed, or the overall score misses `passing_score`."""
    failed_cells = _row_indices(
        result["results"],
        lambda case: any(
            isinstance(v, dict) and v.get("status") == "FAILED" for v in (case.get("scores") or {}).values()
        ),
    )
    errors = [case for case in result["results"] if case.get("error") is not None]
    inspect = ["", f"Inspect the sheet: {result['url']}"] if result.get("url") else []
    if failed_cells:
        header = f"Evaluation {spec.name!r} failed: one or more scorecard evaluators failed to execute"
        raise EvaluationFailedError(
            "\n".join([header, *inspect]),
            score=score,
            passing_score=spec.passing_score,
            result=result,
            failing_row_indices=failed_cells,
        )
    if errors:
        total = len(result["results"])
        header = f"Evaluation {spec.name!r} failed: the runner failed on {len(errors)} of {total} cases"
        first = f"first failure: {errors[0]['error']}"  # type: ignore[typeddict-item]
        raise EvaluationFailedError(
            "\n".join([header, first, *inspect]),
            score=score,
            passing_score=spec.passing_score,
            result=result,
            failing_row_indices=_row_indices(errors, lambda case: True),
        )
    if spec.passing_score is None:
        return
    overall = score.get("aggregate_score")
    if isinstance(overall, (int, float)) and overall >= spec.passing_score:
        return
    if overall is None:
        header = (
            f"Evaluation {spec.name!r} failed: overall score is missing (passing score {spec.passing_score})"
        )
    else:
        header = (
            f"Evaluation {spec.name!r} failed: overall score {overall} "
            f"is below passing score {spec.passing_score}"
        )
    raise EvaluationFailedError(
        "\n".join([header, *inspect]),
        score=score,
        passing_score=spec.passing_score,
        result=result,
        failing_row_indices=result["failed_row_indices"],
    )
