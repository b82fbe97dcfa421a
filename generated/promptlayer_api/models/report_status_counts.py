from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReportStatusCounts")


@_attrs_define
class ReportStatusCounts:
    """Number of cells in each state."""

    completed: int
    failed: int
    queued: int
    running: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        completed = self.completed

        failed = self.failed

        queued = self.queued

        running = self.running

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "COMPLETED": completed,
                "FAILED": failed,
                "QUEUED": queued,
                "RUNNING": running,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        completed = d.pop("COMPLETED")

        failed = d.pop("FAILED")

        queued = d.pop("QUEUED")

        running = d.pop("RUNNING")

        report_status_counts = cls(
            completed=completed,
            failed=failed,
            queued=queued,
            running=running,
        )

        report_status_counts.additional_properties = d
        return report_status_counts

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
