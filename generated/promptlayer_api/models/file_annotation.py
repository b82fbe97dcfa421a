from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FileAnnotation")


@_attrs_define
class FileAnnotation:
    """Citation pointing at an uploaded file."""

    type_: Literal["file_citation"]
    """ Annotation kind. """
    index: int
    """ Position in the text. """
    file_id: str
    """ Cited file id. """
    filename: str
    """ Cited file name. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        index = self.index

        file_id = self.file_id

        filename = self.filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "index": index,
                "file_id": file_id,
                "filename": filename,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["file_citation"], d.pop("type"))
        if type_ != "file_citation":
            raise ValueError(f"type must match const 'file_citation', got '{type_}'")

        index = d.pop("index")

        file_id = d.pop("file_id")

        filename = d.pop("filename")

        file_annotation = cls(
            type_=type_,
            index=index,
            file_id=file_id,
            filename=filename,
        )

        file_annotation.additional_properties = d
        return file_annotation

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
