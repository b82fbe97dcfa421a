from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.patch_prompt_template_version_content_type_0 import PatchPromptTemplateVersionContentType0
    from ..models.patch_prompt_template_version_function_call_type_1 import (
        PatchPromptTemplateVersionFunctionCallType1,
    )
    from ..models.patch_prompt_template_version_functions_type_0 import (
        PatchPromptTemplateVersionFunctionsType0,
    )
    from ..models.patch_prompt_template_version_messages_type_0 import PatchPromptTemplateVersionMessagesType0
    from ..models.patch_prompt_template_version_model_parameters_type_0 import (
        PatchPromptTemplateVersionModelParametersType0,
    )
    from ..models.patch_prompt_template_version_response_format_type_0 import (
        PatchPromptTemplateVersionResponseFormatType0,
    )
    from ..models.patch_prompt_template_version_tool_choice_type_1 import (
        PatchPromptTemplateVersionToolChoiceType1,
    )
    from ..models.patch_prompt_template_version_tools_type_0 import PatchPromptTemplateVersionToolsType0


T = TypeVar("T", bound="PatchPromptTemplateVersion")


@_attrs_define
class PatchPromptTemplateVersion:
    """Partial edit that produces a new version from a base version."""

    version: int | None | Unset = UNSET
    """ Base version number (exclusive with label; latest when both omitted). """
    label: None | str | Unset = UNSET
    """ Release label of the base version (exclusive with version). """
    messages: list[Any] | None | PatchPromptTemplateVersionMessagesType0 | Unset = UNSET
    """ Chat messages: object keyed by index to patch, array to replace. """
    tools: list[Any] | None | PatchPromptTemplateVersionToolsType0 | Unset = UNSET
    """ Tools: object keyed by index, array to replace, null to clear. """
    functions: list[Any] | None | PatchPromptTemplateVersionFunctionsType0 | Unset = UNSET
    """ Functions: object keyed by index, array to replace, null to clear. """
    function_call: None | PatchPromptTemplateVersionFunctionCallType1 | str | Unset = UNSET
    """ New function_call value; null clears it. """
    tool_choice: None | PatchPromptTemplateVersionToolChoiceType1 | str | Unset = UNSET
    """ New tool_choice value; null clears it. """
    content: list[Any] | None | PatchPromptTemplateVersionContentType0 | Unset = UNSET
    """ Completion content: object keyed by index, array to replace. """
    model_parameters: None | PatchPromptTemplateVersionModelParametersType0 | Unset = UNSET
    """ Parameters merged (shallowly) into the stored ones. """
    response_format: None | PatchPromptTemplateVersionResponseFormatType0 | Unset = UNSET
    """ Shortcut for model_parameters.response_format; null clears it. """
    commit_message: None | str | Unset = UNSET
    """ Note for the new version. """
    release_labels: list[str] | None | Unset = UNSET
    """ Labels to point at the new version. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.patch_prompt_template_version_content_type_0 import (
            PatchPromptTemplateVersionContentType0,  # noqa: PLC0415
        )
        from ..models.patch_prompt_template_version_function_call_type_1 import (
            PatchPromptTemplateVersionFunctionCallType1,  # noqa: PLC0415
        )
        from ..models.patch_prompt_template_version_functions_type_0 import (
            PatchPromptTemplateVersionFunctionsType0,  # noqa: PLC0415
        )
        from ..models.patch_prompt_template_version_messages_type_0 import (
            PatchPromptTemplateVersionMessagesType0,  # noqa: PLC0415
        )
        from ..models.patch_prompt_template_version_model_parameters_type_0 import (
            PatchPromptTemplateVersionModelParametersType0,  # noqa: PLC0415
        )
        from ..models.patch_prompt_template_version_response_format_type_0 import (
            PatchPromptTemplateVersionResponseFormatType0,  # noqa: PLC0415
        )
        from ..models.patch_prompt_template_version_tool_choice_type_1 import (
            PatchPromptTemplateVersionToolChoiceType1,  # noqa: PLC0415
        )
        from ..models.patch_prompt_template_version_tools_type_0 import PatchPromptTemplateVersionToolsType0  # noqa: PLC0415

        version: int | None | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        messages: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.messages, Unset):
            messages = UNSET
        elif isinstance(self.messages, PatchPromptTemplateVersionMessagesType0):
            messages = self.messages.to_dict()
        elif isinstance(self.messages, list):
            messages = self.messages

        else:
            messages = self.messages

        tools: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, PatchPromptTemplateVersionToolsType0):
            tools = self.tools.to_dict()
        elif isinstance(self.tools, list):
            tools = self.tools

        else:
            tools = self.tools

        functions: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.functions, Unset):
            functions = UNSET
        elif isinstance(self.functions, PatchPromptTemplateVersionFunctionsType0):
            functions = self.functions.to_dict()
        elif isinstance(self.functions, list):
            functions = self.functions

        else:
            functions = self.functions

        function_call: dict[str, Any] | None | str | Unset
        if isinstance(self.function_call, Unset):
            function_call = UNSET
        elif isinstance(self.function_call, PatchPromptTemplateVersionFunctionCallType1):
            function_call = self.function_call.to_dict()
        else:
            function_call = self.function_call

        tool_choice: dict[str, Any] | None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, PatchPromptTemplateVersionToolChoiceType1):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        content: dict[str, Any] | list[Any] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, PatchPromptTemplateVersionContentType0):
            content = self.content.to_dict()
        elif isinstance(self.content, list):
            content = self.content

        else:
            content = self.content

        model_parameters: dict[str, Any] | None | Unset
        if isinstance(self.model_parameters, Unset):
            model_parameters = UNSET
        elif isinstance(self.model_parameters, PatchPromptTemplateVersionModelParametersType0):
            model_parameters = self.model_parameters.to_dict()
        else:
            model_parameters = self.model_parameters

        response_format: dict[str, Any] | None | Unset
        if isinstance(self.response_format, Unset):
            response_format = UNSET
        elif isinstance(self.response_format, PatchPromptTemplateVersionResponseFormatType0):
            response_format = self.response_format.to_dict()
        else:
            response_format = self.response_format

        commit_message: None | str | Unset
        if isinstance(self.commit_message, Unset):
            commit_message = UNSET
        else:
            commit_message = self.commit_message

        release_labels: list[str] | None | Unset
        if isinstance(self.release_labels, Unset):
            release_labels = UNSET
        elif isinstance(self.release_labels, list):
            release_labels = self.release_labels

        else:
            release_labels = self.release_labels

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if label is not UNSET:
            field_dict["label"] = label
        if messages is not UNSET:
            field_dict["messages"] = messages
        if tools is not UNSET:
            field_dict["tools"] = tools
        if functions is not UNSET:
            field_dict["functions"] = functions
        if function_call is not UNSET:
            field_dict["function_call"] = function_call
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if content is not UNSET:
            field_dict["content"] = content
        if model_parameters is not UNSET:
            field_dict["model_parameters"] = model_parameters
        if response_format is not UNSET:
            field_dict["response_format"] = response_format
        if commit_message is not UNSET:
            field_dict["commit_message"] = commit_message
        if release_labels is not UNSET:
            field_dict["release_labels"] = release_labels

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.patch_prompt_template_version_content_type_0 import (
            PatchPromptTemplateVersionContentType0,  # noqa: PLC0415
        )
        from ..models.patch_prompt_template_version_function_call_type_1 import (
            PatchPromptTemplateVersionFunctionCallType1,  # noqa: PLC0415
        )
        from ..models.patch_prompt_template_version_functions_type_0 import (
            PatchPromptTemplateVersionFunctionsType0,  # noqa: PLC0415
        )
        from ..models.patch_prompt_template_version_messages_type_0 import (
            PatchPromptTemplateVersionMessagesType0,  # noqa: PLC0415
        )
        from ..models.patch_prompt_template_version_model_parameters_type_0 import (
            PatchPromptTemplateVersionModelParametersType0,  # noqa: PLC0415
        )
        from ..models.patch_prompt_template_version_response_format_type_0 import (
            PatchPromptTemplateVersionResponseFormatType0,  # noqa: PLC0415
        )
        from ..models.patch_prompt_template_version_tool_choice_type_1 import (
            PatchPromptTemplateVersionToolChoiceType1,  # noqa: PLC0415
        )
        from ..models.patch_prompt_template_version_tools_type_0 import PatchPromptTemplateVersionToolsType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_version(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_messages(
            data: object,
        ) -> list[Any] | None | PatchPromptTemplateVersionMessagesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                messages_type_0 = PatchPromptTemplateVersionMessagesType0.from_dict(data)

                return messages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                messages_type_1 = cast(list[Any], data)

                return messages_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | PatchPromptTemplateVersionMessagesType0 | Unset, data)

        messages = _parse_messages(d.pop("messages", UNSET))

        def _parse_tools(data: object) -> list[Any] | None | PatchPromptTemplateVersionToolsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tools_type_0 = PatchPromptTemplateVersionToolsType0.from_dict(data)

                return tools_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tools_type_1 = cast(list[Any], data)

                return tools_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | PatchPromptTemplateVersionToolsType0 | Unset, data)

        tools = _parse_tools(d.pop("tools", UNSET))

        def _parse_functions(
            data: object,
        ) -> list[Any] | None | PatchPromptTemplateVersionFunctionsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                functions_type_0 = PatchPromptTemplateVersionFunctionsType0.from_dict(data)

                return functions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                functions_type_1 = cast(list[Any], data)

                return functions_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | PatchPromptTemplateVersionFunctionsType0 | Unset, data)

        functions = _parse_functions(d.pop("functions", UNSET))

        def _parse_function_call(
            data: object,
        ) -> None | PatchPromptTemplateVersionFunctionCallType1 | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                function_call_type_1 = PatchPromptTemplateVersionFunctionCallType1.from_dict(data)

                return function_call_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatchPromptTemplateVersionFunctionCallType1 | str | Unset, data)

        function_call = _parse_function_call(d.pop("function_call", UNSET))

        def _parse_tool_choice(
            data: object,
        ) -> None | PatchPromptTemplateVersionToolChoiceType1 | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tool_choice_type_1 = PatchPromptTemplateVersionToolChoiceType1.from_dict(data)

                return tool_choice_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatchPromptTemplateVersionToolChoiceType1 | str | Unset, data)

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        def _parse_content(data: object) -> list[Any] | None | PatchPromptTemplateVersionContentType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                content_type_0 = PatchPromptTemplateVersionContentType0.from_dict(data)

                return content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_type_1 = cast(list[Any], data)

                return content_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | PatchPromptTemplateVersionContentType0 | Unset, data)

        content = _parse_content(d.pop("content", UNSET))

        def _parse_model_parameters(
            data: object,
        ) -> None | PatchPromptTemplateVersionModelParametersType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                model_parameters_type_0 = PatchPromptTemplateVersionModelParametersType0.from_dict(data)

                return model_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatchPromptTemplateVersionModelParametersType0 | Unset, data)

        model_parameters = _parse_model_parameters(d.pop("model_parameters", UNSET))

        def _parse_response_format(
            data: object,
        ) -> None | PatchPromptTemplateVersionResponseFormatType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_format_type_0 = PatchPromptTemplateVersionResponseFormatType0.from_dict(data)

                return response_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PatchPromptTemplateVersionResponseFormatType0 | Unset, data)

        response_format = _parse_response_format(d.pop("response_format", UNSET))

        def _parse_commit_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        commit_message = _parse_commit_message(d.pop("commit_message", UNSET))

        def _parse_release_labels(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                release_labels_type_0 = cast(list[str], data)

                return release_labels_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        release_labels = _parse_release_labels(d.pop("release_labels", UNSET))

        patch_prompt_template_version = cls(
            version=version,
            label=label,
            messages=messages,
            tools=tools,
            functions=functions,
            function_call=function_call,
            tool_choice=tool_choice,
            content=content,
            model_parameters=model_parameters,
            response_format=response_format,
            commit_message=commit_message,
            release_labels=release_labels,
        )

        patch_prompt_template_version.additional_properties = d
        return patch_prompt_template_version

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
