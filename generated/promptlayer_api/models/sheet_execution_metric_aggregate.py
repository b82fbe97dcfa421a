from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sheet_execution_metric_key import SheetExecutionMetricKey


T = TypeVar("T", bound="SheetExecutionMetricAggregate")


@_attrs_define
class SheetExecutionMetricAggregate:
    """Count, sum, mean and range of one metric over a sheet's rows."""

    metric_key: SheetExecutionMetricKey
    """ Execution metrics the service aggregates. """
    count: int
    """ Rows that have a value. """
    sum_: float
    metric_label: None | str | Unset = UNSET
    avg: float | None | Unset = UNSET
    """ Null when count is 0. """
    min_: float | None | Unset = UNSET
    """ Null when count is 0. """
    max_: float | None | Unset = UNSET
    """ Null when count is 0. """
    column_id: UUID | Unset = UNSET
    """ The service's metric column (absent for sheet totals). """
    source_column_id: UUID | Unset = UNSET
    """ The prompt template column measured (absent for sheet totals). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_key = self.metric_key.value

        count = self.count

        sum_ = self.sum_

        metric_label: None | str | Unset
        if isinstance(self.metric_label, Unset):
            metric_label = UNSET
        else:
            metric_label = self.metric_label

        avg: float | None | Unset
        if isinstance(self.avg, Unset):
            avg = UNSET
        else:
            avg = self.avg

        min_: float | None | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        else:
            min_ = self.min_

        max_: float | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        column_id: str | Unset = UNSET
        if not isinstance(self.column_id, Unset):
            column_id = str(self.column_id)

        source_column_id: str | Unset = UNSET
        if not isinstance(self.source_column_id, Unset):
            source_column_id = str(self.source_column_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric_key": metric_key,
                "count": count,
                "sum": sum_,
            }
        )
        if metric_label is not UNSET:
            field_dict["metric_label"] = metric_label
        if avg is not UNSET:
            field_dict["avg"] = avg
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if column_id is not UNSET:
            field_dict["column_id"] = column_id
        if source_column_id is not UNSET:
            field_dict["source_column_id"] = source_column_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sheet_execution_metric_key import SheetExecutionMetricKey  # noqa: PLC0415

        d = dict(src_dict)
        metric_key = SheetExecutionMetricKey(d.pop("metric_key"))

        count = d.pop("count")

        sum_ = d.pop("sum")

        def _parse_metric_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        metric_label = _parse_metric_label(d.pop("metric_label", UNSET))

        def _parse_avg(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        avg = _parse_avg(d.pop("avg", UNSET))

        def _parse_min_(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_ = _parse_min_(d.pop("min", UNSET))

        def _parse_max_(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_ = _parse_max_(d.pop("max", UNSET))

        _column_id = d.pop("column_id", UNSET)
        column_id: UUID | Unset
        if isinstance(_column_id, Unset):
            column_id = UNSET
        else:
            column_id = UUID(_column_id)

        _source_column_id = d.pop("source_column_id", UNSET)
        source_column_id: UUID | Unset
        if isinstance(_source_column_id, Unset):
            source_column_id = UNSET
        else:
            source_column_id = UUID(_source_column_id)

        sheet_execution_metric_aggregate = cls(
            metric_key=metric_key,
            count=count,
            sum_=sum_,
            metric_label=metric_label,
            avg=avg,
            min_=min_,
            max_=max_,
            column_id=column_id,
            source_column_id=source_column_id,
        )

        sheet_execution_metric_aggregate.additional_properties = d
        return sheet_execution_metric_aggregate

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
