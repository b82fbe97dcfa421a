from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_analytics_chart_type import CustomAnalyticsChartType
    from ..models.custom_analytics_derived_ratio_spec import CustomAnalyticsDerivedRatioSpec
    from ..models.custom_analytics_group_by_field import CustomAnalyticsGroupByField
    from ..models.custom_analytics_metric import CustomAnalyticsMetric
    from ..models.custom_analytics_metric_field import CustomAnalyticsMetricField
    from ..models.custom_analytics_series_spec import CustomAnalyticsSeriesSpec


T = TypeVar("T", bound="CustomAnalyticsChartSpec")


@_attrs_define
class CustomAnalyticsChartSpec:
    """One chart over request logs; use metric and metricField, or two or more series."""

    id: str
    """ Id of the chart in the answer, unique in the request (letters, digits, - and _; at most 64). """
    chart_type: CustomAnalyticsChartType
    """ How a request log chart is drawn. """
    title: None | str | Unset = UNSET
    """ Display title (the id when omitted; at most 200 characters). """
    metric: CustomAnalyticsMetric | None | Unset = UNSET
    """ Aggregation; leave out with series. """
    metric_field: CustomAnalyticsMetricField | None | Unset = UNSET
    """ Field to aggregate; needed unless metric is count or series are used. """
    percentile: float | None | Unset = UNSET
    """ Needed when metric is percentile. """
    series: list[CustomAnalyticsSeriesSpec] | None | Unset = UNSET
    """ Two or more series instead of metric and metricField. """
    derived_insights: list[CustomAnalyticsDerivedRatioSpec] | None | Unset = UNSET
    """ Ratios of series totals (series mode only). """
    group_by_field: CustomAnalyticsGroupByField | None | Unset = UNSET
    """ Break the results down by this field (not with groupByMetadataKey). """
    group_by_metadata_key: None | str | Unset = UNSET
    """ Break the results down by the values of this metadata key (not with groupByField). """
    time_series: bool | Unset = False
    """ Bucket the results over time. """
    limit: int | Unset = 25
    """ Most group-by buckets to return. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_analytics_group_by_field import CustomAnalyticsGroupByField  # noqa: PLC0415
        from ..models.custom_analytics_metric import CustomAnalyticsMetric  # noqa: PLC0415
        from ..models.custom_analytics_metric_field import CustomAnalyticsMetricField  # noqa: PLC0415

        id = self.id

        chart_type = self.chart_type.value

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        metric: None | str | Unset
        if isinstance(self.metric, Unset):
            metric = UNSET
        elif isinstance(self.metric, CustomAnalyticsMetric):
            metric = self.metric.value
        else:
            metric = self.metric

        metric_field: None | str | Unset
        if isinstance(self.metric_field, Unset):
            metric_field = UNSET
        elif isinstance(self.metric_field, CustomAnalyticsMetricField):
            metric_field = self.metric_field.value
        else:
            metric_field = self.metric_field

        percentile: float | None | Unset
        if isinstance(self.percentile, Unset):
            percentile = UNSET
        else:
            percentile = self.percentile

        series: list[dict[str, Any]] | None | Unset
        if isinstance(self.series, Unset):
            series = UNSET
        elif isinstance(self.series, list):
            series = []
            for series_type_0_item_data in self.series:
                series_type_0_item = series_type_0_item_data.to_dict()
                series.append(series_type_0_item)

        else:
            series = self.series

        derived_insights: list[dict[str, Any]] | None | Unset
        if isinstance(self.derived_insights, Unset):
            derived_insights = UNSET
        elif isinstance(self.derived_insights, list):
            derived_insights = []
            for derived_insights_type_0_item_data in self.derived_insights:
                derived_insights_type_0_item = derived_insights_type_0_item_data.to_dict()
                derived_insights.append(derived_insights_type_0_item)

        else:
            derived_insights = self.derived_insights

        group_by_field: None | str | Unset
        if isinstance(self.group_by_field, Unset):
            group_by_field = UNSET
        elif isinstance(self.group_by_field, CustomAnalyticsGroupByField):
            group_by_field = self.group_by_field.value
        else:
            group_by_field = self.group_by_field

        group_by_metadata_key: None | str | Unset
        if isinstance(self.group_by_metadata_key, Unset):
            group_by_metadata_key = UNSET
        else:
            group_by_metadata_key = self.group_by_metadata_key

        time_series = self.time_series

        limit = self.limit

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
        if series is not UNSET:
            field_dict["series"] = series
        if derived_insights is not UNSET:
            field_dict["derivedInsights"] = derived_insights
        if group_by_field is not UNSET:
            field_dict["groupByField"] = group_by_field
        if group_by_metadata_key is not UNSET:
            field_dict["groupByMetadataKey"] = group_by_metadata_key
        if time_series is not UNSET:
            field_dict["timeSeries"] = time_series
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_analytics_chart_type import CustomAnalyticsChartType  # noqa: PLC0415
        from ..models.custom_analytics_derived_ratio_spec import CustomAnalyticsDerivedRatioSpec  # noqa: PLC0415
        from ..models.custom_analytics_group_by_field import CustomAnalyticsGroupByField  # noqa: PLC0415
        from ..models.custom_analytics_metric import CustomAnalyticsMetric  # noqa: PLC0415
        from ..models.custom_analytics_metric_field import CustomAnalyticsMetricField  # noqa: PLC0415
        from ..models.custom_analytics_series_spec import CustomAnalyticsSeriesSpec  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        chart_type = CustomAnalyticsChartType(d.pop("chartType"))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_metric(data: object) -> CustomAnalyticsMetric | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                metric_type_0 = CustomAnalyticsMetric(data)

                return metric_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomAnalyticsMetric | None | Unset, data)

        metric = _parse_metric(d.pop("metric", UNSET))

        def _parse_metric_field(data: object) -> CustomAnalyticsMetricField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                metric_field_type_0 = CustomAnalyticsMetricField(data)

                return metric_field_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomAnalyticsMetricField | None | Unset, data)

        metric_field = _parse_metric_field(d.pop("metricField", UNSET))

        def _parse_percentile(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        percentile = _parse_percentile(d.pop("percentile", UNSET))

        def _parse_series(data: object) -> list[CustomAnalyticsSeriesSpec] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                series_type_0 = []
                _series_type_0 = data
                for series_type_0_item_data in _series_type_0:
                    series_type_0_item = CustomAnalyticsSeriesSpec.from_dict(series_type_0_item_data)

                    series_type_0.append(series_type_0_item)

                return series_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomAnalyticsSeriesSpec] | None | Unset, data)

        series = _parse_series(d.pop("series", UNSET))

        def _parse_derived_insights(data: object) -> list[CustomAnalyticsDerivedRatioSpec] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                derived_insights_type_0 = []
                _derived_insights_type_0 = data
                for derived_insights_type_0_item_data in _derived_insights_type_0:
                    derived_insights_type_0_item = CustomAnalyticsDerivedRatioSpec.from_dict(
                        derived_insights_type_0_item_data
                    )

                    derived_insights_type_0.append(derived_insights_type_0_item)

                return derived_insights_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomAnalyticsDerivedRatioSpec] | None | Unset, data)

        derived_insights = _parse_derived_insights(d.pop("derivedInsights", UNSET))

        def _parse_group_by_field(data: object) -> CustomAnalyticsGroupByField | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                group_by_field_type_0 = CustomAnalyticsGroupByField(data)

                return group_by_field_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomAnalyticsGroupByField | None | Unset, data)

        group_by_field = _parse_group_by_field(d.pop("groupByField", UNSET))

        def _parse_group_by_metadata_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_by_metadata_key = _parse_group_by_metadata_key(d.pop("groupByMetadataKey", UNSET))

        time_series = d.pop("timeSeries", UNSET)

        limit = d.pop("limit", UNSET)

        custom_analytics_chart_spec = cls(
            id=id,
            chart_type=chart_type,
            title=title,
            metric=metric,
            metric_field=metric_field,
            percentile=percentile,
            series=series,
            derived_insights=derived_insights,
            group_by_field=group_by_field,
            group_by_metadata_key=group_by_metadata_key,
            time_series=time_series,
            limit=limit,
        )

        custom_analytics_chart_spec.additional_properties = d
        return custom_analytics_chart_spec

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
