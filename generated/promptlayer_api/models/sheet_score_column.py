from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sheet_score_scoring_type import SheetScoreScoringType


T = TypeVar("T", bound="SheetScoreColumn")


@_attrs_define
class SheetScoreColumn:
    """Score of one scored column."""

    column_id: UUID
    title: str
    score: float | None
    included_count: int
    """ Rows that counted towards the score. """
    excluded_count: int
    """ Rows left out of the score. """
    resolved_scoring_type: None | SheetScoreScoringType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sheet_score_scoring_type import SheetScoreScoringType  # noqa: PLC0415

        column_id = str(self.column_id)

        title = self.title

        score: float | None
        score = self.score

        included_count = self.included_count

        excluded_count = self.excluded_count

        resolved_scoring_type: None | str | Unset
        if isinstance(self.resolved_scoring_type, Unset):
            resolved_scoring_type = UNSET
        elif isinstance(self.resolved_scoring_type, SheetScoreScoringType):
            resolved_scoring_type = self.resolved_scoring_type.value
        else:
            resolved_scoring_type = self.resolved_scoring_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "column_id": column_id,
                "title": title,
                "score": score,
                "included_count": included_count,
                "excluded_count": excluded_count,
            }
        )
        if resolved_scoring_type is not UNSET:
            field_dict["resolved_scoring_type"] = resolved_scoring_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sheet_score_scoring_type import SheetScoreScoringType  # noqa: PLC0415

        d = dict(src_dict)
        column_id = UUID(d.pop("column_id"))

        title = d.pop("title")

        def _parse_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        score = _parse_score(d.pop("score"))

        included_count = d.pop("included_count")

        excluded_count = d.pop("excluded_count")

        def _parse_resolved_scoring_type(data: object) -> None | SheetScoreScoringType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_scoring_type_type_0 = SheetScoreScoringType(data)

                return resolved_scoring_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SheetScoreScoringType | Unset, data)

        resolved_scoring_type = _parse_resolved_scoring_type(d.pop("resolved_scoring_type", UNSET))

        sheet_score_column = cls(
            column_id=column_id,
            title=title,
            score=score,
            included_count=included_count,
            excluded_count=excluded_count,
            resolved_scoring_type=resolved_scoring_type,
        )

        sheet_score_column.additional_properties = d
        return sheet_score_column

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
