"""A spec-driven resource store: the plain create / list / get / update / delete operations.

Much of the API is REST over nested collections (tables → sheets → columns, folders, env vars,
external ids...). Every operation without a hand-written handler is read from the spec instead
of written out, so an operation the spec gains is served at once (with state, checked by the
contract); the hand-written handlers then add behaviour where the service does more than store:

- **What it does** comes from its method and path. The collection is the path up to its last
  literal segment; path parameters before that name the parent records, those after it name an
  item. `POST /tables/{table_id}/sheets` creates a sheet under table `table_id`;
  `PATCH /tables/{table_id}/sheets/{sheet_id}` updates one; a literal-ended path that has no item
  paths under it and no list answer (`/sheets/{sheet_id}/score`) is a singleton under its parents.
  POSTs to an item (`/reports/{report_id}/run`) are actions: answered, nothing stored.
- **What it answers** comes from the operation's success response schema: the property holding
  the resource (an object with an `id`) or the list (an array of objects) is found there and
  filled from the store; other required fields get the smallest value their schema allows, and
  pagination fields (`page`, `total`, `has_more`...) are computed.
- **Validation** is the contract's: requests reach a handler only when they match the spec.

Behaviour that is not plain storage (runs that progress, calculations, moves, external-id
lookups across resources) belongs in a hand-written handler; those take precedence.
"""

from __future__ import annotations

import copy
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ._types import ApiError, Context, Handler, Request, Response, iso_time

Kind = Literal["create", "list", "get", "update", "replace", "delete", "bulk_delete", "singleton", "action"]

_METHODS = ("get", "put", "post", "delete", "patch")
_PREFIXES = ("/api/public/v2", "/api/public", "/rest")
_PAGE_PARAMS = frozenset({"page", "per_page", "page_size", "limit", "offset", "cursor"})
_EXTERNAL_PARAMS = ("external_source", "external_id")  # a pair: records linked to that external id
_NAME_FIELDS = ("name", "identifier", "title", "key")
_UUID_NAMESPACE = uuid.UUID("0b5e4bd5-8f6c-4d0e-9c8e-2b2a6f1d7c31")


@dataclass(frozen=True)
class Shape:
    """What one operation does: its kind, its collection and the parameters that address it."""

    kind: Kind
    collection: str  # literal segments, e.g. "tables/sheets/columns"
    parents: tuple[str, ...]  # path parameters naming the parent records
    items: tuple[str, ...]  # path parameters naming the item (empty for collections)
    status: int  # the success status answered
    response: Mapping[str, Any] | None  # the success JSON schema, references resolved lazily
    body_required: bool


