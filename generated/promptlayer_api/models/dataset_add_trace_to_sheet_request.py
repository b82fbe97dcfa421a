from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_add_trace_to_sheet_request_metadata import DatasetAddTraceToSheetRequestMetadata


T = TypeVar("T", bound="DatasetAddTraceToSheetRequest")


@_attrs_define
class DatasetAddTraceToSheetRequest:
    """A trace to add as a row of a table sheet, as the official SDK's eval runner sends it."""

    trace_id: str
    sheet_id: int | str
    """ Sheet that gets the row. """
    smart_table_id: int | str | Unset = UNSET
    """ Table the sheet belongs to. """
    span_id: str | Unset = UNSET
    """ Build the row from this span's subtree instead of the whole trace. """
    metadata: DatasetAddTraceToSheetRequestMetadata | Unset = UNSET
    """ Data stored with the row (the SDK's eval runner sends eval_name). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trace_id = self.trace_id

        sheet_id: int | str
        sheet_id = self.sheet_id

        smart_table_id: int | str | Unset
        if isinstance(self.smart_table_id, Unset):
            smart_table_id = UNSET
        else:
            smart_table_id = self.smart_table_id

        span_id = self.span_id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trace_id": trace_id,
                "sheet_id": sheet_id,
            }
        )
        if smart_table_id is not UNSET:
            field_dict["smart_table_id"] = smart_table_id
        if span_id is not UNSET:
            field_dict["span_id"] = span_id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.dataset_add_trace_to_sheet_request_metadata import DatasetAddTraceToSheetRequestMetadata  # noqa: PLC0415

        d = dict(src_dict)
        trace_id = d.pop("trace_id")

        def _parse_sheet_id(data: object) -> int | str:
            return cast(int | str, data)

        sheet_id = _parse_sheet_id(d.pop("sheet_id"))

        def _parse_smart_table_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        smart_table_id = _parse_smart_table_id(d.pop("smart_table_id", UNSET))

        span_id = d.pop("span_id", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: DatasetAddTraceToSheetRequestMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = DatasetAddTraceToSheetRequestMetadata.from_dict(_metadata)

        dataset_add_trace_to_sheet_request = cls(
            trace_id=trace_id,
            sheet_id=sheet_id,
            smart_table_id=smart_table_id,
            span_id=span_id,
            metadata=metadata,
        )

        dataset_add_trace_to_sheet_request.additional_properties = d
        return dataset_add_trace_to_sheet_request

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
