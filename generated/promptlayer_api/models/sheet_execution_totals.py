from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sheet_execution_totals_by_metric import SheetExecutionTotalsByMetric


T = TypeVar("T", bound="SheetExecutionTotals")


@_attrs_define
class SheetExecutionTotals:
    """Sheet-wide metric aggregates over all prompt template columns."""

    by_metric: SheetExecutionTotalsByMetric
    """ Aggregates keyed by metric key. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by_metric = self.by_metric.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "by_metric": by_metric,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sheet_execution_totals_by_metric import SheetExecutionTotalsByMetric  # noqa: PLC0415

        d = dict(src_dict)
        by_metric = SheetExecutionTotalsByMetric.from_dict(d.pop("by_metric"))

        sheet_execution_totals = cls(
            by_metric=by_metric,
        )

        sheet_execution_totals.additional_properties = d
        return sheet_execution_totals

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
