from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SheetOperationCancelResponse")


@_attrs_define
class SheetOperationCancelResponse:
    """What cancelling an operation did."""

    success: bool
    message: str
    operation_id: str
    execution_ids: list[str]
    cancelled_cell_count: int
    not_started_reset_count: int | Unset = UNSET
    """ Cells reset before they started. """
    running_invalidated_count: int | Unset = UNSET
    """ Running cells whose result will be discarded. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        operation_id = self.operation_id

        execution_ids = self.execution_ids

        cancelled_cell_count = self.cancelled_cell_count

        not_started_reset_count = self.not_started_reset_count

        running_invalidated_count = self.running_invalidated_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
                "operation_id": operation_id,
                "execution_ids": execution_ids,
                "cancelled_cell_count": cancelled_cell_count,
            }
        )
        if not_started_reset_count is not UNSET:
            field_dict["not_started_reset_count"] = not_started_reset_count
        if running_invalidated_count is not UNSET:
            field_dict["running_invalidated_count"] = running_invalidated_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        message = d.pop("message")

        operation_id = d.pop("operation_id")

        execution_ids = cast(list[str], d.pop("execution_ids"))

        cancelled_cell_count = d.pop("cancelled_cell_count")

        not_started_reset_count = d.pop("not_started_reset_count", UNSET)

        running_invalidated_count = d.pop("running_invalidated_count", UNSET)

        sheet_operation_cancel_response = cls(
            success=success,
            message=message,
            operation_id=operation_id,
            execution_ids=execution_ids,
            cancelled_cell_count=cancelled_cell_count,
            not_started_reset_count=not_started_reset_count,
            running_invalidated_count=running_invalidated_count,
        )

        sheet_operation_cancel_response.additional_properties = d
        return sheet_operation_cancel_response

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
