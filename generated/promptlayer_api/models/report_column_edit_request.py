from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluation_column_type import EvaluationColumnType
    from ..models.report_column_edit_request_configuration_type_0 import (
        ReportColumnEditRequestConfigurationType0,
    )


T = TypeVar("T", bound="ReportColumnEditRequest")


@_attrs_define
class ReportColumnEditRequest:
    """New settings of a pipeline column (dataset columns cannot be edited)."""

    report_id: int
    """ The column's pipeline. """
    column_type: EvaluationColumnType
    """ Column kinds an evaluation pipeline can be created or edited with. """
    configuration: None | ReportColumnEditRequestConfigurationType0 | Unset = UNSET
    """ Settings of the column type. """
    name: None | str | Unset = UNSET
    """ New name, unique within the pipeline. """
    position: int | None | Unset = UNSET
    """ New 1-based place. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.report_column_edit_request_configuration_type_0 import (
            ReportColumnEditRequestConfigurationType0,  # noqa: PLC0415
        )

        report_id = self.report_id

        column_type = self.column_type.value

        configuration: dict[str, Any] | None | Unset
        if isinstance(self.configuration, Unset):
            configuration = UNSET
        elif isinstance(self.configuration, ReportColumnEditRequestConfigurationType0):
            configuration = self.configuration.to_dict()
        else:
            configuration = self.configuration

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "report_id": report_id,
                "column_type": column_type,
            }
        )
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if name is not UNSET:
            field_dict["name"] = name
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evaluation_column_type import EvaluationColumnType  # noqa: PLC0415
        from ..models.report_column_edit_request_configuration_type_0 import (
            ReportColumnEditRequestConfigurationType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        report_id = d.pop("report_id")

        column_type = EvaluationColumnType(d.pop("column_type"))

        def _parse_configuration(data: object) -> None | ReportColumnEditRequestConfigurationType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                configuration_type_0 = ReportColumnEditRequestConfigurationType0.from_dict(data)

                return configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportColumnEditRequestConfigurationType0 | Unset, data)

        configuration = _parse_configuration(d.pop("configuration", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        report_column_edit_request = cls(
            report_id=report_id,
            column_type=column_type,
            configuration=configuration,
            name=name,
            position=position,
        )

        report_column_edit_request.additional_properties = d
        return report_column_edit_request

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
