from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.tool_registry_execution_language import ToolRegistryExecutionLanguage
    from ..models.tool_registry_execution_type import ToolRegistryExecutionType


T = TypeVar("T", bound="ToolRegistryExecution")


@_attrs_define
class ToolRegistryExecution:
    """Code PromptLayer runs in a sandbox whenever a model calls the tool, between turns."""

    type_: ToolRegistryExecutionType
    """ How PromptLayer runs a tool; code is the only kind so far. """
    language: ToolRegistryExecutionLanguage
    """ Language of a tool's code body. """
    code: str
    """ Only the function body; PromptLayer writes the signature, and the model's arguments arrive as one `args`
    object. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        language = self.language.value

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "language": language,
                "code": code,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.tool_registry_execution_language import ToolRegistryExecutionLanguage  # noqa: PLC0415
        from ..models.tool_registry_execution_type import ToolRegistryExecutionType  # noqa: PLC0415

        d = dict(src_dict)
        type_ = ToolRegistryExecutionType(d.pop("type"))

        language = ToolRegistryExecutionLanguage(d.pop("language"))

        code = d.pop("code")

        tool_registry_execution = cls(
            type_=type_,
            language=language,
            code=code,
        )

        tool_registry_execution.additional_properties = d
        return tool_registry_execution

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
