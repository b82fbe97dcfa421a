from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_column import ReportColumn
    from ..models.report_detail import ReportDetail
    from ..models.report_stats import ReportStats
    from ..models.report_status import ReportStatus


T = TypeVar("T", bound="ReportGetResponse")


@_attrs_define
class ReportGetResponse:
    success: bool | Unset = UNSET
    message: str | Unset = UNSET
    report: ReportDetail | Unset = UNSET
    """ A report (pipeline or run) with its stored fields. """
    status: ReportStatus | Unset = UNSET
    """ Whether a report's cells are still being computed. """
    stats: ReportStats | Unset = UNSET
    report_columns: list[ReportColumn] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        message = self.message

        report: dict[str, Any] | Unset = UNSET
        if not isinstance(self.report, Unset):
            report = self.report.to_dict()

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        report_columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.report_columns, Unset):
            report_columns = []
            for report_columns_item_data in self.report_columns:
                report_columns_item = report_columns_item_data.to_dict()
                report_columns.append(report_columns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if message is not UNSET:
            field_dict["message"] = message
        if report is not UNSET:
            field_dict["report"] = report
        if status is not UNSET:
            field_dict["status"] = status
        if stats is not UNSET:
            field_dict["stats"] = stats
        if report_columns is not UNSET:
            field_dict["report_columns"] = report_columns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_column import ReportColumn  # noqa: PLC0415
        from ..models.report_detail import ReportDetail  # noqa: PLC0415
        from ..models.report_stats import ReportStats  # noqa: PLC0415
        from ..models.report_status import ReportStatus  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        message = d.pop("message", UNSET)

        _report = d.pop("report", UNSET)
        report: ReportDetail | Unset
        if isinstance(_report, Unset):
            report = UNSET
        else:
            report = ReportDetail.from_dict(_report)

        _status = d.pop("status", UNSET)
        status: ReportStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = ReportStatus(_status)

        _stats = d.pop("stats", UNSET)
        stats: ReportStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = ReportStats.from_dict(_stats)

        _report_columns = d.pop("report_columns", UNSET)
        report_columns: list[ReportColumn] | Unset = UNSET
        if _report_columns is not UNSET:
            report_columns = []
            for report_columns_item_data in _report_columns:
                report_columns_item = ReportColumn.from_dict(report_columns_item_data)

                report_columns.append(report_columns_item)

        report_get_response = cls(
            success=success,
            message=message,
            report=report,
            status=status,
            stats=stats,
            report_columns=report_columns,
        )

        report_get_response.additional_properties = d
        return report_get_response

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
