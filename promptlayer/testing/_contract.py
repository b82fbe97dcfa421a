"""Check requests and responses against the OpenAPI 3.1 contract (``openapi.yaml``).

The local server runs every request and every handler response through :class:`Contract` so
that a client sending something the API does not accept, or a handler answering something the
API does not promise, shows up as a precise violation instead of a silent drift.

Schemas are JSON Schema 2020-12 (OpenAPI 3.1), validated with ``jsonschema`` and
``referencing``: the whole spec is one resource under :data:`SPEC_URI`, so each validator is just
``{"$ref": SPEC_URI + "#/json/pointer"}`` and the spec's ``#/components/...`` references resolve.
One deliberate reading differs from plain JSON Schema: ``oneOf`` is a *tagged union*, the way
the generated client reads it. The spec's unions end with catch-all variants (``UnknownMessage``,
``UnknownContent``...), so "exactly one variant matches" would reject every valid message and
accept every broken one. Instead, when the variants carry a ``const``/``enum`` tag property
(``role``, ``type``), the instance is checked against the variant its tag names (the catch-all
only for tags no variant names), which also makes errors point deep into the payload; without a
usable tag, at least one variant must match.
"""

from __future__ import annotations

import gzip
import json
import re
import reprlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from email import policy
from email.parser import BytesParser
from typing import Any
from urllib.parse import quote, unquote
from uuid import UUID

from jsonschema import Draft202012Validator, FormatChecker, validators
from jsonschema.exceptions import ValidationError, best_match
from jsonschema.protocols import Validator
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from ._types import Request, Response

__all__ = ["SPEC_URI", "Contract"]

SPEC_URI = "urn:promptlayer:openapi"
"""The URI the spec is registered under; validators are ``$ref``s into it."""

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# OpenAPI ignores these header parameters; the API key is the server's business.
_SKIPPED_HEADERS = frozenset({"accept", "content-type", "authorization", "x-api-key"})
_DEFAULT_REF = Draft202012Validator.VALIDATORS["$ref"]
_extend: Callable[..., Callable[..., Validator]] = validators.extend  # untyped upstream
_NO_BODY_STATUSES = frozenset({204, 304})
_MAX_MESSAGE = 400
_INTEGER = re.compile(r"[+-]?\d+")
_DATE_TIME = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})",
    re.ASCII,
)

_repr = reprlib.Repr()
_repr.maxstring = 60
_repr.maxother = 60
_repr.maxdict = 4
_repr.maxlist = 4
_repr.maxlevel = 2


def _is_date_time(instance: object) -> bool:
    """RFC 3339 ``date-time``: full date, ``T``, time and a mandatory offset."""
    if not isinstance(instance, str):
        return True
    if not _DATE_TIME.fullmatch(instance):
        return False
    text = instance.upper().replace("Z", "+00:00")
    if text[17:19] == "60":  # leap second: datetime cannot hold it
        text = text[:17] + "59" + text[19:]
    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def _is_uuid(instance: object) -> bool:
    """The hyphenated 8-4-4-4-12 form."""
    if not isinstance(instance, str):
        return True
    try:
        UUID(instance)
    except ValueError:
        return False
    return len(instance) == 36 and all(instance[i] == "-" for i in (8, 13, 18, 23))


def _format_checker() -> FormatChecker:
    checker = FormatChecker(formats=())
    checker.checks("date-time")(_is_date_time)
    checker.checks("uuid")(_is_uuid)
    return checker


def _escape(token: str) -> str:
    """One JSON pointer segment."""
    return token.replace("~", "~0").replace("/", "~1")


def _media(value: str | None) -> str:
    """A media type without its parameters, lower-cased."""
    return (value or "").split(";", 1)[0].strip().lower()


def _is_json(media: str) -> bool:
    return media == "application/json" or media.endswith("+json")


def _media_matches(pattern: str, media: str) -> bool:
    if pattern == media or pattern == "*/*":
        return True
    if pattern.endswith("/*"):
        return media.split("/", 1)[0] == pattern[:-2]
    return False


def _location(prefix: str, path: Iterable[str | int]) -> str:
    """``body`` + ``["a", 0, "b"]`` -> ``body.a[0].b``."""
    out = prefix
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part.isidentifier():
            out += f".{part}"
        else:
            out += f"[{part!r}]"
    return out


