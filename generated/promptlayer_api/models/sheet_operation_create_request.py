from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sheet_operation_cell_status import SheetOperationCellStatus
    from ..models.sheet_operation_kind import SheetOperationKind


T = TypeVar("T", bound="SheetOperationCreateRequest")


@_attrs_define
class SheetOperationCreateRequest:
    """Which cells to recalculate."""

    operation: SheetOperationKind | Unset = UNSET
    """ Kinds of sheet operation. """
    column_ids: list[UUID] | None | Unset = UNSET
    """ Columns to recalculate; text columns cannot be. """
    row_ids: list[int] | None | Unset = UNSET
    """ Row positions (from 0) to recalculate; all rows when omitted. """
    statuses: list[SheetOperationCellStatus] | None | Unset = UNSET
    """ Cell statuses to include: stale cells when omitted, every status when empty. """
    confirmation_token: None | str | Unset = UNSET
    """ Token from an earlier answer that asked to confirm a large operation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation: str | Unset = UNSET
        if not isinstance(self.operation, Unset):
            operation = self.operation.value

        column_ids: list[str] | None | Unset
        if isinstance(self.column_ids, Unset):
            column_ids = UNSET
        elif isinstance(self.column_ids, list):
            column_ids = []
            for column_ids_type_0_item_data in self.column_ids:
                column_ids_type_0_item = str(column_ids_type_0_item_data)
                column_ids.append(column_ids_type_0_item)

        else:
            column_ids = self.column_ids

        row_ids: list[int] | None | Unset
        if isinstance(self.row_ids, Unset):
            row_ids = UNSET
        elif isinstance(self.row_ids, list):
            row_ids = self.row_ids

        else:
            row_ids = self.row_ids

        statuses: list[str] | None | Unset
        if isinstance(self.statuses, Unset):
            statuses = UNSET
        elif isinstance(self.statuses, list):
            statuses = []
            for statuses_type_0_item_data in self.statuses:
                statuses_type_0_item = statuses_type_0_item_data.value
                statuses.append(statuses_type_0_item)

        else:
            statuses = self.statuses

        confirmation_token: None | str | Unset
        if isinstance(self.confirmation_token, Unset):
            confirmation_token = UNSET
        else:
            confirmation_token = self.confirmation_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if operation is not UNSET:
            field_dict["operation"] = operation
        if column_ids is not UNSET:
            field_dict["column_ids"] = column_ids
        if row_ids is not UNSET:
            field_dict["row_ids"] = row_ids
        if statuses is not UNSET:
            field_dict["statuses"] = statuses
        if confirmation_token is not UNSET:
            field_dict["confirmation_token"] = confirmation_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sheet_operation_cell_status import SheetOperationCellStatus  # noqa: PLC0415
        from ..models.sheet_operation_kind import SheetOperationKind  # noqa: PLC0415

        d = dict(src_dict)
        _operation = d.pop("operation", UNSET)
        operation: SheetOperationKind | Unset
        if isinstance(_operation, Unset):
            operation = UNSET
        else:
            operation = SheetOperationKind(_operation)

        def _parse_column_ids(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                column_ids_type_0 = []
                _column_ids_type_0 = data
                for column_ids_type_0_item_data in _column_ids_type_0:
                    column_ids_type_0_item = UUID(column_ids_type_0_item_data)

                    column_ids_type_0.append(column_ids_type_0_item)

                return column_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        column_ids = _parse_column_ids(d.pop("column_ids", UNSET))

        def _parse_row_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                row_ids_type_0 = cast(list[int], data)

                return row_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        row_ids = _parse_row_ids(d.pop("row_ids", UNSET))

        def _parse_statuses(data: object) -> list[SheetOperationCellStatus] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                statuses_type_0 = []
                _statuses_type_0 = data
                for statuses_type_0_item_data in _statuses_type_0:
                    statuses_type_0_item = SheetOperationCellStatus(statuses_type_0_item_data)

                    statuses_type_0.append(statuses_type_0_item)

                return statuses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SheetOperationCellStatus] | None | Unset, data)

        statuses = _parse_statuses(d.pop("statuses", UNSET))

        def _parse_confirmation_token(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        confirmation_token = _parse_confirmation_token(d.pop("confirmation_token", UNSET))

        sheet_operation_create_request = cls(
            operation=operation,
            column_ids=column_ids,
            row_ids=row_ids,
            statuses=statuses,
            confirmation_token=confirmation_token,
        )

        sheet_operation_create_request.additional_properties = d
        return sheet_operation_create_request

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
