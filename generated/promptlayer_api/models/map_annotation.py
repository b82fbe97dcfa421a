from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MapAnnotation")


@_attrs_define
class MapAnnotation:
    """Citation pointing at a map place."""

    type_: Literal["map_citation"]
    """ Annotation kind. """
    title: str
    """ Place title. """
    url: str
    """ Place link. """
    start_index: int
    """ First character of the cited span. """
    end_index: int
    """ End of the cited span. """
    place_id: None | str | Unset = UNSET
    """ Provider place id. """
    cited_text: None | str | Unset = UNSET
    """ Quoted text. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        title = self.title

        url = self.url

        start_index = self.start_index

        end_index = self.end_index

        place_id: None | str | Unset
        if isinstance(self.place_id, Unset):
            place_id = UNSET
        else:
            place_id = self.place_id

        cited_text: None | str | Unset
        if isinstance(self.cited_text, Unset):
            cited_text = UNSET
        else:
            cited_text = self.cited_text

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
        if place_id is not UNSET:
            field_dict["place_id"] = place_id
        if cited_text is not UNSET:
            field_dict["cited_text"] = cited_text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["map_citation"], d.pop("type"))
        if type_ != "map_citation":
            raise ValueError(f"type must match const 'map_citation', got '{type_}'")

        title = d.pop("title")

        url = d.pop("url")

        start_index = d.pop("start_index")

        end_index = d.pop("end_index")

        def _parse_place_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        place_id = _parse_place_id(d.pop("place_id", UNSET))

        def _parse_cited_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cited_text = _parse_cited_text(d.pop("cited_text", UNSET))

        map_annotation = cls(
            type_=type_,
            title=title,
            url=url,
            start_index=start_index,
            end_index=end_index,
            place_id=place_id,
            cited_text=cited_text,
        )

        map_annotation.additional_properties = d
        return map_annotation

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