def _clip(message: str) -> str:
    return message if len(message) <= _MAX_MESSAGE else message[: _MAX_MESSAGE - 1] + "…"


@dataclass(frozen=True)
class _Param:
    name: str
    where: str  # path, query or header
    required: bool
    schema: Mapping[str, Any] | None  # resolved, for coercion
    pointer: str | None  # where the schema lives, for the validator


@dataclass(frozen=True)
class _Body:
    required: bool
    media: tuple[tuple[str, str | None], ...]  # (media type, schema pointer)


@dataclass(frozen=True)
class _Operation:
    operation_id: str
    method: str
    path: str
    pointer: str
    params: tuple[_Param, ...]
    body: _Body | None
    responses: Mapping[str, Any]  # status key -> response object, as written


@dataclass(frozen=True)
class _Union:
    """How a ``oneOf`` picks its variant: the tag property and which variant each value names."""

    tag: str
    variants: Mapping[Any, tuple[int, ...]]
    fallback: tuple[int, ...]


class _CoercionError(Exception):
    """A raw string that cannot be read as the parameter's declared type."""


class Contract:
    """Validates requests and responses of one OpenAPI 3.1 spec; answers lists of violations."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self._spec = spec
        self._registry: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(spec))
        self._formats = _format_checker()
        keywords: dict[str, Any] = {"oneOf": self._one_of}
        if not _has_ids(spec):  # every local $ref then means the same thing wherever it sits
            keywords["$ref"] = self._ref
        self._validator_class: Callable[..., Validator] = _extend(Draft202012Validator, keywords)
        self._validators: dict[str, Validator] = {}
        self._unions: dict[int, _Union | None] = {}
        self._targets: dict[str, Any] = {}
        self._operations = self._index(spec)

    # -- public -------------------------------------------------------------------------

    def operation_ids(self) -> set[str]:
        """Every operationId the spec declares."""
        return set(self._operations)

    @property
    def compiled_validators(self) -> int:
        """How many schema validators have been built so far (each is built once, then reused)."""
        return len(self._validators)

    def check_request(self, operation_id: str, request: Request) -> list[str]:
        """Violations of the request against `operation_id` (parameters, then body); [] if valid."""
        op = self._operation(operation_id)
        problems: list[str] = []
        for param in op.params:
            problems.extend(self._check_param(param, request))
        problems.extend(self._check_request_body(op, request))
        return problems

    def check_response(self, operation_id: str, response: Response) -> list[str]:
        """Violations of a response to `operation_id` (status, media type, body); [] if valid."""
        op = self._operation(operation_id)
        status = response.status
        where = f"response {status}"
        found = self._response_for(op, status)
        if found is None:
            return [f"{where}: status not documented for this operation"]
        key, declared = found
        content: Mapping[str, Any] = declared.get("content") or {}
        body = response.body
        if not body:
            if status in _NO_BODY_STATUSES or not content:
                return []
            return [f"{where}: empty body (expected {_expected(content)})"]
        if status in _NO_BODY_STATUSES:
            return [f"{where}: a {status} response must not have a body"]
        media = _media(response.content_type)
        if not content:
            return [f"{where}: has a body ({media or 'no media type'}) but no content is documented"]
        pattern = _match_media(content, media)
        if pattern is None:
            return [f"{where}: media type {media or '(none)'} not documented (expected {_expected(content)})"]
        if not _is_json(media):
            return []  # binary payloads (zip, protobuf): non-empty is all the contract says
        pointer = self._response_pointer(op, key, pattern)
        return self._check_json(body, pointer, f"{where}: body")

    # -- spec index ---------------------------------------------------------------------

    def _index(self, spec: Mapping[str, Any]) -> dict[str, _Operation]:
        operations: dict[str, _Operation] = {}
        for path, item in (spec.get("paths") or {}).items():
            item_pointer = f"/paths/{_escape(path)}"
            item, item_pointer = self._resolve(item, item_pointer)
            shared = self._params(item.get("parameters") or [], f"{item_pointer}/parameters")
            for method in _METHODS:
                raw = item.get(method)
                if not isinstance(raw, Mapping) or "operationId" not in raw:
                    continue
                pointer = f"{item_pointer}/{method}"
                own = self._params(raw.get("parameters") or [], f"{pointer}/parameters")
                merged = {(p.where, p.name.lower() if p.where == "header" else p.name): p for p in shared}
                merged.update({(p.where, p.name.lower() if p.where == "header" else p.name): p for p in own})
                operations[raw["operationId"]] = _Operation(
                    operation_id=raw["operationId"],
                    method=method.upper(),
                    path=path,
                    pointer=pointer,
                    params=tuple(merged.values()),
                    body=self._body(raw.get("requestBody"), f"{pointer}/requestBody"),
                    responses=raw.get("responses") or {},
                )
        return operations

    def _params(self, raw: Sequence[Any], pointer: str) -> list[_Param]:
        params: list[_Param] = []
        for index, entry in enumerate(raw):
            param, param_pointer = self._resolve(entry, f"{pointer}/{index}")
            where = param.get("in")
            if where not in ("path", "query", "header"):
                continue  # cookies: the SDK never sends any
            if where == "header" and str(param["name"]).lower() in _SKIPPED_HEADERS:
                continue
            schema = param.get("schema")
            params.append(
                _Param(
                    name=param["name"],
                    where=where,
                    required=bool(param.get("required", where == "path")),
                    schema=self._resolve(schema, "")[0] if isinstance(schema, Mapping) else None,
                    pointer=f"{param_pointer}/schema" if isinstance(schema, Mapping) else None,
                )
            )
        return params

    def _body(self, raw: Any, pointer: str) -> _Body | None:
        if not isinstance(raw, Mapping):
            return None
        body, pointer = self._resolve(raw, pointer)
        media = tuple(
            (_media(name), f"{pointer}/content/{_escape(name)}/schema" if "schema" in item else None)
            for name, item in (body.get("content") or {}).items()
        )
        return _Body(required=bool(body.get("required", False)), media=media)

    def _operation(self, operation_id: str) -> _Operation:
        try:
            return self._operations[operation_id]
        except KeyError:
            raise KeyError(f"unknown operationId {operation_id!r}") from None

    def _resolve(self, node: Any, pointer: str) -> tuple[Any, str]:
        """Follow local ``$ref`` chains; answers the target and its pointer."""
        seen = 0
        while isinstance(node, Mapping) and str(node.get("$ref", "")).startswith("#"):
            pointer = node["$ref"][1:]
            node = self._lookup(pointer)
            seen += 1
            if seen > 32:
                raise ValueError(f"reference loop at {pointer}")
        return node, pointer

    def _lookup(self, pointer: str) -> Any:
        node: Any = self._spec
        for token in pointer.split("/")[1:]:
            token = token.replace("~1", "/").replace("~0", "~")
            node = node[int(token)] if isinstance(node, list) else node[token]
        return node

    # -- validators ---------------------------------------------------------------------

    def _validator(self, pointer: str) -> Validator:
        """The compiled validator for the schema at `pointer`, built on first use."""
        validator = self._validators.get(pointer)
        if validator is None:
            ref = f"{SPEC_URI}#{quote(pointer, safe='/~')}"
            validator = self._validator_class(
                {"$ref": ref}, registry=self._registry, format_checker=self._formats
            )
            self._validators[pointer] = validator
        return validator

    def _errors(self, pointer: str, instance: Any, prefix: str) -> list[str]:
        problems = []
        for error in self._validator(pointer).iter_errors(instance):
            for leaf in _refine(error):
                problems.append(_clip(f"{_location(prefix, leaf.absolute_path)}: {leaf.message}"))
        return problems

    def _ref(self, validator: Any, ref: str, instance: Any, schema: Mapping[str, Any]) -> Iterator[Any]:
        """``$ref`` with the target of each local reference looked up once, not on every use."""
        target = self._targets.get(ref)
        if target is None:
            base, _, fragment = ref.partition("#")
            try:
                if base not in ("", SPEC_URI) or not fragment.startswith("/"):
                    raise LookupError(ref)
                target = self._targets[ref] = self._lookup(unquote(fragment))
            except (LookupError, ValueError, TypeError):
                yield from _DEFAULT_REF(validator, ref, instance, schema)
                return
        yield from validator.descend(instance, target)

    def _one_of(
        self, validator: Any, one_of: Sequence[Any], instance: Any, schema: Mapping[str, Any]
    ) -> Iterator[ValidationError]:
        """``oneOf`` as a tagged union (see the module docstring)."""
        union = self._union(one_of, schema)
        candidates: Sequence[int] = range(len(one_of))
        if union is not None and isinstance(instance, dict) and union.tag in instance:
            tag = instance[union.tag]
            try:
                named = union.variants.get(tag)
            except TypeError:  # an unhashable tag value
                named = None
            candidates = named or union.fallback
            if not candidates:
                known = sorted(union.variants, key=str)
                yield ValidationError(
                    f"{_repr.repr(tag)} is not one of {known!r}", path=(union.tag,), instance=tag
                )
                return
            if len(candidates) == 1:
                yield from validator.descend(instance, one_of[candidates[0]], schema_path=candidates[0])
                return
        found: list[ValidationError] = []
        for index in candidates:
            errors = list(validator.descend(instance, one_of[index], schema_path=index))
            if not errors:
                return
            found.extend(errors)
        yield ValidationError(
            f"{_repr.repr(instance)} is not valid under any of the given schemas", context=found
        )

    def _union(self, one_of: Sequence[Any], schema: Mapping[str, Any]) -> _Union | None:
        key = id(one_of)
        if key not in self._unions:
            self._unions[key] = self._analyse_union(one_of, schema)
        return self._unions[key]

    def _analyse_union(self, one_of: Sequence[Any], schema: Mapping[str, Any]) -> _Union | None:
        """Find the tag property: one whose ``const``/``enum`` tells the variants apart."""
        variants = [self._resolve(branch, "")[0] for branch in one_of]
        properties = [v.get("properties") or {} if isinstance(v, Mapping) else {} for v in variants]
        discriminator = schema.get("discriminator")
        names: list[str] = []
        if isinstance(discriminator, Mapping) and isinstance(discriminator.get("propertyName"), str):
            names.append(discriminator["propertyName"])
        names.extend(sorted({name for props in properties for name in props} - set(names)))
        best: _Union | None = None
        for name in names:
            tagged: dict[Any, list[int]] = {}
            fallback: list[int] = []
            for index, props in enumerate(properties):
                values = self._literals(props.get(name))
                if values is None:
                    fallback.append(index)
                    continue
                for value in values:
                    tagged.setdefault(value, []).append(index)
            if isinstance(discriminator, Mapping) and name == discriminator.get("propertyName"):
                for value, target in (discriminator.get("mapping") or {}).items():
                    for index, branch in enumerate(one_of):
                        if isinstance(branch, Mapping) and branch.get("$ref") == target:
                            indexes = tagged.setdefault(value, [])
                            if index not in indexes:
                                indexes.append(index)
                            if index in fallback:
                                fallback.remove(index)
            count = len(one_of) - len(fallback)
            if count >= 2 and (best is None or count > len(one_of) - len(best.fallback)):
                best = _Union(
                    tag=name,
                    variants={value: tuple(indexes) for value, indexes in tagged.items()},
                    fallback=tuple(fallback),
                )
        return best

    def _literals(self, schema: Any) -> tuple[Any, ...] | None:
        if not isinstance(schema, Mapping):
            return None
        if "const" in schema:
            return (schema["const"],)
        if isinstance(schema.get("enum"), list):
            return tuple(schema["enum"])
        if isinstance(schema.get("$ref"), str):
            return self._literals(self._resolve(schema, "")[0])
        return None

    # -- parameters ---------------------------------------------------------------------

    def _check_param(self, param: _Param, request: Request) -> list[str]:
        if param.where == "query":
            raw = request.query_values(param.name)
        elif param.where == "path":
            value = request.path_params.get(param.name)
            raw = [] if value is None else [value]
        else:
            value = _header(request.headers, param.name)
            raw = [] if value is None else [value]
        if not raw:
            if param.required:
                kind = "header" if param.where == "header" else f"{param.where} parameter"
                return [f"missing required {kind} {param.name!r}"]
            return []
        if param.schema is None or param.pointer is None:
            return []
        prefix = f"{param.where}.{param.name}"
        try:
            value = self._coerce(param.schema, raw)
        except _CoercionError as exc:
            return [f"{prefix}: {exc}"]
        return self._errors(param.pointer, value, prefix)

    def _coerce(self, schema: Mapping[str, Any], raw: Sequence[str]) -> Any:
        """Read parameter strings as the declared type (form style, exploded arrays)."""
        types = self._types(schema)
        if "array" in types and (len(raw) > 1 or types == {"array"}):
            items = self._items(schema)
            item_types = self._types(items) if items is not None else {"string"}
            return [_scalar(item_types, value) for value in raw]
        if len(raw) > 1:
            raise _CoercionError(f"given {len(raw)} times but is not an array")
        return _scalar(types, raw[0])

    def _types(self, schema: Any, depth: int = 0) -> set[str]:
        """The JSON types a schema admits (through ``$ref``, ``anyOf``, ``oneOf``, enums)."""
        schema = self._resolve(schema, "")[0]
        if not isinstance(schema, Mapping) or depth > 8:
            return {"string"}
        declared = schema.get("type")
        if isinstance(declared, str):
            return {declared}
        if isinstance(declared, list):
            return set(declared)
        for keyword in ("anyOf", "oneOf"):
            if isinstance(schema.get(keyword), list):
                return set().union(*(self._types(branch, depth + 1) for branch in schema[keyword]))
        values = self._literals(schema)
        if values is not None:
            return {_json_type(value) for value in values}
        return {"string"}

    def _items(self, schema: Any) -> Any:
        schema = self._resolve(schema, "")[0]
        if not isinstance(schema, Mapping):
            return None
        if "items" in schema:
            return schema["items"]
        for keyword in ("anyOf", "oneOf"):
            for branch in schema.get(keyword) or []:
                items = self._items(branch)
                if items is not None:
                    return items
        return None

    # -- request bodies -----------------------------------------------------------------

    def _check_request_body(self, op: _Operation, request: Request) -> list[str]:
        declared = op.body
        if declared is None:
            return []  # nothing documented: whatever a client sends is ignored
        body = request.body
        if not body:
            return ["body: missing required request body"] if declared.required else []
        media = _media(_header(request.headers, "content-type"))
        pointer: str | None = None
        for pattern, schema_pointer in declared.media:
            if _media_matches(pattern, media):
                pointer = schema_pointer
                break
        else:
            expected = " or ".join(pattern for pattern, _ in declared.media) or "no body"
            return [f"body: media type {media or '(none)'} not accepted (expected {expected})"]
        if (_header(request.headers, "content-encoding") or "").lower() == "gzip" and body[:2] == b"\x1f\x8b":
            try:
                body = gzip.decompress(body)
            except (OSError, EOFError) as exc:
                return [f"body: not valid gzip data ({exc})"]
        if _is_json(media):
            return self._check_json(body, pointer, "body")
        if media == "multipart/form-data" and pointer is not None:
            return self._check_multipart(request, body, pointer)
        return []  # protobuf, octet-stream, zip: non-empty is all the contract says

    def _check_json(self, body: bytes, pointer: str | None, prefix: str) -> list[str]:
        try:
            data = json.loads(body)
        except ValueError as exc:
            return [f"{prefix}: malformed JSON ({exc})"]
        return [] if pointer is None else self._errors(pointer, data, prefix)

    def _check_multipart(self, request: Request, body: bytes, pointer: str) -> list[str]:
        """Parse the form parts and validate them as an object of their (coerced) fields."""
        header = _header(request.headers, "content-type") or ""
        if "boundary=" not in header.lower():
            return ["body: multipart/form-data without a boundary parameter"]
        message = BytesParser(policy=policy.HTTP).parsebytes(
            b"Content-Type: " + header.encode("latin-1") + b"\r\n\r\n" + body
        )
        if not message.is_multipart() or message.defects:
            reason = ", ".join(type(defect).__name__ for defect in message.defects) or "no parts"
            return [f"body: malformed multipart/form-data ({reason})"]
        schema = self._resolve(self._lookup(pointer), pointer)[0]
        properties: Mapping[str, Any] = schema.get("properties") or {} if isinstance(schema, Mapping) else {}
        fields: dict[str, list[str]] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if not isinstance(name, str):
                return ["body: a multipart/form-data part has no name"]
            field = self._resolve(properties.get(name), "")[0]
            if isinstance(field, Mapping) and field.get("format") == "binary":
                text = ""  # an uploaded file: being present is all that counts
            else:
                payload = part.get_payload(decode=True)
                text = payload.decode("utf-8", "replace") if isinstance(payload, bytes) else ""
            fields.setdefault(name, []).append(text)
        form: dict[str, Any] = {}
        for name, values in fields.items():
            field = self._resolve(properties.get(name), "")[0]
            try:
                form[name] = self._coerce(field if isinstance(field, Mapping) else {}, values)
            except _CoercionError as exc:
                return [f"{_location('body', [name])}: {exc}"]
        return self._errors(pointer, form, "body")

    # -- responses ----------------------------------------------------------------------

    def _response_for(self, op: _Operation, status: int) -> tuple[str, Mapping[str, Any]] | None:
        """The documented response for `status`: exact code, then ``4XX``-style range, then default."""
        wanted = (str(status), f"{status // 100}XX", "default")
        keys = {str(key).upper(): str(key) for key in op.responses}
        for candidate in wanted:
            key = keys.get(candidate.upper())
            if key is not None:
                declared, _ = self._resolve(op.responses[key], "")
                return key, declared
        return None

    def _response_pointer(self, op: _Operation, key: str, media: str) -> str | None:
        """Where the schema of `op`'s `key` response for `media` lives (None: no schema given)."""
        _, pointer = self._resolve(op.responses[key], f"{op.pointer}/responses/{_escape(key)}")
        for name, item in (self._lookup(pointer).get("content") or {}).items():
            if _media(name) == media and isinstance(item, Mapping) and "schema" in item:
                return f"{pointer}/content/{_escape(name)}/schema"
        return None


