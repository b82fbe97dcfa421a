"""The local server's contract validator: valid traffic passes, each kind of violation is named."""

from __future__ import annotations

import gzip
import importlib.resources
import json
from typing import Any

import pytest

from promptlayer.testing._contract import Contract
from promptlayer.testing._types import Request, Response

SPEC: dict[str, Any] = json.loads(
    importlib.resources.files("promptlayer_api").joinpath("openapi.json").read_text()
)


@pytest.fixture(scope="module")
def contract() -> Contract:
    return Contract(SPEC)


def request(
    method: str,
    path: str,
    *,
    body: Any = None,
    raw: bytes | None = None,
    content_type: str | None = None,
    query: list[tuple[str, str]] | None = None,
    path_params: dict[str, str] | None = None,
    headers: dict[str, str] | None = None,
) -> Request:
    all_headers = {"x-api-key": "test-key", **(headers or {})}
    data = raw if raw is not None else (b"" if body is None else json.dumps(body).encode())
    if data and content_type is None:
        content_type = "application/json"
    if content_type is not None:
        all_headers["content-type"] = content_type
    return Request(method, path, query or [], all_headers, data, path_params=path_params or {})


def chat_template(text: Any = "Hello {name}") -> dict[str, Any]:
    return {
        "type": "chat",
        "input_variables": ["name"],
        "messages": [
            {"role": "system", "content": [{"type": "text", "text": "Be brief."}]},
            {"role": "user", "content": [{"type": "text", "text": text}], "template_format": "f-string"},
        ],
    }


def publish_body(text: Any = "Hello {name}") -> dict[str, Any]:
    return {
        "prompt_template": {"prompt_name": "welcome", "tags": ["onboarding"]},
        "prompt_version": {
            "prompt_template": chat_template(text),
            "commit_message": "first",
            "metadata": {"model": {"provider": "openai", "name": "gpt-4o", "parameters": {}}},
        },
        "release_labels": ["prod"],
    }


def publish_response() -> dict[str, Any]:
    return {
        "id": 1,
        "prompt_name": "welcome",
        "prompt_version_id": 10,
        "version_number": 1,
        "tags": ["onboarding"],
        "release_labels": ["prod"],
        "prompt_template": chat_template(),
        "metadata": None,
        "commit_message": "first",
        "external_ids": [],
    }


def multipart(parts: list[tuple[str, bytes, str | None]], boundary: str = "b0undary") -> tuple[bytes, str]:
    """(body, content-type) of a form with (name, data, filename) parts."""
    chunks = []
    for name, data, filename in parts:
        disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        kind = "application/zip" if filename else "text/plain"
        head = f"--{boundary}\r\nContent-Disposition: {disposition}\r\nContent-Type: {kind}\r\n\r\n"
        chunks.append(head.encode() + data + b"\r\n")
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"


# -- valid traffic ---------------------------------------------------------------------------


