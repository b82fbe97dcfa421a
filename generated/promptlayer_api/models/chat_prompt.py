from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assistant_message import AssistantMessage
    from ..models.built_in_tool import BuiltInTool
    from ..models.chat_tool_choice import ChatToolChoice
    from ..models.developer_message import DeveloperMessage
    from ..models.function import Function
    from ..models.function_message import FunctionMessage
    from ..models.function_tool import FunctionTool
    from ..models.message_function_call import MessageFunctionCall
    from ..models.placeholder_message import PlaceholderMessage
    from ..models.system_message import SystemMessage
    from ..models.tool_message import ToolMessage
    from ..models.unknown_message import UnknownMessage
    from ..models.unknown_tool import UnknownTool
    from ..models.user_message import UserMessage


T = TypeVar("T", bound="ChatPrompt")


@_attrs_define
class ChatPrompt:
    """A chat-style template: messages plus optional tool/function definitions."""

    messages: list[
        AssistantMessage
        | DeveloperMessage
        | FunctionMessage
        | PlaceholderMessage
        | SystemMessage
        | ToolMessage
        | UnknownMessage
        | UserMessage
    ]
    """ Ordered conversation messages. """
    functions: list[Function] | None | Unset = UNSET
    """ Legacy function definitions. """
    tools: list[BuiltInTool | FunctionTool | UnknownTool] | None | Unset = UNSET
    """ Tools the model may call. """
    function_call: MessageFunctionCall | None | str | Unset = UNSET
    """ Legacy function-calling mode or a named function. """
    tool_choice: ChatToolChoice | None | str | Unset = UNSET
    """ Tool selection mode or a specific tool. """
    type_: Literal["chat"] | Unset = "chat"
    """ Template kind marker. """
    input_variables: list[str] | Unset = UNSET
    """ Names of the variables the template expects. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.assistant_message import AssistantMessage  # noqa: PLC0415
        from ..models.built_in_tool import BuiltInTool  # noqa: PLC0415
        from ..models.chat_tool_choice import ChatToolChoice  # noqa: PLC0415
        from ..models.developer_message import DeveloperMessage  # noqa: PLC0415
        from ..models.function_message import FunctionMessage  # noqa: PLC0415
        from ..models.function_tool import FunctionTool  # noqa: PLC0415
        from ..models.message_function_call import MessageFunctionCall  # noqa: PLC0415
        from ..models.placeholder_message import PlaceholderMessage  # noqa: PLC0415
        from ..models.system_message import SystemMessage  # noqa: PLC0415
        from ..models.tool_message import ToolMessage  # noqa: PLC0415
        from ..models.user_message import UserMessage  # noqa: PLC0415

        messages = []
        for messages_item_data in self.messages:
            messages_item: dict[str, Any]
            if isinstance(messages_item_data, SystemMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, UserMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, AssistantMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, FunctionMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, ToolMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, PlaceholderMessage):
                messages_item = messages_item_data.to_dict()
            elif isinstance(messages_item_data, DeveloperMessage):
                messages_item = messages_item_data.to_dict()
            else:
                messages_item = messages_item_data.to_dict()

            messages.append(messages_item)

        functions: list[dict[str, Any]] | None | Unset
        if isinstance(self.functions, Unset):
            functions = UNSET
        elif isinstance(self.functions, list):
            functions = []
            for functions_type_0_item_data in self.functions:
                functions_type_0_item = functions_type_0_item_data.to_dict()
                functions.append(functions_type_0_item)

        else:
            functions = self.functions

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item: dict[str, Any]
                if isinstance(tools_type_0_item_data, FunctionTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, BuiltInTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                else:
                    tools_type_0_item = tools_type_0_item_data.to_dict()

                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        function_call: dict[str, Any] | None | str | Unset
        if isinstance(self.function_call, Unset):
            function_call = UNSET
        elif isinstance(self.function_call, MessageFunctionCall):
            function_call = self.function_call.to_dict()
        else:
            function_call = self.function_call

        tool_choice: dict[str, Any] | None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ChatToolChoice):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        type_ = self.type_

        input_variables: list[str] | Unset = UNSET
        if not isinstance(self.input_variables, Unset):
            input_variables = self.input_variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
            }
        )
        if functions is not UNSET:
            field_dict["functions"] = functions
        if tools is not UNSET:
            field_dict["tools"] = tools
        if function_call is not UNSET:
            field_dict["function_call"] = function_call
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if type_ is not UNSET:
            field_dict["type"] = type_
        if input_variables is not UNSET:
            field_dict["input_variables"] = input_variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assistant_message import AssistantMessage  # noqa: PLC0415
        from ..models.built_in_tool import BuiltInTool  # noqa: PLC0415
        from ..models.chat_tool_choice import ChatToolChoice  # noqa: PLC0415
        from ..models.developer_message import DeveloperMessage  # noqa: PLC0415
        from ..models.function import Function  # noqa: PLC0415
        from ..models.function_message import FunctionMessage  # noqa: PLC0415
        from ..models.function_tool import FunctionTool  # noqa: PLC0415
        from ..models.message_function_call import MessageFunctionCall  # noqa: PLC0415
        from ..models.placeholder_message import PlaceholderMessage  # noqa: PLC0415
        from ..models.system_message import SystemMessage  # noqa: PLC0415
        from ..models.tool_message import ToolMessage  # noqa: PLC0415
        from ..models.unknown_message import UnknownMessage  # noqa: PLC0415
        from ..models.unknown_tool import UnknownTool  # noqa: PLC0415
        from ..models.user_message import UserMessage  # noqa: PLC0415

        d = dict(src_dict)
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:

            def _parse_messages_item(
                data: object,
            ) -> (
                AssistantMessage
                | DeveloperMessage
                | FunctionMessage
                | PlaceholderMessage
                | SystemMessage
                | ToolMessage
                | UnknownMessage
                | UserMessage
            ):
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_type_0 = SystemMessage.from_dict(data)

                    return componentsschemas_message_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_type_1 = UserMessage.from_dict(data)

                    return componentsschemas_message_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_type_2 = AssistantMessage.from_dict(data)

                    return componentsschemas_message_type_2
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_type_3 = FunctionMessage.from_dict(data)

                    return componentsschemas_message_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_type_4 = ToolMessage.from_dict(data)

                    return componentsschemas_message_type_4
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_type_5 = PlaceholderMessage.from_dict(data)

                    return componentsschemas_message_type_5
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_message_type_6 = DeveloperMessage.from_dict(data)

                    return componentsschemas_message_type_6
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_message_type_7 = UnknownMessage.from_dict(data)

                return componentsschemas_message_type_7

            messages_item = _parse_messages_item(messages_item_data)

            messages.append(messages_item)

        def _parse_functions(data: object) -> list[Function] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                functions_type_0 = []
                _functions_type_0 = data
                for functions_type_0_item_data in _functions_type_0:
                    functions_type_0_item = Function.from_dict(functions_type_0_item_data)

                    functions_type_0.append(functions_type_0_item)

                return functions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Function] | None | Unset, data)

        functions = _parse_functions(d.pop("functions", UNSET))

        def _parse_tools(data: object) -> list[BuiltInTool | FunctionTool | UnknownTool] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tools_type_0 = []
                _tools_type_0 = data
                for tools_type_0_item_data in _tools_type_0:

                    def _parse_tools_type_0_item(data: object) -> BuiltInTool | FunctionTool | UnknownTool:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_tool_type_0 = FunctionTool.from_dict(data)

                            return componentsschemas_tool_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_tool_type_1 = BuiltInTool.from_dict(data)

                            return componentsschemas_tool_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_tool_type_2 = UnknownTool.from_dict(data)

                        return componentsschemas_tool_type_2

                    tools_type_0_item = _parse_tools_type_0_item(tools_type_0_item_data)

                    tools_type_0.append(tools_type_0_item)

                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[BuiltInTool | FunctionTool | UnknownTool] | None | Unset, data)

        tools = _parse_tools(d.pop("tools", UNSET))

        def _parse_function_call(data: object) -> MessageFunctionCall | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                function_call_type_1 = MessageFunctionCall.from_dict(data)

                return function_call_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MessageFunctionCall | None | str | Unset, data)

        function_call = _parse_function_call(d.pop("function_call", UNSET))

        def _parse_tool_choice(data: object) -> ChatToolChoice | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_1 = ChatToolChoice.from_dict(data)

                return tool_choice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChatToolChoice | None | str | Unset, data)

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        type_ = cast(Literal["chat"] | Unset, d.pop("type", UNSET))
        if type_ != "chat" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'chat', got '{type_}'")

        input_variables = cast(list[str], d.pop("input_variables", UNSET))

        chat_prompt = cls(
            messages=messages,
            functions=functions,
            tools=tools,
            function_call=function_call,
            tool_choice=tool_choice,
            type_=type_,
            input_variables=input_variables,
        )

        chat_prompt.additional_properties = d
        return chat_prompt

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
