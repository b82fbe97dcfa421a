from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_column_summary_configuration import ReportColumnSummaryConfiguration
    from ..models.report_column_summary_type import ReportColumnSummaryType


T = TypeVar("T", bound="ReportColumnSummary")


@_attrs_define
class ReportColumnSummary:
    """A pipeline column as the service returns it."""

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    column_type: ReportColumnSummaryType | Unset = UNSET
    """ Column kinds a pipeline reports, dataset columns included. """
    position: int | Unset = UNSET
    configuration: ReportColumnSummaryConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        column_type: str | Unset = UNSET
        if not isinstance(self.column_type, Unset):
            column_type = self.column_type.value

        position = self.position

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if column_type is not UNSET:
            field_dict["column_type"] = column_type
        if position is not UNSET:
            field_dict["position"] = position
        if configuration is not UNSET:
            field_dict["configuration"] = configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_column_summary_configuration import ReportColumnSummaryConfiguration  # noqa: PLC0415
        from ..models.report_column_summary_type import ReportColumnSummaryType  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _column_type = d.pop("column_type", UNSET)
        column_type: ReportColumnSummaryType | Unset
        if isinstance(_column_type, Unset):
            column_type = UNSET
        else:
            column_type = ReportColumnSummaryType(_column_type)

        position = d.pop("position", UNSET)

        _configuration = d.pop("configuration", UNSET)
        configuration: ReportColumnSummaryConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = ReportColumnSummaryConfiguration.from_dict(_configuration)

        report_column_summary = cls(
            id=id,
            name=name,
            column_type=column_type,
            position=position,
            configuration=configuration,
        )

        report_column_summary.additional_properties = d
        return report_column_summary

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
