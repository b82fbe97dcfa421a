"""Prompt templates, their versions and release labels: the local prompt registry.

Semantics the local server had to decide (the service does not document them):

- Identifiers: a name matches first, then an all-digit identifier matches a template id.
  Deleted templates are not found by identifier.
- Version choice: ``version`` or ``label`` (not both), else the latest version. When neither
  is given, ``metadata_filters`` pick the newest version whose metadata holds every filter
  pair (values compared as strings); when no version matches, the latest version is used,
  the way unmatched A/B traffic falls back to the default.
- Rendering (POST fetch): input variables are filled in when given, and also (with no
  variables, so placeholders become empty) whenever llm_kwargs are built, unless
  ``skip_input_variable_rendering``. llm_kwargs use ``provider`` when given, else the
  version's ``metadata.model.provider``; providers we cannot build for, and versions without
  a model name, give ``llm_kwargs: null``. ``model`` replaces the model name and
  ``model_parameter_overrides`` are merged over the built kwargs.
- Snippets: ``@@@name@@@`` in a text part names another template; it is replaced by that
  template's latest text (one level deep) unless ``resolve_snippets=false``. Snippet usage
  follows the same reading: a version uses a snippet when one of its text parts references it,
  always at the snippet's latest version, so asking about an older snippet version finds none.
- Missing templates, versions and labels answer 404; a label name a template already has
  answers 422 on create (labels are moved with PATCH).
"""

from __future__ import annotations

import copy
import math
import re
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ...providers.formats import build_llm_kwargs
from ...templates.rendering import (
    render_prompt_template,
    renders_on_fetch,
    resolved_provider,
    template_kind,
)
from .._types import ApiError, Context, Handler, Request, Response, State

WORKSPACE_ID = 1
DEFAULT_PER_PAGE = 30
SNIPPET_REFERENCE = re.compile(r"@@@([^@\s][^@]*?)@@@")

NOT_FOUND = 404


def _iso(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).isoformat().replace("+00:00", "Z")


@dataclass
class PromptVersion:
    id: int
    number: int
    prompt_template: dict[str, Any]
    metadata: dict[str, Any] | None
    commit_message: str | None
    created_at: float


@dataclass
class ReleaseLabel:
    id: int
    name: str
    version: PromptVersion
    created_at: float


@dataclass
class PromptTemplate:
    id: int
    name: str
    tags: list[str]
    folder_id: int | None
    created_at: float
    updated_at: float
    is_snippet: bool = False
    deleted: bool = False
    created_by_email: str | None = None
    versions: list[PromptVersion] = field(default_factory=list)
    labels: dict[str, ReleaseLabel] = field(default_factory=dict)
    external_ids: list[tuple[str, str]] = field(default_factory=list)

    @property
    def latest(self) -> PromptVersion:
        return self.versions[-1]

    def version(self, number: int) -> PromptVersion | None:
        return next((v for v in self.versions if v.number == number), None)

    def labels_of(self, version: PromptVersion) -> list[str]:
        return sorted(name for name, label in self.labels.items() if label.version is version)


