"""The spec-driven resource store, on a small spec written here: kinds, answers, state, errors."""

from __future__ import annotations

import json
from typing import Any

import pytest

from promptlayer.testing._resources import GenericHandlers, shapes
from promptlayer.testing._state import State
from promptlayer.testing._types import Context, Request, Response

OBJ = "#/components/schemas/"


def op(op_id: str, status: str = "200", schema: Any = None, body: bool = False) -> dict[str, Any]:
    responses: dict[str, Any] = {status: {"description": "ok"}}
    if schema is not None:
        responses[status]["content"] = {"application/json": {"schema": schema}}
    operation: dict[str, Any] = {"operationId": op_id, "responses": responses}
    if body:
        operation["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": {"type": "object"}}},
        }
    return operation


def envelope(name: str, ref: str) -> dict[str, Any]:
    return {
        "type": "object",
        "required": ["success", name],
        "properties": {"success": {"type": "boolean"}, name: {"$ref": OBJ + ref}},
    }


LISTING = {
    "type": "object",
    "required": ["data", "has_more"],
    "properties": {
        "data": {"type": "array", "items": {"$ref": OBJ + "Table"}},
        "has_more": {"type": "boolean"},
        "next_cursor": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        "total": {"type": "integer"},
    },
}
SPEC: dict[str, Any] = {
    "paths": {
        "/api/public/v2/tables": {
            "get": op("list_tables", schema=LISTING),
            "post": op("create_table", "201", envelope("table", "Table"), body=True),
        },
        "/api/public/v2/tables/{table_id}": {
            "get": op("get_table", schema=envelope("table", "Table")),
            "patch": op("update_table", schema=envelope("table", "Table"), body=True),
            "delete": op("delete_table", "204"),
        },
        "/api/public/v2/tables/{table_id}/sheets": {
            "post": op("create_sheet", "201", envelope("sheet", "Sheet"), body=True),
        },
        "/api/public/v2/tables/{table_id}/sheets/{sheet_id}": {
            "get": op("get_sheet", schema=envelope("sheet", "Sheet")),
        },
        "/api/public/v2/tables/{table_id}/sheets/{sheet_id}/score": {
            "get": op("get_score", schema={"$ref": OBJ + "Score"}),
            "patch": op("set_score", schema={"$ref": OBJ + "Score"}, body=True),
        },
        "/reports/{report_id}/run": {"post": op("run_report", schema={"$ref": OBJ + "Ack"})},
        "/workflows/{workflow_id}/external-ids": {
            "post": op("add_external_id", "201", envelope("external_id", "Ext"), body=True),
            "get": op(
                "list_external_ids",
                schema={
                    "type": "object",
                    "properties": {"items": {"type": "array", "items": {"$ref": OBJ + "Ext"}}},
                },
            ),
        },
        "/workflows/{workflow_id}/external-ids/{source}/{external_id}": {
            "delete": op("delete_external_id", schema={"$ref": OBJ + "Ack"}),
        },
    },
    "components": {
        "schemas": {
            "Table": {
                "type": "object",
                "required": ["id", "title", "created_at", "sheet_count"],
                "properties": {
                    "id": {"type": "string", "format": "uuid"},
                    "title": {"type": "string"},
                    "created_at": {"type": "string", "format": "date-time"},
                    "sheet_count": {"type": "integer"},
                    "status": {"type": "string", "enum": ["active", "archived"]},
                },
            },
            "Sheet": {
                "type": "object",
                "required": ["id", "table_id", "name"],
                "properties": {
                    "id": {"type": "integer"},
                    "table_id": {"type": "string"},
                    "name": {"type": "string"},
                },
            },
            "Score": {
                "type": "object",
                "required": ["success", "score"],
                "properties": {
                    "success": {"type": "boolean"},
                    "score": {"anyOf": [{"type": "number"}, {"type": "null"}]},
                },
            },
            "Ack": {
                "type": "object",
                "required": ["success"],
                "properties": {"success": {"type": "boolean"}},
            },
            "Ext": {
                "type": "object",
                "required": ["id", "source", "external_id"],
                "properties": {
                    "id": {"type": "integer"},
                    "source": {"type": "string"},
                    "external_id": {"type": "string"},
                },
            },
        }
    },
}


