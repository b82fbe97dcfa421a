from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_analytics_insight_type import CustomAnalyticsInsightType


T = TypeVar("T", bound="CustomAnalyticsDerivedRatioSpec")


@_attrs_define
class CustomAnalyticsDerivedRatioSpec:
    """A ratio of two series totals, shown next to the chart."""

    label: str
    """ Text shown for the ratio (at most 200 characters). """
    numerator_series_key: str
    """ Key of a series of the chart. """
    denominator_series_key: str
    """ Key of a series of the chart. """
    type_: CustomAnalyticsInsightType | Unset = UNSET
    """ Kind of derived insight. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        numerator_series_key = self.numerator_series_key

        denominator_series_key = self.denominator_series_key

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
                "numeratorSeriesKey": numerator_series_key,
                "denominatorSeriesKey": denominator_series_key,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_analytics_insight_type import CustomAnalyticsInsightType  # noqa: PLC0415

        d = dict(src_dict)
        label = d.pop("label")

        numerator_series_key = d.pop("numeratorSeriesKey")

        denominator_series_key = d.pop("denominatorSeriesKey")

        _type_ = d.pop("type", UNSET)
        type_: CustomAnalyticsInsightType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CustomAnalyticsInsightType(_type_)

        custom_analytics_derived_ratio_spec = cls(
            label=label,
            numerator_series_key=numerator_series_key,
            denominator_series_key=denominator_series_key,
            type_=type_,
        )

        custom_analytics_derived_ratio_spec.additional_properties = d
        return custom_analytics_derived_ratio_spec

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
