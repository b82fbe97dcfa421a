from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.image_url import ImageURL


T = TypeVar("T", bound="ImageContent")


@_attrs_define
class ImageContent:
    """Image given by URL (or data URL)."""

    image_url: ImageURL
    """ Image location and detail level. """
    type_: Literal["image_url"] | Unset = "image_url"
    """ Block kind. """
    image_variable: None | str | Unset = UNSET
    """ Input variable that supplies the image. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url.to_dict()

        type_ = self.type_

        image_variable: None | str | Unset
        if isinstance(self.image_variable, Unset):
            image_variable = UNSET
        else:
            image_variable = self.image_variable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if image_variable is not UNSET:
            field_dict["image_variable"] = image_variable

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.image_url import ImageURL  # noqa: PLC0415

        d = dict(src_dict)
        image_url = ImageURL.from_dict(d.pop("image_url"))

        type_ = cast(Literal["image_url"] | Unset, d.pop("type", UNSET))
        if type_ != "image_url" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'image_url', got '{type_}'")

        def _parse_image_variable(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_variable = _parse_image_variable(d.pop("image_variable", UNSET))

        image_content = cls(
            image_url=image_url,
            type_=type_,
            image_variable=image_variable,
        )

        image_content.additional_properties = d
        return image_content

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
