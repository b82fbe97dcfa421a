from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.web_search_result import WebSearchResult


T = TypeVar("T", bound="WebSearchToolResultContent")


@_attrs_define
class WebSearchToolResultContent:
    """Results of a provider-side web search."""

    tool_use_id: str
    """ Invocation these results answer. """
    type_: Literal["web_search_tool_result"] | Unset = "web_search_tool_result"
    """ Block kind. """
    content: list[WebSearchResult] | Unset = UNSET
    """ Search hits. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        tool_use_id = self.tool_use_id

        type_ = self.type_

        content: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.content, Unset):
            content = []
            for content_item_data in self.content:
                content_item = content_item_data.to_dict()
                content.append(content_item)

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
        from ..models.web_search_result import WebSearchResult  # noqa: PLC0415

        d = dict(src_dict)
        tool_use_id = d.pop("tool_use_id")

        type_ = cast(Literal["web_search_tool_result"] | Unset, d.pop("type", UNSET))
        if type_ != "web_search_tool_result" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'web_search_tool_result', got '{type_}'")

        _content = d.pop("content", UNSET)
        content: list[WebSearchResult] | Unset = UNSET
        if _content is not UNSET:
            content = []
            for content_item_data in _content:
                content_item = WebSearchResult.from_dict(content_item_data)

                content.append(content_item)

        web_search_tool_result_content = cls(
            tool_use_id=tool_use_id,
            type_=type_,
            content=content,
        )

        web_search_tool_result_content.additional_properties = d
        return web_search_tool_result_content

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
