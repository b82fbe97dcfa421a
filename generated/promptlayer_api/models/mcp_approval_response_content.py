from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="McpApprovalResponseContent")


@_attrs_define
class McpApprovalResponseContent:
    """Answer to an MCP approval request."""

    approval_request_id: str
    """ Request being answered. """
    approve: bool
    """ Whether the call is allowed. """
    type_: Literal["mcp_approval_response"] | Unset = "mcp_approval_response"
    """ Block kind. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approval_request_id = self.approval_request_id

        approve = self.approve

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approval_request_id": approval_request_id,
                "approve": approve,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approval_request_id = d.pop("approval_request_id")

        approve = d.pop("approve")

        type_ = cast(Literal["mcp_approval_response"] | Unset, d.pop("type", UNSET))
        if type_ != "mcp_approval_response" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'mcp_approval_response', got '{type_}'")

        mcp_approval_response_content = cls(
            approval_request_id=approval_request_id,
            approve=approve,
            type_=type_,
        )

        mcp_approval_response_content.additional_properties = d
        return mcp_approval_response_content

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
