from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScorecardWorkSelection")


@_attrs_define
class ScorecardWorkSelection:
    """Limits scorecard work to some rows or steps; everything when empty."""

    row_indices: list[int] | Unset = UNSET
    step_ids: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        row_indices: list[int] | Unset = UNSET
        if not isinstance(self.row_indices, Unset):
            row_indices = self.row_indices

        step_ids: list[str] | Unset = UNSET
        if not isinstance(self.step_ids, Unset):
            step_ids = []
            for step_ids_item_data in self.step_ids:
                step_ids_item = str(step_ids_item_data)
                step_ids.append(step_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if row_indices is not UNSET:
            field_dict["row_indices"] = row_indices
        if step_ids is not UNSET:
            field_dict["step_ids"] = step_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        row_indices = cast(list[int], d.pop("row_indices", UNSET))

        _step_ids = d.pop("step_ids", UNSET)
        step_ids: list[UUID] | Unset = UNSET
        if _step_ids is not UNSET:
            step_ids = []
            for step_ids_item_data in _step_ids:
                step_ids_item = UUID(step_ids_item_data)

                step_ids.append(step_ids_item)

        scorecard_work_selection = cls(
            row_indices=row_indices,
            step_ids=step_ids,
        )

        scorecard_work_selection.additional_properties = d
        return scorecard_work_selection

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
