from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workflow_list_item import WorkflowListItem


T = TypeVar("T", bound="ListWorkflowsResponse")


@_attrs_define
class ListWorkflowsResponse:
    """A page of workflows."""

    items: list[WorkflowListItem]
    page: int
    per_page: int
    pages: int
    has_next: bool
    has_prev: bool
    total: int | None | Unset = UNSET
    """ Count of matching workflows. """
    next_num: int | None | Unset = UNSET
    prev_num: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        page = self.page

        per_page = self.per_page

        pages = self.pages

        has_next = self.has_next

        has_prev = self.has_prev

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

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
        field_dict.update(
            {
                "items": items,
                "page": page,
                "per_page": per_page,
                "pages": pages,
                "has_next": has_next,
                "has_prev": has_prev,
            }
        )
        if total is not UNSET:
            field_dict["total"] = total
        if next_num is not UNSET:
            field_dict["next_num"] = next_num
        if prev_num is not UNSET:
            field_dict["prev_num"] = prev_num

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.workflow_list_item import WorkflowListItem  # noqa: PLC0415

        d = dict(src_dict)
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = WorkflowListItem.from_dict(items_item_data)

            items.append(items_item)

        page = d.pop("page")

        per_page = d.pop("per_page")

        pages = d.pop("pages")

        has_next = d.pop("has_next")

        has_prev = d.pop("has_prev")

        def _parse_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

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

        list_workflows_response = cls(
            items=items,
            page=page,
            per_page=per_page,
            pages=pages,
            has_next=has_next,
            has_prev=has_prev,
            total=total,
            next_num=next_num,
            prev_num=prev_num,
        )

        list_workflows_response.additional_properties = d
        return list_workflows_response

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
