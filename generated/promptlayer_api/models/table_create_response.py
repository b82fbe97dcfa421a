from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sheet import Sheet
    from ..models.table_detail import TableDetail


T = TypeVar("T", bound="TableCreateResponse")


@_attrs_define
class TableCreateResponse:
    success: bool
    table: TableDetail
    """ A table plus the row count of each of its sheets. """
    message: str | Unset = UNSET
    default_sheet: Sheet | Unset = UNSET
    """ One sheet of a table. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        table = self.table.to_dict()

        message = self.message

        default_sheet: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_sheet, Unset):
            default_sheet = self.default_sheet.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "table": table,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if default_sheet is not UNSET:
            field_dict["default_sheet"] = default_sheet

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sheet import Sheet  # noqa: PLC0415
        from ..models.table_detail import TableDetail  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        table = TableDetail.from_dict(d.pop("table"))

        message = d.pop("message", UNSET)

        _default_sheet = d.pop("default_sheet", UNSET)
        default_sheet: Sheet | Unset
        if isinstance(_default_sheet, Unset):
            default_sheet = UNSET
        else:
            default_sheet = Sheet.from_dict(_default_sheet)

        table_create_response = cls(
            success=success,
            table=table,
            message=message,
            default_sheet=default_sheet,
        )

        table_create_response.additional_properties = d
        return table_create_response

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
