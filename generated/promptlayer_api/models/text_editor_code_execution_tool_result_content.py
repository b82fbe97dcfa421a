from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.text_editor_code_execution_tool_result_content_content import (
        TextEditorCodeExecutionToolResultContentContent,
    )


T = TypeVar("T", bound="TextEditorCodeExecutionToolResultContent")


@_attrs_define
class TextEditorCodeExecutionToolResultContent:
    """Result of a text-editor tool."""

    tool_use_id: str
    """ Invocation this answers. """
    type_: Literal["text_editor_code_execution_tool_result"] | Unset = (
        "text_editor_code_execution_tool_result"
    )
    """ Block kind. """
    content: TextEditorCodeExecutionToolResultContentContent | Unset = UNSET
    """ Provider result payload. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_use_id = self.tool_use_id

        type_ = self.type_

        content: dict[str, Any] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = self.content.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool_use_id": tool_use_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if content is not UNSET:
            field_dict["content"] = content

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.text_editor_code_execution_tool_result_content_content import (
            TextEditorCodeExecutionToolResultContentContent,  # noqa: PLC0415
        )

        d = dict(src_dict)
        tool_use_id = d.pop("tool_use_id")

        type_ = cast(Literal["text_editor_code_execution_tool_result"] | Unset, d.pop("type", UNSET))
        if type_ != "text_editor_code_execution_tool_result" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'text_editor_code_execution_tool_result', got '{type_}'")

        _content = d.pop("content", UNSET)
        content: TextEditorCodeExecutionToolResultContentContent | Unset
        if isinstance(_content, Unset):
            content = UNSET
        else:
            content = TextEditorCodeExecutionToolResultContentContent.from_dict(_content)

        text_editor_code_execution_tool_result_content = cls(
            tool_use_id=tool_use_id,
            type_=type_,
            content=content,
        )

        text_editor_code_execution_tool_result_content.additional_properties = d
        return text_editor_code_execution_tool_result_content

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
