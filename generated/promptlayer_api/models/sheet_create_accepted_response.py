from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sheet import Sheet
    from ..models.table_import_operation import TableImportOperation


T = TypeVar("T", bound="SheetCreateAcceptedResponse")


@_attrs_define
class SheetCreateAcceptedResponse:
    """An import was queued; the sheet fills in as it runs."""

    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    operation_id: str | Unset = UNSET
    operation: TableImportOperation | Unset = UNSET
    """ State of a sheet import that runs in the background. """
    sheet: Sheet | Unset = UNSET
    """ One sheet of a table. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        operation_id = self.operation_id

        operation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation.to_dict()

        sheet: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sheet, Unset):
            sheet = self.sheet.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message
        if operation_id is not UNSET:
            field_dict["operation_id"] = operation_id
        if operation is not UNSET:
            field_dict["operation"] = operation
        if sheet is not UNSET:
            field_dict["sheet"] = sheet

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sheet import Sheet  # noqa: PLC0415
        from ..models.table_import_operation import TableImportOperation  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        message = d.pop("message", UNSET)

        operation_id = d.pop("operation_id", UNSET)

        _operation = d.pop("operation", UNSET)
        operation: TableImportOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = TableImportOperation.from_dict(_operation)

        _sheet = d.pop("sheet", UNSET)
        sheet: Sheet | Unset
        if isinstance(_sheet, Unset):
            sheet = UNSET
        else:
            sheet = Sheet.from_dict(_sheet)

        sheet_create_accepted_response = cls(
            success=success,
            message=message,
            operation_id=operation_id,
            operation=operation,
            sheet=sheet,
        )

        sheet_create_accepted_response.additional_properties = d
        return sheet_create_accepted_response

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
