from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DatasetAddRequestLogRequest")


@_attrs_define
class DatasetAddRequestLogRequest:
    """A logged request to add to a group's draft."""

    dataset_group_id: int
    request_log_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_group_id = self.dataset_group_id

        request_log_id = self.request_log_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_group_id": dataset_group_id,
                "request_log_id": request_log_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dataset_group_id = d.pop("dataset_group_id")

        request_log_id = d.pop("request_log_id")

        dataset_add_request_log_request = cls(
            dataset_group_id=dataset_group_id,
            request_log_id=request_log_id,
        )

        dataset_add_request_log_request.additional_properties = d
        return dataset_add_request_log_request

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
