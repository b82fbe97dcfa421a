from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_analytics_metric import CustomAnalyticsMetric
    from ..models.custom_analytics_time_bucket import CustomAnalyticsTimeBucket
    from ..models.custom_analytics_trace_chart_type import CustomAnalyticsTraceChartType
    from ..models.custom_analytics_trace_group_field import CustomAnalyticsTraceGroupField
    from ..models.custom_analytics_trace_metric_field import CustomAnalyticsTraceMetricField
    from ..models.custom_analytics_trace_series_spec import CustomAnalyticsTraceSeriesSpec


T = TypeVar("T", bound="CustomAnalyticsTraceChartSpec")


@_attrs_define
class CustomAnalyticsTraceChartSpec:
    """One chart over traces or spans; its fields must be all trace-level or all span-level (span charts take no timeSeries
    or metadata breakdown).

    """

    id: str
    """ Id of the chart, unique in the request. """
    chart_type: CustomAnalyticsTraceChartType
    """ How a trace chart is drawn. """
    title: str | Unset = UNSET
    metric: CustomAnalyticsMetric | Unset = UNSET
    """ Aggregation of a chart. """
    metric_field: CustomAnalyticsTraceMetricField | Unset = UNSET
    """ Numeric trace or span fields a chart can aggregate. """
    percentile: float | Unset = UNSET
    """ Needed when metric is percentile. """
    group_by_field: CustomAnalyticsTraceGroupField | Unset = UNSET
    """ Trace or span fields a chart can be broken down by. """
    secondary_group_by_field: CustomAnalyticsTraceGroupField | Unset = UNSET
    """ Trace or span fields a chart can be broken down by. """
    histogram_field: CustomAnalyticsTraceMetricField | Unset = UNSET
    """ Numeric trace or span fields a chart can aggregate. """
    histogram_interval: float | Unset = UNSET
    hierarchy_fields: list[CustomAnalyticsTraceGroupField] | Unset = UNSET
    """ Nesting levels (treemaps and sunbursts only). """
    time_series: bool | Unset = UNSET
    """ Bucket over time (trace-level charts only). """
    time_bucket: CustomAnalyticsTimeBucket | Unset = UNSET
    """ Bucket size of a time series. """
    limit: int | Unset = 25
    series: list[CustomAnalyticsTraceSeriesSpec] | Unset = UNSET
    """ Two or more series instead of metric and metricField. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        chart_type = self.chart_type.value

        title = self.title

        metric: str | Unset = UNSET
        if not isinstance(self.metric, Unset):
            metric = self.metric.value

        metric_field: str | Unset = UNSET
        if not isinstance(self.metric_field, Unset):
            metric_field = self.metric_field.value

        percentile = self.percentile

        group_by_field: str | Unset = UNSET
        if not isinstance(self.group_by_field, Unset):
            group_by_field = self.group_by_field.value

        secondary_group_by_field: str | Unset = UNSET
        if not isinstance(self.secondary_group_by_field, Unset):
            secondary_group_by_field = self.secondary_group_by_field.value

        histogram_field: str | Unset = UNSET
        if not isinstance(self.histogram_field, Unset):
            histogram_field = self.histogram_field.value

        histogram_interval = self.histogram_interval

        hierarchy_fields: list[str] | Unset = UNSET
        if not isinstance(self.hierarchy_fields, Unset):
            hierarchy_fields = []
            for hierarchy_fields_item_data in self.hierarchy_fields:
                hierarchy_fields_item = hierarchy_fields_item_data.value
                hierarchy_fields.append(hierarchy_fields_item)

        time_series = self.time_series

        time_bucket: str | Unset = UNSET
        if not isinstance(self.time_bucket, Unset):
            time_bucket = self.time_bucket.value

        limit = self.limit

        series: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.series, Unset):
            series = []
            for series_item_data in self.series:
                series_item = series_item_data.to_dict()
                series.append(series_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "chartType": chart_type,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if metric is not UNSET:
            field_dict["metric"] = metric
        if metric_field is not UNSET:
            field_dict["metricField"] = metric_field
        if percentile is not UNSET:
            field_dict["percentile"] = percentile
        if group_by_field is not UNSET:
            field_dict["groupByField"] = group_by_field
        if secondary_group_by_field is not UNSET:
            field_dict["secondaryGroupByField"] = secondary_group_by_field
        if histogram_field is not UNSET:
            field_dict["histogramField"] = histogram_field
        if histogram_interval is not UNSET:
            field_dict["histogramInterval"] = histogram_interval
        if hierarchy_fields is not UNSET:
            field_dict["hierarchyFields"] = hierarchy_fields
        if time_series is not UNSET:
            field_dict["timeSeries"] = time_series
        if time_bucket is not UNSET:
            field_dict["timeBucket"] = time_bucket
        if limit is not UNSET:
            field_dict["limit"] = limit
        if series is not UNSET:
            field_dict["series"] = series

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_analytics_metric import CustomAnalyticsMetric  # noqa: PLC0415
        from ..models.custom_analytics_time_bucket import CustomAnalyticsTimeBucket  # noqa: PLC0415
        from ..models.custom_analytics_trace_chart_type import CustomAnalyticsTraceChartType  # noqa: PLC0415
        from ..models.custom_analytics_trace_group_field import CustomAnalyticsTraceGroupField  # noqa: PLC0415
        from ..models.custom_analytics_trace_metric_field import CustomAnalyticsTraceMetricField  # noqa: PLC0415
        from ..models.custom_analytics_trace_series_spec import CustomAnalyticsTraceSeriesSpec  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        chart_type = CustomAnalyticsTraceChartType(d.pop("chartType"))

        title = d.pop("title", UNSET)

        _metric = d.pop("metric", UNSET)
        metric: CustomAnalyticsMetric | Unset
        if isinstance(_metric, Unset):
            metric = UNSET
        else:
            metric = CustomAnalyticsMetric(_metric)

        _metric_field = d.pop("metricField", UNSET)
        metric_field: CustomAnalyticsTraceMetricField | Unset
        if isinstance(_metric_field, Unset):
            metric_field = UNSET
        else:
            metric_field = CustomAnalyticsTraceMetricField(_metric_field)

        percentile = d.pop("percentile", UNSET)

        _group_by_field = d.pop("groupByField", UNSET)
        group_by_field: CustomAnalyticsTraceGroupField | Unset
        if isinstance(_group_by_field, Unset):
            group_by_field = UNSET
        else:
            group_by_field = CustomAnalyticsTraceGroupField(_group_by_field)

        _secondary_group_by_field = d.pop("secondaryGroupByField", UNSET)
        secondary_group_by_field: CustomAnalyticsTraceGroupField | Unset
        if isinstance(_secondary_group_by_field, Unset):
            secondary_group_by_field = UNSET
        else:
            secondary_group_by_field = CustomAnalyticsTraceGroupField(_secondary_group_by_field)

        _histogram_field = d.pop("histogramField", UNSET)
        histogram_field: CustomAnalyticsTraceMetricField | Unset
        if isinstance(_histogram_field, Unset):
            histogram_field = UNSET
        else:
            histogram_field = CustomAnalyticsTraceMetricField(_histogram_field)

        histogram_interval = d.pop("histogramInterval", UNSET)

        _hierarchy_fields = d.pop("hierarchyFields", UNSET)
        hierarchy_fields: list[CustomAnalyticsTraceGroupField] | Unset = UNSET
        if _hierarchy_fields is not UNSET:
            hierarchy_fields = []
            for hierarchy_fields_item_data in _hierarchy_fields:
                hierarchy_fields_item = CustomAnalyticsTraceGroupField(hierarchy_fields_item_data)

                hierarchy_fields.append(hierarchy_fields_item)

        time_series = d.pop("timeSeries", UNSET)

        _time_bucket = d.pop("timeBucket", UNSET)
        time_bucket: CustomAnalyticsTimeBucket | Unset
        if isinstance(_time_bucket, Unset):
            time_bucket = UNSET
        else:
            time_bucket = CustomAnalyticsTimeBucket(_time_bucket)

        limit = d.pop("limit", UNSET)

        _series = d.pop("series", UNSET)
        series: list[CustomAnalyticsTraceSeriesSpec] | Unset = UNSET
        if _series is not UNSET:
            series = []
            for series_item_data in _series:
                series_item = CustomAnalyticsTraceSeriesSpec.from_dict(series_item_data)

                series.append(series_item)

        custom_analytics_trace_chart_spec = cls(
            id=id,
            chart_type=chart_type,
            title=title,
            metric=metric,
            metric_field=metric_field,
            percentile=percentile,
            group_by_field=group_by_field,
            secondary_group_by_field=secondary_group_by_field,
            histogram_field=histogram_field,
            histogram_interval=histogram_interval,
            hierarchy_fields=hierarchy_fields,
            time_series=time_series,
            time_bucket=time_bucket,
            limit=limit,
            series=series,
        )

        custom_analytics_trace_chart_spec.additional_properties = d
        return custom_analytics_trace_chart_spec

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
