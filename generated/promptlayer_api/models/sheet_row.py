from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sheet_row_cells import SheetRowCells


T = TypeVar("T", bound="SheetRow")


@_attrs_define
class SheetRow:
    """One row of a sheet."""

    row_index: int | Unset = UNSET
    cells: SheetRowCells | Unset = UNSET
    """ The row's cells keyed by column id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row_index = self.row_index

        cells: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cells, Unset):
            cells = self.cells.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if row_index is not UNSET:
            field_dict["row_index"] = row_index
        if cells is not UNSET:
            field_dict["cells"] = cells

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sheet_row_cells import SheetRowCells  # noqa: PLC0415

        d = dict(src_dict)
        row_index = d.pop("row_index", UNSET)

        _cells = d.pop("cells", UNSET)
        cells: SheetRowCells | Unset
        if isinstance(_cells, Unset):
            cells = UNSET
        else:
            cells = SheetRowCells.from_dict(_cells)

        sheet_row = cls(
            row_index=row_index,
            cells=cells,
        )

        sheet_row.additional_properties = d
        return sheet_row

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
