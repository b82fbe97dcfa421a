from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_registry_definition import ToolRegistryDefinition
    from ..models.tool_registry_execution import ToolRegistryExecution


T = TypeVar("T", bound="ToolRegistryVersionCreateRequest")


@_attrs_define
class ToolRegistryVersionCreateRequest:
    """The content of a new tool version."""

    tool_definition: ToolRegistryDefinition
    """ The tool as a model sees it, in OpenAI function-calling form (type, function name, parameters schema). """
    execution: None | ToolRegistryExecution | Unset = UNSET
    commit_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tool_registry_execution import ToolRegistryExecution  # noqa: PLC0415

        tool_definition = self.tool_definition.to_dict()

        execution: dict[str, Any] | None | Unset
        if isinstance(self.execution, Unset):
            execution = UNSET
        elif isinstance(self.execution, ToolRegistryExecution):
            execution = self.execution.to_dict()
        else:
            execution = self.execution

        commit_message: None | str | Unset
        if isinstance(self.commit_message, Unset):
            commit_message = UNSET
        else:
            commit_message = self.commit_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_definition": tool_definition,
            }
        )
        if execution is not UNSET:
            field_dict["execution"] = execution
        if commit_message is not UNSET:
            field_dict["commit_message"] = commit_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_registry_definition import ToolRegistryDefinition  # noqa: PLC0415
        from ..models.tool_registry_execution import ToolRegistryExecution  # noqa: PLC0415

        d = dict(src_dict)
        tool_definition = ToolRegistryDefinition.from_dict(d.pop("tool_definition"))

        def _parse_execution(data: object) -> None | ToolRegistryExecution | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                execution_type_0 = ToolRegistryExecution.from_dict(data)

                return execution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolRegistryExecution | Unset, data)

        execution = _parse_execution(d.pop("execution", UNSET))

        def _parse_commit_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commit_message = _parse_commit_message(d.pop("commit_message", UNSET))

        tool_registry_version_create_request = cls(
            tool_definition=tool_definition,
            execution=execution,
            commit_message=commit_message,
        )

        tool_registry_version_create_request.additional_properties = d
        return tool_registry_version_create_request

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
