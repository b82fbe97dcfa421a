"""Handlers for every operation of openapi.yaml, keyed by operationId."""

from __future__ import annotations

from .._types import Handler
from . import (
    datasets,
    env_vars,
    external_ids,
    folders,
    reports,
    skills,
    table_scores,
    tables,
    templates,
    tracing,
    tracking,
    workflows,
)

ROUTES: dict[str, Handler] = {
    **templates.ROUTES,
    **tracking.ROUTES,
    **tracing.ROUTES,
    **workflows.ROUTES,
    **skills.ROUTES,
    **folders.ROUTES,
    **env_vars.ROUTES,
    **external_ids.ROUTES,
    **datasets.ROUTES,
    **reports.ROUTES,
    **tables.ROUTES,
    **table_scores.ROUTES,
}
