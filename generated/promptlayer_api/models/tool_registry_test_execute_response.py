from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_registry_test_result import ToolRegistryTestResult


T = TypeVar("T", bound="ToolRegistryTestExecuteResponse")


@_attrs_define
class ToolRegistryTestExecuteResponse:
    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    result: ToolRegistryTestResult | Unset = UNSET
    """ Outcome of the trial run. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message
        if result is not UNSET:
            field_dict["result"] = result

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_registry_test_result import ToolRegistryTestResult  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        message = d.pop("message", UNSET)

        _result = d.pop("result", UNSET)
        result: ToolRegistryTestResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = ToolRegistryTestResult.from_dict(_result)

        tool_registry_test_execute_response = cls(
            success=success,
            message=message,
            result=result,
        )

        tool_registry_test_execute_response.additional_properties = d
        return tool_registry_test_execute_response

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
