from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowNodeResult")


@_attrs_define
class WorkflowNodeResult:
    """Outcome of one node of an execution."""

    status: str | Unset = UNSET
    """ Node execution status. """
    value: Any | Unset = UNSET
    """ What the node produced (any JSON). """
    error_message: None | str | Unset = UNSET
    raw_error_message: None | str | Unset = UNSET
    is_output_node: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        value = self.value

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        raw_error_message: None | str | Unset
        if isinstance(self.raw_error_message, Unset):
            raw_error_message = UNSET
        else:
            raw_error_message = self.raw_error_message

        is_output_node = self.is_output_node

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if value is not UNSET:
            field_dict["value"] = value
        if error_message is not UNSET:
            field_dict["error_message"] = error_message
        if raw_error_message is not UNSET:
            field_dict["raw_error_message"] = raw_error_message
        if is_output_node is not UNSET:
            field_dict["is_output_node"] = is_output_node

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        value = d.pop("value", UNSET)

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.pop("error_message", UNSET))

        def _parse_raw_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        raw_error_message = _parse_raw_error_message(d.pop("raw_error_message", UNSET))

        is_output_node = d.pop("is_output_node", UNSET)

        workflow_node_result = cls(
            status=status,
            value=value,
            error_message=error_message,
            raw_error_message=raw_error_message,
            is_output_node=is_output_node,
        )

        workflow_node_result.additional_properties = d
        return workflow_node_result

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
