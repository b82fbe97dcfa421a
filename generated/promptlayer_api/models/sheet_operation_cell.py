from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sheet_operation_cell_status import SheetOperationCellStatus


T = TypeVar("T", bound="SheetOperationCell")


@_attrs_define
class SheetOperationCell:
    """A cell touched by a recalculation."""

    id: str
    """ Cell ID, or a placeholder ID for an output cell not computed yet. """
    sheet_id: UUID
    column_id: UUID
    row_index: int
    status: SheetOperationCellStatus
    """ Computation state of a cell. """
    execution_id: None | Unset | UUID = UNSET
    """ Execution behind the cell's latest value, when known. """
    last_computed_version: int | None | Unset = UNSET
    """ Sheet version counter when the cell was last computed; null if never. """
    display_value: None | str | Unset = UNSET
    input_hash: None | str | Unset = UNSET
    value: Any | Unset = UNSET
    """ Structured value; its shape depends on the column type. """
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sheet_id = str(self.sheet_id)

        column_id = str(self.column_id)

        row_index = self.row_index

        status = self.status.value

        execution_id: None | str | Unset
        if isinstance(self.execution_id, Unset):
            execution_id = UNSET
        elif isinstance(self.execution_id, UUID):
            execution_id = str(self.execution_id)
        else:
            execution_id = self.execution_id

        last_computed_version: int | None | Unset
        if isinstance(self.last_computed_version, Unset):
            last_computed_version = UNSET
        else:
            last_computed_version = self.last_computed_version

        display_value: None | str | Unset
        if isinstance(self.display_value, Unset):
            display_value = UNSET
        else:
            display_value = self.display_value

        input_hash: None | str | Unset
        if isinstance(self.input_hash, Unset):
            input_hash = UNSET
        else:
            input_hash = self.input_hash

        value = self.value

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sheet_id": sheet_id,
                "column_id": column_id,
                "row_index": row_index,
                "status": status,
            }
        )
        if execution_id is not UNSET:
            field_dict["execution_id"] = execution_id
        if last_computed_version is not UNSET:
            field_dict["last_computed_version"] = last_computed_version
        if display_value is not UNSET:
            field_dict["display_value"] = display_value
        if input_hash is not UNSET:
            field_dict["input_hash"] = input_hash
        if value is not UNSET:
            field_dict["value"] = value
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sheet_operation_cell_status import SheetOperationCellStatus  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        sheet_id = UUID(d.pop("sheet_id"))

        column_id = UUID(d.pop("column_id"))

        row_index = d.pop("row_index")

        status = SheetOperationCellStatus(d.pop("status"))

        def _parse_execution_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                execution_id_type_0 = UUID(data)

                return execution_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        execution_id = _parse_execution_id(d.pop("execution_id", UNSET))

        def _parse_last_computed_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_computed_version = _parse_last_computed_version(d.pop("last_computed_version", UNSET))

        def _parse_display_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_value = _parse_display_value(d.pop("display_value", UNSET))

        def _parse_input_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        input_hash = _parse_input_hash(d.pop("input_hash", UNSET))

        value = d.pop("value", UNSET)

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        sheet_operation_cell = cls(
            id=id,
            sheet_id=sheet_id,
            column_id=column_id,
            row_index=row_index,
            status=status,
            execution_id=execution_id,
            last_computed_version=last_computed_version,
            display_value=display_value,
            input_hash=input_hash,
            value=value,
            updated_at=updated_at,
        )

        sheet_operation_cell.additional_properties = d
        return sheet_operation_cell

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
