from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_id import ExternalId
    from ..models.workflow_input_variable_types import WorkflowInputVariableTypes
    from ..models.workflow_version_edge import WorkflowVersionEdge
    from ..models.workflow_version_node import WorkflowVersionNode


T = TypeVar("T", bound="CreateWorkflowRequest")


@_attrs_define
class CreateWorkflowRequest:
    """The complete content of a workflow version. Give name for a new workflow, or workflow_id or workflow_name to add a
    version to an existing one.

    """

    nodes: list[WorkflowVersionNode]
    """ Every node of the version; at least one must be an output node. """
    name: None | str | Unset = UNSET
    """ Name of a new workflow; generated when left out. """
    workflow_id: int | None | Unset = UNSET
    """ Existing workflow to add the version to. """
    workflow_name: None | str | Unset = UNSET
    """ Existing workflow to add the version to, by name. """
    folder_id: int | None | Unset = UNSET
    commit_message: None | str | Unset = UNSET
    required_input_variables: WorkflowInputVariableTypes | Unset = UNSET
    """ Maps each input variable name to its type name. """
    edges: list[WorkflowVersionEdge] | None | Unset = UNSET
    release_labels: list[str] | None | Unset = UNSET
    """ Labels to point at the new version. """
    external_ids: list[ExternalId] | Unset = UNSET
    """ IDs of this workflow in other systems. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nodes = []
        for nodes_item_data in self.nodes:
            nodes_item = nodes_item_data.to_dict()
            nodes.append(nodes_item)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        workflow_id: int | None | Unset
        if isinstance(self.workflow_id, Unset):
            workflow_id = UNSET
        else:
            workflow_id = self.workflow_id

        workflow_name: None | str | Unset
        if isinstance(self.workflow_name, Unset):
            workflow_name = UNSET
        else:
            workflow_name = self.workflow_name

        folder_id: int | None | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        commit_message: None | str | Unset
        if isinstance(self.commit_message, Unset):
            commit_message = UNSET
        else:
            commit_message = self.commit_message

        required_input_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.required_input_variables, Unset):
            required_input_variables = self.required_input_variables.to_dict()

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

        external_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = []
            for external_ids_item_data in self.external_ids:
                external_ids_item = external_ids_item_data.to_dict()
                external_ids.append(external_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nodes": nodes,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if workflow_name is not UNSET:
            field_dict["workflow_name"] = workflow_name
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if commit_message is not UNSET:
            field_dict["commit_message"] = commit_message
        if required_input_variables is not UNSET:
            field_dict["required_input_variables"] = required_input_variables
        if edges is not UNSET:
            field_dict["edges"] = edges
        if release_labels is not UNSET:
            field_dict["release_labels"] = release_labels
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_id import ExternalId  # noqa: PLC0415
        from ..models.workflow_input_variable_types import WorkflowInputVariableTypes  # noqa: PLC0415
        from ..models.workflow_version_edge import WorkflowVersionEdge  # noqa: PLC0415
        from ..models.workflow_version_node import WorkflowVersionNode  # noqa: PLC0415

        d = dict(src_dict)
        nodes = []
        _nodes = d.pop("nodes")
        for nodes_item_data in _nodes:
            nodes_item = WorkflowVersionNode.from_dict(nodes_item_data)

            nodes.append(nodes_item)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_workflow_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workflow_id = _parse_workflow_id(d.pop("workflow_id", UNSET))

        def _parse_workflow_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workflow_name = _parse_workflow_name(d.pop("workflow_name", UNSET))

        def _parse_folder_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        folder_id = _parse_folder_id(d.pop("folder_id", UNSET))

        def _parse_commit_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commit_message = _parse_commit_message(d.pop("commit_message", UNSET))

        _required_input_variables = d.pop("required_input_variables", UNSET)
        required_input_variables: WorkflowInputVariableTypes | Unset
        if isinstance(_required_input_variables, Unset):
            required_input_variables = UNSET
        else:
            required_input_variables = WorkflowInputVariableTypes.from_dict(_required_input_variables)

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

        _external_ids = d.pop("external_ids", UNSET)
        external_ids: list[ExternalId] | Unset = UNSET
        if _external_ids is not UNSET:
            external_ids = []
            for external_ids_item_data in _external_ids:
                external_ids_item = ExternalId.from_dict(external_ids_item_data)

                external_ids.append(external_ids_item)

        create_workflow_request = cls(
            nodes=nodes,
            name=name,
            workflow_id=workflow_id,
            workflow_name=workflow_name,
            folder_id=folder_id,
            commit_message=commit_message,
            required_input_variables=required_input_variables,
            edges=edges,
            release_labels=release_labels,
            external_ids=external_ids,
        )

        create_workflow_request.additional_properties = d
        return create_workflow_request

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
