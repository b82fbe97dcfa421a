from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_registry_definition import ToolRegistryDefinition
    from ..models.tool_registry_label import ToolRegistryLabel
    from ..models.tool_registry_version import ToolRegistryVersion


T = TypeVar("T", bound="ToolRegistryDetail")


@_attrs_define
class ToolRegistryDetail:
    """A registry tool with the version that was resolved."""

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    workspace_id: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    labels: list[ToolRegistryLabel] | Unset = UNSET
    version: None | ToolRegistryVersion | Unset = UNSET
    tool_definition: None | ToolRegistryDefinition | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tool_registry_definition import ToolRegistryDefinition  # noqa: PLC0415
        from ..models.tool_registry_version import ToolRegistryVersion  # noqa: PLC0415

        id = self.id

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        workspace_id = self.workspace_id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        version: dict[str, Any] | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        elif isinstance(self.version, ToolRegistryVersion):
            version = self.version.to_dict()
        else:
            version = self.version

        tool_definition: dict[str, Any] | None | Unset
        if isinstance(self.tool_definition, Unset):
            tool_definition = UNSET
        elif isinstance(self.tool_definition, ToolRegistryDefinition):
            tool_definition = self.tool_definition.to_dict()
        else:
            tool_definition = self.tool_definition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if labels is not UNSET:
            field_dict["labels"] = labels
        if version is not UNSET:
            field_dict["version"] = version
        if tool_definition is not UNSET:
            field_dict["tool_definition"] = tool_definition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_registry_definition import ToolRegistryDefinition  # noqa: PLC0415
        from ..models.tool_registry_label import ToolRegistryLabel  # noqa: PLC0415
        from ..models.tool_registry_version import ToolRegistryVersion  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        workspace_id = d.pop("workspace_id", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        _labels = d.pop("labels", UNSET)
        labels: list[ToolRegistryLabel] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = ToolRegistryLabel.from_dict(labels_item_data)

                labels.append(labels_item)

        def _parse_version(data: object) -> None | ToolRegistryVersion | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                version_type_0 = ToolRegistryVersion.from_dict(data)

                return version_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolRegistryVersion | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_tool_definition(data: object) -> None | ToolRegistryDefinition | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_definition_type_0 = ToolRegistryDefinition.from_dict(data)

                return tool_definition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolRegistryDefinition | Unset, data)

        tool_definition = _parse_tool_definition(d.pop("tool_definition", UNSET))

        tool_registry_detail = cls(
            id=id,
            name=name,
            description=description,
            workspace_id=workspace_id,
            created_at=created_at,
            updated_at=updated_at,
            labels=labels,
            version=version,
            tool_definition=tool_definition,
        )

        tool_registry_detail.additional_properties = d
        return tool_registry_detail

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
