"""The predefined scorers: each returns the scorecard column a PromptLayer evaluation step runs.

A scorer is data, not code: `contains_scorer(expected="Paris")` is a CONTAINS column whose
config the server evaluates on every row, and whose weight, `required` flag and pass/warn
thresholds become the scorecard step's. The payloads are the official SDK's, so suites written
for it configure the same scorecards. `score_trajectory` and `diagnose_trajectory_failure`
score a trace locally, for tests of a trajectory before it is uploaded.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, Literal

from promptlayer._validate import text
from promptlayer.errors import PromptLayerValidationError
from promptlayer.types.table import ColumnTypeValue, EvalScorerColumn

from . import titles
from .columns import column

__all__ = [
    "TrajectoryMode",
    "assert_valid_scorer",
    "compare_scorer",
    "contains_scorer",
    "count_scorer",
    "diagnose_trajectory_failure",
    "llm_assertion_scorer",
    "regex_scorer",
    "score_trajectory",
    "trajectory_scorer",
]

TrajectoryMode = Literal["strict", "non_strict"]
TRAJECTORY_MODES: tuple[TrajectoryMode, ...] = ("strict", "non_strict")
# Keyword arguments that configure the scorecard step rather than the scorer's column.
STEP_OPTIONS = frozenset({"weight", "failure_threshold", "pass_threshold", "required", "thresholds"})
DEFAULT_PASS = 0.8
DEFAULT_WARN = 0.6
TOOL_SPAN_PREFIX = "Tool:"
_UNSET: Any = object()


def contains_scorer(
    title: str = "Contains",
    *,
    source_column: str = titles.OUTPUT,
    expected: str | None = None,
    expected_column: str | None = None,
    **settings: Any,
) -> EvalScorerColumn:
    """Pass when the source cell contains `expected`, or the value of `expected_column`."""
    name = "contains_scorer"
    _refuse_legacy(settings, name, "source", "value", "value_source")
    _one_of(name, expected=expected is not None, expected_column=expected_column is not None)
    config: dict[str, Any] = {"source": text(source_column, f"{name} source_column")}
    if expected is not None:
        config["value"] = expected
    if expected_column is not None:
        config["value_source"] = text(expected_column, f"{name} expected_column")
    return _scorer(title, "CONTAINS", name, config, settings)


def regex_scorer(
    title: str = "Regex",
    *,
    source_column: str = titles.OUTPUT,
    regex_pattern: str,
    **settings: Any,
) -> EvalScorerColumn:
    """Pass when the source cell matches `regex_pattern`."""
    name = "regex_scorer"
    _refuse_legacy(settings, name, "source")
    config = {
        "source": text(source_column, f"{name} source_column"),
        "regex_pattern": text(regex_pattern, f"{name} regex_pattern"),
    }
    return _scorer(title, "REGEX", name, config, settings)


def count_scorer(
    title: str = "Count",
    *,
    source_column: str = titles.OUTPUT,
    type: str = "chars",
    min_count: int | None = None,
    max_count: int | None = None,
    **settings: Any,
) -> EvalScorerColumn:
    """Pass when the source cell's count of `type` (chars, words, sentences...) is within bounds."""
    name = "count_scorer"
    _refuse_legacy(settings, name, "source")
    if min_count is None and max_count is None:
        raise PromptLayerValidationError(f"{name} needs min_count, max_count or both")
    for label, bound in (("min_count", min_count), ("max_count", max_count)):
        if bound is not None and (not isinstance(bound, int) or isinstance(bound, bool) or bound < 0):
            raise PromptLayerValidationError(f"{name} {label} must be a non-negative integer, got {bound!r}")
    if min_count is not None and max_count is not None and min_count > max_count:
        raise PromptLayerValidationError(f"{name} min_count ({min_count}) exceeds max_count ({max_count})")
    config: dict[str, Any] = {
        "source": text(source_column, f"{name} source_column"),
        "type": text(type, f"{name} type"),
    }
    if min_count is not None:
        config["min_count"] = min_count
    if max_count is not None:
        config["max_count"] = max_count
    return _scorer(title, "COUNT", name, config, settings)


