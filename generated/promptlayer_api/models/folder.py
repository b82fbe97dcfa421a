from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_id import ExternalId
    from ..models.folder_path_entry import FolderPathEntry


T = TypeVar("T", bound="Folder")


@_attrs_define
class Folder:
    """A folder in a workspace."""

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    path: list[FolderPathEntry] | None | Unset = UNSET
    """ The ancestor folders (ids and names) from the root down; null at the root. """
    workspace_id: int | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    """ The containing folder; null at the root. """
    external_ids: list[ExternalId] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        path: list[dict[str, Any]] | None | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        elif isinstance(self.path, list):
            path = []
            for path_type_0_item_data in self.path:
                path_type_0_item = path_type_0_item_data.to_dict()
                path.append(path_type_0_item)

        else:
            path = self.path

        workspace_id = self.workspace_id

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        external_ids: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_ids, Unset):
            external_ids = []
            for external_ids_item_data in self.external_ids:
                external_ids_item = external_ids_item_data.to_dict()
                external_ids.append(external_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if path is not UNSET:
            field_dict["path"] = path
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_id import ExternalId  # noqa: PLC0415
        from ..models.folder_path_entry import FolderPathEntry  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        def _parse_path(data: object) -> list[FolderPathEntry] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                path_type_0 = []
                _path_type_0 = data
                for path_type_0_item_data in _path_type_0:
                    path_type_0_item = FolderPathEntry.from_dict(path_type_0_item_data)

                    path_type_0.append(path_type_0_item)

                return path_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FolderPathEntry] | None | Unset, data)

        path = _parse_path(d.pop("path", UNSET))

        workspace_id = d.pop("workspace_id", UNSET)

        def _parse_parent_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        _external_ids = d.pop("external_ids", UNSET)
        external_ids: list[ExternalId] | Unset = UNSET
        if _external_ids is not UNSET:
            external_ids = []
            for external_ids_item_data in _external_ids:
                external_ids_item = ExternalId.from_dict(external_ids_item_data)

                external_ids.append(external_ids_item)

        folder = cls(
            id=id,
            name=name,
            created_at=created_at,
            updated_at=updated_at,
            path=path,
            workspace_id=workspace_id,
            parent_id=parent_id,
            external_ids=external_ids,
        )

        folder.additional_properties = d
        return folder

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
