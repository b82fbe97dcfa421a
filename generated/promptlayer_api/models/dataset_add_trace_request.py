from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetAddTraceRequest")


@_attrs_define
class DatasetAddTraceRequest:
    """A trace to add as a row of a dataset group's draft."""

    dataset_group_id: int
    trace_id: str
    span_id: None | str | Unset = UNSET
    """ Build the row from this span, its direct children becoming the columns (the whole trace when omitted). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_group_id = self.dataset_group_id

        trace_id = self.trace_id

        span_id: None | str | Unset
        if isinstance(self.span_id, Unset):
            span_id = UNSET
        else:
            span_id = self.span_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_group_id": dataset_group_id,
                "trace_id": trace_id,
            }
        )
        if span_id is not UNSET:
            field_dict["span_id"] = span_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dataset_group_id = d.pop("dataset_group_id")

        trace_id = d.pop("trace_id")

        def _parse_span_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        span_id = _parse_span_id(d.pop("span_id", UNSET))

        dataset_add_trace_request = cls(
            dataset_group_id=dataset_group_id,
            trace_id=trace_id,
            span_id=span_id,
        )

        dataset_add_trace_request.additional_properties = d
        return dataset_add_trace_request

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