def compare_scorer(
    title: str = "Compare",
    *,
    source_column: str = titles.OUTPUT,
    expected: Any = _UNSET,
    expected_column: str | None = None,
    comparison_type: dict[str, Any] | str | None = None,
    **settings: Any,
) -> EvalScorerColumn:
    """Pass when the source cell equals `expected` (or the `expected_column`, by default `expected`).

    `comparison_type` is the server's comparison: "STRING" (the default), "JSON", ... or a dict
    with its options.
    """
    name = "compare_scorer"
    _refuse_legacy(settings, name, "source", "value_source")
    if expected is not _UNSET and expected_column is not None:
        raise PromptLayerValidationError(f"{name} takes expected or expected_column, not both")
    sources = [text(source_column, f"{name} source_column")]
    if expected is _UNSET:
        column_title = titles.EXPECTED if expected_column is None else expected_column
        sources.append(text(column_title, f"{name} expected_column"))
    if comparison_type is None:
        comparison: dict[str, Any] | str = {"type": "STRING"}
    elif isinstance(comparison_type, str):
        comparison = {"type": comparison_type}
    else:
        comparison = comparison_type
    config: dict[str, Any] = {"sources": sources, "comparison_type": comparison}
    if expected is not _UNSET:
        config["target"] = expected
    return _scorer(title, "COMPARE", name, config, settings)


def assert_valid_scorer(
    title: str = "Assert valid",
    *,
    source_column: str = titles.OUTPUT,
    type: str = "object",
    **settings: Any,
) -> EvalScorerColumn:
    """Pass when the source cell parses as `type` (object, array, number, ...)."""
    name = "assert_valid_scorer"
    _refuse_legacy(settings, name, "source")
    config = {"source": text(source_column, f"{name} source_column"), "type": text(type, f"{name} type")}
    return _scorer(title, "ASSERT_VALID", name, config, settings)


def llm_assertion_scorer(
    title: str = "LLM assertion",
    *,
    source_column: str = titles.OUTPUT,
    prompt: str | None = None,
    prompt_source: str | None = None,
    variable_mappings: dict[str, str] | None = None,
    **settings: Any,
) -> EvalScorerColumn:
    """Ask an LLM whether the source cell satisfies `prompt` (or the prompt in `prompt_source`)."""
    name = "llm_assertion_scorer"
    _refuse_legacy(settings, name, "source")
    if prompt is None and prompt_source is None:
        raise PromptLayerValidationError(f"{name} needs prompt or prompt_source")
    config: dict[str, Any] = {"source": text(source_column, f"{name} source_column")}
    if prompt is not None:
        config["prompt"] = prompt
    if prompt_source is not None:
        config["prompt_source"] = prompt_source
    if variable_mappings is not None:
        config["variable_mappings"] = variable_mappings
    return _scorer(title, "LLM_ASSERTION", name, config, settings)


def trajectory_scorer(
    *,
    expected: list[list[str]] | None = None,
    expected_column: str | None = None,
    source_column: str = titles.TRACE,
    mode: TrajectoryMode = "strict",
    title: str = "Trajectory",
    weight: float | None = None,
    failure_threshold: float | None = None,
    pass_threshold: float | None = None,
    required: bool | None = None,
    thresholds: dict[str, float] | None = None,
    **settings: Any,
) -> EvalScorerColumn:
    """Pass when the trace's tool calls follow one of the accepted scenarios.

    `expected` lists the scenarios (each a list of tool names); `expected_column` names a
    column holding them per row. "strict" wants exactly those tools in that order;
    "non_strict" wants them in that order, with any others between.
    """
    name = "trajectory_scorer"
    _refuse_legacy(settings, name, "accepted_scenarios", "value_source", "source")
    _one_of(name, expected=expected is not None, expected_column=expected_column is not None)
    if mode not in TRAJECTORY_MODES:
        raise PromptLayerValidationError(f"{name} mode must be 'strict' or 'non_strict', got {mode!r}")
    config: dict[str, Any] = {
        "trace_source": text(source_column, f"{name} source_column"),
        **settings,
        "mode": mode,
    }
    if expected is not None:
        config["accepted_scenarios"] = _scenarios(expected, name)
    else:
        config["expected_source"] = text(expected_column, f"{name} expected_column")
    step = {
        "weight": weight,
        "failure_threshold": failure_threshold,
        "pass_threshold": pass_threshold,
        "required": required,
        "thresholds": thresholds,
    }
    return _with_step_options(column(text(title, f"{name} title"), "TRAJECTORY", config), step)


