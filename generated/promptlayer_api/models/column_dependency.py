from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.column_dependency_config_meta_type_0 import ColumnDependencyConfigMetaType0


T = TypeVar("T", bound="ColumnDependency")


@_attrs_define
class ColumnDependency:
    """A column whose values this column reads."""

    column_id: UUID
    reference_type: str | Unset = "value"
    config_key: None | str | Unset = UNSET
    """ Configuration entry the value feeds. """
    config_meta: ColumnDependencyConfigMetaType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.column_dependency_config_meta_type_0 import ColumnDependencyConfigMetaType0  # noqa: PLC0415

        column_id = str(self.column_id)

        reference_type = self.reference_type

        config_key: None | str | Unset
        if isinstance(self.config_key, Unset):
            config_key = UNSET
        else:
            config_key = self.config_key

        config_meta: dict[str, Any] | None | Unset
        if isinstance(self.config_meta, Unset):
            config_meta = UNSET
        elif isinstance(self.config_meta, ColumnDependencyConfigMetaType0):
            config_meta = self.config_meta.to_dict()
        else:
            config_meta = self.config_meta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "column_id": column_id,
            }
        )
        if reference_type is not UNSET:
            field_dict["reference_type"] = reference_type
        if config_key is not UNSET:
            field_dict["config_key"] = config_key
        if config_meta is not UNSET:
            field_dict["config_meta"] = config_meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.column_dependency_config_meta_type_0 import ColumnDependencyConfigMetaType0  # noqa: PLC0415

        d = dict(src_dict)
        column_id = UUID(d.pop("column_id"))

        reference_type = d.pop("reference_type", UNSET)

        def _parse_config_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        config_key = _parse_config_key(d.pop("config_key", UNSET))

        def _parse_config_meta(data: object) -> ColumnDependencyConfigMetaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_meta_type_0 = ColumnDependencyConfigMetaType0.from_dict(data)

                return config_meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ColumnDependencyConfigMetaType0 | None | Unset, data)

        config_meta = _parse_config_meta(d.pop("config_meta", UNSET))

        column_dependency = cls(
            column_id=column_id,
            reference_type=reference_type,
            config_key=config_key,
            config_meta=config_meta,
        )

        column_dependency.additional_properties = d
        return column_dependency

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
