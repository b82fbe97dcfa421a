from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.trace_detail_response_spans_item import TraceDetailResponseSpansItem


T = TypeVar("T", bound="TraceDetailResponse")


@_attrs_define
class TraceDetailResponse:
    success: bool
    trace_id: str
    spans: list[TraceDetailResponseSpansItem]
    """ The trace's spans; those that produced a request log carry request_log_id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        trace_id = self.trace_id

        spans = []
        for spans_item_data in self.spans:
            spans_item = spans_item_data.to_dict()
            spans.append(spans_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "trace_id": trace_id,
                "spans": spans,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trace_detail_response_spans_item import TraceDetailResponseSpansItem  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        trace_id = d.pop("trace_id")

        spans = []
        _spans = d.pop("spans")
        for spans_item_data in _spans:
            spans_item = TraceDetailResponseSpansItem.from_dict(spans_item_data)

            spans.append(spans_item)

        trace_detail_response = cls(
            success=success,
            trace_id=trace_id,
            spans=spans,
        )

        trace_detail_response.additional_properties = d
        return trace_detail_response

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
