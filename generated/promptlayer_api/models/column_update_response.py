from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.column import Column


T = TypeVar("T", bound="ColumnUpdateResponse")


@_attrs_define
class ColumnUpdateResponse:
    success: bool | Unset = UNSET
    column: Column | Unset = UNSET
    """ One column of a sheet. """
    requires_recalculation: bool | Unset = UNSET
    """ The change made existing values out of date. """
    affected_column_ids: list[UUID] | Unset = UNSET
    version: int | Unset = UNSET
    """ The sheet's version_count after the change. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        column: dict[str, Any] | Unset = UNSET
        if not isinstance(self.column, Unset):
            column = self.column.to_dict()

        requires_recalculation = self.requires_recalculation

        affected_column_ids: list[str] | Unset = UNSET
        if not isinstance(self.affected_column_ids, Unset):
            affected_column_ids = []
            for affected_column_ids_item_data in self.affected_column_ids:
                affected_column_ids_item = str(affected_column_ids_item_data)
                affected_column_ids.append(affected_column_ids_item)

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if column is not UNSET:
            field_dict["column"] = column
        if requires_recalculation is not UNSET:
            field_dict["requires_recalculation"] = requires_recalculation
        if affected_column_ids is not UNSET:
            field_dict["affected_column_ids"] = affected_column_ids
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.column import Column  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _column = d.pop("column", UNSET)
        column: Column | Unset
        if isinstance(_column, Unset):
            column = UNSET
        else:
            column = Column.from_dict(_column)

        requires_recalculation = d.pop("requires_recalculation", UNSET)

        _affected_column_ids = d.pop("affected_column_ids", UNSET)
        affected_column_ids: list[UUID] | Unset = UNSET
        if _affected_column_ids is not UNSET:
            affected_column_ids = []
            for affected_column_ids_item_data in _affected_column_ids:
                affected_column_ids_item = UUID(affected_column_ids_item_data)

                affected_column_ids.append(affected_column_ids_item)

        version = d.pop("version", UNSET)

        column_update_response = cls(
            success=success,
            column=column,
            requires_recalculation=requires_recalculation,
            affected_column_ids=affected_column_ids,
            version=version,
        )

        column_update_response.additional_properties = d
        return column_update_response

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