def _refine(error: ValidationError) -> list[ValidationError]:
    """The errors that say what is wrong, rather than "not valid under any of the given schemas".

    Variants of an ``anyOf``/``oneOf`` that fail on the value's very type (``null`` for an
    object, say) were plainly not meant; when one variant is left, its own errors are the answer.
    """
    if error.validator not in ("anyOf", "oneOf") or not error.context:
        return [error]
    branches: dict[Any, list[ValidationError]] = {}
    for sub in error.context:
        branches.setdefault(sub.relative_schema_path[0] if sub.relative_schema_path else None, []).append(sub)
    meant = {
        key: errors
        for key, errors in branches.items()
        if not any(sub.validator == "type" and not sub.relative_path for sub in errors)
    }
    if len(meant) == 1:
        return [leaf for sub in next(iter(meant.values())) for leaf in _refine(sub)]
    if not meant:
        wanted: list[str] = []
        for sub in error.context:
            declared: Any = sub.validator_value if sub.validator == "type" else ()
            for name in [declared] if isinstance(declared, str) else list(declared):
                if name not in wanted:
                    wanted.append(name)
        error.message = f"{_repr.repr(error.instance)} is not of type {', '.join(map(repr, wanted))}"
        return [error]
    return [best_match([error]) or error]


def _has_ids(node: Any) -> bool:
    """Whether any schema in the spec sets ``$id`` (which would rebase relative references)."""
    if isinstance(node, Mapping):
        return isinstance(node.get("$id"), str) or any(_has_ids(value) for value in node.values())
    if isinstance(node, list):
        return any(_has_ids(value) for value in node)
    return False


