from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sheet_operation_kind import SheetOperationKind
    from ..models.sheet_operation_status_counts import SheetOperationStatusCounts


T = TypeVar("T", bound="SheetOperation")


@_attrs_define
class SheetOperation:
    """Progress of one recalculation operation."""

    operation_id: str
    operation: SheetOperationKind
    """ Kinds of sheet operation. """
    status: str
    """ Overall state of the operation. """
    status_counts: SheetOperationStatusCounts
    """ Number of the operation's cells in each status. """
    cell_count: int
    completed_count: int
    failed_count: int
    pending_count: int
    status_url: str
    """ Where to poll the operation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation_id = self.operation_id

        operation = self.operation.value

        status = self.status

        status_counts = self.status_counts.to_dict()

        cell_count = self.cell_count

        completed_count = self.completed_count

        failed_count = self.failed_count

        pending_count = self.pending_count

        status_url = self.status_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation_id": operation_id,
                "operation": operation,
                "status": status,
                "status_counts": status_counts,
                "cell_count": cell_count,
                "completed_count": completed_count,
                "failed_count": failed_count,
                "pending_count": pending_count,
                "status_url": status_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sheet_operation_kind import SheetOperationKind  # noqa: PLC0415
        from ..models.sheet_operation_status_counts import SheetOperationStatusCounts  # noqa: PLC0415

        d = dict(src_dict)
        operation_id = d.pop("operation_id")

        operation = SheetOperationKind(d.pop("operation"))

        status = d.pop("status")

        status_counts = SheetOperationStatusCounts.from_dict(d.pop("status_counts"))

        cell_count = d.pop("cell_count")

        completed_count = d.pop("completed_count")

        failed_count = d.pop("failed_count")

        pending_count = d.pop("pending_count")

        status_url = d.pop("status_url")

        sheet_operation = cls(
            operation_id=operation_id,
            operation=operation,
            status=status,
            status_counts=status_counts,
            cell_count=cell_count,
            completed_count=completed_count,
            failed_count=failed_count,
            pending_count=pending_count,
            status_url=status_url,
        )

        sheet_operation.additional_properties = d
        return sheet_operation

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
