from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cell import Cell
    from ..models.column import Column


T = TypeVar("T", bound="ColumnCreateResponse")


@_attrs_define
class ColumnCreateResponse:
    success: bool | Unset = UNSET
    column: Column | Unset = UNSET
    """ One column of a sheet. """
    cells: list[Cell] | Unset = UNSET
    """ Cells created for the existing rows. """
    version: int | Unset = UNSET
    """ The sheet's version_count after the change. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        column: dict[str, Any] | Unset = UNSET
        if not isinstance(self.column, Unset):
            column = self.column.to_dict()

        cells: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.cells, Unset):
            cells = []
            for cells_item_data in self.cells:
                cells_item = cells_item_data.to_dict()
                cells.append(cells_item)

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if column is not UNSET:
            field_dict["column"] = column
        if cells is not UNSET:
            field_dict["cells"] = cells
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cell import Cell  # noqa: PLC0415
        from ..models.column import Column  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _column = d.pop("column", UNSET)
        column: Column | Unset
        if isinstance(_column, Unset):
            column = UNSET
        else:
            column = Column.from_dict(_column)

        _cells = d.pop("cells", UNSET)
        cells: list[Cell] | Unset = UNSET
        if _cells is not UNSET:
            cells = []
            for cells_item_data in _cells:
                cells_item = Cell.from_dict(cells_item_data)

                cells.append(cells_item)

        version = d.pop("version", UNSET)

        column_create_response = cls(
            success=success,
            column=column,
            cells=cells,
            version=version,
        )

        column_create_response.additional_properties = d
        return column_create_response

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