def _match_media(content: Mapping[str, Any], media: str) -> str | None:
    for name in content:
        pattern = _media(name)
        if _media_matches(pattern, media):
            return pattern
    return None


def _expected(content: Mapping[str, Any]) -> str:
    return " or ".join(_media(name) for name in content)


def _header(headers: Mapping[str, str], name: str) -> str | None:
    """A header value by case-insensitive name."""
    lowered = name.lower()
    value = headers.get(lowered)
    if value is not None:
        return value
    for key, candidate in headers.items():
        if key.lower() == lowered:
            return candidate
    return None


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if value is None:
        return "null"
    return "string"


def _scalar(types: set[str], raw: str) -> Any:
    """One parameter string as the first declared type it reads as."""
    if "integer" in types and _INTEGER.fullmatch(raw):
        return int(raw)
    if "number" in types:
        try:
            number = float(raw)
        except ValueError:
            pass
        else:
            if number == number and abs(number) != float("inf"):
                return int(raw) if _INTEGER.fullmatch(raw) else number
    if "boolean" in types and raw.lower() in ("true", "false"):
        # the official SDK sends Python's spelling ("True"), which the service accepts
        return raw.lower() == "true"
    if "string" in types or not types & {"integer", "number", "boolean"}:
        return raw
    if "integer" in types:
        raise _CoercionError(f"{raw!r} is not an integer")
    if "number" in types:
        raise _CoercionError(f"{raw!r} is not a number")
    raise _CoercionError(f"{raw!r} is not a boolean (expected true or false)")
