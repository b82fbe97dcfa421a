from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_registry_list_item import ToolRegistryListItem


T = TypeVar("T", bound="ToolRegistryListResponse")


@_attrs_define
class ToolRegistryListResponse:
    success: bool | Unset = UNSET
    tool_registries: list[ToolRegistryListItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        tool_registries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_registries, Unset):
            tool_registries = []
            for tool_registries_item_data in self.tool_registries:
                tool_registries_item = tool_registries_item_data.to_dict()
                tool_registries.append(tool_registries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if tool_registries is not UNSET:
            field_dict["tool_registries"] = tool_registries

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_registry_list_item import ToolRegistryListItem  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _tool_registries = d.pop("tool_registries", UNSET)
        tool_registries: list[ToolRegistryListItem] | Unset = UNSET
        if _tool_registries is not UNSET:
            tool_registries = []
            for tool_registries_item_data in _tool_registries:
                tool_registries_item = ToolRegistryListItem.from_dict(tool_registries_item_data)

                tool_registries.append(tool_registries_item)

        tool_registry_list_response = cls(
            success=success,
            tool_registries=tool_registries,
        )

        tool_registry_list_response.additional_properties = d
        return tool_registry_list_response

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
