from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.tool_registry_definition import ToolRegistryDefinition
    from ..models.tool_registry_execution import ToolRegistryExecution
    from ..models.tool_registry_test_inputs import ToolRegistryTestInputs


T = TypeVar("T", bound="ToolRegistryTestExecuteRequest")


@_attrs_define
class ToolRegistryTestExecuteRequest:
    """Inputs for a trial run; execution and tool_definition try unsaved changes without storing them."""

    inputs: ToolRegistryTestInputs | Unset = UNSET
    """ Arguments for the tool, keyed by parameter name, as a model would send them. """
    execution: None | ToolRegistryExecution | Unset = UNSET
    tool_definition: None | ToolRegistryDefinition | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tool_registry_definition import ToolRegistryDefinition  # noqa: PLC0415
        from ..models.tool_registry_execution import ToolRegistryExecution  # noqa: PLC0415

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        execution: dict[str, Any] | None | Unset
        if isinstance(self.execution, Unset):
            execution = UNSET
        elif isinstance(self.execution, ToolRegistryExecution):
            execution = self.execution.to_dict()
        else:
            execution = self.execution

        tool_definition: dict[str, Any] | None | Unset
        if isinstance(self.tool_definition, Unset):
            tool_definition = UNSET
        elif isinstance(self.tool_definition, ToolRegistryDefinition):
            tool_definition = self.tool_definition.to_dict()
        else:
            tool_definition = self.tool_definition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if execution is not UNSET:
            field_dict["execution"] = execution
        if tool_definition is not UNSET:
            field_dict["tool_definition"] = tool_definition

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_registry_definition import ToolRegistryDefinition  # noqa: PLC0415
        from ..models.tool_registry_execution import ToolRegistryExecution  # noqa: PLC0415
        from ..models.tool_registry_test_inputs import ToolRegistryTestInputs  # noqa: PLC0415

        d = dict(src_dict)
        _inputs = d.pop("inputs", UNSET)
        inputs: ToolRegistryTestInputs | Unset
        if isinstance(_inputs, Unset):
            inputs = UNSET
        else:
            inputs = ToolRegistryTestInputs.from_dict(_inputs)

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

        def _parse_tool_definition(data: object) -> None | ToolRegistryDefinition | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_definition_type_0 = ToolRegistryDefinition.from_dict(data)

                return tool_definition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ToolRegistryDefinition | Unset, data)

        tool_definition = _parse_tool_definition(d.pop("tool_definition", UNSET))

        tool_registry_test_execute_request = cls(
            inputs=inputs,
            execution=execution,
            tool_definition=tool_definition,
        )

        tool_registry_test_execute_request.additional_properties = d
        return tool_registry_test_execute_request

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
