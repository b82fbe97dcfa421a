from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_id import ExternalId
    from ..models.report_column_summary import ReportColumnSummary


T = TypeVar("T", bound="EvaluationPipelineCreateResponse")


@_attrs_define
class EvaluationPipelineCreateResponse:
    success: bool
    report_id: int
    """ Id of the new pipeline. """
    external_ids: list[ExternalId]
    """ External ids linked to it. """
    report_columns: list[ReportColumnSummary] | Unset = UNSET
    """ Columns created with it. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        report_id = self.report_id

        external_ids = []
        for external_ids_item_data in self.external_ids:
            external_ids_item = external_ids_item_data.to_dict()
            external_ids.append(external_ids_item)

        report_columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.report_columns, Unset):
            report_columns = []
            for report_columns_item_data in self.report_columns:
                report_columns_item = report_columns_item_data.to_dict()
                report_columns.append(report_columns_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "report_id": report_id,
                "external_ids": external_ids,
            }
        )
        if report_columns is not UNSET:
            field_dict["report_columns"] = report_columns

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_id import ExternalId  # noqa: PLC0415
        from ..models.report_column_summary import ReportColumnSummary  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        report_id = d.pop("report_id")

        external_ids = []
        _external_ids = d.pop("external_ids")
        for external_ids_item_data in _external_ids:
            external_ids_item = ExternalId.from_dict(external_ids_item_data)

            external_ids.append(external_ids_item)

        _report_columns = d.pop("report_columns", UNSET)
        report_columns: list[ReportColumnSummary] | Unset = UNSET
        if _report_columns is not UNSET:
            report_columns = []
            for report_columns_item_data in _report_columns:
                report_columns_item = ReportColumnSummary.from_dict(report_columns_item_data)

                report_columns.append(report_columns_item)

        evaluation_pipeline_create_response = cls(
            success=success,
            report_id=report_id,
            external_ids=external_ids,
            report_columns=report_columns,
        )

        evaluation_pipeline_create_response.additional_properties = d
        return evaluation_pipeline_create_response

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
