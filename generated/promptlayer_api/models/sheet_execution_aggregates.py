from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sheet_execution_aggregates_by_column_id import SheetExecutionAggregatesByColumnId
    from ..models.sheet_execution_totals import SheetExecutionTotals


T = TypeVar("T", bound="SheetExecutionAggregates")


@_attrs_define
class SheetExecutionAggregates:
    """Price and latency aggregates for a sheet, overall and per metric column."""

    by_column_id: SheetExecutionAggregatesByColumnId
    """ Aggregates keyed by the id of the service's metric column. """
    sheet: SheetExecutionTotals
    """ Sheet-wide metric aggregates over all prompt template columns. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by_column_id = self.by_column_id.to_dict()

        sheet = self.sheet.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by_column_id": by_column_id,
                "sheet": sheet,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sheet_execution_aggregates_by_column_id import SheetExecutionAggregatesByColumnId  # noqa: PLC0415
        from ..models.sheet_execution_totals import SheetExecutionTotals  # noqa: PLC0415

        d = dict(src_dict)
        by_column_id = SheetExecutionAggregatesByColumnId.from_dict(d.pop("by_column_id"))

        sheet = SheetExecutionTotals.from_dict(d.pop("sheet"))

        sheet_execution_aggregates = cls(
            by_column_id=by_column_id,
            sheet=sheet,
        )

        sheet_execution_aggregates.additional_properties = d
        return sheet_execution_aggregates

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
