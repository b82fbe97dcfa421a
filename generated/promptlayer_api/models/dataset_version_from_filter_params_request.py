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


T = TypeVar("T", bound="DatasetVersionFromFilterParamsRequest")


@_attrs_define
class DatasetVersionFromFilterParamsRequest:
    """Rows for a new dataset version: explicit request log ids, or a request log query."""

    dataset_group_id: int
    """ Group that gets the new version. """
    request_log_ids: list[int] | None | Unset = UNSET
    """ Request logs to copy; when given, the query fields are not used. """
    filter_group: None | StructuredFilterGroup | Unset = UNSET
    """ Filters selecting the request logs. """
    q: None | str | Unset = UNSET
    """ Free-text search applied together with filter_group. """
    sort_by: None | RequestLogSortBy | Unset = UNSET
    """ Ordering field (decides which rows a limit keeps). """
    sort_order: None | RequestLogSortOrder | Unset = UNSET
    """ Ordering direction. """
    variables_to_parse: list[str] | None | Unset = UNSET
    """ Request fields or input variables to turn into dataset columns. """
    limit: int | None | Unset = UNSET
    """ Keep only the first N matching request logs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.request_log_sort_by import RequestLogSortBy  # noqa: PLC0415
        from ..models.request_log_sort_order import RequestLogSortOrder  # noqa: PLC0415
        from ..models.structured_filter_group import StructuredFilterGroup  # noqa: PLC0415

        dataset_group_id = self.dataset_group_id

        request_log_ids: list[int] | None | Unset
        if isinstance(self.request_log_ids, Unset):
            request_log_ids = UNSET
        elif isinstance(self.request_log_ids, list):
            request_log_ids = self.request_log_ids

        else:
            request_log_ids = self.request_log_ids

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

        variables_to_parse: list[str] | None | Unset
        if isinstance(self.variables_to_parse, Unset):
            variables_to_parse = UNSET
        elif isinstance(self.variables_to_parse, list):
            variables_to_parse = self.variables_to_parse

        else:
            variables_to_parse = self.variables_to_parse

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_group_id": dataset_group_id,
            }
        )
        if request_log_ids is not UNSET:
            field_dict["request_log_ids"] = request_log_ids
        if filter_group is not UNSET:
            field_dict["filter_group"] = filter_group
        if q is not UNSET:
            field_dict["q"] = q
        if sort_by is not UNSET:
            field_dict["sort_by"] = sort_by
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order
        if variables_to_parse is not UNSET:
            field_dict["variables_to_parse"] = variables_to_parse
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.request_log_sort_by import RequestLogSortBy  # noqa: PLC0415
        from ..models.request_log_sort_order import RequestLogSortOrder  # noqa: PLC0415
        from ..models.structured_filter_group import StructuredFilterGroup  # noqa: PLC0415

        d = dict(src_dict)
        dataset_group_id = d.pop("dataset_group_id")

        def _parse_request_log_ids(data: object) -> list[int] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                request_log_ids_type_0 = cast(list[int], data)

                return request_log_ids_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[int] | None | Unset, data)

        request_log_ids = _parse_request_log_ids(d.pop("request_log_ids", UNSET))

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

        def _parse_variables_to_parse(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                variables_to_parse_type_0 = cast(list[str], data)

                return variables_to_parse_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        variables_to_parse = _parse_variables_to_parse(d.pop("variables_to_parse", UNSET))

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        dataset_version_from_filter_params_request = cls(
            dataset_group_id=dataset_group_id,
            request_log_ids=request_log_ids,
            filter_group=filter_group,
            q=q,
            sort_by=sort_by,
            sort_order=sort_order,
            variables_to_parse=variables_to_parse,
            limit=limit,
        )

        dataset_version_from_filter_params_request.additional_properties = d
        return dataset_version_from_filter_params_request

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
