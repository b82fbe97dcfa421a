from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.apply_patch_call_content import ApplyPatchCallContent
    from ..models.apply_patch_call_output_content import ApplyPatchCallOutputContent
    from ..models.bash_code_execution_tool_result_content import BashCodeExecutionToolResultContent
    from ..models.code_content import CodeContent
    from ..models.code_execution_result_content import CodeExecutionResultContent
    from ..models.image_content import ImageContent
    from ..models.mcp_approval_request_content import McpApprovalRequestContent
    from ..models.mcp_approval_response_content import McpApprovalResponseContent
    from ..models.mcp_call_content import McpCallContent
    from ..models.mcp_list_tools_content import McpListToolsContent
    from ..models.media_content import MediaContent
    from ..models.media_variable import MediaVariable
    from ..models.output_media_content import OutputMediaContent
    from ..models.server_tool_use_content import ServerToolUseContent
    from ..models.shell_call_content import ShellCallContent
    from ..models.shell_call_output_content import ShellCallOutputContent
    from ..models.template_format import TemplateFormat
    from ..models.text_content import TextContent
    from ..models.text_editor_code_execution_tool_result_content import (
        TextEditorCodeExecutionToolResultContent,
    )
    from ..models.thinking_content import ThinkingContent
    from ..models.unknown_content import UnknownContent
    from ..models.web_search_tool_result_content import WebSearchToolResultContent


T = TypeVar("T", bound="SystemMessage")


