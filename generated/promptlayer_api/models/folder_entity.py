from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_id import ExternalId
    from ..models.folder_dataset_entity_metadata import FolderDatasetEntityMetadata
    from ..models.folder_entity_type import FolderEntityType
    from ..models.folder_other_entity_metadata import FolderOtherEntityMetadata
    from ..models.folder_prompt_entity_metadata import FolderPromptEntityMetadata
    from ..models.folder_workflow_entity_metadata import FolderWorkflowEntityMetadata


T = TypeVar("T", bound="FolderEntity")


@_attrs_define
class FolderEntity:
    """One object found in a folder listing."""

    id: int
    name: str
    type_: FolderEntityType
    """ Kinds of object a folder can hold; SNIPPET stands for completion-type prompts. """
    path: list[str]
    """ Names of the folders from the root down to this object. """
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    folder_id: int | None | Unset = UNSET
    """ The containing folder; null at the root. """
    metadata: (
        FolderDatasetEntityMetadata
        | FolderOtherEntityMetadata
        | FolderPromptEntityMetadata
        | FolderWorkflowEntityMetadata
        | None
        | Unset
    ) = UNSET
    """ Kind-specific details, present with include_metadata. Nothing inside tells the shapes apart, so the generic
    FolderOtherEntityMetadata comes first and takes them all, keys kept; the entity's type says which typed shape to
    read them into. """
    external_ids: list[ExternalId] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.folder_dataset_entity_metadata import FolderDatasetEntityMetadata  # noqa: PLC0415
        from ..models.folder_other_entity_metadata import FolderOtherEntityMetadata  # noqa: PLC0415
        from ..models.folder_prompt_entity_metadata import FolderPromptEntityMetadata  # noqa: PLC0415
        from ..models.folder_workflow_entity_metadata import FolderWorkflowEntityMetadata  # noqa: PLC0415

        id = self.id

        name = self.name

        type_ = self.type_.value

        path = self.path

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        folder_id: int | None | Unset
        if isinstance(self.folder_id, Unset):
            folder_id = UNSET
        else:
            folder_id = self.folder_id

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, FolderOtherEntityMetadata):
            metadata = self.metadata.to_dict()
        elif isinstance(self.metadata, FolderPromptEntityMetadata):
            metadata = self.metadata.to_dict()
        elif isinstance(self.metadata, FolderWorkflowEntityMetadata):
            metadata = self.metadata.to_dict()
        elif isinstance(self.metadata, FolderDatasetEntityMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

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
                "id": id,
                "name": name,
                "type": type_,
                "path": path,
            }
        )
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if folder_id is not UNSET:
            field_dict["folder_id"] = folder_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if external_ids is not UNSET:
            field_dict["external_ids"] = external_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_id import ExternalId  # noqa: PLC0415
        from ..models.folder_dataset_entity_metadata import FolderDatasetEntityMetadata  # noqa: PLC0415
        from ..models.folder_entity_type import FolderEntityType  # noqa: PLC0415
        from ..models.folder_other_entity_metadata import FolderOtherEntityMetadata  # noqa: PLC0415
        from ..models.folder_prompt_entity_metadata import FolderPromptEntityMetadata  # noqa: PLC0415
        from ..models.folder_workflow_entity_metadata import FolderWorkflowEntityMetadata  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = FolderEntityType(d.pop("type"))

        path = cast(list[str], d.pop("path"))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_folder_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        folder_id = _parse_folder_id(d.pop("folder_id", UNSET))

        def _parse_metadata(
            data: object,
        ) -> (
            FolderDatasetEntityMetadata
            | FolderOtherEntityMetadata
            | FolderPromptEntityMetadata
            | FolderWorkflowEntityMetadata
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_0 = FolderOtherEntityMetadata.from_dict(data)

                return metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_1 = FolderPromptEntityMetadata.from_dict(data)

                return metadata_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_2 = FolderWorkflowEntityMetadata.from_dict(data)

                return metadata_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metadata_type_3 = FolderDatasetEntityMetadata.from_dict(data)

                return metadata_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                FolderDatasetEntityMetadata
                | FolderOtherEntityMetadata
                | FolderPromptEntityMetadata
                | FolderWorkflowEntityMetadata
                | None
                | Unset,
                data,
            )

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        _external_ids = d.pop("external_ids", UNSET)
        external_ids: list[ExternalId] | Unset = UNSET
        if _external_ids is not UNSET:
            external_ids = []
            for external_ids_item_data in _external_ids:
                external_ids_item = ExternalId.from_dict(external_ids_item_data)

                external_ids.append(external_ids_item)

        folder_entity = cls(
            id=id,
            name=name,
            type_=type_,
            path=path,
            created_at=created_at,
            updated_at=updated_at,
            folder_id=folder_id,
            metadata=metadata,
            external_ids=external_ids,
        )

        folder_entity.additional_properties = d
        return folder_entity

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
