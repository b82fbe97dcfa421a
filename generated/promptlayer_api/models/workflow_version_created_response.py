from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_id import ExternalId
    from ..models.workflow_input_variable_types import WorkflowInputVariableTypes
    from ..models.workflow_version_node_summary import WorkflowVersionNodeSummary


T = TypeVar("T", bound="WorkflowVersionCreatedResponse")


@_attrs_define
class WorkflowVersionCreatedResponse:
    """The workflow version that a create or patch saved."""

    success: bool
    workflow_id: int
    workflow_name: str
    workflow_version_id: int
    version_number: int
    external_ids: list[ExternalId]
    base_version: int | None | Unset = UNSET
    """ Version the patch started from; null for a create. """
    release_labels: list[str] | None | Unset = UNSET
    nodes: list[WorkflowVersionNodeSummary] | Unset = UNSET
    required_input_variables: WorkflowInputVariableTypes | Unset = UNSET
    """ Maps each input variable name to its type name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        workflow_id = self.workflow_id

        workflow_name = self.workflow_name

        workflow_version_id = self.workflow_version_id

        version_number = self.version_number

        external_ids = []
        for external_ids_item_data in self.external_ids:
            external_ids_item = external_ids_item_data.to_dict()
            external_ids.append(external_ids_item)

        base_version: int | None | Unset
        if isinstance(self.base_version, Unset):
            base_version = UNSET
        else:
            base_version = self.base_version

        release_labels: list[str] | None | Unset
        if isinstance(self.release_labels, Unset):
            release_labels = UNSET
        elif isinstance(self.release_labels, list):
            release_labels = self.release_labels

        else:
            release_labels = self.release_labels

        nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.nodes, Unset):
            nodes = []
            for nodes_item_data in self.nodes:
                nodes_item = nodes_item_data.to_dict()
                nodes.append(nodes_item)

        required_input_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.required_input_variables, Unset):
            required_input_variables = self.required_input_variables.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "workflow_id": workflow_id,
                "workflow_name": workflow_name,
                "workflow_version_id": workflow_version_id,
                "version_number": version_number,
                "external_ids": external_ids,
            }
        )
        if base_version is not UNSET:
            field_dict["base_version"] = base_version
        if release_labels is not UNSET:
            field_dict["release_labels"] = release_labels
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if required_input_variables is not UNSET:
            field_dict["required_input_variables"] = required_input_variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_id import ExternalId  # noqa: PLC0415
        from ..models.workflow_input_variable_types import WorkflowInputVariableTypes  # noqa: PLC0415
        from ..models.workflow_version_node_summary import WorkflowVersionNodeSummary  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        workflow_id = d.pop("workflow_id")

        workflow_name = d.pop("workflow_name")

        workflow_version_id = d.pop("workflow_version_id")

        version_number = d.pop("version_number")

        external_ids = []
        _external_ids = d.pop("external_ids")
        for external_ids_item_data in _external_ids:
            external_ids_item = ExternalId.from_dict(external_ids_item_data)

            external_ids.append(external_ids_item)

        def _parse_base_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        base_version = _parse_base_version(d.pop("base_version", UNSET))

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

        _nodes = d.pop("nodes", UNSET)
        nodes: list[WorkflowVersionNodeSummary] | Unset = UNSET
        if _nodes is not UNSET:
            nodes = []
            for nodes_item_data in _nodes:
                nodes_item = WorkflowVersionNodeSummary.from_dict(nodes_item_data)

                nodes.append(nodes_item)

        _required_input_variables = d.pop("required_input_variables", UNSET)
        required_input_variables: WorkflowInputVariableTypes | Unset
        if isinstance(_required_input_variables, Unset):
            required_input_variables = UNSET
        else:
            required_input_variables = WorkflowInputVariableTypes.from_dict(_required_input_variables)

        workflow_version_created_response = cls(
            success=success,
            workflow_id=workflow_id,
            workflow_name=workflow_name,
            workflow_version_id=workflow_version_id,
            version_number=version_number,
            external_ids=external_ids,
            base_version=base_version,
            release_labels=release_labels,
            nodes=nodes,
            required_input_variables=required_input_variables,
        )

        workflow_version_created_response.additional_properties = d
        return workflow_version_created_response

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
