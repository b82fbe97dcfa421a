"""`evaluate` / `aevaluate`: the official SDK's module-level entry points.

Each makes a short-lived client from `api_key` / `base_url` (else PROMPTLAYER_API_KEY /
PROMPTLAYER_BASE_URL), with tracing on so the runner's spans reach PromptLayer, runs the
evaluation through `pl.evals` and closes the client, spans delivered.
"""

from __future__ import annotations

from typing import Any

from ..client import AsyncPromptLayer, PromptLayer
from ..types.table import EvalDataset, EvalResult, ResourceId
from .plan import EvalSpec
from .runner import spec_of


def _client_options(api_key: str | None, base_url: str | None) -> dict[str, Any]:
    from ..errors import PromptLayerError
    from ..tracing.export import require_tracing_sdk

    options: dict[str, Any] = {"api_key": api_key, "base_url": base_url}
    try:
        require_tracing_sdk()
        options["enable_tracing"] = True
    except PromptLayerError:
        pass  # the run warns and writes rows without traces
    return options


def _spec(arguments: dict[str, Any]) -> EvalSpec:
    """The evaluation `evaluate`'s arguments describe, checked (the client options left out)."""
    del arguments["api_key"], arguments["base_url"]
    extra = {key: arguments.pop(key) for key in ("case_timeout", "quiet")}
    return spec_of(arguments, **extra)


def evaluate(
    name: str,
    *,
    dataset: EvalDataset,
    runner: Any,
    scorers: list[Any],
    columns: list[Any] | None = None,
    table_id: ResourceId | None = None,
    sheet_id: ResourceId | None = None,
    folder_id: int | None = None,
    experiment_name: str | None = None,
    max_concurrency: int = 1,
    passing_score: float | None = None,
    include_failure_examples: bool = False,
    api_key: str | None = None,
    base_url: str | None = None,
    case_timeout: float | None = None,
    quiet: bool = False,
) -> EvalResult:
    """Run an evaluation into a PromptLayer table and return its EvalResult.

    Each case of `dataset` (a list of {"input", "expected", ...} dicts, or {"table_id",
    "sheet_id"} of an existing table) is passed to `runner` (sync or async), at most
    `max_concurrency` at once; its output and trace become a row of a new experiment sheet of
    the table named `name` (or `table_id`), which `scorers` then score on PromptLayer.

    Raises EvaluationFailedError (with `result` and `failing_row_indices`) when a scorer could
    not run on some row, a runner failed or outlived `case_timeout` seconds, or the overall
    score is below `passing_score` (boolean scorers: a pass rate in [0, 1]). Progress goes to
    stderr (`quiet=True`: nothing).
    """
    spec = _spec(dict(locals()))
    with PromptLayer(**_client_options(api_key, base_url)) as client:
        return client.evals.run_spec(spec)


async def aevaluate(
    name: str,
    *,
    dataset: EvalDataset,
    runner: Any,
    scorers: list[Any],
    columns: list[Any] | None = None,
    table_id: ResourceId | None = None,
    sheet_id: ResourceId | None = None,
    folder_id: int | None = None,
    experiment_name: str | None = None,
    max_concurrency: int = 1,
    passing_score: float | None = None,
    include_failure_examples: bool = False,
    api_key: str | None = None,
    base_url: str | None = None,
    case_timeout: float | None = None,
    quiet: bool = False,
) -> EvalResult:
    """`evaluate`, awaited: async runners run on the event loop, sync ones in threads."""
    spec = _spec(dict(locals()))
    async with AsyncPromptLayer(**_client_options(api_key, base_url)) as client:
        return await client.evals.run_spec(spec)
