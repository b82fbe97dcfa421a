from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.scorecard_row_list_response_verdict_counts import ScorecardRowListResponseVerdictCounts
    from ..models.scorecard_row_summary import ScorecardRowSummary


T = TypeVar("T", bound="ScorecardRowListResponse")


@_attrs_define
class ScorecardRowListResponse:
    """A page of row results."""

    success: bool
    calculation_id: None | UUID
    rows: list[ScorecardRowSummary]
    next_cursor: int | None
    """ Pass as cursor for the next page; null on the last. """
    verdict_counts: ScorecardRowListResponseVerdictCounts
    """ Rows per verdict. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        calculation_id: None | str
        if isinstance(self.calculation_id, UUID):
            calculation_id = str(self.calculation_id)
        else:
            calculation_id = self.calculation_id

        rows = []
        for rows_item_data in self.rows:
            rows_item = rows_item_data.to_dict()
            rows.append(rows_item)

        next_cursor: int | None
        next_cursor = self.next_cursor

        verdict_counts = self.verdict_counts.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "calculation_id": calculation_id,
                "rows": rows,
                "next_cursor": next_cursor,
                "verdict_counts": verdict_counts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scorecard_row_list_response_verdict_counts import ScorecardRowListResponseVerdictCounts  # noqa: PLC0415
        from ..models.scorecard_row_summary import ScorecardRowSummary  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        def _parse_calculation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                calculation_id_type_0 = UUID(data)

                return calculation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        calculation_id = _parse_calculation_id(d.pop("calculation_id"))

        rows = []
        _rows = d.pop("rows")
        for rows_item_data in _rows:
            rows_item = ScorecardRowSummary.from_dict(rows_item_data)

            rows.append(rows_item)

        def _parse_next_cursor(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))

        verdict_counts = ScorecardRowListResponseVerdictCounts.from_dict(d.pop("verdict_counts"))

        scorecard_row_list_response = cls(
            success=success,
            calculation_id=calculation_id,
            rows=rows,
            next_cursor=next_cursor,
            verdict_counts=verdict_counts,
        )

        scorecard_row_list_response.additional_properties = d
        return scorecard_row_list_response

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
