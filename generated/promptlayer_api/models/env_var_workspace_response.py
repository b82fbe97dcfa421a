from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.env_var import EnvVar


T = TypeVar("T", bound="EnvVarWorkspaceResponse")


@_attrs_define
class EnvVarWorkspaceResponse:
    success: bool | Unset = UNSET
    workspace_env_var: EnvVar | Unset = UNSET
    """ A stored environment variable. The secret value is never returned; value_suffix shows its last characters so
    a user can tell values apart. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        workspace_env_var: dict[str, Any] | Unset = UNSET
        if not isinstance(self.workspace_env_var, Unset):
            workspace_env_var = self.workspace_env_var.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if workspace_env_var is not UNSET:
            field_dict["workspace_env_var"] = workspace_env_var

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.env_var import EnvVar  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _workspace_env_var = d.pop("workspace_env_var", UNSET)
        workspace_env_var: EnvVar | Unset
        if isinstance(_workspace_env_var, Unset):
            workspace_env_var = UNSET
        else:
            workspace_env_var = EnvVar.from_dict(_workspace_env_var)

        env_var_workspace_response = cls(
            success=success,
            workspace_env_var=workspace_env_var,
        )

        env_var_workspace_response.additional_properties = d
        return env_var_workspace_response

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
