from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetVersionFromFilterParamsResponse")


@_attrs_define
class DatasetVersionFromFilterParamsResponse:
    success: bool
    dataset_id: int
    dataset_group_id: int
    version_number: int
    """ Version number of the dataset being built (-1 while a draft). """
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        dataset_id = self.dataset_id

        dataset_group_id = self.dataset_group_id

        version_number = self.version_number

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "dataset_id": dataset_id,
                "dataset_group_id": dataset_group_id,
                "version_number": version_number,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        dataset_id = d.pop("dataset_id")

        dataset_group_id = d.pop("dataset_group_id")

        version_number = d.pop("version_number")

        message = d.pop("message", UNSET)

        dataset_version_from_filter_params_response = cls(
            success=success,
            dataset_id=dataset_id,
            dataset_group_id=dataset_group_id,
            version_number=version_number,
            message=message,
        )

        dataset_version_from_filter_params_response.additional_properties = d
        return dataset_version_from_filter_params_response

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
