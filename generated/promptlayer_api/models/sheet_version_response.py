from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sheet_version import SheetVersion


T = TypeVar("T", bound="SheetVersionResponse")


@_attrs_define
class SheetVersionResponse:
    """One saved version."""

    success: bool
    version: SheetVersion
    """ A saved version of a sheet. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        version = self.version.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sheet_version import SheetVersion  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        version = SheetVersion.from_dict(d.pop("version"))

        sheet_version_response = cls(
            success=success,
            version=version,
        )

        sheet_version_response.additional_properties = d
        return sheet_version_response

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
