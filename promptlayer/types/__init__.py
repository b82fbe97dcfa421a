"""Shapes of what the facade takes and returns, for editors and type checkers.

Results are plain dicts exactly as the API sends them (so code written for the official
SDK keeps working); these TypedDicts only describe them. Keys the service adds later are
passed through untouched.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, NotRequired, TypedDict

Provider = str  # "openai", "anthropic", "openai.azure", ...


class GetPromptTemplateParams(TypedDict, total=False):
    """Parameters of `templates.get` (all optional)."""

    version: int
    label: str
    provider: Provider
    model: str
    input_variables: dict[str, Any]
    metadata_filters: dict[str, str]
    model_parameter_overrides: dict[str, Any]


class PromptTemplateResponse(TypedDict):
    """One prompt template version, rendered: what `templates.get` returns."""

    id: int
    prompt_name: str
    prompt_template: dict[str, Any]
    metadata: NotRequired[dict[str, Any] | None]
    commit_message: NotRequired[str | None]
    llm_kwargs: NotRequired[dict[str, Any] | None]
    version: NotRequired[int]
    is_fallback: NotRequired[bool]


class PromptTemplateListItem(TypedDict):
    id: int
    prompt_name: str
    prompt_template: dict[str, Any]
    version: NotRequired[int]
    metadata: NotRequired[dict[str, Any] | None]
    commit_message: NotRequired[str | None]
    llm_kwargs: NotRequired[dict[str, Any] | None]
    external_ids: NotRequired[list[dict[str, str]]]


class PromptTemplatePage(TypedDict):
    """One page of `templates.list`."""

    items: list[PromptTemplateListItem]
    page: int
    pages: int
    total: int
    has_next: bool
    has_prev: bool
    next_num: int | None
    prev_num: int | None


class PublishPromptTemplate(TypedDict, total=False):
    """The body of `templates.publish`, flat as in the official SDK."""

    prompt_name: str
    prompt_template: dict[str, Any]
    commit_message: str
    metadata: dict[str, Any]
    tags: list[str]
    release_labels: list[str]
    folder_id: int


class PublishPromptTemplateResponse(TypedDict):
    id: int
    prompt_name: str
    prompt_version_id: int
    version_number: int
    tags: list[str]
    prompt_template: dict[str, Any]
    release_labels: NotRequired[list[str] | None]
    metadata: NotRequired[dict[str, Any] | None]
    commit_message: NotRequired[str | None]


class PromptLabel(TypedDict):
    id: int
    name: str
    prompt_id: NotRequired[int]
    prompt_version_id: int
    created_at: NotRequired[str]


class LogRequestResponse(TypedDict):
    """What `log_request` returns: the new request log's id and its template link."""

    id: int
    prompt_version: dict[str, Any] | None
    status: NotRequired[str]
    error_type: NotRequired[str | None]
    error_message: NotRequired[str | None]


class LogRequestParams(TypedDict):
    """Keyword arguments of `log_request` (timestamps: datetime or epoch seconds)."""

    provider: str
    model: str
    input: dict[str, Any]
    output: dict[str, Any]
    request_start_time: datetime | float
    request_end_time: datetime | float
    parameters: NotRequired[dict[str, Any]]
    tags: NotRequired[list[str]]
    metadata: NotRequired[dict[str, str]]
    prompt_name: NotRequired[str | None]
    prompt_version_number: NotRequired[int | None]
    prompt_input_variables: NotRequired[dict[str, Any]]
    input_tokens: NotRequired[int]
    output_tokens: NotRequired[int]
    price: NotRequired[float]
    function_name: NotRequired[str]
    score: NotRequired[int]
    prompt_id: NotRequired[int | None]
    score_name: NotRequired[str | None]
    api_type: NotRequired[str | None]
    status: NotRequired[str]
    error_type: NotRequired[str | None]
    error_message: NotRequired[str | None]


# -- skill collections -----------------------------------------------------------------------


class SkillExternalId(TypedDict):
    """A collection's identifier in another system (source: 1-128 chars, external_id: 1-512)."""

    source: str
    external_id: str


class SkillFile(TypedDict):
    """One file to write: a relative path and its text (empty when left out)."""

    path: str
    content: NotRequired[str]


class SkillFileMove(TypedDict):
    old_path: str
    new_path: str


class SkillCollection(TypedDict):
    """A skill collection as the API describes it (id is a UUID)."""

    id: str
    name: str
    root_path: str
    workspace_id: NotRequired[int]
    folder_id: NotRequired[int | None]
    provider: NotRequired[str | None]
    is_deleted: NotRequired[bool]
    created_by: NotRequired[int | None]
    created_at: NotRequired[str]
    updated_by: NotRequired[int | None]
    updated_at: NotRequired[str]
    external_ids: NotRequired[list[SkillExternalId]]


class SkillCollectionVersion(TypedDict):
    """One saved snapshot of a collection's files."""

    id: str
    number: int
    skill_collection_id: NotRequired[str]
    workspace_id: NotRequired[int]
    root_path_at_version: NotRequired[str]
    provider: NotRequired[str | None]
    file_paths: NotRequired[list[str]]
    commit_message: NotRequired[str | None]
    release_label: NotRequired[str | None]
    archived: NotRequired[bool]
    created_by: NotRequired[int | None]
    user_email: NotRequired[str | None]
    created_at: NotRequired[str]


class PullSkillCollectionResponse(TypedDict):
    """What `skills.pull` returns as JSON: the collection, its files by path, and the version."""

    success: bool
    skill_collection: SkillCollection
    files: dict[str, str]
    version: SkillCollectionVersion | None


class CreateSkillCollectionResponse(TypedDict):
    """What `skills.create` / `skills.publish` return; `version` only when a release label was given."""

    success: bool
    skill_collection: SkillCollection
    external_ids: NotRequired[list[SkillExternalId]]
    version: NotRequired[SkillCollectionVersion]


class UpdateSkillCollectionResponse(TypedDict):
    """What `skills.update` returns; `version` when a new version was saved."""

    success: bool
    skill_collection: SkillCollection
    version: NotRequired[SkillCollectionVersion]


class ListSkillCollectionsResponse(TypedDict):
    success: bool
    skill_collections: list[SkillCollection]


class PublishSkillCollection(TypedDict):
    """The body of `skills.publish`, as the official SDK takes it (files: a list or a path->text dict)."""

    name: str
    provider: str
    files: NotRequired[list[SkillFile] | dict[str, str]]
    commit_message: NotRequired[str | None]
    folder_id: NotRequired[int | None]
    external_ids: NotRequired[list[SkillExternalId]]
    release_label: NotRequired[str | None]
