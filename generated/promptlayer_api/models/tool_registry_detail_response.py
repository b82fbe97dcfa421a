from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_registry_detail import ToolRegistryDetail


T = TypeVar("T", bound="ToolRegistryDetailResponse")


@_attrs_define
class ToolRegistryDetailResponse:
    success: bool | Unset = UNSET
    tool_registry: ToolRegistryDetail | Unset = UNSET
    """ A registry tool with the version that was resolved. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        tool_registry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_registry, Unset):
            tool_registry = self.tool_registry.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if tool_registry is not UNSET:
            field_dict["tool_registry"] = tool_registry

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_registry_detail import ToolRegistryDetail  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _tool_registry = d.pop("tool_registry", UNSET)
        tool_registry: ToolRegistryDetail | Unset
        if isinstance(_tool_registry, Unset):
            tool_registry = UNSET
        else:
            tool_registry = ToolRegistryDetail.from_dict(_tool_registry)

        tool_registry_detail_response = cls(
            success=success,
            tool_registry=tool_registry,
        )

        tool_registry_detail_response.additional_properties = d
        return tool_registry_detail_response

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
