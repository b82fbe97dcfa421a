from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.scorecard_calculation_status import ScorecardCalculationStatus


T = TypeVar("T", bound="ScorecardRecalculateResponse")


@_attrs_define
class ScorecardRecalculateResponse:
    """A queued scorecard calculation."""

    success: bool
    calculation_id: UUID
    status: ScorecardCalculationStatus
    """ State of a scorecard calculation. """
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        calculation_id = str(self.calculation_id)

        status = self.status.value

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "calculation_id": calculation_id,
                "status": status,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scorecard_calculation_status import ScorecardCalculationStatus  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        calculation_id = UUID(d.pop("calculation_id"))

        status = ScorecardCalculationStatus(d.pop("status"))

        version = d.pop("version")

        scorecard_recalculate_response = cls(
            success=success,
            calculation_id=calculation_id,
            status=status,
            version=version,
        )

        scorecard_recalculate_response.additional_properties = d
        return scorecard_recalculate_response

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
