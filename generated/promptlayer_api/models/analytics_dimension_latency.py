from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsDimensionLatency")


@_attrs_define
class AnalyticsDimensionLatency:
    """Latency series of one model, template or provider, each a list of [date, seconds] pairs."""

    average_latency: list[list[Any]] | Unset = UNSET
    p50_latency: list[list[Any]] | Unset = UNSET
    p90_latency: list[list[Any]] | Unset = UNSET
    p95_latency: list[list[Any]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average_latency: list[list[Any]] | Unset = UNSET
        if not isinstance(self.average_latency, Unset):
            average_latency = []
            for average_latency_item_data in self.average_latency:
                average_latency_item = average_latency_item_data

                average_latency.append(average_latency_item)

        p50_latency: list[list[Any]] | Unset = UNSET
        if not isinstance(self.p50_latency, Unset):
            p50_latency = []
            for p50_latency_item_data in self.p50_latency:
                p50_latency_item = p50_latency_item_data

                p50_latency.append(p50_latency_item)

        p90_latency: list[list[Any]] | Unset = UNSET
        if not isinstance(self.p90_latency, Unset):
            p90_latency = []
            for p90_latency_item_data in self.p90_latency:
                p90_latency_item = p90_latency_item_data

                p90_latency.append(p90_latency_item)

        p95_latency: list[list[Any]] | Unset = UNSET
        if not isinstance(self.p95_latency, Unset):
            p95_latency = []
            for p95_latency_item_data in self.p95_latency:
                p95_latency_item = p95_latency_item_data

                p95_latency.append(p95_latency_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if average_latency is not UNSET:
            field_dict["average_latency"] = average_latency
        if p50_latency is not UNSET:
            field_dict["p50_latency"] = p50_latency
        if p90_latency is not UNSET:
            field_dict["p90_latency"] = p90_latency
        if p95_latency is not UNSET:
            field_dict["p95_latency"] = p95_latency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _average_latency = d.pop("average_latency", UNSET)
        average_latency: list[list[Any]] | Unset = UNSET
        if _average_latency is not UNSET:
            average_latency = []
            for average_latency_item_data in _average_latency:
                average_latency_item = cast(list[Any], average_latency_item_data)

                average_latency.append(average_latency_item)

        _p50_latency = d.pop("p50_latency", UNSET)
        p50_latency: list[list[Any]] | Unset = UNSET
        if _p50_latency is not UNSET:
            p50_latency = []
            for p50_latency_item_data in _p50_latency:
                p50_latency_item = cast(list[Any], p50_latency_item_data)

                p50_latency.append(p50_latency_item)

        _p90_latency = d.pop("p90_latency", UNSET)
        p90_latency: list[list[Any]] | Unset = UNSET
        if _p90_latency is not UNSET:
            p90_latency = []
            for p90_latency_item_data in _p90_latency:
                p90_latency_item = cast(list[Any], p90_latency_item_data)

                p90_latency.append(p90_latency_item)

        _p95_latency = d.pop("p95_latency", UNSET)
        p95_latency: list[list[Any]] | Unset = UNSET
        if _p95_latency is not UNSET:
            p95_latency = []
            for p95_latency_item_data in _p95_latency:
                p95_latency_item = cast(list[Any], p95_latency_item_data)

                p95_latency.append(p95_latency_item)

        analytics_dimension_latency = cls(
            average_latency=average_latency,
            p50_latency=p50_latency,
            p90_latency=p90_latency,
            p95_latency=p95_latency,
        )

        analytics_dimension_latency.additional_properties = d
        return analytics_dimension_latency

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
