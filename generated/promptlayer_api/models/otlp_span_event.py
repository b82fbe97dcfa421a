from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.otlp_key_value import OtlpKeyValue


T = TypeVar("T", bound="OtlpSpanEvent")


@_attrs_define
class OtlpSpanEvent:
    """A timestamped event inside a span, such as an exception."""

    time_unix_nano: str | Unset = UNSET
    name: str | Unset = UNSET
    attributes: list[OtlpKeyValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        time_unix_nano = self.time_unix_nano

        name = self.name

        attributes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attributes, Unset):
            attributes = []
            for attributes_item_data in self.attributes:
                attributes_item = attributes_item_data.to_dict()
                attributes.append(attributes_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if time_unix_nano is not UNSET:
            field_dict["timeUnixNano"] = time_unix_nano
        if name is not UNSET:
            field_dict["name"] = name
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.otlp_key_value import OtlpKeyValue  # noqa: PLC0415

        d = dict(src_dict)
        time_unix_nano = d.pop("timeUnixNano", UNSET)

        name = d.pop("name", UNSET)

        _attributes = d.pop("attributes", UNSET)
        attributes: list[OtlpKeyValue] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = OtlpKeyValue.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        otlp_span_event = cls(
            time_unix_nano=time_unix_nano,
            name=name,
            attributes=attributes,
        )

        otlp_span_event.additional_properties = d
        return otlp_span_event

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
