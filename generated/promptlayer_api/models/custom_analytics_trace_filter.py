from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomAnalyticsTraceFilter")


@_attrs_define
class CustomAnalyticsTraceFilter:
    """One condition on a trace field (trace_*) or span field (span_*)."""

    field: str
    """ Field name, e.g. trace_name, trace_start, span_tool_name, span_duration_ms. """
    operator: str
    """ Comparison, e.g. is, in, contains, gt, between, is_not_empty. """
    value: Any | Unset = UNSET
    """ Operand; its type depends on the operator. """
    nested_key: str | Unset = UNSET
    """ Key inside a nested span field (span_attributes, span_resource, span_input_variables). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field

        operator = self.operator

        value = self.value

        nested_key = self.nested_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field": field,
                "operator": operator,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if nested_key is not UNSET:
            field_dict["nested_key"] = nested_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        field = d.pop("field")

        operator = d.pop("operator")

        value = d.pop("value", UNSET)

        nested_key = d.pop("nested_key", UNSET)

        custom_analytics_trace_filter = cls(
            field=field,
            operator=operator,
            value=value,
            nested_key=nested_key,
        )

        custom_analytics_trace_filter.additional_properties = d
        return custom_analytics_trace_filter

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
