from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sheet_import_operation import SheetImportOperation


T = TypeVar("T", bound="SheetImportStartResponse")


@_attrs_define
class SheetImportStartResponse:
    """A queued import."""

    success: bool
    message: str
    operation_id: str
    operation: SheetImportOperation
    """ Progress of a background import. """
    status_url: str
    """ Where to poll the import. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        operation_id = self.operation_id

        operation = self.operation.to_dict()

        status_url = self.status_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
                "operation_id": operation_id,
                "operation": operation,
                "status_url": status_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sheet_import_operation import SheetImportOperation  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        message = d.pop("message")

        operation_id = d.pop("operation_id")

        operation = SheetImportOperation.from_dict(d.pop("operation"))

        status_url = d.pop("status_url")

        sheet_import_start_response = cls(
            success=success,
            message=message,
            operation_id=operation_id,
            operation=operation,
            status_url=status_url,
        )

        sheet_import_start_response.additional_properties = d
        return sheet_import_start_response

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
