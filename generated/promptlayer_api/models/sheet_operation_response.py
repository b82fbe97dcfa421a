from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sheet_operation import SheetOperation


T = TypeVar("T", bound="SheetOperationResponse")


@_attrs_define
class SheetOperationResponse:
    """One recalculation operation."""

    success: bool
    operation: SheetOperation
    """ Progress of one recalculation operation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        operation = self.operation.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "operation": operation,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sheet_operation import SheetOperation  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        operation = SheetOperation.from_dict(d.pop("operation"))

        sheet_operation_response = cls(
            success=success,
            operation=operation,
        )

        sheet_operation_response.additional_properties = d
        return sheet_operation_response

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
