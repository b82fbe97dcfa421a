from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.prompt_template_release_label import PromptTemplateReleaseLabel


T = TypeVar("T", bound="GetPromptTemplateLabelResponse")


@_attrs_define
class GetPromptTemplateLabelResponse:
    """Release labels of a prompt template."""

    release_labels: list[PromptTemplateReleaseLabel]
    """ All labels. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        release_labels = []
        for release_labels_item_data in self.release_labels:
            release_labels_item = release_labels_item_data.to_dict()
            release_labels.append(release_labels_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "release_labels": release_labels,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.prompt_template_release_label import PromptTemplateReleaseLabel  # noqa: PLC0415

        d = dict(src_dict)
        release_labels = []
        _release_labels = d.pop("release_labels")
        for release_labels_item_data in _release_labels:
            release_labels_item = PromptTemplateReleaseLabel.from_dict(release_labels_item_data)

            release_labels.append(release_labels_item)

        get_prompt_template_label_response = cls(
            release_labels=release_labels,
        )

        get_prompt_template_label_response.additional_properties = d
        return get_prompt_template_label_response

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
