from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ContainerFileAnnotation")


@_attrs_define
class ContainerFileAnnotation:
    """Citation pointing at a file inside a code-execution container."""

    type_: Literal["container_file_citation"]
    """ Annotation kind. """
    container_id: str
    """ Container id. """
    start_index: int | None | Unset = UNSET
    """ First character of the cited span. """
    end_index: int | None | Unset = UNSET
    """ End of the cited span. """
    filename: None | str | Unset = UNSET
    """ File name. """
    file_id: None | str | Unset = UNSET
    """ File id. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        container_id = self.container_id

        start_index: int | None | Unset
        if isinstance(self.start_index, Unset):
            start_index = UNSET
        else:
            start_index = self.start_index

        end_index: int | None | Unset
        if isinstance(self.end_index, Unset):
            end_index = UNSET
        else:
            end_index = self.end_index

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "container_id": container_id,
            }
        )
        if start_index is not UNSET:
            field_dict["start_index"] = start_index
        if end_index is not UNSET:
            field_dict["end_index"] = end_index
        if filename is not UNSET:
            field_dict["filename"] = filename
        if file_id is not UNSET:
            field_dict["file_id"] = file_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["container_file_citation"], d.pop("type"))
        if type_ != "container_file_citation":
            raise ValueError(f"type must match const 'container_file_citation', got '{type_}'")

        container_id = d.pop("container_id")

        def _parse_start_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        start_index = _parse_start_index(d.pop("start_index", UNSET))

        def _parse_end_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        end_index = _parse_end_index(d.pop("end_index", UNSET))

        def _parse_filename(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        filename = _parse_filename(d.pop("filename", UNSET))

        def _parse_file_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_id = _parse_file_id(d.pop("file_id", UNSET))

        container_file_annotation = cls(
            type_=type_,
            container_id=container_id,
            start_index=start_index,
            end_index=end_index,
            filename=filename,
            file_id=file_id,
        )

        container_file_annotation.additional_properties = d
        return container_file_annotation

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
