from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CellRecalculateBatchResponse")


@_attrs_define
class CellRecalculateBatchResponse:
    success: bool | Unset = UNSET
    execution_id: str | Unset = UNSET
    cell_count: int | Unset = UNSET
    """ Cells queued for recomputation. """
    selected_cell_count: int | Unset = UNSET
    """ Cells named in the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        execution_id = self.execution_id

        cell_count = self.cell_count

        selected_cell_count = self.selected_cell_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if execution_id is not UNSET:
            field_dict["execution_id"] = execution_id
        if cell_count is not UNSET:
            field_dict["cell_count"] = cell_count
        if selected_cell_count is not UNSET:
            field_dict["selected_cell_count"] = selected_cell_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success", UNSET)

        execution_id = d.pop("execution_id", UNSET)

        cell_count = d.pop("cell_count", UNSET)

        selected_cell_count = d.pop("selected_cell_count", UNSET)

        cell_recalculate_batch_response = cls(
            success=success,
            execution_id=execution_id,
            cell_count=cell_count,
            selected_cell_count=selected_cell_count,
        )

        cell_recalculate_batch_response.additional_properties = d
        return cell_recalculate_batch_response

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
