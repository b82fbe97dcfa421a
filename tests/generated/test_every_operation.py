"""Every operation served by the spec-driven store, through the generated client, on the local server.

For each such operation, sync (`sync_detailed`) and async (`asyncio_detailed`):
- the request is what the spec says: the server checks it against the contract (a mismatch is a
  422) and records its method and path;
- the answer parses into the typed model the spec names for the success status;
- the change is visible to a later read: a created record is listed or fetched, an update reads
  back, a deletion makes the record vanish.

Arguments come from the spec: required body fields and query parameters get sample values
(strings name their field, so a read-back can find them), parents are created first through
their own create operation. Operations with hand-written handlers have their own tests.
"""

from __future__ import annotations

import asyncio
import enum
import importlib
import re
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from promptlayer_api import AuthenticatedClient
from promptlayer_api.types import Unset

from promptlayer.testing import LocalPromptLayer
from promptlayer.testing._resources import Schemas, Shape, shapes
from promptlayer.testing.handlers import ROUTES
from promptlayer.testing.server import load_spec
from tests.modes import call_operation

SPEC = load_spec()
SCHEMAS = Schemas(SPEC)
SHAPES = shapes(SPEC)
GENERIC = sorted(op for op in SHAPES if op not in ROUTES)
KEY = "every-operation-key"


@dataclass(frozen=True)
class Operation:
    op_id: str
    method: str
    template: str
    spec: dict[str, Any]
    shape: Shape


