from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cell_request_metrics import CellRequestMetrics
    from ..models.cell_status import CellStatus


T = TypeVar("T", bound="Cell")


@_attrs_define
class Cell:
    """The value of one column in one row."""

    id: UUID | Unset = UNSET
    sheet_id: UUID | Unset = UNSET
    column_id: UUID | Unset = UNSET
    row_index: int | Unset = UNSET
    status: CellStatus | Unset = UNSET
    """ Computation state of a cell. """
    display_value: None | str | Unset = UNSET
    value: Any | Unset = UNSET
    """ The stored value; its shape depends on the column kind. """
    error: None | str | Unset = UNSET
    input_hash: None | str | Unset = UNSET
    """ Digest of the inputs the value was computed from. """
    updated_at: datetime.datetime | Unset = UNSET
    request_metrics: CellRequestMetrics | None | Unset = UNSET
    """ Present for prompt template cells that have a request log. """
    execution_id: None | Unset | UUID = UNSET
    """ Execution that produced the current or latest value. """
    last_computed_version: int | None | Unset = UNSET
    """ Sheet version_count when the value was last computed; null for text cells and cells never computed. """
    error_message: None | str | Unset = UNSET
    """ Readable reason a computed cell failed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cell_request_metrics import CellRequestMetrics  # noqa: PLC0415

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        sheet_id: str | Unset = UNSET
        if not isinstance(self.sheet_id, Unset):
            sheet_id = str(self.sheet_id)

        column_id: str | Unset = UNSET
        if not isinstance(self.column_id, Unset):
            column_id = str(self.column_id)

        row_index = self.row_index

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        display_value: None | str | Unset
        if isinstance(self.display_value, Unset):
            display_value = UNSET
        else:
            display_value = self.display_value

        value = self.value

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        input_hash: None | str | Unset
        if isinstance(self.input_hash, Unset):
            input_hash = UNSET
        else:
            input_hash = self.input_hash

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        request_metrics: dict[str, Any] | None | Unset
        if isinstance(self.request_metrics, Unset):
            request_metrics = UNSET
        elif isinstance(self.request_metrics, CellRequestMetrics):
            request_metrics = self.request_metrics.to_dict()
        else:
            request_metrics = self.request_metrics

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

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if sheet_id is not UNSET:
            field_dict["sheet_id"] = sheet_id
        if column_id is not UNSET:
            field_dict["column_id"] = column_id
        if row_index is not UNSET:
            field_dict["row_index"] = row_index
        if status is not UNSET:
            field_dict["status"] = status
        if display_value is not UNSET:
            field_dict["display_value"] = display_value
        if value is not UNSET:
            field_dict["value"] = value
        if error is not UNSET:
            field_dict["error"] = error
        if input_hash is not UNSET:
            field_dict["input_hash"] = input_hash
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if request_metrics is not UNSET:
            field_dict["request_metrics"] = request_metrics
        if execution_id is not UNSET:
            field_dict["execution_id"] = execution_id
        if last_computed_version is not UNSET:
            field_dict["last_computed_version"] = last_computed_version
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cell_request_metrics import CellRequestMetrics  # noqa: PLC0415
        from ..models.cell_status import CellStatus  # noqa: PLC0415

        d = dict(src_dict)
        _id = d.pop("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _sheet_id = d.pop("sheet_id", UNSET)
        sheet_id: UUID | Unset
        if isinstance(_sheet_id, Unset):
            sheet_id = UNSET
        else:
            sheet_id = UUID(_sheet_id)

        _column_id = d.pop("column_id", UNSET)
        column_id: UUID | Unset
        if isinstance(_column_id, Unset):
            column_id = UNSET
        else:
            column_id = UUID(_column_id)

        row_index = d.pop("row_index", UNSET)

        _status = d.pop("status", UNSET)
        status: CellStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CellStatus(_status)

        def _parse_display_value(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_value = _parse_display_value(d.pop("display_value", UNSET))

        value = d.pop("value", UNSET)

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_input_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        input_hash = _parse_input_hash(d.pop("input_hash", UNSET))

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        def _parse_request_metrics(data: object) -> CellRequestMetrics | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                request_metrics_type_0 = CellRequestMetrics.from_dict(data)

                return request_metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CellRequestMetrics | None | Unset, data)

        request_metrics = _parse_request_metrics(d.pop("request_metrics", UNSET))

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

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        cell = cls(
            id=id,
            sheet_id=sheet_id,
            column_id=column_id,
            row_index=row_index,
            status=status,
            display_value=display_value,
            value=value,
            error=error,
            input_hash=input_hash,
            updated_at=updated_at,
            request_metrics=request_metrics,
            execution_id=execution_id,
            last_computed_version=last_computed_version,
            error_message=error_message,
        )

        cell.additional_properties = d
        return cell

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
