from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.column_create_request_config_type_0 import ColumnCreateRequestConfigType0
    from ..models.column_dependency import ColumnDependency
    from ..models.column_type import ColumnType


T = TypeVar("T", bound="ColumnCreateRequest")


@_attrs_define
class ColumnCreateRequest:
    """A new column."""

    title: str
    type_: ColumnType
    """ Column kind: TEXT holds input, COMPOSITION references other values, every other kind is computed. Creation
    also accepts the lowercase aliases of the common kinds. """
    config: ColumnCreateRequestConfigType0 | None | Unset = UNSET
    """ Settings of the column's kind. """
    dependencies: list[ColumnDependency] | None | Unset = UNSET
    """ Columns a computed column reads. """
    is_output_column: bool | Unset = UNSET
    """ Mark the column as one of the sheet's outputs. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.column_create_request_config_type_0 import ColumnCreateRequestConfigType0  # noqa: PLC0415

        title = self.title

        type_ = self.type_.value

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, ColumnCreateRequestConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        dependencies: list[dict[str, Any]] | None | Unset
        if isinstance(self.dependencies, Unset):
            dependencies = UNSET
        elif isinstance(self.dependencies, list):
            dependencies = []
            for dependencies_type_0_item_data in self.dependencies:
                dependencies_type_0_item = dependencies_type_0_item_data.to_dict()
                dependencies.append(dependencies_type_0_item)

        else:
            dependencies = self.dependencies

        is_output_column = self.is_output_column

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
                "type": type_,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config
        if dependencies is not UNSET:
            field_dict["dependencies"] = dependencies
        if is_output_column is not UNSET:
            field_dict["is_output_column"] = is_output_column

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.column_create_request_config_type_0 import ColumnCreateRequestConfigType0  # noqa: PLC0415
        from ..models.column_dependency import ColumnDependency  # noqa: PLC0415
        from ..models.column_type import ColumnType  # noqa: PLC0415

        d = dict(src_dict)
        title = d.pop("title")

        type_ = ColumnType(d.pop("type"))

        def _parse_config(data: object) -> ColumnCreateRequestConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = ColumnCreateRequestConfigType0.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ColumnCreateRequestConfigType0 | None | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        def _parse_dependencies(data: object) -> list[ColumnDependency] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dependencies_type_0 = []
                _dependencies_type_0 = data
                for dependencies_type_0_item_data in _dependencies_type_0:
                    dependencies_type_0_item = ColumnDependency.from_dict(dependencies_type_0_item_data)

                    dependencies_type_0.append(dependencies_type_0_item)

                return dependencies_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ColumnDependency] | None | Unset, data)

        dependencies = _parse_dependencies(d.pop("dependencies", UNSET))

        is_output_column = d.pop("is_output_column", UNSET)

        column_create_request = cls(
            title=title,
            type_=type_,
            config=config,
            dependencies=dependencies,
            is_output_column=is_output_column,
        )

        column_create_request.additional_properties = d
        return column_create_request

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
