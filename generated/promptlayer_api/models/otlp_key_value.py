from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.otlp_any_value import OtlpAnyValue


T = TypeVar("T", bound="OtlpKeyValue")


@_attrs_define
class OtlpKeyValue:
    """One attribute."""

    key: str
    value: OtlpAnyValue
    """ Attribute value; set exactly one field. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        value = self.value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.otlp_any_value import OtlpAnyValue  # noqa: PLC0415

        d = dict(src_dict)
        key = d.pop("key")

        value = OtlpAnyValue.from_dict(d.pop("value"))

        otlp_key_value = cls(
            key=key,
            value=value,
        )

        otlp_key_value.additional_properties = d
        return otlp_key_value

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
