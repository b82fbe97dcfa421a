from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.custom_analytics_result import CustomAnalyticsResult


T = TypeVar("T", bound="CustomAnalyticsResponse")


@_attrs_define
class CustomAnalyticsResponse:
    success: bool
    custom_charts: list[CustomAnalyticsResult]
    """ Results in the order the charts were requested. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        custom_charts = []
        for custom_charts_item_data in self.custom_charts:
            custom_charts_item = custom_charts_item_data.to_dict()
            custom_charts.append(custom_charts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "customCharts": custom_charts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_analytics_result import CustomAnalyticsResult  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        custom_charts = []
        _custom_charts = d.pop("customCharts")
        for custom_charts_item_data in _custom_charts:
            custom_charts_item = CustomAnalyticsResult.from_dict(custom_charts_item_data)

            custom_charts.append(custom_charts_item)

        custom_analytics_response = cls(
            success=success,
            custom_charts=custom_charts,
        )

        custom_analytics_response.additional_properties = d
        return custom_analytics_response

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
