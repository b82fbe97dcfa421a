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


T = TypeVar("T", bound="SheetImportRequestLogsRequest")


@_attrs_define
class SheetImportRequestLogsRequest:
    """Request logs to import: either request_log_ids, or a query (filter_group and the rest)."""

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
    operation_id: None | str | Unset = UNSET
    """ Your own ID for the import; the service makes a UUID if omitted. """
    request_log_ids: list[int] | None | Unset = UNSET
    """ Exact logs to import. """
    variables_to_parse: list[str] | Unset = UNSET
    """ Input variables to turn into columns (none when omitted). """
    include_fields: list[str] | None | Unset = UNSET
    """ More request log fields to add as columns. """
    limit: int | None | Unset = UNSET
    """ Import at most this many logs. """
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

        operation_id: None | str | Unset
        if isinstance(self.operation_id, Unset):
            operation_id = UNSET
        else:
            operation_id = self.operation_id

        request_log_ids: list[int] | None | Unset
        if isinstance(self.request_log_ids, Unset):
            request_log_ids = UNSET
        elif isinstance(self.request_log_ids, list):
            request_log_ids = self.request_log_ids

        else:
            request_log_ids = self.request_log_ids

        variables_to_parse: list[str] | Unset = UNSET
        if not isinstance(self.variables_to_parse, Unset):
            variables_to_parse = self.variables_to_parse

        include_fields: list[str] | None | Unset
        if isinstance(self.include_fields, Unset):
            include_fields = UNSET
        elif isinstance(self.include_fields, list):
            include_fields = self.include_fields

        else:
            include_fields = self.include_fields

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

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
        if operation_id is not UNSET:
            field_dict["operation_id"] = operation_id
        if request_log_ids is not UNSET:
            field_dict["request_log_ids"] = request_log_ids
        if variables_to_parse is not UNSET:
            field_dict["variables_to_parse"] = variables_to_parse
        if include_fields is not UNSET:
            field_dict["include_fields"] = include_fields
        if limit is not UNSET:
            field_dict["limit"] = limit

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

        def _parse_operation_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        operation_id = _parse_operation_id(d.pop("operation_id", UNSET))

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

        variables_to_parse = cast(list[str], d.pop("variables_to_parse", UNSET))

        def _parse_include_fields(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                include_fields_type_0 = cast(list[str], data)

                return include_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        include_fields = _parse_include_fields(d.pop("include_fields", UNSET))

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))

        sheet_import_request_logs_request = cls(
            filter_group=filter_group,
            q=q,
            sort_by=sort_by,
            sort_order=sort_order,
            metadata_cost_breakdown_key=metadata_cost_breakdown_key,
            operation_id=operation_id,
            request_log_ids=request_log_ids,
            variables_to_parse=variables_to_parse,
            include_fields=include_fields,
            limit=limit,
        )

        sheet_import_request_logs_request.additional_properties = d
        return sheet_import_request_logs_request

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
