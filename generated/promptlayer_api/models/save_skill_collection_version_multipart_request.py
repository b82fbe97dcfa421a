from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="SaveSkillCollectionVersionMultipartRequest")


@_attrs_define
class SaveSkillCollectionVersionMultipartRequest:
    """Form-data body for a new version, with an optional zip upload."""

    metadata: str | Unset = UNSET
    """ JSON text with the same fields as the JSON version body. """
    json: str | Unset = UNSET
    """ Another accepted name for the metadata part. """
    archive: File | Unset = UNSET
    """ Zip file holding the version's files. """
    zip_: File | Unset = UNSET
    """ Another accepted name for the archive part. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metadata = self.metadata

        json = self.json

        archive: FileTypes | Unset = UNSET
        if not isinstance(self.archive, Unset):
            archive = self.archive.to_tuple()

        zip_: FileTypes | Unset = UNSET
        if not isinstance(self.zip_, Unset):
            zip_ = self.zip_.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if json is not UNSET:
            field_dict["json"] = json
        if archive is not UNSET:
            field_dict["archive"] = archive
        if zip_ is not UNSET:
            field_dict["zip"] = zip_

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.metadata, Unset):
            files.append(("metadata", (None, str(self.metadata).encode(), "text/plain")))

        if not isinstance(self.json, Unset):
            files.append(("json", (None, str(self.json).encode(), "text/plain")))

        if not isinstance(self.archive, Unset):
            files.append(("archive", self.archive.to_tuple()))

        if not isinstance(self.zip_, Unset):
            files.append(("zip", self.zip_.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        metadata = d.pop("metadata", UNSET)

        json = d.pop("json", UNSET)

        _archive = d.pop("archive", UNSET)
        archive: File | Unset
        if isinstance(_archive, Unset):
            archive = UNSET
        else:
            archive = File(payload=BytesIO(_archive))

        _zip_ = d.pop("zip", UNSET)
        zip_: File | Unset
        if isinstance(_zip_, Unset):
            zip_ = UNSET
        else:
            zip_ = File(payload=BytesIO(_zip_))

        save_skill_collection_version_multipart_request = cls(
            metadata=metadata,
            json=json,
            archive=archive,
            zip_=zip_,
        )

        save_skill_collection_version_multipart_request.additional_properties = d
        return save_skill_collection_version_multipart_request

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