class Server:
    """Calls the generic handlers directly, routing by the test spec's templates."""

    def __init__(self) -> None:
        self.state = State()
        self.handlers = GenericHandlers(SPEC).routes(exclude={})
        self.now = 1_700_000_000.0

    def call(
        self, op_id: str, params: dict[str, str] | None = None, body: Any = None, query: Any = ()
    ) -> tuple[int, Any]:
        request = Request(
            method=_method(op_id),
            path="/",
            query=list(query),
            headers={},
            body=json.dumps(body).encode() if body is not None else b"",
            path_params=params or {},
        )
        context = Context(self.state, clock=lambda: self.now, schedule=lambda delay, callback: None)
        try:
            response: Response = self.handlers[op_id](context, request)
        except Exception as exc:  # ApiError: the server turns it into a response
            status = getattr(exc, "status", None)
            if status is None:
                raise
            return status, {"message": exc.args[0]}
        return response.status, response.parsed()


def _method(op_id: str) -> str:
    for item in SPEC["paths"].values():
        for method, operation in item.items():
            if operation["operationId"] == op_id:
                return str(method).upper()
    raise KeyError(op_id)


def test_each_operation_gets_the_kind_its_method_and_path_say() -> None:
    kinds = {op_id: shape.kind for op_id, shape in shapes(SPEC).items()}
    assert kinds == {
        "list_tables": "list",
        "create_table": "create",
        "get_table": "get",
        "update_table": "update",
        "delete_table": "delete",
        "create_sheet": "create",
        "get_sheet": "get",
        "get_score": "singleton",
        "set_score": "singleton",
        "run_report": "action",
        "add_external_id": "create",
        "list_external_ids": "list",
        "delete_external_id": "delete",
    }
    sheet = shapes(SPEC)["get_sheet"]
    assert (sheet.collection, sheet.parents, sheet.items) == ("tables/sheets", ("table_id",), ("sheet_id",))


def test_create_answers_the_resource_with_required_fields_filled_and_a_later_read_sees_it() -> None:
    server = Server()
    status, created = server.call("create_table", body={"title": "Regression"})
    assert status == 201
    table = created["table"]
    assert created["success"] is True
    assert table["title"] == "Regression"
    assert len(table["id"]) == 36  # a uuid, as the schema's format says
    assert table["created_at"] == "2023-11-14T22:13:20Z"
    assert table["sheet_count"] == 0
    assert server.call("get_table", {"table_id": table["id"]}) == (200, {"success": True, "table": table})


def test_update_merges_and_delete_removes() -> None:
    server = Server()
    table = server.call("create_table", body={"title": "a"})[1]["table"]
    status, updated = server.call(
        "update_table", {"table_id": table["id"]}, {"title": "b", "status": "archived"}
    )
    assert status == 200
    assert updated["table"]["title"] == "b"
    assert updated["table"]["status"] == "archived"
    assert server.call("delete_table", {"table_id": table["id"]}) == (204, None)
    assert server.call("get_table", {"table_id": table["id"]})[0] == 404


def test_list_filters_by_query_and_pages_by_cursor() -> None:
    server = Server()
    for title in ("a", "b", "c"):
        server.call("create_table", body={"title": title})
    status, first = server.call("list_tables", query=[("limit", "2")])
    assert status == 200
    assert [t["title"] for t in first["data"]] == ["a", "b"]
    assert (first["has_more"], first["next_cursor"], first["total"]) == (True, "2", 3)
    rest = server.call("list_tables", query=[("limit", "2"), ("cursor", first["next_cursor"])])[1]
    assert [t["title"] for t in rest["data"]] == ["c"]
    assert (rest["has_more"], rest["next_cursor"]) == (False, None)
    only_b = server.call("list_tables", query=[("title", "b")])[1]
    assert [t["title"] for t in only_b["data"]] == ["b"]


