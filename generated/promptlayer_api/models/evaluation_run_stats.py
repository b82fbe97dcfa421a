from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluation_run_stats_status_counts import EvaluationRunStatsStatusCounts


T = TypeVar("T", bound="EvaluationRunStats")


@_attrs_define
class EvaluationRunStats:
    """Progress of a batch run."""

    status_counts: EvaluationRunStatsStatusCounts | Unset = UNSET
    """ Number of cells in each state. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_counts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status_counts, Unset):
            status_counts = self.status_counts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status_counts is not UNSET:
            field_dict["status_counts"] = status_counts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evaluation_run_stats_status_counts import EvaluationRunStatsStatusCounts  # noqa: PLC0415

        d = dict(src_dict)
        _status_counts = d.pop("status_counts", UNSET)
        status_counts: EvaluationRunStatsStatusCounts | Unset
        if isinstance(_status_counts, Unset):
            status_counts = UNSET
        else:
            status_counts = EvaluationRunStatsStatusCounts.from_dict(_status_counts)

        evaluation_run_stats = cls(
            status_counts=status_counts,
        )

        evaluation_run_stats.additional_properties = d
        return evaluation_run_stats

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
