from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sheet_status_counts_response_status_counts import SheetStatusCountsResponseStatusCounts


T = TypeVar("T", bound="SheetStatusCountsResponse")


@_attrs_define
class SheetStatusCountsResponse:
    """How many of a sheet's cells are in each computation status."""

    success: bool | Unset = UNSET
    total_cells: int | Unset = UNSET
    status_counts: SheetStatusCountsResponseStatusCounts | Unset = UNSET
    """ Cell count keyed by status (for example STALE, QUEUED, RUNNING, COMPLETED, FAILED). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        total_cells = self.total_cells

        status_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status_counts, Unset):
            status_counts = self.status_counts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if total_cells is not UNSET:
            field_dict["total_cells"] = total_cells
        if status_counts is not UNSET:
            field_dict["status_counts"] = status_counts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sheet_status_counts_response_status_counts import SheetStatusCountsResponseStatusCounts  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        total_cells = d.pop("total_cells", UNSET)

        _status_counts = d.pop("status_counts", UNSET)
        status_counts: SheetStatusCountsResponseStatusCounts | Unset
        if isinstance(_status_counts, Unset):
            status_counts = UNSET
        else:
            status_counts = SheetStatusCountsResponseStatusCounts.from_dict(_status_counts)

        sheet_status_counts_response = cls(
            success=success,
            total_cells=total_cells,
            status_counts=status_counts,
        )

        sheet_status_counts_response.additional_properties = d
        return sheet_status_counts_response

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
