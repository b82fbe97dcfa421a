"""Evaluations: run a dataset through your code, score it on PromptLayer, gate CI on the score."""

from __future__ import annotations

from ..types.table import ColumnType
from .columns import code_execution_column, column, scorer_from_function
from .functions import aevaluate, evaluate
from .runner import AsyncEvalManager, EvalManager
from .scorers import (
    TrajectoryMode,
    assert_valid_scorer,
    compare_scorer,
    contains_scorer,
    count_scorer,
    diagnose_trajectory_failure,
    llm_assertion_scorer,
    regex_scorer,
    score_trajectory,
    trajectory_scorer,
)

__all__ = [
    "AsyncEvalManager",
    "ColumnType",
    "EvalManager",
    "TrajectoryMode",
    "aevaluate",
    "assert_valid_scorer",
    "code_execution_column",
    "column",
    "compare_scorer",
    "contains_scorer",
    "count_scorer",
    "diagnose_trajectory_failure",
    "evaluate",
    "llm_assertion_scorer",
    "regex_scorer",
    "score_trajectory",
    "scorer_from_function",
    "trajectory_scorer",
]
