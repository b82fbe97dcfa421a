from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sheet_operation import SheetOperation
    from ..models.sheet_operation_list_response_status_counts import SheetOperationListResponseStatusCounts


T = TypeVar("T", bound="SheetOperationListResponse")


@_attrs_define
class SheetOperationListResponse:
    """Cell status counts of a sheet and the operations still running on it."""

    success: bool
    sheet_id: UUID
    version: int
    """ The sheet's current version counter. """
    total_cells: int
    status_counts: SheetOperationListResponseStatusCounts
    """ Number of cells in each status. """
    pending_count: int
    active_operations: list[SheetOperation]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        sheet_id = str(self.sheet_id)

        version = self.version

        total_cells = self.total_cells

        status_counts = self.status_counts.to_dict()

        pending_count = self.pending_count

        active_operations = []
        for active_operations_item_data in self.active_operations:
            active_operations_item = active_operations_item_data.to_dict()
            active_operations.append(active_operations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "sheet_id": sheet_id,
                "version": version,
                "total_cells": total_cells,
                "status_counts": status_counts,
                "pending_count": pending_count,
                "active_operations": active_operations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sheet_operation import SheetOperation  # noqa: PLC0415
        from ..models.sheet_operation_list_response_status_counts import (
            SheetOperationListResponseStatusCounts,  # noqa: PLC0415
        )

        d = dict(src_dict)
        success = d.pop("success")

        sheet_id = UUID(d.pop("sheet_id"))

        version = d.pop("version")

        total_cells = d.pop("total_cells")

        status_counts = SheetOperationListResponseStatusCounts.from_dict(d.pop("status_counts"))

        pending_count = d.pop("pending_count")

        active_operations = []
        _active_operations = d.pop("active_operations")
        for active_operations_item_data in _active_operations:
            active_operations_item = SheetOperation.from_dict(active_operations_item_data)

            active_operations.append(active_operations_item)

        sheet_operation_list_response = cls(
            success=success,
            sheet_id=sheet_id,
            version=version,
            total_cells=total_cells,
            status_counts=status_counts,
            pending_count=pending_count,
            active_operations=active_operations,
        )

        sheet_operation_list_response.additional_properties = d
        return sheet_operation_list_response

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
