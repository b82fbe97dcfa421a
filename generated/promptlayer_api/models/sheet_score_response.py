from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sheet_score_cell import SheetScoreCell
    from ..models.sheet_score_column import SheetScoreColumn
    from ..models.sheet_score_configuration import SheetScoreConfiguration
    from ..models.sheet_score_kind import SheetScoreKind
    from ..models.sheet_score_metric import SheetScoreMetric
    from ..models.sheet_score_response_aggregate import SheetScoreResponseAggregate
    from ..models.sheet_score_response_details import SheetScoreResponseDetails
    from ..models.sheet_score_response_per_column import SheetScoreResponsePerColumn
    from ..models.sheet_score_scoring_type import SheetScoreScoringType
    from ..models.sheet_score_status import SheetScoreStatus


T = TypeVar("T", bound="SheetScoreResponse")


@_attrs_define
class SheetScoreResponse:
    """A sheet's score, with the per-column and per-row figures behind it."""

    success: bool
    sheet_id: UUID
    scoring_type: None | SheetScoreScoringType
    columns: list[SheetScoreColumn]
    aggregate_score: float | None
    total_rows: int
    scored_rows: int
    excluded_rows: int
    calculated_at: datetime.datetime | None
    score_matrix: list[list[float | None | SheetScoreCell | str]] | None
    """ Per-row score entries, one inner list per row. """
    score_matrix_metrics: list[SheetScoreMetric] | None
    """ What each position of a score_matrix row holds. """
    status: None | SheetScoreStatus
    score_calculation_error: None | str
    has_custom_scoring: bool
    score_configuration: None | SheetScoreConfiguration
    score_type: SheetScoreKind
    """ What the sheet's score is built from. """
    overall_score: float | None
    details: SheetScoreResponseDetails
    aggregate: SheetScoreResponseAggregate
    per_column: SheetScoreResponsePerColumn
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sheet_score_cell import SheetScoreCell  # noqa: PLC0415
        from ..models.sheet_score_configuration import SheetScoreConfiguration  # noqa: PLC0415
        from ..models.sheet_score_scoring_type import SheetScoreScoringType  # noqa: PLC0415
        from ..models.sheet_score_status import SheetScoreStatus  # noqa: PLC0415

        success = self.success

        sheet_id = str(self.sheet_id)

        scoring_type: None | str
        if isinstance(self.scoring_type, SheetScoreScoringType):
            scoring_type = self.scoring_type.value
        else:
            scoring_type = self.scoring_type

        columns = []
        for columns_item_data in self.columns:
            columns_item = columns_item_data.to_dict()
            columns.append(columns_item)

        aggregate_score: float | None
        aggregate_score = self.aggregate_score

        total_rows = self.total_rows

        scored_rows = self.scored_rows

        excluded_rows = self.excluded_rows

        calculated_at: None | str
        if isinstance(self.calculated_at, datetime.datetime):
            calculated_at = self.calculated_at.isoformat()
        else:
            calculated_at = self.calculated_at

        score_matrix: list[list[dict[str, Any] | float | None | str]] | None
        if isinstance(self.score_matrix, list):
            score_matrix = []
            for score_matrix_type_0_item_data in self.score_matrix:
                score_matrix_type_0_item = []
                for score_matrix_type_0_item_item_data in score_matrix_type_0_item_data:
                    score_matrix_type_0_item_item: dict[str, Any] | float | None | str
                    if isinstance(score_matrix_type_0_item_item_data, SheetScoreCell):
                        score_matrix_type_0_item_item = score_matrix_type_0_item_item_data.to_dict()
                    else:
                        score_matrix_type_0_item_item = score_matrix_type_0_item_item_data
                    score_matrix_type_0_item.append(score_matrix_type_0_item_item)

                score_matrix.append(score_matrix_type_0_item)

        else:
            score_matrix = self.score_matrix

        score_matrix_metrics: list[dict[str, Any]] | None
        if isinstance(self.score_matrix_metrics, list):
            score_matrix_metrics = []
            for score_matrix_metrics_type_0_item_data in self.score_matrix_metrics:
                score_matrix_metrics_type_0_item = score_matrix_metrics_type_0_item_data.to_dict()
                score_matrix_metrics.append(score_matrix_metrics_type_0_item)

        else:
            score_matrix_metrics = self.score_matrix_metrics

        status: None | str
        if isinstance(self.status, SheetScoreStatus):
            status = self.status.value
        else:
            status = self.status

        score_calculation_error: None | str
        score_calculation_error = self.score_calculation_error

        has_custom_scoring = self.has_custom_scoring

        score_configuration: dict[str, Any] | None
        if isinstance(self.score_configuration, SheetScoreConfiguration):
            score_configuration = self.score_configuration.to_dict()
        else:
            score_configuration = self.score_configuration

        score_type = self.score_type.value

        overall_score: float | None
        overall_score = self.overall_score

        details = self.details.to_dict()

        aggregate = self.aggregate.to_dict()

        per_column = self.per_column.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "sheet_id": sheet_id,
                "scoring_type": scoring_type,
                "columns": columns,
                "aggregate_score": aggregate_score,
                "total_rows": total_rows,
                "scored_rows": scored_rows,
                "excluded_rows": excluded_rows,
                "calculated_at": calculated_at,
                "score_matrix": score_matrix,
                "score_matrix_metrics": score_matrix_metrics,
                "status": status,
                "score_calculation_error": score_calculation_error,
                "has_custom_scoring": has_custom_scoring,
                "score_configuration": score_configuration,
                "score_type": score_type,
                "overall_score": overall_score,
                "details": details,
                "aggregate": aggregate,
                "per_column": per_column,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sheet_score_cell import SheetScoreCell  # noqa: PLC0415
        from ..models.sheet_score_column import SheetScoreColumn  # noqa: PLC0415
        from ..models.sheet_score_configuration import SheetScoreConfiguration  # noqa: PLC0415
        from ..models.sheet_score_kind import SheetScoreKind  # noqa: PLC0415
        from ..models.sheet_score_metric import SheetScoreMetric  # noqa: PLC0415
        from ..models.sheet_score_response_aggregate import SheetScoreResponseAggregate  # noqa: PLC0415
        from ..models.sheet_score_response_details import SheetScoreResponseDetails  # noqa: PLC0415
        from ..models.sheet_score_response_per_column import SheetScoreResponsePerColumn  # noqa: PLC0415
        from ..models.sheet_score_scoring_type import SheetScoreScoringType  # noqa: PLC0415
        from ..models.sheet_score_status import SheetScoreStatus  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        sheet_id = UUID(d.pop("sheet_id"))

        def _parse_scoring_type(data: object) -> None | SheetScoreScoringType:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scoring_type_type_0 = SheetScoreScoringType(data)

                return scoring_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SheetScoreScoringType, data)

        scoring_type = _parse_scoring_type(d.pop("scoring_type"))

        columns = []
        _columns = d.pop("columns")
        for columns_item_data in _columns:
            columns_item = SheetScoreColumn.from_dict(columns_item_data)

            columns.append(columns_item)

        def _parse_aggregate_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        aggregate_score = _parse_aggregate_score(d.pop("aggregate_score"))

        total_rows = d.pop("total_rows")

        scored_rows = d.pop("scored_rows")

        excluded_rows = d.pop("excluded_rows")

        def _parse_calculated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                calculated_at_type_0 = datetime.datetime.fromisoformat(data)

                return calculated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        calculated_at = _parse_calculated_at(d.pop("calculated_at"))

        def _parse_score_matrix(data: object) -> list[list[float | None | SheetScoreCell | str]] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                score_matrix_type_0 = []
                _score_matrix_type_0 = data
                for score_matrix_type_0_item_data in _score_matrix_type_0:
                    score_matrix_type_0_item = []
                    _score_matrix_type_0_item = score_matrix_type_0_item_data
                    for score_matrix_type_0_item_item_data in _score_matrix_type_0_item:

                        def _parse_score_matrix_type_0_item_item(
                            data: object,
                        ) -> float | None | SheetScoreCell | str:
                            if data is None:
                                return data
                            try:
                                if not isinstance(data, dict):
                                    raise TypeError()
                                score_matrix_type_0_item_item_type_2 = SheetScoreCell.from_dict(data)

                                return score_matrix_type_0_item_item_type_2
                            except (TypeError, ValueError, AttributeError, KeyError):
                                pass
                            return cast(float | None | SheetScoreCell | str, data)

                        score_matrix_type_0_item_item = _parse_score_matrix_type_0_item_item(
                            score_matrix_type_0_item_item_data
                        )

                        score_matrix_type_0_item.append(score_matrix_type_0_item_item)

                    score_matrix_type_0.append(score_matrix_type_0_item)

                return score_matrix_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[list[float | None | SheetScoreCell | str]] | None, data)

        score_matrix = _parse_score_matrix(d.pop("score_matrix"))

        def _parse_score_matrix_metrics(data: object) -> list[SheetScoreMetric] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                score_matrix_metrics_type_0 = []
                _score_matrix_metrics_type_0 = data
                for score_matrix_metrics_type_0_item_data in _score_matrix_metrics_type_0:
                    score_matrix_metrics_type_0_item = SheetScoreMetric.from_dict(
                        score_matrix_metrics_type_0_item_data
                    )

                    score_matrix_metrics_type_0.append(score_matrix_metrics_type_0_item)

                return score_matrix_metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SheetScoreMetric] | None, data)

        score_matrix_metrics = _parse_score_matrix_metrics(d.pop("score_matrix_metrics"))

        def _parse_status(data: object) -> None | SheetScoreStatus:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = SheetScoreStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SheetScoreStatus, data)

        status = _parse_status(d.pop("status"))

        def _parse_score_calculation_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        score_calculation_error = _parse_score_calculation_error(d.pop("score_calculation_error"))

        has_custom_scoring = d.pop("has_custom_scoring")

        def _parse_score_configuration(data: object) -> None | SheetScoreConfiguration:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                score_configuration_type_0 = SheetScoreConfiguration.from_dict(data)

                return score_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SheetScoreConfiguration, data)

        score_configuration = _parse_score_configuration(d.pop("score_configuration"))

        score_type = SheetScoreKind(d.pop("score_type"))

        def _parse_overall_score(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        overall_score = _parse_overall_score(d.pop("overall_score"))

        details = SheetScoreResponseDetails.from_dict(d.pop("details"))

        aggregate = SheetScoreResponseAggregate.from_dict(d.pop("aggregate"))

        per_column = SheetScoreResponsePerColumn.from_dict(d.pop("per_column"))

        sheet_score_response = cls(
            success=success,
            sheet_id=sheet_id,
            scoring_type=scoring_type,
            columns=columns,
            aggregate_score=aggregate_score,
            total_rows=total_rows,
            scored_rows=scored_rows,
            excluded_rows=excluded_rows,
            calculated_at=calculated_at,
            score_matrix=score_matrix,
            score_matrix_metrics=score_matrix_metrics,
            status=status,
            score_calculation_error=score_calculation_error,
            has_custom_scoring=has_custom_scoring,
            score_configuration=score_configuration,
            score_type=score_type,
            overall_score=overall_score,
            details=details,
            aggregate=aggregate,
            per_column=per_column,
        )

        sheet_score_response.additional_properties = d
        return sheet_score_response

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
