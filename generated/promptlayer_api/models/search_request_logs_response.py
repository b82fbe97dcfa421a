from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.request_log_search_result import RequestLogSearchResult


T = TypeVar("T", bound="SearchRequestLogsResponse")


@_attrs_define
class SearchRequestLogsResponse:
    """A page of request log search results."""

    success: bool | Unset = UNSET
    """ True when the search ran. """
    items: list[RequestLogSearchResult] | Unset = UNSET
    """ Results on this page. """
    page: int | Unset = UNSET
    """ This page's number. """
    pages: int | Unset = UNSET
    """ How many pages exist. """
    per_page: int | Unset = UNSET
    """ Page size. """
    total: int | Unset = UNSET
    """ Number of matches overall. """
    has_next: bool | Unset = UNSET
    """ A later page exists. """
    has_prev: bool | Unset = UNSET
    """ An earlier page exists. """
    next_num: int | None | Unset = UNSET
    """ Number of the next page, null on the last one. """
    prev_num: int | None | Unset = UNSET
    """ Number of the previous page, null on the first one. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        page = self.page

        pages = self.pages

        per_page = self.per_page

        total = self.total

        has_next = self.has_next

        has_prev = self.has_prev

        next_num: int | None | Unset
        if isinstance(self.next_num, Unset):
            next_num = UNSET
        else:
            next_num = self.next_num

        prev_num: int | None | Unset
        if isinstance(self.prev_num, Unset):
            prev_num = UNSET
        else:
            prev_num = self.prev_num

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if items is not UNSET:
            field_dict["items"] = items
        if page is not UNSET:
            field_dict["page"] = page
        if pages is not UNSET:
            field_dict["pages"] = pages
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if total is not UNSET:
            field_dict["total"] = total
        if has_next is not UNSET:
            field_dict["has_next"] = has_next
        if has_prev is not UNSET:
            field_dict["has_prev"] = has_prev
        if next_num is not UNSET:
            field_dict["next_num"] = next_num
        if prev_num is not UNSET:
            field_dict["prev_num"] = prev_num

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.request_log_search_result import RequestLogSearchResult  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _items = d.pop("items", UNSET)
        items: list[RequestLogSearchResult] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = RequestLogSearchResult.from_dict(items_item_data)

                items.append(items_item)

        page = d.pop("page", UNSET)

        pages = d.pop("pages", UNSET)

        per_page = d.pop("per_page", UNSET)

        total = d.pop("total", UNSET)

        has_next = d.pop("has_next", UNSET)

        has_prev = d.pop("has_prev", UNSET)

        def _parse_next_num(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        next_num = _parse_next_num(d.pop("next_num", UNSET))

        def _parse_prev_num(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        prev_num = _parse_prev_num(d.pop("prev_num", UNSET))

        search_request_logs_response = cls(
            success=success,
            items=items,
            page=page,
            pages=pages,
            per_page=per_page,
            total=total,
            has_next=has_next,
            has_prev=has_prev,
            next_num=next_num,
            prev_num=prev_num,
        )

        search_request_logs_response.additional_properties = d
        return search_request_logs_response

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
