"""The local server's whole memory: one store per resource, ids, seeding, snapshots."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Iterator, Mapping
from typing import Any

from ._resources import ResourceStore
from .handlers.datasets import DatasetStore
from .handlers.env_vars import EnvVarStore
from .handlers.external_ids import ExternalIdStore
from .handlers.folders import FolderStore
from .handlers.reports import ReportStore
from .handlers.skills import SkillStore
from .handlers.tables import TableStore
from .handlers.templates import TemplateStore
from .handlers.tracing import TraceStore
from .handlers.tracking import TrackingStore
from .handlers.workflows import WorkflowStore

# Seed file sections and the store attribute each one fills.
SEED_SECTIONS = {
    "folders": "folders",
    "prompt_templates": "templates",
    "request_logs": "tracking",
    "workflows": "workflows",
    "skill_collections": "skills",
    "env_vars": "env_vars",
    "datasets": "datasets",
    "tables": "tables",
}


class State:
    """All stores. Handlers run on the server's event loop thread, one at a time."""

    def __init__(self) -> None:
        self._counters: dict[str, Iterator[int]] = {}
        self._lock = threading.Lock()
        self.templates = TemplateStore(self)
        self.tracking = TrackingStore(self)
        self.traces = TraceStore(self)
        self.workflows = WorkflowStore(self)
        self.skills = SkillStore(self)
        self.folders = FolderStore(self)  # what a folder holds stays in each object's own store
        self.env_vars = EnvVarStore(self)
        self.datasets = DatasetStore(self)
        self.reports = ReportStore(self)
        self.tables = TableStore(self)
        self.resources = ResourceStore(self)  # what the spec-driven handlers store
        self.external_ids = ExternalIdStore(self)  # links of objects no store holds yet

    def next_id(self, kind: str) -> int:
        """1, 2, 3... per kind of object."""
        with self._lock:
            counter = self._counters.setdefault(kind, itertools.count(1))
            return next(counter)

    def load_seed(self, data: Mapping[str, Any]) -> None:
        unknown = set(data) - set(SEED_SECTIONS)
        if unknown:
            raise ValueError(f"unknown seed section(s): {sorted(unknown)}; known: {sorted(SEED_SECTIONS)}")
        for section, attribute in SEED_SECTIONS.items():
            items = data.get(section) or []
            if not isinstance(items, list):
                raise ValueError(f"seed section {section!r} must be a list")
            getattr(self, attribute).seed(items)

    def snapshot(self) -> dict[str, Any]:
        """A JSON-shaped copy of everything stored, for tests and the inspection endpoint."""
        return {
            "templates": self.templates.snapshot(),
            "tracking": self.tracking.snapshot(),
            "traces": self.traces.snapshot(),
            "workflows": self.workflows.snapshot(),
            "skills": self.skills.snapshot(),
            "folders": self.folders.snapshot(),
            "env_vars": self.env_vars.snapshot(),
            "datasets": self.datasets.snapshot(),
            "reports": self.reports.snapshot(),
            "tables": self.tables.snapshot(),
            "resources": self.resources.snapshot(),
            "external_ids": self.external_ids.snapshot(),
        }
