from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_edge import WorkflowEdge
    from ..models.workflow_input_variable_types import WorkflowInputVariableTypes
    from ..models.workflow_node import WorkflowNode


T = TypeVar("T", bound="GetWorkflowResponse")


@_attrs_define
class GetWorkflowResponse:
    """A workflow version in full."""

    success: bool
    workflow_id: int
    workflow_name: str
    version: int
    workflow_version_id: int
    nodes: list[WorkflowNode]
    edges: list[WorkflowEdge]
    commit_message: None | str | Unset = UNSET
    required_input_variables: None | Unset | WorkflowInputVariableTypes = UNSET
    release_labels: list[str] | Unset = UNSET
    """ Labels pointing at this version. """
    created_at: None | str | Unset = UNSET
    """ ISO 8601 creation time of the version. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.workflow_input_variable_types import WorkflowInputVariableTypes  # noqa: PLC0415

        success = self.success

        workflow_id = self.workflow_id

        workflow_name = self.workflow_name

        version = self.version

        workflow_version_id = self.workflow_version_id

        nodes = []
        for nodes_item_data in self.nodes:
            nodes_item = nodes_item_data.to_dict()
            nodes.append(nodes_item)

        edges = []
        for edges_item_data in self.edges:
            edges_item = edges_item_data.to_dict()
            edges.append(edges_item)

        commit_message: None | str | Unset
        if isinstance(self.commit_message, Unset):
            commit_message = UNSET
        else:
            commit_message = self.commit_message

        required_input_variables: dict[str, Any] | None | Unset
        if isinstance(self.required_input_variables, Unset):
            required_input_variables = UNSET
        elif isinstance(self.required_input_variables, WorkflowInputVariableTypes):
            required_input_variables = self.required_input_variables.to_dict()
        else:
            required_input_variables = self.required_input_variables

        release_labels: list[str] | Unset = UNSET
        if not isinstance(self.release_labels, Unset):
            release_labels = self.release_labels

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "workflow_id": workflow_id,
                "workflow_name": workflow_name,
                "version": version,
                "workflow_version_id": workflow_version_id,
                "nodes": nodes,
                "edges": edges,
            }
        )
        if commit_message is not UNSET:
            field_dict["commit_message"] = commit_message
        if required_input_variables is not UNSET:
            field_dict["required_input_variables"] = required_input_variables
        if release_labels is not UNSET:
            field_dict["release_labels"] = release_labels
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_edge import WorkflowEdge  # noqa: PLC0415
        from ..models.workflow_input_variable_types import WorkflowInputVariableTypes  # noqa: PLC0415
        from ..models.workflow_node import WorkflowNode  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        workflow_id = d.pop("workflow_id")

        workflow_name = d.pop("workflow_name")

        version = d.pop("version")

        workflow_version_id = d.pop("workflow_version_id")

        nodes = []
        _nodes = d.pop("nodes")
        for nodes_item_data in _nodes:
            nodes_item = WorkflowNode.from_dict(nodes_item_data)

            nodes.append(nodes_item)

        edges = []
        _edges = d.pop("edges")
        for edges_item_data in _edges:
            edges_item = WorkflowEdge.from_dict(edges_item_data)

            edges.append(edges_item)

        def _parse_commit_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commit_message = _parse_commit_message(d.pop("commit_message", UNSET))

        def _parse_required_input_variables(data: object) -> None | Unset | WorkflowInputVariableTypes:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                required_input_variables_type_0 = WorkflowInputVariableTypes.from_dict(data)

                return required_input_variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WorkflowInputVariableTypes, data)

        required_input_variables = _parse_required_input_variables(d.pop("required_input_variables", UNSET))

        release_labels = cast(list[str], d.pop("release_labels", UNSET))

        def _parse_created_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        get_workflow_response = cls(
            success=success,
            workflow_id=workflow_id,
            workflow_name=workflow_name,
            version=version,
            workflow_version_id=workflow_version_id,
            nodes=nodes,
            edges=edges,
            commit_message=commit_message,
            required_input_variables=required_input_variables,
            release_labels=release_labels,
            created_at=created_at,
        )

        get_workflow_response.additional_properties = d
        return get_workflow_response

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
