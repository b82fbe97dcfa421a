"""Environment variables of the workspace and of registry tools: secrets that are never read back.

Seed section ``env_vars`` is a list of workspace variables (registry tools live in the
spec-driven store, which has no seed, so tool variables are created through the API)::

    {"key": "OPENAI_API_KEY", "value": "sk-..."}     # value optional: a placeholder without it

Semantics the spec leaves open, as implemented here:
- A value is kept only to describe it: no answer and no snapshot holds it. ``value_suffix``
  shows its last characters, at most four and never all of them (a value of four characters or
  fewer loses its first), so a short secret is not given away whole; a placeholder (no value, or
  an empty one) has ``is_empty`` true and a null suffix.
- Keys are compared exactly (case-sensitive, as environment variables are) and are unique per
  scope: the workspace, or one tool. The same key may exist in both.
- A tool is named by its id or its name in the spec-driven ``tool-registry`` collection. Ids are
  shared by both scopes, and a variable is found only through its own scope (another tool's,
  or the workspace's, answers 404). Lists are in creation order.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from .._types import ApiError, Context, Handler, Request, Response, State, iso_time

WORKSPACE_ID = 1
SUFFIX_LENGTH = 4


@dataclass
class EnvVar:
    id: int
    key: str
    tool_id: int | None  # None: a workspace variable
    created_at: float
    updated_at: float
    value: str = field(repr=False)


def value_suffix(value: str) -> str | None:
    """The last characters of a value, at most four and never all of it; None for no value."""
    if not value:
        return None
    shown = min(SUFFIX_LENGTH, len(value) - 1)
    return value[len(value) - shown :]


class EnvVarStore:
    """Variables by id, of every scope."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.variables: dict[int, EnvVar] = {}

    def seed(self, items: list[dict[str, Any]]) -> None:
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                raise ValueError(f"env_vars[{index}]: must be an object")
            key, value = item.get("key"), item.get("value", "")
            if not isinstance(key, str) or not key or not isinstance(value, str):
                raise ValueError(f"env_vars[{index}]: needs a non-empty 'key' and a string 'value'")
            try:
                self.create(key, value, None, now=time.time())
            except ApiError as exc:
                raise ValueError(f"env_vars[{index}]: {exc.message}") from None

    def in_scope(self, tool_id: int | None) -> list[EnvVar]:
        return [v for v in self.variables.values() if v.tool_id == tool_id]

    def create(self, key: str, value: str, tool_id: int | None, *, now: float) -> EnvVar:
        if any(v.key == key for v in self.in_scope(tool_id)):
            owner = "the workspace" if tool_id is None else f"tool {tool_id}"
            raise ApiError(409, f"{owner} already has an environment variable {key!r}")
        variable = EnvVar(self.state.next_id("env_var"), key, tool_id, now, now, value)
        self.variables[variable.id] = variable
        return variable

    def get(self, var_id: int, tool_id: int | None) -> EnvVar:
        variable = self.variables.get(var_id)
        if variable is None or variable.tool_id != tool_id:
            owner = "workspace" if tool_id is None else f"tool {tool_id}"
            raise ApiError(404, f"No {owner} environment variable {var_id}")
        return variable

    @staticmethod
    def body(variable: EnvVar) -> dict[str, Any]:
        owner = (
            {"workspace_id": WORKSPACE_ID}
            if variable.tool_id is None
            else {"tool_registry_id": variable.tool_id}
        )
        return {
            "id": variable.id,
            "key": variable.key,
            "value_suffix": value_suffix(variable.value),
            "is_empty": not variable.value,
            "created_at": iso_time(variable.created_at),
            "updated_at": iso_time(variable.updated_at),
            **owner,
        }

    def snapshot(self) -> list[dict[str, Any]]:
        return [self.body(v) for v in self.variables.values()]


def _store(ctx: Context) -> EnvVarStore:
    store: EnvVarStore = ctx.state.env_vars
    return store


def _tool(ctx: Context, request: Request) -> int:
    """The id of the registry tool the path names (by id first, then by name); 404 without one."""
    identifier = request.path_params["identifier"]
    tools = ctx.state.resources.records("tool-registry", ())
    tool = next((t for t in tools if str(t.get("id")) == identifier), None) or next(
        (t for t in tools if t.get("name") == identifier), None
    )
    if tool is not None:
        return int(tool["id"])
    raise ApiError(404, f"Registry tool {identifier!r} not found")


def _var_id(request: Request) -> int:
    return int(request.path_params["var_id"])


def _create(ctx: Context, request: Request, tool_id: int | None) -> EnvVar:
    body = request.json_object()
    return _store(ctx).create(body["key"], body.get("value") or "", tool_id, now=ctx.clock())


def _update(ctx: Context, request: Request, tool_id: int | None) -> EnvVar:
    variable = _store(ctx).get(_var_id(request), tool_id)
    variable.value = request.json_object()["value"]
    variable.updated_at = ctx.clock()
    return variable


def _delete(ctx: Context, request: Request, tool_id: int | None) -> Response:
    store = _store(ctx)
    del store.variables[store.get(_var_id(request), tool_id).id]
    return Response.json({"success": True})


def list_workspace_env_vars(ctx: Context, request: Request) -> Response:
    variables = [EnvVarStore.body(v) for v in _store(ctx).in_scope(None)]
    return Response.json({"success": True, "workspace_env_vars": variables})


def create_workspace_env_var(ctx: Context, request: Request) -> Response:
    variable = _create(ctx, request, None)
    return Response.json({"success": True, "workspace_env_var": EnvVarStore.body(variable)}, 201)


def update_workspace_env_var(ctx: Context, request: Request) -> Response:
    variable = _update(ctx, request, None)
    return Response.json({"success": True, "workspace_env_var": EnvVarStore.body(variable)})


def delete_workspace_env_var(ctx: Context, request: Request) -> Response:
    return _delete(ctx, request, None)


def list_registry_tool_env_vars(ctx: Context, request: Request) -> Response:
    variables = [EnvVarStore.body(v) for v in _store(ctx).in_scope(_tool(ctx, request))]
    return Response.json({"success": True, "tool_env_vars": variables})


def create_registry_tool_env_var(ctx: Context, request: Request) -> Response:
    variable = _create(ctx, request, _tool(ctx, request))
    return Response.json({"success": True, "tool_env_var": EnvVarStore.body(variable)}, 201)


def update_registry_tool_env_var(ctx: Context, request: Request) -> Response:
    variable = _update(ctx, request, _tool(ctx, request))
    return Response.json({"success": True, "tool_env_var": EnvVarStore.body(variable)})


def delete_registry_tool_env_var(ctx: Context, request: Request) -> Response:
    return _delete(ctx, request, _tool(ctx, request))


ROUTES: dict[str, Handler] = {
    "list_workspace_env_vars": list_workspace_env_vars,
    "create_workspace_env_var": create_workspace_env_var,
    "update_workspace_env_var": update_workspace_env_var,
    "delete_workspace_env_var": delete_workspace_env_var,
    "list_registry_tool_env_vars": list_registry_tool_env_vars,
    "create_registry_tool_env_var": create_registry_tool_env_var,
    "update_registry_tool_env_var": update_registry_tool_env_var,
    "delete_registry_tool_env_var": delete_registry_tool_env_var,
}
