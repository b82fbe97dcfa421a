from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_move import FileMove
    from ..models.file_update import FileUpdate


T = TypeVar("T", bound="SaveSkillCollectionVersionRequest")


@_attrs_define
class SaveSkillCollectionVersionRequest:
    """JSON body listing the changes that make up a new version."""

    file_updates: list[FileUpdate] | Unset = UNSET
    moves: list[FileMove] | Unset = UNSET
    deletes: list[str] | Unset = UNSET
    commit_message: None | str | Unset = UNSET
    release_label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_updates: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.file_updates, Unset):
            file_updates = []
            for file_updates_item_data in self.file_updates:
                file_updates_item = file_updates_item_data.to_dict()
                file_updates.append(file_updates_item)

        moves: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.moves, Unset):
            moves = []
            for moves_item_data in self.moves:
                moves_item = moves_item_data.to_dict()
                moves.append(moves_item)

        deletes: list[str] | Unset = UNSET
        if not isinstance(self.deletes, Unset):
            deletes = self.deletes

        commit_message: None | str | Unset
        if isinstance(self.commit_message, Unset):
            commit_message = UNSET
        else:
            commit_message = self.commit_message

        release_label: None | str | Unset
        if isinstance(self.release_label, Unset):
            release_label = UNSET
        else:
            release_label = self.release_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if file_updates is not UNSET:
            field_dict["file_updates"] = file_updates
        if moves is not UNSET:
            field_dict["moves"] = moves
        if deletes is not UNSET:
            field_dict["deletes"] = deletes
        if commit_message is not UNSET:
            field_dict["commit_message"] = commit_message
        if release_label is not UNSET:
            field_dict["release_label"] = release_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_move import FileMove  # noqa: PLC0415
        from ..models.file_update import FileUpdate  # noqa: PLC0415

        d = dict(src_dict)
        _file_updates = d.pop("file_updates", UNSET)
        file_updates: list[FileUpdate] | Unset = UNSET
        if _file_updates is not UNSET:
            file_updates = []
            for file_updates_item_data in _file_updates:
                file_updates_item = FileUpdate.from_dict(file_updates_item_data)

                file_updates.append(file_updates_item)

        _moves = d.pop("moves", UNSET)
        moves: list[FileMove] | Unset = UNSET
        if _moves is not UNSET:
            moves = []
            for moves_item_data in _moves:
                moves_item = FileMove.from_dict(moves_item_data)

                moves.append(moves_item)

        deletes = cast(list[str], d.pop("deletes", UNSET))

        def _parse_commit_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commit_message = _parse_commit_message(d.pop("commit_message", UNSET))

        def _parse_release_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        release_label = _parse_release_label(d.pop("release_label", UNSET))

        save_skill_collection_version_request = cls(
            file_updates=file_updates,
            moves=moves,
            deletes=deletes,
            commit_message=commit_message,
            release_label=release_label,
        )

        save_skill_collection_version_request.additional_properties = d
        return save_skill_collection_version_request

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
