from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_analytics_chart_spec import CustomAnalyticsChartSpec
    from ..models.request_log_sort_by import RequestLogSortBy
    from ..models.request_log_sort_order import RequestLogSortOrder
    from ..models.structured_filter_group import StructuredFilterGroup


T = TypeVar("T", bound="CustomAnalyticsRequestQuery")


@_attrs_define
class CustomAnalyticsRequestQuery:
    """Request log filters plus the charts to compute over the matches."""

    custom_charts: list[CustomAnalyticsChartSpec]
    """ Charts to compute, with unique ids. """
    filter_group: None | StructuredFilterGroup | Unset = UNSET
    """ Filters selecting the request logs. """
    q: None | str | Unset = UNSET
    """ Free-text search. """
    sort_by: None | RequestLogSortBy | Unset = UNSET
    """ Accepted but does not change the aggregates. """
    sort_order: None | RequestLogSortOrder | Unset = UNSET
    """ Accepted but does not change the aggregates. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.request_log_sort_by import RequestLogSortBy  # noqa: PLC0415
        from ..models.request_log_sort_order import RequestLogSortOrder  # noqa: PLC0415
        from ..models.structured_filter_group import StructuredFilterGroup  # noqa: PLC0415

        custom_charts = []
        for custom_charts_item_data in self.custom_charts:
            custom_charts_item = custom_charts_item_data.to_dict()
            custom_charts.append(custom_charts_item)

        filter_group: dict[str, Any] | None | Unset
        if isinstance(self.filter_group, Unset):
            filter_group = UNSET
        elif isinstance(self.filter_group, StructuredFilterGroup):
            filter_group = self.filter_group.to_dict()
        else:
            filter_group = self.filter_group

        q: None | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        else:
            q = self.q

        sort_by: None | str | Unset
        if isinstance(self.sort_by, Unset):
            sort_by = UNSET
        elif isinstance(self.sort_by, RequestLogSortBy):
            sort_by = self.sort_by.value
        else:
            sort_by = self.sort_by

        sort_order: None | str | Unset
        if isinstance(self.sort_order, Unset):
            sort_order = UNSET
        elif isinstance(self.sort_order, RequestLogSortOrder):
            sort_order = self.sort_order.value
        else:
            sort_order = self.sort_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "customCharts": custom_charts,
            }
        )
        if filter_group is not UNSET:
            field_dict["filter_group"] = filter_group
        if q is not UNSET:
            field_dict["q"] = q
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_analytics_chart_spec import CustomAnalyticsChartSpec  # noqa: PLC0415
        from ..models.request_log_sort_by import RequestLogSortBy  # noqa: PLC0415
        from ..models.request_log_sort_order import RequestLogSortOrder  # noqa: PLC0415
        from ..models.structured_filter_group import StructuredFilterGroup  # noqa: PLC0415

        d = dict(src_dict)
        custom_charts = []
        _custom_charts = d.pop("customCharts")
        for custom_charts_item_data in _custom_charts:
            custom_charts_item = CustomAnalyticsChartSpec.from_dict(custom_charts_item_data)

            custom_charts.append(custom_charts_item)

        def _parse_filter_group(data: object) -> None | StructuredFilterGroup | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filter_group_type_0 = StructuredFilterGroup.from_dict(data)

                return filter_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StructuredFilterGroup | Unset, data)

        filter_group = _parse_filter_group(d.pop("filter_group", UNSET))

        def _parse_q(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        q = _parse_q(d.pop("q", UNSET))

        def _parse_sort_by(data: object) -> None | RequestLogSortBy | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sort_by_type_0 = RequestLogSortBy(data)

                return sort_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequestLogSortBy | Unset, data)

        sort_by = _parse_sort_by(d.pop("sort_by", UNSET))

        def _parse_sort_order(data: object) -> None | RequestLogSortOrder | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sort_order_type_0 = RequestLogSortOrder(data)

                return sort_order_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequestLogSortOrder | Unset, data)

        sort_order = _parse_sort_order(d.pop("sort_order", UNSET))

        custom_analytics_request_query = cls(
            custom_charts=custom_charts,
            filter_group=filter_group,
            q=q,
            sort_by=sort_by,
            sort_order=sort_order,
        )

        custom_analytics_request_query.additional_properties = d
        return custom_analytics_request_query

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
