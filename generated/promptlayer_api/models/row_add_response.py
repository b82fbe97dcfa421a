from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sheet_row import SheetRow


T = TypeVar("T", bound="RowAddResponse")


@_attrs_define
class RowAddResponse:
    success: bool | Unset = UNSET
    rows_created: int | Unset = UNSET
    start_row_index: int | Unset = UNSET
    row_indices: list[int] | Unset = UNSET
    rows: list[SheetRow] | Unset = UNSET
    cell_count: int | Unset = UNSET
    row_count: int | Unset = UNSET
    version: int | Unset = UNSET
    """ The sheet's version_count after the change. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        rows_created = self.rows_created

        start_row_index = self.start_row_index

        row_indices: list[int] | Unset = UNSET
        if not isinstance(self.row_indices, Unset):
            row_indices = self.row_indices

        rows: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.rows, Unset):
            rows = []
            for rows_item_data in self.rows:
                rows_item = rows_item_data.to_dict()
                rows.append(rows_item)

        cell_count = self.cell_count

        row_count = self.row_count

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if rows_created is not UNSET:
            field_dict["rows_created"] = rows_created
        if start_row_index is not UNSET:
            field_dict["start_row_index"] = start_row_index
        if row_indices is not UNSET:
            field_dict["row_indices"] = row_indices
        if rows is not UNSET:
            field_dict["rows"] = rows
        if cell_count is not UNSET:
            field_dict["cell_count"] = cell_count
        if row_count is not UNSET:
            field_dict["row_count"] = row_count
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sheet_row import SheetRow  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        rows_created = d.pop("rows_created", UNSET)

        start_row_index = d.pop("start_row_index", UNSET)

        row_indices = cast(list[int], d.pop("row_indices", UNSET))

        _rows = d.pop("rows", UNSET)
        rows: list[SheetRow] | Unset = UNSET
        if _rows is not UNSET:
            rows = []
            for rows_item_data in _rows:
                rows_item = SheetRow.from_dict(rows_item_data)

                rows.append(rows_item)

        cell_count = d.pop("cell_count", UNSET)

        row_count = d.pop("row_count", UNSET)

        version = d.pop("version", UNSET)

        row_add_response = cls(
            success=success,
            rows_created=rows_created,
            start_row_index=start_row_index,
            row_indices=row_indices,
            rows=rows,
            cell_count=cell_count,
            row_count=row_count,
            version=version,
        )

        row_add_response.additional_properties = d
        return row_add_response

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
