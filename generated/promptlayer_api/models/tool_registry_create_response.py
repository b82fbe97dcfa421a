from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_id import ExternalId
    from ..models.tool_registry_record import ToolRegistryRecord
    from ..models.tool_registry_version import ToolRegistryVersion


T = TypeVar("T", bound="ToolRegistryCreateResponse")


@_attrs_define
class ToolRegistryCreateResponse:
    external_ids: list[ExternalId]
    """ External system IDs linked to the tool. """
    success: bool | Unset = UNSET
    tool_registry: ToolRegistryRecord | Unset = UNSET
    """ A registry tool as stored, passed through as the service sends it. """
    version: ToolRegistryVersion | Unset = UNSET
    """ A saved version of a registry tool, passed through as the service sends it (its tool_definition and, when
    set, its execution). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        external_ids = []
        for external_ids_item_data in self.external_ids:
            external_ids_item = external_ids_item_data.to_dict()
            external_ids.append(external_ids_item)

        success = self.success

        tool_registry: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_registry, Unset):
            tool_registry = self.tool_registry.to_dict()

        version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "external_ids": external_ids,
            }
        )
        if success is not UNSET:
            field_dict["success"] = success
        if tool_registry is not UNSET:
            field_dict["tool_registry"] = tool_registry
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_id import ExternalId  # noqa: PLC0415
        from ..models.tool_registry_record import ToolRegistryRecord  # noqa: PLC0415
        from ..models.tool_registry_version import ToolRegistryVersion  # noqa: PLC0415

        d = dict(src_dict)
        external_ids = []
        _external_ids = d.pop("external_ids")
        for external_ids_item_data in _external_ids:
            external_ids_item = ExternalId.from_dict(external_ids_item_data)

            external_ids.append(external_ids_item)

        success = d.pop("success", UNSET)

        _tool_registry = d.pop("tool_registry", UNSET)
        tool_registry: ToolRegistryRecord | Unset
        if isinstance(_tool_registry, Unset):
            tool_registry = UNSET
        else:
            tool_registry = ToolRegistryRecord.from_dict(_tool_registry)

        _version = d.pop("version", UNSET)
        version: ToolRegistryVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = ToolRegistryVersion.from_dict(_version)

        tool_registry_create_response = cls(
            external_ids=external_ids,
            success=success,
            tool_registry=tool_registry,
            version=version,
        )

        tool_registry_create_response.additional_properties = d
        return tool_registry_create_response

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
