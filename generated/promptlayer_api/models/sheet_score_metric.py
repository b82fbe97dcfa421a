from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SheetScoreMetric")


@_attrs_define
class SheetScoreMetric:
    """Names one column of the score matrix."""

    key: str
    label: str
    positive_metric: bool | None | Unset = UNSET
    """ Whether a higher value is better. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        label = self.label

        positive_metric: bool | None | Unset
        if isinstance(self.positive_metric, Unset):
            positive_metric = UNSET
        else:
            positive_metric = self.positive_metric

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "label": label,
            }
        )
        if positive_metric is not UNSET:
            field_dict["positive_metric"] = positive_metric

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        label = d.pop("label")

        def _parse_positive_metric(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        positive_metric = _parse_positive_metric(d.pop("positive_metric", UNSET))

        sheet_score_metric = cls(
            key=key,
            label=label,
            positive_metric=positive_metric,
        )

        sheet_score_metric.additional_properties = d
        return sheet_score_metric

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
