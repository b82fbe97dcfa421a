from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScorecardStaleState")


@_attrs_define
class ScorecardStaleState:
    """Whether results are out of date, and which parts."""

    is_stale: bool
    reasons: list[str]
    stale_step_ids: list[UUID] | Unset = UNSET
    stale_row_indices: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_stale = self.is_stale

        reasons = self.reasons

        stale_step_ids: list[str] | Unset = UNSET
        if not isinstance(self.stale_step_ids, Unset):
            stale_step_ids = []
            for stale_step_ids_item_data in self.stale_step_ids:
                stale_step_ids_item = str(stale_step_ids_item_data)
                stale_step_ids.append(stale_step_ids_item)

        stale_row_indices: list[int] | Unset = UNSET
        if not isinstance(self.stale_row_indices, Unset):
            stale_row_indices = self.stale_row_indices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "is_stale": is_stale,
                "reasons": reasons,
            }
        )
        if stale_step_ids is not UNSET:
            field_dict["stale_step_ids"] = stale_step_ids
        if stale_row_indices is not UNSET:
            field_dict["stale_row_indices"] = stale_row_indices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        is_stale = d.pop("is_stale")

        reasons = cast(list[str], d.pop("reasons"))

        _stale_step_ids = d.pop("stale_step_ids", UNSET)
        stale_step_ids: list[UUID] | Unset = UNSET
        if _stale_step_ids is not UNSET:
            stale_step_ids = []
            for stale_step_ids_item_data in _stale_step_ids:
                stale_step_ids_item = UUID(stale_step_ids_item_data)

                stale_step_ids.append(stale_step_ids_item)

        stale_row_indices = cast(list[int], d.pop("stale_row_indices", UNSET))

        scorecard_stale_state = cls(
            is_stale=is_stale,
            reasons=reasons,
            stale_step_ids=stale_step_ids,
            stale_row_indices=stale_row_indices,
        )

        scorecard_stale_state.additional_properties = d
        return scorecard_stale_state

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
