from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsToolLatency")


@_attrs_define
class AnalyticsToolLatency:
    """Latency of one tool, in seconds."""

    tool_name: str | Unset = UNSET
    requests: int | Unset = UNSET
    avg_latency_seconds: float | None | Unset = UNSET
    min_latency_seconds: float | None | Unset = UNSET
    max_latency_seconds: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_name = self.tool_name

        requests = self.requests

        avg_latency_seconds: float | None | Unset
        if isinstance(self.avg_latency_seconds, Unset):
            avg_latency_seconds = UNSET
        else:
            avg_latency_seconds = self.avg_latency_seconds

        min_latency_seconds: float | None | Unset
        if isinstance(self.min_latency_seconds, Unset):
            min_latency_seconds = UNSET
        else:
            min_latency_seconds = self.min_latency_seconds

        max_latency_seconds: float | None | Unset
        if isinstance(self.max_latency_seconds, Unset):
            max_latency_seconds = UNSET
        else:
            max_latency_seconds = self.max_latency_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tool_name is not UNSET:
            field_dict["toolName"] = tool_name
        if requests is not UNSET:
            field_dict["requests"] = requests
        if avg_latency_seconds is not UNSET:
            field_dict["avgLatencySeconds"] = avg_latency_seconds
        if min_latency_seconds is not UNSET:
            field_dict["minLatencySeconds"] = min_latency_seconds
        if max_latency_seconds is not UNSET:
            field_dict["maxLatencySeconds"] = max_latency_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        tool_name = d.pop("toolName", UNSET)

        requests = d.pop("requests", UNSET)

        def _parse_avg_latency_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        avg_latency_seconds = _parse_avg_latency_seconds(d.pop("avgLatencySeconds", UNSET))

        def _parse_min_latency_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        min_latency_seconds = _parse_min_latency_seconds(d.pop("minLatencySeconds", UNSET))

        def _parse_max_latency_seconds(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        max_latency_seconds = _parse_max_latency_seconds(d.pop("maxLatencySeconds", UNSET))

        analytics_tool_latency = cls(
            tool_name=tool_name,
            requests=requests,
            avg_latency_seconds=avg_latency_seconds,
            min_latency_seconds=min_latency_seconds,
            max_latency_seconds=max_latency_seconds,
        )

        analytics_tool_latency.additional_properties = d
        return analytics_tool_latency

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
