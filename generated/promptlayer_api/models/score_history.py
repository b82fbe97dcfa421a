from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.score_history_points_item import ScoreHistoryPointsItem
    from ..models.score_history_resolution import ScoreHistoryResolution


T = TypeVar("T", bound="ScoreHistory")


@_attrs_define
class ScoreHistory:
    """Score points across saved versions."""

    points: list[ScoreHistoryPointsItem]
    total_points: int
    returned_points: int
    resolution: ScoreHistoryResolution
    """ How score history points are sampled. """
    range_: str
    max_points: int
    is_sampled: bool
    """ True when points were dropped to stay under max_points. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        points = []
        for points_item_data in self.points:
            points_item = points_item_data.to_dict()
            points.append(points_item)

        total_points = self.total_points

        returned_points = self.returned_points

        resolution = self.resolution.value

        range_ = self.range_

        max_points = self.max_points

        is_sampled = self.is_sampled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "points": points,
                "total_points": total_points,
                "returned_points": returned_points,
                "resolution": resolution,
                "range": range_,
                "max_points": max_points,
                "is_sampled": is_sampled,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.score_history_points_item import ScoreHistoryPointsItem  # noqa: PLC0415
        from ..models.score_history_resolution import ScoreHistoryResolution  # noqa: PLC0415

        d = dict(src_dict)
        points = []
        _points = d.pop("points")
        for points_item_data in _points:
            points_item = ScoreHistoryPointsItem.from_dict(points_item_data)

            points.append(points_item)

        total_points = d.pop("total_points")

        returned_points = d.pop("returned_points")

        resolution = ScoreHistoryResolution(d.pop("resolution"))

        range_ = d.pop("range")

        max_points = d.pop("max_points")

        is_sampled = d.pop("is_sampled")

        score_history = cls(
            points=points,
            total_points=total_points,
            returned_points=returned_points,
            resolution=resolution,
            range_=range_,
            max_points=max_points,
            is_sampled=is_sampled,
        )

        score_history.additional_properties = d
        return score_history

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
