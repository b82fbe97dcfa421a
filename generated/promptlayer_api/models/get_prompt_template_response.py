from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_prompt import ChatPrompt
    from ..models.completion_prompt import CompletionPrompt
    from ..models.get_prompt_template_response_llm_kwargs_type_0 import (
        GetPromptTemplateResponseLlmKwargsType0,
    )
    from ..models.metadata import Metadata


T = TypeVar("T", bound="GetPromptTemplateResponse")


@_attrs_define
class GetPromptTemplateResponse:
    """A prompt template version, optionally rendered with input variables."""

    id: int
    """ Prompt template id. """
    prompt_name: str
    """ Prompt template name. """
    prompt_template: ChatPrompt | CompletionPrompt
    """ Template content: a chat or a completion template, told apart by `type`. """
    metadata: Metadata | None | Unset = UNSET
    """ Model settings and custom metadata stored with the version. """
    commit_message: None | str | Unset = UNSET
    """ Note recorded when the version was created. """
    llm_kwargs: GetPromptTemplateResponseLlmKwargsType0 | None | Unset = UNSET
    """ Keyword arguments ready to pass to the provider SDK (only when a provider was requested). """
    version: int | Unset = UNSET
    """ Version number returned. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.completion_prompt import CompletionPrompt  # noqa: PLC0415
        from ..models.get_prompt_template_response_llm_kwargs_type_0 import (
            GetPromptTemplateResponseLlmKwargsType0,  # noqa: PLC0415
        )
        from ..models.metadata import Metadata  # noqa: PLC0415

        id = self.id

        prompt_name = self.prompt_name

        prompt_template: dict[str, Any]
        if isinstance(self.prompt_template, CompletionPrompt):
            prompt_template = self.prompt_template.to_dict()
        else:
            prompt_template = self.prompt_template.to_dict()

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

        llm_kwargs: dict[str, Any] | None | Unset
        if isinstance(self.llm_kwargs, Unset):
            llm_kwargs = UNSET
        elif isinstance(self.llm_kwargs, GetPromptTemplateResponseLlmKwargsType0):
            llm_kwargs = self.llm_kwargs.to_dict()
        else:
            llm_kwargs = self.llm_kwargs

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "prompt_name": prompt_name,
                "prompt_template": prompt_template,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if commit_message is not UNSET:
            field_dict["commit_message"] = commit_message
        if llm_kwargs is not UNSET:
            field_dict["llm_kwargs"] = llm_kwargs
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_prompt import ChatPrompt  # noqa: PLC0415
        from ..models.completion_prompt import CompletionPrompt  # noqa: PLC0415
        from ..models.get_prompt_template_response_llm_kwargs_type_0 import (
            GetPromptTemplateResponseLlmKwargsType0,  # noqa: PLC0415
        )
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        prompt_name = d.pop("prompt_name")

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

        def _parse_llm_kwargs(data: object) -> GetPromptTemplateResponseLlmKwargsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                llm_kwargs_type_0 = GetPromptTemplateResponseLlmKwargsType0.from_dict(data)

                return llm_kwargs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetPromptTemplateResponseLlmKwargsType0 | None | Unset, data)

        llm_kwargs = _parse_llm_kwargs(d.pop("llm_kwargs", UNSET))

        version = d.pop("version", UNSET)

        get_prompt_template_response = cls(
            id=id,
            prompt_name=prompt_name,
            prompt_template=prompt_template,
            metadata=metadata,
            commit_message=commit_message,
            llm_kwargs=llm_kwargs,
            version=version,
        )

        get_prompt_template_response.additional_properties = d
        return get_prompt_template_response

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
