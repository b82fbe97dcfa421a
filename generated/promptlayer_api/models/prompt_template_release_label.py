from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="PromptTemplateReleaseLabel")


@_attrs_define
class PromptTemplateReleaseLabel:
    """A release label and the version it points at."""

    prompt_version_id: int
    """ Id of the labelled version. """
    prompt_version_number: int
    """ Number of the labelled version. """
    release_label: str
    """ Label name. """
    release_label_id: int
    """ Label id (use it to move or delete the label). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_version_id = self.prompt_version_id

        prompt_version_number = self.prompt_version_number

        release_label = self.release_label

        release_label_id = self.release_label_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt_version_id": prompt_version_id,
                "prompt_version_number": prompt_version_number,
                "release_label": release_label,
                "release_label_id": release_label_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt_version_id = d.pop("prompt_version_id")

        prompt_version_number = d.pop("prompt_version_number")

        release_label = d.pop("release_label")

        release_label_id = d.pop("release_label_id")

        prompt_template_release_label = cls(
            prompt_version_id=prompt_version_id,
            prompt_version_number=prompt_version_number,
            release_label=release_label,
            release_label_id=release_label_id,
        )

        prompt_template_release_label.additional_properties = d
        return prompt_template_release_label

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
