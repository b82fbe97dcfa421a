from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CellRequestMetrics")


@_attrs_define
class CellRequestMetrics:
    """Usage of the LLM requests behind a prompt template cell."""

    request_count: int | Unset = UNSET
    request_ids: list[int] | Unset = UNSET
    """ Request log ids. """
    latency_ms: int | None | Unset = UNSET
    """ End-to-end latency over all the requests. """
    price: float | None | Unset = UNSET
    """ Total cost in USD. """
    input_tokens: int | None | Unset = UNSET
    output_tokens: int | None | Unset = UNSET
    trace_ids: list[str] | Unset = UNSET
    """ Traces of the cell's requests, when it ran through a traced workflow. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_count = self.request_count

        request_ids: list[int] | Unset = UNSET
        if not isinstance(self.request_ids, Unset):
            request_ids = self.request_ids

        latency_ms: int | None | Unset
        if isinstance(self.latency_ms, Unset):
            latency_ms = UNSET
        else:
            latency_ms = self.latency_ms

        price: float | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        input_tokens: int | None | Unset
        if isinstance(self.input_tokens, Unset):
            input_tokens = UNSET
        else:
            input_tokens = self.input_tokens

        output_tokens: int | None | Unset
        if isinstance(self.output_tokens, Unset):
            output_tokens = UNSET
        else:
            output_tokens = self.output_tokens

        trace_ids: list[str] | Unset = UNSET
        if not isinstance(self.trace_ids, Unset):
            trace_ids = self.trace_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if request_count is not UNSET:
            field_dict["request_count"] = request_count
        if request_ids is not UNSET:
            field_dict["request_ids"] = request_ids
        if latency_ms is not UNSET:
            field_dict["latency_ms"] = latency_ms
        if price is not UNSET:
            field_dict["price"] = price
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if trace_ids is not UNSET:
            field_dict["trace_ids"] = trace_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        request_count = d.pop("request_count", UNSET)

        request_ids = cast(list[int], d.pop("request_ids", UNSET))

        def _parse_latency_ms(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        latency_ms = _parse_latency_ms(d.pop("latency_ms", UNSET))

        def _parse_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_input_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        input_tokens = _parse_input_tokens(d.pop("input_tokens", UNSET))

        def _parse_output_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        output_tokens = _parse_output_tokens(d.pop("output_tokens", UNSET))

        trace_ids = cast(list[str], d.pop("trace_ids", UNSET))

        cell_request_metrics = cls(
            request_count=request_count,
            request_ids=request_ids,
            latency_ms=latency_ms,
            price=price,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            trace_ids=trace_ids,
        )

        cell_request_metrics.additional_properties = d
        return cell_request_metrics

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
