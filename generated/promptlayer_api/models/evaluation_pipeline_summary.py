from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.report_score_configuration import ReportScoreConfiguration


T = TypeVar("T", bound="EvaluationPipelineSummary")


@_attrs_define
class EvaluationPipelineSummary:
    """Name, tags and scoring of a pipeline."""

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    score_configuration: None | ReportScoreConfiguration | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.report_score_configuration import ReportScoreConfiguration  # noqa: PLC0415

        id = self.id

        name = self.name

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        score_configuration: dict[str, Any] | None | Unset
        if isinstance(self.score_configuration, Unset):
            score_configuration = UNSET
        elif isinstance(self.score_configuration, ReportScoreConfiguration):
            score_configuration = self.score_configuration.to_dict()
        else:
            score_configuration = self.score_configuration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if tags is not UNSET:
            field_dict["tags"] = tags
        if score_configuration is not UNSET:
            field_dict["score_configuration"] = score_configuration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.report_score_configuration import ReportScoreConfiguration  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        def _parse_score_configuration(data: object) -> None | ReportScoreConfiguration | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                score_configuration_type_0 = ReportScoreConfiguration.from_dict(data)

                return score_configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReportScoreConfiguration | Unset, data)

        score_configuration = _parse_score_configuration(d.pop("score_configuration", UNSET))

        evaluation_pipeline_summary = cls(
            id=id,
            name=name,
            tags=tags,
            score_configuration=score_configuration,
        )

        evaluation_pipeline_summary.additional_properties = d
        return evaluation_pipeline_summary

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
