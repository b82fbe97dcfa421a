from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_column_configuration import ReportColumnConfiguration


T = TypeVar("T", bound="ReportColumn")


@_attrs_define
class ReportColumn:
    """One column of a report, in order."""

    id: int | Unset = UNSET
    report_id: int | Unset = UNSET
    column_type: str | Unset = UNSET
    """ Column kind (LLM_ASSERTION, PROMPT_TEMPLATE, COMPARE, ...). """
    name: str | Unset = UNSET
    position: int | Unset = UNSET
    """ 0-based place. """
    is_part_of_score: bool | Unset = UNSET
    configuration: ReportColumnConfiguration | Unset = UNSET
    score: float | None | Unset = UNSET
    """ This column's score, once computed. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        report_id = self.report_id

        column_type = self.column_type

        name = self.name

        position = self.position

        is_part_of_score = self.is_part_of_score

        configuration: dict[str, Any] | Unset = UNSET
        if not isinstance(self.configuration, Unset):
            configuration = self.configuration.to_dict()

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if report_id is not UNSET:
            field_dict["report_id"] = report_id
        if column_type is not UNSET:
            field_dict["column_type"] = column_type
        if name is not UNSET:
            field_dict["name"] = name
        if position is not UNSET:
            field_dict["position"] = position
        if is_part_of_score is not UNSET:
            field_dict["is_part_of_score"] = is_part_of_score
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if score is not UNSET:
            field_dict["score"] = score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_column_configuration import ReportColumnConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        report_id = d.pop("report_id", UNSET)

        column_type = d.pop("column_type", UNSET)

        name = d.pop("name", UNSET)

        position = d.pop("position", UNSET)

        is_part_of_score = d.pop("is_part_of_score", UNSET)

        _configuration = d.pop("configuration", UNSET)
        configuration: ReportColumnConfiguration | Unset
        if isinstance(_configuration, Unset):
            configuration = UNSET
        else:
            configuration = ReportColumnConfiguration.from_dict(_configuration)

        def _parse_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        report_column = cls(
            id=id,
            report_id=report_id,
            column_type=column_type,
            name=name,
            position=position,
            is_part_of_score=is_part_of_score,
            configuration=configuration,
            score=score,
        )

        report_column.additional_properties = d
        return report_column

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
