from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_row_cell import DatasetRowCell


T = TypeVar("T", bound="DatasetRowsResponse")


@_attrs_define
class DatasetRowsResponse:
    """A page of dataset rows."""

    success: bool
    columns: list[str]
    page: int
    per_page: int
    pages: int
    total: int
    rows: list[list[DatasetRowCell]]
    """ Each row's cells, in column order. """
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        columns = self.columns

        page = self.page

        per_page = self.per_page

        pages = self.pages

        total = self.total

        rows = []
        for rows_item_data in self.rows:
            rows_item = []
            for rows_item_item_data in rows_item_data:
                rows_item_item = rows_item_item_data.to_dict()
                rows_item.append(rows_item_item)

            rows.append(rows_item)

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "columns": columns,
                "page": page,
                "per_page": per_page,
                "pages": pages,
                "total": total,
                "rows": rows,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dataset_row_cell import DatasetRowCell  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        columns = cast(list[str], d.pop("columns"))

        page = d.pop("page")

        per_page = d.pop("per_page")

        pages = d.pop("pages")

        total = d.pop("total")

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = []
            _rows_item = rows_item_data
            for rows_item_item_data in _rows_item:
                rows_item_item = DatasetRowCell.from_dict(rows_item_item_data)

                rows_item.append(rows_item_item)

            rows.append(rows_item)

        message = d.pop("message", UNSET)

        dataset_rows_response = cls(
            success=success,
            columns=columns,
            page=page,
            per_page=per_page,
            pages=pages,
            total=total,
            rows=rows,
            message=message,
        )

        dataset_rows_response.additional_properties = d
        return dataset_rows_response

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
