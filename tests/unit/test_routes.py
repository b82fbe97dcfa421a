"""The route table against openapi.yaml, and the facade's requests against the route table."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

import promptlayer
from promptlayer import PromptLayerValidationError
from promptlayer._transport.flow import NO_BODY
from promptlayer._transport.route_table import OBJECT_ANSWERS, ROUTES
from promptlayer._transport.routes import request_for

REPO = Path(__file__).resolve().parents[2]
PACKAGE = Path(promptlayer.__file__).resolve().parent
ACCESSOR = PACKAGE / "_transport" / "routes.py"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
IDEMPOTENT = {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"}

# What the facade sent before its requests came from the table, written out by hand from the
# hard-coded ApiRequest(...) calls: (method, path template, success statuses, resent on failure).
FACADE_BEFORE: dict[str, tuple[str, str, tuple[int, ...], bool]] = {
    "get_prompt_template": ("POST", "/prompt-templates/{identifier}", (200,), True),
    "list_prompt_templates": ("GET", "/prompt-templates", (200,), True),
    "publish_prompt_template": ("POST", "/rest/prompt-templates", (200, 201), False),
    "list_prompt_template_labels": ("GET", "/prompt-templates/{identifier}/labels", (200,), True),
    "create_prompt_label": ("POST", "/prompts/{prompt_id}/label", (200,), False),
    "move_prompt_label": ("PATCH", "/prompt-labels/{prompt_label_id}", (200,), True),
    "delete_prompt_label": ("DELETE", "/prompt-labels/{prompt_label_id}", (200, 204), True),
    "log_request": ("POST", "/log-request", (200, 201), False),
    "track_request": ("POST", "/track-request", (200,), False),
    "track_metadata": ("POST", "/rest/track-metadata", (200,), True),
    "track_prompt": ("POST", "/rest/track-prompt", (200,), True),
    "track_score": ("POST", "/rest/track-score", (200,), True),
    "track_group": ("POST", "/rest/track-group", (200,), True),
    "create_group": ("POST", "/create-group", (200,), False),
    "run_workflow": ("POST", "/workflows/{workflow_name}/run", (200, 201, 202), False),
    "get_workflow_version_execution_results": (
        "GET",
        "/workflow-version-execution-results",
        (200, 202),
        True,
    ),
    "get_skill_collection": ("GET", "/api/public/v2/skill-collections/{identifier}", (200,), True),
    "list_skill_collections": ("GET", "/api/public/v2/skill-collections", (200,), True),
    "update_skill_collection": ("PATCH", "/api/public/v2/skill-collections/{identifier}", (200,), False),
    "create_skill_collection": ("POST", "/api/public/v2/skill-collections", (200, 201), False),
    "save_skill_collection_version": (
        "POST",
        "/api/public/v2/skill-collections/{identifier}/versions",
        (200, 201),
        False,
    ),
}


# What evaluations send beyond `pl.tables`: blank starter rows dropped, each case's trace
# imported into its row, and the trace and request read back for the case's price and latency.
EVALUATION_OPERATIONS = frozenset({"delete_sheet_rows", "create_sheet_operation", "get_trace", "get_request"})

# What `pl.tables` sends (its routes come from the table from the start).
TABLE_OPERATIONS = frozenset(
    {
        "list_tables",
        "create_table",
        "get_table",
        "update_table",
        "delete_table",
        "add_trace_to_draft_dataset",
        "list_sheets",
        "create_sheet",
        "get_sheet",
        "update_sheet",
        "delete_sheet",
        "get_sheet_status_counts",
        "list_sheet_rows",
        "add_sheet_rows",
        "list_sheet_columns",
        "create_sheet_column",
        "update_sheet_column",
        "delete_sheet_column",
        "get_sheet_cell",
        "update_sheet_cell",
        "recalculate_sheet_cell",
        "recalculate_sheet_cells",
        "list_sheet_versions",
        "create_sheet_version",
        "get_sheet_version",
        "get_sheet_score_history",
        "get_sheet_score",
        "configure_sheet_score",
        "recalculate_sheet_score",
        "get_sheet_scorecard",
        "configure_sheet_scorecard",
        "delete_sheet_scorecard",
        "migrate_legacy_sheet_score",
        "recalculate_sheet_scorecard",
        "cancel_sheet_scorecard",
        "get_scorecard_calculation",
        "list_scorecard_rows",
        "get_scorecard_row",
    }
)


def spec_routes() -> dict[str, tuple[str, str, tuple[int, ...], bool]]:
    """The table as the spec states it, read with PyYAML (the generator reads it with ruamel)."""
    spec = yaml.safe_load((REPO / "openapi.yaml").read_text())
    routes = {}
    for path, item in spec["paths"].items():
        for method in METHODS:
            operation: dict[str, Any] | None = item.get(method)
            if operation is None:
                continue
            statuses = [
                int(code) for code in operation["responses"] if str(code).isdigit() and 200 <= int(code) < 300
            ]
            statuses += [int(code) for code in operation.get("x-promptlayer-also-success", {})]
            safe = method.upper() in IDEMPOTENT or "x-promptlayer-resend-safe" in operation
            routes[operation["operationId"]] = (method.upper(), path, tuple(sorted(statuses)), safe)
    return routes


def facade_modules() -> list[Path]:
    skipped = {PACKAGE / "testing", ACCESSOR}
    return [
        path
        for path in sorted(PACKAGE.rglob("*.py"))
        if not any(path == skip or skip in path.parents for skip in skipped)
    ]


def calls_named(name: str) -> list[tuple[Path, ast.Call]]:
    found = []
    for path in facade_modules():
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.Call):
                func = node.func
                called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
                if called == name:
                    found.append((path, node))
    return found


def test_the_table_is_what_openapi_yaml_says_for_every_operation() -> None:
    expected = spec_routes()
    assert len(expected) >= 30
    assert expected == ROUTES


def test_every_resend_safe_post_or_patch_says_why() -> None:
    spec = yaml.safe_load((REPO / "openapi.yaml").read_text())
    reasons = [
        operation["x-promptlayer-resend-safe"]
        for item in spec["paths"].values()
        for operation in item.values()
        if isinstance(operation, dict) and "x-promptlayer-resend-safe" in operation
    ]
    assert reasons
    assert all(isinstance(reason, str) and len(reason) > 10 for reason in reasons)


def test_the_facade_names_each_operation_literally_and_each_exists() -> None:
    used: dict[str, list[str]] = {}
    for path, call in calls_named("request_for"):
        where = f"{path.relative_to(PACKAGE)}:{call.lineno}"
        first = call.args[0] if call.args else None
        assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
            f"{where}: request_for needs the operationId as a string literal"
        )
        assert first.value in ROUTES, f"{where}: {first.value!r} is not an operation in openapi.yaml"
        used.setdefault(first.value, []).append(where)
    assert set(used) == set(FACADE_BEFORE) | TABLE_OPERATIONS | EVALUATION_OPERATIONS


def test_the_facade_keeps_every_method_path_status_and_retry_decision() -> None:
    assert {operation: ROUTES[operation] for operation in FACADE_BEFORE} == FACADE_BEFORE


def test_no_request_is_built_by_hand_outside_the_accessor() -> None:
    assert facade_modules()  # the scan sees the package
    built = [f"{path.relative_to(PACKAGE)}:{call.lineno}" for path, call in calls_named("ApiRequest")]
    assert built == [], "build requests with routes.request_for(operationId, ...), not ApiRequest(...)"


def test_request_for_takes_method_path_statuses_and_resend_safety_from_the_table() -> None:
    request = request_for(
        "get_prompt_template",
        "getting prompt template 'a/b c'",
        path_params={"identifier": "a/b c?#%"},
        body={"label": "prod"},
        max_retries=0,
    )
    assert request.method == "POST"
    assert request.path == "/prompt-templates/a%2Fb%20c%3F%23%25"
    assert request.action == "getting prompt template 'a/b c'"
    assert request.success == (200,)
    assert request.idempotent is True
    assert request.body == {"label": "prod"}
    assert request.params == []
    assert request.max_retries == 0


def test_request_for_a_write_the_server_may_have_applied_is_not_resent() -> None:
    params = [("x", 1)]
    request = request_for("run_workflow", "running", path_params={"workflow_name": 7}, params=params)
    assert (request.method, request.path) == ("POST", "/workflows/7/run")
    assert request.idempotent is False
    assert request.success == (200, 201, 202)
    assert request.params is params
    assert request.body is NO_BODY
    assert request.max_retries is None


def test_an_unknown_operation_id_is_a_clear_error() -> None:
    with pytest.raises(LookupError, match=r"'get_prompt_templat'.*openapi\.yaml"):
        request_for("get_prompt_templat", "getting")


@pytest.mark.parametrize(
    "path_params",
    [None, {}, {"name": "x"}, {"identifier": "x", "extra": "y"}],
    ids=["none", "empty", "wrong-name", "one-too-many"],
)
def test_path_parameters_must_fill_the_template_exactly(path_params: dict[str, str] | None) -> None:
    with pytest.raises(LookupError, match=r"/prompt-templates/\{identifier\}"):
        request_for("get_prompt_template", "getting", path_params=path_params)


def test_a_path_parameter_for_an_operation_without_one_is_an_error() -> None:
    with pytest.raises(LookupError, match="do not fill"):
        request_for("list_prompt_templates", "listing", path_params={"identifier": "x"})


# -- path parameters that would address another endpoint ------------------------------------------

WITH_PARAMETERS = sorted(op for op, route in ROUTES.items() if "{" in route[1])


@pytest.mark.parametrize("value", [".", "..", ""])
@pytest.mark.parametrize("operation_id", WITH_PARAMETERS)
def test_every_operation_refuses_a_dot_segment_or_an_empty_one(operation_id: str, value: str) -> None:
    names = re.findall(r"\{([^}]+)\}", ROUTES[operation_id][1])
    for refused in names:  # each parameter in turn, the others harmless
        params = {name: value if name == refused else "x" for name in names}
        with pytest.raises(PromptLayerValidationError, match=rf"^{refused} \(for {operation_id}\) cannot be"):
            request_for(operation_id, "doing", path_params=params)


def test_dots_inside_a_segment_and_encoded_dots_are_fine() -> None:
    for value, path in (
        ("...", "/prompt-templates/..."),
        ("a..b", "/prompt-templates/a..b"),
        ("%2e%2e", "/prompt-templates/%252e%252e"),
    ):
        assert request_for("get_prompt_template", "getting", path_params={"identifier": value}).path == path


# -- which answers are objects ---------------------------------------------------------------------


def spec_object_answers() -> dict[str, tuple[int, ...]]:
    """Read with PyYAML: 2xx answers whose JSON schema is an object (through $ref, allOf, anyOf
    and oneOf), plus the operation's extra success statuses when all it declares are objects
    (except a 204, which has no body)."""
    spec = yaml.safe_load((REPO / "openapi.yaml").read_text())

    def resolve(node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            node = spec["components"][node["$ref"].split("/")[2]][node["$ref"].split("/")[3]]
        return node

    def is_object(schema: dict[str, Any]) -> bool:
        schema = resolve(schema)
        if "allOf" in schema:
            return any(is_object(part) for part in schema["allOf"])
        for either in ("anyOf", "oneOf"):
            if either in schema:
                return all(is_object(part) for part in schema[either])
        return schema.get("type") == "object"

    found = {}
    for item in spec["paths"].values():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            declared = {}
            for code, answer in operation["responses"].items():
                if str(code).startswith("2"):
                    schema = (resolve(answer).get("content") or {}).get("application/json", {}).get("schema")
                    declared[int(code)] = schema is not None and is_object(schema)
            statuses = {code for code, ok in declared.items() if ok}
            if statuses and all(declared.values()):
                statuses |= {int(c) for c in operation.get("x-promptlayer-also-success", {}) if int(c) != 204}
            if statuses:
                found[operation["operationId"]] = tuple(sorted(statuses))
    return found


def test_the_object_answers_are_what_openapi_yaml_says() -> None:
    expected = spec_object_answers()
    assert expected == OBJECT_ANSWERS
    assert OBJECT_ANSWERS["get_prompt_template"] == (200,)
    assert OBJECT_ANSWERS["publish_prompt_template"] == (200, 201)  # 201: also taken as success
    assert "get_workflow_version_execution_results" not in OBJECT_ANSWERS  # any JSON value
    assert "delete_prompt_label" not in OBJECT_ANSWERS  # a 204, or a 200 the spec does not describe


def test_request_for_carries_the_object_statuses() -> None:
    assert request_for("run_workflow", "running", path_params={"workflow_name": "w"}).objects == (
        200,
        201,
        202,
    )
    assert request_for("get_workflow_version_execution_results", "polling").objects == ()
