"""External ids: links between PromptLayer objects and ids in other systems, for seven kinds.

An external id is a pair (source, external_id). Each object keeps its own links where its store
already reads them: templates, workflows and skill collections on their store objects (so their
list filters and create answers see links added here) and folders on theirs; registry tools,
dataset groups and reports in the ``external_ids`` field of their spec-driven records (where a create body
puts them). Rules the local server applies (the last two are inferred, the API does not say):

- a pair belongs to at most one object of a kind: linking it to another one answers 409;
- the object must exist (404), and so must a link being removed;
- linking a pair the object already has changes nothing and answers 201 again;
- reports and dataset groups may be served by handlers that keep them elsewhere: while the
  spec-driven store holds none of that kind, any positive id is accepted and its links are kept
  here (``loose`` in the snapshot); once it holds some, the id must be one of theirs.

``upsert_prompt_template_by_external_id`` publishes a version to the template the pair belongs to
(200; the body's ``prompt_name`` is then ignored), or creates a template linked to the pair
(201). When no template has the pair but one already has the body's name, it answers 409 rather
than adopting that template (inferred).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .._types import ApiError, Context, Handler, Request, Response, State
from .templates import created_json, publish_from_body

Pair = tuple[str, str]


def _as_pairs(links: Iterable[dict[str, str]]) -> list[Pair]:
    return [(link["source"], link["external_id"]) for link in links]


def _as_links(pairs: Iterable[Pair]) -> list[dict[str, str]]:
    return [{"source": source, "external_id": external_id} for source, external_id in pairs]


def pairs_from(items: Any, status: int = 400) -> list[Pair]:
    """The (source, external_id) pairs of a request's ``external_ids`` list, without repeats."""
    if items is None:
        return []
    if not isinstance(items, list):
        raise ApiError(status, "external_ids must be a list")
    pairs: list[Pair] = []
    for item in items:
        source = item.get("source") if isinstance(item, dict) else None
        external_id = item.get("external_id") if isinstance(item, dict) else None
        if not (isinstance(source, str) and source and isinstance(external_id, str) and external_id):
            raise ApiError(status, "Each external id needs a non-empty source and external_id")
        if (source, external_id) not in pairs:
            pairs.append((source, external_id))
    return pairs


class ExternalIdStore:
    """Links of reports and dataset groups that no store holds yet, by kind and id."""

    def __init__(self, state: State) -> None:
        self.state = state
        self.loose: dict[str, dict[str, dict[str, Any]]] = {}

    def record(self, kind: str, object_id: str) -> dict[str, Any]:
        return self.loose.setdefault(kind, {}).setdefault(
            object_id, {"id": int(object_id), "external_ids": []}
        )

    def snapshot(self) -> dict[str, Any]:
        return {"loose": copy.deepcopy(self.loose)}


@dataclass(frozen=True)
class Kind:
    """How one kind of object is found and keeps its links."""

    noun: str  # for messages
    param: str  # the path parameter naming the object

    def objects(self, state: State) -> dict[str, Any]:
        """Every object of the kind, by its id as text."""
        raise NotImplementedError

    def pairs(self, target: Any) -> list[Pair]:
        return _as_pairs(target.external_ids)

    def set_pairs(self, target: Any, pairs: list[Pair]) -> None:
        target.external_ids = _as_links(pairs)

    def target(self, state: State, object_id: str) -> Any:
        found = self.objects(state).get(object_id)
        if found is None:
            raise ApiError(404, f"No {self.noun} with id {object_id}")
        return found


class _Templates(Kind):
    def objects(self, state: State) -> dict[str, Any]:
        return {str(t.id): t for t in state.templates.all() if not t.deleted}

    def pairs(self, target: Any) -> list[Pair]:
        return list(target.external_ids)

    def set_pairs(self, target: Any, pairs: list[Pair]) -> None:
        target.external_ids = list(pairs)


class _Workflows(Kind):
    def objects(self, state: State) -> dict[str, Any]:
        return {str(w.id): w for w in state.workflows.workflows.values()}


class _SkillCollections(Kind):
    def objects(self, state: State) -> dict[str, Any]:
        return dict(state.skills.collections)


class _Folders(Kind):
    def objects(self, state: State) -> dict[str, Any]:
        return {str(folder_id): folder for folder_id, folder in state.folders.folders.items()}


@dataclass(frozen=True)
class _Records(Kind):
    """Records of the spec-driven store (`collection` as it names them)."""

    collection: str = ""

    def objects(self, state: State) -> dict[str, Any]:
        return {str(r.get("id")): r for r in state.resources.records(self.collection, ())}

    def pairs(self, target: Any) -> list[Pair]:
        links = target.get("external_ids")
        return _as_pairs(links) if isinstance(links, list) else []

    def set_pairs(self, target: Any, pairs: list[Pair]) -> None:
        target["external_ids"] = _as_links(pairs)


