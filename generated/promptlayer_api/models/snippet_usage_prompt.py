from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SnippetUsagePrompt")


@_attrs_define
class SnippetUsagePrompt:
    """A prompt template whose versions include the snippet."""

    prompt_registry_id: int | Unset = UNSET
    prompt_name: str | Unset = UNSET
    version_numbers: list[int] | Unset = UNSET
    """ Its versions that include the snippet. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_registry_id = self.prompt_registry_id

        prompt_name = self.prompt_name

        version_numbers: list[int] | Unset = UNSET
        if not isinstance(self.version_numbers, Unset):
            version_numbers = self.version_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt_registry_id is not UNSET:
            field_dict["prompt_registry_id"] = prompt_registry_id
        if prompt_name is not UNSET:
            field_dict["prompt_name"] = prompt_name
        if version_numbers is not UNSET:
            field_dict["version_numbers"] = version_numbers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt_registry_id = d.pop("prompt_registry_id", UNSET)

        prompt_name = d.pop("prompt_name", UNSET)

        version_numbers = cast(list[int], d.pop("version_numbers", UNSET))

        snippet_usage_prompt = cls(
            prompt_registry_id=prompt_registry_id,
            prompt_name=prompt_name,
            version_numbers=version_numbers,
        )

        snippet_usage_prompt.additional_properties = d
        return snippet_usage_prompt

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
