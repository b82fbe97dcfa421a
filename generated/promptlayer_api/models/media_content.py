from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.media import Media


T = TypeVar("T", bound="MediaContent")


@_attrs_define
class MediaContent:
    """Generic media attachment block."""

    media: Media
    """ A media item attached to a message. """
    type_: Literal["media"] | Unset = "media"
    """ Block kind. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        media = self.media.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "media": media,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.media import Media  # noqa: PLC0415

        d = dict(src_dict)
        media = Media.from_dict(d.pop("media"))

        type_ = cast(Literal["media"] | Unset, d.pop("type", UNSET))
        if type_ != "media" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'media', got '{type_}'")

        media_content = cls(
            media=media,
            type_=type_,
        )

        media_content.additional_properties = d
        return media_content

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
