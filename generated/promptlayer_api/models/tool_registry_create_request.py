from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_id import ExternalId
    from ..models.tool_registry_definition import ToolRegistryDefinition
    from ..models.tool_registry_execution import ToolRegistryExecution


T = TypeVar("T", bound="ToolRegistryCreateRequest")


@_attrs_define
class ToolRegistryCreateRequest:
    """A new registry tool and the content of its first version."""

    name: str
    """ Unique in the workspace. """
    tool_definition: ToolRegistryDefinition
    """ The tool as a model sees it, in OpenAI function-calling form (type, function name, parameters schema). """
    description: None | str | Unset = UNSET
    """ Text for people browsing the registry. """
    folder_id: int | None | Unset = UNSET
    commit_message: None | str | Unset = UNSET
    """ Message stored with the first version. """
    external_ids: list[ExternalId] | Unset = UNSET
    """ IDs of this tool in other systems. """
    execution: None | ToolRegistryExecution | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.tool_registry_execution import ToolRegistryExecution  # noqa: PLC0415

        name = self.name

        tool_definition = self.tool_definition.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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

        external_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = []
            for external_ids_item_data in self.external_ids:
                external_ids_item = external_ids_item_data.to_dict()
                external_ids.append(external_ids_item)

        execution: dict[str, Any] | None | Unset
        if isinstance(self.execution, Unset):
            execution = UNSET
        elif isinstance(self.execution, ToolRegistryExecution):
            execution = self.execution.to_dict()
        else:
            execution = self.execution

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "tool_definition": tool_definition,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if commit_message is not UNSET:
            field_dict["commit_message"] = commit_message
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids
        if execution is not UNSET:
            field_dict["execution"] = execution

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_id import ExternalId  # noqa: PLC0415
        from ..models.tool_registry_definition import ToolRegistryDefinition  # noqa: PLC0415
        from ..models.tool_registry_execution import ToolRegistryExecution  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        tool_definition = ToolRegistryDefinition.from_dict(d.pop("tool_definition"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

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

        _external_ids = d.pop("external_ids", UNSET)
        external_ids: list[ExternalId] | Unset = UNSET
        if _external_ids is not UNSET:
            external_ids = []
            for external_ids_item_data in _external_ids:
                external_ids_item = ExternalId.from_dict(external_ids_item_data)

                external_ids.append(external_ids_item)

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

        tool_registry_create_request = cls(
            name=name,
            tool_definition=tool_definition,
            description=description,
            folder_id=folder_id,
            commit_message=commit_message,
            external_ids=external_ids,
            execution=execution,
        )

        tool_registry_create_request.additional_properties = d
        return tool_registry_create_request

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
