from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SheetVersionCreateRequest")


@_attrs_define
class SheetVersionCreateRequest:
    """A new version: a name, or an earlier version to restore (or both)."""

    name: None | str | Unset = UNSET
    """ Needed unless source_version_id is sent. """
    source_version_id: None | Unset | UUID = UNSET
    """ Earlier version whose contents the new one restores. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        source_version_id: None | str | Unset
        if isinstance(self.source_version_id, Unset):
            source_version_id = UNSET
        elif isinstance(self.source_version_id, UUID):
            source_version_id = str(self.source_version_id)
        else:
            source_version_id = self.source_version_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if source_version_id is not UNSET:
            field_dict["source_version_id"] = source_version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_source_version_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_version_id_type_0 = UUID(data)

                return source_version_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        source_version_id = _parse_source_version_id(d.pop("source_version_id", UNSET))

        sheet_version_create_request = cls(
            name=name,
            source_version_id=source_version_id,
        )

        sheet_version_create_request.additional_properties = d
        return sheet_version_create_request

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