def score_trajectory(
    trace: Any, expected: dict[str, Any] | list[list[str]] | str, mode: TrajectoryMode = "strict"
) -> bool:
    """Whether `trace` (a Trace cell: span tree, or its JSON) satisfies one accepted scenario.

    `expected` is a list of tool-name lists, or {"accepted_scenarios": [...]} whose items are
    lists or {"required_tools": [...]}, as a value or as JSON.
    """
    scenarios = parse_scenarios(expected)
    if not scenarios:
        raise PromptLayerValidationError(
            "a trajectory's expected value must be a non-empty list of tool-name lists, or "
            "{'accepted_scenarios': [...]} whose scenarios are such lists or {'required_tools': [...]}"
        )
    actual = tool_names(trace)
    return any(_follows(actual, scenario, mode) for scenario in scenarios)


def diagnose_trajectory_failure(trace: Any, expected: Any, mode: TrajectoryMode = "strict") -> str | None:
    """Why `trace` fails the trajectory, or None when it passes."""
    if expected is None:
        return "expected is missing or not a dict"
    scenarios = parse_scenarios(expected)
    if not scenarios:
        return "expected tools could not be parsed from source"
    if trace is None:
        return "trace is missing or not a dict"
    actual = tool_names(trace)
    if any(_follows(actual, scenario, mode) for scenario in scenarios):
        return None

    def reason(scenario: list[str]) -> str:
        if mode == "strict":
            return f"expected tools {scenario} but observed {actual}"
        return f"required tool order {scenario} not satisfied by observed tools {actual}"

    if len(scenarios) == 1:
        return reason(scenarios[0])
    return "; ".join(f"scenario {number}: {reason(s)}" for number, s in enumerate(scenarios, 1))


def parse_scenarios(raw: Any) -> list[list[str]] | None:
    """The accepted tool-name scenarios in a value or JSON text, or None when malformed."""
    if isinstance(raw, str):
        try:
            raw = json.loads(raw)
        except ValueError:
            return None
    scenarios = raw.get("accepted_scenarios") if isinstance(raw, dict) else raw
    if not isinstance(scenarios, list) or not scenarios:
        return None
    parsed: list[list[str]] = []
    for scenario in scenarios:
        if isinstance(scenario, dict):
            scenario = scenario.get("required_tools")
        if not isinstance(scenario, list):
            return None
        names = [item.strip() if isinstance(item, str) else "" for item in scenario]
        if not all(names):
            return None
        parsed.append(names)
    return parsed


def tool_names(trace: Any) -> list[str]:
    """The tools a trace called, in start order: spans named "Tool: <name>"."""
    if isinstance(trace, str):
        try:
            trace = json.loads(trace)
        except ValueError:
            return []
    if not isinstance(trace, dict):
        return []
    spans: list[dict[str, Any]] = []
    pending = [trace]
    while pending:
        span = pending.pop()
        spans.append(span)
        children = span.get("children")
        if isinstance(children, list):
            pending.extend(child for child in children if isinstance(child, dict))
    spans.sort(key=lambda span: (str(span.get("start") or ""), str(span.get("span_id") or "")))
    names = []
    for span in spans:
        name = span.get("name")
        if isinstance(name, str) and name.startswith(TOOL_SPAN_PREFIX):
            names.append(name[len(TOOL_SPAN_PREFIX) :].strip())
    return names


