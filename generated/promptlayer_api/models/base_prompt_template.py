from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BasePromptTemplate")


@_attrs_define
class BasePromptTemplate:
    """Registry entry fields of a prompt template."""

    prompt_name: str
    """ Name, unique within the workspace. """
    tags: list[str] | Unset = UNSET
    """ Tags for the entry. """
    folder_id: int | None | Unset = UNSET
    """ Folder to place the template in (workspace root if omitted). """
    workspace_id: int | None | Unset = UNSET
    """ Workspace override. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_name = self.prompt_name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        folder_id: int | None | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        workspace_id: int | None | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        else:
            workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt_name": prompt_name,
            }
        )
        if tags is not UNSET:
            field_dict["tags"] = tags
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt_name = d.pop("prompt_name")

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_folder_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        folder_id = _parse_folder_id(d.pop("folder_id", UNSET))

        def _parse_workspace_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        workspace_id = _parse_workspace_id(d.pop("workspace_id", UNSET))

        base_prompt_template = cls(
            prompt_name=prompt_name,
            tags=tags,
            folder_id=folder_id,
            workspace_id=workspace_id,
        )

        base_prompt_template.additional_properties = d
        return base_prompt_template

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
