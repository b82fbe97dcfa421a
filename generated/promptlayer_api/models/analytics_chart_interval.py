from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsChartInterval")


@_attrs_define
class AnalyticsChartInterval:
    """How the time series was cut into buckets."""

    interval: str | Unset = UNSET
    bucket_size_ms: int | Unset = UNSET
    bucket_minutes: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        interval = self.interval

        bucket_size_ms = self.bucket_size_ms

        bucket_minutes: int | None | Unset
        if isinstance(self.bucket_minutes, Unset):
            bucket_minutes = UNSET
        else:
            bucket_minutes = self.bucket_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if interval is not UNSET:
            field_dict["interval"] = interval
        if bucket_size_ms is not UNSET:
            field_dict["bucketSizeMs"] = bucket_size_ms
        if bucket_minutes is not UNSET:
            field_dict["bucketMinutes"] = bucket_minutes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        interval = d.pop("interval", UNSET)

        bucket_size_ms = d.pop("bucketSizeMs", UNSET)

        def _parse_bucket_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bucket_minutes = _parse_bucket_minutes(d.pop("bucketMinutes", UNSET))

        analytics_chart_interval = cls(
            interval=interval,
            bucket_size_ms=bucket_size_ms,
            bucket_minutes=bucket_minutes,
        )

        analytics_chart_interval.additional_properties = d
        return analytics_chart_interval

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
