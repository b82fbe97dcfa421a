"""`client.templates`: get (with the cache), list and page through, publish, release labels."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, cast

from .. import _validate as check
from .._faces import AsyncFace, Paging, SyncFace, operation, paged
from .._transport.flow import ApiRequest, Background, Flow, Shared, call
from .._transport.routes import request_for
from ..errors import (
    PromptLayerAPIConnectionError,
    PromptLayerAPIError,
    PromptLayerAPITimeoutError,
    PromptLayerError,
    PromptLayerInternalServerError,
    PromptLayerRateLimitError,
    PromptLayerUnexpectedResponseError,
    PromptLayerValidationError,
)
from ..types import (
    GetPromptTemplateParams,
    PromptLabel,
    PromptTemplateListItem,
    PromptTemplatePage,
    PromptTemplateResponse,
    PublishPromptTemplate,
    PublishPromptTemplateResponse,
)
from .cache import CacheEntry, CacheKey, Generation, TemplateCache, make_entry

if TYPE_CHECKING:
    from .._transport.retry import RetryPolicy

logger = logging.getLogger("promptlayer")

# Aliases: inside the classes below, `list` names the method.
QueryParams = list[tuple[str, Any]]
Labels = list[dict[str, Any]]
Items = list[PromptTemplateListItem]
Tags = list[str]

_LIST_STATUSES = ("active", "deleted", "all")
_TRANSIENT = (
    PromptLayerAPIConnectionError,
    PromptLayerAPITimeoutError,
    PromptLayerRateLimitError,
    PromptLayerInternalServerError,
    PromptLayerUnexpectedResponseError,  # a 200 that is not a template: a proxy's page, a broken answer
)


def _is_transient(error: PromptLayerError) -> bool:
    """Worth answering from a stale entry or a fallback: the API could not give an answer."""
    return isinstance(error, _TRANSIENT) or type(error) is PromptLayerAPIError  # e.g. an undecodable body


# What each `templates.get` parameter may be (None is always allowed: it is left out).
_PARAM_CHECKS: dict[str, Callable[[Any, str], object]] = {
    "version": check.positive,
    "label": check.text,
    "provider": check.text,
    "model": check.text,
    "input_variables": check.has_string_keys,  # only read: a cache hit renders with it
    "metadata_filters": check.string_map,
    "model_parameter_overrides": check.string_keys,
    "workspace_id": check.positive,
    "skip_input_variable_rendering": check.boolean,
}
_EMPTY: Mapping[str, Any] = {}


class TemplateQuery:
    """A validated `templates.get` call (kept cheap: a cache hit builds one of these)."""

    __slots__ = ("cacheable", "identifier", "key", "model", "params", "provider", "variables")

    def __init__(self, prompt_name: Any, params: Mapping[str, Any] | None) -> None:
        self.identifier = identifier = check.identifier(prompt_name, "prompt_name")
        if params is None:
            params = _EMPTY
        elif not isinstance(params, Mapping):
            check.mapping(params, "params")  # raises
        for name, value in params.items():
            param_check = _PARAM_CHECKS.get(name)
            if param_check is None:
                raise PromptLayerValidationError(
                    f"Unknown template parameter {name!r}; expected some of {sorted(_PARAM_CHECKS)}"
                )
            if value is not None:
                param_check(value, name)
        get = params.get
        self.params = params
        self.variables: Mapping[str, Any] = get("input_variables") or _EMPTY
        self.cacheable = not (
            get("metadata_filters")
            or get("model_parameter_overrides")
            or get("workspace_id") is not None
            or get("skip_input_variable_rendering")
        )
        self.provider: str | None = get("provider")  # checked above: a string or None
        self.model: str | None = get("model")
        self.key: CacheKey = (identifier, get("version"), get("label"), self.provider, self.model)

    def request(self, *, rendered: bool, max_retries: int | None = None) -> ApiRequest:
        body = {key: value for key, value in self.params.items() if value is not None}
        if not rendered:
            body.pop("input_variables", None)
            body["skip_input_variable_rendering"] = True
        return request_for(
            "get_prompt_template",
            f"getting prompt template {self.identifier!r}",
            path_params={"identifier": self.identifier},
            body=body,
            max_retries=max_retries,
        )


class TemplatesCore:
    """The templates operations as flows, plus the cache they share."""

    def __init__(
        self,
        policy: RetryPolicy,
        cache: TemplateCache | None,
        *,
        stale_while_revalidate: bool = False,
    ) -> None:
        self.policy = policy
        self.cache = cache
        self.stale_while_revalidate = stale_while_revalidate

    # -- get ---------------------------------------------------------------------------------

    def cached(
        self,
        prompt_name: str,
        params: GetPromptTemplateParams | Mapping[str, Any] | None = None,
        *,
        fallback: Mapping[str, Any] | None = None,
    ) -> PromptTemplateResponse | None:
        """A fresh cache hit rendered for these variables, without any I/O; None otherwise."""
        if self.cache is None:
            return None
        query = TemplateQuery(prompt_name, params)
        if not query.cacheable:
            return None
        found = self.cache.lookup(query.key)
        if found is None or not found[1]:
            return None
        return cast("PromptTemplateResponse | None", found[0].render(query.variables))

    def get(
        self,
        prompt_name: str,
        params: GetPromptTemplateParams | Mapping[str, Any] | None = None,
        *,
        fallback: Mapping[str, Any] | None = None,
    ) -> Flow[PromptTemplateResponse]:
        """One template version, rendered with `params["input_variables"]`.

        `params`: version, label, provider, model, input_variables, metadata_filters,
        model_parameter_overrides. `fallback`: a template (same shape as the result) used
        when the API cannot be reached and nothing is cached; the result then carries
        ``"is_fallback": True``.
        """
        query = TemplateQuery(prompt_name, params)
        if fallback is not None and not isinstance(fallback, Mapping):
            raise PromptLayerValidationError("fallback must be a template dict like the ones get() returns")
        try:
            if self.cache is None or not query.cacheable:
                return (yield from self._server_rendered(query))
            return (yield from self._get_cached(query))
        except PromptLayerError as error:
            if fallback is None or not _is_transient(error):
                raise
            logger.warning("PromptLayer unreachable (%s); using the fallback for %r", error, query.identifier)
            return _render_fallback(fallback, query)

    def _get_cached(self, query: TemplateQuery) -> Flow[PromptTemplateResponse]:
        assert self.cache is not None
        found = self.cache.lookup(query.key)
        if found is not None and (found[1] or self.stale_while_revalidate):
            entry, fresh = found
            if not fresh:
                yield Background(lambda: self._shared_refresh(query, has_stale=True))
        else:
            stale = None if found is None else found[0]
            try:
                entry = yield from self._shared_refresh(query, has_stale=stale is not None)
            except PromptLayerError as error:
                if stale is None or not _is_transient(error):
                    raise
                rendered = stale.render(query.variables)
                if rendered is None:
                    raise
                logger.warning(
                    "PromptLayer unreachable (%s); serving the stale cached %r", error, query.identifier
                )
                return cast(PromptTemplateResponse, rendered)
        rendered = entry.render(query.variables)
        if rendered is None:
            return (yield from self._server_rendered(query))
        return cast(PromptTemplateResponse, rendered)

    def _shared_refresh(self, query: TemplateQuery, has_stale: bool) -> Flow[CacheEntry]:
        """Fetch the unrendered template once for all concurrent callers, and cache it. The
        generation is part of the key: a caller after an invalidation (a publish) does not
        join a fetch that started before it, whose answer may be the old version."""
        assert self.cache is not None
        since = self.cache.generation(query.identifier)
        entry: CacheEntry = yield Shared(
            ("template", query.key, since), lambda: self._refresh(query, has_stale, since)
        )
        return entry

    def _refresh(self, query: TemplateQuery, has_stale: bool, since: Generation) -> Flow[CacheEntry]:
        assert self.cache is not None
        # With a stale entry to fall back on, one attempt is enough: serve it at once on failure.
        request = query.request(rendered=False, max_retries=0 if has_stale else None)
        raw = yield from call(request, self.policy)  # an object: `call` refuses anything else
        entry = make_entry(raw, query.provider, self.cache.clock(), query.model)
        self.cache.store(query.key, entry, since)
        return entry

    def _server_rendered(self, query: TemplateQuery) -> Flow[PromptTemplateResponse]:
        """Uncached, or a template only the service can render (placeholder messages, tool
        variables)."""
        result = yield from call(query.request(rendered=True), self.policy)
        return cast(PromptTemplateResponse, result)

    def invalidate(self, prompt_name: str | None = None) -> None:
        if self.cache is not None:
            self.cache.invalidate(None if prompt_name is None else str(prompt_name))

    # -- list ----------------------------------------------------------------------------------

    def list(
        self,
        /,
        page: int | None = None,
        per_page: int | None = None,
        *,
        label: str | None = None,
        name: str | None = None,
        tags: Tags | None = None,
        status: str | None = None,
        external_source: str | None = None,
        external_id: str | None = None,
        **filters: Any,
    ) -> Flow[PromptTemplatePage]:
        """One page: {items, page, pages, total, has_next, has_prev, next_num, prev_num}.

        Filters: label, name, tags (all must match), status ("active", "deleted", "all"),
        external_source with external_id, and any other query parameter of the API.
        """
        params: QueryParams = []
        for key, value in (("page", page), ("per_page", per_page)):
            if value is not None:
                params.append((key, check.positive(value, key)))
        for key, text in (("label", label), ("name", name)):
            if text is not None:
                params.append((key, check.text(text, key)))
        params.extend(("tags", tag) for tag in check.strings(tags, "tags"))
        if status is not None:
            params.append(("status", check.choice(status, _LIST_STATUSES, "status")))
        if (external_source is None) != (external_id is None):
            raise PromptLayerValidationError("external_source and external_id go together")
        if external_source is not None and external_id is not None:
            params += [("external_source", check.text(external_source, "external_source"))]
            params += [("external_id", check.text(external_id, "external_id"))]
        for key, value in filters.items():
            params.append((key, _query_value(key, value)))
        request = request_for("list_prompt_templates", "listing prompt templates", params=params)
        return cast(PromptTemplatePage, (yield from call(request, self.policy)))

    def all(
        self, /, page: int = 1, per_page: int = 30, label: str | None = None, **filters: Any
    ) -> Flow[Items]:
        """The items of one page, as the official SDK returns them."""
        result = yield from self.list(page, per_page, label=label, **filters)
        return result["items"]

    def iterate(self, /, per_page: int = 100, **filters: Any) -> Paging[PromptTemplateListItem]:
        """Every template matching `filters`, walking the pages lazily."""
        return Paging(
            fetch=lambda page: self.list(page, per_page, **filters),
            items=lambda result: list(result["items"]),
            more=lambda result: bool(result.get("has_next")),
        )

    # -- publish and labels --------------------------------------------------------------------

    def publish(self, body: PublishPromptTemplate | Mapping[str, Any]) -> Flow[PublishPromptTemplateResponse]:
        """Create a new version (and the template on first publish); drops it from the cache."""
        payload, name = _publish_payload(body)
        request = request_for("publish_prompt_template", f"publishing prompt template {name!r}", body=payload)
        try:
            result = yield from call(request, self.policy)
        finally:
            self.invalidate(name)  # even a failed publish may have created a version
        if isinstance(result, dict) and result.get("id") is not None:
            self.invalidate(str(result["id"]))
        return cast(PublishPromptTemplateResponse, result)

    def labels(self, prompt_name: str) -> Flow[Labels]:
        """The template's release labels and the versions they point at."""
        identifier = check.identifier(prompt_name, "prompt_name")
        request = request_for(
            "list_prompt_template_labels",
            f"listing the release labels of {identifier!r}",
            path_params={"identifier": identifier},
        )
        result = yield from call(request, self.policy)
        return list(result.get("release_labels", [])) if isinstance(result, dict) else []

    def create_label(self, prompt_id: int, name: str, prompt_version_number: int) -> Flow[PromptLabel]:
        """A release label on one version of a template (by the template's id)."""
        request = request_for(
            "create_prompt_label",
            f"creating release label {name!r}",
            path_params={"prompt_id": check.positive(prompt_id, "prompt_id")},
            body={
                "name": check.text(name, "name"),
                "prompt_version_number": check.positive(prompt_version_number, "version"),
            },
        )
        result = yield from call(request, self.policy)
        self.invalidate()  # labels select versions: cached label lookups may now be wrong
        return cast(PromptLabel, result)

    def move_label(self, prompt_label_id: int, prompt_version_number: int) -> Flow[PromptLabel]:
        """Point a release label at another version."""
        request = request_for(
            "move_prompt_label",
            f"moving release label {prompt_label_id}",
            path_params={"prompt_label_id": check.positive(prompt_label_id, "prompt_label_id")},
            body={"prompt_version_number": check.positive(prompt_version_number, "prompt_version_number")},
        )
        result = yield from call(request, self.policy)
        self.invalidate()
        return cast(PromptLabel, result)

    def delete_label(self, prompt_label_id: int) -> Flow[bool]:
        """Remove a release label; True when it is gone."""
        request = request_for(
            "delete_prompt_label",
            f"deleting release label {prompt_label_id}",
            path_params={"prompt_label_id": check.positive(prompt_label_id, "prompt_label_id")},
        )
        yield from call(request, self.policy)
        self.invalidate()
        return True


