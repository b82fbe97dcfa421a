from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.scorecard_configure_request_aggregation import ScorecardConfigureRequestAggregation
    from ..models.scorecard_configure_request_baseline_config_type_0 import (
        ScorecardConfigureRequestBaselineConfigType0,
    )
    from ..models.scorecard_configure_request_display_config_type_0 import (
        ScorecardConfigureRequestDisplayConfigType0,
    )
    from ..models.scorecard_step import ScorecardStep


T = TypeVar("T", bound="ScorecardConfigureRequest")


@_attrs_define
class ScorecardConfigureRequest:
    """The scorecard to set up or change."""

    name: str
    aggregation: ScorecardConfigureRequestAggregation
    """ How step results combine (method, thresholds, ...). """
    evaluated_column_ids: list[str] | Unset = UNSET
    """ Columns the scorecard judges (none when omitted). """
    steps: list[ScorecardStep] | Unset = UNSET
    """ Criteria (none when omitted). """
    display_config: None | ScorecardConfigureRequestDisplayConfigType0 | Unset = UNSET
    baseline_config: None | ScorecardConfigureRequestBaselineConfigType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.scorecard_configure_request_baseline_config_type_0 import (
            ScorecardConfigureRequestBaselineConfigType0,  # noqa: PLC0415
        )
        from ..models.scorecard_configure_request_display_config_type_0 import (
            ScorecardConfigureRequestDisplayConfigType0,  # noqa: PLC0415
        )

        name = self.name

        aggregation = self.aggregation.to_dict()

        evaluated_column_ids: list[str] | Unset = UNSET
        if not isinstance(self.evaluated_column_ids, Unset):
            evaluated_column_ids = self.evaluated_column_ids

        steps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.steps, Unset):
            steps = []
            for steps_item_data in self.steps:
                steps_item = steps_item_data.to_dict()
                steps.append(steps_item)

        display_config: dict[str, Any] | None | Unset
        if isinstance(self.display_config, Unset):
            display_config = UNSET
        elif isinstance(self.display_config, ScorecardConfigureRequestDisplayConfigType0):
            display_config = self.display_config.to_dict()
        else:
            display_config = self.display_config

        baseline_config: dict[str, Any] | None | Unset
        if isinstance(self.baseline_config, Unset):
            baseline_config = UNSET
        elif isinstance(self.baseline_config, ScorecardConfigureRequestBaselineConfigType0):
            baseline_config = self.baseline_config.to_dict()
        else:
            baseline_config = self.baseline_config

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "aggregation": aggregation,
            }
        )
        if evaluated_column_ids is not UNSET:
            field_dict["evaluated_column_ids"] = evaluated_column_ids
        if steps is not UNSET:
            field_dict["steps"] = steps
        if display_config is not UNSET:
            field_dict["display_config"] = display_config
        if baseline_config is not UNSET:
            field_dict["baseline_config"] = baseline_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scorecard_configure_request_aggregation import ScorecardConfigureRequestAggregation  # noqa: PLC0415
        from ..models.scorecard_configure_request_baseline_config_type_0 import (
            ScorecardConfigureRequestBaselineConfigType0,  # noqa: PLC0415
        )
        from ..models.scorecard_configure_request_display_config_type_0 import (
            ScorecardConfigureRequestDisplayConfigType0,  # noqa: PLC0415
        )
        from ..models.scorecard_step import ScorecardStep  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        aggregation = ScorecardConfigureRequestAggregation.from_dict(d.pop("aggregation"))

        evaluated_column_ids = cast(list[str], d.pop("evaluated_column_ids", UNSET))

        _steps = d.pop("steps", UNSET)
        steps: list[ScorecardStep] | Unset = UNSET
        if _steps is not UNSET:
            steps = []
            for steps_item_data in _steps:
                steps_item = ScorecardStep.from_dict(steps_item_data)

                steps.append(steps_item)

        def _parse_display_config(data: object) -> None | ScorecardConfigureRequestDisplayConfigType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                display_config_type_0 = ScorecardConfigureRequestDisplayConfigType0.from_dict(data)

                return display_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScorecardConfigureRequestDisplayConfigType0 | Unset, data)

        display_config = _parse_display_config(d.pop("display_config", UNSET))

        def _parse_baseline_config(
            data: object,
        ) -> None | ScorecardConfigureRequestBaselineConfigType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                baseline_config_type_0 = ScorecardConfigureRequestBaselineConfigType0.from_dict(data)

                return baseline_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ScorecardConfigureRequestBaselineConfigType0 | Unset, data)

        baseline_config = _parse_baseline_config(d.pop("baseline_config", UNSET))

        scorecard_configure_request = cls(
            name=name,
            aggregation=aggregation,
            evaluated_column_ids=evaluated_column_ids,
            steps=steps,
            display_config=display_config,
            baseline_config=baseline_config,
        )

        scorecard_configure_request.additional_properties = d
        return scorecard_configure_request

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
