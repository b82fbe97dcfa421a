from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.column import Column
    from ..models.row_pagination import RowPagination
    from ..models.sheet_execution_aggregates import SheetExecutionAggregates
    from ..models.sheet_row import SheetRow


T = TypeVar("T", bound="RowListResponse")


@_attrs_define
class RowListResponse:
    """One page of rows."""

    data: list[SheetRow] | Unset = UNSET
    next_cursor: None | str | Unset = UNSET
    """ Cursor for the next page; null on the last one. """
    has_more: bool | Unset = UNSET
    row_count: int | Unset = UNSET
    columns: list[Column] | Unset = UNSET
    version: int | Unset = UNSET
    """ The sheet's current version_count. """
    execution_metadata_aggregates: SheetExecutionAggregates | Unset = UNSET
    """ Price and latency aggregates for a sheet, overall and per metric column. """
    pagination: RowPagination | Unset = UNSET
    """ Paging state of a row listing. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        has_more = self.has_more

        row_count = self.row_count

        columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = []
            for columns_item_data in self.columns:
                columns_item = columns_item_data.to_dict()
                columns.append(columns_item)

        version = self.version

        execution_metadata_aggregates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution_metadata_aggregates, Unset):
            execution_metadata_aggregates = self.execution_metadata_aggregates.to_dict()

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor
        if has_more is not UNSET:
            field_dict["has_more"] = has_more
        if row_count is not UNSET:
            field_dict["row_count"] = row_count
        if columns is not UNSET:
            field_dict["columns"] = columns
        if version is not UNSET:
            field_dict["version"] = version
        if execution_metadata_aggregates is not UNSET:
            field_dict["execution_metadata_aggregates"] = execution_metadata_aggregates
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.column import Column  # noqa: PLC0415
        from ..models.row_pagination import RowPagination  # noqa: PLC0415
        from ..models.sheet_execution_aggregates import SheetExecutionAggregates  # noqa: PLC0415
        from ..models.sheet_row import SheetRow  # noqa: PLC0415

        d = dict(src_dict)
        _data = d.pop("data", UNSET)
        data: list[SheetRow] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = SheetRow.from_dict(data_item_data)

                data.append(data_item)

        def _parse_next_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor", UNSET))

        has_more = d.pop("has_more", UNSET)

        row_count = d.pop("row_count", UNSET)

        _columns = d.pop("columns", UNSET)
        columns: list[Column] | Unset = UNSET
        if _columns is not UNSET:
            columns = []
            for columns_item_data in _columns:
                columns_item = Column.from_dict(columns_item_data)

                columns.append(columns_item)

        version = d.pop("version", UNSET)

        _execution_metadata_aggregates = d.pop("execution_metadata_aggregates", UNSET)
        execution_metadata_aggregates: SheetExecutionAggregates | Unset
        if isinstance(_execution_metadata_aggregates, Unset):
            execution_metadata_aggregates = UNSET
        else:
            execution_metadata_aggregates = SheetExecutionAggregates.from_dict(_execution_metadata_aggregates)

        _pagination = d.pop("pagination", UNSET)
        pagination: RowPagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = RowPagination.from_dict(_pagination)

        row_list_response = cls(
            data=data,
            next_cursor=next_cursor,
            has_more=has_more,
            row_count=row_count,
            columns=columns,
            version=version,
            execution_metadata_aggregates=execution_metadata_aggregates,
            pagination=pagination,
        )

        row_list_response.additional_properties = d
        return row_list_response

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
