from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.base_prompt_template import BasePromptTemplate
    from ..models.external_id import ExternalId
    from ..models.prompt_version import PromptVersion


T = TypeVar("T", bound="CreatePromptTemplate")


@_attrs_define
class CreatePromptTemplate:
    """Publish a new prompt template version (creating the template if needed)."""

    prompt_template: BasePromptTemplate
    """ Registry entry fields of a prompt template. """
    prompt_version: PromptVersion
    """ Content and settings of one prompt version. """
    release_labels: list[str] | None | Unset = UNSET
    """ Labels to point at the new version. """
    external_ids: list[ExternalId] | None | Unset = UNSET
    """ External ids to link. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_template = self.prompt_template.to_dict()

        prompt_version = self.prompt_version.to_dict()

        release_labels: list[str] | None | Unset
        if isinstance(self.release_labels, Unset):
            release_labels = UNSET
        elif isinstance(self.release_labels, list):
            release_labels = self.release_labels

        else:
            release_labels = self.release_labels

        external_ids: list[dict[str, Any]] | None | Unset
        if isinstance(self.external_ids, Unset):
            external_ids = UNSET
        elif isinstance(self.external_ids, list):
            external_ids = []
            for external_ids_type_0_item_data in self.external_ids:
                external_ids_type_0_item = external_ids_type_0_item_data.to_dict()
                external_ids.append(external_ids_type_0_item)

        else:
            external_ids = self.external_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt_template": prompt_template,
                "prompt_version": prompt_version,
            }
        )
        if release_labels is not UNSET:
            field_dict["release_labels"] = release_labels
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.base_prompt_template import BasePromptTemplate  # noqa: PLC0415
        from ..models.external_id import ExternalId  # noqa: PLC0415
        from ..models.prompt_version import PromptVersion  # noqa: PLC0415

        d = dict(src_dict)
        prompt_template = BasePromptTemplate.from_dict(d.pop("prompt_template"))

        prompt_version = PromptVersion.from_dict(d.pop("prompt_version"))

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

        def _parse_external_ids(data: object) -> list[ExternalId] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                external_ids_type_0 = []
                _external_ids_type_0 = data
                for external_ids_type_0_item_data in _external_ids_type_0:
                    external_ids_type_0_item = ExternalId.from_dict(external_ids_type_0_item_data)

                    external_ids_type_0.append(external_ids_type_0_item)

                return external_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ExternalId] | None | Unset, data)

        external_ids = _parse_external_ids(d.pop("external_ids", UNSET))

        create_prompt_template = cls(
            prompt_template=prompt_template,
            prompt_version=prompt_version,
            release_labels=release_labels,
            external_ids=external_ids,
        )

        create_prompt_template.additional_properties = d
        return create_prompt_template

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
