from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CellRecalculateBatchRequest")


@_attrs_define
class CellRecalculateBatchRequest:
    """Cells to recompute."""

    cell_ids: list[UUID]
    column_ids: list[str] | Unset = UNSET
    """ Recompute every cell of these columns. """
    row_indices: list[int] | Unset = UNSET
    """ Recompute every cell of these rows. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cell_ids = []
        for cell_ids_item_data in self.cell_ids:
            cell_ids_item = str(cell_ids_item_data)
            cell_ids.append(cell_ids_item)

        column_ids: list[str] | Unset = UNSET
        if not isinstance(self.column_ids, Unset):
            column_ids = self.column_ids

        row_indices: list[int] | Unset = UNSET
        if not isinstance(self.row_indices, Unset):
            row_indices = self.row_indices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cell_ids": cell_ids,
            }
        )
        if column_ids is not UNSET:
            field_dict["column_ids"] = column_ids
        if row_indices is not UNSET:
            field_dict["row_indices"] = row_indices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        cell_ids = []
        _cell_ids = d.pop("cell_ids")
        for cell_ids_item_data in _cell_ids:
            cell_ids_item = UUID(cell_ids_item_data)

            cell_ids.append(cell_ids_item)

        column_ids = cast(list[str], d.pop("column_ids", UNSET))

        row_indices = cast(list[int], d.pop("row_indices", UNSET))

        cell_recalculate_batch_request = cls(
            cell_ids=cell_ids,
            column_ids=column_ids,
            row_indices=row_indices,
        )

        cell_recalculate_batch_request.additional_properties = d
        return cell_recalculate_batch_request

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
