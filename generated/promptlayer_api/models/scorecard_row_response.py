from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.scorecard_row_response_step_results import ScorecardRowResponseStepResults
    from ..models.scorecard_row_summary_drift_summary_type_0 import ScorecardRowSummaryDriftSummaryType0
    from ..models.scorecard_row_summary_stale_state_type_0 import ScorecardRowSummaryStaleStateType0
    from ..models.scorecard_verdict import ScorecardVerdict


T = TypeVar("T", bound="ScorecardRowResponse")


@_attrs_define
class ScorecardRowResponse:
    """One row's result with its per-step breakdown."""

    row_index: int
    aggregate_score: float | None
    aggregate_verdict: None | ScorecardVerdict
    drift_summary: None | ScorecardRowSummaryDriftSummaryType0
    stale_state: None | ScorecardRowSummaryStaleStateType0
    error_summary: None | str
    success: bool
    id: UUID
    calculation_id: UUID
    scorecard_id: UUID
    sheet_id: UUID
    step_results: ScorecardRowResponseStepResults
    """ Results keyed by step. """
    config_hash: None | str
    input_hash: None | str
    computed_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scorecard_row_summary_drift_summary_type_0 import ScorecardRowSummaryDriftSummaryType0  # noqa: PLC0415
        from ..models.scorecard_row_summary_stale_state_type_0 import ScorecardRowSummaryStaleStateType0  # noqa: PLC0415
        from ..models.scorecard_verdict import ScorecardVerdict  # noqa: PLC0415

        row_index = self.row_index

        aggregate_score: float | None
        aggregate_score = self.aggregate_score

        aggregate_verdict: None | str
        if isinstance(self.aggregate_verdict, ScorecardVerdict):
            aggregate_verdict = self.aggregate_verdict.value
        else:
            aggregate_verdict = self.aggregate_verdict

        drift_summary: dict[str, Any] | None
        if isinstance(self.drift_summary, ScorecardRowSummaryDriftSummaryType0):
            drift_summary = self.drift_summary.to_dict()
        else:
            drift_summary = self.drift_summary

        stale_state: dict[str, Any] | None
        if isinstance(self.stale_state, ScorecardRowSummaryStaleStateType0):
            stale_state = self.stale_state.to_dict()
        else:
            stale_state = self.stale_state

        error_summary: None | str
        error_summary = self.error_summary

        success = self.success

        id = str(self.id)

        calculation_id = str(self.calculation_id)

        scorecard_id = str(self.scorecard_id)

        sheet_id = str(self.sheet_id)

        step_results = self.step_results.to_dict()

        config_hash: None | str
        config_hash = self.config_hash

        input_hash: None | str
        input_hash = self.input_hash

        computed_at: None | str
        if isinstance(self.computed_at, datetime.datetime):
            computed_at = self.computed_at.isoformat()
        else:
            computed_at = self.computed_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "row_index": row_index,
                "aggregate_score": aggregate_score,
                "aggregate_verdict": aggregate_verdict,
                "drift_summary": drift_summary,
                "stale_state": stale_state,
                "error_summary": error_summary,
                "success": success,
                "id": id,
                "calculation_id": calculation_id,
                "scorecard_id": scorecard_id,
                "sheet_id": sheet_id,
                "step_results": step_results,
                "config_hash": config_hash,
                "input_hash": input_hash,
                "computed_at": computed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scorecard_row_response_step_results import ScorecardRowResponseStepResults  # noqa: PLC0415
        from ..models.scorecard_row_summary_drift_summary_type_0 import ScorecardRowSummaryDriftSummaryType0  # noqa: PLC0415
        from ..models.scorecard_row_summary_stale_state_type_0 import ScorecardRowSummaryStaleStateType0  # noqa: PLC0415
        from ..models.scorecard_verdict import ScorecardVerdict  # noqa: PLC0415

        d = dict(src_dict)
        row_index = d.pop("row_index")

        def _parse_aggregate_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        aggregate_score = _parse_aggregate_score(d.pop("aggregate_score"))

        def _parse_aggregate_verdict(data: object) -> None | ScorecardVerdict:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                aggregate_verdict_type_0 = ScorecardVerdict(data)

                return aggregate_verdict_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScorecardVerdict, data)

        aggregate_verdict = _parse_aggregate_verdict(d.pop("aggregate_verdict"))

        def _parse_drift_summary(data: object) -> None | ScorecardRowSummaryDriftSummaryType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                drift_summary_type_0 = ScorecardRowSummaryDriftSummaryType0.from_dict(data)

                return drift_summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScorecardRowSummaryDriftSummaryType0, data)

        drift_summary = _parse_drift_summary(d.pop("drift_summary"))

        def _parse_stale_state(data: object) -> None | ScorecardRowSummaryStaleStateType0:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stale_state_type_0 = ScorecardRowSummaryStaleStateType0.from_dict(data)

                return stale_state_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScorecardRowSummaryStaleStateType0, data)

        stale_state = _parse_stale_state(d.pop("stale_state"))

        def _parse_error_summary(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_summary = _parse_error_summary(d.pop("error_summary"))

        success = d.pop("success")

        id = UUID(d.pop("id"))

        calculation_id = UUID(d.pop("calculation_id"))

        scorecard_id = UUID(d.pop("scorecard_id"))

        sheet_id = UUID(d.pop("sheet_id"))

        step_results = ScorecardRowResponseStepResults.from_dict(d.pop("step_results"))

        def _parse_config_hash(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        config_hash = _parse_config_hash(d.pop("config_hash"))

        def _parse_input_hash(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        input_hash = _parse_input_hash(d.pop("input_hash"))

        def _parse_computed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                computed_at_type_0 = datetime.datetime.fromisoformat(data)

                return computed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        computed_at = _parse_computed_at(d.pop("computed_at"))

        scorecard_row_response = cls(
            row_index=row_index,
            aggregate_score=aggregate_score,
            aggregate_verdict=aggregate_verdict,
            drift_summary=drift_summary,
            stale_state=stale_state,
            error_summary=error_summary,
            success=success,
            id=id,
            calculation_id=calculation_id,
            scorecard_id=scorecard_id,
            sheet_id=sheet_id,
            step_results=step_results,
            config_hash=config_hash,
            input_hash=input_hash,
            computed_at=computed_at,
        )

        scorecard_row_response.additional_properties = d
        return scorecard_row_response

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
