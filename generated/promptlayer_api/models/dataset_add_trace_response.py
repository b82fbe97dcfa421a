from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_add_trace_response_row_type_0 import DatasetAddTraceResponseRowType0
    from ..models.dataset_trace_import_mode import DatasetTraceImportMode


T = TypeVar("T", bound="DatasetAddTraceResponse")


@_attrs_define
class DatasetAddTraceResponse:
    success: bool | Unset = UNSET
    draft_dataset_id: int | Unset = UNSET
    """ Draft the row was added to. """
    mode: DatasetTraceImportMode | Unset = UNSET
    """ Whether a row was built from a whole trace or from one span. """
    row: DatasetAddTraceResponseRowType0 | None | Unset = UNSET
    """ The sheet row created by a sheet import. """
    row_index: int | None | Unset = UNSET
    """ Index of the sheet row created by a sheet import. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dataset_add_trace_response_row_type_0 import DatasetAddTraceResponseRowType0  # noqa: PLC0415

        success = self.success

        draft_dataset_id = self.draft_dataset_id

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        row: dict[str, Any] | None | Unset
        if isinstance(self.row, Unset):
            row = UNSET
        elif isinstance(self.row, DatasetAddTraceResponseRowType0):
            row = self.row.to_dict()
        else:
            row = self.row

        row_index: int | None | Unset
        if isinstance(self.row_index, Unset):
            row_index = UNSET
        else:
            row_index = self.row_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if draft_dataset_id is not UNSET:
            field_dict["draft_dataset_id"] = draft_dataset_id
        if mode is not UNSET:
            field_dict["mode"] = mode
        if row is not UNSET:
            field_dict["row"] = row
        if row_index is not UNSET:
            field_dict["row_index"] = row_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dataset_add_trace_response_row_type_0 import DatasetAddTraceResponseRowType0  # noqa: PLC0415
        from ..models.dataset_trace_import_mode import DatasetTraceImportMode  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        draft_dataset_id = d.pop("draft_dataset_id", UNSET)

        _mode = d.pop("mode", UNSET)
        mode: DatasetTraceImportMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = DatasetTraceImportMode(_mode)

        def _parse_row(data: object) -> DatasetAddTraceResponseRowType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                row_type_0 = DatasetAddTraceResponseRowType0.from_dict(data)

                return row_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetAddTraceResponseRowType0 | None | Unset, data)

        row = _parse_row(d.pop("row", UNSET))

        def _parse_row_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        row_index = _parse_row_index(d.pop("row_index", UNSET))

        dataset_add_trace_response = cls(
            success=success,
            draft_dataset_id=draft_dataset_id,
            mode=mode,
            row=row,
            row_index=row_index,
        )

        dataset_add_trace_response.additional_properties = d
        return dataset_add_trace_response

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
