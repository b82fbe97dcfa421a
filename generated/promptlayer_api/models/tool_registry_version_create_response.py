from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_registry_version import ToolRegistryVersion


T = TypeVar("T", bound="ToolRegistryVersionCreateResponse")


@_attrs_define
class ToolRegistryVersionCreateResponse:
    success: bool | Unset = UNSET
    version: ToolRegistryVersion | Unset = UNSET
    """ A saved version of a registry tool, passed through as the service sends it (its tool_definition and, when
    set, its execution). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_registry_version import ToolRegistryVersion  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _version = d.pop("version", UNSET)
        version: ToolRegistryVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = ToolRegistryVersion.from_dict(_version)

        tool_registry_version_create_response = cls(
            success=success,
            version=version,
        )

        tool_registry_version_create_response.additional_properties = d
        return tool_registry_version_create_response

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
