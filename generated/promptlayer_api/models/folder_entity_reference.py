from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.folder_entity_type import FolderEntityType


T = TypeVar("T", bound="FolderEntityReference")


@_attrs_define
class FolderEntityReference:
    """Names one object by kind and id."""

    id: int
    type_: FolderEntityType
    """ Kinds of object a folder can hold; SNIPPET stands for completion-type prompts. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.folder_entity_type import FolderEntityType  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        type_ = FolderEntityType(d.pop("type"))

        folder_entity_reference = cls(
            id=id,
            type_=type_,
        )

        folder_entity_reference.additional_properties = d
        return folder_entity_reference

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