def test_operation_ids_cover_the_spec(contract: Contract) -> None:
    expected = {
        op["operationId"]
        for item in SPEC["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }
    assert contract.operation_ids() == expected
    assert {"publish_prompt_template", "get_prompt_template", "ingest_otlp_traces"} <= expected


def test_publish_request_and_response_are_valid(contract: Contract) -> None:
    req = request("POST", "/rest/prompt-templates", body=publish_body())
    assert contract.check_request("publish_prompt_template", req) == []
    assert contract.check_response("publish_prompt_template", Response.json(publish_response())) == []


def test_get_template_with_and_without_body(contract: Contract) -> None:
    params = {"identifier": "welcome"}
    with_body = request(
        "POST", "/prompt-templates/welcome", body={"label": "prod", "input_variables": {"name": "Ada"}}
    )
    with_body.path_params = params
    assert contract.check_request("get_prompt_template", with_body) == []
    without = request("POST", "/prompt-templates/welcome", path_params=params)
    assert contract.check_request("get_prompt_template", without) == []
    payload = {"id": 1, "prompt_name": "welcome", "prompt_template": chat_template(), "version": 2}
    assert contract.check_response("get_prompt_template", Response.json(payload)) == []


def test_list_templates_query_coercion(contract: Contract) -> None:
    query = [
        ("page", "2"),
        ("per_page", "10"),
        ("tags", "a"),
        ("tags", "b"),
        ("status", "all"),
        ("is_snippet", "false"),
        ("created_after", "2024-01-01T00:00:00Z"),
        ("something_else", "ignored"),
    ]
    assert (
        contract.check_request("list_prompt_templates", request("GET", "/prompt-templates", query=query))
        == []
    )
    single_tag = request("GET", "/prompt-templates", query=[("tags", "a")])
    assert contract.check_request("list_prompt_templates", single_tag) == []
    page = {
        "has_next": False,
        "has_prev": False,
        "items": [
            {"id": 1, "prompt_name": "welcome", "prompt_template": chat_template(), "external_ids": []}
        ],
        "next_num": None,
        "prev_num": None,
        "page": 1,
        "pages": 1,
        "total": 1,
    }
    assert contract.check_response("list_prompt_templates", Response.json(page)) == []


def test_unknown_union_kinds_fall_back_to_the_catch_all(contract: Contract) -> None:
    body = publish_body()
    messages = body["prompt_version"]["prompt_template"]["messages"]
    messages.append({"role": "oracle", "content": "anything goes"})
    messages[1]["content"].append({"type": "hologram", "payload": {"x": 1}})
    req = request("POST", "/rest/prompt-templates", body=body)
    assert contract.check_request("publish_prompt_template", req) == []


def test_error_and_empty_responses(contract: Contract) -> None:
    unauthorized = Response.error(401, "Invalid API key")
    assert contract.check_response("publish_prompt_template", unauthorized) == []
    detail = {"detail": [{"loc": ["body", "prompt_name"], "msg": "field required", "type": "missing"}]}
    assert contract.check_response("get_prompt_template_raw", Response.json(detail, 422)) == []
    assert contract.check_response("get_prompt_template_raw", Response.error(422, "bad version")) == []
    assert contract.check_response("delete_prompt_label", Response.empty(204)) == []
    assert (
        contract.check_response("list_prompt_template_labels", Response.error(404, "no such template")) == []
    )
    assert contract.check_response("list_prompt_template_labels", Response.empty(404)) != []


def test_binary_bodies_only_need_content(contract: Contract) -> None:
    zipped = Response.binary(b"PK\x03\x04...", "application/zip")
    assert contract.check_response("get_skill_collection", zipped) == []
    proto = request("POST", "/v1/traces", raw=b"\x0a\x00", content_type="application/x-protobuf")
    assert contract.check_request("ingest_otlp_traces", proto) == []
    ack = Response.binary(b"", "application/x-protobuf")
    assert contract.check_response("ingest_otlp_traces", ack) == [
        "response 200: empty body (expected application/json or application/x-protobuf)"
    ]


def test_gzip_json_body_is_decoded_and_validated(contract: Contract) -> None:
    good = gzip.compress(json.dumps({"resourceSpans": []}).encode())
    headers = {"content-encoding": "gzip"}
    req = request("POST", "/v1/traces", raw=good, content_type="application/json", headers=headers)
    assert contract.check_request("ingest_otlp_traces", req) == []
    bad = gzip.compress(json.dumps({"resourceSpans": {}}).encode())
    req = request("POST", "/v1/traces", raw=bad, content_type="application/json", headers=headers)
    assert contract.check_request("ingest_otlp_traces", req) == [
        "body.resourceSpans: {} is not of type 'array'"
    ]


def test_header_parameters_are_case_insensitive(contract: Contract) -> None:
    req = Request(
        "POST",
        "/v1/traces",
        [],
        {"Content-Type": "application/x-protobuf", "Content-Encoding": "br"},
        b"\x0a\x00",
    )
    assert contract.check_request("ingest_otlp_traces", req) == [
        "header.Content-Encoding: 'br' is not one of ['gzip']"
    ]


def test_multipart_upload_is_valid(contract: Contract) -> None:
    data, content_type = multipart(
        [("metadata", b'{"name": "support"}', None), ("archive", b"PK\x03\x04\x00\xff", "skills.zip")]
    )
    req = request("POST", "/api/public/v2/skill-collections", raw=data, content_type=content_type)
    assert contract.check_request("create_skill_collection", req) == []


# -- violations ------------------------------------------------------------------------------


def test_wrong_type_deep_inside_a_template(contract: Contract) -> None:
    req = request("POST", "/rest/prompt-templates", body=publish_body(text=5))
    assert contract.check_request("publish_prompt_template", req) == [
        "body.prompt_version.prompt_template.messages[1].content[0].text: 5 is not of type 'string'"
    ]


def test_missing_required_field(contract: Contract) -> None:
    body = publish_body()
    del body["prompt_version"]
    req = request("POST", "/rest/prompt-templates", body=body)
    assert contract.check_request("publish_prompt_template", req) == [
        "body: 'prompt_version' is a required property"
    ]


def test_wrong_enum_and_unknown_tag(contract: Contract) -> None:
    body = publish_body()
    body["prompt_version"]["prompt_template"]["messages"][1]["template_format"] = "mustache"
    req = request("POST", "/rest/prompt-templates", body=body)
    assert contract.check_request("publish_prompt_template", req) == [
        "body.prompt_version.prompt_template.messages[1].template_format: "
        "'mustache' is not one of ['f-string', 'jinja2']"
    ]
    body = publish_body()
    body["prompt_version"]["prompt_template"]["type"] = "sonnet"
    req = request("POST", "/rest/prompt-templates", body=body)
    assert contract.check_request("publish_prompt_template", req) == [
        "body.prompt_version.prompt_template.type: 'sonnet' is not one of ['chat', 'completion']"
    ]
    query = request("GET", "/prompt-templates", query=[("status", "archived")])
    assert contract.check_request("list_prompt_templates", query) == [
        "query.status: 'archived' is not one of ['active', 'deleted', 'all']"
    ]


def test_nullable_and_optional_variants_name_the_real_problem(contract: Contract) -> None:
    body = publish_body()
    body["prompt_version"]["commit_message"] = 5
    req = request("POST", "/rest/prompt-templates", body=body)
    assert contract.check_request("publish_prompt_template", req) == [
        "body.prompt_version.commit_message: 5 is not of type 'string', 'null'"
    ]
    span = {
        "name": "llm",
        "context": {"trace_id": "a" * 32, "span_id": "b" * 16, "trace_state": ""},
        "kind": "SpanKind.INTERNAL",
        "parent_id": None,
        "start_time": 1,
        "end_time": 2,
        "status": {"status_code": "StatusCode.OK", "description": ""},
        "attributes": {},
        "resource": {"attributes": {}, "schema_url": ""},
        "log_request": {
            "provider": "openai",
            "model": "gpt-4o",
            "input": chat_template(),
            "output": chat_template(),
        },
    }
    req = request("POST", "/spans-bulk", body={"spans": [span]})
    problems = contract.check_request("create_spans_bulk", req)
    assert "body.spans[0].log_request: 'request_start_time' is a required property" in problems


def test_bad_query_values(contract: Contract) -> None:
    req = request(
        "GET",
        "/prompt-templates",
        query=[("per_page", "abc"), ("page", "1"), ("page", "2"), ("created_after", "yesterday")],
    )
    assert contract.check_request("list_prompt_templates", req) == [
        "query.page: given 2 times but is not an array",
        "query.per_page: 'abc' is not an integer",
        "query.created_after: 'yesterday' is not a 'date-time'",
    ]
    raw = request(
        "GET", "/prompt-templates/x", query=[("resolve_snippets", "yes")], path_params={"identifier": "x"}
    )
    assert contract.check_request("get_prompt_template_raw", raw) == [
        "query.resolve_snippets: 'yes' is not a boolean (expected true or false)"
    ]
    zero = request("GET", "/prompt-templates/x", query=[("version", "0")], path_params={"identifier": "x"})
    assert contract.check_request("get_prompt_template_raw", zero) == [
        "query.version: 0 is less than or equal to the minimum of 0"
    ]


def test_missing_required_parameters(contract: Contract) -> None:
    req = request("GET", "/workflow-version-execution-results", query=[("return_all_outputs", "true")])
    assert contract.check_request("get_workflow_version_execution_results", req) == [
        "missing required query parameter 'workflow_version_execution_id'"
    ]
    ok = request("GET", "/workflow-version-execution-results", query=[("workflow_version_execution_id", "7")])
    assert contract.check_request("get_workflow_version_execution_results", ok) == []
    assert contract.check_request("delete_prompt_label", request("DELETE", "/prompt-labels/1")) == [
        "missing required path parameter 'prompt_label_id'"
    ]
    bad = request("DELETE", "/prompt-labels/x", path_params={"prompt_label_id": "x"})
    assert contract.check_request("delete_prompt_label", bad) == [
        "path.prompt_label_id: 'x' is not an integer"
    ]


def test_body_media_type_and_presence(contract: Contract) -> None:
    text = request("POST", "/rest/prompt-templates", raw=b"hello", content_type="text/plain")
    assert contract.check_request("publish_prompt_template", text) == [
        "body: media type text/plain not accepted (expected application/json)"
    ]
    with_charset = request(
        "POST",
        "/rest/prompt-templates",
        raw=json.dumps(publish_body()).encode(),
        content_type="application/json; charset=utf-8",
    )
    assert contract.check_request("publish_prompt_template", with_charset) == []
    assert contract.check_request("publish_prompt_template", request("POST", "/rest/prompt-templates")) == [
        "body: missing required request body"
    ]


def test_malformed_json(contract: Contract) -> None:
    req = request(
        "POST", "/rest/prompt-templates", raw=b'{"prompt_template": ', content_type="application/json"
    )
    problems = contract.check_request("publish_prompt_template", req)
    assert len(problems) == 1
    assert problems[0].startswith("body: malformed JSON (Expecting value")
    response = Response(200, b"not json", "application/json")
    assert contract.check_response("publish_prompt_template", response)[0].startswith(
        "response 200: body: malformed JSON ("
    )


def test_undocumented_status_and_media_type(contract: Contract) -> None:
    assert contract.check_response("publish_prompt_template", Response.json(publish_response(), 201)) == [
        "response 201: status not documented for this operation"
    ]
    html = Response(200, b"<html></html>", "text/html")
    assert contract.check_response("publish_prompt_template", html) == [
        "response 200: media type text/html not documented (expected application/json)"
    ]
    assert contract.check_response("publish_prompt_template", Response(200, b"", "application/json")) == [
        "response 200: empty body (expected application/json)"
    ]


def test_response_body_violations(contract: Contract) -> None:
    payload = publish_response()
    del payload["prompt_version_id"]
    assert contract.check_response("publish_prompt_template", Response.json(payload)) == [
        "response 200: body: 'prompt_version_id' is a required property"
    ]
    label = {
        "created_at": "2024-05-01 10:00",
        "id": 1,
        "name": "prod",
        "prompt_id": 1,
        "prompt_version_id": 2,
    }
    assert contract.check_response("create_prompt_label", Response.json(label)) == [
        "response 200: body.created_at: '2024-05-01 10:00' is not a 'date-time'"
    ]
    label["created_at"] = "2024-05-01T10:00:00.123456+00:00"
    assert contract.check_response("create_prompt_label", Response.json(label)) == []


def test_bodies_where_none_may_be(contract: Contract) -> None:
    assert contract.check_response("delete_prompt_label", Response.json("ok", 204)) == [
        "response 204: a 204 response must not have a body"
    ]
    bare = Contract(
        {
            "openapi": "3.1.0",
            "paths": {"/x": {"get": {"operationId": "x", "responses": {"404": {"description": "gone"}}}}},
        }
    )
    assert bare.check_response("x", Response.error(404, "no such thing")) == [
        "response 404: has a body (application/json) but no content is documented"
    ]


def test_multipart_violations() -> None:
    spec = {
        "openapi": "3.1.0",
        "paths": {
            "/upload": {
                "post": {
                    "operationId": "upload",
                    "requestBody": {
                        "required": True,
                        "content": {
                            "multipart/form-data": {"schema": {"$ref": "#/components/schemas/Upload"}}
                        },
                    },
                    "responses": {"201": {"description": "stored"}},
                }
            }
        },
        "components": {
            "schemas": {
                "Upload": {
                    "type": "object",
                    "required": ["name", "file"],
                    "properties": {
                        "name": {"type": "string"},
                        "copies": {"type": "integer"},
                        "file": {"type": "string", "format": "binary"},
                    },
                }
            }
        },
    }
    contract = Contract(spec)
    data, content_type = multipart([("name", b"report", None), ("file", b"\x00\x01", "a.bin")])
    assert (
        contract.check_request("upload", request("POST", "/upload", raw=data, content_type=content_type))
        == []
    )
    data, content_type = multipart([("name", b"report", None), ("copies", b"two", None)])
    assert contract.check_request(
        "upload", request("POST", "/upload", raw=data, content_type=content_type)
    ) == ["body.copies: 'two' is not an integer"]
    data, content_type = multipart([("name", b"report", None)])
    assert contract.check_request(
        "upload", request("POST", "/upload", raw=data, content_type=content_type)
    ) == ["body: 'file' is a required property"]
    no_boundary = request("POST", "/upload", raw=data, content_type="multipart/form-data")
    assert contract.check_request("upload", no_boundary) == [
        "body: multipart/form-data without a boundary parameter"
    ]


def test_path_level_parameters_and_status_ranges() -> None:
    spec = {
        "openapi": "3.1.0",
        "paths": {
            "/things/{thing_id}": {
                "parameters": [
                    {"name": "thing_id", "in": "path", "required": True, "schema": {"type": "integer"}},
                    {"name": "X-Trace", "in": "header", "required": True, "schema": {"type": "string"}},
                ],
                "get": {
                    "operationId": "get_thing",
                    "parameters": [
                        {"name": "X-Trace", "in": "header", "required": False, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        },
                        "4XX": {"description": "client error"},
                        "default": {
                            "description": "other",
                            "content": {"application/json": {"schema": {"type": "string"}}},
                        },
                    },
                },
            }
        },
    }
    contract = Contract(spec)
    assert (
        contract.check_request("get_thing", request("GET", "/things/1", path_params={"thing_id": "1"})) == []
    )
    bad = request("GET", "/things/x", path_params={"thing_id": "x"})
    assert contract.check_request("get_thing", bad) == ["path.thing_id: 'x' is not an integer"]
    assert contract.check_response("get_thing", Response.empty(404)) == []
    assert contract.check_response("get_thing", Response.json(["nope"], 503)) == [
        "response 503: body: ['nope'] is not of type 'string'"
    ]


def test_unknown_operation_is_a_programming_error(contract: Contract) -> None:
    with pytest.raises(KeyError, match="no_such_operation"):
        contract.check_request("no_such_operation", request("GET", "/"))


def test_compiled_validators_are_reused() -> None:
    contract = Contract(SPEC)
    assert contract.compiled_validators == 0
    req = request("POST", "/rest/prompt-templates", body=publish_body())
    assert contract.check_request("publish_prompt_template", req) == []
    assert contract.check_response("publish_prompt_template", Response.json(publish_response())) == []
    built = contract.compiled_validators
    assert built == 2  # one for the request body, one for the 200 body
    for _ in range(3):
        assert contract.check_request("publish_prompt_template", req) == []
        assert contract.check_response("publish_prompt_template", Response.json(publish_response())) == []
    assert contract.compiled_validators == built
    assert Contract(SPEC).compiled_validators == 0  # caches live in the instance, not the module
