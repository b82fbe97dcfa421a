from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_analytics_chart_type import CustomAnalyticsChartType
    from ..models.custom_analytics_derived_ratio_result import CustomAnalyticsDerivedRatioResult
    from ..models.custom_analytics_result_data_item import CustomAnalyticsResultDataItem
    from ..models.custom_analytics_series_meta import CustomAnalyticsSeriesMeta


T = TypeVar("T", bound="CustomAnalyticsResult")


@_attrs_define
class CustomAnalyticsResult:
    """The computed data of one chart."""

    id: str | Unset = UNSET
    """ The chart's id from the request. """
    title: str | Unset = UNSET
    """ The chart's title (its id when none was given). """
    chart_type: CustomAnalyticsChartType | Unset = UNSET
    """ How a request log chart is drawn. """
    series: list[CustomAnalyticsSeriesMeta] | Unset = UNSET
    """ One entry per series; a single-metric chart has one, keyed value. """
    data: list[CustomAnalyticsResultDataItem] | Unset = UNSET
    """ Rows with a label and one number per series key; time series rows add bucketKey. """
    derived_insights: list[CustomAnalyticsDerivedRatioResult] | None | Unset = UNSET
    """ Computed ratios (multi-series charts only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        chart_type: str | Unset = UNSET
        if not isinstance(self.chart_type, Unset):
            chart_type = self.chart_type.value

        series: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.series, Unset):
            series = []
            for series_item_data in self.series:
                series_item = series_item_data.to_dict()
                series.append(series_item)

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if chart_type is not UNSET:
            field_dict["chartType"] = chart_type
        if series is not UNSET:
            field_dict["series"] = series
        if data is not UNSET:
            field_dict["data"] = data
        if derived_insights is not UNSET:
            field_dict["derivedInsights"] = derived_insights

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_analytics_chart_type import CustomAnalyticsChartType  # noqa: PLC0415
        from ..models.custom_analytics_derived_ratio_result import CustomAnalyticsDerivedRatioResult  # noqa: PLC0415
        from ..models.custom_analytics_result_data_item import CustomAnalyticsResultDataItem  # noqa: PLC0415
        from ..models.custom_analytics_series_meta import CustomAnalyticsSeriesMeta  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        _chart_type = d.pop("chartType", UNSET)
        chart_type: CustomAnalyticsChartType | Unset
        if isinstance(_chart_type, Unset):
            chart_type = UNSET
        else:
            chart_type = CustomAnalyticsChartType(_chart_type)

        _series = d.pop("series", UNSET)
        series: list[CustomAnalyticsSeriesMeta] | Unset = UNSET
        if _series is not UNSET:
            series = []
            for series_item_data in _series:
                series_item = CustomAnalyticsSeriesMeta.from_dict(series_item_data)

                series.append(series_item)

        _data = d.pop("data", UNSET)
        data: list[CustomAnalyticsResultDataItem] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = CustomAnalyticsResultDataItem.from_dict(data_item_data)

                data.append(data_item)

        def _parse_derived_insights(data: object) -> list[CustomAnalyticsDerivedRatioResult] | None | Unset:
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
                    derived_insights_type_0_item = CustomAnalyticsDerivedRatioResult.from_dict(
                        derived_insights_type_0_item_data
                    )

                    derived_insights_type_0.append(derived_insights_type_0_item)

                return derived_insights_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CustomAnalyticsDerivedRatioResult] | None | Unset, data)

        derived_insights = _parse_derived_insights(d.pop("derivedInsights", UNSET))

        custom_analytics_result = cls(
            id=id,
            title=title,
            chart_type=chart_type,
            series=series,
            data=data,
            derived_insights=derived_insights,
        )

        custom_analytics_result.additional_properties = d
        return custom_analytics_result

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
