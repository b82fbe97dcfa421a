from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_tool_use_content_input import ServerToolUseContentInput


T = TypeVar("T", bound="ServerToolUseContent")


@_attrs_define
class ServerToolUseContent:
    """A provider-side tool invocation (web search, code execution, ...)."""

    id: str
    """ Invocation id. """
    name: str
    """ Tool name. """
    type_: Literal["server_tool_use"] | Unset = "server_tool_use"
    """ Block kind. """
    input_: ServerToolUseContentInput | Unset = UNSET
    """ Tool arguments. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if input_ is not UNSET:
            field_dict["input"] = input_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.server_tool_use_content_input import ServerToolUseContentInput  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        type_ = cast(Literal["server_tool_use"] | Unset, d.pop("type", UNSET))
        if type_ != "server_tool_use" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'server_tool_use', got '{type_}'")

        _input_ = d.pop("input", UNSET)
        input_: ServerToolUseContentInput | Unset
        if isinstance(_input_, Unset):
            input_ = UNSET
        else:
            input_ = ServerToolUseContentInput.from_dict(_input_)

        server_tool_use_content = cls(
            id=id,
            name=name,
            type_=type_,
            input_=input_,
        )

        server_tool_use_content.additional_properties = d
        return server_tool_use_content

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
