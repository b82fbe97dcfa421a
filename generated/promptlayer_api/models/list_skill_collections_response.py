from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.skill_collection import SkillCollection


T = TypeVar("T", bound="ListSkillCollectionsResponse")


@_attrs_define
class ListSkillCollectionsResponse:
    success: bool
    skill_collections: list[SkillCollection]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        skill_collections = []
        for skill_collections_item_data in self.skill_collections:
            skill_collections_item = skill_collections_item_data.to_dict()
            skill_collections.append(skill_collections_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "skill_collections": skill_collections,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.skill_collection import SkillCollection  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        skill_collections = []
        _skill_collections = d.pop("skill_collections")
        for skill_collections_item_data in _skill_collections:
            skill_collections_item = SkillCollection.from_dict(skill_collections_item_data)

            skill_collections.append(skill_collections_item)

        list_skill_collections_response = cls(
            success=success,
            skill_collections=skill_collections,
        )

        list_skill_collections_response.additional_properties = d
        return list_skill_collections_response

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
