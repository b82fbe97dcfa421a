"""Evaluations written against the official SDK's public API, run unchanged by both SDKs.

Each example takes the `promptlayer` package it runs under (ours, or the official 1.5.16 in
scripts/record_official_evals.py) and calls its `evaluate` / `aevaluate` with the key and URL
of the environment (the local server's). This module imports neither package, so the same
source runs under both. What each run leaves in PromptLayer is compared in test_records.py.
"""

from __future__ import annotations

import asyncio
from typing import Any

CAPITALS = [
    {"input": {"country": "France"}, "expected": "Paris"},
    {"input": {"country": "Japan"}, "expected": "Tokyo"},
    {"input": {"country": "Peru"}, "expected": "Lima"},
]
KNOWN = {"France": "Paris", "Japan": "Tokyo"}


def capital(case_input: dict[str, Any]) -> str:
    return f"The capital is {KNOWN.get(case_input['country'], 'unknown')}."


def quickstart(pl: Any) -> Any:
    """A list dataset, a runner, built-in scorers and a passing score."""
    return pl.evaluate(
        "capitals",
        dataset=CAPITALS,
        runner=capital,
        scorers=[
            pl.contains_scorer(expected_column="expected"),
            pl.regex_scorer(regex_pattern=r"^The capital is [A-Z]\w+\.$"),
        ],
        passing_score=0.5,
    )


def dataset_fields(pl: Any) -> Any:
    """Extra case fields become TEXT columns; scorer options (weight, thresholds, required)."""
    cases = [
        {"input": "ping", "expected": "pong", "language": "en", "difficulty": 1},
        {"input": "hola", "expected": "adios", "language": "es", "difficulty": 2},
    ]
    return pl.evaluate(
        "replies",
        dataset=cases,
        runner=lambda text: {"ping": "pong"}.get(text, "?"),
        scorers=[
            pl.compare_scorer(expected_column="expected", weight=2, required=True),
            pl.count_scorer(min_count=1, max_count=10, pass_threshold=0.9, failure_threshold=0.5),
            pl.contains_scorer("Has o", expected="o"),
        ],
        experiment_name="baseline",
        max_concurrency=2,
    )


def code_scorer(pl: Any) -> Any:
    """A Python function as a scorer: it runs on PromptLayer as CODE_EXECUTION."""

    def exact(output, expected):  # type: ignore[no-untyped-def]
        return output == expected

    return pl.evaluate(
        "exact-capitals",
        dataset=CAPITALS,
        runner=lambda case_input: KNOWN.get(case_input["country"], "?"),
        scorers=[pl.scorer_from_function(exact, title="Exact")],
        passing_score=0.5,
    )


def _twice_args(pl: Any, runner: Any) -> dict[str, Any]:
    return {
        "dataset": CAPITALS,
        "runner": runner,
        "scorers": [pl.contains_scorer(expected_column="expected")],
        "max_concurrency": 3,
    }


def twice_sync(pl: Any) -> Any:
    """Two runs into one table: two experiment sheets."""
    return [pl.evaluate("twice-capitals", **_twice_args(pl, capital)) for _ in range(2)]


def twice_async(pl: Any) -> Any:
    """`twice_sync` with `aevaluate` and an async runner: the same records."""

    async def slow_capital(case_input: dict[str, Any]) -> str:
        await asyncio.sleep(0.01)
        return capital(case_input)

    async def both() -> list[Any]:
        return [await pl.aevaluate("twice-capitals", **_twice_args(pl, slow_capital)) for _ in range(2)]

    return asyncio.run(both())


def failing(pl: Any) -> Any:
    """An overall score under passing_score raises EvaluationFailedError, rows still written."""
    try:
        pl.evaluate(
            "strict-capitals",
            dataset=CAPITALS,
            runner=capital,
            scorers=[pl.contains_scorer(expected_column="expected")],
            passing_score=0.9,
        )
    except pl.EvaluationFailedError as error:
        # Rows are numbered as cases finish, so the failing rows are named by their input.
        failing = [
            case["input"]
            for case in error.result["results"]
            if case["row_index"] in error.failing_row_indices
        ]
        score = error.score["aggregate_score"]
        return {"raised": type(error).__name__, "score": score, "failing_inputs": failing}
    return {"raised": None}


