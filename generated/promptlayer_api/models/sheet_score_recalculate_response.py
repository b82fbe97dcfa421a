from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sheet_score_status import SheetScoreStatus


T = TypeVar("T", bound="SheetScoreRecalculateResponse")


@_attrs_define
class SheetScoreRecalculateResponse:
    """A queued score calculation."""

    success: bool
    score_configuration_id: UUID
    status: None | SheetScoreStatus
    score_source: str | Unset = UNSET
    """ scorecard when the sheet's scorecard is being recalculated. """
    calculation_id: UUID | Unset = UNSET
    """ The scorecard calculation queued, when the sheet is scored by a scorecard. """
    version: int | Unset = UNSET
    """ The sheet's version counter. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sheet_score_status import SheetScoreStatus  # noqa: PLC0415

        success = self.success

        score_configuration_id = str(self.score_configuration_id)

        status: None | str
        if isinstance(self.status, SheetScoreStatus):
            status = self.status.value
        else:
            status = self.status

        score_source = self.score_source

        calculation_id: str | Unset = UNSET
        if not isinstance(self.calculation_id, Unset):
            calculation_id = str(self.calculation_id)

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "score_configuration_id": score_configuration_id,
                "status": status,
            }
        )
        if score_source is not UNSET:
            field_dict["score_source"] = score_source
        if calculation_id is not UNSET:
            field_dict["calculation_id"] = calculation_id
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sheet_score_status import SheetScoreStatus  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        score_configuration_id = UUID(d.pop("score_configuration_id"))

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

        score_source = d.pop("score_source", UNSET)

        _calculation_id = d.pop("calculation_id", UNSET)
        calculation_id: UUID | Unset
        if isinstance(_calculation_id, Unset):
            calculation_id = UNSET
        else:
            calculation_id = UUID(_calculation_id)

        version = d.pop("version", UNSET)

        sheet_score_recalculate_response = cls(
            success=success,
            score_configuration_id=score_configuration_id,
            status=status,
            score_source=score_source,
            calculation_id=calculation_id,
            version=version,
        )

        sheet_score_recalculate_response.additional_properties = d
        return sheet_score_recalculate_response

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
