from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.env_var import EnvVar


T = TypeVar("T", bound="EnvVarToolListResponse")


@_attrs_define
class EnvVarToolListResponse:
    success: bool | Unset = UNSET
    tool_env_vars: list[EnvVar] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        tool_env_vars: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tool_env_vars, Unset):
            tool_env_vars = []
            for tool_env_vars_item_data in self.tool_env_vars:
                tool_env_vars_item = tool_env_vars_item_data.to_dict()
                tool_env_vars.append(tool_env_vars_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if tool_env_vars is not UNSET:
            field_dict["tool_env_vars"] = tool_env_vars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.env_var import EnvVar  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _tool_env_vars = d.pop("tool_env_vars", UNSET)
        tool_env_vars: list[EnvVar] | Unset = UNSET
        if _tool_env_vars is not UNSET:
            tool_env_vars = []
            for tool_env_vars_item_data in _tool_env_vars:
                tool_env_vars_item = EnvVar.from_dict(tool_env_vars_item_data)

                tool_env_vars.append(tool_env_vars_item)

        env_var_tool_list_response = cls(
            success=success,
            tool_env_vars=tool_env_vars,
        )

        env_var_tool_list_response.additional_properties = d
        return env_var_tool_list_response

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
