from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SnippetUsageLabel")


@_attrs_define
class SnippetUsageLabel:
    """A release label whose version includes the snippet."""

    prompt_registry_id: int | Unset = UNSET
    prompt_name: str | Unset = UNSET
    label_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_registry_id = self.prompt_registry_id

        prompt_name = self.prompt_name

        label_name = self.label_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt_registry_id is not UNSET:
            field_dict["prompt_registry_id"] = prompt_registry_id
        if prompt_name is not UNSET:
            field_dict["prompt_name"] = prompt_name
        if label_name is not UNSET:
            field_dict["label_name"] = label_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt_registry_id = d.pop("prompt_registry_id", UNSET)

        prompt_name = d.pop("prompt_name", UNSET)

        label_name = d.pop("label_name", UNSET)

        snippet_usage_label = cls(
            prompt_registry_id=prompt_registry_id,
            prompt_name=prompt_name,
            label_name=label_name,
        )

        snippet_usage_label.additional_properties = d
        return snippet_usage_label

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
