from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsMetadataValueCost")


@_attrs_define
class AnalyticsMetadataValueCost:
    """Cost and request count of one metadata key/value pair."""

    key: str | Unset = UNSET
    value: str | Unset = UNSET
    label: str | Unset = UNSET
    """ The value alone when one key was asked for, else "key = value". """
    requests: int | Unset = UNSET
    cost: float | Unset = UNSET
    """ Cost in USD. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value

        label = self.label

        requests = self.requests

        cost = self.cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if value is not UNSET:
            field_dict["value"] = value
        if label is not UNSET:
            field_dict["label"] = label
        if requests is not UNSET:
            field_dict["requests"] = requests
        if cost is not UNSET:
            field_dict["cost"] = cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key", UNSET)

        value = d.pop("value", UNSET)

        label = d.pop("label", UNSET)

        requests = d.pop("requests", UNSET)

        cost = d.pop("cost", UNSET)

        analytics_metadata_value_cost = cls(
            key=key,
            value=value,
            label=label,
            requests=requests,
            cost=cost,
        )

        analytics_metadata_value_cost.additional_properties = d
        return analytics_metadata_value_cost

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
