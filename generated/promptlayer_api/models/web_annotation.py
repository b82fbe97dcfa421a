from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebAnnotation")


@_attrs_define
class WebAnnotation:
    """Citation pointing at a web page."""

    type_: Literal["url_citation"]
    """ Annotation kind. """
    title: str
    """ Page title. """
    url: str
    """ Page address. """
    start_index: int
    """ First character of the cited span. """
    end_index: int
    """ End of the cited span. """
    cited_text: None | str | Unset = UNSET
    """ Quoted text. """
    encrypted_index: None | str | Unset = UNSET
    """ Opaque provider index. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        url = self.url

        start_index = self.start_index

        end_index = self.end_index

        cited_text: None | str | Unset
        if isinstance(self.cited_text, Unset):
            cited_text = UNSET
        else:
            cited_text = self.cited_text

        encrypted_index: None | str | Unset
        if isinstance(self.encrypted_index, Unset):
            encrypted_index = UNSET
        else:
            encrypted_index = self.encrypted_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "title": title,
                "url": url,
                "start_index": start_index,
                "end_index": end_index,
            }
        )
        if cited_text is not UNSET:
            field_dict["cited_text"] = cited_text
        if encrypted_index is not UNSET:
            field_dict["encrypted_index"] = encrypted_index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["url_citation"], d.pop("type"))
        if type_ != "url_citation":
            raise ValueError(f"type must match const 'url_citation', got '{type_}'")

        title = d.pop("title")

        url = d.pop("url")

        start_index = d.pop("start_index")

        end_index = d.pop("end_index")

        def _parse_cited_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cited_text = _parse_cited_text(d.pop("cited_text", UNSET))

        def _parse_encrypted_index(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        encrypted_index = _parse_encrypted_index(d.pop("encrypted_index", UNSET))

        web_annotation = cls(
            type_=type_,
            title=title,
            url=url,
            start_index=start_index,
            end_index=end_index,
            cited_text=cited_text,
            encrypted_index=encrypted_index,
        )

        web_annotation.additional_properties = d
        return web_annotation

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
