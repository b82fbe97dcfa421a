from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ColumnDeleteResponse")


@_attrs_define
class ColumnDeleteResponse:
    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    stale_count: int | Unset = UNSET
    """ Stale cells on the sheet once the deletion has reached the columns that depended on it. """
    version: int | Unset = UNSET
    """ The sheet's version_count after the deletion. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        stale_count = self.stale_count

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message
        if stale_count is not UNSET:
            field_dict["stale_count"] = stale_count
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success", UNSET)

        message = d.pop("message", UNSET)

        stale_count = d.pop("stale_count", UNSET)

        version = d.pop("version", UNSET)

        column_delete_response = cls(
            success=success,
            message=message,
            stale_count=stale_count,
            version=version,
        )

        column_delete_response.additional_properties = d
        return column_delete_response

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
