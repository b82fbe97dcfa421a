from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_analytics_series_metric import CustomAnalyticsSeriesMetric
    from ..models.custom_analytics_trace_metric_field import CustomAnalyticsTraceMetricField


T = TypeVar("T", bound="CustomAnalyticsTraceSeriesSpec")


@_attrs_define
class CustomAnalyticsTraceSeriesSpec:
    """One series of a multi-series trace chart."""

    key: str
    label: str
    metric: CustomAnalyticsSeriesMetric
    """ Aggregation of one series (count is not offered per series). """
    metric_field: CustomAnalyticsTraceMetricField
    """ Numeric trace or span fields a chart can aggregate. """
    percentile: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        metric = self.metric.value

        metric_field = self.metric_field.value

        percentile = self.percentile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "label": label,
                "metric": metric,
                "metricField": metric_field,
            }
        )
        if percentile is not UNSET:
            field_dict["percentile"] = percentile

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_analytics_series_metric import CustomAnalyticsSeriesMetric  # noqa: PLC0415
        from ..models.custom_analytics_trace_metric_field import CustomAnalyticsTraceMetricField  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        label = d.pop("label")

        metric = CustomAnalyticsSeriesMetric(d.pop("metric"))

        metric_field = CustomAnalyticsTraceMetricField(d.pop("metricField"))

        percentile = d.pop("percentile", UNSET)

        custom_analytics_trace_series_spec = cls(
            key=key,
            label=label,
            metric=metric,
            metric_field=metric_field,
            percentile=percentile,
        )

        custom_analytics_trace_series_spec.additional_properties = d
        return custom_analytics_trace_series_spec

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
