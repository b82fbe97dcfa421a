from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.table_import_operation import TableImportOperation


T = TypeVar("T", bound="TableImportOperationResponse")


@_attrs_define
class TableImportOperationResponse:
    success: bool | Unset = UNSET
    operation: TableImportOperation | Unset = UNSET
    """ State of a sheet import that runs in the background. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        operation: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if operation is not UNSET:
            field_dict["operation"] = operation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.table_import_operation import TableImportOperation  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _operation = d.pop("operation", UNSET)
        operation: TableImportOperation | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = TableImportOperation.from_dict(_operation)

        table_import_operation_response = cls(
            success=success,
            operation=operation,
        )

        table_import_operation_response.additional_properties = d
        return table_import_operation_response

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
