from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.scorecard_step_failure_behavior import ScorecardStepFailureBehavior


T = TypeVar("T", bound="ScorecardAggregation")


@_attrs_define
class ScorecardAggregation:
    """How step results combine into a verdict."""

    method: str
    required_step_failure_behavior: ScorecardStepFailureBehavior
    """ Verdict given when a required step fails. """
    pass_threshold: float
    warn_threshold: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        method = self.method

        required_step_failure_behavior = self.required_step_failure_behavior.value

        pass_threshold = self.pass_threshold

        warn_threshold = self.warn_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method": method,
                "required_step_failure_behavior": required_step_failure_behavior,
                "pass_threshold": pass_threshold,
                "warn_threshold": warn_threshold,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.scorecard_step_failure_behavior import ScorecardStepFailureBehavior  # noqa: PLC0415

        d = dict(src_dict)
        method = d.pop("method")

        required_step_failure_behavior = ScorecardStepFailureBehavior(d.pop("required_step_failure_behavior"))

        pass_threshold = d.pop("pass_threshold")

        warn_threshold = d.pop("warn_threshold")

        scorecard_aggregation = cls(
            method=method,
            required_step_failure_behavior=required_step_failure_behavior,
            pass_threshold=pass_threshold,
            warn_threshold=warn_threshold,
        )

        scorecard_aggregation.additional_properties = d
        return scorecard_aggregation

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
