from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScorecardProgress")


@_attrs_define
class ScorecardProgress:
    """How far the running calculation has got."""

    scored_rows: int | Unset = UNSET
    total_rows: int | Unset = UNSET
    partial_score: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scored_rows = self.scored_rows

        total_rows = self.total_rows

        partial_score: float | None | Unset
        if isinstance(self.partial_score, Unset):
            partial_score = UNSET
        else:
            partial_score = self.partial_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scored_rows is not UNSET:
            field_dict["scored_rows"] = scored_rows
        if total_rows is not UNSET:
            field_dict["total_rows"] = total_rows
        if partial_score is not UNSET:
            field_dict["partial_score"] = partial_score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scored_rows = d.pop("scored_rows", UNSET)

        total_rows = d.pop("total_rows", UNSET)

        def _parse_partial_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        partial_score = _parse_partial_score(d.pop("partial_score", UNSET))

        scorecard_progress = cls(
            scored_rows=scored_rows,
            total_rows=total_rows,
            partial_score=partial_score,
        )

        scorecard_progress.additional_properties = d
        return scorecard_progress

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
