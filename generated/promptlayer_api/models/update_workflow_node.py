from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_workflow_node_configuration_type_0 import UpdateWorkflowNodeConfigurationType0


T = TypeVar("T", bound="UpdateWorkflowNode")


@_attrs_define
class UpdateWorkflowNode:
    """Changes to one node; configuration is deep-merged into the old one, dependencies replace the old list. node_type is
    needed for a new node.

    """

    node_type: None | str | Unset = UNSET
    configuration: None | Unset | UpdateWorkflowNodeConfigurationType0 = UNSET
    dependencies: list[str] | None | Unset = UNSET
    is_output_node: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_workflow_node_configuration_type_0 import UpdateWorkflowNodeConfigurationType0  # noqa: PLC0415

        node_type: None | str | Unset
        if isinstance(self.node_type, Unset):
            node_type = UNSET
        else:
            node_type = self.node_type

        configuration: dict[str, Any] | None | Unset
        if isinstance(self.configuration, Unset):
            configuration = UNSET
        elif isinstance(self.configuration, UpdateWorkflowNodeConfigurationType0):
            configuration = self.configuration.to_dict()
        else:
            configuration = self.configuration

        dependencies: list[str] | None | Unset
        if isinstance(self.dependencies, Unset):
            dependencies = UNSET
        elif isinstance(self.dependencies, list):
            dependencies = self.dependencies

        else:
            dependencies = self.dependencies

        is_output_node: bool | None | Unset
        if isinstance(self.is_output_node, Unset):
            is_output_node = UNSET
        else:
            is_output_node = self.is_output_node

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_type is not UNSET:
            field_dict["node_type"] = node_type
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if dependencies is not UNSET:
            field_dict["dependencies"] = dependencies
        if is_output_node is not UNSET:
            field_dict["is_output_node"] = is_output_node

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_workflow_node_configuration_type_0 import UpdateWorkflowNodeConfigurationType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_node_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        node_type = _parse_node_type(d.pop("node_type", UNSET))

        def _parse_configuration(data: object) -> None | Unset | UpdateWorkflowNodeConfigurationType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                configuration_type_0 = UpdateWorkflowNodeConfigurationType0.from_dict(data)

                return configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateWorkflowNodeConfigurationType0, data)

        configuration = _parse_configuration(d.pop("configuration", UNSET))

        def _parse_dependencies(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dependencies_type_0 = cast(list[str], data)

                return dependencies_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        dependencies = _parse_dependencies(d.pop("dependencies", UNSET))

        def _parse_is_output_node(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_output_node = _parse_is_output_node(d.pop("is_output_node", UNSET))

        update_workflow_node = cls(
            node_type=node_type,
            configuration=configuration,
            dependencies=dependencies,
            is_output_node=is_output_node,
        )

        update_workflow_node.additional_properties = d
        return update_workflow_node

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