# -- the faces ---------------------------------------------------------------------------------


class _TemplatesOperations:
    """What both faces offer; `cache` and `invalidate` need no I/O."""

    _core: TemplatesCore

    get = operation(TemplatesCore.get, shortcut=TemplatesCore.cached)
    list = operation(TemplatesCore.list)
    all = operation(TemplatesCore.all)
    iterate = paged(TemplatesCore.iterate)
    publish = operation(TemplatesCore.publish)
    labels = operation(TemplatesCore.labels)
    create_label = operation(TemplatesCore.create_label)
    move_label = operation(TemplatesCore.move_label)
    delete_label = operation(TemplatesCore.delete_label)

    @property
    def cache(self) -> TemplateCache | None:
        return self._core.cache

    def invalidate(self, prompt_name: str | None = None) -> None:
        """Forget cached versions of one template, or of all templates."""
        self._core.invalidate(prompt_name)


class Templates(_TemplatesOperations, SyncFace):
    """Prompt templates: `get` (cached when the client has a cache TTL), `list`, `all`, `iterate`,
    `publish`, `labels`, `create_label`, `move_label`, `delete_label`, `invalidate`.

    With `throw_on_error=False`, API failures return None (and are logged as warnings).
    """


class AsyncTemplates(_TemplatesOperations, AsyncFace):
    """Prompt templates of an async client: the same methods, awaited; `iterate` is an async
    iterator."""


