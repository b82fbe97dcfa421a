from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_analytics_trace_filter import CustomAnalyticsTraceFilter
    from ..models.custom_analytics_trace_filter_logic import CustomAnalyticsTraceFilterLogic


T = TypeVar("T", bound="CustomAnalyticsTraceFilterGroup")


@_attrs_define
class CustomAnalyticsTraceFilterGroup:
    """Trace filters and sub-groups; groups may nest."""

    filters: list[CustomAnalyticsTraceFilter | CustomAnalyticsTraceFilterGroup]
    logic: CustomAnalyticsTraceFilterLogic | Unset = UNSET
    """ How a trace filter group joins its members: AND and OR may be met by different spans, SPAN_AND and SPAN_OR
    by one and the same span (span fields only). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.custom_analytics_trace_filter import CustomAnalyticsTraceFilter  # noqa: PLC0415

        filters = []
        for filters_item_data in self.filters:
            filters_item: dict[str, Any]
            if isinstance(filters_item_data, CustomAnalyticsTraceFilter):
                filters_item = filters_item_data.to_dict()
            else:
                filters_item = filters_item_data.to_dict()

            filters.append(filters_item)

        logic: str | Unset = UNSET
        if not isinstance(self.logic, Unset):
            logic = self.logic.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filters": filters,
            }
        )
        if logic is not UNSET:
            field_dict["logic"] = logic

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_analytics_trace_filter import CustomAnalyticsTraceFilter  # noqa: PLC0415
        from ..models.custom_analytics_trace_filter_logic import CustomAnalyticsTraceFilterLogic  # noqa: PLC0415

        d = dict(src_dict)
        filters = []
        _filters = d.pop("filters")
        for filters_item_data in _filters:

            def _parse_filters_item(
                data: object,
            ) -> CustomAnalyticsTraceFilter | CustomAnalyticsTraceFilterGroup:
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    filters_item_type_0 = CustomAnalyticsTraceFilter.from_dict(data)

                    return filters_item_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                filters_item_type_1 = CustomAnalyticsTraceFilterGroup.from_dict(data)

                return filters_item_type_1

            filters_item = _parse_filters_item(filters_item_data)

            filters.append(filters_item)

        _logic = d.pop("logic", UNSET)
        logic: CustomAnalyticsTraceFilterLogic | Unset
        if isinstance(_logic, Unset):
            logic = UNSET
        else:
            logic = CustomAnalyticsTraceFilterLogic(_logic)

        custom_analytics_trace_filter_group = cls(
            filters=filters,
            logic=logic,
        )

        custom_analytics_trace_filter_group.additional_properties = d
        return custom_analytics_trace_filter_group

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
