from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sheet_operation_cell import SheetOperationCell


T = TypeVar("T", bound="SheetOperationNoop")


@_attrs_define
class SheetOperationNoop:
    """Answer when no cell matched, so nothing was queued."""

    success: bool
    cell_count: Literal[0]
    virtual_cell_count: int
    cells: list[SheetOperationCell]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        cell_count = self.cell_count

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
                "cell_count": cell_count,
                "virtual_cell_count": virtual_cell_count,
                "cells": cells,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sheet_operation_cell import SheetOperationCell  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        cell_count = cast(Literal[0], d.pop("cell_count"))
        if cell_count != 0:
            raise ValueError(f"cell_count must match const 0, got '{cell_count}'")

        virtual_cell_count = d.pop("virtual_cell_count")

        cells = []
        _cells = d.pop("cells")
        for cells_item_data in _cells:
            cells_item = SheetOperationCell.from_dict(cells_item_data)

            cells.append(cells_item)

        sheet_operation_noop = cls(
            success=success,
            cell_count=cell_count,
            virtual_cell_count=virtual_cell_count,
            cells=cells,
        )

        sheet_operation_noop.additional_properties = d
        return sheet_operation_noop

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
