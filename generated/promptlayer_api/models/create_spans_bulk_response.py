from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_spans_bulk_response_request_logs_type_0_item import (
        CreateSpansBulkResponseRequestLogsType0Item,
    )
    from ..models.create_spans_bulk_response_spans_item import CreateSpansBulkResponseSpansItem
    from ..models.span_rejection_reason import SpanRejectionReason


T = TypeVar("T", bound="CreateSpansBulkResponse")


@_attrs_define
class CreateSpansBulkResponse:
    """Result of a bulk span upload."""

    success: bool
    """ True when stored. """
    spans: list[CreateSpansBulkResponseSpansItem]
    """ Stored spans. """
    request_logs: list[CreateSpansBulkResponseRequestLogsType0Item] | None | Unset = UNSET
    """ Request logs created. """
    rejected_span_ids: list[str] | None | Unset = UNSET
    """ Spans dropped because their trace was closed. """
    rejected_trace_ids: list[str] | None | Unset = UNSET
    """ Closed traces that caused drops. """
    rejection_reason: None | SpanRejectionReason | Unset = UNSET
    """ Why spans were dropped. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.span_rejection_reason import SpanRejectionReason  # noqa: PLC0415

        success = self.success

        spans = []
        for spans_item_data in self.spans:
            spans_item = spans_item_data.to_dict()
            spans.append(spans_item)

        request_logs: list[dict[str, Any]] | None | Unset
        if isinstance(self.request_logs, Unset):
            request_logs = UNSET
        elif isinstance(self.request_logs, list):
            request_logs = []
            for request_logs_type_0_item_data in self.request_logs:
                request_logs_type_0_item = request_logs_type_0_item_data.to_dict()
                request_logs.append(request_logs_type_0_item)

        else:
            request_logs = self.request_logs

        rejected_span_ids: list[str] | None | Unset
        if isinstance(self.rejected_span_ids, Unset):
            rejected_span_ids = UNSET
        elif isinstance(self.rejected_span_ids, list):
            rejected_span_ids = self.rejected_span_ids

        else:
            rejected_span_ids = self.rejected_span_ids

        rejected_trace_ids: list[str] | None | Unset
        if isinstance(self.rejected_trace_ids, Unset):
            rejected_trace_ids = UNSET
        elif isinstance(self.rejected_trace_ids, list):
            rejected_trace_ids = self.rejected_trace_ids

        else:
            rejected_trace_ids = self.rejected_trace_ids

        rejection_reason: None | str | Unset
        if isinstance(self.rejection_reason, Unset):
            rejection_reason = UNSET
        elif isinstance(self.rejection_reason, SpanRejectionReason):
            rejection_reason = self.rejection_reason.value
        else:
            rejection_reason = self.rejection_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "spans": spans,
            }
        )
        if request_logs is not UNSET:
            field_dict["request_logs"] = request_logs
        if rejected_span_ids is not UNSET:
            field_dict["rejected_span_ids"] = rejected_span_ids
        if rejected_trace_ids is not UNSET:
            field_dict["rejected_trace_ids"] = rejected_trace_ids
        if rejection_reason is not UNSET:
            field_dict["rejection_reason"] = rejection_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_spans_bulk_response_request_logs_type_0_item import (
            CreateSpansBulkResponseRequestLogsType0Item,  # noqa: PLC0415
        )
        from ..models.create_spans_bulk_response_spans_item import CreateSpansBulkResponseSpansItem  # noqa: PLC0415
        from ..models.span_rejection_reason import SpanRejectionReason  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        spans = []
        _spans = d.pop("spans")
        for spans_item_data in _spans:
            spans_item = CreateSpansBulkResponseSpansItem.from_dict(spans_item_data)

            spans.append(spans_item)

        def _parse_request_logs(
            data: object,
        ) -> list[CreateSpansBulkResponseRequestLogsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                request_logs_type_0 = []
                _request_logs_type_0 = data
                for request_logs_type_0_item_data in _request_logs_type_0:
                    request_logs_type_0_item = CreateSpansBulkResponseRequestLogsType0Item.from_dict(
                        request_logs_type_0_item_data
                    )

                    request_logs_type_0.append(request_logs_type_0_item)

                return request_logs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CreateSpansBulkResponseRequestLogsType0Item] | None | Unset, data)

        request_logs = _parse_request_logs(d.pop("request_logs", UNSET))

        def _parse_rejected_span_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rejected_span_ids_type_0 = cast(list[str], data)

                return rejected_span_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        rejected_span_ids = _parse_rejected_span_ids(d.pop("rejected_span_ids", UNSET))

        def _parse_rejected_trace_ids(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rejected_trace_ids_type_0 = cast(list[str], data)

                return rejected_trace_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        rejected_trace_ids = _parse_rejected_trace_ids(d.pop("rejected_trace_ids", UNSET))

        def _parse_rejection_reason(data: object) -> None | SpanRejectionReason | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rejection_reason_type_0 = SpanRejectionReason(data)

                return rejection_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SpanRejectionReason | Unset, data)

        rejection_reason = _parse_rejection_reason(d.pop("rejection_reason", UNSET))

        create_spans_bulk_response = cls(
            success=success,
            spans=spans,
            request_logs=request_logs,
            rejected_span_ids=rejected_span_ids,
            rejected_trace_ids=rejected_trace_ids,
            rejection_reason=rejection_reason,
        )

        create_spans_bulk_response.additional_properties = d
        return create_spans_bulk_response

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
