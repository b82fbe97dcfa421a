from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_id import ExternalId


T = TypeVar("T", bound="FolderCreateRequest")


@_attrs_define
class FolderCreateRequest:
    """A folder to create."""

    name: str
    """ Unique among the folders of the same parent. """
    parent_id: int | None | Unset = UNSET
    """ Folder to create it in; null or omitted, the workspace root. """
    workspace_id: int | Unset = UNSET
    """ Workspace to create it in; omitted, the API key's workspace. """
    external_ids: list[ExternalId] | Unset = UNSET
    """ Ids in other systems to link to the new folder. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        workspace_id = self.workspace_id

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
                "name": name,
            }
        )
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_id import ExternalId  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        workspace_id = d.pop("workspace_id", UNSET)

        _external_ids = d.pop("external_ids", UNSET)
        external_ids: list[ExternalId] | Unset = UNSET
        if _external_ids is not UNSET:
            external_ids = []
            for external_ids_item_data in _external_ids:
                external_ids_item = ExternalId.from_dict(external_ids_item_data)

                external_ids.append(external_ids_item)

        folder_create_request = cls(
            name=name,
            parent_id=parent_id,
            workspace_id=workspace_id,
            external_ids=external_ids,
        )

        folder_create_request.additional_properties = d
        return folder_create_request

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
