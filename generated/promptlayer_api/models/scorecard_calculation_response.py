from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.scorecard_calculation import ScorecardCalculation
    from ..models.scorecard_calculation_response_criterion_summaries_type_0 import (
        ScorecardCalculationResponseCriterionSummariesType0,
    )
    from ..models.scorecard_calculation_response_drift_summary_type_0 import (
        ScorecardCalculationResponseDriftSummaryType0,
    )


T = TypeVar("T", bound="ScorecardCalculationResponse")


@_attrs_define
class ScorecardCalculationResponse:
    """One calculation with its summaries."""

    success: bool
    calculation: ScorecardCalculation
    """ One run of a scorecard over the sheet. """
    criterion_summaries: None | ScorecardCalculationResponseCriterionSummariesType0
    drift_summary: None | ScorecardCalculationResponseDriftSummaryType0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scorecard_calculation_response_criterion_summaries_type_0 import (
            ScorecardCalculationResponseCriterionSummariesType0,  # noqa: PLC0415
        )
        from ..models.scorecard_calculation_response_drift_summary_type_0 import (
            ScorecardCalculationResponseDriftSummaryType0,  # noqa: PLC0415
        )

        success = self.success

        calculation = self.calculation.to_dict()

        criterion_summaries: dict[str, Any] | None
        if isinstance(self.criterion_summaries, ScorecardCalculationResponseCriterionSummariesType0):
            criterion_summaries = self.criterion_summaries.to_dict()
        else:
            criterion_summaries = self.criterion_summaries

        drift_summary: dict[str, Any] | None
        if isinstance(self.drift_summary, ScorecardCalculationResponseDriftSummaryType0):
            drift_summary = self.drift_summary.to_dict()
        else:
            drift_summary = self.drift_summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "calculation": calculation,
                "criterion_summaries": criterion_summaries,
                "drift_summary": drift_summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scorecard_calculation import ScorecardCalculation  # noqa: PLC0415
        from ..models.scorecard_calculation_response_criterion_summaries_type_0 import (
            ScorecardCalculationResponseCriterionSummariesType0,  # noqa: PLC0415
        )
        from ..models.scorecard_calculation_response_drift_summary_type_0 import (
            ScorecardCalculationResponseDriftSummaryType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        success = d.pop("success")

        calculation = ScorecardCalculation.from_dict(d.pop("calculation"))

        def _parse_criterion_summaries(
            data: object,
        ) -> None | ScorecardCalculationResponseCriterionSummariesType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                criterion_summaries_type_0 = ScorecardCalculationResponseCriterionSummariesType0.from_dict(
                    data
                )

                return criterion_summaries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScorecardCalculationResponseCriterionSummariesType0, data)

        criterion_summaries = _parse_criterion_summaries(d.pop("criterion_summaries"))

        def _parse_drift_summary(data: object) -> None | ScorecardCalculationResponseDriftSummaryType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                drift_summary_type_0 = ScorecardCalculationResponseDriftSummaryType0.from_dict(data)

                return drift_summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScorecardCalculationResponseDriftSummaryType0, data)

        drift_summary = _parse_drift_summary(d.pop("drift_summary"))

        scorecard_calculation_response = cls(
            success=success,
            calculation=calculation,
            criterion_summaries=criterion_summaries,
            drift_summary=drift_summary,
        )

        scorecard_calculation_response.additional_properties = d
        return scorecard_calculation_response

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
