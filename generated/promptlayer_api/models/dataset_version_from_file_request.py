from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DatasetVersionFromFileRequest")


@_attrs_define
class DatasetVersionFromFileRequest:
    """A CSV or JSON file to turn into a dataset version."""

    dataset_group_id: int
    """ Group that gets the new version. """
    file_name: str
    """ File name, ending in .csv or .json. """
    file_content_base64: str
    """ The file, base64-encoded (at most 100 MB decoded). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_group_id = self.dataset_group_id

        file_name = self.file_name

        file_content_base64 = self.file_content_base64

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_group_id": dataset_group_id,
                "file_name": file_name,
                "file_content_base64": file_content_base64,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dataset_group_id = d.pop("dataset_group_id")

        file_name = d.pop("file_name")

        file_content_base64 = d.pop("file_content_base64")

        dataset_version_from_file_request = cls(
            dataset_group_id=dataset_group_id,
            file_name=file_name,
            file_content_base64=file_content_base64,
        )

        dataset_version_from_file_request.additional_properties = d
        return dataset_version_from_file_request

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
