from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_column_add_type import ReportColumnAddType
    from ..models.report_column_create_request_configuration import ReportColumnCreateRequestConfiguration


T = TypeVar("T", bound="ReportColumnCreateRequest")


@_attrs_define
class ReportColumnCreateRequest:
    """A column to add to a pipeline."""

    report_id: int
    """ Pipeline to add the column to. """
    column_type: ReportColumnAddType
    """ Column kinds accepted when adding a column to an existing pipeline. """
    name: str
    """ Unique within the pipeline; later columns refer to it by this name. """
    configuration: ReportColumnCreateRequestConfiguration
    """ Settings of this column type. """
    position: int | None | Unset = UNSET
    """ Place of the column (the end when omitted); dataset columns cannot be overwritten. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        report_id = self.report_id

        column_type = self.column_type.value

        name = self.name

        configuration = self.configuration.to_dict()

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
                "name": name,
                "configuration": configuration,
            }
        )
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_column_add_type import ReportColumnAddType  # noqa: PLC0415
        from ..models.report_column_create_request_configuration import ReportColumnCreateRequestConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        report_id = d.pop("report_id")

        column_type = ReportColumnAddType(d.pop("column_type"))

        name = d.pop("name")

        configuration = ReportColumnCreateRequestConfiguration.from_dict(d.pop("configuration"))

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        report_column_create_request = cls(
            report_id=report_id,
            column_type=column_type,
            name=name,
            configuration=configuration,
            position=position,
        )

        report_column_create_request.additional_properties = d
        return report_column_create_request

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
