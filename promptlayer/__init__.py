"""PromptLayer SDK: the `PromptLayer` / `AsyncPromptLayer` clients.

Every request they send takes its method, path, success statuses and resend safety from the
route table generated from openapi.yaml (`_transport/route_table.py`); the generated client,
`promptlayer_api`, is for raw typed access through `pl.api`. Importing this package is cheap:
the clients (and httpx) load on first use, the generated package only when `pl.api` is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__
from .errors import (
    EvaluationFailedError,
    PromptLayerAPIConnectionError,
    PromptLayerAPIError,
    PromptLayerAPIStatusError,
    PromptLayerAPITimeoutError,
    PromptLayerAuthenticationError,
    PromptLayerBadRequestError,
    PromptLayerClientClosedError,
    PromptLayerConflictError,
    PromptLayerError,
    PromptLayerInternalServerError,
    PromptLayerMissingExtraError,
    PromptLayerNotFoundError,
    PromptLayerPermissionDeniedError,
    PromptLayerRateLimitError,
    PromptLayerUnexpectedResponseError,
    PromptLayerUnprocessableEntityError,
    PromptLayerValidationError,
)

if TYPE_CHECKING:
    from .client import AsyncPromptLayer, PromptLayer
    from .evaluations import (
        ColumnType,
        TrajectoryMode,
        aevaluate,
        assert_valid_scorer,
        code_execution_column,
        column,
        compare_scorer,
        contains_scorer,
        count_scorer,
        diagnose_trajectory_failure,
        evaluate,
        llm_assertion_scorer,
        regex_scorer,
        score_trajectory,
        scorer_from_function,
        trajectory_scorer,
    )


# Library logging goes to the "promptlayer" logger with no handler of the SDK's own: an
# application that configures logging decides what it sees; one that does not still sees
# WARNING and above on stderr (Python's last-resort handler), so a failure swallowed by
# throw_on_error=False or a lost background log is never silent. A NullHandler would hide them.

__all__ = [
    "AsyncPromptLayer",
    "ColumnType",
    "EvaluationFailedError",
    "PromptLayer",
    "PromptLayerAPIConnectionError",
    "PromptLayerAPIError",
    "PromptLayerAPIStatusError",
    "PromptLayerAPITimeoutError",
    "PromptLayerAuthenticationError",
    "PromptLayerBadRequestError",
    "PromptLayerClientClosedError",
    "PromptLayerConflictError",
    "PromptLayerError",
    "PromptLayerInternalServerError",
    "PromptLayerMissingExtraError",
    "PromptLayerNotFoundError",
    "PromptLayerPermissionDeniedError",
    "PromptLayerRateLimitError",
    "PromptLayerUnexpectedResponseError",
    "PromptLayerUnprocessableEntityError",
    "PromptLayerValidationError",
    "TrajectoryMode",
    "__version__",
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

_LAZY = {
    "PromptLayer": ".client",
    "AsyncPromptLayer": ".client",
    **dict.fromkeys(
        [
            "evaluate",
            "aevaluate",
            "ColumnType",
            "TrajectoryMode",
            "column",
            "code_execution_column",
            "scorer_from_function",
            "assert_valid_scorer",
            "compare_scorer",
            "contains_scorer",
            "count_scorer",
            "diagnose_trajectory_failure",
            "llm_assertion_scorer",
            "regex_scorer",
            "score_trajectory",
            "trajectory_scorer",
        ],
        ".evaluations",
    ),
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value
