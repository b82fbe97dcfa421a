from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Sheet")


@_attrs_define
class Sheet:
    """One sheet of a table."""

    id: UUID | Unset = UNSET
    table_id: UUID | Unset = UNSET
    workspace_id: int | Unset = UNSET
    """ Owning workspace (the API key's). """
    title: str | Unset = UNSET
    index: int | Unset = UNSET
    """ 0-based display position within the table. """
    row_count: int | Unset = UNSET
    version_count: int | Unset = UNSET
    """ Current version number; it goes up whenever the sheet's data, layout, scoring or computed output changes.
    """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        table_id: str | Unset = UNSET
        if not isinstance(self.table_id, Unset):
            table_id = str(self.table_id)

        workspace_id = self.workspace_id

        title = self.title

        index = self.index

        row_count = self.row_count

        version_count = self.version_count

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if table_id is not UNSET:
            field_dict["table_id"] = table_id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if title is not UNSET:
            field_dict["title"] = title
        if index is not UNSET:
            field_dict["index"] = index
        if row_count is not UNSET:
            field_dict["row_count"] = row_count
        if version_count is not UNSET:
            field_dict["version_count"] = version_count
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _table_id = d.pop("table_id", UNSET)
        table_id: UUID | Unset
        if isinstance(_table_id, Unset):
            table_id = UNSET
        else:
            table_id = UUID(_table_id)

        workspace_id = d.pop("workspace_id", UNSET)

        title = d.pop("title", UNSET)

        index = d.pop("index", UNSET)

        row_count = d.pop("row_count", UNSET)

        version_count = d.pop("version_count", UNSET)

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

        sheet = cls(
            id=id,
            table_id=table_id,
            workspace_id=workspace_id,
            title=title,
            index=index,
            row_count=row_count,
            version_count=version_count,
            created_at=created_at,
            updated_at=updated_at,
        )

        sheet.additional_properties = d
        return sheet

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
