from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.column_config import ColumnConfig
    from ..models.column_type import ColumnType


T = TypeVar("T", bound="Column")


@_attrs_define
class Column:
    """One column of a sheet."""

    id: UUID | Unset = UNSET
    sheet_id: UUID | Unset = UNSET
    workspace_id: int | Unset = UNSET
    """ Owning workspace (the API key's). """
    title: str | Unset = UNSET
    type_: ColumnType | Unset = UNSET
    """ Column kind: TEXT holds input, COMPOSITION references other values, every other kind is computed. Creation
    also accepts the lowercase aliases of the common kinds. """
    config: ColumnConfig | Unset = UNSET
    """ Settings of the column's kind. """
    position_rank: float | Unset = UNSET
    """ Sort key of the column's position. """
    is_output_column: bool | Unset = UNSET
    """ Marked as one of the sheet's outputs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        sheet_id: str | Unset = UNSET
        if not isinstance(self.sheet_id, Unset):
            sheet_id = str(self.sheet_id)

        workspace_id = self.workspace_id

        title = self.title

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        position_rank = self.position_rank

        is_output_column = self.is_output_column

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if sheet_id is not UNSET:
            field_dict["sheet_id"] = sheet_id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if title is not UNSET:
            field_dict["title"] = title
        if type_ is not UNSET:
            field_dict["type"] = type_
        if config is not UNSET:
            field_dict["config"] = config
        if position_rank is not UNSET:
            field_dict["position_rank"] = position_rank
        if is_output_column is not UNSET:
            field_dict["is_output_column"] = is_output_column

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.column_config import ColumnConfig  # noqa: PLC0415
        from ..models.column_type import ColumnType  # noqa: PLC0415

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _sheet_id = d.pop("sheet_id", UNSET)
        sheet_id: UUID | Unset
        if isinstance(_sheet_id, Unset):
            sheet_id = UNSET
        else:
            sheet_id = UUID(_sheet_id)

        workspace_id = d.pop("workspace_id", UNSET)

        title = d.pop("title", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: ColumnType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ColumnType(_type_)

        _config = d.pop("config", UNSET)
        config: ColumnConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = ColumnConfig.from_dict(_config)

        position_rank = d.pop("position_rank", UNSET)

        is_output_column = d.pop("is_output_column", UNSET)

        column = cls(
            id=id,
            sheet_id=sheet_id,
            workspace_id=workspace_id,
            title=title,
            type_=type_,
            config=config,
            position_rank=position_rank,
            is_output_column=is_output_column,
        )

        column.additional_properties = d
        return column

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
