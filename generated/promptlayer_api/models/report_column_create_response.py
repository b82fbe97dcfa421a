from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_column_create_response_report_column import ReportColumnCreateResponseReportColumn


T = TypeVar("T", bound="ReportColumnCreateResponse")


@_attrs_define
class ReportColumnCreateResponse:
    success: bool | Unset = UNSET
    report_column: ReportColumnCreateResponseReportColumn | Unset = UNSET
    """ The new column, with its id and configuration. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        report_column: dict[str, Any] | Unset = UNSET
        if not isinstance(self.report_column, Unset):
            report_column = self.report_column.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if report_column is not UNSET:
            field_dict["report_column"] = report_column

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_column_create_response_report_column import (
            ReportColumnCreateResponseReportColumn,  # noqa: PLC0415
        )

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _report_column = d.pop("report_column", UNSET)
        report_column: ReportColumnCreateResponseReportColumn | Unset
        if isinstance(_report_column, Unset):
            report_column = UNSET
        else:
            report_column = ReportColumnCreateResponseReportColumn.from_dict(_report_column)

        report_column_create_response = cls(
            success=success,
            report_column=report_column,
        )

        report_column_create_response.additional_properties = d
        return report_column_create_response

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