class TemplateStore:
    """All prompt templates; `publish` is the one way versions come to exist (seed included)."""

    def __init__(self, state: State) -> None:
        self.state = state
        self._templates: list[PromptTemplate] = []
        self._labels: dict[int, tuple[PromptTemplate, ReleaseLabel]] = {}

    # -- finding --------------------------------------------------------------------------

    def find(self, identifier: str | int) -> PromptTemplate | None:
        """The active template named `identifier`, else the one whose id it is."""
        if isinstance(identifier, str):
            named = self._by_exact_name(identifier)
            if named is not None or not (identifier.isascii() and identifier.isdigit()):
                return named
        number = int(identifier)
        return next((t for t in self._templates if not t.deleted and t.id == number), None)

    def get(self, identifier: str | int) -> PromptTemplate:
        """The active template `identifier` names; 404 when there is none."""
        template = self.find(identifier)
        if template is None:
            raise ApiError(NOT_FOUND, f"Prompt template {identifier!r} not found")
        return template

    def select(
        self,
        template: PromptTemplate,
        version: int | None = None,
        label: str | None = None,
        metadata_filters: Mapping[str, Any] | None = None,
    ) -> PromptVersion:
        """The version asked for: by number, by label, by metadata filters, else the latest (404s)."""
        if version is not None:
            found = template.version(version)
            if found is None:
                raise ApiError(NOT_FOUND, f"Prompt template {template.name!r} has no version {version}")
            return found
        if label is not None:
            release = template.labels.get(label)
            if release is None:
                raise ApiError(NOT_FOUND, f"Prompt template {template.name!r} has no release label {label!r}")
            return release.version
        if metadata_filters:
            for candidate in reversed(template.versions):
                metadata = candidate.metadata or {}
                if all(k in metadata and str(metadata[k]) == str(v) for k, v in metadata_filters.items()):
                    return candidate
        return template.latest

    def lookup(
        self, identifier: str | int, version: int | None = None, label: str | None = None
    ) -> dict[str, Any] | None:
        """A fresh description of one template version, or None (for linking request logs)."""
        template = self.find(identifier)
        if template is None:
            return None
        if version is not None:
            chosen = template.version(version)
        elif label is not None:
            release = template.labels.get(label)
            chosen = release.version if release else None
        else:
            chosen = template.latest
        if chosen is None:
            return None
        return {
            "id": template.id,
            "prompt_name": template.name,
            "version": chosen.number,
            "prompt_version_id": chosen.id,
            "prompt_template": copy.deepcopy(chosen.prompt_template),
            "metadata": copy.deepcopy(chosen.metadata),
            "commit_message": chosen.commit_message,
            "tags": list(template.tags),
        }

    def label(self, label_id: int) -> tuple[PromptTemplate, ReleaseLabel]:
        """The label with id `label_id` and its template; 404 when there is none."""
        found = self._labels.get(label_id)
        if found is None or found[0].deleted:
            raise ApiError(NOT_FOUND, f"Release label {label_id} not found")
        return found

    # -- changing -------------------------------------------------------------------------

    def publish(
        self,
        name: str,
        prompt_template: Mapping[str, Any],
        *,
        now: float,
        metadata: Mapping[str, Any] | None = None,
        commit_message: str | None = None,
        tags: Iterable[str] | None = None,
        folder_id: int | None = None,
        release_labels: Iterable[str] = (),
        external_ids: Iterable[tuple[str, str]] = (),
    ) -> tuple[PromptTemplate, PromptVersion]:
        """Add a version to template `name`, creating the template on its first publish."""
        template = self._by_exact_name(name)
        external = list(dict.fromkeys(external_ids))
        for source, external_id in external:
            owner = self._external_owner(source, external_id)
            if owner is not None and owner is not template:
                raise ApiError(
                    409, f"External id {source}:{external_id} is already linked to template {owner.name!r}"
                )
        if template is None:
            template = PromptTemplate(
                id=self.state.next_id("prompt_template"),
                name=name,
                tags=[],
                folder_id=folder_id,
                created_at=now,
                updated_at=now,
            )
            self._templates.append(template)
        if tags is not None:
            template.tags = list(dict.fromkeys(tags))
        if folder_id is not None:
            template.folder_id = folder_id
        content = copy.deepcopy(dict(prompt_template))
        content.setdefault("type", template_kind(content))
        version = PromptVersion(
            id=self.state.next_id("prompt_version"),
            number=len(template.versions) + 1,
            prompt_template=content,
            metadata=copy.deepcopy(dict(metadata)) if metadata is not None else None,
            commit_message=commit_message,
            created_at=now,
        )
        template.versions.append(version)
        template.updated_at = now
        for label_name in dict.fromkeys(release_labels):
            self.put_label(template, label_name, version, now=now)
        for pair in external:
            if pair not in template.external_ids:
                template.external_ids.append(pair)
        return template, version

    def put_label(
        self, template: PromptTemplate, name: str, version: PromptVersion, *, now: float
    ) -> ReleaseLabel:
        """Point label `name` at `version`, creating the label if the template lacks it."""
        existing = template.labels.get(name)
        if existing is not None:
            existing.version = version
            return existing
        label = ReleaseLabel(
            id=self.state.next_id("prompt_label"), name=name, version=version, created_at=now
        )
        template.labels[name] = label
        self._labels[label.id] = (template, label)
        return label

    def remove_label(self, label_id: int) -> None:
        template, label = self._labels.pop(label_id)
        del template.labels[label.name]

    def delete(self, name: str) -> None:
        """Mark a template deleted (the API has no delete; for tests and seeds)."""
        template = self.find(name)
        if template is None:
            raise KeyError(f"no active prompt template {name!r}")
        template.deleted = True

    def all(self) -> list[PromptTemplate]:
        return list(self._templates)

    def _by_exact_name(self, name: str) -> PromptTemplate | None:
        return next((t for t in self._templates if not t.deleted and t.name == name), None)

    def _external_owner(self, source: str, external_id: str) -> PromptTemplate | None:
        return next(
            (t for t in self._templates if not t.deleted and (source, external_id) in t.external_ids), None
        )

    # -- seeding and inspection -----------------------------------------------------------

    def seed(self, items: list[dict[str, Any]]) -> None:
        """Load templates; each version goes through `publish`, as if published in order."""
        for index, item in enumerate(items):
            where = f"prompt_templates[{index}]"
            if (
                not isinstance(item, dict)
                or not isinstance(item.get("prompt_name"), str)
                or not item["prompt_name"]
            ):
                raise ValueError(f"{where}: needs a non-empty 'prompt_name'")
            tags = item.get("tags")
            if tags is not None and not (isinstance(tags, list) and all(isinstance(t, str) for t in tags)):
                raise ValueError(f"{where}: 'tags' must be a list of strings")
            versions = item.get("versions")
            if not isinstance(versions, list) or not versions:
                raise ValueError(f"{where}: needs a non-empty 'versions' list")
            template: PromptTemplate | None = None
            for number, entry in enumerate(versions, start=1):
                at = f"{where}.versions[{number - 1}]"
                if not isinstance(entry, dict) or not isinstance(entry.get("prompt_template"), dict):
                    raise ValueError(f"{at}: needs a 'prompt_template' object")
                if not isinstance(entry.get("metadata", {}), (dict, type(None))):
                    raise ValueError(f"{at}: 'metadata' must be an object")
                labels = entry.get("release_labels") or []
                if not (isinstance(labels, list) and all(isinstance(label, str) for label in labels)):
                    raise ValueError(f"{at}: 'release_labels' must be a list of strings")
                try:
                    template, _ = self.publish(
                        item["prompt_name"],
                        entry["prompt_template"],
                        now=time.time(),
                        metadata=entry.get("metadata"),
                        commit_message=entry.get("commit_message"),
                        tags=tags if number == 1 else None,
                        folder_id=item.get("folder_id") if number == 1 else None,
                        release_labels=labels,
                        external_ids=_external_pairs(item.get("external_ids") or []) if number == 1 else (),
                    )
                except ApiError as exc:
                    raise ValueError(f"{where}: {exc.message}") from None
            assert template is not None
            template.is_snippet = bool(item.get("is_snippet", False))
            template.created_by_email = item.get("created_by_email")
            if item.get("deleted"):
                template.deleted = True

    def snapshot(self) -> dict[str, Any]:
        return {
            "prompt_templates": [
                {
                    "id": t.id,
                    "prompt_name": t.name,
                    "tags": list(t.tags),
                    "folder_id": t.folder_id,
                    "is_snippet": t.is_snippet,
                    "deleted": t.deleted,
                    "created_by_email": t.created_by_email,
                    "created_at": _iso(t.created_at),
                    "updated_at": _iso(t.updated_at),
                    "external_ids": [{"source": s, "external_id": e} for s, e in t.external_ids],
                    "versions": [
                        {
                            "id": v.id,
                            "version": v.number,
                            "prompt_template": copy.deepcopy(v.prompt_template),
                            "metadata": copy.deepcopy(v.metadata),
                            "commit_message": v.commit_message,
                            "created_at": _iso(v.created_at),
                            "release_labels": t.labels_of(v),
                        }
                        for v in t.versions
                    ],
                    "release_labels": [_label_json(label) for label in t.labels.values()],
                }
                for t in self._templates
            ]
        }


