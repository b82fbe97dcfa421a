from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.list_prompt_template_item import ListPromptTemplateItem


T = TypeVar("T", bound="ListPromptTemplates")


@_attrs_define
class ListPromptTemplates:
    """One page of prompt templates."""

    has_next: bool
    """ A later page exists. """
    has_prev: bool
    """ An earlier page exists. """
    items: list[ListPromptTemplateItem]
    """ Templates on this page. """
    next_num: int | None
    """ Next page number; null on the last page. """
    prev_num: int | None
    """ Previous page number; null on the first page. """
    page: int
    """ This page number. """
    pages: int
    """ Number of pages. """
    total: int
    """ Number of matching templates. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_next = self.has_next

        has_prev = self.has_prev

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        next_num: int | None
        next_num = self.next_num

        prev_num: int | None
        prev_num = self.prev_num

        page = self.page

        pages = self.pages

        total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_next": has_next,
                "has_prev": has_prev,
                "items": items,
                "next_num": next_num,
                "prev_num": prev_num,
                "page": page,
                "pages": pages,
                "total": total,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_prompt_template_item import ListPromptTemplateItem  # noqa: PLC0415

        d = dict(src_dict)
        has_next = d.pop("has_next")

        has_prev = d.pop("has_prev")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = ListPromptTemplateItem.from_dict(items_item_data)

            items.append(items_item)

        def _parse_next_num(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        next_num = _parse_next_num(d.pop("next_num"))

        def _parse_prev_num(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        prev_num = _parse_prev_num(d.pop("prev_num"))

        page = d.pop("page")

        pages = d.pop("pages")

        total = d.pop("total")

        list_prompt_templates = cls(
            has_next=has_next,
            has_prev=has_prev,
            items=items,
            next_num=next_num,
            prev_num=prev_num,
            page=page,
            pages=pages,
            total=total,
        )

        list_prompt_templates.additional_properties = d
        return list_prompt_templates

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