def test_children_live_under_their_parent_which_must_exist() -> None:
    server = Server()
    table = server.call("create_table", body={"title": "t"})[1]["table"]
    status, created = server.call("create_sheet", {"table_id": table["id"]}, {"name": "Sheet 1"})
    assert status == 201
    sheet = created["sheet"]
    assert (sheet["id"], sheet["table_id"]) == (1, table["id"])
    assert server.call("get_sheet", {"table_id": table["id"], "sheet_id": "1"})[1]["sheet"] == sheet
    assert server.call("get_sheet", {"table_id": "other", "sheet_id": "1"})[0] == 404
    status, missing = server.call("create_sheet", {"table_id": "nope"}, {"name": "x"})
    assert status == 404
    assert "nope" in missing["message"]


def test_a_singleton_starts_empty_and_keeps_what_is_set() -> None:
    server = Server()
    table = server.call("create_table", body={"title": "t"})[1]["table"]
    server.call("create_sheet", {"table_id": table["id"]}, {"name": "s"})
    where = {"table_id": table["id"], "sheet_id": "1"}
    assert server.call("get_score", where) == (200, {"success": True, "score": None})
    assert server.call("set_score", where, {"score": 0.75}) == (200, {"success": True, "score": 0.75})
    assert server.call("get_score", where)[1]["score"] == 0.75


def test_items_addressed_by_two_parameters_and_actions_that_store_nothing() -> None:
    server = Server()
    where = {"workflow_id": "7"}
    server.call("add_external_id", where, {"source": "github", "external_id": "a/b"})
    server.call("add_external_id", where, {"source": "jira", "external_id": "X-1"})
    assert server.call("delete_external_id", {**where, "source": "github", "external_id": "a/b"}) == (
        200,
        {"success": True},
    )
    left = server.call("list_external_ids", where)[1]["items"]
    assert [(e["source"], e["external_id"]) for e in left] == [("jira", "X-1")]
    assert server.call("delete_external_id", {**where, "source": "github", "external_id": "a/b"})[0] == 404
    before = server.state.resources.snapshot()
    assert server.call("run_report", {"report_id": "3"}) == (200, {"success": True})
    assert server.state.resources.snapshot() == before


@pytest.mark.parametrize("op_id", ["get_table", "update_table", "delete_table"])
def test_unknown_items_are_404(op_id: str) -> None:
    assert Server().call(op_id, {"table_id": "missing"}, {} if op_id == "update_table" else None)[0] == 404


def test_a_list_that_answers_its_cursors_in_a_pagination_object_gets_them_there() -> None:
    pagination = {
        "type": "object",
        "required": ["next_cursor", "prev_cursor", "has_more", "limit"],
        "properties": {
            "next_cursor": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "prev_cursor": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "has_more": {"type": "boolean"},
            "limit": {"type": "integer"},
        },
    }
    listing = {
        "type": "object",
        "properties": {
            "data": {"type": "array", "items": {"$ref": OBJ + "Table"}},
            "pagination": pagination,
        },
    }
    spec: dict[str, Any] = {
        "paths": {
            "/versions": {
                "get": op("list_versions", schema=listing),
                "post": op("create_version", "201", envelope("table", "Table"), body=True),
            }
        },
        "components": SPEC["components"],
    }
    handlers = GenericHandlers(spec).routes(exclude={})
    context = Context(State(), clock=lambda: 0.0, schedule=lambda delay, callback: None)

    def call(op_id: str, query: tuple[tuple[str, str], ...] = (), body: Any = None) -> Any:
        method = "POST" if body is not None else "GET"
        encoded = json.dumps(body).encode() if body is not None else b""
        request = Request(
            method=method, path="/", query=list(query), headers={}, body=encoded, path_params={}
        )
        return handlers[op_id](context, request).parsed()

    for title in ("a", "b", "c"):
        call("create_version", body={"title": title})
    first = call("list_versions", (("limit", "2"),))
    assert first["pagination"] == {"next_cursor": "2", "prev_cursor": None, "has_more": True, "limit": 2}
    rest = call("list_versions", (("limit", "2"), ("cursor", "2")))
    assert [t["title"] for t in rest["data"]] == ["c"]
    assert rest["pagination"] == {"next_cursor": None, "prev_cursor": "0", "has_more": False, "limit": 2}
