from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="McpApprovalRequestContent")


@_attrs_define
class McpApprovalRequestContent:
    """Request for permission to call an MCP tool."""

    type_: Literal["mcp_approval_request"] | Unset = "mcp_approval_request"
    """ Block kind. """
    id: None | str | Unset = UNSET
    """ Block id. """
    name: str | Unset = ""
    """ Tool name. """
    arguments: str | Unset = ""
    """ JSON-encoded arguments. """
    server_label: str | Unset = ""
    """ MCP server label. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name = self.name

        arguments = self.arguments

        server_label = self.server_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if server_label is not UNSET:
            field_dict["server_label"] = server_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["mcp_approval_request"] | Unset, d.pop("type", UNSET))
        if type_ != "mcp_approval_request" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'mcp_approval_request', got '{type_}'")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        name = d.pop("name", UNSET)

        arguments = d.pop("arguments", UNSET)

        server_label = d.pop("server_label", UNSET)

        mcp_approval_request_content = cls(
            type_=type_,
            id=id,
            name=name,
            arguments=arguments,
            server_label=server_label,
        )

        mcp_approval_request_content.additional_properties = d
        return mcp_approval_request_content

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
