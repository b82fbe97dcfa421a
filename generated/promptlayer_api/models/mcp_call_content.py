from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_call_content_error_type_1 import McpCallContentErrorType1


T = TypeVar("T", bound="McpCallContent")


@_attrs_define
class McpCallContent:
    """Call made to an MCP server tool."""

    type_: Literal["mcp_call"] | Unset = "mcp_call"
    """ Block kind. """
    id: None | str | Unset = UNSET
    """ Block id. """
    name: str | Unset = ""
    """ Tool name. """
    server_label: str | Unset = ""
    """ MCP server label. """
    arguments: str | Unset = ""
    """ JSON-encoded arguments. """
    output: None | str | Unset = UNSET
    """ Tool output. """
    error: McpCallContentErrorType1 | None | str | Unset = UNSET
    """ Failure details, if any. """
    approval_request_id: None | str | Unset = UNSET
    """ Approval request this call depended on. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mcp_call_content_error_type_1 import McpCallContentErrorType1  # noqa: PLC0415

        type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name = self.name

        server_label = self.server_label

        arguments = self.arguments

        output: None | str | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        else:
            output = self.output

        error: dict[str, Any] | None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, McpCallContentErrorType1):
            error = self.error.to_dict()
        else:
            error = self.error

        approval_request_id: None | str | Unset
        if isinstance(self.approval_request_id, Unset):
            approval_request_id = UNSET
        else:
            approval_request_id = self.approval_request_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if server_label is not UNSET:
            field_dict["server_label"] = server_label
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if output is not UNSET:
            field_dict["output"] = output
        if error is not UNSET:
            field_dict["error"] = error
        if approval_request_id is not UNSET:
            field_dict["approval_request_id"] = approval_request_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.mcp_call_content_error_type_1 import McpCallContentErrorType1  # noqa: PLC0415

        d = dict(src_dict)
        type_ = cast(Literal["mcp_call"] | Unset, d.pop("type", UNSET))
        if type_ != "mcp_call" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'mcp_call', got '{type_}'")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        name = d.pop("name", UNSET)

        server_label = d.pop("server_label", UNSET)

        arguments = d.pop("arguments", UNSET)

        def _parse_output(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        output = _parse_output(d.pop("output", UNSET))

        def _parse_error(data: object) -> McpCallContentErrorType1 | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_1 = McpCallContentErrorType1.from_dict(data)

                return error_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(McpCallContentErrorType1 | None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_approval_request_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        approval_request_id = _parse_approval_request_id(d.pop("approval_request_id", UNSET))

        mcp_call_content = cls(
            type_=type_,
            id=id,
            name=name,
            server_label=server_label,
            arguments=arguments,
            output=output,
            error=error,
            approval_request_id=approval_request_id,
        )

        mcp_call_content.additional_properties = d
        return mcp_call_content

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
