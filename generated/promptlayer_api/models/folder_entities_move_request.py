from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.folder_entity_reference import FolderEntityReference


T = TypeVar("T", bound="FolderEntitiesMoveRequest")


@_attrs_define
class FolderEntitiesMoveRequest:
    """Objects to move and where to."""

    entities: list[FolderEntityReference]
    folder_id: int | None | Unset = UNSET
    """ Destination folder; null or omitted, the workspace root. """
    workspace_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entities = []
        for entities_item_data in self.entities:
            entities_item = entities_item_data.to_dict()
            entities.append(entities_item)

        folder_id: int | None | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entities": entities,
            }
        )
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.folder_entity_reference import FolderEntityReference  # noqa: PLC0415

        d = dict(src_dict)
        entities = []
        _entities = d.pop("entities")
        for entities_item_data in _entities:
            entities_item = FolderEntityReference.from_dict(entities_item_data)

            entities.append(entities_item)

        def _parse_folder_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        folder_id = _parse_folder_id(d.pop("folder_id", UNSET))

        workspace_id = d.pop("workspace_id", UNSET)

        folder_entities_move_request = cls(
            entities=entities,
            folder_id=folder_id,
            workspace_id=workspace_id,
        )

        folder_entities_move_request.additional_properties = d
        return folder_entities_move_request

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
