from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sheet_operation_cell import SheetOperationCell
    from ..models.sheet_operation_kind import SheetOperationKind


T = TypeVar("T", bound="SheetOperationQueued")


@_attrs_define
class SheetOperationQueued:
    """Answer when the recalculation was queued."""

    success: bool
    operation: SheetOperationKind
    """ Kinds of sheet operation. """
    operation_id: str
    execution_id: str
    execution_ids: list[str]
    cell_count: int
    version: int
    status_url: str
    """ Where to poll the operation. """
    virtual_cell_count: int
    cells: list[SheetOperationCell]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        operation = self.operation.value

        operation_id = self.operation_id

        execution_id = self.execution_id

        execution_ids = self.execution_ids

        cell_count = self.cell_count

        version = self.version

        status_url = self.status_url

        virtual_cell_count = self.virtual_cell_count

        cells = []
        for cells_item_data in self.cells:
            cells_item = cells_item_data.to_dict()
            cells.append(cells_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "operation": operation,
                "operation_id": operation_id,
                "execution_id": execution_id,
                "execution_ids": execution_ids,
                "cell_count": cell_count,
                "version": version,
                "status_url": status_url,
                "virtual_cell_count": virtual_cell_count,
                "cells": cells,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sheet_operation_cell import SheetOperationCell  # noqa: PLC0415
        from ..models.sheet_operation_kind import SheetOperationKind  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        operation = SheetOperationKind(d.pop("operation"))

        operation_id = d.pop("operation_id")

        execution_id = d.pop("execution_id")

        execution_ids = cast(list[str], d.pop("execution_ids"))

        cell_count = d.pop("cell_count")

        version = d.pop("version")

        status_url = d.pop("status_url")

        virtual_cell_count = d.pop("virtual_cell_count")

        cells = []
        _cells = d.pop("cells")
        for cells_item_data in _cells:
            cells_item = SheetOperationCell.from_dict(cells_item_data)

            cells.append(cells_item)

        sheet_operation_queued = cls(
            success=success,
            operation=operation,
            operation_id=operation_id,
            execution_id=execution_id,
            execution_ids=execution_ids,
            cell_count=cell_count,
            version=version,
            status_url=status_url,
            virtual_cell_count=virtual_cell_count,
            cells=cells,
        )

        sheet_operation_queued.additional_properties = d
        return sheet_operation_queued

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