def _status_matches(template: PromptTemplate, status: str) -> bool:
    return status == "all" or template.deleted == (status == "deleted")


def _label_json(label: ReleaseLabel) -> dict[str, Any]:
    return {
        "release_label_id": label.id,
        "release_label": label.name,
        "prompt_version_id": label.version.id,
        "prompt_version_number": label.version.number,
    }


def _external_pairs(items: Any) -> list[tuple[str, str]]:
    pairs: list[tuple[str, str]] = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict) or not isinstance(item.get("source"), str):
            raise ApiError(422, "each external id needs 'source' and 'external_id' strings")
        if not isinstance(item.get("external_id"), str):
            raise ApiError(422, "each external id needs 'source' and 'external_id' strings")
        pairs.append((item["source"], item["external_id"]))
    return pairs


# ── shared pieces of the handlers ────────────────────────────────────────────────────────────


def _store(ctx: Context) -> TemplateStore:
    store: TemplateStore = ctx.state.templates
    return store


def _optional_int(value: Any, name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise ApiError(422, f"{name!r} must be an integer")
    return value


def _optional_str(value: Any, name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ApiError(422, f"{name!r} must be a string")
    return value


def _optional_object(value: Any, name: str) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise ApiError(422, f"{name!r} must be an object")
    return value


def _choose(
    store: TemplateStore,
    template: PromptTemplate,
    version: int | None,
    label: str | None,
    metadata_filters: Mapping[str, Any] | None = None,
    *,
    conflict_status: int = 422,
) -> PromptVersion:
    """`select`, after refusing version and label together (with the operation's status for it)."""
    if version is not None and label is not None:
        raise ApiError(conflict_status, "Give either 'version' or 'label', not both")
    return store.select(template, version, label, metadata_filters)


def _snippet_text(template: PromptTemplate) -> str:
    content = template.latest.prompt_template
    if template_kind(content) == "completion":
        return _text_of(content.get("content"))
    return "\n\n".join(
        _text_of(message.get("content"))
        for message in content.get("messages") or []
        if isinstance(message, dict)
    )


def _text_of(parts: Any) -> str:
    return "".join(
        part["text"]
        for part in (parts if isinstance(parts, list) else [])
        if isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str)
    )


def _text_parts(content: dict[str, Any]) -> Iterable[dict[str, Any]]:
    """Every text part of a template (a copy the caller may edit in place)."""
    if template_kind(content) == "completion":
        groups = [content.get("content")]
    else:
        groups = [m.get("content") for m in content.get("messages") or [] if isinstance(m, dict)]
    for parts in groups:
        for part in parts if isinstance(parts, list) else []:
            if isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str):
                yield part


