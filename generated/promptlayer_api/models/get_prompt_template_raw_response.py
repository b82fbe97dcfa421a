from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_prompt import ChatPrompt
    from ..models.completion_prompt import CompletionPrompt
    from ..models.get_prompt_template_raw_response_llm_kwargs_type_0 import (
        GetPromptTemplateRawResponseLlmKwargsType0,
    )
    from ..models.metadata import Metadata
    from ..models.snippet_reference import SnippetReference


T = TypeVar("T", bound="GetPromptTemplateRawResponse")


@_attrs_define
class GetPromptTemplateRawResponse:
    """Stored prompt template version without variable rendering."""

    success: bool
    """ True on success. """
    id: int
    """ Prompt template id. """
    prompt_name: str
    """ Prompt template name. """
    version: int
    """ Version number. """
    workspace_id: int
    """ Owning workspace. """
    prompt_template: ChatPrompt | CompletionPrompt
    """ Template content: a chat or a completion template, told apart by `type`. """
    snippets: list[SnippetReference]
    """ Snippets this template pulls in. """
    metadata: Metadata | None | Unset = UNSET
    """ Model settings and custom metadata. """
    commit_message: None | str | Unset = UNSET
    """ Version note. """
    tags: list[str] | Unset = UNSET
    """ Template tags. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ When the version was created. """
    llm_kwargs: GetPromptTemplateRawResponseLlmKwargsType0 | None | Unset = UNSET
    """ Provider-ready keyword arguments (only with include_llm_kwargs=true). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.completion_prompt import CompletionPrompt  # noqa: PLC0415
        from ..models.get_prompt_template_raw_response_llm_kwargs_type_0 import (
            GetPromptTemplateRawResponseLlmKwargsType0,  # noqa: PLC0415
        )
        from ..models.metadata import Metadata  # noqa: PLC0415

        success = self.success

        id = self.id

        prompt_name = self.prompt_name

        version = self.version

        workspace_id = self.workspace_id

        prompt_template: dict[str, Any]
        if isinstance(self.prompt_template, CompletionPrompt):
            prompt_template = self.prompt_template.to_dict()
        else:
            prompt_template = self.prompt_template.to_dict()

        snippets = []
        for snippets_item_data in self.snippets:
            snippets_item = snippets_item_data.to_dict()
            snippets.append(snippets_item)

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, Metadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        commit_message: None | str | Unset
        if isinstance(self.commit_message, Unset):
            commit_message = UNSET
        else:
            commit_message = self.commit_message

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        llm_kwargs: dict[str, Any] | None | Unset
        if isinstance(self.llm_kwargs, Unset):
            llm_kwargs = UNSET
        elif isinstance(self.llm_kwargs, GetPromptTemplateRawResponseLlmKwargsType0):
            llm_kwargs = self.llm_kwargs.to_dict()
        else:
            llm_kwargs = self.llm_kwargs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "id": id,
                "prompt_name": prompt_name,
                "version": version,
                "workspace_id": workspace_id,
                "prompt_template": prompt_template,
                "snippets": snippets,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if commit_message is not UNSET:
            field_dict["commit_message"] = commit_message
        if tags is not UNSET:
            field_dict["tags"] = tags
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if llm_kwargs is not UNSET:
            field_dict["llm_kwargs"] = llm_kwargs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_prompt import ChatPrompt  # noqa: PLC0415
        from ..models.completion_prompt import CompletionPrompt  # noqa: PLC0415
        from ..models.get_prompt_template_raw_response_llm_kwargs_type_0 import (
            GetPromptTemplateRawResponseLlmKwargsType0,  # noqa: PLC0415
        )
        from ..models.metadata import Metadata  # noqa: PLC0415
        from ..models.snippet_reference import SnippetReference  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        id = d.pop("id")

        prompt_name = d.pop("prompt_name")

        version = d.pop("version")

        workspace_id = d.pop("workspace_id")

        def _parse_prompt_template(data: object) -> ChatPrompt | CompletionPrompt:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_prompt_template_content_type_0 = CompletionPrompt.from_dict(data)

                return componentsschemas_prompt_template_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            componentsschemas_prompt_template_content_type_1 = ChatPrompt.from_dict(data)

            return componentsschemas_prompt_template_content_type_1

        prompt_template = _parse_prompt_template(d.pop("prompt_template"))

        snippets = []
        _snippets = d.pop("snippets")
        for snippets_item_data in _snippets:
            snippets_item = SnippetReference.from_dict(snippets_item_data)

            snippets.append(snippets_item)

        def _parse_metadata(data: object) -> Metadata | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = Metadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Metadata | None | Unset, data)

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        def _parse_commit_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commit_message = _parse_commit_message(d.pop("commit_message", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_llm_kwargs(data: object) -> GetPromptTemplateRawResponseLlmKwargsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                llm_kwargs_type_0 = GetPromptTemplateRawResponseLlmKwargsType0.from_dict(data)

                return llm_kwargs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetPromptTemplateRawResponseLlmKwargsType0 | None | Unset, data)

        llm_kwargs = _parse_llm_kwargs(d.pop("llm_kwargs", UNSET))

        get_prompt_template_raw_response = cls(
            success=success,
            id=id,
            prompt_name=prompt_name,
            version=version,
            workspace_id=workspace_id,
            prompt_template=prompt_template,
            snippets=snippets,
            metadata=metadata,
            commit_message=commit_message,
            tags=tags,
            created_at=created_at,
            llm_kwargs=llm_kwargs,
        )

        get_prompt_template_raw_response.additional_properties = d
        return get_prompt_template_raw_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
