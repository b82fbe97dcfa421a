from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sheet_score_configuration_score_config import SheetScoreConfigurationScoreConfig
    from ..models.sheet_score_scoring_type import SheetScoreScoringType


T = TypeVar("T", bound="SheetScoreConfiguration")


@_attrs_define
class SheetScoreConfiguration:
    """The score configuration in force."""

    score_type: SheetScoreScoringType
    """ How column values turn into a score. """
    score_config: SheetScoreConfigurationScoreConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        score_type = self.score_type.value

        score_config = self.score_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "score_type": score_type,
                "score_config": score_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sheet_score_configuration_score_config import SheetScoreConfigurationScoreConfig  # noqa: PLC0415
        from ..models.sheet_score_scoring_type import SheetScoreScoringType  # noqa: PLC0415

        d = dict(src_dict)
        score_type = SheetScoreScoringType(d.pop("score_type"))

        score_config = SheetScoreConfigurationScoreConfig.from_dict(d.pop("score_config"))

        sheet_score_configuration = cls(
            score_type=score_type,
            score_config=score_config,
        )

        sheet_score_configuration.additional_properties = d
        return sheet_score_configuration

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
