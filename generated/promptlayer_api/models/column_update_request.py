from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.column_dependency import ColumnDependency
    from ..models.column_type import ColumnType
    from ..models.column_update_request_config_type_0 import ColumnUpdateRequestConfigType0


T = TypeVar("T", bound="ColumnUpdateRequest")


@_attrs_define
class ColumnUpdateRequest:
    """Column fields to change; fields left out keep their value."""

    title: None | str | Unset = UNSET
    config: ColumnUpdateRequestConfigType0 | None | Unset = UNSET
    dependencies: list[ColumnDependency] | None | Unset = UNSET
    type_: ColumnType | Unset = UNSET
    """ Column kind: TEXT holds input, COMPOSITION references other values, every other kind is computed. Creation
    also accepts the lowercase aliases of the common kinds. """
    is_output_column: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.column_update_request_config_type_0 import ColumnUpdateRequestConfigType0  # noqa: PLC0415

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, ColumnUpdateRequestConfigType0):
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

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        is_output_column = self.is_output_column

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if config is not UNSET:
            field_dict["config"] = config
        if dependencies is not UNSET:
            field_dict["dependencies"] = dependencies
        if type_ is not UNSET:
            field_dict["type"] = type_
        if is_output_column is not UNSET:
            field_dict["is_output_column"] = is_output_column

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.column_dependency import ColumnDependency  # noqa: PLC0415
        from ..models.column_type import ColumnType  # noqa: PLC0415
        from ..models.column_update_request_config_type_0 import ColumnUpdateRequestConfigType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_config(data: object) -> ColumnUpdateRequestConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = ColumnUpdateRequestConfigType0.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ColumnUpdateRequestConfigType0 | None | Unset, data)

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

        _type_ = d.pop("type", UNSET)
        type_: ColumnType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ColumnType(_type_)

        is_output_column = d.pop("is_output_column", UNSET)

        column_update_request = cls(
            title=title,
            config=config,
            dependencies=dependencies,
            type_=type_,
            is_output_column=is_output_column,
        )

        column_update_request.additional_properties = d
        return column_update_request

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
