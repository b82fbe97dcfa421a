from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CodeExecutionResultContent")


@_attrs_define
class CodeExecutionResultContent:
    """Output of a code execution tool."""

    output: str
    """ Captured output. """
    type_: Literal["code_execution_result"] | Unset = "code_execution_result"
    """ Block kind. """
    outcome: str | Unset = "OUTCOME_OK"
    """ Outcome code reported by the provider. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        output = self.output

        type_ = self.type_

        outcome = self.outcome

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "output": output,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if outcome is not UNSET:
            field_dict["outcome"] = outcome

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        output = d.pop("output")

        type_ = cast(Literal["code_execution_result"] | Unset, d.pop("type", UNSET))
        if type_ != "code_execution_result" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'code_execution_result', got '{type_}'")

        outcome = d.pop("outcome", UNSET)

        code_execution_result_content = cls(
            output=output,
            type_=type_,
            outcome=outcome,
        )

        code_execution_result_content.additional_properties = d
        return code_execution_result_content

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
