from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workflow_version_edge_condition import WorkflowVersionEdgeCondition


T = TypeVar("T", bound="WorkflowVersionEdge")


@_attrs_define
class WorkflowVersionEdge:
    """A conditional connection written into a new workflow version."""

    source_node_name: str
    target_node_name: str
    is_and: bool
    """ True when every condition must hold, false when any suffices. """
    conditionals: list[WorkflowVersionEdgeCondition]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_node_name = self.source_node_name

        target_node_name = self.target_node_name

        is_and = self.is_and

        conditionals = []
        for conditionals_item_data in self.conditionals:
            conditionals_item = conditionals_item_data.to_dict()
            conditionals.append(conditionals_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_node_name": source_node_name,
                "target_node_name": target_node_name,
                "is_and": is_and,
                "conditionals": conditionals,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_version_edge_condition import WorkflowVersionEdgeCondition  # noqa: PLC0415

        d = dict(src_dict)
        source_node_name = d.pop("source_node_name")

        target_node_name = d.pop("target_node_name")

        is_and = d.pop("is_and")

        conditionals = []
        _conditionals = d.pop("conditionals")
        for conditionals_item_data in _conditionals:
            conditionals_item = WorkflowVersionEdgeCondition.from_dict(conditionals_item_data)

            conditionals.append(conditionals_item)

        workflow_version_edge = cls(
            source_node_name=source_node_name,
            target_node_name=target_node_name,
            is_and=is_and,
            conditionals=conditionals,
        )

        workflow_version_edge.additional_properties = d
        return workflow_version_edge

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
