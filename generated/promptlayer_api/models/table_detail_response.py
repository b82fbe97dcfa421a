from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.table_detail import TableDetail


T = TypeVar("T", bound="TableDetailResponse")


@_attrs_define
class TableDetailResponse:
    success: bool | Unset = UNSET
    table: TableDetail | Unset = UNSET
    """ A table plus the row count of each of its sheets. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        table: dict[str, Any] | Unset = UNSET
        if not isinstance(self.table, Unset):
            table = self.table.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if table is not UNSET:
            field_dict["table"] = table

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.table_detail import TableDetail  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _table = d.pop("table", UNSET)
        table: TableDetail | Unset
        if isinstance(_table, Unset):
            table = UNSET
        else:
            table = TableDetail.from_dict(_table)

        table_detail_response = cls(
            success=success,
            table=table,
        )

        table_detail_response.additional_properties = d
        return table_detail_response

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
