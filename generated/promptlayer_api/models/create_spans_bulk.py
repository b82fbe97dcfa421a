from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.span import Span


T = TypeVar("T", bound="CreateSpansBulk")


@_attrs_define
class CreateSpansBulk:
    """Batch of tracing spans, each optionally carrying a request log."""

    spans: list[Span]
    """ Spans to store. """
    close_after: bool | Unset = False
    """ Close the traces in this batch once stored. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spans = []
        for spans_item_data in self.spans:
            spans_item = spans_item_data.to_dict()
            spans.append(spans_item)

        close_after = self.close_after

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spans": spans,
            }
        )
        if close_after is not UNSET:
            field_dict["close_after"] = close_after

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.span import Span  # noqa: PLC0415

        d = dict(src_dict)
        spans = []
        _spans = d.pop("spans")
        for spans_item_data in _spans:
            spans_item = Span.from_dict(spans_item_data)

            spans.append(spans_item)

        close_after = d.pop("close_after", UNSET)

        create_spans_bulk = cls(
            spans=spans,
            close_after=close_after,
        )

        create_spans_bulk.additional_properties = d
        return create_spans_bulk

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
