from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.request_log_sort_by import RequestLogSortBy
    from ..models.request_log_sort_order import RequestLogSortOrder
    from ..models.structured_filter_group import StructuredFilterGroup


T = TypeVar("T", bound="SearchRequestLogsRequest")


@_attrs_define
class SearchRequestLogsRequest:
    """Request log query plus paging options."""

    filter_group: None | StructuredFilterGroup | Unset = UNSET
    """ Top-level filter group. """
    q: None | str | Unset = UNSET
    """ Fuzzy prefix text search over prompt input and model output. """
    sort_by: None | RequestLogSortBy | Unset = UNSET
    """ Ordering field. """
    sort_order: None | RequestLogSortOrder | Unset = UNSET
    """ Ordering direction; send it with sort_by. """
    metadata_cost_breakdown_key: None | str | Unset = UNSET
    """ Metadata key whose values get a per-value cost breakdown in analytics. """
    page: int | None | Unset = UNSET
    """ 1-based page number (1 when omitted). """
    per_page: int | None | Unset = UNSET
    """ Page size, at most 25 (10 when omitted). """
    include_prompt_name: bool | None | Unset = UNSET
    """ Add the prompt template name to every item (off when omitted). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.request_log_sort_by import RequestLogSortBy  # noqa: PLC0415
        from ..models.request_log_sort_order import RequestLogSortOrder  # noqa: PLC0415
        from ..models.structured_filter_group import StructuredFilterGroup  # noqa: PLC0415

        filter_group: dict[str, Any] | None | Unset
        if isinstance(self.filter_group, Unset):
            filter_group = UNSET
        elif isinstance(self.filter_group, StructuredFilterGroup):
            filter_group = self.filter_group.to_dict()
        else:
            filter_group = self.filter_group

        q: None | str | Unset
        if isinstance(self.q, Unset):
            q = UNSET
        else:
            q = self.q

        sort_by: None | str | Unset
        if isinstance(self.sort_by, Unset):
            sort_by = UNSET
        elif isinstance(self.sort_by, RequestLogSortBy):
            sort_by = self.sort_by.value
        else:
            sort_by = self.sort_by

        sort_order: None | str | Unset
        if isinstance(self.sort_order, Unset):
            sort_order = UNSET
        elif isinstance(self.sort_order, RequestLogSortOrder):
            sort_order = self.sort_order.value
        else:
            sort_order = self.sort_order

        metadata_cost_breakdown_key: None | str | Unset
        if isinstance(self.metadata_cost_breakdown_key, Unset):
            metadata_cost_breakdown_key = UNSET
        else:
            metadata_cost_breakdown_key = self.metadata_cost_breakdown_key

        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        per_page: int | None | Unset
        if isinstance(self.per_page, Unset):
            per_page = UNSET
        else:
            per_page = self.per_page

        include_prompt_name: bool | None | Unset
        if isinstance(self.include_prompt_name, Unset):
            include_prompt_name = UNSET
        else:
            include_prompt_name = self.include_prompt_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_group is not UNSET:
            field_dict["filter_group"] = filter_group
        if q is not UNSET:
            field_dict["q"] = q
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order
        if metadata_cost_breakdown_key is not UNSET:
            field_dict["metadata_cost_breakdown_key"] = metadata_cost_breakdown_key
        if page is not UNSET:
            field_dict["page"] = page
        if per_page is not UNSET:
            field_dict["per_page"] = per_page
        if include_prompt_name is not UNSET:
            field_dict["include_prompt_name"] = include_prompt_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.request_log_sort_by import RequestLogSortBy  # noqa: PLC0415
        from ..models.request_log_sort_order import RequestLogSortOrder  # noqa: PLC0415
        from ..models.structured_filter_group import StructuredFilterGroup  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_filter_group(data: object) -> None | StructuredFilterGroup | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filter_group_type_0 = StructuredFilterGroup.from_dict(data)

                return filter_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | StructuredFilterGroup | Unset, data)

        filter_group = _parse_filter_group(d.pop("filter_group", UNSET))

        def _parse_q(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        q = _parse_q(d.pop("q", UNSET))

        def _parse_sort_by(data: object) -> None | RequestLogSortBy | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sort_by_type_0 = RequestLogSortBy(data)

                return sort_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequestLogSortBy | Unset, data)

        sort_by = _parse_sort_by(d.pop("sort_by", UNSET))

        def _parse_sort_order(data: object) -> None | RequestLogSortOrder | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sort_order_type_0 = RequestLogSortOrder(data)

                return sort_order_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RequestLogSortOrder | Unset, data)

        sort_order = _parse_sort_order(d.pop("sort_order", UNSET))

        def _parse_metadata_cost_breakdown_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        metadata_cost_breakdown_key = _parse_metadata_cost_breakdown_key(
            d.pop("metadata_cost_breakdown_key", UNSET)
        )

        def _parse_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page = _parse_page(d.pop("page", UNSET))

        def _parse_per_page(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        per_page = _parse_per_page(d.pop("per_page", UNSET))

        def _parse_include_prompt_name(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        include_prompt_name = _parse_include_prompt_name(d.pop("include_prompt_name", UNSET))

        search_request_logs_request = cls(
            filter_group=filter_group,
            q=q,
            sort_by=sort_by,
            sort_order=sort_order,
            metadata_cost_breakdown_key=metadata_cost_breakdown_key,
            page=page,
            per_page=per_page,
            include_prompt_name=include_prompt_name,
        )

        search_request_logs_request.additional_properties = d
        return search_request_logs_request

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
