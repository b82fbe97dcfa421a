from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.otlp_key_value import OtlpKeyValue
    from ..models.otlp_span_event import OtlpSpanEvent
    from ..models.otlp_span_kind import OtlpSpanKind
    from ..models.otlp_span_link import OtlpSpanLink
    from ..models.otlp_span_status import OtlpSpanStatus


T = TypeVar("T", bound="OtlpSpan")


@_attrs_define
class OtlpSpan:
    """One span in OTLP/JSON form."""

    trace_id: str
    """ 16-byte trace id as 32 hex digits. """
    span_id: str
    """ 8-byte span id as 16 hex digits. """
    name: str
    start_time_unix_nano: str
    """ Start, in Unix nanoseconds, as a decimal string. """
    parent_span_id: str | Unset = UNSET
    """ Parent's span id; empty or absent on a root span. """
    kind: OtlpSpanKind | Unset = UNSET
    """ 0 unspecified, 1 internal, 2 server, 3 client, 4 producer, 5 consumer. """
    end_time_unix_nano: str | Unset = UNSET
    """ End, in Unix nanoseconds, as a decimal string. """
    attributes: list[OtlpKeyValue] | Unset = UNSET
    """ Span attributes; gen_ai.* semantic-convention keys are picked up by PromptLayer. """
    status: OtlpSpanStatus | Unset = UNSET
    events: list[OtlpSpanEvent] | Unset = UNSET
    links: list[OtlpSpanLink] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trace_id = self.trace_id

        span_id = self.span_id

        name = self.name

        start_time_unix_nano = self.start_time_unix_nano

        parent_span_id = self.parent_span_id

        kind: int | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        end_time_unix_nano = self.end_time_unix_nano

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        events: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item = events_item_data.to_dict()
                events.append(events_item)

        links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = []
            for links_item_data in self.links:
                links_item = links_item_data.to_dict()
                links.append(links_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "traceId": trace_id,
                "spanId": span_id,
                "name": name,
                "startTimeUnixNano": start_time_unix_nano,
            }
        )
        if parent_span_id is not UNSET:
            field_dict["parentSpanId"] = parent_span_id
        if kind is not UNSET:
            field_dict["kind"] = kind
        if end_time_unix_nano is not UNSET:
            field_dict["endTimeUnixNano"] = end_time_unix_nano
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if status is not UNSET:
            field_dict["status"] = status
        if events is not UNSET:
            field_dict["events"] = events
        if links is not UNSET:
            field_dict["links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.otlp_key_value import OtlpKeyValue  # noqa: PLC0415
        from ..models.otlp_span_event import OtlpSpanEvent  # noqa: PLC0415
        from ..models.otlp_span_kind import OtlpSpanKind  # noqa: PLC0415
        from ..models.otlp_span_link import OtlpSpanLink  # noqa: PLC0415
        from ..models.otlp_span_status import OtlpSpanStatus  # noqa: PLC0415

        d = dict(src_dict)
        trace_id = d.pop("traceId")

        span_id = d.pop("spanId")

        name = d.pop("name")

        start_time_unix_nano = d.pop("startTimeUnixNano")

        parent_span_id = d.pop("parentSpanId", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: OtlpSpanKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = OtlpSpanKind(_kind)

        end_time_unix_nano = d.pop("endTimeUnixNano", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: list[OtlpKeyValue] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = OtlpKeyValue.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        _status = d.pop("status", UNSET)
        status: OtlpSpanStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OtlpSpanStatus.from_dict(_status)

        _events = d.pop("events", UNSET)
        events: list[OtlpSpanEvent] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = OtlpSpanEvent.from_dict(events_item_data)

                events.append(events_item)

        _links = d.pop("links", UNSET)
        links: list[OtlpSpanLink] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = OtlpSpanLink.from_dict(links_item_data)

                links.append(links_item)

        otlp_span = cls(
            trace_id=trace_id,
            span_id=span_id,
            name=name,
            start_time_unix_nano=start_time_unix_nano,
            parent_span_id=parent_span_id,
            kind=kind,
            end_time_unix_nano=end_time_unix_nano,
            attributes=attributes,
            status=status,
            events=events,
            links=links,
        )

        otlp_span.additional_properties = d
        return otlp_span

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
