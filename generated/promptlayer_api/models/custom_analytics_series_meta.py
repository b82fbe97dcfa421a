from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.custom_analytics_unit import CustomAnalyticsUnit


T = TypeVar("T", bound="CustomAnalyticsSeriesMeta")


@_attrs_define
class CustomAnalyticsSeriesMeta:
    """Describes one series of a chart result."""

    key: str | Unset = UNSET
    """ Key of the series' values in each data row. """
    label: str | Unset = UNSET
    unit: CustomAnalyticsUnit | Unset = UNSET
    """ Unit of a series' values, for drawing axes. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        unit: str | Unset = UNSET
        if not isinstance(self.unit, Unset):
            unit = self.unit.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if label is not UNSET:
            field_dict["label"] = label
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.custom_analytics_unit import CustomAnalyticsUnit  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key", UNSET)

        label = d.pop("label", UNSET)

        _unit = d.pop("unit", UNSET)
        unit: CustomAnalyticsUnit | Unset
        if isinstance(_unit, Unset):
            unit = UNSET
        else:
            unit = CustomAnalyticsUnit(_unit)

        custom_analytics_series_meta = cls(
            key=key,
            label=label,
            unit=unit,
        )

        custom_analytics_series_meta.additional_properties = d
        return custom_analytics_series_meta

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
