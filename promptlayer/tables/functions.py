"""The official SDK's module-level table functions, with its signatures: `(api_key, base_url,
throw_on_error, ...)` first, each with its `a...` async twin.

Each builds a short-lived client with those three settings, runs one flow of the cores (the
same flow `pl.tables` runs) and closes the client. With a client at hand, prefer its methods:
they reuse its connections. Every pair is defined once, by the flow it runs (`_pair`); these
functions sit above the clients (they make one), so they import `client.py`, only inside the
functions, so importing this module stays cheap.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from .core import SheetCore, SheetsCore, TablesCore
from .scorecards import ScorecardsCore

if TYPE_CHECKING:
    from .._transport.flow import Flow
    from .._transport.retry import RetryPolicy
    from ..types.table import (
        AddTraceImport,
        AddTraceImportResponse,
        ResourceId,
        Sheet,
        SheetStatusCountsResponse,
        Table,
    )

P = ParamSpec("P")
T = TypeVar("T")
Define = Callable[["RetryPolicy"], "Flow[T]"]
_SETTINGS = [
    inspect.Parameter(name, inspect.Parameter.POSITIONAL_OR_KEYWORD, annotation=kind)
    for name, kind in (("api_key", "str"), ("base_url", "str"), ("throw_on_error", "bool"))
]


def _pair(
    name: str, define: Callable[P, Define[T]]
) -> tuple[
    Callable[Concatenate[str, str, bool, P], T | None],
    Callable[Concatenate[str, str, bool, P], Coroutine[Any, Any, T | None]],
]:
    """`name` and `a<name>`: the call `define(*args)` describes, on a short-lived sync or async
    client; both take `define`'s parameters after the three settings, and its docstring."""

    def run(
        api_key: str, base_url: str, throw_on_error: bool, /, *args: P.args, **kwargs: P.kwargs
    ) -> T | None:
        from ..client import PromptLayer, context_of

        with PromptLayer(api_key=api_key, base_url=base_url, throw_on_error=throw_on_error) as client:
            context = context_of(client)
            return context.run(define(*args, **kwargs)(context.policy))

    async def arun(
        api_key: str, base_url: str, throw_on_error: bool, /, *args: P.args, **kwargs: P.kwargs
    ) -> T | None:
        from ..client import AsyncPromptLayer, context_of

        async with AsyncPromptLayer(
            api_key=api_key, base_url=base_url, throw_on_error=throw_on_error
        ) as client:
            context = context_of(client)
            return await context.run(define(*args, **kwargs)(context.policy))

    signature = inspect.signature(define)
    public = signature.replace(parameters=[*_SETTINGS, *signature.parameters.values()])
    for function, called in ((run, name), (arun, f"a{name}")):
        function.__name__ = function.__qualname__ = called
        function.__doc__ = define.__doc__
        setattr(function, "__signature__", public)  # noqa: B010  (what help() and inspect show)
    return run, arun


def _scorecard(
    method: Callable[Concatenate[ScorecardsCore, P], Flow[T]], *, options_as: str = "options"
) -> Callable[P, Define[T]]:
    """A scorecard call: the ScorecardsCore method's own parameters, docstring and flow. The
    official functions name some methods' `options` parameter `body` (`options_as`)."""

    def define(*args: Any, **kwargs: Any) -> Define[T]:
        if options_as in kwargs:
            kwargs["options"] = kwargs.pop(options_as)
        return lambda policy: method(ScorecardsCore(policy), *args, **kwargs)

    define.__doc__ = method.__doc__
    parameters = list(inspect.signature(method).parameters.values())[1:]
    renamed = [p.replace(name=options_as) if p.name == "options" else p for p in parameters]
    setattr(define, "__signature__", inspect.signature(method).replace(parameters=renamed))  # noqa: B010
    return define


def _upsert_table_by_title(title: str, folder_id: int | None = None) -> Define[Table]:
    """The live table titled exactly `title` (in `folder_id`), created when there is none."""
    return lambda policy: TablesCore(policy).upsert_table_by_title(title, folder_id)


def _ensure_default_sheet(table_id: ResourceId) -> Define[Sheet]:
    """The table's first sheet, or a new blank "Sheet 1" when it has none."""
    return lambda policy: SheetsCore(policy, table_id).ensure_default_sheet()


def _get_sheet_status_counts(table_id: ResourceId, sheet_id: ResourceId) -> Define[SheetStatusCountsResponse]:
    """How many of the sheet's cells are in each computation status."""
    return lambda policy: SheetCore(policy, table_id, sheet_id).status_counts()


def _add_trace_import(body: AddTraceImport) -> Define[AddTraceImportResponse]:
    """Add a trace (or one span's subtree) as a row of a sheet."""
    return lambda policy: TablesCore(policy).add_trace(body)


upsert_table_by_title, aupsert_table_by_title = _pair("upsert_table_by_title", _upsert_table_by_title)
ensure_default_sheet, aensure_default_sheet = _pair("ensure_default_sheet", _ensure_default_sheet)
get_sheet_status_counts, aget_sheet_status_counts = _pair("get_sheet_status_counts", _get_sheet_status_counts)
add_trace_import, aadd_trace_import = _pair("add_trace_import", _add_trace_import)
get_scorecard, aget_scorecard = _pair("get_scorecard", _scorecard(ScorecardsCore.get))
configure_scorecard, aconfigure_scorecard = _pair("configure_scorecard", _scorecard(ScorecardsCore.configure))
delete_scorecard, adelete_scorecard = _pair("delete_scorecard", _scorecard(ScorecardsCore.delete))
migrate_legacy_score, amigrate_legacy_score = _pair(
    "migrate_legacy_score", _scorecard(ScorecardsCore.migrate_legacy_score, options_as="body")
)
recalculate_scorecard, arecalculate_scorecard = _pair(
    "recalculate_scorecard", _scorecard(ScorecardsCore.recalculate, options_as="body")
)
cancel_scorecard_calculation, acancel_scorecard_calculation = _pair(
    "cancel_scorecard_calculation", _scorecard(ScorecardsCore.cancel, options_as="body")
)
get_scorecard_calculation, aget_scorecard_calculation = _pair(
    "get_scorecard_calculation", _scorecard(ScorecardsCore.get_calculation)
)
list_scorecard_rows, alist_scorecard_rows = _pair("list_scorecard_rows", _scorecard(ScorecardsCore.list_rows))
get_scorecard_row, aget_scorecard_row = _pair("get_scorecard_row", _scorecard(ScorecardsCore.get_row))
