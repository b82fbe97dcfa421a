from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.built_in_tool_config import BuiltInToolConfig
    from ..models.built_in_tool_type import BuiltInToolType


T = TypeVar("T", bound="BuiltInTool")


@_attrs_define
class BuiltInTool:
    """A tool implemented by the provider itself (web search, code interpreter, ...)."""

    id: str
    """ Tool id. """
    name: str
    """ Tool name. """
    description: str
    """ What the tool does. """
    provider: str
    """ Provider offering it. """
    type_: BuiltInToolType
    """ Kinds of provider-native tools. """
    config: BuiltInToolConfig
    """ Provider-specific settings. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        provider = self.provider

        type_ = self.type_.value

        config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "provider": provider,
                "type": type_,
                "config": config,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.built_in_tool_config import BuiltInToolConfig  # noqa: PLC0415
        from ..models.built_in_tool_type import BuiltInToolType  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        description = d.pop("description")

        provider = d.pop("provider")

        type_ = BuiltInToolType(d.pop("type"))

        config = BuiltInToolConfig.from_dict(d.pop("config"))

        built_in_tool = cls(
            id=id,
            name=name,
            description=description,
            provider=provider,
            type_=type_,
            config=config,
        )

        built_in_tool.additional_properties = d
        return built_in_tool

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
