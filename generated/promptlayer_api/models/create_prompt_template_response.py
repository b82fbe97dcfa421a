from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.chat_prompt import ChatPrompt
    from ..models.completion_prompt import CompletionPrompt
    from ..models.external_id import ExternalId
    from ..models.metadata import Metadata


T = TypeVar("T", bound="CreatePromptTemplateResponse")


@_attrs_define
class CreatePromptTemplateResponse:
    """The newly created prompt version."""

    id: int
    """ Prompt template id. """
    prompt_name: str
    """ Name. """
    prompt_version_id: int
    """ Id of the new version. """
    version_number: int
    """ Number of the new version. """
    tags: list[str]
    """ Template tags. """
    prompt_template: ChatPrompt | CompletionPrompt
    """ Template content: a chat or a completion template, told apart by `type`. """
    external_ids: list[ExternalId]
    """ Linked external ids. """
    release_labels: list[str] | None | Unset = UNSET
    """ Labels now on this version. """
    metadata: Metadata | None | Unset = UNSET
    """ Model settings and custom metadata. """
    commit_message: None | str | Unset = UNSET
    """ Version note. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.completion_prompt import CompletionPrompt  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        id = self.id

        prompt_name = self.prompt_name

        prompt_version_id = self.prompt_version_id

        version_number = self.version_number

        tags = self.tags

        prompt_template: dict[str, Any]
        if isinstance(self.prompt_template, CompletionPrompt):
            prompt_template = self.prompt_template.to_dict()
        else:
            prompt_template = self.prompt_template.to_dict()

        external_ids = []
        for external_ids_item_data in self.external_ids:
            external_ids_item = external_ids_item_data.to_dict()
            external_ids.append(external_ids_item)

        release_labels: list[str] | None | Unset
        if isinstance(self.release_labels, Unset):
            release_labels = UNSET
        elif isinstance(self.release_labels, list):
            release_labels = self.release_labels

        else:
            release_labels = self.release_labels

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "prompt_name": prompt_name,
                "prompt_version_id": prompt_version_id,
                "version_number": version_number,
                "tags": tags,
                "prompt_template": prompt_template,
                "external_ids": external_ids,
            }
        )
        if release_labels is not UNSET:
            field_dict["release_labels"] = release_labels
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if commit_message is not UNSET:
            field_dict["commit_message"] = commit_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.chat_prompt import ChatPrompt  # noqa: PLC0415
        from ..models.completion_prompt import CompletionPrompt  # noqa: PLC0415
        from ..models.external_id import ExternalId  # noqa: PLC0415
        from ..models.metadata import Metadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        prompt_name = d.pop("prompt_name")

        prompt_version_id = d.pop("prompt_version_id")

        version_number = d.pop("version_number")

        tags = cast(list[str], d.pop("tags"))

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

        external_ids = []
        _external_ids = d.pop("external_ids")
        for external_ids_item_data in _external_ids:
            external_ids_item = ExternalId.from_dict(external_ids_item_data)

            external_ids.append(external_ids_item)

        def _parse_release_labels(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                release_labels_type_0 = cast(list[str], data)

                return release_labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        release_labels = _parse_release_labels(d.pop("release_labels", UNSET))

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

        create_prompt_template_response = cls(
            id=id,
            prompt_name=prompt_name,
            prompt_version_id=prompt_version_id,
            version_number=version_number,
            tags=tags,
            prompt_template=prompt_template,
            external_ids=external_ids,
            release_labels=release_labels,
            metadata=metadata,
            commit_message=commit_message,
        )

        create_prompt_template_response.additional_properties = d
        return create_prompt_template_response

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
