from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WorkflowReleaseLabel")


@_attrs_define
class WorkflowReleaseLabel:
    """A label and the version it points at."""

    release_label: str
    release_label_id: int
    workflow_version_id: int
    workflow_version_number: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        release_label = self.release_label

        release_label_id = self.release_label_id

        workflow_version_id = self.workflow_version_id

        workflow_version_number = self.workflow_version_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "release_label": release_label,
                "release_label_id": release_label_id,
                "workflow_version_id": workflow_version_id,
                "workflow_version_number": workflow_version_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        release_label = d.pop("release_label")

        release_label_id = d.pop("release_label_id")

        workflow_version_id = d.pop("workflow_version_id")

        workflow_version_number = d.pop("workflow_version_number")

        workflow_release_label = cls(
            release_label=release_label,
            release_label_id=release_label_id,
            workflow_version_id=workflow_version_id,
            workflow_version_number=workflow_version_number,
        )

        workflow_release_label.additional_properties = d
        return workflow_release_label

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
