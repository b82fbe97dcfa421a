from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.workflow_version_condition_operator import WorkflowVersionConditionOperator
    from ..models.workflow_version_edge_condition_left_config import WorkflowVersionEdgeConditionLeftConfig
    from ..models.workflow_version_edge_condition_right_config import WorkflowVersionEdgeConditionRightConfig


T = TypeVar("T", bound="WorkflowVersionEdgeCondition")


@_attrs_define
class WorkflowVersionEdgeCondition:
    """One comparison on an edge; each side is a static_value or a source."""

    position: int
    """ Evaluation order. """
    operator: WorkflowVersionConditionOperator
    """ Comparison an edge condition applies. """
    left_config: WorkflowVersionEdgeConditionLeftConfig
    right_config: WorkflowVersionEdgeConditionRightConfig
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        position = self.position

        operator = self.operator.value

        left_config = self.left_config.to_dict()

        right_config = self.right_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "position": position,
                "operator": operator,
                "left_config": left_config,
                "right_config": right_config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_version_condition_operator import WorkflowVersionConditionOperator  # noqa: PLC0415
        from ..models.workflow_version_edge_condition_left_config import (
            WorkflowVersionEdgeConditionLeftConfig,  # noqa: PLC0415
        )
        from ..models.workflow_version_edge_condition_right_config import (
            WorkflowVersionEdgeConditionRightConfig,  # noqa: PLC0415
        )

        d = dict(src_dict)
        position = d.pop("position")

        operator = WorkflowVersionConditionOperator(d.pop("operator"))

        left_config = WorkflowVersionEdgeConditionLeftConfig.from_dict(d.pop("left_config"))

        right_config = WorkflowVersionEdgeConditionRightConfig.from_dict(d.pop("right_config"))

        workflow_version_edge_condition = cls(
            position=position,
            operator=operator,
            left_config=left_config,
            right_config=right_config,
        )

        workflow_version_edge_condition.additional_properties = d
        return workflow_version_edge_condition

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
