from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analytics_output_shape_counts import AnalyticsOutputShapeCounts
    from ..models.analytics_stat_status_counts import AnalyticsStatStatusCounts


T = TypeVar("T", bound="AnalyticsStat")


@_attrs_define
class AnalyticsStat:
    """Totals of one time bucket."""

    date: str | Unset = UNSET
    """ Bucket key in ISO form (e.g. 2025-03-15). """
    date_label: str | Unset = UNSET
    """ Bucket label for display. """
    requests: int | Unset = UNSET
    tokens: int | Unset = UNSET
    input_tokens: int | Unset = UNSET
    output_tokens: int | Unset = UNSET
    cost: float | Unset = UNSET
    latency: float | Unset = UNSET
    """ Average latency in seconds. """
    cached_tokens: int | Unset = UNSET
    thinking_tokens: int | Unset = UNSET
    trace_share: float | Unset = UNSET
    """ Share of the bucket's requests that belong to a trace. """
    status_counts: AnalyticsStatStatusCounts | Unset = UNSET
    output_shape_counts: AnalyticsOutputShapeCounts | Unset = UNSET
    """ Outputs in a bucket by shape. """
    avg_turn_count: float | Unset = UNSET
    avg_tool_call_count: float | Unset = UNSET
    tool_call_count_p95: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date

        date_label = self.date_label

        requests = self.requests

        tokens = self.tokens

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        cost = self.cost

        latency = self.latency

        cached_tokens = self.cached_tokens

        thinking_tokens = self.thinking_tokens

        trace_share = self.trace_share

        status_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status_counts, Unset):
            status_counts = self.status_counts.to_dict()

        output_shape_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_shape_counts, Unset):
            output_shape_counts = self.output_shape_counts.to_dict()

        avg_turn_count = self.avg_turn_count

        avg_tool_call_count = self.avg_tool_call_count

        tool_call_count_p95: float | None | Unset
        if isinstance(self.tool_call_count_p95, Unset):
            tool_call_count_p95 = UNSET
        else:
            tool_call_count_p95 = self.tool_call_count_p95

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if date is not UNSET:
            field_dict["date"] = date
        if date_label is not UNSET:
            field_dict["dateLabel"] = date_label
        if requests is not UNSET:
            field_dict["requests"] = requests
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if input_tokens is not UNSET:
            field_dict["inputTokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["outputTokens"] = output_tokens
        if cost is not UNSET:
            field_dict["cost"] = cost
        if latency is not UNSET:
            field_dict["latency"] = latency
        if cached_tokens is not UNSET:
            field_dict["cachedTokens"] = cached_tokens
        if thinking_tokens is not UNSET:
            field_dict["thinkingTokens"] = thinking_tokens
        if trace_share is not UNSET:
            field_dict["traceShare"] = trace_share
        if status_counts is not UNSET:
            field_dict["statusCounts"] = status_counts
        if output_shape_counts is not UNSET:
            field_dict["outputShapeCounts"] = output_shape_counts
        if avg_turn_count is not UNSET:
            field_dict["avgTurnCount"] = avg_turn_count
        if avg_tool_call_count is not UNSET:
            field_dict["avgToolCallCount"] = avg_tool_call_count
        if tool_call_count_p95 is not UNSET:
            field_dict["toolCallCountP95"] = tool_call_count_p95

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analytics_output_shape_counts import AnalyticsOutputShapeCounts  # noqa: PLC0415
        from ..models.analytics_stat_status_counts import AnalyticsStatStatusCounts  # noqa: PLC0415

        d = dict(src_dict)
        date = d.pop("date", UNSET)

        date_label = d.pop("dateLabel", UNSET)

        requests = d.pop("requests", UNSET)

        tokens = d.pop("tokens", UNSET)

        input_tokens = d.pop("inputTokens", UNSET)

        output_tokens = d.pop("outputTokens", UNSET)

        cost = d.pop("cost", UNSET)

        latency = d.pop("latency", UNSET)

        cached_tokens = d.pop("cachedTokens", UNSET)

        thinking_tokens = d.pop("thinkingTokens", UNSET)

        trace_share = d.pop("traceShare", UNSET)

        _status_counts = d.pop("statusCounts", UNSET)
        status_counts: AnalyticsStatStatusCounts | Unset
        if isinstance(_status_counts, Unset):
            status_counts = UNSET
        else:
            status_counts = AnalyticsStatStatusCounts.from_dict(_status_counts)

        _output_shape_counts = d.pop("outputShapeCounts", UNSET)
        output_shape_counts: AnalyticsOutputShapeCounts | Unset
        if isinstance(_output_shape_counts, Unset):
            output_shape_counts = UNSET
        else:
            output_shape_counts = AnalyticsOutputShapeCounts.from_dict(_output_shape_counts)

        avg_turn_count = d.pop("avgTurnCount", UNSET)

        avg_tool_call_count = d.pop("avgToolCallCount", UNSET)

        def _parse_tool_call_count_p95(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tool_call_count_p95 = _parse_tool_call_count_p95(d.pop("toolCallCountP95", UNSET))

        analytics_stat = cls(
            date=date,
            date_label=date_label,
            requests=requests,
            tokens=tokens,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            cost=cost,
            latency=latency,
            cached_tokens=cached_tokens,
            thinking_tokens=thinking_tokens,
            trace_share=trace_share,
            status_counts=status_counts,
            output_shape_counts=output_shape_counts,
            avg_turn_count=avg_turn_count,
            avg_tool_call_count=avg_tool_call_count,
            tool_call_count_p95=tool_call_count_p95,
        )

        analytics_stat.additional_properties = d
        return analytics_stat

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
