from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.folder_prompt_kind import FolderPromptKind


T = TypeVar("T", bound="FolderPromptEntityMetadata")


@_attrs_define
class FolderPromptEntityMetadata:
    """Metadata of a PROMPT or SNIPPET entity."""

    type_: FolderPromptKind | None | Unset = UNSET
    latest_version_number: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.folder_prompt_kind import FolderPromptKind  # noqa: PLC0415

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, FolderPromptKind):
            type_ = self.type_.value
        else:
            type_ = self.type_

        latest_version_number: int | None | Unset
        if isinstance(self.latest_version_number, Unset):
            latest_version_number = UNSET
        else:
            latest_version_number = self.latest_version_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if latest_version_number is not UNSET:
            field_dict["latest_version_number"] = latest_version_number

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.folder_prompt_kind import FolderPromptKind  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_type_(data: object) -> FolderPromptKind | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = FolderPromptKind(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FolderPromptKind | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_latest_version_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        latest_version_number = _parse_latest_version_number(d.pop("latest_version_number", UNSET))

        folder_prompt_entity_metadata = cls(
            type_=type_,
            latest_version_number=latest_version_number,
        )

        folder_prompt_entity_metadata.additional_properties = d
        return folder_prompt_entity_metadata

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
