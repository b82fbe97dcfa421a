from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.table_detail_sheet_row_counts import TableDetailSheetRowCounts


T = TypeVar("T", bound="TableDetail")


@_attrs_define
class TableDetail:
    """A table plus the row count of each of its sheets."""

    id: UUID | Unset = UNSET
    workspace_id: int | Unset = UNSET
    """ Owning workspace (the API key's). """
    title: str | Unset = UNSET
    folder_id: int | None | Unset = UNSET
    sheet_count: int | Unset = UNSET
    """ Sheets not deleted. """
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    sheet_row_counts: TableDetailSheetRowCounts | Unset = UNSET
    """ Row count keyed by sheet id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        workspace_id = self.workspace_id

        title = self.title

        folder_id: int | None | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        sheet_count = self.sheet_count

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        sheet_row_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sheet_row_counts, Unset):
            sheet_row_counts = self.sheet_row_counts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if title is not UNSET:
            field_dict["title"] = title
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if sheet_count is not UNSET:
            field_dict["sheet_count"] = sheet_count
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if sheet_row_counts is not UNSET:
            field_dict["sheet_row_counts"] = sheet_row_counts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.table_detail_sheet_row_counts import TableDetailSheetRowCounts  # noqa: PLC0415

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        workspace_id = d.pop("workspace_id", UNSET)

        title = d.pop("title", UNSET)

        def _parse_folder_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        folder_id = _parse_folder_id(d.pop("folder_id", UNSET))

        sheet_count = d.pop("sheet_count", UNSET)

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

        _sheet_row_counts = d.pop("sheet_row_counts", UNSET)
        sheet_row_counts: TableDetailSheetRowCounts | Unset
        if isinstance(_sheet_row_counts, Unset):
            sheet_row_counts = UNSET
        else:
            sheet_row_counts = TableDetailSheetRowCounts.from_dict(_sheet_row_counts)

        table_detail = cls(
            id=id,
            workspace_id=workspace_id,
            title=title,
            folder_id=folder_id,
            sheet_count=sheet_count,
            created_at=created_at,
            updated_at=updated_at,
            sheet_row_counts=sheet_row_counts,
        )

        table_detail.additional_properties = d
        return table_detail

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
