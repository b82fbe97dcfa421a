from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analytics_latency_by_day_average_latency import AnalyticsLatencyByDayAverageLatency
    from ..models.analytics_latency_by_day_p50_latency import AnalyticsLatencyByDayP50Latency
    from ..models.analytics_latency_by_day_p90_latency import AnalyticsLatencyByDayP90Latency
    from ..models.analytics_latency_by_day_p95_latency import AnalyticsLatencyByDayP95Latency


T = TypeVar("T", bound="AnalyticsLatencyByDay")


@_attrs_define
class AnalyticsLatencyByDay:
    """Latency in seconds per bucket date, for the average and three percentiles."""

    average_latency: AnalyticsLatencyByDayAverageLatency | Unset = UNSET
    p50_latency: AnalyticsLatencyByDayP50Latency | Unset = UNSET
    p90_latency: AnalyticsLatencyByDayP90Latency | Unset = UNSET
    p95_latency: AnalyticsLatencyByDayP95Latency | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        average_latency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.average_latency, Unset):
            average_latency = self.average_latency.to_dict()

        p50_latency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.p50_latency, Unset):
            p50_latency = self.p50_latency.to_dict()

        p90_latency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.p90_latency, Unset):
            p90_latency = self.p90_latency.to_dict()

        p95_latency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.p95_latency, Unset):
            p95_latency = self.p95_latency.to_dict()

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
        from ..models.analytics_latency_by_day_average_latency import AnalyticsLatencyByDayAverageLatency  # noqa: PLC0415
        from ..models.analytics_latency_by_day_p50_latency import AnalyticsLatencyByDayP50Latency  # noqa: PLC0415
        from ..models.analytics_latency_by_day_p90_latency import AnalyticsLatencyByDayP90Latency  # noqa: PLC0415
        from ..models.analytics_latency_by_day_p95_latency import AnalyticsLatencyByDayP95Latency  # noqa: PLC0415

        d = dict(src_dict)
        _average_latency = d.pop("average_latency", UNSET)
        average_latency: AnalyticsLatencyByDayAverageLatency | Unset
        if isinstance(_average_latency, Unset):
            average_latency = UNSET
        else:
            average_latency = AnalyticsLatencyByDayAverageLatency.from_dict(_average_latency)

        _p50_latency = d.pop("p50_latency", UNSET)
        p50_latency: AnalyticsLatencyByDayP50Latency | Unset
        if isinstance(_p50_latency, Unset):
            p50_latency = UNSET
        else:
            p50_latency = AnalyticsLatencyByDayP50Latency.from_dict(_p50_latency)

        _p90_latency = d.pop("p90_latency", UNSET)
        p90_latency: AnalyticsLatencyByDayP90Latency | Unset
        if isinstance(_p90_latency, Unset):
            p90_latency = UNSET
        else:
            p90_latency = AnalyticsLatencyByDayP90Latency.from_dict(_p90_latency)

        _p95_latency = d.pop("p95_latency", UNSET)
        p95_latency: AnalyticsLatencyByDayP95Latency | Unset
        if isinstance(_p95_latency, Unset):
            p95_latency = UNSET
        else:
            p95_latency = AnalyticsLatencyByDayP95Latency.from_dict(_p95_latency)

        analytics_latency_by_day = cls(
            average_latency=average_latency,
            p50_latency=p50_latency,
            p90_latency=p90_latency,
            p95_latency=p95_latency,
        )

        analytics_latency_by_day.additional_properties = d
        return analytics_latency_by_day

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
