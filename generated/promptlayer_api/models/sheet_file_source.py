from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SheetFileSource")


@_attrs_define
class SheetFileSource:
    """Import a CSV or JSON file into the new sheet."""

    file_name: str
    """ Original file name; it must end in .csv or .json. """
    file_content_base64: str
    """ The file's bytes, base64-encoded (100 MB at most). """
    type_: Literal["file"] = "file"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        file_name = self.file_name

        file_content_base64 = self.file_content_base64

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "file_name": file_name,
                "file_content_base64": file_content_base64,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["file"], d.pop("type"))
        if type_ != "file":
            raise ValueError(f"type must match const 'file', got '{type_}'")

        file_name = d.pop("file_name")

        file_content_base64 = d.pop("file_content_base64")

        sheet_file_source = cls(
            type_=type_,
            file_name=file_name,
            file_content_base64=file_content_base64,
        )

        sheet_file_source.additional_properties = d
        return sheet_file_source

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
