from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.scorecard_reference import ScorecardReference


T = TypeVar("T", bound="ScorecardCancelResponse")


@_attrs_define
class ScorecardCancelResponse:
    """What the cancellation stopped."""

    success: bool
    message: str
    scorecard: ScorecardReference
    """ The scorecard an action applied to. """
    cancelled_count: int
    execution_ids: list[str]
    calculation_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        scorecard = self.scorecard.to_dict()

        cancelled_count = self.cancelled_count

        execution_ids = self.execution_ids

        calculation_id: None | str
        if isinstance(self.calculation_id, UUID):
            calculation_id = str(self.calculation_id)
        else:
            calculation_id = self.calculation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
                "scorecard": scorecard,
                "cancelled_count": cancelled_count,
                "execution_ids": execution_ids,
                "calculation_id": calculation_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scorecard_reference import ScorecardReference  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        message = d.pop("message")

        scorecard = ScorecardReference.from_dict(d.pop("scorecard"))

        cancelled_count = d.pop("cancelled_count")

        execution_ids = cast(list[str], d.pop("execution_ids"))

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

        scorecard_cancel_response = cls(
            success=success,
            message=message,
            scorecard=scorecard,
            cancelled_count=cancelled_count,
            execution_ids=execution_ids,
            calculation_id=calculation_id,
        )

        scorecard_cancel_response.additional_properties = d
        return scorecard_cancel_response

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
