from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_list_tools_content_error_type_1 import McpListToolsContentErrorType1
    from ..models.mcp_list_tools_content_tools_item import McpListToolsContentToolsItem


T = TypeVar("T", bound="McpListToolsContent")


@_attrs_define
class McpListToolsContent:
    """Tool listing returned by an MCP server."""

    type_: Literal["mcp_list_tools"] | Unset = "mcp_list_tools"
    """ Block kind. """
    id: None | str | Unset = UNSET
    """ Block id. """
    server_label: str | Unset = ""
    """ MCP server label. """
    tools: list[McpListToolsContentToolsItem] | Unset = UNSET
    """ Tools offered. """
    error: McpListToolsContentErrorType1 | None | str | Unset = UNSET
    """ Failure details, if any. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mcp_list_tools_content_error_type_1 import McpListToolsContentErrorType1  # noqa: PLC0415

        type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        server_label = self.server_label

        tools: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tools, Unset):
            tools = []
            for tools_item_data in self.tools:
                tools_item = tools_item_data.to_dict()
                tools.append(tools_item)

        error: dict[str, Any] | None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, McpListToolsContentErrorType1):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if server_label is not UNSET:
            field_dict["server_label"] = server_label
        if tools is not UNSET:
            field_dict["tools"] = tools
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mcp_list_tools_content_error_type_1 import McpListToolsContentErrorType1  # noqa: PLC0415
        from ..models.mcp_list_tools_content_tools_item import McpListToolsContentToolsItem  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["mcp_list_tools"] | Unset, d.pop("type", UNSET))
        if type_ != "mcp_list_tools" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'mcp_list_tools', got '{type_}'")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        server_label = d.pop("server_label", UNSET)

        _tools = d.pop("tools", UNSET)
        tools: list[McpListToolsContentToolsItem] | Unset = UNSET
        if _tools is not UNSET:
            tools = []
            for tools_item_data in _tools:
                tools_item = McpListToolsContentToolsItem.from_dict(tools_item_data)

                tools.append(tools_item)

        def _parse_error(data: object) -> McpListToolsContentErrorType1 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_1 = McpListToolsContentErrorType1.from_dict(data)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(McpListToolsContentErrorType1 | None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        mcp_list_tools_content = cls(
            type_=type_,
            id=id,
            server_label=server_label,
            tools=tools,
            error=error,
        )

        mcp_list_tools_content.additional_properties = d
        return mcp_list_tools_content

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