# -- checks of this module's own -------------------------------------------------------------


def _query_value(name: str, value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int, float)):
        return value
    isoformat = getattr(value, "isoformat", None)
    if callable(isoformat):
        return isoformat()
    check.bad(f"filter {name}", "a string, number, boolean or datetime", value)


MAX_COMMIT_MESSAGE = 72  # characters, as the spec limits it


def _commit_message(value: Any, name: str) -> str:
    message = check.string(value, name)
    if len(message) > MAX_COMMIT_MESSAGE:
        raise PromptLayerValidationError(
            f"{name} must be at most {MAX_COMMIT_MESSAGE} characters, got {len(message)}"
        )
    return message


# The publish body's optional fields and what the spec allows them to be (None: left out).
_TEMPLATE_FIELDS: dict[str, Callable[[Any, str], object]] = {
    "tags": check.strings,
    "folder_id": check.positive,
    "workspace_id": check.positive,
}
_VERSION_FIELDS: dict[str, Callable[[Any, str], object]] = {
    "commit_message": _commit_message,
    "metadata": check.string_keys,
}


def _publish_payload(body: Mapping[str, Any]) -> tuple[dict[str, Any], str]:
    """The API's nested publish body from the official SDK's flat one (nested is accepted too);
    either way each field the spec types is checked before anything is sent."""
    if not isinstance(body, Mapping):
        check.bad("publish body", "a dict", body)
    if "prompt_version" in body:  # already the API's shape
        nested_template = body.get("prompt_template")
        nested_version = body["prompt_version"]
        if not isinstance(nested_version, Mapping) or not isinstance(
            nested_version.get("prompt_template"), Mapping
        ):
            check.bad("prompt_version.prompt_template", "a dict")
        if not isinstance(nested_template, Mapping):
            check.bad("prompt_template", "a dict with the prompt_name", nested_template)
        name = check.text(nested_template.get("prompt_name"), "prompt_template.prompt_name")
        _check_fields(nested_template, _TEMPLATE_FIELDS, "prompt_template.")
        _check_fields(nested_version, _VERSION_FIELDS, "prompt_version.")
        check.strings(body.get("release_labels"), "release_labels")
        return dict(body), name
    name = check.text(body.get("prompt_name"), "prompt_name")
    content = check.prompt_template(body.get("prompt_template"), "prompt_template")
    labels = body.get("release_labels")
    check.strings(labels, "release_labels")
    template: dict[str, Any] = {"prompt_name": name, **_check_fields(body, _TEMPLATE_FIELDS)}
    version: dict[str, Any] = {"prompt_template": content, **_check_fields(body, _VERSION_FIELDS)}
    payload: dict[str, Any] = {"prompt_template": template, "prompt_version": version}
    if labels is not None:
        payload["release_labels"] = list(labels)
    if body.get("external_ids") is not None:
        payload["external_ids"] = body["external_ids"]
    return payload, name


def _check_fields(
    source: Mapping[str, Any], checks: Mapping[str, Callable[[Any, str], object]], prefix: str = ""
) -> dict[str, Any]:
    """The fields of `source` that `checks` names and that are not None, each checked."""
    found = {}
    for key, field_check in checks.items():
        value = source.get(key)
        if value is not None:
            field_check(value, prefix + key)
            found[key] = value
    return found


def _render_fallback(fallback: Mapping[str, Any], query: TemplateQuery) -> PromptTemplateResponse:
    """The caller's fallback template, rendered like a cached one and marked as such."""
    try:
        plain = json.loads(json.dumps(dict(fallback)))
    except (TypeError, ValueError) as exc:
        raise PromptLayerValidationError(f"fallback must be JSON-like: {exc}") from None
    plain.setdefault("prompt_name", query.identifier)
    entry = make_entry(plain, query.provider, 0.0, query.model)
    rendered = entry.render(query.variables) or plain
    rendered["is_fallback"] = True
    return cast(PromptTemplateResponse, rendered)