def _index() -> dict[str, Operation]:
    found = {}
    for template, item in SPEC["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "operationId" in operation:
                op_id = operation["operationId"]
                shared = item.get("parameters", [])  # declared once for the whole path
                merged = {**operation, "parameters": [*shared, *operation.get("parameters", [])]}
                found[op_id] = Operation(op_id, method.upper(), template, merged, SHAPES[op_id])
    return found


OPERATIONS = _index()


def _snake(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")


def _module(op: Operation) -> Any:
    tag = _snake(op.spec["tags"][0])
    return importlib.import_module(f"promptlayer_api.api.{tag}.{_snake(op.op_id)}")


def _pascal(text: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", text) if part)


def _expected_model(op: Operation) -> str | None:
    """The generated class name for the success answer: the component's, or the inline one's."""
    code = str(op.shape.status)
    content = op.spec["responses"][code].get("content", {}).get("application/json")
    if content is None:
        return None
    schema = content["schema"]
    if "$ref" in schema:
        return _pascal(schema["$ref"].rsplit("/", 1)[-1])
    return _pascal(op.op_id) + "Response" + code


# -- sample values from the spec -------------------------------------------------------------


def sample(schema: Any, name: str, depth: int = 0) -> Any:
    """A value `schema` accepts, with required object fields filled; strings name their field."""
    resolved = SCHEMAS.resolve(schema)
    if "const" in resolved:
        return resolved["const"]
    if resolved.get("enum"):
        return resolved["enum"][0]
    variants = SCHEMAS.variants(resolved)
    if not variants:
        return None
    variant = variants[0]
    kind = SCHEMAS.type_of(variant)
    if kind == "object" and depth < 6:
        properties = SCHEMAS.properties(variant)
        return {key: sample(properties.get(key, {}), key, depth + 1) for key in SCHEMAS.required(variant)}
    if kind == "array":
        items = variant.get("items", {})
        return [sample(items, name, depth + 1)] if variant.get("minItems") else []
    if kind == "integer":
        return max(1, int(variant.get("minimum", 1)))
    if kind == "number":
        return 1.0
    if kind == "boolean":
        return True
    if kind == "string":
        fmt = variant.get("format")
        if fmt == "date-time":
            return "2026-01-02T03:04:05Z"
        if fmt == "uuid":
            return "00000000-0000-4000-8000-000000000001"
        if fmt == "email":
            return "someone@example.com"
        return f"sample_{name}"  # also fits identifier patterns
    return {}


def _body(op: Operation, overrides: dict[str, Any] | None = None) -> dict[str, Any] | None:
    content = op.spec.get("requestBody", {}).get("content", {}).get("application/json")
    if content is None:
        return None
    value = sample(content["schema"], "body")
    if isinstance(value, dict) and overrides:
        value.update(overrides)
    return value if isinstance(value, dict) else None


def _convert(value: Any, hint: Any) -> Any:
    """A JSON-shaped value as the generated function's parameter type wants it."""
    for candidate in typing.get_args(hint) or (hint,):
        if candidate in (Unset, type(None)):
            continue
        if isinstance(candidate, type) and issubclass(candidate, enum.Enum):
            return candidate(value)
        if isinstance(candidate, type) and hasattr(candidate, "from_dict") and isinstance(value, dict):
            return candidate.from_dict(value)
    return value


def _arguments(
    op: Operation, path: dict[str, str], body: dict[str, Any] | None, query: dict[str, Any] | None = None
) -> dict[str, Any]:
    module = _module(op)
    hints = typing.get_type_hints(module.sync_detailed)
    kwargs: dict[str, Any] = {}
    for param in op.spec.get("parameters", []):
        name = param["name"]
        if param["in"] == "path":
            kwargs[name] = _convert(path[name], hints.get(name))
        elif param["in"] == "query" and (param.get("required") or (query and name in query)):
            value = (query or {}).get(name, sample(param.get("schema", {}), name))
            kwargs[name] = _convert(value, hints.get(name))
    if body is not None and "body" in hints:
        kwargs["body"] = _convert(body, hints["body"])
    return kwargs


# -- running operations ----------------------------------------------------------------------


class Caller:
    """Runs an operation in the test's mode (tests/modes.py) on one client."""

    def __init__(self, server: LocalPromptLayer, mode: str, loop: asyncio.AbstractEventLoop) -> None:
        self.server = server
        self.mode = mode
        self.loop = loop
        self.client = AuthenticatedClient(
            base_url=server.base_url, token=KEY, prefix="", auth_header_name="X-API-KEY"
        )

    def call(
        self,
        op_id: str,
        path: dict[str, str] | None = None,
        body: dict[str, Any] | None = None,
        query: dict[str, Any] | None = None,
    ) -> Any:
        op = OPERATIONS[op_id]
        kwargs = _arguments(op, path or {}, body, query)
        return call_operation(self.mode, _module(op), self.loop, client=self.client, **kwargs)


def _sibling(shape: Shape, kind: str) -> str | None:
    """The operation of `kind` on the same collection (e.g. the list next to a create)."""
    for op_id, other in SHAPES.items():
        same_place = other.collection == shape.collection and other.parents == shape.parents
        if same_place and other.kind == kind and (other.items == shape.items or kind in ("create", "list")):
            return op_id
    return None


def _data(response: Any) -> dict[str, Any]:
    parsed = response.parsed
    return parsed.to_dict() if hasattr(parsed, "to_dict") else {}


def _resource(shape: Shape, answer: dict[str, Any]) -> dict[str, Any]:
    for key, value in answer.items():
        if key != "success" and isinstance(value, dict):
            return value
    return answer


def _listed(shape: Shape, answer: dict[str, Any]) -> list[dict[str, Any]]:
    for value in answer.values():
        if isinstance(value, list) and all(isinstance(v, dict) for v in value):
            return value
    raise AssertionError(f"no list in {answer}")


class Scenario:
    """Creates what an operation needs first: its parents, and the item it addresses."""

    def __init__(self, caller: Caller) -> None:
        self.caller = caller

    def parents(self, shape: Shape) -> dict[str, str]:
        path: dict[str, str] = {}
        segments = shape.collection.split("/")
        for depth, name in enumerate(shape.parents, start=1):
            parent = "/".join(segments[:depth])
            creator = next(
                (
                    op_id
                    for op_id, s in SHAPES.items()
                    if s.kind == "create" and s.collection == parent and op_id not in ROUTES
                ),
                None,
            )
            if creator is None:
                path[name] = "1"
                continue
            created = self.caller.call(creator, path, _body(OPERATIONS[creator]))
            assert created.status_code == OPERATIONS[creator].shape.status, created.content
            path[name] = str(_resource(SHAPES[creator], _data(created))["id"])
        return path

    def item(self, shape: Shape) -> tuple[dict[str, str], dict[str, Any]]:
        """Create one record of the collection and answer the path addressing it."""
        path = self.parents(shape)
        creator = _sibling(shape, "create")
        assert creator is not None, f"no create operation for {shape.collection}"
        body = _body(OPERATIONS[creator]) or {}
        for name in shape.items[1:] if len(shape.items) > 1 else ():
            body.setdefault(name, f"sample-{name}")
        created = self.caller.call(creator, path, body)
        assert created.status_code == OPERATIONS[creator].shape.status, created.content
        record = _resource(SHAPES[creator], _data(created))
        if len(shape.items) == 1:
            path[shape.items[0]] = str(record["id"])
        else:
            path.update({name: str(record[name]) for name in shape.items})
        return path, record


@pytest.fixture
def caller(mode: str, loop: asyncio.AbstractEventLoop) -> Iterator[Caller]:
    with LocalPromptLayer(api_key=KEY) as server:
        yield Caller(server, mode, loop)


def _check_answer(op: Operation, response: Any, server: LocalPromptLayer) -> dict[str, Any]:
    assert response.status_code == op.shape.status, response.content
    received = server.requests_for(op.op_id)[-1]
    assert received.method == op.method
    assert re.fullmatch(re.sub(r"\{[^/]+\}", "[^/]+", op.template), received.path)
    expected = _expected_model(op)
    if expected is None:
        assert response.parsed is None
        return {}
    assert type(response.parsed).__name__ == expected
    return _data(response)


@pytest.mark.parametrize("op_id", GENERIC)
def test_operation(op_id: str, caller: Caller) -> None:
    op = OPERATIONS[op_id]
    shape = op.shape
    scenario = Scenario(caller)
    server = caller.server
    if shape.kind == "create":
        path = scenario.parents(shape)
        answer = _check_answer(op, caller.call(op_id, path, _body(op)), server)
        lister = _sibling(shape, "list")
        if lister is not None:
            listed = _listed(SHAPES[lister], _data(caller.call(lister, path)))
            assert len(listed) == 1, listed
            created = _resource(shape, answer)
            assert {k: v for k, v in listed[0].items() if k in created and k != "success"} == {
                k: v for k, v in created.items() if k in listed[0] and k != "success"
            }
    elif shape.kind == "list":
        path = scenario.parents(shape)
        creator = _sibling(shape, "create")
        if creator is not None:
            for _ in range(2):
                caller.call(creator, path, _body(OPERATIONS[creator]))
        answer = _check_answer(op, caller.call(op_id, path), server)
        assert len(_listed(shape, answer)) == (2 if creator is not None else 0)
    elif shape.kind in ("get", "update", "delete", "replace"):
        if shape.kind == "replace" and _sibling(shape, "create") is None:
            path = scenario.parents(shape) | {name: f"sample-{name}" for name in shape.items}
            record: dict[str, Any] = {}
        else:
            path, record = scenario.item(shape)
        marker = _first_text_field(op)
        overrides = {marker: "changed"} if marker else None
        answer = _check_answer(op, caller.call(op_id, path, _body(op, overrides)), server)
        if shape.kind == "get":
            assert _resource(shape, answer).get("id") == record["id"]
        reader = _sibling(shape, "get")
        if shape.kind in ("update", "replace") and marker and reader:
            assert _resource(shape, _data(caller.call(reader, path)))[marker] == "changed"
        if shape.kind == "delete":
            lister = _sibling(shape, "list")
            if reader is not None:
                assert caller.call(reader, path).status_code == 404
            elif lister is not None:
                assert _listed(SHAPES[lister], _data(caller.call(lister, path))) == []
    else:  # singleton, action, bulk_delete: answered as the spec says
        path = scenario.parents(shape)
        _check_answer(op, caller.call(op_id, path, _body(op)), server)
    assert not server.contract_errors


def _first_text_field(op: Operation) -> str | None:
    content = op.spec.get("requestBody", {}).get("content", {}).get("application/json")
    if content is None:
        return None
    for name, schema in SCHEMAS.properties(content["schema"]).items():
        plain = "enum" not in SCHEMAS.resolve(schema) and not any(
            v.get("format") for v in SCHEMAS.variants(schema)
        )
        if SCHEMAS.type_of(schema) == "string" and plain and name != "id":
            return name
    return None
