from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.otlp_status_code import OtlpStatusCode


T = TypeVar("T", bound="OtlpSpanStatus")


@_attrs_define
class OtlpSpanStatus:
    code: OtlpStatusCode | Unset = UNSET
    """ 0 unset, 1 ok, 2 error. """
    message: str | Unset = UNSET
    """ Usually set only with the error code. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: int | Unset = UNSET
        if not isinstance(self.code, Unset):
            code = self.code.value

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.otlp_status_code import OtlpStatusCode  # noqa: PLC0415

        d = dict(src_dict)
        _code = d.pop("code", UNSET)
        code: OtlpStatusCode | Unset
        if isinstance(_code, Unset):
            code = UNSET
        else:
            code = OtlpStatusCode(_code)

        message = d.pop("message", UNSET)

        otlp_span_status = cls(
            code=code,
            message=message,
        )

        otlp_span_status.additional_properties = d
        return otlp_span_status

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
