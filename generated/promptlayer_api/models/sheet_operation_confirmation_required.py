from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SheetOperationConfirmationRequired")


@_attrs_define
class SheetOperationConfirmationRequired:
    """Answer when the operation is large: send it again with the confirmation token to go ahead."""

    success: bool
    requires_confirmation: bool
    confirmation_token: str
    affected_cell_count: int
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        requires_confirmation = self.requires_confirmation

        confirmation_token = self.confirmation_token

        affected_cell_count = self.affected_cell_count

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "requires_confirmation": requires_confirmation,
                "confirmation_token": confirmation_token,
                "affected_cell_count": affected_cell_count,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        requires_confirmation = d.pop("requires_confirmation")

        confirmation_token = d.pop("confirmation_token")

        affected_cell_count = d.pop("affected_cell_count")

        message = d.pop("message")

        sheet_operation_confirmation_required = cls(
            success=success,
            requires_confirmation=requires_confirmation,
            confirmation_token=confirmation_token,
            affected_cell_count=affected_cell_count,
            message=message,
        )

        sheet_operation_confirmation_required.additional_properties = d
        return sheet_operation_confirmation_required

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
