from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.span_resource_attributes import SpanResourceAttributes


T = TypeVar("T", bound="SpanResource")


@_attrs_define
class SpanResource:
    """Resource that emitted the span."""

    attributes: SpanResourceAttributes
    """ Resource attributes. """
    schema_url: str
    """ Semantic-conventions schema URL. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attributes = self.attributes.to_dict()

        schema_url = self.schema_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attributes": attributes,
                "schema_url": schema_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.span_resource_attributes import SpanResourceAttributes  # noqa: PLC0415

        d = dict(src_dict)
        attributes = SpanResourceAttributes.from_dict(d.pop("attributes"))

        schema_url = d.pop("schema_url")

        span_resource = cls(
            attributes=attributes,
            schema_url=schema_url,
        )

        span_resource.additional_properties = d
        return span_resource

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
