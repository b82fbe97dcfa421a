from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SkillCollectionVersion")


@_attrs_define
class SkillCollectionVersion:
    """One saved snapshot of a skill collection."""

    id: UUID | Unset = UNSET
    skill_collection_id: UUID | Unset = UNSET
    workspace_id: int | Unset = UNSET
    number: int | Unset = UNSET
    root_path_at_version: str | Unset = UNSET
    provider: None | str | Unset = UNSET
    file_paths: list[str] | Unset = UNSET
    commit_message: None | str | Unset = UNSET
    release_label: None | str | Unset = UNSET
    archived: bool | Unset = UNSET
    created_by: int | None | Unset = UNSET
    user_email: None | str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        skill_collection_id: str | Unset = UNSET
        if not isinstance(self.skill_collection_id, Unset):
            skill_collection_id = str(self.skill_collection_id)

        workspace_id = self.workspace_id

        number = self.number

        root_path_at_version = self.root_path_at_version

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        file_paths: list[str] | Unset = UNSET
        if not isinstance(self.file_paths, Unset):
            file_paths = self.file_paths

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

        archived = self.archived

        created_by: int | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        user_email: None | str | Unset
        if isinstance(self.user_email, Unset):
            user_email = UNSET
        else:
            user_email = self.user_email

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if skill_collection_id is not UNSET:
            field_dict["skill_collection_id"] = skill_collection_id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if number is not UNSET:
            field_dict["number"] = number
        if root_path_at_version is not UNSET:
            field_dict["root_path_at_version"] = root_path_at_version
        if provider is not UNSET:
            field_dict["provider"] = provider
        if file_paths is not UNSET:
            field_dict["file_paths"] = file_paths
        if commit_message is not UNSET:
            field_dict["commit_message"] = commit_message
        if release_label is not UNSET:
            field_dict["release_label"] = release_label
        if archived is not UNSET:
            field_dict["archived"] = archived
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if user_email is not UNSET:
            field_dict["user_email"] = user_email
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

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

        _skill_collection_id = d.pop("skill_collection_id", UNSET)
        skill_collection_id: UUID | Unset
        if isinstance(_skill_collection_id, Unset):
            skill_collection_id = UNSET
        else:
            skill_collection_id = UUID(_skill_collection_id)

        workspace_id = d.pop("workspace_id", UNSET)

        number = d.pop("number", UNSET)

        root_path_at_version = d.pop("root_path_at_version", UNSET)

        def _parse_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider = _parse_provider(d.pop("provider", UNSET))

        file_paths = cast(list[str], d.pop("file_paths", UNSET))

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

        archived = d.pop("archived", UNSET)

        def _parse_created_by(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_by = _parse_created_by(d.pop("created_by", UNSET))

        def _parse_user_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_email = _parse_user_email(d.pop("user_email", UNSET))

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        skill_collection_version = cls(
            id=id,
            skill_collection_id=skill_collection_id,
            workspace_id=workspace_id,
            number=number,
            root_path_at_version=root_path_at_version,
            provider=provider,
            file_paths=file_paths,
            commit_message=commit_message,
            release_label=release_label,
            archived=archived,
            created_by=created_by,
            user_email=user_email,
            created_at=created_at,
        )

        skill_collection_version.additional_properties = d
        return skill_collection_version

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