class Schemas:
    """Reads the spec's schemas: resolving `$ref`s and building the smallest valid value."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.spec = spec

    def resolve(self, schema: Any) -> Any:
        while isinstance(schema, Mapping) and "$ref" in schema:
            node: Any = self.spec
            for token in schema["$ref"].lstrip("#/").split("/"):
                node = node[token.replace("~1", "/").replace("~0", "~")]
            schema = node
        return schema

    def variants(self, schema: Any) -> list[Any]:
        """The non-null members of a union (or the schema itself)."""
        schema = self.resolve(schema)
        if not isinstance(schema, Mapping):
            return []
        members = schema.get("anyOf") or schema.get("oneOf")
        if not members:
            return [schema]
        found = []
        for member in members:
            member = self.resolve(member)
            if isinstance(member, Mapping) and member.get("type") != "null":
                found.extend(self.variants(member))
        return found

    def parts(self, schema: Any) -> list[Any]:
        """A schema and everything it merges in through `allOf`, recursively."""
        schema = self.resolve(schema)
        found = [schema]
        for part in schema.get("allOf", ()):
            found += self.parts(part)
        return found

    def properties(self, schema: Any) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        for variant in self.variants(schema):
            for part in self.parts(variant):
                merged.update(part.get("properties", {}))
        return merged

    def required(self, schema: Any) -> list[str]:
        return [
            name
            for variant in self.variants(schema)[:1]
            for p in self.parts(variant)
            for name in p.get("required", [])
        ]

    def nullable(self, schema: Any) -> bool:
        schema = self.resolve(schema)
        if not isinstance(schema, Mapping):
            return False
        members = schema.get("anyOf") or schema.get("oneOf") or ()
        types = schema.get("type")
        return (
            any(self.resolve(m).get("type") == "null" for m in members)
            or types == "null"
            or (isinstance(types, list) and "null" in types)
        )

    def type_of(self, schema: Any) -> str | None:
        for variant in self.variants(schema):
            for part in self.parts(variant):
                kind = part.get("type")
                if isinstance(kind, list):
                    kind = next((k for k in kind if k != "null"), None)
                if kind:
                    return str(kind)
                if "properties" in part:
                    return "object"
        return None

    def is_resource(self, schema: Any) -> bool:
        return self.type_of(schema) == "object" and "id" in self.properties(schema)

    def smallest(self, schema: Any, name: str = "", now: float = 0.0) -> Any:
        """The simplest value `schema` accepts (required object fields filled in, recursively)."""
        resolved = self.resolve(schema)
        if not isinstance(resolved, Mapping):
            return None
        if "const" in resolved:
            return resolved["const"]
        if resolved.get("enum"):
            return resolved["enum"][0]
        if "default" in resolved and resolved["default"] is not None:
            return copy.deepcopy(resolved["default"])
        variants = self.variants(resolved)
        if not variants:
            return None
        if self.nullable(resolved) and name != "success":
            return None
        variant = variants[0]
        if variant is not resolved:
            return self.smallest(variant, name, now)
        kind = self.type_of(variant)
        if kind == "object":
            return self.fill({}, variant, now)
        if kind == "array":
            return []
        if kind == "boolean":
            return name == "success"
        if kind == "integer":
            return 0
        if kind == "number":
            return 0.0
        if kind == "string":
            fmt = variant.get("format")
            if fmt == "date-time":
                return iso_time(now)
            if fmt == "uuid":
                return str(uuid.uuid5(_UUID_NAMESPACE, name or "value"))
            if fmt == "date":
                return iso_time(now)[:10]
            return ""
        return None

    def shape(self, record: Mapping[str, Any], schema: Any, now: float) -> dict[str, Any]:
        """A stored record as `schema` shows it: only the fields it declares (all of them when
        it declares none, as free-form objects do), then its required ones filled in."""
        declared = self.properties(schema)
        value = {k: copy.deepcopy(v) for k, v in record.items() if not declared or k in declared}
        return self.fill(value, schema, now)

    def fill(self, value: dict[str, Any], schema: Any, now: float) -> dict[str, Any]:
        """`value` with every required property of `schema` it lacks set to its smallest value."""
        properties = self.properties(schema)
        for name in self.required(schema):
            if name not in value:
                value[name] = self.smallest(properties.get(name, {}), name, now)
        return value


def _strip_prefix(template: str) -> str:
    for prefix in _PREFIXES:
        if template.startswith(prefix + "/"):
            return template[len(prefix) :]
    return template


def _success(operation: Mapping[str, Any]) -> tuple[int, Any]:
    for code in sorted(operation.get("responses", {})):
        if code.startswith("2"):
            response = operation["responses"][code]
            media = response.get("content", {}).get("application/json")
            return int(code), (media or {}).get("schema")
    return 200, None


def shapes(spec: Mapping[str, Any]) -> dict[str, Shape]:
    """Every operation's shape, keyed by operationId."""
    schemas = Schemas(spec)
    paths: Mapping[str, Any] = spec.get("paths", {})
    found: dict[str, Shape] = {}
    for template, item in paths.items():
        segments = [s for s in _strip_prefix(template).split("/") if s]
        last_literal = max((i for i, s in enumerate(segments) if not s.startswith("{")), default=-1)
        collection = "/".join(s for s in segments[: last_literal + 1] if not s.startswith("{"))
        parents = tuple(s[1:-1] for s in segments[:last_literal] if s.startswith("{"))
        items = tuple(s[1:-1] for s in segments[last_literal + 1 :])
        has_items = any(other.startswith(template + "/{") for other in paths)
        lists = _answers_list(schemas, item.get("get"))
        readable = "get" in item
        for method in _METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            status, response = _success(operation)
            body = operation.get("requestBody") or {}
            kind = _kind(method, bool(items), has_items or lists, readable, schemas, response)
            found[operation["operationId"]] = Shape(
                kind, collection, parents, items, status, response, bool(body.get("required"))
            )
    return found


def _answers_list(schemas: Schemas, operation: Mapping[str, Any] | None) -> bool:
    if operation is None:
        return False
    _, response = _success(operation)
    return _list_field(schemas, response) is not None


