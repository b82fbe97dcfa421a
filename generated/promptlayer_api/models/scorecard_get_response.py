from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scorecard import Scorecard
    from ..models.scorecard_calculation import ScorecardCalculation
    from ..models.scorecard_get_response_criterion_summaries_type_0 import (
        ScorecardGetResponseCriterionSummariesType0,
    )
    from ..models.scorecard_get_response_drift_summary_type_0 import ScorecardGetResponseDriftSummaryType0
    from ..models.scorecard_progress import ScorecardProgress


T = TypeVar("T", bound="ScorecardGetResponse")


@_attrs_define
class ScorecardGetResponse:
    """The sheet's scorecard and the calculations worth showing."""

    success: bool
    scorecard: None | Scorecard
    latest_calculation: None | ScorecardCalculation
    display_calculation: None | ScorecardCalculation | Unset = UNSET
    """ The calculation whose results are shown. """
    criterion_summaries: None | ScorecardGetResponseCriterionSummariesType0 | Unset = UNSET
    drift_summary: None | ScorecardGetResponseDriftSummaryType0 | Unset = UNSET
    progress: None | ScorecardProgress | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scorecard import Scorecard  # noqa: PLC0415
        from ..models.scorecard_calculation import ScorecardCalculation  # noqa: PLC0415
        from ..models.scorecard_get_response_criterion_summaries_type_0 import (
            ScorecardGetResponseCriterionSummariesType0,  # noqa: PLC0415
        )
        from ..models.scorecard_get_response_drift_summary_type_0 import ScorecardGetResponseDriftSummaryType0  # noqa: PLC0415
        from ..models.scorecard_progress import ScorecardProgress  # noqa: PLC0415

        success = self.success

        scorecard: dict[str, Any] | None
        if isinstance(self.scorecard, Scorecard):
            scorecard = self.scorecard.to_dict()
        else:
            scorecard = self.scorecard

        latest_calculation: dict[str, Any] | None
        if isinstance(self.latest_calculation, ScorecardCalculation):
            latest_calculation = self.latest_calculation.to_dict()
        else:
            latest_calculation = self.latest_calculation

        display_calculation: dict[str, Any] | None | Unset
        if isinstance(self.display_calculation, Unset):
            display_calculation = UNSET
        elif isinstance(self.display_calculation, ScorecardCalculation):
            display_calculation = self.display_calculation.to_dict()
        else:
            display_calculation = self.display_calculation

        criterion_summaries: dict[str, Any] | None | Unset
        if isinstance(self.criterion_summaries, Unset):
            criterion_summaries = UNSET
        elif isinstance(self.criterion_summaries, ScorecardGetResponseCriterionSummariesType0):
            criterion_summaries = self.criterion_summaries.to_dict()
        else:
            criterion_summaries = self.criterion_summaries

        drift_summary: dict[str, Any] | None | Unset
        if isinstance(self.drift_summary, Unset):
            drift_summary = UNSET
        elif isinstance(self.drift_summary, ScorecardGetResponseDriftSummaryType0):
            drift_summary = self.drift_summary.to_dict()
        else:
            drift_summary = self.drift_summary

        progress: dict[str, Any] | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        elif isinstance(self.progress, ScorecardProgress):
            progress = self.progress.to_dict()
        else:
            progress = self.progress

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "scorecard": scorecard,
                "latest_calculation": latest_calculation,
            }
        )
        if display_calculation is not UNSET:
            field_dict["display_calculation"] = display_calculation
        if criterion_summaries is not UNSET:
            field_dict["criterion_summaries"] = criterion_summaries
        if drift_summary is not UNSET:
            field_dict["drift_summary"] = drift_summary
        if progress is not UNSET:
            field_dict["progress"] = progress

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scorecard import Scorecard  # noqa: PLC0415
        from ..models.scorecard_calculation import ScorecardCalculation  # noqa: PLC0415
        from ..models.scorecard_get_response_criterion_summaries_type_0 import (
            ScorecardGetResponseCriterionSummariesType0,  # noqa: PLC0415
        )
        from ..models.scorecard_get_response_drift_summary_type_0 import ScorecardGetResponseDriftSummaryType0  # noqa: PLC0415
        from ..models.scorecard_progress import ScorecardProgress  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        def _parse_scorecard(data: object) -> None | Scorecard:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                scorecard_type_0 = Scorecard.from_dict(data)

                return scorecard_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Scorecard, data)

        scorecard = _parse_scorecard(d.pop("scorecard"))

        def _parse_latest_calculation(data: object) -> None | ScorecardCalculation:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_calculation_type_0 = ScorecardCalculation.from_dict(data)

                return latest_calculation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScorecardCalculation, data)

        latest_calculation = _parse_latest_calculation(d.pop("latest_calculation"))

        def _parse_display_calculation(data: object) -> None | ScorecardCalculation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                display_calculation_type_0 = ScorecardCalculation.from_dict(data)

                return display_calculation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScorecardCalculation | Unset, data)

        display_calculation = _parse_display_calculation(d.pop("display_calculation", UNSET))

        def _parse_criterion_summaries(
            data: object,
        ) -> None | ScorecardGetResponseCriterionSummariesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                criterion_summaries_type_0 = ScorecardGetResponseCriterionSummariesType0.from_dict(data)

                return criterion_summaries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScorecardGetResponseCriterionSummariesType0 | Unset, data)

        criterion_summaries = _parse_criterion_summaries(d.pop("criterion_summaries", UNSET))

        def _parse_drift_summary(data: object) -> None | ScorecardGetResponseDriftSummaryType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                drift_summary_type_0 = ScorecardGetResponseDriftSummaryType0.from_dict(data)

                return drift_summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScorecardGetResponseDriftSummaryType0 | Unset, data)

        drift_summary = _parse_drift_summary(d.pop("drift_summary", UNSET))

        def _parse_progress(data: object) -> None | ScorecardProgress | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                progress_type_0 = ScorecardProgress.from_dict(data)

                return progress_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScorecardProgress | Unset, data)

        progress = _parse_progress(d.pop("progress", UNSET))

        scorecard_get_response = cls(
            success=success,
            scorecard=scorecard,
            latest_calculation=latest_calculation,
            display_calculation=display_calculation,
            criterion_summaries=criterion_summaries,
            drift_summary=drift_summary,
            progress=progress,
        )

        scorecard_get_response.additional_properties = d
        return scorecard_get_response

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