@dataclass(frozen=True)
class _RecordsOrAny(_Records):
    """Like _Records, but while the collection is empty any positive id is accepted (module doc)."""

    def objects(self, state: State) -> dict[str, Any]:
        return super().objects(state) or dict(state.external_ids.loose.get(self.collection, {}))

    def target(self, state: State, object_id: str) -> Any:
        if super().objects(state) or not object_id.isdigit() or int(object_id) < 1:
            return super().target(state, object_id)
        store: ExternalIdStore = state.external_ids
        return store.record(self.collection, object_id)


PROMPT_TEMPLATES = _Templates("prompt template", "prompt_template_id")
FOLDERS = _Folders("folder", "folder_id")
WORKFLOWS = _Workflows("workflow", "workflow_id")
DATASET_GROUPS = _RecordsOrAny("dataset group", "dataset_group_id", "dataset-groups")
REPORTS = _RecordsOrAny("report", "report_id", "reports")
TOOLS = _Records("registry tool", "tool_id", "tool-registry")
SKILL_COLLECTIONS = _SkillCollections("skill collection", "skill_collection_id")


def check_free(kind: Kind, state: State, target: Any, pairs: Iterable[Pair]) -> None:
    """409 when another object of the kind already holds one of `pairs`."""
    for pair in pairs:
        for other in kind.objects(state).values():
            if other is not target and pair in kind.pairs(other):
                raise ApiError(
                    409, f"External id {pair[0]}:{pair[1]} is already linked to another {kind.noun}"
                )


def attach(kind: Kind, target: Any, pairs: Iterable[Pair]) -> None:
    """Add the pairs `target` lacks, after its own (call `check_free` first)."""
    current = kind.pairs(target)
    kind.set_pairs(target, current + [pair for pair in dict.fromkeys(pairs) if pair not in current])


# -- handlers ---------------------------------------------------------------------------------


def _add(kind: Kind) -> Handler:
    def add(ctx: Context, request: Request) -> Response:
        target = kind.target(ctx.state, request.path_params[kind.param])
        pairs = pairs_from([request.json_object()])
        check_free(kind, ctx.state, target, pairs)
        attach(kind, target, pairs)
        return Response.json({"success": True, "external_id": _as_links(pairs)[0]}, 201)

    return add


def _list(kind: Kind) -> Handler:
    def list_links(ctx: Context, request: Request) -> Response:
        target = kind.target(ctx.state, request.path_params[kind.param])
        return Response.json({"success": True, "external_ids": _as_links(kind.pairs(target))})

    return list_links


def _remove(kind: Kind) -> Handler:
    def remove(ctx: Context, request: Request) -> Response:
        target = kind.target(ctx.state, request.path_params[kind.param])
        pair = (request.path_params["source"], request.path_params["external_id"])
        pairs = kind.pairs(target)
        if pair not in pairs:
            raise ApiError(404, f"The {kind.noun} has no external id {pair[0]}:{pair[1]}")
        kind.set_pairs(target, [kept for kept in pairs if kept != pair])
        return Response.json({"success": True})

    return remove


def upsert_prompt_template_by_external_id(ctx: Context, request: Request) -> Response:
    """A new version of the template the pair belongs to (200), or a new linked template (201)."""
    pair = (request.path_params["source"], request.path_params["external_id"])
    body = request.json_object()
    owner = next(
        (t for t in PROMPT_TEMPLATES.objects(ctx.state).values() if pair in PROMPT_TEMPLATES.pairs(t)), None
    )
    if owner is None:
        entry = body.get("prompt_template")
        name = entry.get("prompt_name") if isinstance(entry, dict) else None
        existing = ctx.state.templates.find(name) if isinstance(name, str) else None
        if existing is not None and existing.name == name:
            raise ApiError(
                409,
                f"Prompt template {name!r} exists but is not linked to {pair[0]}:{pair[1]}; "
                "link it first or publish under another name",
            )
    template, version = publish_from_body(
        ctx, body, name=owner.name if owner is not None else None, link=[pair]
    )
    return Response.json(created_json(template, version), 200 if owner is not None else 201)


_KINDS: dict[str, Kind] = {
    "prompt_template": PROMPT_TEMPLATES,
    "folder": FOLDERS,
    "workflow": WORKFLOWS,
    "dataset_group": DATASET_GROUPS,
    "report": REPORTS,
    "tool": TOOLS,
    "skill_collection": SKILL_COLLECTIONS,
}

ROUTES: dict[str, Handler] = {
    "upsert_prompt_template_by_external_id": upsert_prompt_template_by_external_id,
}
for _name, _kind in _KINDS.items():
    ROUTES[f"add_{_name}_external_id"] = _add(_kind)
    ROUTES[f"list_{_name}_external_ids"] = _list(_kind)
    ROUTES[f"remove_{_name}_external_id"] = _remove(_kind)