def _kind(
    method: str, is_item: bool, is_collection: bool, readable: bool, schemas: Schemas, response: Any
) -> Kind:
    if is_item:
        item_kinds: dict[str, Kind] = {"get": "get", "patch": "update", "put": "replace", "delete": "delete"}
        return item_kinds.get(method, "action")
    if is_collection:
        if method == "get":
            return "list"
        if method == "post":
            return "create"
        if method == "delete":
            return "bulk_delete"
        return "action"
    if readable or method != "post":
        return "singleton"  # state under its parents that can be read back
    return "create" if _resource_field(schemas, response) is not None else "action"


def _resource_field(schemas: Schemas, response: Any) -> str | None:
    """Where the resource sits in an answer: "" for the answer itself, a property name, or None."""
    if response is None:
        return None
    if schemas.is_resource(response):
        return ""
    properties = schemas.properties(response)
    for name, schema in properties.items():
        if schemas.is_resource(schema):
            return name
    for name, schema in properties.items():  # a resource without an id (an external id link)
        if "$ref" in schema and schemas.type_of(schema) in ("object", None):
            return name
    return None


def _list_field(schemas: Schemas, response: Any) -> str | None:
    if response is None:
        return None
    for name, schema in schemas.properties(response).items():
        variants = schemas.variants(schema)
        is_array = bool(variants) and variants[0].get("type") == "array"
        if is_array and schemas.type_of(variants[0].get("items", {})) == "object":
            return name
    return None


Record = dict[str, Any]


class ResourceStore:
    """Records per collection, each remembering the parent path values it was created under."""

    def __init__(self, state: Any) -> None:
        self.state = state
        self.collections: dict[str, list[tuple[tuple[str, ...], Record]]] = {}

    def records(self, collection: str, parents: tuple[str, ...]) -> list[Record]:
        return [record for owner, record in self.collections.get(collection, []) if owner == parents]

    def add(self, collection: str, parents: tuple[str, ...], record: Record) -> Record:
        self.collections.setdefault(collection, []).append((parents, record))
        return record

    def remove(self, collection: str, record: Record) -> None:
        self.collections[collection] = [
            (owner, kept) for owner, kept in self.collections.get(collection, []) if kept is not record
        ]

    def new_id(self, collection: str, id_schema: Any, schemas: Schemas) -> Any:
        number = self.state.next_id(f"resource:{collection}")
        if schemas.type_of(id_schema) == "integer":
            return number
        if any(v.get("format") == "uuid" for v in schemas.variants(id_schema)):
            return str(uuid.uuid5(_UUID_NAMESPACE, f"{collection}:{number}"))
        return str(number)

    def snapshot(self) -> dict[str, Any]:
        return {
            name: [copy.deepcopy(record) for _, record in rows] for name, rows in self.collections.items()
        }


