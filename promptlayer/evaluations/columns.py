"""Column definitions for an evaluation: plain columns, code columns, and Python scorers.

Nothing here talks to the server: each helper checks its arguments and returns the column dict
the runner later creates on the evaluation's sheet. A Python scorer cannot run on the server
as a function object, so `scorer_from_function` sends its source instead: the body of the
function, run by a CODE_EXECUTION column whose sandbox hands the row to the code as `data`.
"""

from __future__ import annotations

import ast
import inspect
import json
import textwrap
from collections.abc import Callable
from typing import Any, Literal, cast

from promptlayer.errors import PromptLayerValidationError
from promptlayer.types.table import ColumnType, ColumnTypeValue, EvalScorerColumn

from .titles import SCORER_PARAMETER_COLUMNS, is_reserved_eval_column_title

__all__ = ["code_execution_column", "column", "scorer_from_function"]

# What a top-level `return value` becomes: a scorer may return {"score": x} or x itself.
_RETURN_SCORE = """
_result = None
if isinstance(_result, dict) and "score" in _result:
    _result = _result["score"]
return _result
"""


def column(
    title: str,
    type: ColumnType | ColumnTypeValue,
    config: dict[str, Any] | None = None,
) -> EvalScorerColumn:
    """A column of kind `type`; TEXT is refused, as dataset fields make the TEXT columns."""
    if not isinstance(title, str) or not title.strip():
        raise PromptLayerValidationError(f"a column title must be a non-empty string, got {title!r}")
    if is_reserved_eval_column_title(title):
        raise PromptLayerValidationError(
            f"the column title {title!r} belongs to a built-in evaluation column; choose another"
        )
    kind: ColumnTypeValue = type.value if isinstance(type, ColumnType) else type
    if str(kind).upper() == "TEXT":
        raise PromptLayerValidationError(
            "an evaluation column cannot be of type TEXT: TEXT columns come from the dataset's fields "
            "and the built-in input/expected/output columns"
        )
    payload: EvalScorerColumn = {"title": title, "type": kind}
    if config is not None:
        payload["config"] = config
    return payload


def code_execution_column(
    title: str,
    *,
    code: str,
    language: Literal["PYTHON", "JAVASCRIPT"] = "PYTHON",
) -> EvalScorerColumn:
    """A CODE_EXECUTION column running `code` on each row (the row is `data`)."""
    if not isinstance(code, str) or not code.strip():
        raise PromptLayerValidationError("code_execution_column needs non-empty code")
    return column(title, ColumnType.CODE_EXECUTION, {"code": code, "language": language})


def scorer_from_function(fn: Callable[..., Any], *, title: str | None = None) -> EvalScorerColumn:
    """A CODE_EXECUTION column running the body of the sync function `fn` on each row.

    Each parameter is read from the row first (`output` from the Output column, `trace` from
    Trace, any other name from the column of that title); a single `data` parameter is the
    row itself. The column is titled after the function unless `title` is given.
    """
    if not callable(fn):
        raise PromptLayerValidationError(f"scorer_from_function needs a callable, got {fn!r}")
    if inspect.iscoroutinefunction(fn) or inspect.isasyncgenfunction(fn):
        raise PromptLayerValidationError(
            "scorer_from_function cannot use an async function: pass a sync one, or write the code "
            "with code_execution_column(...)"
        )
    name = getattr(fn, "__name__", "") or "scorer"
    if name == "<lambda>":
        raise PromptLayerValidationError(
            "scorer_from_function cannot use a lambda: define a named function, or write the code "
            "with code_execution_column(...)"
        )
    body = _body_code(fn, name)  # first: a callable without source has no signature worth reading
    code = "\n".join([*_parameter_lines(fn), body.rstrip()]) + "\n"
    if title is None:
        title = name.replace("_", " ").strip() or name
    return code_execution_column(title, code=code, language="PYTHON")


def _body_code(fn: Callable[..., Any], name: str) -> str:
    """The function's body as code for the sandbox: docstring dropped, returns unwrapped."""
    try:
        source = textwrap.dedent(inspect.getsource(fn))
    except (OSError, TypeError) as exc:
        raise PromptLayerValidationError(
            f"the source of scorer {name!r} cannot be read: define it with `def` in a .py file, "
            "or write the code with code_execution_column(...)"
        ) from exc
    not_a_function = PromptLayerValidationError(f"scorer {name!r} must be defined with `def` under a name")
    if not source.strip().startswith(("def ", "@")):
        raise not_a_function
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise PromptLayerValidationError(f"the source of scorer {name!r} does not parse") from exc
    definition = next(
        (node for node in tree.body if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)), None
    )
    if definition is None:
        raise not_a_function
    body = definition.body
    if body and _is_docstring(body[0]):
        body = body[1:]
    if not body:
        raise PromptLayerValidationError(f"scorer {name!r} has nothing in its body but a docstring")
    statements: list[ast.stmt] = []
    for statement in body:
        if isinstance(statement, ast.Return):
            statements.extend(_score_return(statement))
        else:
            statements.append(_AliasedLookups().visit(statement))
    return ast.unparse(ast.fix_missing_locations(ast.Module(body=statements, type_ignores=[])))


def _is_docstring(statement: ast.stmt) -> bool:
    return (
        isinstance(statement, ast.Expr)
        and isinstance(statement.value, ast.Constant)
        and isinstance(statement.value.value, str)
    )


def _score_return(statement: ast.Return) -> list[ast.stmt]:
    """`return value` as statements that also accept {"score": x} (the sandbox needs a return)."""
    unwrapped = ast.parse(_RETURN_SCORE).body
    cast(ast.Assign, unwrapped[0]).value = (
        statement.value if statement.value is not None else ast.Constant(value=None)
    )
    return [ast.copy_location(node, statement) for node in unwrapped]


class _AliasedLookups(ast.NodeTransformer):
    """`data["output"]` and `data.get("output")` read the columns the parameters would."""

    def visit_Subscript(self, node: ast.Subscript) -> ast.AST:
        self.generic_visit(node)
        if _is_data(node.value):
            node.slice = _column_key(node.slice)
        return node

    def visit_Call(self, node: ast.Call) -> ast.AST:
        self.generic_visit(node)
        function = node.func
        is_get = isinstance(function, ast.Attribute) and function.attr == "get" and _is_data(function.value)
        if is_get and node.args:
            node.args[0] = _column_key(node.args[0])
        return node


def _is_data(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id == "data"


def _column_key(key: ast.expr) -> ast.expr:
    if isinstance(key, ast.Constant) and isinstance(key.value, str) and key.value in SCORER_PARAMETER_COLUMNS:
        return ast.Constant(value=SCORER_PARAMETER_COLUMNS[key.value])
    return key


def _parameter_lines(fn: Callable[..., Any]) -> list[str]:
    """`name = data.get("Column")` for each named parameter (a lone `data` is the row itself)."""
    names = [
        parameter.name
        for parameter in inspect.signature(fn).parameters.values()
        if parameter.kind not in (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
    ]
    return [
        f"{name} = data.get({json.dumps(SCORER_PARAMETER_COLUMNS.get(name, name))})"
        for name in names
        if name != "data"
    ]
