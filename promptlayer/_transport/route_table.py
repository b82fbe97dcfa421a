"""The facade's route table, written by scripts/regenerate.py from openapi.yaml: do not edit.

operationId -> (HTTP method, path template, success statuses, resend safe). Resend safe:
the method is idempotent, or the operation says why with `x-promptlayer-resend-safe`.
"""

ROUTES: dict[str, tuple[str, str, tuple[int, ...], bool]] = {
    "get_prompt_template_raw": ("GET", "/prompt-templates/{identifier}", (200,), True),
    "get_prompt_template": ("POST", "/prompt-templates/{identifier}", (200,), True),
    "list_prompt_templates": ("GET", "/prompt-templates", (200,), True),
    "publish_prompt_template": ("POST", "/rest/prompt-templates", (200, 201), False),
    "patch_prompt_template_version": ("PATCH", "/rest/prompt-templates/{identifier}", (201,), False),
    "list_prompt_template_labels": ("GET", "/prompt-templates/{identifier}/labels", (200,), True),
    "create_prompt_label": ("POST", "/prompts/{prompt_id}/label", (200,), False),
    "delete_prompt_label": ("DELETE", "/prompt-labels/{prompt_label_id}", (200, 204), True),
    "move_prompt_label": ("PATCH", "/prompt-labels/{prompt_label_id}", (200,), True),
    "log_request": ("POST", "/log-request", (200, 201), False),
    "create_spans_bulk": ("POST", "/spans-bulk", (201,), False),
    "track_request": ("POST", "/track-request", (200,), False),
    "track_metadata": ("POST", "/rest/track-metadata", (200,), True),
    "track_score": ("POST", "/rest/track-score", (200,), True),
    "track_prompt": ("POST", "/rest/track-prompt", (200,), True),
    "track_group": ("POST", "/rest/track-group", (200,), True),
    "create_group": ("POST", "/create-group", (200,), False),
    "list_workflows": ("GET", "/workflows", (200,), True),
    "get_workflow": ("GET", "/workflows/{workflow_id_or_name}", (200,), True),
    "run_workflow": ("POST", "/workflows/{workflow_name}/run", (200, 201, 202), False),
    "get_workflow_version_execution_results": (
        "GET",
        "/workflow-version-execution-results",
        (200, 202),
        True,
    ),
    "list_workflow_labels": ("GET", "/workflows/{workflow_id_or_name}/labels", (200,), True),
    "ingest_otlp_traces": ("POST", "/v1/traces", (200,), False),
    "list_skill_collections": ("GET", "/api/public/v2/skill-collections", (200,), True),
    "create_skill_collection": ("POST", "/api/public/v2/skill-collections", (200, 201), False),
    "get_skill_collection": ("GET", "/api/public/v2/skill-collections/{identifier}", (200,), True),
    "update_skill_collection": ("PATCH", "/api/public/v2/skill-collections/{identifier}", (200,), False),
    "save_skill_collection_version": (
        "POST",
        "/api/public/v2/skill-collections/{identifier}/versions",
        (200, 201),
        False,
    ),
    "get_request": ("GET", "/api/public/v2/requests/{request_id}", (200,), True),
    "search_request_logs": ("POST", "/api/public/v2/requests/search", (200,), True),
    "get_trace": ("GET", "/api/public/v2/traces/{trace_id}", (200,), True),
    "close_trace": ("POST", "/api/public/v2/traces/{trace_id}/close", (201,), False),
}