def _snippets(
    store: TemplateStore, template: PromptTemplate, content: dict[str, Any], resolve: bool
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """`content` with ``@@@name@@@`` references expanded (when `resolve`), and the snippets used."""
    content = copy.deepcopy(content)
    used: dict[str, dict[str, Any]] = {}

    def replace(match: re.Match[str]) -> str:
        snippet = store.find(match.group(1))
        if snippet is None or snippet is template:
            return match.group(0)
        used.setdefault(
            snippet.name, {"prompt_name": snippet.name, "version": snippet.latest.number, "label": None}
        )
        return _snippet_text(snippet) if resolve else match.group(0)

    for part in _text_parts(content):
        part["text"] = SNIPPET_REFERENCE.sub(replace, part["text"])
    return content, list(used.values())


def _uses(store: TemplateStore, version: PromptVersion, snippet: PromptTemplate) -> bool:
    """Whether a text part of `version` references `snippet` (as rendering would resolve it)."""
    return any(
        store.find(name) is snippet
        for part in _text_parts(version.prompt_template)
        for name in SNIPPET_REFERENCE.findall(part["text"])
    )


def _llm_kwargs(
    content: Mapping[str, Any], metadata: Mapping[str, Any] | None, provider: str | None, model: str | None
) -> dict[str, Any] | None:
    if provider is None:
        return None
    try:
        return build_llm_kwargs(content, metadata, provider, model)
    except ValueError:
        return None  # a provider we cannot build for, or no model name: the service sends null


def created_json(template: PromptTemplate, version: PromptVersion) -> dict[str, Any]:
    return {
        "id": template.id,
        "prompt_name": template.name,
        "prompt_version_id": version.id,
        "version_number": version.number,
        "tags": list(template.tags),
        "release_labels": template.labels_of(version),
        "prompt_template": copy.deepcopy(version.prompt_template),
        "metadata": copy.deepcopy(version.metadata),
        "commit_message": version.commit_message,
        "external_ids": [{"source": s, "external_id": e} for s, e in template.external_ids],
    }


def _prompt_label_json(template: PromptTemplate, label: ReleaseLabel) -> dict[str, Any]:
    return {
        "id": label.id,
        "name": label.name,
        "prompt_id": template.id,
        "prompt_version_id": label.version.id,
        "created_at": _iso(label.created_at),
    }


def _path_int(request: Request, name: str) -> int:
    raw = request.path_params.get(name, "")
    try:
        return int(raw)
    except ValueError:
        raise ApiError(422, f"Path parameter {name!r} must be an integer, got {raw!r}") from None


# ── handlers ─────────────────────────────────────────────────────────────────────────────────


def get_prompt_template(ctx: Context, request: Request) -> Response:
    """POST /prompt-templates/{identifier}: a version, rendered and with llm_kwargs on request."""
    body = request.json_object()
    store = _store(ctx)
    template = store.get(request.path_params["identifier"])
    filters = _optional_object(body.get("metadata_filters"), "metadata_filters")
    version = _choose(
        store,
        template,
        _optional_int(body.get("version"), "version"),
        _optional_str(body.get("label"), "label"),
        filters,
    )
    variables = _optional_object(body.get("input_variables"), "input_variables") or {}
    provider = resolved_provider(_optional_str(body.get("provider"), "provider"), version.metadata)
    model = _optional_str(body.get("model"), "model")
    overrides = _optional_object(body.get("model_parameter_overrides"), "model_parameter_overrides")

    content, _ = _snippets(store, template, version.prompt_template, resolve=True)
    if not body.get("skip_input_variable_rendering") and renders_on_fetch(variables, provider):
        content = render_prompt_template(content, variables)
    llm_kwargs = _llm_kwargs(content, version.metadata, provider, model)
    if llm_kwargs is not None and overrides:
        llm_kwargs.update(copy.deepcopy(overrides))
    return Response.json(
        {
            "id": template.id,
            "prompt_name": template.name,
            "prompt_template": content,
            "metadata": copy.deepcopy(version.metadata),
            "commit_message": version.commit_message,
            "llm_kwargs": llm_kwargs,
            "version": version.number,
        }
    )


def get_prompt_template_raw(ctx: Context, request: Request) -> Response:
    """GET /prompt-templates/{identifier}: the stored version as written (snippets optional)."""
    store = _store(ctx)
    template = store.get(request.path_params["identifier"])
    version = _choose(store, template, request.query_int("version"), request.query_value("label"))
    content, snippets = _snippets(
        store, template, version.prompt_template, resolve=request.query_bool("resolve_snippets", True)
    )
    llm_kwargs = None
    if request.query_bool("include_llm_kwargs"):
        llm_kwargs = _llm_kwargs(content, version.metadata, resolved_provider(None, version.metadata), None)
    return Response.json(
        {
            "success": True,
            "id": template.id,
            "prompt_name": template.name,
            "version": version.number,
            "workspace_id": WORKSPACE_ID,
            "prompt_template": content,
            "metadata": copy.deepcopy(version.metadata),
            "commit_message": version.commit_message,
            "tags": list(template.tags),
            "created_at": _iso(version.created_at),
            "snippets": snippets,
            "llm_kwargs": llm_kwargs,
        }
    )


def _query_time(request: Request, name: str) -> float | None:
    raw = request.query_value(name)
    if raw is None or raw == "":
        return None
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        raise ApiError(422, f"Query parameter {name!r} must be an ISO 8601 date-time, got {raw!r}") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


_SORT_KEYS: dict[str, Callable[[PromptTemplate], Any]] = {
    "created_at": lambda t: t.created_at,
    "updated_at": lambda t: t.updated_at,
    "name": lambda t: t.name.lower(),
    "id": lambda t: t.id,
}
_STATUSES = ("active", "deleted", "all")


def _list_filters(request: Request) -> list[Callable[[PromptTemplate], bool]]:
    """One predicate per filter the query asks for."""
    checks: list[Callable[[PromptTemplate], bool]] = []
    status = request.query_value("status", "active") or "active"
    if status not in _STATUSES:
        raise ApiError(422, f"'status' must be one of {list(_STATUSES)}, got {status!r}")
    checks.append(lambda t: _status_matches(t, status))
    if (label := request.query_value("label")) is not None:
        checks.append(lambda t: label in t.labels)
    if name := request.query_value("name"):
        checks.append(lambda t: name.lower() in t.name.lower())
    if tags := [tag for tag in request.query_values("tags") if tag]:
        checks.append(lambda t: all(tag in t.tags for tag in tags))
    source, external_id = request.query_value("external_source"), request.query_value("external_id")
    if (source is None) != (external_id is None):
        raise ApiError(422, "'external_source' and 'external_id' must be given together")
    if source is not None and external_id is not None:
        checks.append(lambda t: (source, external_id) in t.external_ids)
    if email := request.query_value("created_by_email"):
        checks.append(lambda t: (t.created_by_email or "").lower() == email.lower())
    for name_, attribute, after in (
        ("created_after", "created_at", True),
        ("created_before", "created_at", False),
        ("updated_after", "updated_at", True),
        ("updated_before", "updated_at", False),
    ):
        moment = _query_time(request, name_)
        if moment is not None:
            checks.append(_time_check(attribute, moment, after))
    if request.query_value("is_snippet") is not None:
        wanted = request.query_bool("is_snippet")
        checks.append(lambda t: t.is_snippet == wanted)
    return checks


def _time_check(attribute: str, moment: float, after: bool) -> Callable[[PromptTemplate], bool]:
    if after:
        return lambda t: float(getattr(t, attribute)) >= moment
    return lambda t: float(getattr(t, attribute)) <= moment


def _query_int(request: Request, name: str, default: int) -> int:
    value = request.query_int(name)
    return default if value is None else value


def list_prompt_templates(ctx: Context, request: Request) -> Response:
    """GET /prompt-templates: filtered, sorted, paginated."""
    page = _query_int(request, "page", 1)
    per_page = _query_int(request, "per_page", DEFAULT_PER_PAGE)
    if page < 1 or per_page < 1:
        raise ApiError(422, "'page' and 'per_page' must be positive")
    sort_by = request.query_value("sort_by", "created_at") or "created_at"
    sort_order = request.query_value("sort_order", "desc") or "desc"
    if sort_by not in _SORT_KEYS or sort_order not in ("asc", "desc"):
        raise ApiError(422, f"Cannot sort by {sort_by!r} {sort_order!r}")
    checks = _list_filters(request)
    label = request.query_value("label")
    matching = [t for t in _store(ctx).all() if all(check(t) for check in checks)]
    key = _SORT_KEYS[sort_by]
    matching.sort(key=lambda t: (key(t), t.id), reverse=sort_order == "desc")

    total = len(matching)
    pages = math.ceil(total / per_page)
    shown = matching[(page - 1) * per_page : page * per_page]
    items = []
    for template in shown:
        version = template.labels[label].version if label is not None else template.latest
        items.append(
            {
                "id": template.id,
                "prompt_name": template.name,
                "prompt_template": copy.deepcopy(version.prompt_template),
                "metadata": copy.deepcopy(version.metadata),
                "commit_message": version.commit_message,
                "llm_kwargs": None,
                "version": version.number,
                "external_ids": [{"source": s, "external_id": e} for s, e in template.external_ids],
                "is_snippet": template.is_snippet,
            }
        )
    has_next, has_prev = page < pages, page > 1
    return Response.json(
        {
            "items": items,
            "page": page,
            "pages": pages,
            "total": total,
            "has_next": has_next,
            "has_prev": has_prev,
            "next_num": page + 1 if has_next else None,
            "prev_num": page - 1 if has_prev else None,
        }
    )


def publish_prompt_template(ctx: Context, request: Request) -> Response:
    """POST /rest/prompt-templates: a new version (and the template on its first publish)."""
    template, created = publish_from_body(ctx, request.json_object())
    return Response.json(created_json(template, created))


def publish_from_body(
    ctx: Context,
    body: Mapping[str, Any],
    *,
    name: str | None = None,
    link: Iterable[tuple[str, str]] = (),
) -> tuple[PromptTemplate, PromptVersion]:
    """Publish a CreatePromptTemplate body: to template `name` when given (else the body's
    prompt_name), linking the body's external ids and `link` too."""
    entry = _optional_object(body.get("prompt_template"), "prompt_template")
    version = _optional_object(body.get("prompt_version"), "prompt_version")
    if not entry or not isinstance(entry.get("prompt_name"), str) or not entry["prompt_name"]:
        raise ApiError(422, "'prompt_template.prompt_name' is required")
    if not version or not isinstance(version.get("prompt_template"), dict):
        raise ApiError(422, "'prompt_version.prompt_template' is required")
    tags = entry.get("tags")
    labels = body.get("release_labels") or []
    if not all(isinstance(label, str) for label in labels):
        raise ApiError(422, "'release_labels' must be a list of strings")
    return _store(ctx).publish(
        name or entry["prompt_name"],
        version["prompt_template"],
        now=ctx.clock(),
        metadata=_optional_object(version.get("metadata"), "prompt_version.metadata"),
        commit_message=_optional_str(version.get("commit_message"), "prompt_version.commit_message"),
        tags=[str(tag) for tag in tags] if isinstance(tags, list) else None,
        folder_id=_optional_int(entry.get("folder_id"), "prompt_template.folder_id"),
        release_labels=labels,
        external_ids=[*_external_pairs(body.get("external_ids") or []), *link],
    )


def _patch_list(current: Any, patch: Any, field_name: str) -> list[Any]:
    """An array replaces the list; an object keyed by index replaces single entries."""
    if isinstance(patch, list):
        return copy.deepcopy(patch)
    items = copy.deepcopy(current) if isinstance(current, list) else []
    for key, value in patch.items():
        try:
            index = int(key)
        except ValueError:
            raise ApiError(400, f"{field_name}: {key!r} is not an index") from None
        if not 0 <= index < len(items):
            raise ApiError(400, f"{field_name}: index {index} is out of bounds (0..{len(items) - 1})")
        items[index] = copy.deepcopy(value)
    return items


_CHAT_ONLY = ("messages", "tools", "functions", "function_call", "tool_choice")


def _apply_patch(content: dict[str, Any], metadata: dict[str, Any] | None, body: Mapping[str, Any]) -> None:
    """Apply the patch fields to copies of a version's template and metadata (in place)."""
    kind = template_kind(content)
    for name in _CHAT_ONLY:
        if name in body and kind != "chat":
            raise ApiError(400, f"'{name}' applies to chat templates only; this one is a {kind} template")
    if "content" in body and kind != "completion":
        raise ApiError(400, "'content' applies to completion templates only; this one is a chat template")
    for name in ("messages", "content"):
        if body.get(name) is not None:
            content[name] = _patch_list(content.get(name), body[name], name)
    for name in ("tools", "functions"):
        if name in body:
            content[name] = None if body[name] is None else _patch_list(content.get(name), body[name], name)
    for name in ("function_call", "tool_choice"):
        if name in body:
            content[name] = copy.deepcopy(body[name])

    parameters = body.get("model_parameters")
    if parameters is not None and "response_format" in body and "response_format" in parameters:
        raise ApiError(400, "Give 'response_format' either on its own or inside 'model_parameters', not both")
    if parameters is None and "response_format" not in body:
        return
    model = metadata.get("model") if metadata is not None else None
    if not isinstance(model, dict):
        raise ApiError(400, "This version has no model in its metadata to apply model parameters to")
    merged = dict(model.get("parameters") or {})
    merged.update(copy.deepcopy(parameters or {}))
    if "response_format" in body:
        if body["response_format"] is None:
            merged.pop("response_format", None)
        else:
            merged["response_format"] = copy.deepcopy(body["response_format"])
    model["parameters"] = merged


def patch_prompt_template_version(ctx: Context, request: Request) -> Response:
    """PATCH /rest/prompt-templates/{identifier}: a new version from a base version plus edits."""
    body = request.json_object()
    store = _store(ctx)
    template = store.get(request.path_params["identifier"])
    base = _choose(
        store,
        template,
        _optional_int(body.get("version"), "version"),
        _optional_str(body.get("label"), "label"),
        conflict_status=400,
    )
    for name in ("messages", "tools", "functions", "content"):
        if body.get(name) is not None and not isinstance(body[name], (list, dict)):
            raise ApiError(400, f"'{name}' must be an array or an object keyed by index")
    labels = body.get("release_labels") or []
    if not all(isinstance(label, str) for label in labels):
        raise ApiError(400, "'release_labels' must be a list of strings")
    content = copy.deepcopy(base.prompt_template)
    metadata = copy.deepcopy(base.metadata)
    _apply_patch(content, metadata, body)
    _, created = store.publish(
        template.name,
        content,
        now=ctx.clock(),
        metadata=metadata,
        commit_message=_optional_str(body.get("commit_message"), "commit_message"),
        release_labels=labels,
    )
    return Response.json(created_json(template, created), 201)


def list_prompt_template_labels(ctx: Context, request: Request) -> Response:
    """GET /prompt-templates/{identifier}/labels."""
    template = _store(ctx).get(request.path_params["identifier"])
    labels = sorted(template.labels.values(), key=lambda label: label.id)
    return Response.json({"release_labels": [_label_json(label) for label in labels]})


def get_snippet_usage(ctx: Context, request: Request) -> Response:
    """GET /prompt-templates/{identifier}/snippet-usage: the versions and labels that include it."""
    store = _store(ctx)
    snippet = store.get(request.path_params["identifier"])
    number = request.query_int("prompt_version_number")
    if number is not None:
        store.select(snippet, version=number)  # 404 for a version the snippet does not have
    usage: list[dict[str, Any]] = []
    labels: list[dict[str, Any]] = []
    if number is None or number == snippet.latest.number:
        for template in sorted(store.all(), key=lambda t: t.id):
            if template.deleted or template is snippet:
                continue
            using = [v for v in template.versions if _uses(store, v, snippet)]
            if not using:
                continue
            usage.append(
                {
                    "prompt_registry_id": template.id,
                    "prompt_name": template.name,
                    "version_numbers": [v.number for v in using],
                }
            )
            labels += [
                {"prompt_registry_id": template.id, "prompt_name": template.name, "label_name": name}
                for name, label in sorted(template.labels.items())
                if any(label.version is version for version in using)
            ]
    return Response.json(
        {
            "success": True,
            "message": f"{snippet.name!r} is used by {len(usage)} prompt template(s)",
            "snippet_name": snippet.name,
            "snippet_usage": usage,
            "total_prompts_using_snippet": len(usage),
            "label_usage": labels,
            "total_labels_using_snippet": len(labels),
        }
    )


def _version_number(body: Mapping[str, Any]) -> int:
    number = body.get("prompt_version_number")
    if isinstance(number, bool) or not isinstance(number, int):
        raise ApiError(422, "'prompt_version_number' must be an integer")
    return number


def create_prompt_label(ctx: Context, request: Request) -> Response:
    """POST /prompts/{prompt_id}/label: a new label (prompt_id is the template id)."""
    body = request.json_object()
    store = _store(ctx)
    template = store.get(_path_int(request, "prompt_id"))
    name = body.get("name")
    if not isinstance(name, str) or not name:
        raise ApiError(422, "'name' must be a non-empty string")
    if name in template.labels:
        raise ApiError(
            422, f"Prompt template {template.name!r} already has a label {name!r}; move it with PATCH instead"
        )
    version = store.select(template, version=_version_number(body))
    label = store.put_label(template, name, version, now=ctx.clock())
    return Response.json(_prompt_label_json(template, label))


def move_prompt_label(ctx: Context, request: Request) -> Response:
    """PATCH /prompt-labels/{prompt_label_id}: point the label at another version."""
    body = request.json_object()
    store = _store(ctx)
    template, label = store.label(_path_int(request, "prompt_label_id"))
    version = store.select(template, version=_version_number(body))
    store.put_label(template, label.name, version, now=ctx.clock())
    return Response.json(_prompt_label_json(template, label))


def delete_prompt_label(ctx: Context, request: Request) -> Response:
    """DELETE /prompt-labels/{prompt_label_id}: 204 without a body."""
    store = _store(ctx)
    _, label = store.label(_path_int(request, "prompt_label_id"))
    store.remove_label(label.id)
    return Response.empty(204)


ROUTES: dict[str, Handler] = {
    "get_prompt_template": get_prompt_template,
    "get_prompt_template_raw": get_prompt_template_raw,
    "list_prompt_templates": list_prompt_templates,
    "publish_prompt_template": publish_prompt_template,
    "patch_prompt_template_version": patch_prompt_template_version,
    "list_prompt_template_labels": list_prompt_template_labels,
    "get_snippet_usage": get_snippet_usage,
    "create_prompt_label": create_prompt_label,
    "move_prompt_label": move_prompt_label,
    "delete_prompt_label": delete_prompt_label,
}