def _follows(actual: list[str], scenario: list[str], mode: TrajectoryMode) -> bool:
    if not scenario:
        return not actual
    if mode == "strict":
        return actual == scenario
    remaining = iter(actual)
    return all(any(name == tool for name in remaining) for tool in scenario)


def _scenarios(expected: Any, name: str) -> list[list[str]]:
    if not isinstance(expected, list) or not expected:
        raise PromptLayerValidationError(f"{name} expected must be a non-empty list of scenarios")
    for scenario in expected:
        if not isinstance(scenario, list):
            raise PromptLayerValidationError(f"{name} expected must hold lists of tool names")
        for tool in scenario:
            text(tool, f"{name} expected tool name")
    return [list(scenario) for scenario in expected]


def _scorer(
    title: str, kind: ColumnTypeValue, name: str, config: dict[str, Any], settings: dict[str, Any]
) -> EvalScorerColumn:
    """The column of kind `kind`: extra settings join its config, step options go on the step."""
    step = {key: value for key, value in settings.items() if key in STEP_OPTIONS}
    config.update((key, value) for key, value in settings.items() if key not in STEP_OPTIONS)
    return _with_step_options(column(text(title, f"{name} title"), kind, config), step)


def _with_step_options(payload: EvalScorerColumn, options: Mapping[str, Any]) -> EvalScorerColumn:
    """Weight, `required` and pass/warn thresholds (from `thresholds` or the two shorthands)."""
    weight = options.get("weight")
    if weight is not None:
        number = _number(weight, "weight")
        if number <= 0:
            raise PromptLayerValidationError(f"weight must be a positive number, got {weight!r}")
        payload["weight"] = number
    required = options.get("required")
    if required is not None:
        if not isinstance(required, bool):
            raise PromptLayerValidationError(f"required must be a boolean, got {required!r}")
        payload["required"] = required
    thresholds = options.get("thresholds")
    passing, failing = options.get("pass_threshold"), options.get("failure_threshold")
    if thresholds is not None:
        if not isinstance(thresholds, dict):
            raise PromptLayerValidationError("thresholds must be a dict with 'pass' and 'warn' values")
        resolved = {
            "pass": _fraction(thresholds.get("pass", DEFAULT_PASS), "thresholds.pass"),
            "warn": _fraction(thresholds.get("warn", DEFAULT_WARN), "thresholds.warn"),
        }
    elif passing is not None or failing is not None:
        resolved = {
            "pass": _fraction(DEFAULT_PASS if passing is None else passing, "pass_threshold"),
            "warn": _fraction(DEFAULT_WARN if failing is None else failing, "failure_threshold"),
        }
    else:
        return payload
    if resolved["warn"] > resolved["pass"]:
        raise PromptLayerValidationError(
            f"failure_threshold ({resolved['warn']}) cannot be above pass_threshold ({resolved['pass']})"
        )
    payload["thresholds"] = resolved
    return payload


def _number(value: Any, label: str) -> float:
    if isinstance(value, bool):
        raise PromptLayerValidationError(f"{label} must be a number, got {value!r}")
    try:
        return float(value)
    except (TypeError, ValueError):
        raise PromptLayerValidationError(f"{label} must be a number, got {value!r}") from None


def _fraction(value: Any, label: str) -> float:
    number = _number(value, label)
    if not 0 <= number <= 1:
        raise PromptLayerValidationError(f"{label} must be between 0 and 1, got {value!r}")
    return number


def _one_of(name: str, **present: bool) -> None:
    if sum(present.values()) != 1:
        raise PromptLayerValidationError(f"{name} needs exactly one of {' or '.join(present)}")


def _refuse_legacy(settings: Mapping[str, Any], name: str, *legacy: str) -> None:
    used = [key for key in legacy if key in settings]
    if used:
        raise PromptLayerValidationError(f"{name} no longer takes {', '.join(used)}: see its docstring")
