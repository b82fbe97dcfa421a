from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trace_closure import TraceClosure


T = TypeVar("T", bound="CloseTraceResponse")


@_attrs_define
class CloseTraceResponse:
    """Result of closing a trace."""

    success: bool | Unset = UNSET
    closure: TraceClosure | Unset = UNSET
    """ Record showing that a trace was closed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        closure: dict[str, Any] | Unset = UNSET
        if not isinstance(self.closure, Unset):
            closure = self.closure.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if closure is not UNSET:
            field_dict["closure"] = closure

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.trace_closure import TraceClosure  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _closure = d.pop("closure", UNSET)
        closure: TraceClosure | Unset
        if isinstance(_closure, Unset):
            closure = UNSET
        else:
            closure = TraceClosure.from_dict(_closure)

        close_trace_response = cls(
            success=success,
            closure=closure,
        )

        close_trace_response.additional_properties = d
        return close_trace_response

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
