from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SheetVersionPagination")


@_attrs_define
class SheetVersionPagination:
    """Cursor paging of the version list."""

    next_cursor: None | str
    """ Cursor of the next page; null on the last. """
    prev_cursor: None | str
    """ Reserved; null for now. """
    has_more: bool
    limit: int
    """ Page size asked for. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        next_cursor: None | str
        next_cursor = self.next_cursor

        prev_cursor: None | str
        prev_cursor = self.prev_cursor

        has_more = self.has_more

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "next_cursor": next_cursor,
                "prev_cursor": prev_cursor,
                "has_more": has_more,
                "limit": limit,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_next_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        next_cursor = _parse_next_cursor(d.pop("next_cursor"))

        def _parse_prev_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        prev_cursor = _parse_prev_cursor(d.pop("prev_cursor"))

        has_more = d.pop("has_more")

        limit = d.pop("limit")

        sheet_version_pagination = cls(
            next_cursor=next_cursor,
            prev_cursor=prev_cursor,
            has_more=has_more,
            limit=limit,
        )

        sheet_version_pagination.additional_properties = d
        return sheet_version_pagination

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
