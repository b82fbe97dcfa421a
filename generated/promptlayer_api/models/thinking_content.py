from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ThinkingContent")


@_attrs_define
class ThinkingContent:
    """Model reasoning block."""

    thinking: str
    """ Reasoning text. """
    signature: None | str | Unset = UNSET
    """ Opaque signature returned with the reasoning. """
    type_: Literal["thinking"] | Unset = "thinking"
    """ Block kind. """
    id: None | str | Unset = UNSET
    """ Provider-assigned block id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        thinking = self.thinking

        signature: None | str | Unset
        if isinstance(self.signature, Unset):
            signature = UNSET
        else:
            signature = self.signature

        type_ = self.type_

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "thinking": thinking,
            }
        )
        if signature is not UNSET:
            field_dict["signature"] = signature
        if type_ is not UNSET:
            field_dict["type"] = type_
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        thinking = d.pop("thinking")

        def _parse_signature(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signature = _parse_signature(d.pop("signature", UNSET))

        type_ = cast(Literal["thinking"] | Unset, d.pop("type", UNSET))
        if type_ != "thinking" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'thinking', got '{type_}'")

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        thinking_content = cls(
            thinking=thinking,
            signature=signature,
            type_=type_,
            id=id,
        )

        thinking_content.additional_properties = d
        return thinking_content

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
