from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cell import Cell


T = TypeVar("T", bound="CellUpdateResponse")


@_attrs_define
class CellUpdateResponse:
    success: bool | Unset = UNSET
    cell: Cell | Unset = UNSET
    """ The value of one column in one row. """
    version: int | Unset = UNSET
    """ The sheet's version_count after the change. """
    stale_count: int | Unset = UNSET
    """ Cells computed from this one that turned stale. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        cell: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cell, Unset):
            cell = self.cell.to_dict()

        version = self.version

        stale_count = self.stale_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if cell is not UNSET:
            field_dict["cell"] = cell
        if version is not UNSET:
            field_dict["version"] = version
        if stale_count is not UNSET:
            field_dict["stale_count"] = stale_count

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.cell import Cell  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        _cell = d.pop("cell", UNSET)
        cell: Cell | Unset
        if isinstance(_cell, Unset):
            cell = UNSET
        else:
            cell = Cell.from_dict(_cell)

        version = d.pop("version", UNSET)

        stale_count = d.pop("stale_count", UNSET)

        cell_update_response = cls(
            success=success,
            cell=cell,
            version=version,
            stale_count=stale_count,
        )

        cell_update_response.additional_properties = d
        return cell_update_response

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
