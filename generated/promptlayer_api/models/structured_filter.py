from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.request_log_filter_field import RequestLogFilterField
    from ..models.request_log_filter_operator import RequestLogFilterOperator


T = TypeVar("T", bound="StructuredFilter")


@_attrs_define
class StructuredFilter:
    """One condition on a request log field."""

    field: RequestLogFilterField
    """ Request log field a filter applies to. user_intent and agent_intent are derived tone classes (user:
    frustrated, satisfied, curious; agent: apologetic, refusal, uncertain) and take the is, is_not, in and not_in
    operators. """
    operator: RequestLogFilterOperator
    """ Comparison a filter applies. """
    value: bool | float | list[Any] | None | str | Unset = UNSET
    """ Operand; its type depends on the field and operator. """
    nested_key: None | str | Unset = UNSET
    """ Key inside a nested field (metadata, output, input_variables) to test. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        field = self.field.value

        operator = self.operator.value

        value: bool | float | list[Any] | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        nested_key: None | str | Unset
        if isinstance(self.nested_key, Unset):
            nested_key = UNSET
        else:
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
        from ..models.request_log_filter_field import RequestLogFilterField  # noqa: PLC0415
        from ..models.request_log_filter_operator import RequestLogFilterOperator  # noqa: PLC0415

        d = dict(src_dict)
        field = RequestLogFilterField(d.pop("field"))

        operator = RequestLogFilterOperator(d.pop("operator"))

        def _parse_value(data: object) -> bool | float | list[Any] | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_3 = cast(list[Any], data)

                return value_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | float | list[Any] | None | str | Unset, data)

        value = _parse_value(d.pop("value", UNSET))

        def _parse_nested_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nested_key = _parse_nested_key(d.pop("nested_key", UNSET))

        structured_filter = cls(
            field=field,
            operator=operator,
            value=value,
            nested_key=nested_key,
        )

        structured_filter.additional_properties = d
        return structured_filter

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
