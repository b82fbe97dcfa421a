from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.report_column_summary import ReportColumnSummary


T = TypeVar("T", bound="ReportColumnEditResponse")


@_attrs_define
class ReportColumnEditResponse:
    success: bool
    report_column: ReportColumnSummary
    """ A pipeline column as the service returns it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        report_column = self.report_column.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "report_column": report_column,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_column_summary import ReportColumnSummary  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        report_column = ReportColumnSummary.from_dict(d.pop("report_column"))

        report_column_edit_response = cls(
            success=success,
            report_column=report_column,
        )

        report_column_edit_response.additional_properties = d
        return report_column_edit_response

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
