from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnvVar")


@_attrs_define
class EnvVar:
    """A stored environment variable. The secret value is never returned; value_suffix shows its last characters so a user
    can tell values apart.

    """

    id: int | Unset = UNSET
    key: str | Unset = UNSET
    """ Variable name. """
    value_suffix: None | str | Unset = UNSET
    """ Last 4 characters of the secret value; null or empty while no value is set. """
    is_empty: bool | Unset = UNSET
    """ True for a placeholder whose value has not been filled in yet. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    workspace_id: int | Unset = UNSET
    """ Set on workspace variables. """
    tool_registry_id: int | Unset = UNSET
    """ Set on variables that belong to one registry tool. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        key = self.key

        value_suffix: None | str | Unset
        if isinstance(self.value_suffix, Unset):
            value_suffix = UNSET
        else:
            value_suffix = self.value_suffix

        is_empty = self.is_empty

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        workspace_id = self.workspace_id

        tool_registry_id = self.tool_registry_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if key is not UNSET:
            field_dict["key"] = key
        if value_suffix is not UNSET:
            field_dict["value_suffix"] = value_suffix
        if is_empty is not UNSET:
            field_dict["is_empty"] = is_empty
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if tool_registry_id is not UNSET:
            field_dict["tool_registry_id"] = tool_registry_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        key = d.pop("key", UNSET)

        def _parse_value_suffix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        value_suffix = _parse_value_suffix(d.pop("value_suffix", UNSET))

        is_empty = d.pop("is_empty", UNSET)

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

        workspace_id = d.pop("workspace_id", UNSET)

        tool_registry_id = d.pop("tool_registry_id", UNSET)

        env_var = cls(
            id=id,
            key=key,
            value_suffix=value_suffix,
            is_empty=is_empty,
            created_at=created_at,
            updated_at=updated_at,
            workspace_id=workspace_id,
            tool_registry_id=tool_registry_id,
        )

        env_var.additional_properties = d
        return env_var

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
