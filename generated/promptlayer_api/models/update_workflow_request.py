from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_workflow_nodes import UpdateWorkflowNodes
    from ..models.workflow_input_variable_types import WorkflowInputVariableTypes
    from ..models.workflow_version_edge import WorkflowVersionEdge


T = TypeVar("T", bound="UpdateWorkflowRequest")


@_attrs_define
class UpdateWorkflowRequest:
    """Changes to apply to a base version (the latest by default); the result is saved as a new version."""

    base_version: int | None | Unset = UNSET
    """ Version number to start from. """
    commit_message: None | str | Unset = UNSET
    nodes: None | Unset | UpdateWorkflowNodes = UNSET
    required_input_variables: None | Unset | WorkflowInputVariableTypes = UNSET
    """ Replaces the input variables when given. """
    edges: list[WorkflowVersionEdge] | None | Unset = UNSET
    """ Replaces the edges when given; when left out, edges to removed nodes are dropped and the rest kept. """
    release_labels: list[str] | None | Unset = UNSET
    """ Labels to point at the new version. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_workflow_nodes import UpdateWorkflowNodes  # noqa: PLC0415
        from ..models.workflow_input_variable_types import WorkflowInputVariableTypes  # noqa: PLC0415

        base_version: int | None | Unset
        if isinstance(self.base_version, Unset):
            base_version = UNSET
        else:
            base_version = self.base_version

        commit_message: None | str | Unset
        if isinstance(self.commit_message, Unset):
            commit_message = UNSET
        else:
            commit_message = self.commit_message

        nodes: dict[str, Any] | None | Unset
        if isinstance(self.nodes, Unset):
            nodes = UNSET
        elif isinstance(self.nodes, UpdateWorkflowNodes):
            nodes = self.nodes.to_dict()
        else:
            nodes = self.nodes

        required_input_variables: dict[str, Any] | None | Unset
        if isinstance(self.required_input_variables, Unset):
            required_input_variables = UNSET
        elif isinstance(self.required_input_variables, WorkflowInputVariableTypes):
            required_input_variables = self.required_input_variables.to_dict()
        else:
            required_input_variables = self.required_input_variables

        edges: list[dict[str, Any]] | None | Unset
        if isinstance(self.edges, Unset):
            edges = UNSET
        elif isinstance(self.edges, list):
            edges = []
            for edges_type_0_item_data in self.edges:
                edges_type_0_item = edges_type_0_item_data.to_dict()
                edges.append(edges_type_0_item)

        else:
            edges = self.edges

        release_labels: list[str] | None | Unset
        if isinstance(self.release_labels, Unset):
            release_labels = UNSET
        elif isinstance(self.release_labels, list):
            release_labels = self.release_labels

        else:
            release_labels = self.release_labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if base_version is not UNSET:
            field_dict["base_version"] = base_version
        if commit_message is not UNSET:
            field_dict["commit_message"] = commit_message
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if required_input_variables is not UNSET:
            field_dict["required_input_variables"] = required_input_variables
        if edges is not UNSET:
            field_dict["edges"] = edges
        if release_labels is not UNSET:
            field_dict["release_labels"] = release_labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_workflow_nodes import UpdateWorkflowNodes  # noqa: PLC0415
        from ..models.workflow_input_variable_types import WorkflowInputVariableTypes  # noqa: PLC0415
        from ..models.workflow_version_edge import WorkflowVersionEdge  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_base_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        base_version = _parse_base_version(d.pop("base_version", UNSET))

        def _parse_commit_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commit_message = _parse_commit_message(d.pop("commit_message", UNSET))

        def _parse_nodes(data: object) -> None | Unset | UpdateWorkflowNodes:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                nodes_type_0 = UpdateWorkflowNodes.from_dict(data)

                return nodes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateWorkflowNodes, data)

        nodes = _parse_nodes(d.pop("nodes", UNSET))

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

        def _parse_edges(data: object) -> list[WorkflowVersionEdge] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                edges_type_0 = []
                _edges_type_0 = data
                for edges_type_0_item_data in _edges_type_0:
                    edges_type_0_item = WorkflowVersionEdge.from_dict(edges_type_0_item_data)

                    edges_type_0.append(edges_type_0_item)

                return edges_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[WorkflowVersionEdge] | None | Unset, data)

        edges = _parse_edges(d.pop("edges", UNSET))

        def _parse_release_labels(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                release_labels_type_0 = cast(list[str], data)

                return release_labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        release_labels = _parse_release_labels(d.pop("release_labels", UNSET))

        update_workflow_request = cls(
            base_version=base_version,
            commit_message=commit_message,
            nodes=nodes,
            required_input_variables=required_input_variables,
            edges=edges,
            release_labels=release_labels,
        )

        update_workflow_request.additional_properties = d
        return update_workflow_request

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
