from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scorecard_calculation_criterion_summaries import ScorecardCalculationCriterionSummaries
    from ..models.scorecard_calculation_drift_summary_type_0 import ScorecardCalculationDriftSummaryType0
    from ..models.scorecard_calculation_status import ScorecardCalculationStatus
    from ..models.scorecard_verdict import ScorecardVerdict


T = TypeVar("T", bound="ScorecardCalculation")


@_attrs_define
class ScorecardCalculation:
    """One run of a scorecard over the sheet."""

    id: UUID
    scorecard_id: UUID
    workspace_id: int
    sheet_id: UUID
    sheet_revision: str
    status: ScorecardCalculationStatus
    """ State of a scorecard calculation. """
    criterion_summaries: ScorecardCalculationCriterionSummaries
    aggregate_score: float | None | Unset = UNSET
    aggregate_verdict: None | ScorecardVerdict | Unset = UNSET
    drift_summary: None | ScorecardCalculationDriftSummaryType0 | Unset = UNSET
    config_hash: None | str | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    error_summary: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scorecard_calculation_drift_summary_type_0 import ScorecardCalculationDriftSummaryType0  # noqa: PLC0415
        from ..models.scorecard_verdict import ScorecardVerdict  # noqa: PLC0415

        id = str(self.id)

        scorecard_id = str(self.scorecard_id)

        workspace_id = self.workspace_id

        sheet_id = str(self.sheet_id)

        sheet_revision = self.sheet_revision

        status = self.status.value

        criterion_summaries = self.criterion_summaries.to_dict()

        aggregate_score: float | None | Unset
        if isinstance(self.aggregate_score, Unset):
            aggregate_score = UNSET
        else:
            aggregate_score = self.aggregate_score

        aggregate_verdict: None | str | Unset
        if isinstance(self.aggregate_verdict, Unset):
            aggregate_verdict = UNSET
        elif isinstance(self.aggregate_verdict, ScorecardVerdict):
            aggregate_verdict = self.aggregate_verdict.value
        else:
            aggregate_verdict = self.aggregate_verdict

        drift_summary: dict[str, Any] | None | Unset
        if isinstance(self.drift_summary, Unset):
            drift_summary = UNSET
        elif isinstance(self.drift_summary, ScorecardCalculationDriftSummaryType0):
            drift_summary = self.drift_summary.to_dict()
        else:
            drift_summary = self.drift_summary

        config_hash: None | str | Unset
        if isinstance(self.config_hash, Unset):
            config_hash = UNSET
        else:
            config_hash = self.config_hash

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        error_summary: None | str | Unset
        if isinstance(self.error_summary, Unset):
            error_summary = UNSET
        else:
            error_summary = self.error_summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "scorecard_id": scorecard_id,
                "workspace_id": workspace_id,
                "sheet_id": sheet_id,
                "sheet_revision": sheet_revision,
                "status": status,
                "criterion_summaries": criterion_summaries,
            }
        )
        if aggregate_score is not UNSET:
            field_dict["aggregate_score"] = aggregate_score
        if aggregate_verdict is not UNSET:
            field_dict["aggregate_verdict"] = aggregate_verdict
        if drift_summary is not UNSET:
            field_dict["drift_summary"] = drift_summary
        if config_hash is not UNSET:
            field_dict["config_hash"] = config_hash
        if started_at is not UNSET:
            field_dict["started_at"] = started_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if error_summary is not UNSET:
            field_dict["error_summary"] = error_summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scorecard_calculation_criterion_summaries import ScorecardCalculationCriterionSummaries  # noqa: PLC0415
        from ..models.scorecard_calculation_drift_summary_type_0 import ScorecardCalculationDriftSummaryType0  # noqa: PLC0415
        from ..models.scorecard_calculation_status import ScorecardCalculationStatus  # noqa: PLC0415
        from ..models.scorecard_verdict import ScorecardVerdict  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        scorecard_id = UUID(d.pop("scorecard_id"))

        workspace_id = d.pop("workspace_id")

        sheet_id = UUID(d.pop("sheet_id"))

        sheet_revision = d.pop("sheet_revision")

        status = ScorecardCalculationStatus(d.pop("status"))

        criterion_summaries = ScorecardCalculationCriterionSummaries.from_dict(d.pop("criterion_summaries"))

        def _parse_aggregate_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        aggregate_score = _parse_aggregate_score(d.pop("aggregate_score", UNSET))

        def _parse_aggregate_verdict(data: object) -> None | ScorecardVerdict | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                aggregate_verdict_type_0 = ScorecardVerdict(data)

                return aggregate_verdict_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScorecardVerdict | Unset, data)

        aggregate_verdict = _parse_aggregate_verdict(d.pop("aggregate_verdict", UNSET))

        def _parse_drift_summary(data: object) -> None | ScorecardCalculationDriftSummaryType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                drift_summary_type_0 = ScorecardCalculationDriftSummaryType0.from_dict(data)

                return drift_summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScorecardCalculationDriftSummaryType0 | Unset, data)

        drift_summary = _parse_drift_summary(d.pop("drift_summary", UNSET))

        def _parse_config_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        config_hash = _parse_config_hash(d.pop("config_hash", UNSET))

        def _parse_started_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        started_at = _parse_started_at(d.pop("started_at", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.pop("completed_at", UNSET))

        def _parse_error_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_summary = _parse_error_summary(d.pop("error_summary", UNSET))

        scorecard_calculation = cls(
            id=id,
            scorecard_id=scorecard_id,
            workspace_id=workspace_id,
            sheet_id=sheet_id,
            sheet_revision=sheet_revision,
            status=status,
            criterion_summaries=criterion_summaries,
            aggregate_score=aggregate_score,
            aggregate_verdict=aggregate_verdict,
            drift_summary=drift_summary,
            config_hash=config_hash,
            started_at=started_at,
            completed_at=completed_at,
            error_summary=error_summary,
        )

        scorecard_calculation.additional_properties = d
        return scorecard_calculation

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
