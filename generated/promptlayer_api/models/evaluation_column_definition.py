from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluation_column_definition_configuration import EvaluationColumnDefinitionConfiguration
    from ..models.evaluation_column_type import EvaluationColumnType


T = TypeVar("T", bound="EvaluationColumnDefinition")


@_attrs_define
class EvaluationColumnDefinition:
    """A column to create with a pipeline; the configuration's shape depends on column_type."""

    column_type: EvaluationColumnType
    """ Column kinds an evaluation pipeline can be created or edited with. """
    name: str
    """ Unique within the pipeline. """
    configuration: EvaluationColumnDefinitionConfiguration
    """ Settings of this column type. """
    position: int | None | Unset = UNSET
    """ 1-based place in the pipeline (next free place when omitted). """
    is_part_of_score: bool | Unset = False
    """ Count this column in the built-in score (the average of such columns). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        column_type = self.column_type.value

        name = self.name

        configuration = self.configuration.to_dict()

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        is_part_of_score = self.is_part_of_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "column_type": column_type,
                "name": name,
                "configuration": configuration,
            }
        )
        if position is not UNSET:
            field_dict["position"] = position
        if is_part_of_score is not UNSET:
            field_dict["is_part_of_score"] = is_part_of_score

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evaluation_column_definition_configuration import (
            EvaluationColumnDefinitionConfiguration,  # noqa: PLC0415
        )
        from ..models.evaluation_column_type import EvaluationColumnType  # noqa: PLC0415

        d = dict(src_dict)
        column_type = EvaluationColumnType(d.pop("column_type"))

        name = d.pop("name")

        configuration = EvaluationColumnDefinitionConfiguration.from_dict(d.pop("configuration"))

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        is_part_of_score = d.pop("is_part_of_score", UNSET)

        evaluation_column_definition = cls(
            column_type=column_type,
            name=name,
            configuration=configuration,
            position=position,
            is_part_of_score=is_part_of_score,
        )

        evaluation_column_definition.additional_properties = d
        return evaluation_column_definition

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
