from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sheet import Sheet


T = TypeVar("T", bound="SheetUpdateResponse")


@_attrs_define
class SheetUpdateResponse:
    success: bool | Unset = UNSET
    sheet: Sheet | Unset = UNSET
    """ One sheet of a table. """
    version: int | Unset = UNSET
    """ The sheet's version_count after the change. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        sheet: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sheet, Unset):
            sheet = self.sheet.to_dict()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if sheet is not UNSET:
            field_dict["sheet"] = sheet
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sheet import Sheet  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _sheet = d.pop("sheet", UNSET)
        sheet: Sheet | Unset
        if isinstance(_sheet, Unset):
            sheet = UNSET
        else:
            sheet = Sheet.from_dict(_sheet)

        version = d.pop("version", UNSET)

        sheet_update_response = cls(
            success=success,
            sheet=sheet,
            version=version,
        )

        sheet_update_response.additional_properties = d
        return sheet_update_response

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
