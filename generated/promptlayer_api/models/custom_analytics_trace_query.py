from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_analytics_trace_chart_spec import CustomAnalyticsTraceChartSpec
    from ..models.custom_analytics_trace_filter_group import CustomAnalyticsTraceFilterGroup


T = TypeVar("T", bound="CustomAnalyticsTraceQuery")


@_attrs_define
class CustomAnalyticsTraceQuery:
    """Trace filters plus the charts to compute over the matches."""

    custom_charts: list[CustomAnalyticsTraceChartSpec]
    filter_group: CustomAnalyticsTraceFilterGroup | Unset = UNSET
    """ Trace filters and sub-groups; groups may nest. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom_charts = []
        for custom_charts_item_data in self.custom_charts:
            custom_charts_item = custom_charts_item_data.to_dict()
            custom_charts.append(custom_charts_item)

        filter_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_group, Unset):
            filter_group = self.filter_group.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customCharts": custom_charts,
            }
        )
        if filter_group is not UNSET:
            field_dict["filter_group"] = filter_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_analytics_trace_chart_spec import CustomAnalyticsTraceChartSpec  # noqa: PLC0415
        from ..models.custom_analytics_trace_filter_group import CustomAnalyticsTraceFilterGroup  # noqa: PLC0415

        d = dict(src_dict)
        custom_charts = []
        _custom_charts = d.pop("customCharts")
        for custom_charts_item_data in _custom_charts:
            custom_charts_item = CustomAnalyticsTraceChartSpec.from_dict(custom_charts_item_data)

            custom_charts.append(custom_charts_item)

        _filter_group = d.pop("filter_group", UNSET)
        filter_group: CustomAnalyticsTraceFilterGroup | Unset
        if isinstance(_filter_group, Unset):
            filter_group = UNSET
        else:
            filter_group = CustomAnalyticsTraceFilterGroup.from_dict(_filter_group)

        custom_analytics_trace_query = cls(
            custom_charts=custom_charts,
            filter_group=filter_group,
        )

        custom_analytics_trace_query.additional_properties = d
        return custom_analytics_trace_query

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
