from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetDraftCreateRequest")


@_attrs_define
class DatasetDraftCreateRequest:
    """Which group gets a draft, and optionally which version to copy into it."""

    dataset_group_id: int
    source_dataset_id: int | None | Unset = UNSET
    """ Version of the same group whose rows the draft starts with. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_group_id = self.dataset_group_id

        source_dataset_id: int | None | Unset
        if isinstance(self.source_dataset_id, Unset):
            source_dataset_id = UNSET
        else:
            source_dataset_id = self.source_dataset_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_group_id": dataset_group_id,
            }
        )
        if source_dataset_id is not UNSET:
            field_dict["source_dataset_id"] = source_dataset_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dataset_group_id = d.pop("dataset_group_id")

        def _parse_source_dataset_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        source_dataset_id = _parse_source_dataset_id(d.pop("source_dataset_id", UNSET))

        dataset_draft_create_request = cls(
            dataset_group_id=dataset_group_id,
            source_dataset_id=source_dataset_id,
        )

        dataset_draft_create_request.additional_properties = d
        return dataset_draft_create_request

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
