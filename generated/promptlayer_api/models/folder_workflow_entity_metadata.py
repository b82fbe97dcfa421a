from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FolderWorkflowEntityMetadata")


@_attrs_define
class FolderWorkflowEntityMetadata:
    """Metadata of a WORKFLOW entity."""

    latest_version_number: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        latest_version_number: int | None | Unset
        if isinstance(self.latest_version_number, Unset):
            latest_version_number = UNSET
        else:
            latest_version_number = self.latest_version_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if latest_version_number is not UNSET:
            field_dict["latest_version_number"] = latest_version_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_latest_version_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        latest_version_number = _parse_latest_version_number(d.pop("latest_version_number", UNSET))

        folder_workflow_entity_metadata = cls(
            latest_version_number=latest_version_number,
        )

        folder_workflow_entity_metadata.additional_properties = d
        return folder_workflow_entity_metadata

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
