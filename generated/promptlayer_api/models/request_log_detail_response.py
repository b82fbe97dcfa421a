from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.request_log_detail_response_prompt_blueprint import RequestLogDetailResponsePromptBlueprint


T = TypeVar("T", bound="RequestLogDetailResponse")


@_attrs_define
class RequestLogDetailResponse:
    success: bool
    prompt_blueprint: RequestLogDetailResponsePromptBlueprint
    """ Provider-neutral prompt that produced the request; can be replayed. """
    request_id: int
    provider: str | Unset = UNSET
    model: str | Unset = UNSET
    input_tokens: int | Unset = UNSET
    output_tokens: int | Unset = UNSET
    tokens: int | Unset = UNSET
    price: float | Unset = UNSET
    request_start_time: datetime.datetime | Unset = UNSET
    request_end_time: datetime.datetime | Unset = UNSET
    latency_ms: float | Unset = UNSET
    trace_id: None | str | Unset = UNSET
    """ Trace the request belongs to, when known. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        prompt_blueprint = self.prompt_blueprint.to_dict()

        request_id = self.request_id

        provider = self.provider

        model = self.model

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        tokens = self.tokens

        price = self.price

        request_start_time: str | Unset = UNSET
        if not isinstance(self.request_start_time, Unset):
            request_start_time = self.request_start_time.isoformat()

        request_end_time: str | Unset = UNSET
        if not isinstance(self.request_end_time, Unset):
            request_end_time = self.request_end_time.isoformat()

        latency_ms = self.latency_ms

        trace_id: None | str | Unset
        if isinstance(self.trace_id, Unset):
            trace_id = UNSET
        else:
            trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "prompt_blueprint": prompt_blueprint,
                "request_id": request_id,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider
        if model is not UNSET:
            field_dict["model"] = model
        if input_tokens is not UNSET:
            field_dict["input_tokens"] = input_tokens
        if output_tokens is not UNSET:
            field_dict["output_tokens"] = output_tokens
        if tokens is not UNSET:
            field_dict["tokens"] = tokens
        if price is not UNSET:
            field_dict["price"] = price
        if request_start_time is not UNSET:
            field_dict["request_start_time"] = request_start_time
        if request_end_time is not UNSET:
            field_dict["request_end_time"] = request_end_time
        if latency_ms is not UNSET:
            field_dict["latency_ms"] = latency_ms
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.request_log_detail_response_prompt_blueprint import (
            RequestLogDetailResponsePromptBlueprint,  # noqa: PLC0415
        )

        d = dict(src_dict)
        success = d.pop("success")

        prompt_blueprint = RequestLogDetailResponsePromptBlueprint.from_dict(d.pop("prompt_blueprint"))

        request_id = d.pop("request_id")

        provider = d.pop("provider", UNSET)

        model = d.pop("model", UNSET)

        input_tokens = d.pop("input_tokens", UNSET)

        output_tokens = d.pop("output_tokens", UNSET)

        tokens = d.pop("tokens", UNSET)

        price = d.pop("price", UNSET)

        _request_start_time = d.pop("request_start_time", UNSET)
        request_start_time: datetime.datetime | Unset
        if isinstance(_request_start_time, Unset):
            request_start_time = UNSET
        else:
            request_start_time = datetime.datetime.fromisoformat(_request_start_time)

        _request_end_time = d.pop("request_end_time", UNSET)
        request_end_time: datetime.datetime | Unset
        if isinstance(_request_end_time, Unset):
            request_end_time = UNSET
        else:
            request_end_time = datetime.datetime.fromisoformat(_request_end_time)

        latency_ms = d.pop("latency_ms", UNSET)

        def _parse_trace_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trace_id = _parse_trace_id(d.pop("trace_id", UNSET))

        request_log_detail_response = cls(
            success=success,
            prompt_blueprint=prompt_blueprint,
            request_id=request_id,
            provider=provider,
            model=model,
            input_tokens=input_tokens,
            output_tokens=output_tokens,
            tokens=tokens,
            price=price,
            request_start_time=request_start_time,
            request_end_time=request_end_time,
            latency_ms=latency_ms,
            trace_id=trace_id,
        )

        request_log_detail_response.additional_properties = d
        return request_log_detail_response

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
