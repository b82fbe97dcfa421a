from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvaluationRowCell")


@_attrs_define
class EvaluationRowCell:
    """A cell holding an evaluation column's result."""

    type_: Literal["eval"]
    status: str
    """ Cell state (PASSED, FAILED, RUNNING, SKIPPED, ...). """
    value: Any | Unset = UNSET
    """ The result, any JSON or null. """
    error_message: None | str | Unset = UNSET
    """ Why the cell failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        status = self.status

        value = self.value

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "status": status,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["eval"], d.pop("type"))
        if type_ != "eval":
            raise ValueError(f"type must match const 'eval', got '{type_}'")

        status = d.pop("status")

        value = d.pop("value", UNSET)

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        evaluation_row_cell = cls(
            type_=type_,
            status=status,
            value=value,
            error_message=error_message,
        )

        evaluation_row_cell.additional_properties = d
        return evaluation_row_cell

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
