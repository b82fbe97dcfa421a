from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.otlp_array_value import OtlpArrayValue


T = TypeVar("T", bound="OtlpAnyValue")


@_attrs_define
class OtlpAnyValue:
    """Attribute value; set exactly one field."""

    string_value: str | Unset = UNSET
    int_value: str | Unset = UNSET
    """ 64-bit integer in decimal string form. """
    double_value: float | Unset = UNSET
    bool_value: bool | Unset = UNSET
    array_value: OtlpArrayValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        string_value = self.string_value

        int_value = self.int_value

        double_value = self.double_value

        bool_value = self.bool_value

        array_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.array_value, Unset):
            array_value = self.array_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if string_value is not UNSET:
            field_dict["stringValue"] = string_value
        if int_value is not UNSET:
            field_dict["intValue"] = int_value
        if double_value is not UNSET:
            field_dict["doubleValue"] = double_value
        if bool_value is not UNSET:
            field_dict["boolValue"] = bool_value
        if array_value is not UNSET:
            field_dict["arrayValue"] = array_value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.otlp_array_value import OtlpArrayValue  # noqa: PLC0415

        d = dict(src_dict)
        string_value = d.pop("stringValue", UNSET)

        int_value = d.pop("intValue", UNSET)

        double_value = d.pop("doubleValue", UNSET)

        bool_value = d.pop("boolValue", UNSET)

        _array_value = d.pop("arrayValue", UNSET)
        array_value: OtlpArrayValue | Unset
        if isinstance(_array_value, Unset):
            array_value = UNSET
        else:
            array_value = OtlpArrayValue.from_dict(_array_value)

        otlp_any_value = cls(
            string_value=string_value,
            int_value=int_value,
            double_value=double_value,
            bool_value=bool_value,
            array_value=array_value,
        )

        otlp_any_value.additional_properties = d
        return otlp_any_value

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
