from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FolderEntitiesCountResponse")


@_attrs_define
class FolderEntitiesCountResponse:
    """How many objects a move or delete touched."""

    moved_count: int | Unset = UNSET
    """ Objects affected (the field has this name for deletes too). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        moved_count = self.moved_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if moved_count is not UNSET:
            field_dict["moved_count"] = moved_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        moved_count = d.pop("moved_count", UNSET)

        folder_entities_count_response = cls(
            moved_count=moved_count,
        )

        folder_entities_count_response.additional_properties = d
        return folder_entities_count_response

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
