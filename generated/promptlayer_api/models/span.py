from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_request import LogRequest
    from ..models.span_attributes import SpanAttributes
    from ..models.span_context import SpanContext
    from ..models.span_events_item import SpanEventsItem
    from ..models.span_kind import SpanKind
    from ..models.span_links_item import SpanLinksItem
    from ..models.span_resource import SpanResource
    from ..models.span_status import SpanStatus


T = TypeVar("T", bound="Span")


@_attrs_define
class Span:
    """One OpenTelemetry-style span."""

    name: str
    """ Span name. """
    context: SpanContext
    """ Span identity. """
    kind: SpanKind
    """ OpenTelemetry span kind, as rendered by the Python SDK (e.g. SpanKind.CLIENT). """
    start_time: int
    """ Start, nanoseconds since epoch. """
    end_time: int
    """ End, nanoseconds since epoch. """
    status: SpanStatus
    """ Span status. """
    attributes: SpanAttributes
    """ Span attributes. """
    resource: SpanResource
    """ Resource that emitted the span. """
    parent_id: None | str | Unset = UNSET
    """ Parent span id. """
    events: list[SpanEventsItem] | Unset = UNSET
    """ Span events. """
    links: list[SpanLinksItem] | Unset = UNSET
    """ Span links. """
    log_request: LogRequest | None | Unset = UNSET
    """ Request log to create with the span (times default to the span's). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.log_request import LogRequest  # noqa: PLC0415

        name = self.name

        context = self.context.to_dict()

        kind = self.kind.value

        start_time = self.start_time

        end_time = self.end_time

        status = self.status.to_dict()

        attributes = self.attributes.to_dict()

        resource = self.resource.to_dict()

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

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

        log_request: dict[str, Any] | None | Unset
        if isinstance(self.log_request, Unset):
            log_request = UNSET
        elif isinstance(self.log_request, LogRequest):
            log_request = self.log_request.to_dict()
        else:
            log_request = self.log_request

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "context": context,
                "kind": kind,
                "start_time": start_time,
                "end_time": end_time,
                "status": status,
                "attributes": attributes,
                "resource": resource,
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if events is not UNSET:
            field_dict["events"] = events
        if links is not UNSET:
            field_dict["links"] = links
        if log_request is not UNSET:
            field_dict["log_request"] = log_request

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.log_request import LogRequest  # noqa: PLC0415
        from ..models.span_attributes import SpanAttributes  # noqa: PLC0415
        from ..models.span_context import SpanContext  # noqa: PLC0415
        from ..models.span_events_item import SpanEventsItem  # noqa: PLC0415
        from ..models.span_kind import SpanKind  # noqa: PLC0415
        from ..models.span_links_item import SpanLinksItem  # noqa: PLC0415
        from ..models.span_resource import SpanResource  # noqa: PLC0415
        from ..models.span_status import SpanStatus  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        context = SpanContext.from_dict(d.pop("context"))

        kind = SpanKind(d.pop("kind"))

        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        status = SpanStatus.from_dict(d.pop("status"))

        attributes = SpanAttributes.from_dict(d.pop("attributes"))

        resource = SpanResource.from_dict(d.pop("resource"))

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        _events = d.pop("events", UNSET)
        events: list[SpanEventsItem] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:
                events_item = SpanEventsItem.from_dict(events_item_data)

                events.append(events_item)

        _links = d.pop("links", UNSET)
        links: list[SpanLinksItem] | Unset = UNSET
        if _links is not UNSET:
            links = []
            for links_item_data in _links:
                links_item = SpanLinksItem.from_dict(links_item_data)

                links.append(links_item)

        def _parse_log_request(data: object) -> LogRequest | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                log_request_type_0 = LogRequest.from_dict(data)

                return log_request_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LogRequest | None | Unset, data)

        log_request = _parse_log_request(d.pop("log_request", UNSET))

        span = cls(
            name=name,
            context=context,
            kind=kind,
            start_time=start_time,
            end_time=end_time,
            status=status,
            attributes=attributes,
            resource=resource,
            parent_id=parent_id,
            events=events,
            links=links,
            log_request=log_request,
        )

        span.additional_properties = d
        return span

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