class GenericHandlers:
    """Builds a handler for each operation the hand-written handlers do not cover."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.schemas = Schemas(spec)
        self.shapes = shapes(spec)
        self._creatable: set[str] = set()
        self._ids: dict[str, Any] = {}  # collection -> the schema of its records' ids
        for shape in self.shapes.values():
            resource = self._resource_schema(shape)
            if shape.kind == "list":
                field = _list_field(self.schemas, shape.response)
                listed = self.schemas.properties(shape.response).get(field or "", {})
                resource = self.schemas.variants(listed)[0].get("items", {}) if field else {}
            id_schema = self.schemas.properties(resource).get("id")
            if id_schema is not None and self.schemas.type_of(id_schema):
                self._ids.setdefault(shape.collection, id_schema)

    def routes(self, exclude: Mapping[str, Handler]) -> dict[str, Handler]:
        """Handlers for every operation not in `exclude` (the hand-written ones)."""
        served = {op: shape for op, shape in self.shapes.items() if op not in exclude}
        self._creatable = {shape.collection for shape in served.values() if shape.kind == "create"}
        return {op: self._handler(shape) for op, shape in served.items()}

    def _handler(self, shape: Shape) -> Handler:
        answer: Callable[[Shape, Context, Request], Any] = getattr(self, f"_{shape.kind}")

        def handle(context: Context, request: Request) -> Response:
            self._check_parents(shape, context, request)
            payload = answer(shape, context, request)
            if shape.status == 204 or shape.response is None:
                return (
                    Response.empty(shape.status)
                    if shape.status == 204
                    else Response.json(payload, shape.status)
                )
            return Response.json(payload, shape.status)

        return handle

    # -- addressing ------------------------------------------------------------------------

    def _store(self, context: Context) -> ResourceStore:
        store: ResourceStore = context.state.resources
        return store

    def _parents(self, shape: Shape, request: Request) -> tuple[str, ...]:
        return tuple(request.path_params[name] for name in shape.parents)

    def _check_parents(self, shape: Shape, context: Context, request: Request) -> None:
        """404 when a parent record the store manages does not exist."""
        segments = shape.collection.split("/")
        for depth in range(len(shape.parents), 0, -1):
            parent = "/".join(segments[:depth])
            if parent not in self._creatable:
                continue
            owners = tuple(request.path_params[name] for name in shape.parents[: depth - 1])
            value = request.path_params[shape.parents[depth - 1]]
            if not any(_matches(r, value) for r in self._store(context).records(parent, owners)):
                raise ApiError(404, f"{segments[depth - 1]} {value!r} not found")

    def _find(self, shape: Shape, context: Context, request: Request) -> Record:
        values = [request.path_params[name] for name in shape.items]
        for record in self._store(context).records(shape.collection, self._parents(shape, request)):
            if len(values) == 1 and _matches(record, values[0]):
                return record
            if len(values) > 1 and all(
                str(record.get(n)) == v for n, v in zip(shape.items, values, strict=True)
            ):
                return record
        raise ApiError(404, f"{shape.collection.rsplit('/', 1)[-1]} {'/'.join(values)!r} not found")

    # -- answers -----------------------------------------------------------------------------

    def _resource_schema(self, shape: Shape) -> Any:
        where = _resource_field(self.schemas, shape.response)
        if where is None:
            return {}
        return shape.response if where == "" else self.schemas.properties(shape.response)[where]

    def _wrap(self, shape: Shape, context: Context, record: Record | None) -> Any:
        now = context.clock()
        if shape.response is None:
            return None
        where = _resource_field(self.schemas, shape.response)
        if where == "" and record is not None:
            return self.schemas.shape(record, shape.response, now)
        payload: dict[str, Any] = {}
        if "success" in self.schemas.properties(shape.response):
            payload["success"] = True
        if where and record is not None:
            resource_schema = self.schemas.properties(shape.response)[where]
            payload[where] = self.schemas.shape(record, resource_schema, now)
        return self.schemas.fill(payload, shape.response, now)

    def _create(self, shape: Shape, context: Context, request: Request) -> Any:
        schema = self._resource_schema(shape)
        store = self._store(context)
        now = iso_time(context.clock())
        record: Record = {
            "id": store.new_id(shape.collection, self._ids.get(shape.collection, {}), self.schemas)
        }
        properties = self.schemas.properties(schema)
        for name, value in zip(shape.parents, self._parents(shape, request), strict=True):
            if name in properties:
                record[name] = int(value) if self.schemas.type_of(properties[name]) == "integer" else value
        record.update(request.json_object())
        for stamp in ("created_at", "updated_at"):
            if stamp in properties:
                record.setdefault(stamp, now)
        store.add(shape.collection, self._parents(shape, request), record)
        return self._wrap(shape, context, record)

    def _get(self, shape: Shape, context: Context, request: Request) -> Any:
        return self._wrap(shape, context, self._find(shape, context, request))

    def _update(self, shape: Shape, context: Context, request: Request) -> Any:
        record = self._find(shape, context, request)
        record.update({k: v for k, v in request.json_object().items() if k != "id"})
        if "updated_at" in record:
            record["updated_at"] = iso_time(context.clock())
        return self._wrap(shape, context, record)

    def _replace(self, shape: Shape, context: Context, request: Request) -> Any:
        try:
            record = self._find(shape, context, request)
        except ApiError:
            record = self._store(context).add(
                shape.collection,
                self._parents(shape, request),
                dict(zip(shape.items, self._item_values(shape, request), strict=True)),
            )
        record.update(request.json_object())
        return self._wrap(shape, context, record)

    def _item_values(self, shape: Shape, request: Request) -> list[str]:
        return [request.path_params[name] for name in shape.items]

    def _delete(self, shape: Shape, context: Context, request: Request) -> Any:
        record = self._find(shape, context, request)
        self._store(context).remove(shape.collection, record)
        return self._wrap(shape, context, None)

    def _bulk_delete(self, shape: Shape, context: Context, request: Request) -> Any:
        body = request.json_object()
        ids = {str(v) for key in ("ids", "row_ids", "entity_ids") for v in body.get(key) or ()}
        store = self._store(context)
        for record in store.records(shape.collection, self._parents(shape, request)):
            if str(record.get("id")) in ids:
                store.remove(shape.collection, record)
        return self._wrap(shape, context, None)

    def _list(self, shape: Shape, context: Context, request: Request) -> Any:
        records = self._store(context).records(shape.collection, self._parents(shape, request))
        for name, value in request.query:
            if name not in _PAGE_PARAMS and name not in _EXTERNAL_PARAMS:
                records = [r for r in records if name not in r or _text(r[name]) == value]
        source, external_id = (request.query_value(name) for name in _EXTERNAL_PARAMS)
        if source is not None and external_id is not None:
            link = {"source": source, "external_id": external_id}
            records = [r for r in records if link in (r.get("external_ids") or ())]
        field = _list_field(self.schemas, shape.response)
        properties = self.schemas.properties(shape.response)
        page, size, start = self._window(request, len(records))
        chosen = records[start : start + size]
        item_schema = self.schemas.variants(properties[field])[0].get("items", {}) if field else {}
        now = context.clock()
        payload: dict[str, Any] = {"success": True} if "success" in properties else {}
        if field:
            payload[field] = [self.schemas.shape(r, item_schema, now) for r in chosen]
        pages = max(1, -(-len(records) // size))
        more = start + size < len(records)
        facts: dict[str, object] = {
            "total": len(records),
            "total_count": len(records),
            "page": page,
            "per_page": size,
            "page_size": size,
            "pages": pages,
            "has_next": more,
            "has_prev": start > 0,
            "has_more": more,
            "next_num": page + 1 if more else None,
            "prev_num": page - 1 if start > 0 else None,
            "next_cursor": str(start + size) if more else None,
        }
        for fact, known in facts.items():
            if fact in properties and (known is not None or self.schemas.nullable(properties[fact])):
                payload[fact] = known
        if "pagination" in properties:  # cursors answered in a nested object (rows, versions)
            nested = self.schemas.properties(properties["pagination"])
            facts |= {"prev_cursor": str(max(0, start - size)) if start > 0 else None, "limit": size}
            payload["pagination"] = self.schemas.fill(
                {fact: known for fact, known in facts.items() if fact in nested},
                properties["pagination"],
                now,
            )
        return self.schemas.fill(payload, shape.response, now)

    def _window(self, request: Request, total: int) -> tuple[int, int, int]:
        size = (
            request.query_int("per_page")
            or request.query_int("page_size")
            or request.query_int("limit")
            or 100
        )
        if request.query_value("cursor"):
            start = request.query_int("cursor") or 0
            return start // size + 1, size, start
        if request.query_int("offset") is not None:
            start = request.query_int("offset") or 0
            return start // size + 1, size, start
        page = request.query_int("page") or 1
        return page, size, (page - 1) * size

    def _singleton(self, shape: Shape, context: Context, request: Request) -> Any:
        store = self._store(context)
        parents = self._parents(shape, request)
        existing = store.records(shape.collection, parents)
        record = existing[0] if existing else None
        method = request.method.upper()
        if method == "DELETE":
            if record is None:
                raise ApiError(404, f"{shape.collection.rsplit('/', 1)[-1]} not found")
            store.remove(shape.collection, record)
            return self._wrap(shape, context, None)
        if method != "GET":
            if record is None:
                record = store.add(shape.collection, parents, {})
            record.update(request.json_object())
        return self._singleton_answer(shape, context, record or {})

    def _singleton_answer(self, shape: Shape, context: Context, record: Record) -> Any:
        """A singleton's answer: the stored fields wherever the response schema names them."""
        if shape.response is None:
            return None
        properties = self.schemas.properties(shape.response)
        payload = {k: copy.deepcopy(v) for k, v in record.items() if k in properties}
        where = _resource_field(self.schemas, shape.response)
        if where:
            payload[where] = self.schemas.shape(record, properties[where], context.clock())
        if "success" in properties:
            payload["success"] = True
        return self.schemas.fill(payload, shape.response, context.clock())

    def _action(self, shape: Shape, context: Context, request: Request) -> Any:
        return self._wrap(shape, context, None)


def _matches(record: Record, value: str) -> bool:
    if str(record.get("id")) == value:
        return True
    return any(str(record.get(name)) == value for name in _NAME_FIELDS if record.get(name) is not None)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
