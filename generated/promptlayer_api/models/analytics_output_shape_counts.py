from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalyticsOutputShapeCounts")


@_attrs_define
class AnalyticsOutputShapeCounts:
    """Outputs in a bucket by shape."""

    json: int | Unset = UNSET
    tool_call: int | Unset = UNSET
    plain_text: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        json = self.json

        tool_call = self.tool_call

        plain_text = self.plain_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if json is not UNSET:
            field_dict["json"] = json
        if tool_call is not UNSET:
            field_dict["toolCall"] = tool_call
        if plain_text is not UNSET:
            field_dict["plainText"] = plain_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        json = d.pop("json", UNSET)

        tool_call = d.pop("toolCall", UNSET)

        plain_text = d.pop("plainText", UNSET)

        analytics_output_shape_counts = cls(
            json=json,
            tool_call=tool_call,
            plain_text=plain_text,
        )

        analytics_output_shape_counts.additional_properties = d
        return analytics_output_shape_counts

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
