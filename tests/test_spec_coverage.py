"""Tests for scripts/spec_coverage.py, the checker comparing openapi.yaml with PromptLayer's spec."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "spec_coverage.py"
JSON_BODY = "application/json"


def reference_spec() -> Path:
    configured = os.environ.get("PROMPTLAYER_REFERENCE_SPEC")
    default = REPO.parent / "shared" / "reference" / "promptlayer-openapi.json"
    return Path(configured) if configured else default


def run(*args: str | Path) -> tuple[int, list[str]]:
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)], capture_output=True, text=True, timeout=120
    )
    assert proc.stderr == "", proc.stderr
    return proc.returncode, proc.stdout.splitlines()


# -- against the published spec ------------------------------------------------------------


def test_openapi_yaml_agrees_with_published_spec() -> None:
    reference = reference_spec()
    if not reference.is_file():
        pytest.skip(f"published PromptLayer spec not found at {reference} (set PROMPTLAYER_REFERENCE_SPEC)")
    code, lines = run(reference)
    summary = re.fullmatch(r"covered (\d+)/(\d+) operations, 0 disagreements", lines[-1])
    assert code == 0 and summary, "\n".join(line for line in lines if not line.startswith("ok "))
    assert int(summary.group(1)) >= 30


def test_published_spec_agrees_with_itself() -> None:
    reference = reference_spec()
    if not reference.is_file():
        pytest.skip(f"published PromptLayer spec not found at {reference} (set PROMPTLAYER_REFERENCE_SPEC)")
    operations = sum(
        method in {"get", "put", "post", "delete", "patch", "options", "head", "trace"}
        for item in json.loads(reference.read_text())["paths"].values()
        for method in item
    )
    code, lines = run("--spec", reference, reference)
    assert lines[-1] == f"covered {operations}/{operations} operations, 0 disagreements"
    assert code == 0


# -- synthetic spec pairs ------------------------------------------------------------------


def document(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }


def json_content(schema: dict[str, Any]) -> dict[str, Any]:
    return {JSON_BODY: {"schema": schema}}


def get_op(schema: dict[str, Any] | None = None, **fields: Any) -> dict[str, Any]:
    """A GET operation whose 200 response has `schema`."""
    ok = {"description": "ok", "content": json_content(schema or {"type": "object"})}
    return {"responses": {"200": ok}, **fields}


def compare(tmp_path: Path, ours: dict[str, Any], reference: dict[str, Any]) -> tuple[int, list[str]]:
    """Our side is written as YAML, the reference as JSON, as in the project."""
    our_file, ref_file = tmp_path / "ours.yaml", tmp_path / "reference.json"
    our_file.write_text(yaml.safe_dump(ours, sort_keys=False))
    ref_file.write_text(json.dumps(reference))
    return run("--spec", our_file, ref_file)


def compare_responses(
    tmp_path: Path, ours: dict[str, Any], reference: dict[str, Any], **schemas: dict[str, Any]
) -> tuple[int, list[str]]:
    """Compare GET /items whose 200 responses carry the two schemas."""
    return compare(
        tmp_path,
        document({"/items": {"get": get_op(ours)}}, schemas),
        document({"/items": {"get": get_op(reference)}}, schemas),
    )


def obj(required: list[str] | None = None, **properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties, **({"required": required} if required else {})}


STRING, INTEGER = {"type": "string"}, {"type": "integer"}


def test_identical_specs_are_ok(tmp_path: Path) -> None:
    schema = obj(["id"], id=INTEGER, name={"type": ["string", "null"]})
    code, lines = compare_responses(tmp_path, schema, schema)
    assert lines == ["ok      GET /items", "covered 1/1 operations, 0 disagreements"]
    assert code == 0


def test_missing_parameter(tmp_path: Path) -> None:
    limit = {"name": "limit", "in": "query", "required": False, "schema": INTEGER}
    code, lines = compare(
        tmp_path,
        document({"/items": {"get": get_op()}}),
        document({"/items": {"get": get_op(parameters=[limit])}}),
    )
    assert lines == [
        "GET /items",
        "    query param limit: missing",
        "covered 1/1 operations, 1 disagreements",
    ]
    assert code == 1


def test_extra_parameter_without_marker(tmp_path: Path) -> None:
    debug = {"name": "debug", "in": "query", "schema": {"type": "boolean"}}
    code, lines = compare(
        tmp_path,
        document({"/items": {"get": get_op(parameters=[debug])}}),
        document({"/items": {"get": get_op()}}),
    )
    assert "    query param debug: not in reference" in lines
    assert lines[-1] == "covered 1/1 operations, 1 disagreements" and code == 1


def test_parameter_required_mismatch_and_ignored_headers(tmp_path: Path) -> None:
    auth = {"name": "X-API-KEY", "in": "header", "required": True, "schema": STRING}
    content_type = {"name": "content-type", "in": "header", "required": True, "schema": STRING}
    limit = {"name": "limit", "in": "query", "schema": INTEGER}
    code, lines = compare(
        tmp_path,
        document({"/items": {"get": get_op(parameters=[limit, content_type])}}),
        document({"/items": {"get": get_op(parameters=[auth, {**limit, "required": True}])}}),
    )
    assert lines == [
        "GET /items",
        "    query param limit: required in reference only",
        "covered 1/1 operations, 1 disagreements",
    ]
    assert code == 1


def test_parameter_ref_and_schema_type_mismatch(tmp_path: Path) -> None:
    limit = {"name": "limit", "in": "query", "schema": INTEGER}
    ours = document({"/items": {"get": get_op(parameters=[{"$ref": "#/components/parameters/Limit"}])}})
    ours["components"]["parameters"] = {"Limit": {**limit, "schema": STRING}}
    code, lines = compare(tmp_path, ours, document({"/items": {"get": get_op(parameters=[limit])}}))
    assert "    query param limit: type string (ours) vs integer (reference)" in lines
    assert code == 1


def test_type_mismatch_in_nested_property(tmp_path: Path) -> None:
    code, lines = compare_responses(
        tmp_path,
        obj(page=obj(items={"type": "array", "items": obj(count=STRING)})),
        obj(page=obj(items={"type": "array", "items": obj(count=INTEGER)})),
    )
    expected = "response 200(application/json).page.items[].count: type string (ours) vs integer (reference)"
    assert f"    {expected}" in lines
    assert lines[-1] == "covered 1/1 operations, 1 disagreements" and code == 1


def test_integer_is_not_number_and_format_is_checked(tmp_path: Path) -> None:
    code, lines = compare_responses(
        tmp_path,
        obj(score=INTEGER, created=STRING),
        obj(score={"type": "number"}, created={"type": "string", "format": "date-time"}),
    )
    assert "    response 200(application/json).score: type integer (ours) vs number (reference)" in lines
    assert "    response 200(application/json).created: format none (ours) vs date-time (reference)" in lines
    assert code == 1


def test_nullability_mismatch_both_ways(tmp_path: Path) -> None:
    code, lines = compare_responses(
        tmp_path,
        obj(a=STRING, b={"type": ["string", "null"]}),
        obj(a={"anyOf": [STRING, {"type": "null"}]}, b=STRING),
    )
    assert "    response 200(application/json).a: nullable in reference only" in lines
    assert "    response 200(application/json).b: nullable in ours only" in lines
    assert lines[-1] == "covered 1/1 operations, 2 disagreements" and code == 1


def test_marked_nullable_relaxation_is_only_listed(tmp_path: Path) -> None:
    relaxed = {
        "anyOf": [{"$ref": "#/components/schemas/V"}, {"type": "null"}],
        "x-promptlayer-extra": "null seen",
    }
    schemas = {"V": obj(n=INTEGER)}
    code, lines = compare_responses(
        tmp_path, obj(v=relaxed), obj(v={"$ref": "#/components/schemas/V"}), **schemas
    )
    assert lines == [
        "ok      GET /items",
        "    extra: response 200(application/json).v  (null seen)",
        "covered 1/1 operations, 0 disagreements",
    ]
    assert code == 0
    # The marker never excuses the opposite direction.
    code, lines = compare_responses(
        tmp_path,
        obj(v={"$ref": "#/components/schemas/V", **{"x-promptlayer-extra": "x"}}),
        obj(v=relaxed),
        **schemas,
    )
    assert "    response 200(application/json).v: nullable in reference only" in lines
    assert code == 1


def test_body_on_a_bodiless_response_needs_the_marker(tmp_path: Path) -> None:
    def op(content: dict[str, Any] | None) -> dict[str, Any]:
        response: dict[str, Any] = {"description": "bad"}
        if content is not None:
            response["content"] = content
        return {"responses": {"400": response}}

    plain = {JSON_BODY: {"schema": STRING}}
    marked = {JSON_BODY: {"schema": STRING, "x-promptlayer-extra": "errors carry JSON"}}
    code, lines = compare(tmp_path, document({"/x": {"get": op(plain)}}), document({"/x": {"get": op(None)}}))
    assert "    response 400(application/json): content in ours only" in lines and code == 1
    code, lines = compare(
        tmp_path, document({"/x": {"get": op(marked)}}), document({"/x": {"get": op(None)}})
    )
    assert "    extra: response 400(application/json)  (errors carry JSON)" in lines and code == 0
    code, lines = compare(tmp_path, document({"/x": {"get": op(None)}}), document({"/x": {"get": op(plain)}}))
    assert "    response 400: content in reference only" in lines and code == 1


def test_marked_widening_to_any_value_is_only_listed(tmp_path: Path) -> None:
    narrow = {"type": "object", "additionalProperties": STRING}
    wide = {"type": "object", "additionalProperties": {"x-promptlayer-extra": "any JSON value"}}
    code, lines = compare_responses(tmp_path, obj(v=wide), obj(v=narrow))
    assert "    extra: response 200(application/json).v{*}  (any JSON value)" in lines and code == 0
    code, lines = compare_responses(
        tmp_path, obj(v={"type": "object", "additionalProperties": {}}), obj(v=narrow)
    )
    assert code == 1


def test_equivalent_spellings_are_not_disagreements(tmp_path: Path) -> None:
    schemas = {"Kind": {"type": "string", "enum": ["a", "b"]}, "Inner": obj(["x"], x=INTEGER)}
    ours = obj(
        kind={"anyOf": [{"$ref": "#/components/schemas/Kind"}, {"type": "null"}]},
        role={"type": "string", "enum": ["user"]},
        inner={"anyOf": [{"$ref": "#/components/schemas/Inner"}, {"type": "null"}]},
        either={"type": ["string", "integer"]},
        note={"type": ["string", "null"]},
    )
    reference = obj(
        kind={"type": "string", "enum": ["a", "b", None], "nullable": True},
        role={"const": "user", "description": "prose is ignored", "default": "user"},
        inner={"allOf": [{"$ref": "#/components/schemas/Inner"}], "nullable": True},
        either={"oneOf": [STRING, INTEGER]},
        note={"type": "string", "nullable": True, "maxLength": 10, "title": "Note"},
    )
    code, lines = compare_responses(tmp_path, ours, reference, **schemas)
    assert lines == ["ok      GET /items", "covered 1/1 operations, 0 disagreements"]
    assert code == 0


def test_enum_differences(tmp_path: Path) -> None:
    code, lines = compare_responses(
        tmp_path,
        obj(status={"type": "string", "enum": ["queued", "done", "lost"]}),
        obj(status={"type": "string", "enum": ["queued", "done", "failed"]}),
    )
    assert '    response 200(application/json).status: enum values missing: "failed"' in lines
    assert '    response 200(application/json).status: enum values extra: "lost"' in lines
    assert code == 1


def test_extra_enum_values_are_allowed_when_marked(tmp_path: Path) -> None:
    marked = {"type": "string", "enum": ["queued", "lost"], "x-promptlayer-extra": "the service sends lost"}
    code, lines = compare_responses(
        tmp_path, obj(status=marked), obj(status={"type": "string", "enum": ["queued"]})
    )
    assert code == 0
    assert "    extra: response 200(application/json).status  (the service sends lost)" in lines


def test_const_differs(tmp_path: Path) -> None:
    code, lines = compare_responses(
        tmp_path,
        obj(kind={"type": "string", "const": "text"}),
        obj(kind={"type": "string", "const": "image"}),
    )
    assert '    response 200(application/json).kind: enum values missing: "image"' in lines
    assert code == 1


def test_missing_field_and_required_mismatch(tmp_path: Path) -> None:
    code, lines = compare_responses(tmp_path, obj(["id"], id=INTEGER), obj(["name"], id=INTEGER, name=STRING))
    assert "    response 200(application/json).name: missing property" in lines
    assert "    response 200(application/json).name: required in reference only" in lines
    assert "    response 200(application/json).id: required in ours only" in lines
    assert lines[-1] == "covered 1/1 operations, 3 disagreements" and code == 1


def test_extra_field_without_marker_is_a_disagreement(tmp_path: Path) -> None:
    code, lines = compare_responses(tmp_path, obj(id=INTEGER, secret=STRING), obj(id=INTEGER))
    assert lines == [
        "GET /items",
        "    response 200(application/json).secret: property not in reference",
        "covered 1/1 operations, 1 disagreements",
    ]
    assert code == 1


def test_extra_field_with_marker_is_only_listed(tmp_path: Path) -> None:
    marked = {"type": "string", "x-promptlayer-extra": "sent by the SDK"}
    code, lines = compare_responses(tmp_path, obj(id=INTEGER, tag=marked), obj(id=INTEGER))
    assert lines == [
        "ok      GET /items",
        "    extra: response 200(application/json).tag  (sent by the SDK)",
        "covered 1/1 operations, 0 disagreements",
    ]
    assert code == 0


def test_any_on_our_side_is_a_disagreement_but_not_on_theirs(tmp_path: Path) -> None:
    code, lines = compare_responses(
        tmp_path, obj(a={}, b=INTEGER), obj(a=INTEGER, b={"description": "anything"})
    )
    assert lines == [
        "GET /items",
        "    response 200(application/json).a: ours accepts any value, reference requires integer",
        "covered 1/1 operations, 1 disagreements",
    ]
    assert code == 1


def test_additional_properties_schemas_are_compared(tmp_path: Path) -> None:
    code, lines = compare_responses(
        tmp_path,
        obj(counts={"type": "object", "additionalProperties": STRING}),
        obj(counts={"type": "object", "additionalProperties": INTEGER}),
    )
    assert "    response 200(application/json).counts{*}: type string (ours) vs integer (reference)" in lines
    assert code == 1


def test_missing_and_extra_response_codes(tmp_path: Path) -> None:
    not_found = {"description": "gone"}
    teapot = {"description": "short and stout"}
    ours_op = get_op()
    ours_op["responses"]["418"] = teapot
    ref_op = get_op()
    ref_op["responses"]["404"] = not_found
    code, lines = compare(
        tmp_path, document({"/items": {"get": ours_op}}), document({"/items": {"get": ref_op}})
    )
    assert lines == [
        "GET /items",
        "    response 404: missing",
        "    response 418: not in reference",
        "covered 1/1 operations, 2 disagreements",
    ]
    assert code == 1


def test_response_refs_are_resolved_and_content_presence_compared(tmp_path: Path) -> None:
    ours = document({"/items": {"get": get_op()}})
    ours["paths"]["/items"]["get"]["responses"]["404"] = {"$ref": "#/components/responses/NotFound"}
    ours["components"]["responses"] = {"NotFound": {"description": "x", "content": json_content(obj())}}
    reference = document({"/items": {"get": get_op()}})
    reference["paths"]["/items"]["get"]["responses"]["404"] = {"description": "no body"}
    code, lines = compare(tmp_path, ours, reference)
    assert "    response 404(application/json): content in ours only" in lines
    assert code == 1


def test_media_type_differences(tmp_path: Path) -> None:
    schema = obj(name=STRING)
    ours_body = {"required": True, "content": {**json_content(schema), "text/plain": {"schema": STRING}}}
    ref_body = {
        "required": True,
        "content": {**json_content(schema), "multipart/form-data": {"schema": schema}},
    }
    code, lines = compare(
        tmp_path,
        document({"/items": {"post": get_op(requestBody=ours_body)}}),
        document({"/items": {"post": get_op(requestBody=ref_body)}}),
    )
    assert lines == [
        "POST /items",
        "    body: media type multipart/form-data missing",
        "    body(text/plain): media type not in reference",
        "covered 1/1 operations, 2 disagreements",
    ]
    assert code == 1


def test_body_presence_and_required(tmp_path: Path) -> None:
    body = {"required": True, "content": json_content(obj(name=STRING))}
    code, lines = compare(
        tmp_path,
        document({"/a": {"post": get_op(requestBody={**body, "required": False})}, "/b": {"post": get_op()}}),
        document({"/a": {"post": get_op(requestBody=body)}, "/b": {"post": get_op(requestBody=body)}}),
    )
    assert lines == [
        "POST /a",
        "    body: required in reference only",
        "POST /b",
        "    body: present in reference only",
        "covered 2/2 operations, 2 disagreements",
    ]
    assert code == 1


def test_optional_body_written_as_any_of_null_equals_non_required_body(tmp_path: Path) -> None:
    schemas = {"Options": obj(label=STRING)}
    nullable_options = {"anyOf": [{"$ref": "#/components/schemas/Options"}, {"type": "null"}]}
    ref_body = {"content": json_content(nullable_options)}
    ours_body = {"required": False, "content": json_content({"$ref": "#/components/schemas/Options"})}
    code, lines = compare(
        tmp_path,
        document({"/items": {"post": get_op(requestBody=ours_body)}}, schemas),
        document({"/items": {"post": get_op(requestBody=ref_body)}}, schemas),
    )
    assert lines == ["ok      POST /items", "covered 1/1 operations, 0 disagreements"]
    assert code == 0
    code, lines = compare(
        tmp_path,
        document({"/items": {"post": get_op(requestBody={**ours_body, "required": True})}}, schemas),
        document({"/items": {"post": get_op(requestBody=ref_body)}}, schemas),
    )
    assert "    body: required in ours only" in lines and code == 1


PART_SCHEMAS: dict[str, Any] = {
    "TextPart": obj(["type", "text"], type={"type": "string", "const": "text"}, text=STRING),
    "ImagePart": obj(["type", "url"], type={"type": "string", "enum": ["image"]}, url=STRING),
    "BadImagePart": obj(["type", "url"], type={"type": "string", "enum": ["image"]}, url=INTEGER),
    "UnknownPart": {
        **obj(["type"], type=STRING),
        "x-promptlayer-extra": "forward compatibility",
    },
}


def union(*names: str) -> dict[str, Any]:
    return {"oneOf": [{"$ref": f"#/components/schemas/{name}"} for name in names]}


def test_union_variant_missing(tmp_path: Path) -> None:
    code, lines = compare_responses(
        tmp_path,
        obj(parts={"type": "array", "items": union("TextPart")}),
        obj(parts={"type": "array", "items": union("TextPart", "ImagePart")}),
        **PART_SCHEMAS,
    )
    assert lines == [
        "GET /items",
        "    response 200(application/json).parts[]: union variant missing: image",
        "covered 1/1 operations, 1 disagreements",
    ]
    assert code == 1


def test_union_variant_with_same_signature_reports_nested_problems(tmp_path: Path) -> None:
    code, lines = compare_responses(
        tmp_path,
        obj(part=union("TextPart", "BadImagePart")),
        obj(part={**union("ImagePart", "TextPart"), "discriminator": {"propertyName": "type"}}),
        **PART_SCHEMAS,
    )
    assert lines == [
        "GET /items",
        "    response 200(application/json).part<image>.url: type integer (ours) vs string (reference)",
        "covered 1/1 operations, 1 disagreements",
    ]
    assert code == 1


def test_extra_union_variants_with_and_without_marker(tmp_path: Path) -> None:
    code, lines = compare_responses(
        tmp_path,
        obj(marked=union("TextPart", "UnknownPart"), unmarked=union("TextPart", "ImagePart")),
        obj(marked=union("TextPart", "TextPart"), unmarked={"$ref": "#/components/schemas/TextPart"}),
        **PART_SCHEMAS,
    )
    assert lines == [
        "GET /items",
        "    response 200(application/json).unmarked<image>: union variant extra: image",
        "    extra: response 200(application/json).marked<UnknownPart>  (forward compatibility)",
        "covered 1/1 operations, 1 disagreements",
    ]
    assert code == 1


def test_extra_operation_with_and_without_marker(tmp_path: Path) -> None:
    marked = {**get_op(), "x-promptlayer-extra": "used by the official SDK"}
    code, lines = compare(
        tmp_path,
        document({"/items": {"get": get_op()}, "/legacy": {"post": marked}}),
        document({"/items": {"get": get_op()}, "/other": {"get": get_op()}}),
    )
    assert lines == [
        "ok      GET /items",
        "extra   POST /legacy  (used by the official SDK)",
        "covered 1/2 operations, 0 disagreements",
    ]
    assert code == 0
    code, lines = compare(
        tmp_path,
        document({"/legacy": {"post": get_op()}}),
        document({"/items": {"get": get_op()}}),
    )
    assert lines == ["POST /legacy", "    not in reference", "covered 0/1 operations, 1 disagreements"]
    assert code == 1


def test_recursive_schemas_terminate_and_still_report(tmp_path: Path) -> None:
    def tree(name_type: dict[str, Any]) -> dict[str, Any]:
        node = obj(
            name=name_type,
            children={"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
            parent={"anyOf": [{"$ref": "#/components/schemas/Node"}, {"type": "null"}]},
        )
        return document({"/tree": {"get": get_op({"$ref": "#/components/schemas/Node"})}}, {"Node": node})

    code, lines = compare(tmp_path, tree(STRING), tree(STRING))
    assert lines == ["ok      GET /tree", "covered 1/1 operations, 0 disagreements"]
    code, lines = compare(tmp_path, tree(INTEGER), tree(STRING))
    assert "    response 200(application/json).name: type integer (ours) vs string (reference)" in lines
    assert lines[-1] == "covered 1/1 operations, 1 disagreements" and code == 1
