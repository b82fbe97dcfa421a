from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_version_node_configuration import WorkflowVersionNodeConfiguration


T = TypeVar("T", bound="WorkflowVersionNode")


@_attrs_define
class WorkflowVersionNode:
    """A node as written into a new workflow version."""

    name: str
    """ Unique among the version's nodes. """
    node_type: str
    """ Kind of node, e.g. VARIABLE, PROMPT_TEMPLATE or CODE_EXECUTION. """
    configuration: WorkflowVersionNodeConfiguration
    """ Settings whose shape depends on node_type. """
    is_output_node: bool
    dependencies: list[str] | Unset = UNSET
    """ Names of the nodes and input variables this node reads. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        node_type = self.node_type

        configuration = self.configuration.to_dict()

        is_output_node = self.is_output_node

        dependencies: list[str] | Unset = UNSET
        if not isinstance(self.dependencies, Unset):
            dependencies = self.dependencies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "node_type": node_type,
                "configuration": configuration,
                "is_output_node": is_output_node,
            }
        )
        if dependencies is not UNSET:
            field_dict["dependencies"] = dependencies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_version_node_configuration import WorkflowVersionNodeConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        node_type = d.pop("node_type")

        configuration = WorkflowVersionNodeConfiguration.from_dict(d.pop("configuration"))

        is_output_node = d.pop("is_output_node")

        dependencies = cast(list[str], d.pop("dependencies", UNSET))

        workflow_version_node = cls(
            name=name,
            node_type=node_type,
            configuration=configuration,
            is_output_node=is_output_node,
            dependencies=dependencies,
        )

        workflow_version_node.additional_properties = d
        return workflow_version_node

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
