from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowVersionNodeSummary")


@_attrs_define
class WorkflowVersionNodeSummary:
    """A node of the version that was created."""

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    node_type: str | Unset = UNSET
    is_output_node: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        node_type = self.node_type

        is_output_node = self.is_output_node

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if node_type is not UNSET:
            field_dict["node_type"] = node_type
        if is_output_node is not UNSET:
            field_dict["is_output_node"] = is_output_node

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        node_type = d.pop("node_type", UNSET)

        is_output_node = d.pop("is_output_node", UNSET)

        workflow_version_node_summary = cls(
            id=id,
            name=name,
            node_type=node_type,
            is_output_node=is_output_node,
        )

        workflow_version_node_summary.additional_properties = d
        return workflow_version_node_summary

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