# Scorer and column calls, good and bad: the payloads (or the error's class) must be the same.
TRACE = {
    "name": "root",
    "children": [{"name": "Tool: search", "start": "1"}, {"name": "Tool: answer", "start": "2"}],
}
SCORER_CALLS: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = [
    ("contains_scorer", (), {"expected": "Paris"}),
    ("contains_scorer", ("Has it",), {"expected_column": "expected", "weight": 2, "required": True}),
    ("contains_scorer", (), {}),
    ("contains_scorer", (), {"expected": "a", "expected_column": "b"}),
    ("contains_scorer", (), {"value": "legacy"}),
    ("contains_scorer", (), {"expected": "x", "case_sensitive": False}),
    ("regex_scorer", (), {"regex_pattern": "^a+$", "thresholds": {"pass": 0.9}}),
    ("regex_scorer", (), {"regex_pattern": " "}),
    ("count_scorer", (), {"min_count": 1, "max_count": 3, "type": "words"}),
    ("count_scorer", (), {}),
    ("count_scorer", (), {"min_count": 4, "max_count": 3}),
    ("count_scorer", (), {"min_count": True}),
    ("compare_scorer", (), {}),
    ("compare_scorer", (), {"expected": {"a": 1}, "comparison_type": "JSON"}),
    (
        "compare_scorer",
        (),
        {"expected_column": "gold", "comparison_type": {"type": "NUMBER", "tolerance": 0.1}},
    ),
    ("compare_scorer", (), {"expected": 1, "expected_column": "gold"}),
    ("compare_scorer", (), {"expected_column": ""}),
    ("assert_valid_scorer", (), {"type": "array", "pass_threshold": 0.7, "failure_threshold": 0.2}),
    ("assert_valid_scorer", (), {"failure_threshold": 0.9, "pass_threshold": 0.5}),
    ("assert_valid_scorer", (), {"weight": 0}),
    ("assert_valid_scorer", (), {"weight": "heavy"}),
    ("assert_valid_scorer", (), {"required": "yes"}),
    ("assert_valid_scorer", (), {"thresholds": {"pass": 2}}),
    ("llm_assertion_scorer", (), {"prompt": "Is it polite?", "variable_mappings": {"q": "input"}}),
    ("llm_assertion_scorer", (), {"prompt_source": "rubric"}),
    ("llm_assertion_scorer", (), {}),
    ("trajectory_scorer", (), {"expected": [["search", "answer"]], "mode": "non_strict", "weight": 3}),
    ("trajectory_scorer", (), {"expected_column": "expected_trace"}),
    ("trajectory_scorer", (), {"expected": []}),
    ("trajectory_scorer", (), {"expected": [["search", ""]]}),
    ("trajectory_scorer", (), {"expected": [["a"]], "mode": "loose"}),
    ("trajectory_scorer", (), {"expected": [["a"]], "accepted_scenarios": []}),
    ("score_trajectory", (TRACE, [["search", "answer"]]), {}),
    ("score_trajectory", (TRACE, {"accepted_scenarios": [{"required_tools": ["answer"]}]}, "non_strict"), {}),
    ("score_trajectory", (TRACE, '[["answer", "search"]]'), {}),
    ("score_trajectory", (TRACE, []), {}),
    ("diagnose_trajectory_failure", (TRACE, [["search"]]), {}),
    ("diagnose_trajectory_failure", (TRACE, [["answer", "search"], ["x"]], "non_strict"), {}),
    ("diagnose_trajectory_failure", (TRACE, [["search", "answer"]]), {}),
    ("diagnose_trajectory_failure", (None, [["a"]]), {}),
    ("diagnose_trajectory_failure", (TRACE, None), {}),
    ("column", ("Judge", "LLM_ASSERTION", {"source": "Output", "prompt": "ok?"}), {}),
    ("column", ("Output", "REGEX"), {}),
    ("column", ("Notes", "TEXT"), {}),
    ("column", ("  ", "REGEX"), {}),
    ("code_execution_column", ("Len",), {"code": "return len(data['Output'])"}),
    ("code_execution_column", ("Len",), {"code": " ", "language": "JAVASCRIPT"}),
]


def scorer_payloads(pl: Any) -> Any:
    """What each scorer or column helper returns, or the class of the error it raises."""
    answers: list[Any] = []
    for name, args, kwargs in SCORER_CALLS:
        try:
            answers.append(getattr(pl, name)(*args, **kwargs))
        except Exception as error:
            answers.append({"raised": type(error).__name__})
    return answers


EXAMPLES = {
    "quickstart": quickstart,
    "dataset_fields": dataset_fields,
    "code_scorer": code_scorer,
    "twice_sync": twice_sync,
    "twice_async": twice_async,
    "failing": failing,
    "scorer_payloads": scorer_payloads,
}
# Where the official SDK cannot run an example (its aevaluate sends a DELETE with a JSON body,
# which httpx's AsyncClient.delete refuses, on every new table), its records are those of the
# sync example that does the same.
SAME_RECORDS_AS = {"twice_async": "twice_sync"}
