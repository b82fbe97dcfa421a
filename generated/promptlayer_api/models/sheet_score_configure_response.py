from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SheetScoreConfigureResponse")


@_attrs_define
class SheetScoreConfigureResponse:
    """Result of saving a score configuration."""

    success: bool
    message: str
    score_configuration_id: UUID
    status: None | str
    """ Null here: saving does not start a calculation. """
    requires_recalculation: bool
    """ True after a change: recalculate to see the new score. """
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        score_configuration_id = str(self.score_configuration_id)

        status: None | str
        status = self.status

        requires_recalculation = self.requires_recalculation

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "message": message,
                "score_configuration_id": score_configuration_id,
                "status": status,
                "requires_recalculation": requires_recalculation,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        message = d.pop("message")

        score_configuration_id = UUID(d.pop("score_configuration_id"))

        def _parse_status(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status = _parse_status(d.pop("status"))

        requires_recalculation = d.pop("requires_recalculation")

        version = d.pop("version")

        sheet_score_configure_response = cls(
            success=success,
            message=message,
            score_configuration_id=score_configuration_id,
            status=status,
            requires_recalculation=requires_recalculation,
            version=version,
        )

        sheet_score_configure_response.additional_properties = d
        return sheet_score_configure_response

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
