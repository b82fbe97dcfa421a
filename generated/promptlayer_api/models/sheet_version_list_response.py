from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sheet_version import SheetVersion
    from ..models.sheet_version_filters import SheetVersionFilters
    from ..models.sheet_version_pagination import SheetVersionPagination


T = TypeVar("T", bound="SheetVersionListResponse")


@_attrs_define
class SheetVersionListResponse:
    """A page of saved versions."""

    success: bool
    data: list[SheetVersion]
    pagination: SheetVersionPagination
    """ Cursor paging of the version list. """
    filters: SheetVersionFilters
    """ Filters applied to the page; this list takes none, so it is empty. """
    count: int
    """ Versions on this page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        pagination = self.pagination.to_dict()

        filters = self.filters.to_dict()

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
                "data": data,
                "pagination": pagination,
                "filters": filters,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sheet_version import SheetVersion  # noqa: PLC0415
        from ..models.sheet_version_filters import SheetVersionFilters  # noqa: PLC0415
        from ..models.sheet_version_pagination import SheetVersionPagination  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = SheetVersion.from_dict(data_item_data)

            data.append(data_item)

        pagination = SheetVersionPagination.from_dict(d.pop("pagination"))

        filters = SheetVersionFilters.from_dict(d.pop("filters"))

        count = d.pop("count")

        sheet_version_list_response = cls(
            success=success,
            data=data,
            pagination=pagination,
            filters=filters,
            count=count,
        )

        sheet_version_list_response.additional_properties = d
        return sheet_version_list_response

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
