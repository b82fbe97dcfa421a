from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.report_score_type import ReportScoreType


T = TypeVar("T", bound="ReportScore")


@_attrs_define
class ReportScore:
    overall_score: float | None
    score_type: ReportScoreType
    """ How a report's score was computed. """
    has_custom_scoring: bool
    details: Any
    """ Per-column or custom breakdown; its shape follows score_type: single_column has column_name, score,
    score_type and num_skipped; multi_column has columns (a list of those); custom has matrix and configuration;
    none has message. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overall_score: float | None
        overall_score = self.overall_score

        score_type = self.score_type.value

        has_custom_scoring = self.has_custom_scoring

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "overall_score": overall_score,
                "score_type": score_type,
                "has_custom_scoring": has_custom_scoring,
                "details": details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_score_type import ReportScoreType  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_overall_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        overall_score = _parse_overall_score(d.pop("overall_score"))

        score_type = ReportScoreType(d.pop("score_type"))

        has_custom_scoring = d.pop("has_custom_scoring")

        details = d.pop("details")

        report_score = cls(
            overall_score=overall_score,
            score_type=score_type,
            has_custom_scoring=has_custom_scoring,
            details=details,
        )

        report_score.additional_properties = d
        return report_score

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