@_attrs_define
class SystemMessage:
    """System instructions."""

    content: list[
        ApplyPatchCallContent
        | ApplyPatchCallOutputContent
        | BashCodeExecutionToolResultContent
        | CodeContent
        | CodeExecutionResultContent
        | ImageContent
        | McpApprovalRequestContent
        | McpApprovalResponseContent
        | McpCallContent
        | McpListToolsContent
        | MediaContent
        | MediaVariable
        | OutputMediaContent
        | ServerToolUseContent
        | ShellCallContent
        | ShellCallOutputContent
        | TextContent
        | TextEditorCodeExecutionToolResultContent
        | ThinkingContent
        | UnknownContent
        | WebSearchToolResultContent
    ]
    """ Content blocks. """
    input_variables: list[str] | Unset = UNSET
    """ Variables used in this message. """
    template_format: TemplateFormat | Unset = UNSET
    """ Placeholder syntax used to render input variables into the template. """
    role: Literal["system"] | Unset = "system"
    """ Message role marker. """
    name: None | str | Unset = UNSET
    """ Optional author name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.apply_patch_call_content import ApplyPatchCallContent  # noqa: PLC0415
        from ..models.apply_patch_call_output_content import ApplyPatchCallOutputContent  # noqa: PLC0415
        from ..models.bash_code_execution_tool_result_content import BashCodeExecutionToolResultContent  # noqa: PLC0415
        from ..models.code_content import CodeContent  # noqa: PLC0415
        from ..models.code_execution_result_content import CodeExecutionResultContent  # noqa: PLC0415
        from ..models.image_content import ImageContent  # noqa: PLC0415
        from ..models.mcp_approval_request_content import McpApprovalRequestContent  # noqa: PLC0415
        from ..models.mcp_approval_response_content import McpApprovalResponseContent  # noqa: PLC0415
        from ..models.mcp_call_content import McpCallContent  # noqa: PLC0415
        from ..models.mcp_list_tools_content import McpListToolsContent  # noqa: PLC0415
        from ..models.media_content import MediaContent  # noqa: PLC0415
        from ..models.media_variable import MediaVariable  # noqa: PLC0415
        from ..models.output_media_content import OutputMediaContent  # noqa: PLC0415
        from ..models.server_tool_use_content import ServerToolUseContent  # noqa: PLC0415
        from ..models.shell_call_content import ShellCallContent  # noqa: PLC0415
        from ..models.shell_call_output_content import ShellCallOutputContent  # noqa: PLC0415
        from ..models.text_content import TextContent  # noqa: PLC0415
        from ..models.text_editor_code_execution_tool_result_content import (
            TextEditorCodeExecutionToolResultContent,  # noqa: PLC0415
        )
        from ..models.thinking_content import ThinkingContent  # noqa: PLC0415
        from ..models.web_search_tool_result_content import WebSearchToolResultContent  # noqa: PLC0415

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, TextContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, ThinkingContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, CodeContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, ImageContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, MediaContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, MediaVariable):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, OutputMediaContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, ServerToolUseContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, WebSearchToolResultContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, CodeExecutionResultContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, McpListToolsContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, McpCallContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, McpApprovalRequestContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, McpApprovalResponseContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, BashCodeExecutionToolResultContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, TextEditorCodeExecutionToolResultContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, ShellCallContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, ShellCallOutputContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, ApplyPatchCallContent):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, ApplyPatchCallOutputContent):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        input_variables: list[str] | Unset = UNSET
        if not isinstance(self.input_variables, Unset):
            input_variables = self.input_variables

        template_format: str | Unset = UNSET
        if not isinstance(self.template_format, Unset):
            template_format = self.template_format.value

        role = self.role

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        if input_variables is not UNSET:
            field_dict["input_variables"] = input_variables
        if template_format is not UNSET:
            field_dict["template_format"] = template_format
        if role is not UNSET:
            field_dict["role"] = role
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.apply_patch_call_content import ApplyPatchCallContent  # noqa: PLC0415
        from ..models.apply_patch_call_output_content import ApplyPatchCallOutputContent  # noqa: PLC0415
        from ..models.bash_code_execution_tool_result_content import BashCodeExecutionToolResultContent  # noqa: PLC0415
        from ..models.code_content import CodeContent  # noqa: PLC0415
        from ..models.code_execution_result_content import CodeExecutionResultContent  # noqa: PLC0415
        from ..models.image_content import ImageContent  # noqa: PLC0415
        from ..models.mcp_approval_request_content import McpApprovalRequestContent  # noqa: PLC0415
        from ..models.mcp_approval_response_content import McpApprovalResponseContent  # noqa: PLC0415
        from ..models.mcp_call_content import McpCallContent  # noqa: PLC0415
        from ..models.mcp_list_tools_content import McpListToolsContent  # noqa: PLC0415
        from ..models.media_content import MediaContent  # noqa: PLC0415
        from ..models.media_variable import MediaVariable  # noqa: PLC0415
        from ..models.output_media_content import OutputMediaContent  # noqa: PLC0415
        from ..models.server_tool_use_content import ServerToolUseContent  # noqa: PLC0415
        from ..models.shell_call_content import ShellCallContent  # noqa: PLC0415
        from ..models.shell_call_output_content import ShellCallOutputContent  # noqa: PLC0415
        from ..models.template_format import TemplateFormat  # noqa: PLC0415
        from ..models.text_content import TextContent  # noqa: PLC0415
        from ..models.text_editor_code_execution_tool_result_content import (
            TextEditorCodeExecutionToolResultContent,  # noqa: PLC0415
        )
        from ..models.thinking_content import ThinkingContent  # noqa: PLC0415
        from ..models.unknown_content import UnknownContent  # noqa: PLC0415
        from ..models.web_search_tool_result_content import WebSearchToolResultContent  # noqa: PLC0415

        d = dict(src_dict)
        content = []
        _content = d.pop("content")
        for content_item_data in _content:

            def _parse_content_item(
                data: object,
            ) -> (
                ApplyPatchCallContent
                | ApplyPatchCallOutputContent
                | BashCodeExecutionToolResultContent
                | CodeContent
                | CodeExecutionResultContent
                | ImageContent
                | McpApprovalRequestContent
                | McpApprovalResponseContent
                | McpCallContent
                | McpListToolsContent
                | MediaContent
                | MediaVariable
                | OutputMediaContent
                | ServerToolUseContent
                | ShellCallContent
                | ShellCallOutputContent
                | TextContent
                | TextEditorCodeExecutionToolResultContent
                | ThinkingContent
                | UnknownContent
                | WebSearchToolResultContent
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_part_type_0 = TextContent.from_dict(data)

                    return componentsschemas_content_part_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_part_type_1 = ThinkingContent.from_dict(data)

                    return componentsschemas_content_part_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_part_type_2 = CodeContent.from_dict(data)

                    return componentsschemas_content_part_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_part_type_3 = ImageContent.from_dict(data)

                    return componentsschemas_content_part_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_part_type_4 = MediaContent.from_dict(data)

                    return componentsschemas_content_part_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_part_type_5 = MediaVariable.from_dict(data)

                    return componentsschemas_content_part_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_part_type_6 = OutputMediaContent.from_dict(data)

                    return componentsschemas_content_part_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_part_type_7 = ServerToolUseContent.from_dict(data)

                    return componentsschemas_content_part_type_7
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_part_type_8 = WebSearchToolResultContent.from_dict(data)

                    return componentsschemas_content_part_type_8
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_part_type_9 = CodeExecutionResultContent.from_dict(data)

                    return componentsschemas_content_part_type_9
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_part_type_10 = McpListToolsContent.from_dict(data)

                    return componentsschemas_content_part_type_10
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_part_type_11 = McpCallContent.from_dict(data)

                    return componentsschemas_content_part_type_11
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_part_type_12 = McpApprovalRequestContent.from_dict(data)

                    return componentsschemas_content_part_type_12
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_part_type_13 = McpApprovalResponseContent.from_dict(data)

                    return componentsschemas_content_part_type_13
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_part_type_14 = BashCodeExecutionToolResultContent.from_dict(
                        data
                    )

                    return componentsschemas_content_part_type_14
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_part_type_15 = (
                        TextEditorCodeExecutionToolResultContent.from_dict(data)
                    )

                    return componentsschemas_content_part_type_15
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_part_type_16 = ShellCallContent.from_dict(data)

                    return componentsschemas_content_part_type_16
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_part_type_17 = ShellCallOutputContent.from_dict(data)

                    return componentsschemas_content_part_type_17
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_part_type_18 = ApplyPatchCallContent.from_dict(data)

                    return componentsschemas_content_part_type_18
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_content_part_type_19 = ApplyPatchCallOutputContent.from_dict(data)

                    return componentsschemas_content_part_type_19
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_content_part_type_20 = UnknownContent.from_dict(data)

                return componentsschemas_content_part_type_20

            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        input_variables = cast(list[str], d.pop("input_variables", UNSET))

        _template_format = d.pop("template_format", UNSET)
        template_format: TemplateFormat | Unset
        if isinstance(_template_format, Unset):
            template_format = UNSET
        else:
            template_format = TemplateFormat(_template_format)

        role = cast(Literal["system"] | Unset, d.pop("role", UNSET))
        if role != "system" and not isinstance(role, Unset):
            raise ValueError(f"role must match const 'system', got '{role}'")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        system_message = cls(
            content=content,
            input_variables=input_variables,
            template_format=template_format,
            role=role,
            name=name,
        )

        system_message.additional_properties = d
        return system_message

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
